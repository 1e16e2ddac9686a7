"""Courts and councils in languages few samples had, each label printed once (samples in
tests/data/labels/, names invented): the roles of Somali, Kinyarwanda, Malagasy, Tajik and Kazakh
courts and councils, the councillors of India's city corporations, an Ethiopian court's labels
ended by the wordspace and a dash, an Israeli protocol's questions and answers typed one a line in
one paragraph, a Swahili trial's report narrating the hearing between its turns, and the dates
their heads print in their languages."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURNS, sample_tei, speakers, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.language import detect_language

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize(
    ("sample", "label"),
    [
        ("so-maxkamad-markhaatiga.txt", "Markhaatiga:"),
        ("rw-urukiko-uregwa.txt", "Uregwa:"),
        ("rw-urukiko-uregwa.txt", "Umwunganizi w'uregwa:"),
        ("mg-fitsarana-voampanga.txt", "Ny voampanga:"),
        ("tg-sud-kotibi-majlis.txt", "Котиби маҷлиси судӣ:"),
        ("kk-maslikhat-khatshy.txt", "Мәслихат хатшысы:"),
        ("te-corporation-corporator.txt", "కార్పొరేటర్ శ్రీ జి. సురేష్:"),
        ("pa-nagar-nigam-councillor.txt", "ਕੌਂਸਲਰ ਹਰਜੀਤ ਕੌਰ:"),
    ],
)
def test_a_courts_or_councils_role_printed_once_is_a_turn(sample: str, label: str) -> None:
    """The witness, the accused, the counsel, the court's or council's secretary and a councillor
    before the holder's name speak though the text uses their word in lower case ("markhaatiga
    koowaad") or they are printed once beside a one-word office: each had run into the turn
    above."""
    assert label in speakers(etree.tostring(sample_tei(sample)))


def test_the_malagasy_article_opens_a_role_and_names_no_one() -> None:
    """ "Ny Mpisolovava:" (the counsel) is no person "Ny" of "Ny Filoha:" (the presiding judge)."""
    tei = sample_tei("mg-fitsarana-voampanga.txt")
    ids = [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)]
    assert ids[0] != ids[2]


def test_an_ethiopian_courts_wordspace_and_dash_end_its_labels() -> None:
    """ "ዳኛ፡-" (the judge) is the label "ዳኛ፡- …" as "ዳኛ፦" is: the record had had no turns."""
    tei = sample_tei("am-chilot-wordspace-dash.txt")
    assert speakers(etree.tostring(tei)) == TURNS["am-chilot-wordspace-dash.txt"]
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("ችሎቱ ተሰይሟል።")


def test_questions_and_answers_in_hebrew_typed_one_a_line_in_one_paragraph_are_turns() -> None:
    """ "ש." and "ת." open each line of one paragraph under the line that ends the sentence
    above: the examiner asks, the witness the head names answers (they had been one paragraph of
    the prosecutor's turn)."""
    tei = sample_tei("he-court-sh-t-one-paragraph.txt")
    ids = [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)]
    assert ids[1:5] == ["ב-כ-המאשימה", "מר-יובל-אשכנזי", "ב-כ-המאשימה", "מר-יובל-אשכנזי"]


def test_a_trials_report_narrating_the_hearing_is_no_turn() -> None:
    """ "Jaji ameingia Mahakamani." (the judge has entered the court) is the reporter's sentence,
    no label of the judge: its verb narrates."""
    tei = sample_tei("sw-kesi-jaji-ameingia.txt")
    assert "Jaji ameingia Mahakamani." not in speakers(etree.tostring(tei))
    assert any(p.startswith("Jaji ameingia Mahakamani.") for p in texts(tei, "//t:p"))


@pytest.mark.parametrize(
    ("sample", "when"),
    [
        ("ht-tribinal-dat.txt", "2021-09-17"),
        ("kmr-dadgeh-gulan.txt", "2022-05-12"),
        ("so-maxkamad-markhaatiga.txt", "2022-07-03"),
        ("rw-urukiko-uregwa.txt", "2022-11-14"),
        ("mg-fitsarana-voampanga.txt", "2021-09-09"),
    ],
)
def test_the_head_dates_the_sitting_by_its_languages_months(sample: str, when: str) -> None:
    """The months of Haitian, Kurmanji, Somali, Kinyarwanda and Malagasy, the Kurmanji and Somali
    day's ending ("12ê Gulanê", "3da Luulyo"): the head had no date."""
    tei = sample_tei(sample)
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == [when]


@pytest.mark.parametrize(
    ("sample", "lang"),
    [
        ("ht-tribinal-dat.txt", "ht"),
        ("kmr-dadgeh-gulan.txt", "kmr"),
        ("mg-fitsarana-voampanga.txt", "mg"),
        ("rw-urukiko-uregwa.txt", "rw"),
        ("he-court-sh-t-one-paragraph.txt", "he"),
        ("am-chilot-wordspace-dash.txt", "am"),
    ],
)
def test_a_court_is_read_in_its_language(sample: str, lang: str) -> None:
    """Haitian Creole, Kurmanji and Malagasy by their common words (they had been French, no
    language and no language), a Kinyarwanda court's by its words (it had been Polish)."""
    assert sample_tei(sample).get(_LANG) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("פֿאָרזיצער: איך עפֿן די זיצונג. מיר גייען איבער צו דער אָפּשטימונג פֿון דעם קאָמיטעט.", "yi"),
        ('היו"ר: אני פותח את הישיבה. על סדר היום יש לנו שני נושאים, וזה חשוב.', "he"),
        ("ዳኛ፦ ቤት ፍርዲ ተኸፊቱ ኣሎ። ተኸሳሲ ኣብ ቤት ፍርዲ ኣሎ። ናይ ዓቃቢ ሕጊ ቃል እዩ።", "ti"),
        ("Te Tiamana: Tēnā koutou katoa. Ka tīmata te hui. He pātai tāku mō te whenua.", "mi"),
        ("Peresitene: Ua tatala le Faamasinoga. Faafetai, ia tula'i mai le itu tagi.", "sm"),
        ("Sea: Kuo kamata 'a e fakataha. Mālō Sea, 'oku ou fie fehu'i ki he Minisitā.", "to"),
    ],
)
def test_yiddish_tigrinya_and_the_pacifics_languages_are_told_by_their_words(text: str, lang: str) -> None:
    """Yiddish from Hebrew and Tigrinya from Amharic by their common words, as each pair writes
    one script; Māori, Samoan and Tongan by theirs (they had been Latvian and Italian)."""
    assert detect_language(text, load_config()) == lang


def test_a_tongan_chair_is_no_spanish_opener() -> None:
    """ "Sea:" opens the Tongan chair's turns: read in Tongan, no sentence opener of another
    language's table refuses it."""
    text = (
        "Sea: Kuo kamata 'a e fakataha. Mālō.\n\n"
        "Lord Tupou: Mālō Sea. 'Oku ou fie fehu'i ki he Minisitā Ako.\n\n"
        "Sea: Mālō. Te tau hoko atu ki he fakataha.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == ["Sea:", "Lord Tupou:", "Sea:"]

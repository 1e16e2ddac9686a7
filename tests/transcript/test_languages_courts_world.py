"""Short excerpts of courts, councils, congresses and parliaments in languages few samples had:
Albanian, Zulu, Xhosa, Hausa, Yoruba, Igbo, Somali, Kinyarwanda, Urdu, Pashto, Marathi, Khmer,
Icelandic, Faroese, Scottish Gaelic, Afrikaans, Bulgarian, Serbian, Slovenian, Tajik, Malay,
Hindi, Azerbaijani, Macedonian and Nahuatl (samples in tests/data/labels/, names invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, text_tei, turn_ids
from stenogram.transcript.config import load_config
from stenogram.transcript.language import detect_language

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize(
    ("sample", "lang"),
    [
        ("sq-kuvend-name-dash.txt", "sq"),
        ("sq-gjykata-pandehuri.txt", "sq"),
        ("zu-legislature-somlomo.txt", "zu"),
        ("ha-kotu-alkali.txt", "ha"),
        ("yo-ile-ejo-adajo.txt", "yo"),
        ("ur-adalat-gawah.txt", "ur"),
        ("mr-mahapalika-sau.txt", "mr"),
        ("hi-nyayalay-prashn-uttar.txt", "hi"),
        ("sr-sud-ekavian.txt", "sr"),
        ("sl-preiskovalna-prica.txt", "sl"),
        ("km-tribunal-witness-khan.txt", "km"),
        ("so-golaha-guddoomiyaha.txt", "so"),
        ("rw-inteko-perezida.txt", "rw"),
        ("xh-bhunga-sihlalo.txt", "xh"),
        ("ig-ulo-ikpe-onye-ikpe.txt", "ig"),
        ("fo-logting-formadurin.txt", "fo"),
        ("gd-parlamaid-oifigear.txt", "gd"),
        ("ps-jirga-mohtaram.txt", "ps"),
        ("az-mehkeme-ittihamci.txt", "az"),
        ("mk-sud-branitel-ocr.txt", "mk"),
        ("nah-asamblea-titulo-guion.txt", "nah"),
    ],
)
def test_each_record_is_read_in_its_language_and_gives_its_turns(sample: str, lang: str) -> None:
    """The language by its own words and letters (Albanian's ë is no Luxembourgish, Yoruba's and
    Igbo's dotted letters no Vietnamese, Urdu's and Pashto's letters no Persian, Marathi's words no
    Hindi, Faroese no Icelandic, Scottish Gaelic no Irish), and each label a turn of its own
    person."""
    tei = sample_tei(sample)
    assert tei.get(_LANG) == lang
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


def test_a_title_in_capitals_before_a_dash_is_the_head_not_a_speaker() -> None:
    """ "ACTA DE ASAMBLEA COMUNITARIA — Santa Cruz Tlaxiuhco, 6 de abril de 2025": printed once at
    the start, a short line with no final stop after its dash, it titles and dates the record."""
    tei = sample_tei("nah-asamblea-titulo-guion.txt")
    title = tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS)
    assert title.startswith("ACTA DE ASAMBLEA COMUNITARIA")
    assert (
        tei.xpath("//t:setting/t:date/@when | //t:sourceDesc//t:date/@when", namespaces=NS)[0] == "2025-04-06"
    )


def test_hindi_and_marathi_are_told_apart_by_their_common_words() -> None:
    config = load_config()
    assert detect_language("मैं अपनी दुकान पर बैठा था और मैंने शोर सुना, यह सच है।", config) == "hi"
    assert detect_language("आमच्या प्रभागात पाण्याची समस्या आहे आणि ती खूप गंभीर आहे.", config) == "mr"


def test_a_plain_name_before_a_dash_given_the_floor_is_a_turn() -> None:
    """ "Fjalën e ka deputeti Ardian Kola." gives the floor: "Ardian Kola –", printed once, speaks."""
    tei = sample_tei("sq-kuvend-name-dash.txt")
    assert turn_ids(tei) == ["kryetari", "ardian-kola", "kryetari", "mirela-dervishi"]
    assert len(tei.xpath("//t:person", namespaces=NS)) == 3


@pytest.mark.parametrize(
    ("sample", "label"),
    [
        ("af-hof-mnr.txt", "MNR. VAN DER WALT:"),
        ("bg-sad-adv.txt", "АДВ. ГЕОРГИЕВ:"),
        ("mr-mahapalika-sau.txt", "सौ. मीना जाधव:"),
    ],
)
def test_an_abbreviated_form_of_address_stays_in_its_label(sample: str, label: str) -> None:
    """ "Mnr.", "Адв." and "सौ." end in a stop that ends no sentence: the form is the label's first
    word, not a paragraph of the speech before."""
    tei = sample_tei(sample)
    assert label in speakers(etree.tostring(tei))
    assert not any(p.strip() in {"MNR.", "АДВ.", "सौ."} for p in tei.xpath("//t:p/text()", namespaces=NS))


def test_the_althingi_sitting_line_is_no_speaker_and_the_page_is_dated() -> None:
    tei = sample_tei("is-althingi-thingfundur.txt")
    assert "Þingfundur:" not in speakers(etree.tostring(tei))
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == ["2023-03-14"]


def test_question_and_answer_letters_of_other_languages_are_the_examiner_and_the_witness() -> None:
    """Malay "S:"/"J:" (soalan, jawapan) and Hindi "प्रश्न:"/"उत्तर:": an examination whose
    examiner and witness no line names, each named by the language's word."""
    assert turn_ids(sample_tei("ms-mahkamah-soalan-jawapan.txt")) == ["penyoal", "saksi", "penyoal", "saksi"]
    assert turn_ids(sample_tei("hi-nyayalay-prashn-uttar.txt")) == ["प्रश्नकर्ता", "साक्षी", "प्रश्नकर्ता", "साक्षी"]


def test_a_khmer_record_is_one_paragraph_a_line() -> None:
    """Each speech ends with the khan ("។"): the witness's label opens its own line's turn."""
    tei = text_tei("ប្រធាន៖ សូមលោកសាក្សីប្រាប់តុលាការ។\nសាក្សី៖ ខ្ញុំធ្វើការនៅសហករណ៍មួយ។\nប្រធាន៖ សូមអរគុណ។\n")
    assert speakers(etree.tostring(tei)) == ["ប្រធាន៖", "សាក្សី៖", "ប្រធាន៖"]


def test_an_office_before_a_name_printed_once_opens_a_turn() -> None:
    """ "Defentsako abokatua:" (a Basque court's counsel), "Tarybos narys X:" (a council's member) and "Gestur (X):" (a committee's guest, the holder
    in brackets) are labels, each of its own person."""
    court = sample_tei("eu-epaitegia-abokatua.txt")
    assert speakers(etree.tostring(court))[-1] == "Defentsako abokatua:"
    council = sample_tei("lt-taryba-narys.txt")
    assert speakers(etree.tostring(council)) == TURNS["lt-taryba-narys.txt"]
    hearing = sample_tei("is-nefnd-gestur.txt")
    names = [
        " ".join(p.xpath("string(t:persName[1])", namespaces=NS).split())
        for p in hearing.iterfind(".//t:person", NS)
    ]
    assert "Jón Ólafsson" in names and "Gestur" not in names

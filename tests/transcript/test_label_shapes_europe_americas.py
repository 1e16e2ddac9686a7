"""Label shapes of parliaments (older ones among them), courts and councils in Europe and the
Americas, each printed once or twice (samples in tests/data/labels/)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.inline import stage_type
from stenogram.transcript.language import detect_language
from stenogram.transcript.reader import read_source


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # narrow hard-wrapped columns (the Journal officiel of the Third Republic): a speech's last
        # line is as long as any, so "M. Duval." opens a line inside what the reader joined
        (
            "fr-chambre-columns.txt",
            ["M. le président.", "M. Duval.", "M. Martin.", "M. Duval.", "M. le président."],
        ),
        # two members in CAPITALS, each with a party, joined by a conjunction: one joint label
        (
            "it-senato-joint.txt",
            ["PRESIDENTE.", "ROSSI (FI).", "PRESIDENTE.", "VERDI (PD) e BIANCHI (M5S).", "PRESIDENTE."],
        ),
        # the roles of a Dutch court in lower case after the article ("De officier van justitie")
        (
            "nl-rechtbank.txt",
            ["De voorzitter:", "Verdachte:", "De officier van justitie:", "Mr. de Vries:", "De voorzitter:"],
        ),
        # a Welsh patronymic in lower case inside a name printed once ("Siân ap Gwilym")
        (
            "cy-senedd.txt",
            ["Y Llywydd:", "Siân ap Gwilym:", "Prif Weinidog Cymru:", "Y Llywydd:"],
        ),
        # the Maltese form of address abbreviated with its stop ("ONOR.", "Onor.")
        (
            "mt-kamra.txt",
            ["SPEAKER:", "ONOR. KARL BORG:", "IL-PRIM MINISTRU (Onor. Mark Camilleri):", "SPEAKER:"],
        ),
        # a label in a script without case ended by a spaced tatweel, Persian type's dash
        (
            "fa-majlis-tatweel.txt",
            ["رئیس ـ", "حسن احمدی ـ", "رئیس ـ", "رضا کریمی ـ"],
        ),
        # a Commons web copy: the question's number and its reference before the member's name
        # alone on its line, printed once ("Q1. [900123] Mary Lowe (Northfield) (Lab)")
        (
            "en-commons-web-question-ref.txt",
            [
                "Q1. [900123] Mary Lowe (Northfield) (Lab)",
                "The Prime Minister (John Doe)",
                "Mary Lowe",
                "The Prime Minister",
                "Mr Speaker",
            ],
        ),
        # the member's office abbreviated before the name: the interwar Sejm's "Pos." (poseł), the
        # Czechoslovak National Assembly's "Posl." (poslanec), a degree in lower case after it
        ("pl-sejm-interwar.txt", ["Marszałek:", "Pos. Nowak:", "Pos. Kowalski:", "Marszałek:"]),
        ("cs-ns-interwar.txt", ["Předseda:", "Posl. dr. Novák:", "Posl. Svoboda:", "Předseda (zvoní):"]),
        # the voices of the hall as the Italian record prints them ("Voci a destra.")
        ("it-camera-voci.txt", ["PRESIDENTE.", "ROSSI.", "Voci a destra.", "PRESIDENTE."]),
        # the speech's address to the chair under a label alone ("Virðulegi forseti.") is an
        # opener of the language, not a label, however often it recurs
        (
            "is-althingi-wrapped.txt",
            [
                "Forseti (Jón Jónsson):",
                "Páll Pálsson (M):",
                "Forsætisráðherra (Anna Sigurðardóttir):",
                "Forseti (Jón Jónsson):",
            ],
        ),
        # the Dutch forms of address (De heer, Mevrouw) in hard-wrapped lines, a label's stop and
        # dash at a line's end with its speech below (the Belgian Senate's Handelingen)
        (
            "nl-be-senaat-wrapped.txt",
            [
                "De voorzitter. —",
                "De heer Peeters (CD&V). —",
                "Mevrouw Janssens, minister van Binnenlandse Zaken. —",
                "De voorzitter. —",
            ],
        ),
    ],
)
def test_a_label_shape_of_a_record_of_europe_or_the_americas(sample: str, expected: list[str]) -> None:
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    assert speakers(result.tei) == expected


def test_a_wrapped_line_that_opens_with_a_name_and_a_stop_is_no_label() -> None:
    """Inside a hard-wrapped paragraph a line may start with a name and a full stop after a
    sentence ("… de Paris. / Duval. Ce nom …") with no form of address: only a form of address
    or a role lets a full stop open a turn there."""
    text = (
        "M. le président. La parole est à M. Duval sur l'article\n"
        "quatre du projet de loi de finances.\n"
        "M. Duval. Messieurs, l'article qui vous est soumis vient\n"
        "de la commission de Paris. Il porte un nom bien connu.\n"
        "Duval. Ce nom est celui de mon père, et je ne m'en cache\n"
        "pas devant la Chambre, messieurs, ni devant le pays.\n"
        "M. le président. Messieurs, veuillez faire silence.\n"
    )
    assert read_source(text.encode(), "x.txt", load_config()).layout == "wrapped"
    result = convert_text(text.encode(), "x.txt")
    assert speakers(result.tei) == ["M. le président.", "M. Duval.", "M. le président."]


def test_the_columns_sample_is_read_as_wrapped_lines() -> None:
    """The rule above is the one that finds the labels of the columns sample: it is read as
    hard-wrapped lines, not one paragraph a line."""
    data = (SAMPLES / "fr-chambre-columns.txt").read_bytes()
    assert read_source(data, "x.txt", load_config()).layout == "wrapped"


def test_a_dateline_before_a_dash_in_a_script_without_case_is_no_label() -> None:
    """A news copy's dateline ("تهران ـ", "القاهرة -") opens its first paragraph as a label
    would: once, with nothing else of its shape, it is no speaker."""
    text = (
        "تهران ـ رئیس مجلس امروز گفت که بودجه سال آینده در هفته بعد بررسی خواهد شد.\n\n"
        "او افزود که نمایندگان باید پیش از آن گزارش کمیسیون را بخوانند.\n\n"
        "به گفته او جلسه علنی روز یکشنبه برگزار می‌شود.\n"
    )
    assert speakers(convert_text(text.encode(), "x.txt").tei) == []


def test_a_name_and_its_stop_alone_on_a_line_inside_a_paragraph_opens_no_turn() -> None:
    """A list of persons, one a line, inside what the reader joined ("Doctor Rank. / Mrs Linde.
    / …") prints a form of address and a full stop with no speech after it: no turn."""
    text = (
        "PERSONS OF THE PLAY\n\n"
        "Thomas Weller, a banker. Anna, his wife. Doctor Brand, a friend of the house.\n"
        "Mrs Holm.\n"
        "Peter Lund, a clerk at the bank, and three children of the house.\n\n"
        "ANNA.\n\nHide the parcel carefully, Helen. The children must not see it.\n\n"
        "MRS HOLM.\n\nGood evening, Anna. You do not know me, I think.\n\n"
        "ANNA.\n\nNo, I do not. Forgive me, but I do not remember you at all.\n"
    )
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["ANNA.", "MRS HOLM.", "ANNA."]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("Hilaritéit", "laughter"),  # lb
        ("Interruptiounen", "noise"),  # lb
        ("Starpsaucieni.", "noise"),  # lv
        ("Balsai salėje", "noise"),  # lt
        ("Добацивање из сале.", "noise"),  # sr (Cyrillic)
        ("Dobacivanje iz sale.", "noise"),  # sr (Latin)
        ("Аплауз.", "applause"),  # sr (Cyrillic)
        ("Interruzzjonijiet", "noise"),  # mt
        ("Applaws", "applause"),  # mt
        ("Daħk", "laughter"),  # mt
        ("Torri ar draws.", "noise"),  # cy
        ("Chwerthin.", "laughter"),  # cy
        ("Cymeradwyaeth.", "applause"),  # cy
        ("Cur isteach.", "noise"),  # ga
        ("Gáire.", "laughter"),  # ga
        ("Bualadh bos.", "applause"),  # ga
        ("Frammíköll í þingsal.", "noise"),  # is
        ("همهمه نمایندگان", "noise"),  # fa
        ("خنده نمایندگان", "laughter"),  # fa
        ("تشویق نمایندگان", "applause"),  # fa
        ("تصفيق", "applause"),  # ar
        ("ضحك", "laughter"),  # ar
    ],
)
def test_a_stage_word_of_a_smaller_parliament_types_its_parenthesis(content: str, kind: str) -> None:
    assert stage_type(content, load_config()) == kind


def test_an_hour_and_minute_with_a_stop_alone_on_a_line_is_the_record_s_clock() -> None:
    """The Austrian Nationalrat prints the time above each speech ("10.16"): a time of the
    record, no paragraph of the speech above it."""
    result = convert_text((SAMPLES / "de-at-time-lines.txt").read_bytes(), "de-at-time-lines.txt")
    root = etree.fromstring(result.tei)
    assert speakers(result.tei) == [
        "Präsident Karl Beispiel:",
        "Abgeordnete Dr. Eva Muster (ÖVP):",
        "Präsident Karl Beispiel:",
    ]
    assert root.xpath("//t:stage/t:time/text()", namespaces=NS) == ["10.15", "10.16", "10.21"]
    assert not [p for p in root.xpath("//t:p/text()", namespaces=NS) if p.strip() in ("10.16", "10.21")]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "ga",
            "Go raibh maith agat, a Cheann Comhairle. Tá géarchéim sa Ghaeltacht agus níl aon phlean ag an Rialtas.",
        ),
        (
            "cy",
            "Diolch, Llywydd. Mae'r rhestrau aros wedi gostwng ers y llynedd, ond mae hynny'n dal yn ormod.",
        ),
        (
            "mt",
            "Grazzi, Sur Speaker. Il-Gvern għadu ma weġibx dwar il-kuntratt tal-isptarijiet u dan mhux aċċettabbli.",
        ),
        (
            "lb",
            "Merci, Här President. D'Regierung huet eis nach ëmmer keng Äntwert ginn, an dat ass net an der Rei.",
        ),
        (
            "fr",
            "Me DUPONT : Objection, Monsieur le Président. La question a déjà été posée. LE TÉMOIN : J'étais à la paroisse.",
        ),
    ],
)
def test_the_language_of_a_smaller_parliament_or_a_court_is_named(code: str, text: str) -> None:
    """Irish, Welsh, Maltese and Luxembourgish by their commonest words and the letters only
    they write (ŵ, ħ, ë); a French court's short answer by French words Italian lacks."""
    assert detect_language(text, load_config()) == code


@pytest.mark.parametrize(
    "voice",
    [
        "Voci a destra",
        "Una voce dal centro",
        "Una voz",
        "Varios señores diputados",
        "Vozes",
        "Hangok a Fidesz soraiból",
        "Eine Stimme",
    ],
)
def test_the_voices_of_the_hall_are_a_group(voice: str) -> None:
    """Voices from the benches in Italian, Spanish, Portuguese, Hungarian and German name a
    group of people, not one speaker."""
    assert load_config().groups.fullmatch(voice)


@pytest.mark.parametrize("words", ["stimmen zu", "stimmen", "Voci di corridoio", "Hang"])
def test_words_that_open_a_sentence_are_no_voices_of_the_hall(words: str) -> None:
    """A sentence's first words ("stimmen zu." of a speech cut by a page break, "Voci di
    corridoio …") are no group: the voices name the benches they come from, or stand alone."""
    assert not load_config().groups.fullmatch(words)


def test_a_running_head_printed_once_where_it_cuts_a_sentence_is_furniture() -> None:
    """An excerpt over one page break prints the page's head and number once, between two
    lines of one sentence: page furniture, and the sentence joined again."""
    result = convert_text((SAMPLES / "de-reichstag-page-break.txt").read_bytes(), "x.txt")
    assert [text for _, text, _ in result.report.furniture] == [
        "Reichstag. — 12. Sitzung. Dienstag den 10. Juli 1928.    231"
    ]
    body = etree.fromstring(result.tei).xpath("string(//t:body)", namespaces=NS)
    assert "Reichstag. —" not in body and "keine Antwort" in body


def test_a_numbered_line_between_sentences_stays_text() -> None:
    """A line with a number after a wide gap that cuts no sentence (a vote's count above a
    new sentence) is the record's text."""
    text = (
        "Präsident Weber: Ich gebe das Ergebnis der Abstimmung bekannt. Abgegeben\n"
        "wurden die folgenden Stimmen, die ich nun einzeln verlese, meine Herren.\n"
        "Mit Ja haben gestimmt:    231\n"
        "Der Antrag ist damit angenommen. Wir kommen zum nächsten Punkt der\n"
        "Tagesordnung, der Beratung des Haushalts des Reichsministeriums.\n"
    )
    result = convert_text(text.encode(), "x.txt")
    assert result.report.furniture == []

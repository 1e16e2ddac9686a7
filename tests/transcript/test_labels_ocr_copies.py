"""OCR and PDF copies of printed records: a space before the label's stop, OCR's misreadings
inside a label, words split at line ends, running heads and page numbers between lines, a label
cut by a page break (samples in tests/data/labels/, named ``<lang>-ocr-…``/``<lang>-pdf-…``,
written in the shapes the extractions give)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text

SHAPES = [
    # a space before the colon, the Reichstag's OCR ("Präsident Löwe :")
    (
        "de-ocr-reichstag-space-colon.txt",
        ["Präsident Löwe :", "Dr. Kranz, Abgeordneter :", "Präsident Löwe :", "Fehr, Abgeordneter :"],
    ),
    # a digit read for a letter in the name ("Mül1er"), split words, a call inside the speech
    (
        "de-ocr-abg-digit.txt",
        [
            "Abg. Dr. Mül1er (Soz.):",
            "Abg. von Kardorff (D. Vp.):",
            "Abg. Dr. Mül1er (Soz.):",
            "Abg. Fehr (Dem.):",
        ],
    ),
    # a newspaper's OCR: no space before the party's parenthesis, one inside it, labels alone
    ("de-ocr-paren-glued.txt", ["Abg. Dr. Kranz( frs. Vg.):", "Abg. Dr. Oertel( k.):", "Abg. Fehr( Soz.):"]),
    # the Tokyo tribunal's OCR: line numbers, "THE PRESIDENT :" with its space, a page number
    (
        "en-ocr-imtfe-numbered.txt",
        [
            "MARSHAL OF THE COURT:",
            "THE PRESIDENT :",
            "MR . LOGAN :",  # OCR's space before the title's stop
            "THE PRESIDENT :",
            "MAJOR WARREN:",
            "THE PRESIDENT :",
        ],
    ),
    # Nuremberg's typescript: an underscore read for the hyphen of a double name
    (
        "en-ocr-nuremberg-underscore.txt",
        [
            "THE PRESIDENT:",
            "SIR DAVID MAXWELL-FYFE:",
            "THE PRESIDENT:",
            "SIR DAVID MAXWELL_FYFE:",
            "THE PRESIDENT:",
            "DR. KUBUSCHOK (Counsel for Defendant Seyss-Inquart):",
            "THE PRESIDENT:",
        ],
    ),
    # the Eichmann record hard-wrapped at 60 columns; the court's decision under its label alone
    (
        "en-ocr-eichmann-wrapped.txt",
        [
            "Presiding Judge:",
            "State Attorney Bach:",
            "Presiding Judge:",
            "Dr. Servatius:",
            "Presiding Judge:",
        ],
    ),
    # the Journal officiel's OCR: a space before each label's stop, the chair's heading line
    (
        "fr-ocr-jo-space-stop.txt",
        [
            "M. le président .",
            "M. Vazelle .",
            "M. Charles Beauquier .",
            "M. Vazelle .",
            "M. le président du conseil .",
            "M. le président .",
        ],
    ),
    # OCR's stray accent and a "c" for an "e" in the chair's office
    (
        "fr-ocr-jo-accent.txt",
        ["M. le prèsident.", "M. Vazelle.", "M. Charles Beauquier.", "M. le présidcnt.", "M. Vazelle."],
    ),
    # the Brazilian Senate's PDF: a page marker "R" alone on a line before a label
    (
        "pt-pdf-senado-r-marker.txt",
        [
            "O SR. PRESIDENTE (Rodrigo Pereira. PSD - MG. Fala da Presidência.) -",
            "O SR. PAULO ROCHA (Bloco Parlamentar da Resistência Democrática/PT - PA) -",
            "O SR. PRESIDENTE (Rodrigo Pereira. PSD - MG) -",
            "O SR. PAULO ROCHA (Bloco Parlamentar da Resistência Democrática/PT - PA. Pela ordem.) -",
        ],
    ),
    # a Polish interwar Sejm: spaced colons after the party's parenthesis, a running head
    (
        "pl-ocr-sejm-interwar.txt",
        [
            "Marszałek :",
            "Pos. Thugutt (Str. Chł.) :",
            "Pos. Wyrzykowski (Ch. D.) :",
            "Marszałek :",
            "Minister Skarbu Grabowski :",
        ],
    ),
    # the Camera's OCR: surnames in CAPITALS, a space before the stop, a running head with dashes
    ("it-ocr-camera-head.txt", ["PRESIDENTE .", "TURANI .", "FARINELLI .", "TURANI .", "PRESIDENTE ."]),
    # the Cortes' Diario: spaced colons, the running head at a page break between two turns
    (
        "es-ocr-cortes-head.txt",
        [
            "El Sr. PRESIDENTE :",
            "El Sr. AZCONA :",
            "El Sr. GIL ROBLEDO :",
            "El Sr. PRESIDENTE :",
            "El Sr. GIL ROBLEDO :",
        ],
    ),
    # the Handelingen: spaced colons, a minister's office before his name; the page's head,
    # which the chair's first word would have fitted after, is the title over the first turn
    (
        "nl-ocr-handelingen.txt",
        [
            "De Voorzitter :",
            "De heer Troost :",
            "De heer Schaper :",
            "De heer Troost :",
            "De Voorzitter :",
            "De Minister van Justitie, de heer Heemskerk :",
        ],
    ),
    # a Soviet congress: words split at line ends, a running head without its year
    (
        "ru-ocr-congress-running-head.txt",
        [
            "Председательствующий.",
            "Каменский.",
            "Голос с места.",
            "Каменский.",
            "Председательствующий.",
            "Рыковский.",
        ],
    ),
]


@pytest.mark.parametrize(("sample", "expected"), SHAPES)
def test_ocr_copy_keeps_its_speakers(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_a_label_cut_by_a_page_break_inside_its_parenthesis_is_one_label() -> None:
    # "O SR. PRESIDENTE (… PMDB -" / blank line / "PB) – Muito boa tarde …": one label again
    sample = "pt-pdf-senado-label-page-break.txt"
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == [
        "O SR. PRESIDENTE (Vital do Rêgo. Bloco Maioria/PMDB - PB) –",
        "O SR. PAULO PAIVA (Bloco/PT - RS. Pronuncia o seguinte discurso. Sem revisão do orador.) –",
        "O SR. PRESIDENTE (Vital do Rêgo. Bloco Maioria/PMDB - PB) –",
        "O SR. CRISTÓVÃO BUENO (Bloco Apoio Governo/PDT - DF) –",
    ]


@pytest.mark.parametrize(
    ("sample", "expected", "heads"),
    [
        # the head with one space before its page number, again on the next page with the
        # number in front: both between lines of speech
        (
            "de-ocr-reichstag-running-head.txt",
            [
                "Präsident Löwe:",
                "Dr. Kranz, Abgeordneter:",
                "Präsident Löwe:",
                "Fehr, Abgeordneter:",
                "Präsident Löwe:",
            ],
            [
                (6, "Reichstag. — 12. Sitzung. Dienstag den 5. Mai 1925. 237"),
                (11, "238 Reichstag. — 12. Sitzung. Dienstag den 5. Mai 1925."),
            ],
        ),
        # two columns flattened: the head cuts a word split at a line's end ("Applaudis-" /
        # head / "sements"), and the next page's head stands between two turns
        (
            "fr-ocr-jo-columns-head.txt",
            ["M. le président.", "M. Vazelle.", "M. Charles Beauquier.", "M. Vazelle.", "M. le président."],
            [(5, "116 CHAMBRE — SÉANCE DU 21 JANVIER 1919"), (9, "CHAMBRE — SÉANCE DU 21 JANVIER 1919 117")],
        ),
        # an early Bundestag PDF: its head on two pages, the margin letters of the columns
        (
            "de-pdf-bundestag-1950.txt",
            [
                "Präsident Dr. Kehler:",
                "Müller (Frankfurt) (KPD):",
                "Präsident Dr. Kehler:",
                "Dr. Seebaum, Bundesminister für Verkehr:",
                "Präsident Dr. Kehler:",
            ],
            [
                (1, "Deutscher Bundestag — 105. Sitzung. Bonn, Donnerstag, den 7. Dezember 1950 3855"),
                (16, "3856 Deutscher Bundestag — 105. Sitzung. Bonn, Donnerstag, den 7. Dezember 1950"),
            ],
        ),
    ],
)
def test_a_running_head_set_close_to_its_page_number_is_furniture(
    sample: str, expected: list[str], heads: list[tuple[int, str]]
) -> None:
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    assert speakers(result.tei) == expected
    furniture = [(line, text) for line, text, pattern in result.report.furniture if pattern == "running-head"]
    assert furniture == heads
    body = "".join(etree.fromstring(result.tei).find(".//t:body", NS).itertext())
    assert "Sitzung" not in body and "SÉANCE DU" not in body


def test_latin_letters_read_for_cyrillic_ones_name_the_same_speaker() -> None:
    # "БУXAPOB." with Latin X, A, P, O, B and "БУХАРОВ." are one person, so are the chair's two
    sample = "ru-ocr-congress-homoglyph.txt"
    root = etree.fromstring(convert_text((SAMPLES / sample).read_bytes(), sample).tei)
    turns = [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in root.iterfind(".//t:sp", NS)]
    assert turns == [
        ("ПPEДCEДATEЛЬ.", "#predsedatel"),
        ("БУXAPOB.", "#bukharov"),
        ("ГОЛОС С МЕСТА.", "#golos-s-mesta"),
        ("БУХАРОВ.", "#bukharov"),
        ("ПРЕДСЕДАТЕЛЬ.", "#predsedatel"),
    ]


def test_a_name_the_chair_called_opens_its_turn_inside_hard_wrapped_lines() -> None:
    # "… Слово имеет тов. Каменский." / "Каменский . Товарищи! …": the called name with its stop
    sample = "ru-ocr-congress-space-stop.txt"
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == [
        "Председательствующий .",
        "Каменский .",
        "Голос с места .",
        "Каменский .",
        "Председательствующий .",
        "Рыковский .",
    ]


def test_a_wrapped_line_shaped_like_a_running_head_printed_once_stays_speech() -> None:
    """A line of a speech with a year, dashes and a number at its end, between two lines of its
    sentence, looks like a head set one space from its page number; printed once it is speech."""
    text = (
        "СТЕНОГРАММА ЗАСЕДАНИЯ\n\n"
        "ИВАНОВ. Товарищи, мы добились больших успехов в развитии нашей промышленности,\n"
        "выплавка чугуна в 1936 году — против прошлого года — 14\n"
        "миллионов тонн, и это только начало нашей работы.\n\n"
        "ПЕТРОВ. Правильно.\n"
    )
    conversion = convert_text(text.encode(), "plenum.txt")
    assert conversion.report.furniture == []
    assert "против прошлого года — 14 миллионов" in conversion.tei.decode()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "XIV СЪЕЗД ВКП(б). СТЕНОГРАФИЧЕСКИЙ ОТЧЕТ 237\n\n"
            "Председательствующий. Слово имеет товарищ Каменев.\n\n"
            "Каменев. Товарищи, я буду краток.\n\nГолоса. Просим!\n",
            ["Председательствующий.", "Каменев.", "Голоса."],
        ),
        (
            "LEGISLATURA XXVII — 1a SESSIONE — DISCUSSIONI — TORNATA DEL 5 MAGGIO 1925\n\n"
            "PRESIDENTE. La seduta è aperta.\n\nROSSI. Chiedo di parlare.\n\nPRESIDENTE. Ne ha facoltà.\n",
            ["PRESIDENTE.", "ROSSI.", "PRESIDENTE."],
        ),
    ],
)
def test_a_page_head_in_capitals_over_an_excerpt_is_no_label(text: str, expected: list[str]) -> None:
    """The head of the page an excerpt was cut from, in CAPITALS with no final stop, opens with
    what looks like a label (`XIV СЪЕЗД ВКП(б).`, `LEGISLATURA XXVII —`): the rest of its line is
    more words in CAPITALS, so it is a heading, kept as the text's title."""
    tei = convert_text(text.encode(), "page.txt").tei
    assert speakers(tei) == expected
    assert text.split("\n")[0].encode() in tei

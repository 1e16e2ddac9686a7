"""Label shapes of records in languages other than English, each printed once or twice: offices,
abbreviations and descriptions as those records print them (samples in tests/data/labels/)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import read_source


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # "Ed." (edustaja) and a party abbreviated in the parenthesis; a deputy speaker's office
        (
            "fi-eduskunta-abbreviated.txt",
            [
                "Puhemies:",
                "Ed. Mäkinen (vihr.):",
                "Ed. Laine (kesk.):",
                "Ensimmäinen varapuhemies Liisa Salo:",
            ],
        ),
        # "adw." (adwokat) in lower case inside the label is no word of a sentence
        (
            "pl-court.txt",
            [
                "Przewodnicząca:",
                "Świadek Maria Zielińska:",
                "Przewodnicząca:",
                "Świadek Maria Zielińska:",
                "Obrońca adw. Tomasz Wróbel:",
                "Prokurator:",
            ],
        ),
        # a degree after the name and a comma ("LL.M."), an office with its portfolio
        (
            "de-at-degree.txt",
            ["Präsident Mag. Karl Beispiel:", "Bundesminister für Finanzen Dr. Max Muster, LL.M.:"],
        ),
        # "т." (товарищ) between the chair's office and the name in CAPITALS, hard-wrapped
        (
            "ru-plenum-comrade.txt",
            ["Председательствующий т. ПЕТРОВ.", "СИДОРОВ.", "Голоса.", "Председательствующий т. ПЕТРОВ."],
        ),
        # a minister's portfolio in lower case after the comma describes him: no sentence
        (
            "fr-assemblee-office.txt",
            [
                "M. le président.",
                "Mme Claire Moreau.",
                "M. le président.",
                "M. Paul Lefèvre, ministre de l'intérieur et des outre-mer.",
                "M. le président.",
            ],
        ),
        # the Catalan forms of address (senyor) and a minister of the Generalitat (consellera)
        (
            "ca-parlament.txt",
            ["La presidenta:", "El senyor Jordi Serra:", "La presidenta:", "La consellera d'Economia:"],
        ),
        # names alone on their line above the speech, no stop, each printed once or twice: the
        # Riigikogu's record (they take turns through the whole text: no headings)
        (
            "et-riigikogu.txt",
            ["Esimees Mart Kask", "Peeter Tamm", "Peaminister Liis Saar", "Esimees Mart Kask"],
        ),
        # the Rada's long description after the initials, a stop inside its parenthesis (м. Київ)
        (
            "uk-rada-description.txt",
            [
                "ГОЛОВУЮЧИЙ.",
                "ПЕТРЕНКО О.О., голова підкомітету Комітету Верховної Ради України з питань закордонних"
                ' справ (одномандатний виборчий округ № 211, м. Київ, політична партія "Слуга народу").',
                "ГОЛОСИ ІЗ ЗАЛУ.",
                "ГОЛОВУЮЧИЙ.",
                "СИДОРЕНКО Я.І., голова підкомітету Комітету Верховної Ради України з питань фінансів"
                ' (загальнодержавний виборчий округ, політична партія "Голос").',
            ],
        ),
        # an initial before the surname ("В." is no question of a В./О. pair before a colon)
        ("ru-initials-first.txt", ["В. Петров:", "А. Соколов:", "В. Петров:", "А. Соколов:"]),
        # a party printed after the name without brackets, two parties joined by a slash
        (
            "de-landtag-party.txt",
            [
                "Präsidentin Maria Beispiel:",
                "Abg. Peter Huber SPD:",
                "Abg. Dr. Klaus Meier FDP/DVP:",
                "Präsidentin Maria Beispiel:",
            ],
        ),
        # an office after its article alone on its line, names alone, each printed once or twice
        # (the Parlament de Catalunya's record as a web page prints it)
        (
            "ca-parlament-alone.txt",
            ["La presidenta", "Jordi Serra Vidal", "La presidenta", "El president de la Generalitat"],
        ),
        # "Surname, Name, office" alone on its line (the Slovak National Council's record)
        (
            "sk-nrsr.txt",
            [
                "Horváth, Peter, predseda NR SR",
                "Kováč, Ján, poslanec NR SR",
                "Horváth, Peter, predseda NR SR",
                "Novák, Martin, poslanec NR SR",
            ],
        ),
        # the chair's office in Mixed case before a name in CAPITALS, printed once, its line cut
        ("ru-plenum-chair-once.txt", ["Председательствующий т. ПЕТРОВ.", "СИДОРОВ."]),
        # the voice of the hall in the Duma's record ("Из зала.")
        (
            "ru-duma-from-hall.txt",
            [
                "Председательствующий.",
                "Из зала.",
                "Председательствующий.",
                "Смирнов Н. М.",
                "Председательствующий.",
            ],
        ),
        # the Assemblée's labels alone on their line without the stop, as its web page prints them
        (
            "fr-assemblee-alone.txt",
            [
                "M. le président",
                "M. Paul Girard",
                "M. le président",
                "M. Jean Dubois, ministre de l'intérieur et des outre-mer",
            ],
        ),
        # a dash right after the label's stop, as Argentina's and Chile's records print it
        (
            "es-ar-diputados.txt",
            ["Sr. Presidente (Gómez).-", "Sr. Ferreyra.-", "Sra. Acosta.-", "Sr. Presidente (Gómez).-"],
        ),
        (
            "es-cl-senado.txt",
            [
                "El señor SOTO (Presidente).-",
                "El señor ROJAS.-",
                "La señora MUÑOZ.-",
                "El señor SOTO (Presidente).-",
            ],
        ),
        # Spanish offices in lower case (diputado, diputada), the article before a form of address
        (
            "es-mx-diputados.txt",
            [
                "La presidenta diputada María Torres Vega:",
                "El diputado Luis Herrera Campos:",
                "El señor DÍAZ ORTEGA:",
                "La presidenta diputada María Torres Vega:",
            ],
        ),
        # a court's roles abbreviated, the stop before the colon (Vors.:, Пред.:, Гос. обв.:)
        ("de-court-abbreviated.txt", ["Vors.:", "Z.:", "StA:", "Z.:", "RA Dr. Vogel:", "Vors.:"]),
        ("ru-court-abbreviated.txt", ["Пред.:", "Св. Иванова:", "Гос. обв.:", "Св. Иванова:"]),
        # a title block set apart by a blank line, then turns one per line with no blank line
        ("fr-senat-front.txt", ["M. le président.", "M. le président.", "M. Jean Dubois."]),
        # the same with a title above: a name-shaped line printed once at the head is no speaker
        (
            "et-riigikogu-title.txt",
            ["Esimees Mart Kask", "Peeter Tamm", "Peaminister Liis Saar", "Esimees Mart Kask"],
        ),
        # Arabic forms of address (السيد, معالي) and the chair (الرئيس): a long label printed once
        (
            "ar-majlis.txt",
            ["السيد الرئيس:", "السيد النائب محمد العلي:", "السيد الرئيس:", "معالي وزير المالية:"],
        ),
        # the Belarusian chair ("Старшынюючы") and members with initials after the surname
        ("be-palata.txt", ["Старшынюючы.", "Казлоў А. М.", "Старшынюючы.", "Лукашэвіч Ю. У."]),
    ],
)
def test_a_label_shape_of_another_language(sample: str, expected: list[str]) -> None:
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    assert speakers(result.tei) == expected


def test_thanks_that_open_speeches_are_no_labels() -> None:
    """ "Gràcies, presidenta." opens a Catalan speech as "Thank you, Madam Speaker." does: a
    sentence opener of the language, even before a comma and an office."""
    result = convert_text((SAMPLES / "ca-thanks-alone.txt").read_bytes(), "ca-thanks-alone.txt")
    assert speakers(result.tei) == []
    rows = {row.name: row for row in result.report.labels}
    assert "opener" in rows["Gràcies, presidenta"].features
    assert not rows["Gràcies, presidenta"].accepted


def test_turns_one_per_line_of_even_length_are_no_wrapped_paragraph() -> None:
    """Four turns, one a line, whose lines happen to be of one length: each line ends a sentence,
    as wrapped lines do not, so each is a paragraph and every label starts a turn."""
    data = (SAMPLES / "ru-initials-first-lines.txt").read_bytes()
    assert read_source(data, "x.txt", load_config()).layout == "line"
    assert speakers(convert_text(data, "x.txt").tei) == [
        "В. Петров:",
        "А. Соколов:",
        "В. Петров:",
        "А. Соколов:",
    ]


def test_turns_one_per_line_that_end_in_ideographic_stops() -> None:
    """A Chinese press conference copied one paragraph a line, the lines of like length: each
    ends with "。" or "？", a sentence's end as much as "." is, so no line was cut by a wrap."""
    data = (SAMPLES / "zh-press-lines.txt").read_bytes()
    assert read_source(data, "x.txt", load_config()).layout == "line"
    assert speakers(convert_text(data, "x.txt").tei) == [
        "主持人：",
        "中央电视台记者：",
        "发言人：",
        "主持人：",
        "路透社记者：",
    ]


def test_an_address_to_the_chair_under_a_label_alone_is_no_label() -> None:
    """Each label stands alone on its line with its colon, one line a paragraph; the speech
    below opens with its form of address to the chair ("Sr. Presidente, Sr.as e Srs.
    Deputados, …") twice, right under a label each time: its first words, not a speaker."""
    data = (SAMPLES / "pt-assembleia-own-line.txt").read_bytes()
    assert read_source(data, "x.txt", load_config()).layout == "line"
    assert speakers(convert_text(data, "x.txt").tei) == [
        "O Sr. Presidente:",
        "O Sr. Rui Costa:",
        "O Sr. Presidente:",
        "A Sr.ª Ana Lopes:",
    ]


def test_a_name_with_initials_opens_a_turn_inside_a_wrapped_paragraph() -> None:
    """A plenum hard-wrapped with no blank line: "Морозов В. И. Товарищи! …" opens a line after
    the chair's finished sentence, whose line runs to the margin. Its initials (their stop ends
    the label) make it a name as a form of address would, and it is printed in the shape of
    "Кузнецов А. П.", believed at a paragraph's start."""
    data = (SAMPLES / "ru-plenum-wrapped-initials.txt").read_bytes()
    assert speakers(convert_text(data, "x.txt").tei) == [
        "Председательствующий.",
        "Кузнецов А. П.",
        "Председательствующий.",
        "Морозов В. И.",
        "Председательствующий.",
    ]


def test_short_speeches_hard_wrapped_with_no_blank_line() -> None:
    """Most lines end a sentence, as short speeches wrapped over two lines do; but every line
    that ends none runs to the margin: a wrap cut it, so it joins the line below, and the label
    of each speech is read with its whole first sentence."""
    data = (SAMPLES / "de-landtag-wrapped.txt").read_bytes()
    assert read_source(data, "x.txt", load_config()).layout == "wrapped"
    assert speakers(convert_text(data, "x.txt").tei) == [
        "Präsident Karl Beispiel:",
        "Abg. Anna Muster GRÜNE:",
        "Abg. Dr. Peter Probe CDU:",
        "Präsident Karl Beispiel:",
        "Minister Hans Weber:",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presidenten: Takk, president. Mitt spørsmål går til statsministeren. Det var ikke et svar.", "nb"),
        ("Formanden: Tak for det. Mit spørgsmål går til statsministeren. Det var ikke et svar.", "da"),
        ("Старшынюючы. Паважаныя дэпутаты, пачынаем пасяджэнне. Слова мае дэпутат Казлоў.", "be"),
        ("KETUA RAPAT: Terima kasih. Kami menolak rancangan undang-undang ini dan kita akan bicara.", "id"),
    ],
)
def test_the_language_of_a_short_excerpt(text: str, lang: str) -> None:
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang


def test_the_margin_letters_of_a_parliament_page_are_furniture() -> None:
    """A copy of a Bundestag PDF keeps the letters (A) to (D) beside its columns as lines."""
    result = convert_text((SAMPLES / "de-bundestag-pdf.txt").read_bytes(), "de-bundestag-pdf.txt")
    assert [text for _, text, kind in result.report.furniture if kind == "margin-letters"] == [
        "(A) (C)",
        "(B) (D)",
    ]
    assert speakers(result.tei) == [
        "Vizepräsidentin Anna Beispiel:",
        "Dr. Max Muster (CDU/CSU):",
        "Vizepräsidentin Anna Beispiel:",
    ]
    assert b"(A)" not in result.tei.split(b"<body>")[1]


def test_indented_first_lines_keep_a_short_text_wrapped() -> None:
    """Most lines end a sentence, yet the first lines are indented past the rest: the
    Congressional Record's wrapped paragraphs, not one paragraph per line."""
    data = (SAMPLES / "en-congress-indented-short.txt").read_bytes()
    source = read_source(data, "x.txt", load_config())
    assert source.layout == "wrapped"
    assert [p.line for p in source.paragraphs] == [1, 4, 5, 6, 8, 9]


@pytest.mark.parametrize(
    ("sample", "label"),
    [
        ("fr-assises.txt", "L'accusé"),
        ("fr-assises.txt", "La partie civile"),
        ("fi-kyselytunti.txt", "Pääministeri Pekka Salo"),
        ("et-riigikogu.txt", "Peaminister Liis Saar"),
    ],
)
def test_a_role_of_the_court_or_a_prime_minister_in_one_word_is_an_office(sample: str, label: str) -> None:
    """The accused and the civil party of a French court, the prime minister of languages that
    write the office as one word (pääministeri, peaminister, statsminister)."""
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    rows = {row.name: row for row in result.report.labels}
    assert rows[label].accepted and "office" in rows[label].features


def test_an_abbreviated_decision_in_parentheses_is_no_voice() -> None:
    """The Storting's "(Enst.: …)" (unanimously) is a note of a decision: only the configured
    abbreviations of a court's roles (Vors., Пред.) are read as a label before their colon."""
    text = "Presidenten: Sakene er ferdigbehandlet. (Enst.: Vedlegges protokollen.)\n"
    root = etree.fromstring(convert_text(text.encode(), "no.txt").tei)
    assert root.xpath("//t:said", namespaces=NS) == []
    assert "(Enst.: Vedlegges protokollen.)" in root.xpath("string(//t:sp/t:p)", namespaces=NS)

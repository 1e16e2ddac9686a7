"""A record's head above its first turn: each line in the front as its kind (title, date with its
place, the chair, the opening time, the hall, a source or an archival reference, a cover's
imprint), the setting's date and place in the header, and no line of it taken for a speaker or
for speech."""

from __future__ import annotations

import tomllib

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, sample_tei, tabled_tei, text_tei, texts


def _divs(root: etree._Element) -> list[tuple[str, list[str]]]:
    """Each division of the front: its type and its lines."""
    return [(str(div.get("type")), texts(div, "t:p")) for div in root.xpath("//t:front/t:div", namespaces=NS)]


# sample: title, dateline as printed, its day, the setting's place, the divisions of the front,
# the first speaker label (the table beside the samples, heads.toml)
HEADS = [
    (
        sample,
        row["title"],
        row["dateline"],
        row["when"],
        row["place"],
        [(div["type"], div["lines"]) for div in row["divs"]],
        row["first"],
    )
    for sample, row in tomllib.loads((SAMPLES / "heads.toml").read_text(encoding="utf-8")).items()
]


@pytest.mark.parametrize(("sample", "title", "dateline", "when", "place", "divs", "first"), HEADS)
def test_a_records_head_is_its_front_line_by_line(
    sample: str,
    title: str,
    dateline: str,
    when: str,
    place: str,
    divs: list[tuple[str, list[str]]],
    first: str,
) -> None:
    root = sample_tei(sample)
    assert texts(root, "//t:front/t:docTitle/t:titlePart[@type='main']") == [title]
    # the dateline right in the front, or in a division of its own below another division
    assert texts(root, "//t:front/t:docDate | //t:front/t:div[@type='date']/t:docDate") == [dateline]
    assert root.xpath("string(//t:front//t:docDate/@when)", namespaces=NS) == when
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == when
    assert root.xpath("string(//t:settingDesc/t:setting/t:placeName)", namespaces=NS) == place
    assert _divs(root) == divs
    assert texts(root, "//t:sp[1]/t:speaker") == [first]
    # no line of the head is a paragraph of the body outside the turns, nor a speaker
    assert root.xpath("//t:body/t:div/t:p", namespaces=NS) == []
    speakers = " ".join(texts(root, "//t:speaker"))
    assert not any(line in speakers for _, lines in divs for line in lines)


def test_the_dateline_marks_its_place() -> None:
    root = sample_tei("de-bundestag-head.txt")
    assert texts(root, "//t:front/t:docDate/t:placeName") == ["Berlin"]


def test_a_head_line_in_the_shape_of_a_label_names_the_chair_not_a_speaker() -> None:
    root = sample_tei("ru-duma-head.txt")
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#i-p-smirnov", "#petrov-a-v", "#i-p-smirnov"]
    assert "Председательствует" not in " ".join(texts(root, "//t:body"))


def test_an_item_heading_under_the_head_heads_the_body() -> None:
    root = sample_tei("en-commons-head.txt")
    assert texts(root, "//t:body/t:div/t:head") == ["Oral Answers to Questions"]
    root = sample_tei("sv-riksdag-head.txt")
    assert texts(root, "//t:body/t:div/t:head") == ["§ 1 Anmälan om ersättare"]


def test_an_archival_reference_above_the_title_is_the_archive() -> None:
    root = sample_tei("ru-archive-head.txt")
    assert _divs(root)[0] == ("source", ["РГАСПИ. Ф. 17. Оп. 2. Д. 573. Л. 1–45."])
    assert texts(root, "//t:front/t:titlePage/t:docTitle/t:titlePart[@type='main']") == [
        "Стенограмма Пленума ЦК ВКП(б)"
    ]
    assert texts(root, "//t:front/t:div[@type='date']/t:docDate") == ["Вечернее заседание 4 декабря 1936 г."]
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "1936-12-04"
    assert texts(root, "//t:msIdentifier/t:repository") == ["РГАСПИ"]
    assert texts(root, "//t:msIdentifier/t:idno[@type='delo']") == ["573"]
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p") == ["Председательствует т. Лаптев."]
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["ЛАПТЕВ.", "ПЕТРОВ.", "ЛАПТЕВ."]


def test_a_hearings_cover_is_its_front() -> None:
    root = sample_tei("en-us-hearing-cover-head.txt")
    assert _divs(root)[0] == (
        "source",
        ["[House Hearing, 118 Congress]", "[From the U.S. Government Publishing Office]"],
    )
    parts = texts(root, "//t:front//t:docTitle/t:titlePart")
    assert parts[:4] == [
        "OVERSIGHT OF RURAL BROADBAND",
        "HEARING",
        "BEFORE THE",
        "COMMITTEE ON ENERGY AND COMMERCE HOUSE OF REPRESENTATIVES",
    ]
    assert texts(root, "//t:front//t:docDate") == ["MARCH 14, 2023"]
    assert (
        "imprint",
        ["Serial No. 118-12", "U.S. GOVERNMENT PUBLISHING OFFICE", "WASHINGTON : 2023"],
    ) in _divs(root)
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == [
        "Mr. HALVERSON.",
        "Ms. OKONJO.",
        "Mr. HALVERSON.",
    ]


def test_the_congressional_records_head_names_its_source_and_the_hour() -> None:
    root = sample_tei("en-congressional-record-head.txt")
    assert _divs(root) == [
        (
            "source",
            ["From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]"],
        ),
        ("time", ["The Senate met at 10 a.m. and was called to order by the President pro tempore."]),
    ]
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2024-03-05"


def test_a_court_transcripts_place_and_date() -> None:
    root = sample_tei("en-court-caption-head.txt")
    assert root.xpath("string(//t:settingDesc/t:setting/t:placeName)", namespaces=NS) == "Washington, D.C."
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2024-03-05"
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["THE COURT:", "MR. SMITH:", "THE COURT:"]


def test_a_court_transcripts_caption_and_appearances_are_its_front() -> None:
    root = sample_tei("en-court-caption-appearances.txt")
    assert (
        "list",
        [
            "APPEARANCES:",
            "For the Government: KAREN LEE, Assistant United States Attorney",
            "For the Defendant: PAUL GRANT, Federal Public Defender",
        ],
    ) in _divs(root)
    parts = texts(root, "//t:front//t:docTitle/t:titlePart")
    assert "Plaintiff," in parts and "Defendant." in parts
    assert root.xpath("//t:body/t:div/t:p", namespaces=NS) == []
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["THE COURT:", "MS. LEE:", "THE COURT:"]


def test_an_inquirys_appearances_a_heading_a_line_are_its_front() -> None:
    """Each heading of the appearances alone on its line over its names, no colon after most:
    the front's list, no heading nor paragraph of the body."""
    root = sample_tei("en-nz-inquiry-appearances-list.txt")
    assert (
        "list",
        [
            "Commissioners",
            "Hon Justice Miriam Tuhoe and Mr Graham Pellow",
            "Counsel Assisting the Commission",
            "Ms Anna Kerrigan QC",
            "Counsel appearing for the Harbour Board",
            "Mr Daniel Whitcombe QC and Ms Ruth Arkley",
            "Commission Staff:",
            "Ms P Harnett",
        ],
    ) in _divs(root)
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert root.xpath("//t:body/t:div/t:p", namespaces=NS) == []
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS)[:2] == ["HON JUSTICE TUHOE:", "MS KERRIGAN:"]


def test_a_courts_roll_above_the_first_turn_is_no_turn() -> None:
    """The chair's office names the judge in the roll and then speaks: the roll is the front's,
    the first turn is the chair's opening, and the roll's names are no person's words."""
    root = sample_tei("zh-court-head-fields.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["现在开庭。请法警带被告人到庭。"]
    root = sample_tei("it-verbale-udienza-head.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Dichiaro aperta l'udienza. Si dia atto della presenza dell'imputato."
    ]


def test_short_exchanges_in_one_paragraph_are_turns_no_roll() -> None:
    """Lines of an office and one word, or words in lower case, are speech, not who sits: a
    roll names its holders ("dott. Rossi"), an exchange answers ("Silence", "Order please")."""
    for text, turns in (
        ("CHAIRMAN: Order please\nSECRETARY: Roll call\n\nCHAIRMAN: The meeting is open.\n", 3),
        ("PRESIDENT: Silence\nWITNESS: Nothing\n\nPRESIDENT: You may continue now.\n", 3),
    ):
        root = text_tei(text)
        assert len(root.xpath("//t:sp", namespaces=NS)) == turns
        assert root.xpath("//t:front/t:div", namespaces=NS) == []


def test_a_trials_ordinal_day_dates_the_sitting_below_its_volumes_span() -> None:
    """ "Ninth Day: Tuesday, 11th March, 1947" is the day's caption, under the volume's span."""
    root = sample_tei("en-tribunal-ordinal-day.txt")
    assert texts(root, "//t:speaker") == [
        "THE PRESIDENT:",
        "DR. KELLNER:",
        "COLONEL ASHFORD:",
        "THE PRESIDENT :",
    ]
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "1947-03-11"
    assert root.xpath("//t:front//t:placeName", namespaces=NS) == []


def test_a_long_trials_page_number_is_no_title() -> None:
    """ "Page 21047" above a tribunal's numbered lines is the page's, as "Page 211" would be."""
    root = sample_tei("en-tribunal-page-five-digits.txt")
    assert "Page" not in " ".join(texts(root, "//t:front//t:titlePart"))
    assert "21047" not in " ".join(root.xpath("//t:text//text()", namespaces=NS))
    assert texts(root, "//t:speaker") == [
        "JUDGE MARVELL:",
        "THE REGISTRAR:",
        "JUDGE MARVELL:",
        "MR. PENDER:",
    ]
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "2005-06-14"


def test_a_sitting_heading_stopped_like_a_label_is_the_title_and_the_report_named_speaks() -> None:
    # "Vierte Sitzung des III. Kongresses …": the ordinal sitting before its stop is no speaker;
    # the note "Bericht erstattet Wendland." gives the floor to the bare "Wendland." label
    root = sample_tei("de-kongress-sitzung-bericht.txt")
    assert texts(root, "//t:front/t:docTitle/t:titlePart[@type='main']") == [
        "Vierte Sitzung des III. Kongresses der Vereinigten Arbeiterpartei am 14. März 1924. (Nachmittags)"
    ]
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "1924-03-14"
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#wendland"]
    assert texts(root, "//t:body//t:stage") == [
        "(Kramer eröffnet die Sitzung. Es wird die Frage der Gewerkschaften besprochen. Bericht erstattet Wendland.)"
    ]


def test_a_us_records_date_in_figures_is_read_month_first() -> None:
    """A US court's hearing date under its caption and a US council's day in two figures alone
    under the meeting's name: December the 4th, not the 12th of April."""
    for sample in ("en-us-court-slashed-date-head.txt", "en-us-council-short-date-head.txt"):
        root = sample_tei(sample)
        assert root.xpath("string(//t:front/t:docDate/@when)", namespaces=NS) == "2026-12-04"


@pytest.mark.parametrize(
    "sample",
    [
        "en-committee-title-wrapped-head.txt",
        "fr-conseil-title-wrapped-head.txt",
        "en-plenary-title-word-a-line.txt",
        "de-sitzung-title-word-a-line.txt",
    ],
)
def test_a_title_its_wrap_cut_is_one_title(sample: str) -> None:
    """The second line goes on the first, which ends on an article or a preposition, or opens in
    lower case, a blank line between them; a title printed a word a line is one too, with blank
    lines between or none: no sub-title of its own, no line of the head's other kinds."""
    root = sample_tei(sample)
    assert texts(root, "//t:front/t:docTitle/t:titlePart[@type='sub']") == []
    assert len(texts(root, "//t:front/t:docTitle/t:titlePart[@type='main']")) == 1
    assert root.xpath("//t:front/t:div", namespaces=NS) == []


def test_a_sessions_span_under_its_number_is_not_the_sittings_day() -> None:
    root = tabled_tei("fr-journal-session-span-head.txt")
    assert texts(root, "//t:front/t:docDate") == [
        "(9 mars 1982 au 21 juin 1983)",
        "Le mardi 14 décembre 1982 - Vol. 26 N° 211",
    ]
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "1982-12-14"


def test_a_fields_heading_under_the_date_is_its_own_line() -> None:
    root = tabled_tei("ru-duma-date-field-heading-head.txt")
    assert texts(root, "//t:front/t:docDate") == ["14.05.2024"]
    assert _divs(root) == [("other", ["Вопрос:"])]


def test_a_court_covers_judge_presiding_is_the_chair_and_the_place_over_its_day_the_setting() -> None:
    root = tabled_tei("en-court-cover-judge-presiding-head.txt")
    assert _divs(root)[0] == ("presiding", ["HONORABLE MARGARET L. ASHBY, JUDGE PRESIDING"])
    assert ("place", ["Eugene, Oregon"]) in _divs(root)
    assert ("time", ["9:30 A.M."]) in _divs(root)
    assert texts(root, "//t:front//t:docDate") == ["Tuesday, March 12, 2024"]
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "2024-03-12"
    assert root.xpath("string(//t:settingDesc/t:setting/t:placeName)", namespaces=NS) == "Eugene, Oregon"


def test_a_title_wrapped_over_blank_lines_with_no_date_under_it_is_one_title() -> None:
    """ "Étude des crédits du ministère des" / "Affaires municipales et de" / "l'Habitation",
    a blank line after each and the clock under them: each line the wrap cut on a preposition
    or an article goes on the title, though no line of a kind (a date) follows in the head."""
    root = tabled_tei("fr-qc-commission-title-wrapped.txt")
    assert texts(root, "//t:front/t:docTitle/t:titlePart[@type='main']") == [
        "Étude des crédits du ministère des Affaires municipales et de l'Habitation"
    ]
    assert root.xpath("//t:body//t:head", namespaces=NS) == []
    assert root.xpath("//t:body/t:div/t:p", namespaces=NS) == []

"""Labels of English-language records of every genre (trials, inquiries, councils, Hansards of
the Commonwealth) and of Québec's Assemblée nationale, on short samples in each record's printed
shape: the speakers each prints, in order, and the lines that are no label."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, name_parts_of, sample_tei, turn_ids
from stenogram.tei.convert import convert_text


def _speakers(name: str) -> list[str]:
    """The speaker labels of the sample *name*, their inner line breaks read as spaces."""
    tei = convert_text((SAMPLES / name).read_bytes(), Path(name).name).tei
    root = etree.fromstring(tei)  # the clock of a label is an element inside it: read it whole
    return [" ".join(sp.xpath("string()").split()) for sp in root.iterfind(".//t:sp/t:speaker", NS)]


def test_a_web_copy_that_breaks_its_lines_inside_the_labels() -> None:
    """The Journal des débats copied from its web page breaks lines anywhere: the office on one
    line and its holder in parentheses on the next ("Le Président" / "(M. X) :"), an article or a
    form of address alone on its line ("La" / "Vice-Présidente (Mme X) :", "M." / "Legault :"),
    a parenthesis cut after the holder's "M."; the member's name over the statement is a heading."""
    assert _speakers("fr-ca-assnat-web.txt") == [
        "La Vice-Présidente (Mme Tardif) :",
        "M. Gendron :",
        "La Vice-Présidente (Mme Tardif) :",
        "Mme Caron :",
        "Le Président (M. Lavoie) :",
        "M. Bélanger :",
        "Le Président (M. Lavoie) :",
        "M. Legault :",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "en-inquiry-day-caption.txt",
            ["SIR ALAN MARSH:", "MR LOWE:", "MR LOWE:", "A.", "Q.", "A."],
        ),
        (
            "en-trial-day-caption.txt",
            ["THE COURT:", "MR. PRICE:", "THE WITNESS:", "MS. ORTEGA:", "THE COURT:"],
        ),
    ],
)
def test_a_caption_ending_in_a_colon_stays_a_heading(name: str, expected: list[str]) -> None:
    """A transcript's caption with the day after a comma and a colon ("Harbour Fire Inquiry, Day
    45:") over the date of the hearing, or over the first label, is its title, no speaker."""
    assert _speakers(name) == expected


def test_long_offices_wrapped_over_two_or_three_lines_with_no_blank_line() -> None:
    """India's records in hard-wrapped lines, no blank line between turns: a minister's office
    cut before its parenthesis ("… AND THE MINISTRY OF" / "PERSONNEL (SHRI X):"), inside it
    ("(SHRI A. B." / "SHARMA):"), or twice, an office of two portfolios over three lines."""
    assert _speakers("en-lok-sabha-long-office.txt") == [
        "HON. SPEAKER:",
        "SHRI VINOD PATIL (WEST CONSTITUENCY):",
        "THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS AND THE MINISTRY OF PERSONNEL (SHRI A. B. SHARMA):",
        "SHRI K. RAMAN:",
        "THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI A. B. SHARMA):",
        "THE MINISTER OF STATE IN THE MINISTRY OF PERSONNEL, PUBLIC GRIEVANCES AND PENSIONS AND "
        "MINISTER OF STATE IN THE PRIME MINISTER'S OFFICE (DR. R. K. MEHTA):",
    ]


def test_a_label_whose_parenthesis_a_wrap_cut_in_unspaced_turns() -> None:
    """The same record, its office's parenthesis cut after "(SHRI", and a label whose speech
    starts on the next line: each turn once, none lost to the turn above."""
    assert _speakers("en-lok-sabha-unspaced.txt") == [
        "HON. SPEAKER:",
        "SHRI VINOD PATIL (WEST CONSTITUENCY):",
        "THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI A. B. SHARMA):",
        "HON. SPEAKER:",
        "SHRI VINOD PATIL:",
        "THE MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS (SHRI A. B. SHARMA):",
    ]


def test_labels_ending_with_a_stop_inside_hard_wrapped_paragraphs() -> None:
    """Mixed-case labels with a full stop ("Mr. Okafor.") opening lines inside hard-wrapped text
    with no blank line, after a line that ends the speech before; each printed once or twice."""
    assert _speakers("en-wrapped-stop.txt") == [
        "Mr. Hartley.",
        "Mr. Okafor.",
        "Mrs. Devlin.",
        "Mr. Okafor.",
        "The Speaker.",
    ]


def test_the_records_narration_of_a_text_read_out_is_no_label() -> None:
    """ "The Clerk read the following:" announces the text read out below it: an office opens
    it and a colon ends it, but its words in lower case tell the record's narration."""
    assert _speakers("en-council-read-following.txt") == [
        "The Mayor:",
        "Councillor Brandt:",
        "Councillor Ito:",
        "The Mayor:",
        "Councillor Ito:",
    ]


def test_a_pdf_copy_of_the_journal_des_debats_hard_wrapped() -> None:
    """The same record from its PDF, hard-wrapped with no blank line: the holder's "M." left at
    a line's end ("Le Président (M." / "Paradis) :"), the holder in parentheses on the next line,
    a form of address alone on its line."""
    assert _speakers("fr-ca-wrapped-pdf.txt") == [
        "Le Président (M. Paradis) :",
        "M. Arcand :",
        "Le Président (M. Paradis) :",
        "M. Legault :",
        "Le Vice-Président (M. Picard) :",
        "M. Arcand :",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "en-commons-web-broken.txt",
            [
                "Mr Speaker:",
                "Sir Edward Leigh (Gainsborough) (Con):",
                "The Prime Minister (Rishi Sunak):",
                "Mr Speaker:",
            ],
        ),
        (
            "en-australia-web-broken.txt",
            [
                "The SPEAKER:",
                "Ms HALLORAN (Barton) (14:01):",
                "Mr ASHBY (Grayndler—Prime Minister) (14:02):",
                "The SPEAKER:",
                "Mr DUNSTAN (Dickson—Leader of the Opposition) (14:04):",
            ],
        ),
        (
            "en-canada-web-broken.txt",
            [
                "The Speaker:",
                "Hon. Pierre Lachance (Leader of the Opposition, CPC):",
                "Right Hon. Daniel Whitby (Prime Minister, Lib.):",
                "The Speaker:",
                "Mr. Luc Fortier (Beauce, CPC):",
            ],
        ),
    ],
)
def test_hansard_web_copies_whose_line_breaks_cut_the_labels(name: str, expected: list[str]) -> None:
    """Web copies of Hansards that break lines anywhere: a label's first words alone on a line
    ("Sir Edward" / "Leigh (…) (Con):", "The Prime" / "Minister (…):"), a form of address or an
    article ("Ms" / "HALLORAN (…):", "The" / "Speaker:"), a parenthesis the break cut ("(Prime
    Minister," / "Lib.):"); a heading over a label ("Engagements") stays apart."""
    assert _speakers(name) == expected


def test_numbered_voices_with_the_clock_in_parentheses() -> None:
    """A transcription service's export: each voice alone on its line with the clock in
    parentheses and a colon, a numbered voice among them ("Speaker 1 (00:00):")."""
    assert _speakers("en-rev-audio.txt") == [
        "Speaker 1 (00:00):",
        "Mayor Quinlan (00:05):",
        "Speaker 3 (00:12):",
        "Mayor Quinlan (00:15):",
    ]


# A Hansard web copy's question headings over the labels, the first an office's words: the
# heading stays a heading whether the copy keeps its blank lines or prints one paragraph a line.
HEADINGS_OVER_LABELS = """Oral Answers to Questions

Council Tax

Jane Smith (Leeds North) (Lab): What steps is the Secretary of State taking on council tax?

The Minister for Local Government (John Brown): We are taking many steps.

Engagements

Mark Green (Bath) (LD): If he will list his official engagements for Wednesday 3 May.

The Prime Minister (Rishi Sunak): This morning I had meetings with ministerial colleagues.
"""


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_heading_in_office_words_over_a_label_is_no_part_of_it(blank_lines: bool) -> None:
    text = HEADINGS_OVER_LABELS if blank_lines else HEADINGS_OVER_LABELS.replace("\n\n", "\n")
    root = etree.fromstring(convert_text(text.encode(), "commons.txt").tei)
    assert [sp.text for sp in root.iterfind(".//t:sp/t:speaker", NS)] == [
        "Jane Smith (Leeds North) (Lab):",
        "The Minister for Local Government (John Brown):",
        "Mark Green (Bath) (LD):",
        "The Prime Minister (Rishi Sunak):",
    ]
    assert root.xpath("count(//t:body//*[normalize-space(text()) = 'Council Tax'])", namespaces=NS) == 1


def test_a_short_surname_closing_a_name_in_capitals_is_no_acronym() -> None:
    """ "Hon ANNA ROE (Minister of Housing):": the short last word of a name all in capitals is
    its surname, as in a Mixed-case label an acronym beside the name is not; the question asked
    "to the Minister of Housing :" with a space before its colon is the asker's turn."""
    tei = sample_tei("en-nz-question-spaced-colon.txt")
    assert name_parts_of(tei, "hon-anna-roe") == [
        ("roleName", "honorific", "Hon"),
        ("forename", None, "ANNA"),
        ("surname", None, "ROE"),
    ]
    assert turn_ids(tei) == ["mareiko-tane", "hon-anna-roe", "mareiko-tane", "hon-anna-roe", "mr-speaker"]

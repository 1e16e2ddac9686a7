"""Labels of English-language records of every genre (trials, inquiries, councils, Hansards of
the Commonwealth) and of Québec's Assemblée nationale, on short samples in each record's printed
shape: the speakers each prints, in order, and the lines that are no label."""

from __future__ import annotations

from pathlib import Path

import pytest

from label_samples import SAMPLES, speakers
from stenogram.tei.convert import convert_text


def _speakers(name: str) -> list[str]:
    """The speaker labels of the sample *name*, their inner line breaks read as spaces."""
    tei = convert_text((SAMPLES / name).read_bytes(), Path(name).name).tei
    return [" ".join(label.split()) for label in speakers(tei)]


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

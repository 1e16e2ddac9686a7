"""The thirty-first round's parse speed: the cuts that ask a cheap test before the dear work
keep what that work found."""

from __future__ import annotations

import pytest

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import find_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("令和五年十一月七日（火曜日）", "2023-11-07"),  # an era's year in Chinese numerals: no figure
        ("this 21st day of June, two thousand and five", "2005-06-21"),  # the year spelled out
        ("Sitzung vom 7. Mai 2024", "2024-05-07"),
        ("วันพฤหัสบดีที่ ๓๐ พฤศจิกายน พ.ศ. ๒๕๖๖", "2023-11-30"),  # Thai figures are figures too
        ("၂၀၁၉ ခုနှစ်၊ မေလ ၆ ရက်", "2019-05-06"),  # and so are Burmese ones
    ],
)
def test_a_date_is_found_with_figures_of_any_script_or_none(text: str, iso: str) -> None:
    """``令和五年十一月七日``, ``two thousand and five``: a date without a figure is still read
    where the patterns that need one are not asked; ``๓๐``, ``၂၀၁၉`` are figures they read."""
    found = find_date(text, load_config())
    assert found is not None and found[0] == iso


def test_a_line_without_a_figure_or_a_date_gives_none() -> None:
    """``The sitting opened on Tuesday in May.``: no figure and no spelled date, no date."""
    assert find_date("The sitting opened on Tuesday in May.", load_config()) is None


def test_the_words_a_label_uses_in_lower_case_leave_out_its_office_and_labels_in_capitals() -> None:
    """``Chairman Rose:`` beside "the chairman" and "the rose garden": only "Rose" is a name's
    word the text uses in lower case, the office's word is not; ``Mark Green:`` has two such
    words; ``ROSE:`` in CAPITALS is not asked (its words are read only for a label in Mixed
    case)."""
    text = (
        "Chairman Rose: We begin with the report on the roads.\n\n"
        "Mark Green: Thank you. The green fields along the rose garden mark the line of the road.\n\n"
        "Chairman Rose: Thank you, Mr Green. The speaker before you asked the chairman to wait.\n\n"
        "Mark Green: I will be brief, and the green belt stays.\n"
    )
    weight = load_config().weights["lower_case_word"]
    rows = {row.name: row for row in convert_text(text.encode(), "x.txt").report.labels}
    assert rows["Chairman Rose"].features["lower_case_word"] == weight
    assert rows["Mark Green"].features["lower_case_word"] == pytest.approx(weight * 0.6)
    capitals = "ROSE: We begin.\n\nGREEN: The rose garden and the green fields.\n\nROSE: Thank you.\n"
    rows = {row.name: row for row in convert_text(capitals.encode(), "y.txt").report.labels}
    assert "lower_case_word" not in rows["ROSE"].features
    assert "sentence" not in rows["ROSE"].features

"""The twenty-eighth round's merges read again by the lead: a narrowing that took real labels."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, texts


@pytest.mark.parametrize(
    ("sample", "label"),
    [
        (
            "bg-ns-minister-long-portfolio-two-names.txt",
            "Министър на земеделието и храните Тодорка Велинова:",
        ),
        (
            "hr-sabor-minister-long-portfolio-two-names.txt",
            "Ministrica prostornoga uređenja, graditeljstva i državne imovine Vesna Horvatić:",
        ),
    ],
)
def test_a_long_joined_portfolio_before_two_names_is_a_ministers_label(sample: str, label: str) -> None:
    """ "Министър на земеделието и храните Тодорка Велинова: Благодаря, …" printed once: a
    portfolio of four words or more joined by "и" is a department's name before its holder's two
    names, the minister's turn (where "Ministr vstal a oslovil Petra Holuba:", two words joined,
    stays a sentence)."""
    tei = tabled_tei(sample)
    assert texts(tei, "(//t:sp)[2]/t:speaker") == [label]
    assert texts(tei, "(//t:sp)[1]/t:p")[-1].endswith(("министърът.", "ministrica."))

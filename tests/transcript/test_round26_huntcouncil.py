"""Local and regional councils, short excerpts where each label is printed once: the shapes of
councils' records in many languages, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, texts


@pytest.mark.parametrize(
    ("sample", "label", "speech"),
    [
        ("en-council-cllr-abbreviated.txt", "Cllr. Byrne:", "Thank you, Cathaoirleach."),
        ("en-council-cr-abbreviated.txt", "Cr. Walsh:", "Thank you, Mr Mayor."),
        ("en-council-coun-abbreviated.txt", "Coun. Whitfield:", "Thank you, Chair."),
        ("en-council-ald-abbreviated.txt", "ALD. RAMIREZ:", "Thank you, Madam President."),
    ],
)
def test_a_councillors_abbreviated_title_keeps_the_name_in_the_label(
    sample: str, label: str, speech: str
) -> None:
    """English-speaking councils abbreviate the councillor and the alderman before the name
    (``Cllr. X:``, ``Cr. X:``, ``Coun. X:``, ``ALD. X:``): the full stop is the abbreviation's,
    so the name stays in the label, where the title alone had been the label and the name the
    speech's first word."""
    root = tabled_tei(sample)
    assert texts(root, "//t:sp[2]/t:speaker") == [label]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith(speech)

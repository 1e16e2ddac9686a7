"""Furniture and layout leftovers of earlier rounds, mended in the thirty-second round: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_courts_heading_either_side_of_a_dash_is_no_turn_where_labels_end_with_a_dash() -> None:
    """ "TRIBUNALE DI BERGAMO - SEZIONE II PENALE" over "PRESIDENTE - Prego, …": words in
    CAPITALS either side of a spaced dash, printed once alone on the record's first line, are its
    title where the labels print their speech after their dash, no name and role; the first turn
    is the chair's."""
    root = tabled_tei("it-tribunale-heading-dash-roles.txt")
    assert texts(root, "//t:titlePart") == ["TRIBUNALE DI BERGAMO - SEZIONE II PENALE"]
    assert texts(root, "//t:sp[1]/t:p") == ["Prego, Pubblico Ministero, può iniziare."]


def test_a_name_and_role_in_capitals_alone_over_speech_is_still_a_label() -> None:
    """ "JANE MORROW - ANALYST" alone on its line over her question, as a call's copy prints
    each speaker, where no label prints its speech after its dash: the name and its role."""
    root = text_tei(
        "OPERATOR\nWelcome to the Halvard Industries results call.\n\n"
        "JANE MORROW - ANALYST\nThank you. Could you say more about the margins this quarter?\n\n"
        "PETER OKAFOR - CHIEF FINANCIAL OFFICER\nCertainly. Margins rose by two points.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[-2:] == [
        "JANE MORROW - ANALYST",
        "PETER OKAFOR - CHIEF FINANCIAL OFFICER",
    ]

"""What the court protocol's roll must leave as it was: a clerk's exhibits named by a letter with
its stop; in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_exhibit_s_letter_with_its_stop_ends_the_clerk_s_sentence_no_roll() -> None:
    """ "THE CLERK: Plaintiff's Exhibit A." / blank / "THE CLERK: Defendant's Exhibit B." are
    the clerk's turns: one capital letter with its stop ends a sentence, where a name's two
    initials ("судья Корнилова Е.В.") end a roll's line with no stop of a sentence."""
    root = tabled_tei("en-court-clerk-exhibit-letters-apart.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Plaintiff's Exhibit A."]
    assert texts(root, "//t:sp[2]/t:p") == ["Defendant's Exhibit B."]

"""Records of other shapes that a hyphen glued to a name in CAPITALS, a pair's letter before a
spaced dash and the members' word among the head's fields had caught or lost: a Turkish
council's roll of names and offices and its members in chorus, two-word datelines in CAPITALS, a
party's suspended compound, a double surname split at its hyphen and a lettered list of
attachments, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_the_members_word_is_a_field_of_the_head_and_a_chorus_between_turns() -> None:
    """ "Üyeler : X - Y - Z" on the head names the members, the head's list; "Üyeler: Kabul!"
    between the chair's turns is the members' voice, a turn of its own."""
    root = tabled_tei("tr-belediye-meclis-uyeler-field-and-chorus.txt")
    assert texts(root, "(//t:sp)[2]/t:p") == ["Kabul!"]
    assert "Cengiz ORAL" not in " ".join(texts(root, "//t:sp"))

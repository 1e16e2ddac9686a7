"""The twenty-sixth round's third speed pass: the round's new questions asked after a cheaper
one that most lines and paragraphs fail, with the same answers."""

from __future__ import annotations

from stenogram.transcript.units import _UNSPACED, _UNSPACED_FIRST, join_lines


def test_unspaced_scripts_open_at_the_first_character_compared() -> None:
    """No character below the one compared first is of the scripts set without spaces, so the
    comparison refuses only lines the pattern would have refused."""
    assert _UNSPACED.match(_UNSPACED_FIRST)
    assert not any(_UNSPACED.match(chr(code)) for code in range(ord(_UNSPACED_FIRST)))


def test_lines_ending_below_the_scripts_are_joined_with_a_space() -> None:
    """A line ending in a letter, a stop or the ideographic space below the scripts' first
    character is joined with a space, as before the comparison; an ideograph's is not."""
    assert join_lines(["本日は", "開会いたします。"]) == "本日は 開会いたします。"
    assert join_lines(["開会いたします。", "本日の議事"]) == "開会いたします。本日の議事"
    assert join_lines(["議長\u3000", "本日"]) == "議長\u3000 本日"
    assert join_lines(["Bericht der", "Kommission"]) == "Bericht der Kommission"
    assert join_lines(["Pérez-", "Castejón"]) == "Pérez-Castejón"

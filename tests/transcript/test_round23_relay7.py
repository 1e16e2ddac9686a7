"""The samples laid out again as users' copies lay them out, a seventh pass: the shapes those
copies showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_roll_line_under_line_with_no_blank_opens_no_turn() -> None:
    """A hearing whose copy lost every blank line: the roll's offices, each with its holder and no
    stop, run straight into the turns ("Difensore: avv. Serra" / "Giudice: Si dà atto …"); the
    roll is the head's and its lines no turns, where each had been one."""
    root = tabled_tei("it-udienza-ruolo-righe-unite.txt")
    assert turn_ids(root) == ["giudice", "pubblico-ministero", "difensore", "giudice"]
    assert texts(root, "//t:front//t:p")[-1] == "Difensore: avv. Serra"
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Si dà atto")


def test_a_surname_alone_repeated_giving_the_floor_is_the_chair() -> None:
    """The chair's surname alone on its line with its stop, printed again and again, his speech
    below giving the floor ("Zawadzki." / "Głos ma towarzysz Pietrzak."): his turns, where they
    had been lost to the speeches above; "Przyjęto." alone stays a sentence in his turn."""
    root = tabled_tei("pl-zjazd-przewodniczacy-nazwisko-osobno.txt")
    assert turn_ids(root).count("zawadzki") == 4
    assert texts(root, "//t:sp[5]/t:p")[-1] == "Przyjęto."


def test_a_label_mark_ending_its_line_ends_a_label_alone() -> None:
    """A speaker's code, the Ethiopic wordspace and Luxembourg's bar, each ending a label alone on
    its line above the speech ("spk_0:", "ዳኛ፡", "M. le Président |"), end it as they do before
    the speech on the line; none of the records had a label."""
    for sample, first in (
        ("en-diarised-codes-alone.txt", "Good evening."),
        ("am-chilot-wordspace-alone.txt", "ችሎቱ ተሰይሟል።"),
        ("lb-chamber-bar-label-alone.txt", "D'Wuert huet"),
    ):
        root = tabled_tei(sample)
        assert texts(root, "//t:sp[1]/t:p")[0].startswith(first)


def test_a_bracketed_name_alone_over_its_speech_is_a_label_a_note_apart_no() -> None:
    """Names in square brackets alone on their lines, no colon, the speech on the next line
    ("[Chair]" / "Senator X, you have the call."): labels taking turns, where the record had none;
    the hall's note in the same brackets with a blank line under it ("[Proceedings Suspended]")
    stays a stage direction."""
    root = tabled_tei("en-au-estimates-bracketed-alone.txt")
    assert texts(root, "//t:stage") == ["[Proceedings Suspended]"]
    assert texts(root, "//t:sp[1]/t:p") == ["Senator Pemberton-Lyall, you have the call."]


def test_a_label_cut_inside_its_low_quotation_marks_runs_on_below() -> None:
    """A hard wrap cut the blue-card label inside its quotation marks ("… der „blauen" /
    "Karte“. – Herr Brandvik, …"): the label runs on to its dash and the question is hers, where
    it had gone on in the turn above."""
    root = tabled_tei("de-europarl-blaue-karte-umbrochen.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Herr Brandvik, wer soll die Kontrollen bezahlen?"]

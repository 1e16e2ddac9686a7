"""Shapes the last round left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a German assembly's and a French council's letter read out by the
secretary ("Schreiben: (verliest der Schriftführer.)", "Lettre : (lecture par le secrétaire.)"),
no speaker beside the member reading a text himself."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_text_read_out_by_another_is_no_speaker() -> None:
    """ "Schreiben: (verliest der Schriftführer.)": the stage names who reads after its verb, an
    office, so the word before the colon is the letter read, no turn of a speaker "Schreiben";
    the French "Lettre : (lecture par le secrétaire.)" likewise, its doer after "par"."""
    root = tabled_tei("de-landtag-letter-read-by-secretary-stage.txt")
    assert "Schreiben: (verliest der Schriftführer.)" in texts(root, "//t:sp[1]/t:p")
    root = tabled_tei("fr-conseil-lettre-lecture-par-secretaire.txt")
    assert "Lettre : (lecture par le secrétaire.)" in texts(root, "//t:sp[1]/t:p")


def test_a_member_reading_a_text_himself_keeps_his_turn() -> None:
    """ "Petrov: (Reads a letter from the Secretary.)": the words after the verb are what he reads,
    an office only inside them, so the act is his and the name his turn's label; "Letter: (Read
    by the Clerk.)" in the same record names the Clerk as the reader, no turn."""
    paragraphs = [
        "Sitting of 4 May 1921.",
        "Chairman: The Committee will come to order. Mr. Petrov has a letter.",
        "Petrov: (Reads a letter from the Secretary.)",
        "Chairman: Thank you. There is a second letter.",
        "Letter: (Read by the Clerk.)",
        "Chairman: It is referred to the committee.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Chairman:", "Petrov:", "Chairman:", "Chairman:"]

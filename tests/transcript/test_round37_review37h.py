"""Counter-examples of the round's rules in other records' shapes: a congress's proposer and
seconder of a motion speaking under those words beside the minutes' field that names them, a
court's label printed again under a speech in CAPITALS broken off after a preposition, each in
an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_congress_s_proposer_and_seconder_speak_under_those_words() -> None:
    """ "Proposer (Jane Ellery, Unison): President, Congress, …", "Seconder (Tom Briggs, GMB): …":
    a union congress's report labels the delegates who move and second a motion so; the words
    are no minutes' field where a speech follows them, and each delegate's speech stays hers."""
    root = tabled_tei("en-union-congress-proposer-seconder-labels.txt")
    assert texts(root, "(//t:sp)[4]/t:p") == ["President, I second the motion and reserve my right to speak."]


def test_the_minutes_proposer_field_between_turns_stays_a_paragraph() -> None:
    """ "Proposer: Cllr Penrose   Seconder: Cllr Wilde" under a resolution, between the
    councillors' turns: the field's value is a name and no speech, the clerk's record."""
    root = tabled_tei("en-parish-council-minutes-proposer-field-between-turns.txt")
    body = texts(root, "//t:body//t:p")
    assert any("Proposer: Cllr Penrose Seconder: Cllr Wilde" in p for p in body)
    assert not any(s.startswith(("Proposer", "Seconder")) for s in texts(root, "//t:speaker"))


def test_a_label_printed_again_opens_its_turn_under_a_capitals_line_broken_off() -> None:
    """ "2 MR. DALTON: … WE CALL THE AUDITOR OF" / "3 THE COURT: NO, COUNSEL, …": counsel's
    speech in CAPITALS broken off after a preposition; the court's label, which the record
    prints again, opens its turn, where a stenographer's opening words going on below are
    printed once."""
    root = tabled_tei("en-us-court-capitals-speech-broken-after-preposition.txt")
    assert texts(root, "(//t:sp)[2]/t:p") == ["THANK YOU, YOUR HONOR. WE CALL THE AUDITOR OF"]

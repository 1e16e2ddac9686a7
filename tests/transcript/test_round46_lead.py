"""Hungarian minutes' fields (invented sample; labels in turns.toml, persons in ids.toml): a local
council's record opens "Készült: … üléséről." ("made at the meeting of …"), "Jelen vannak: …" and
"Jegyzőkönyvvezető: …" before the first speaker; each is the record's field, never a speaker, even
printed once as the first candidate."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_speakers


def test_a_hungarian_record_s_fields_are_no_speakers() -> None:
    """ "Készült:", "Jelen vannak:" and "Jegyzőkönyvvezető:" stay in the front matter; the three
    members printed with their offices are the turns."""
    front = " ".join(outside_turns(tabled_tei("hu-onkormanyzat-keszult-fields.txt")))
    assert "Készült: Felsőhegy Község" in front
    assert "Jegyzőkönyvvezető: Tóth Erika" in front


def test_a_member_whose_surname_is_a_field_word_still_speaks() -> None:
    """The field words are whole keys: a member named Jelen, printed with his office, is a speaker
    (negative)."""
    text = (
        "JEGYZŐKÖNYV\n\nJelen Gábor képviselő: Kérdezem a polgármestert a járdáról.\n\n"
        "Kiss Anna polgármester: A járda ősszel elkészül.\n\n"
        "Jelen Gábor képviselő: Köszönöm a választ.\n"
    )
    assert turn_speakers(text_tei(text)) == [
        "Jelen Gábor képviselő:",
        "Kiss Anna polgármester:",
        "Jelen Gábor képviselő:",
    ]

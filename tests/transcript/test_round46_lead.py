"""Hungarian minutes' fields (invented sample; labels in turns.toml, persons in ids.toml): a local
council's record opens "Készült: … üléséről." ("made at the meeting of …"), "Jelen vannak: …" and
"Jegyzőkönyvvezető: …" before the first speaker; each is the record's field, never a speaker, even
printed once as the first candidate."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, texts, turn_speakers


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


def test_a_running_speaker_s_country_takes_its_language_s_links() -> None:
    """The running speaker's country after the comma takes the links a place's name takes in the
    vocabularies, not English's alone: "(M. Diallo, République de Guinée)" at a page's top
    repeats the label "M. DIALLO (Guinée) :" and is the page's furniture; "(M.
    Diallo, membre de la délégation)" names no country and stays (negative)."""
    text = (
        "Le PRÉSIDENT : Je donne la parole au représentant de la Guinée.\n\n"
        "M. DIALLO (Guinée) : Monsieur le Président, je vous félicite.\n"
        "La situation s'est aggravée.\n\n"
        "{note}\n\n"
        "Mon gouvernement a exposé sa position à maintes reprises.\n\n"
        "Le PRÉSIDENT : Je remercie le représentant.\n"
    )
    kept = text_tei(text.format(note="(M. Diallo, République de Guinée)"))
    assert turn_speakers(kept) == ["Le PRÉSIDENT :", "M. DIALLO (Guinée) :", "Le PRÉSIDENT :"]
    furniture = texts(kept, "//t:list[@type='furniture']/t:item")
    assert furniture == ["(M. Diallo, République de Guinée)"]
    named = text_tei(text.format(note="(M. Diallo, membre de la délégation)"))
    assert any("membre de la délégation" in text for text in texts(named, "//t:body"))

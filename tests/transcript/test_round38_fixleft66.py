"""A speaker's name alone on its line over the office (or firm, body) on the next and the speech
below, no colon, as shareholders' meetings, hearings', conferences' and panels' web copies print
them: the label the two lines joined, the person's id from the name, also where each label is
printed once, in capitals and in other languages; and what only looks so (a letter's signature,
a board's list, an "In attendance:" list, an address block, a witness list, a byline, a minute
naming the person again), each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, texts


def test_a_name_over_its_office_over_the_speech_is_one_label() -> None:
    """ "Helen Marsh" / "Chair of the Board" / "Good morning, …", an annual general meeting's
    transcript: the turn's label both lines, its person Helen Marsh with the office her role; the
    office no words of the speech."""
    root = tabled_tei("en-shareholders-meeting-name-office-below.txt")
    assert root.xpath("//t:person[@xml:id='helen-marsh']/@role", namespaces=NS) == ["Chair of the Board"]
    assert texts(root, "//t:sp[1]/t:p[1]")[0].startswith("Good morning, ladies and gentlemen")


def test_a_name_over_its_office_printed_once_opens_each_turn() -> None:
    """ "Mr John Reed" / "Minister for Health" and "Ms Clara Voss" / "Chair", each printed once
    over its speech: two turns, the first no longer run into the head, "Chair" no word of the
    second's speech."""
    root = tabled_tei("en-hearing-name-office-below-once.txt")
    assert texts(root, "//t:sp[2]/t:p[1]")[0].startswith("Thank you, Minister.")
    root = tabled_tei("en-board-name-over-office-lower-case.txt")  # "Owen Tait" / "Treasurer"
    assert "Helen Marsh" not in texts(root, "//t:head")


def test_a_name_over_its_office_in_capitals_or_in_other_languages() -> None:
    """ "HELEN ODUYA" / "CHAIR OF THE REGIONAL WATER BOARD", "PETER LINDQVIST" / "DIRECTOR, CITY
    WATER AUTHORITY" (its body after a comma); "Anna Berg" / "Vorsitzende des Aufsichtsrats";
    "Giulia Conti" / "Presidente del Consiglio di amministrazione" (a body's word in lower case
    after its particle) and "Marco Ferri" / "Amministratore delegato": labels of both lines."""
    root = tabled_tei("en-panel-capitals-name-office-below.txt")
    assert texts(root, "//t:sp[2]/t:p[1]")[0].startswith("Thank you, Helen.")
    tabled_tei("de-hauptversammlung-name-office-below.txt")
    root = tabled_tei("it-assemblea-name-office-below.txt")
    assert texts(root, "//t:sp[2]/t:p[1]")[0].startswith("Grazie, Presidente.")


def test_a_signature_a_list_an_address_a_byline_and_a_minute_of_the_shape_stay_text() -> None:
    """A chair's letter signed "Helen Marsh" / "Chair of the Board" at its end; a board's list of
    names and offices one a line, an "In attendance:" list and an address block; a hearing's
    witness list ("Dr Ann Rye" / "Director, Office of Research Integrity"), a heading over a
    byline and its office, and a minute under the name and office naming her again ("Helen
    Marsh welcomed …"): no turn, no speech under the office."""
    for sample in (
        "en-chair-letter-signature-name-office.txt",
        "en-board-list-name-office-lines.txt",
        "en-hearing-witness-list-name-office.txt",
    ):
        assert sample_tei(sample).xpath("//t:sp", namespaces=NS) == [], sample

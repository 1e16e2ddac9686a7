"""An office, its portfolio in lower case opened by the word that links it, and its holder's name
before the colon, as Nordic and Dutch councils and governments print a member of the executive
("Rådmand for teknik og miljø Anne Vind:", "Wethouder voor ruimtelijke ordening Jan de Vries:");
and what only looks so (a speech's sentence naming the office and its holder before a colon,
the fields of a head listing committees and portfolios), each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_danish_council_s_portfolios_in_lower_case_open_their_turns() -> None:
    """The portfolio's words are the office's, no sentence's, as the English "Minister for Health
    and Social Care Jane Doe:" is; a member's question naming the office in its speech stays
    in her turn."""
    root = tabled_tei("da-byraad-raadmand-portfolio-lower-case.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Tak. Jeg vil spørge rådmanden for teknik og miljø Anne Vind om følgende: hvornår er stien færdig?"
    ]


def test_swedish_norwegian_and_dutch_portfolios_joined_by_and() -> None:
    """ "för", "for" and "voor" open the portfolio, "och", "og" and "en" join its areas; a particle
    of the holder's name ("Jan de Vries") is his name's."""
    tabled_tei("sv-kommunfullmaktige-kommunalrad-portfolio-lower-case.txt")
    tabled_tei("no-bystyre-byrad-portfolio-lower-case.txt")
    root = tabled_tei("nl-gemeenteraad-wethouder-portfolio-lower-case.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Dank u, voorzitter. Het college heeft het plan zorgvuldig voorbereid."
    ]


def test_the_label_alone_on_its_line_with_its_colon() -> None:
    root = tabled_tei("da-byraad-raadmand-portfolio-lower-case-colon-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Tak, borgmester. Vi har drøftet sagen i udvalget, og vi anbefaler forslaget."
    ]


def test_a_head_s_committees_and_portfolios_are_no_turns() -> None:
    """ "Udvalg for teknik og miljø: Anne Vind, Jens Lund" and "Rådmand for kultur og fritid: Eva
    Holm": the holder after the colon, a field's value, no speech."""
    root = tabled_tei("da-byraad-udvalg-portfolio-fields.txt")
    assert "Rådmand for kultur og fritid: Eva Holm" in texts(root, "//t:p")


def test_a_sentence_naming_the_office_and_its_holder_before_a_colon_is_no_label() -> None:
    """The holder's name goes on in lower case ("… Anne Vind om følgende:"), or the line opens
    with a sentence's words before the office: the line stays a paragraph of the speech."""
    line = "Jeg vil spørge rådmanden for teknik og miljø Anne Vind om følgende:"
    said = "Rådmand for teknik og miljø Anne Vind sagde følgende:"
    paragraphs = [
        "Referat af byrådets møde",
        "Borgmester Jens Lund: Godaften, og velkommen til mødet.",
        "Mads Krogh: Tak, borgmester.",
        line,
        "Hvad koster stien, og hvornår er den færdig?",
        said,
        "Borgmester Jens Lund: Tak. Rådmanden svarer.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "da.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Borgmester Jens Lund:",
        "Mads Krogh:",
        "Borgmester Jens Lund:",
    ]
    assert line in texts(root, "//t:sp[2]/t:p")
    assert said in texts(root, "//t:sp[2]/t:p")

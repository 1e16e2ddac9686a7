"""A roll of names each with its role after a comma or a spaced dash, one a line in a paragraph of
its own, above the first turn or between turns: the roll's lines, no speaker's label over the
others as its speech, though the same names speak below with labels of another shape (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_roll_of_names_and_offices_in_its_own_paragraph_opens_no_turn() -> None:
    """ "Participants:" / blank / "Laura Finch, Chief Executive Officer" / "Omar Reyes, Chief
    Financial Officer" / …, and the same shape under the moderator's words between turns: the
    roll's lines stay text, though "LAURA FINCH:" and "OMAR REYES:" label turns below."""
    root = tabled_tei("en-press-conference-roll-name-comma-office.txt")
    assert "Omar Reyes, Chief Financial Officer" in " ".join(texts(root, "//t:div/t:p"))
    assert texts(root, "//t:sp[3]/t:p") == [
        "Two colleagues take your questions on the figures:",
        "Omar Reyes, Chief Financial Officer Nina Cole, Head of Investor Relations",
    ]


def test_a_roll_of_names_and_roles_after_a_dash_opens_no_turn() -> None:
    """The roll in its own paragraph with spaced dashes ("Laura Finch - Chief Executive Officer" /
    "Omar Reyes - Chief Financial Officer"): no label, the colon labels below the turns."""
    text = (
        "Press Conference on the Quarterly Results\n\nParticipants:\n\n"
        "Laura Finch - Chief Executive Officer\nOmar Reyes - Chief Financial Officer\n"
        "Nina Cole - Head of Investor Relations\n\nMODERATOR: Good morning. Laura, over to you.\n\n"
        "LAURA FINCH: Thank you. It was a good quarter.\n\nOMAR REYES: Margins improved.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["MODERATOR:", "LAURA FINCH:", "OMAR REYES:"]


def test_a_name_and_office_alone_between_colon_turns_stays_the_speech() -> None:
    """One line "Laura Finch, Chief Executive Officer" between the chairman's colon turns, a
    guest announced, and a letter's signature quoted in a turn: no turn of their own."""
    text = (
        "MINUTES OF THE BOARD MEETING\n\nTHE CHAIRMAN: Our next speaker needs no introduction.\n\n"
        "Laura Finch, Chief Executive Officer\n\nTHE CHAIRMAN: Ms Finch, please begin.\n\n"
        "MS FINCH: Thank you. I read the auditors' letter.\n\n\"Yours sincerely,\n\n"
        'Peter Vance, Chief Financial Officer"\n\nTHE CHAIRMAN: Thank you.\n'
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN:", "THE CHAIRMAN:", "MS FINCH:", "THE CHAIRMAN:"]
    assert len(root.xpath("//t:person", namespaces=NS)) == 2


def test_a_german_roll_of_names_and_offices_under_its_heading_opens_no_turn() -> None:
    """ "Teilnehmer:" / blank / "Anna Berg, Vorstandsvorsitzende" / "Karl Brandt,
    Finanzvorstand" over the colon labels "Anna Berg:" and "Karl Brandt:": the roll is the
    head's, the moderator's turn the first."""
    root = tabled_tei("de-pressekonferenz-roll-name-comma-office.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Guten Morgen. Frau Berg, bitte."]
    assert "Karl Brandt, Finanzvorstand" in " ".join(texts(root, "/*"))

"""One who speaks for a body of a meeting's participants and one who reports a speech to them;
the chair's label with its stop misread as a comma before the chair's own address to a member;
and the labels of members and officers that the participants' and the offices' new words must
leave as they were. Invented samples (names invented; labels in turns.toml, persons in
ids.toml) and inline counter-examples."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_representative_reporting_to_the_shareholders_has_no_turn() -> None:
    """ "Un représentant de l'association des petits actionnaires :" speaks for the shareholders'
    body, its link naming whose it is: a label; "Un représentant du ministère a déclaré aux
    actionnaires :" reports what was said to them, its link naming to whom: the chair's words."""
    root = tabled_tei("fr-assemblee-generale-representant-repondu-aux-actionnaires.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "La cession de la filiale portugaise a-t-elle été faite au prix du marché ?"
    ]
    chair = texts(root, "//t:sp[3]/t:p")
    assert chair[-2] == "Un représentant du ministère a déclaré aux actionnaires :"
    assert chair[-1] == "les garanties accordées en 2024 resteront en vigueur."


def test_the_chair_s_misread_stop_before_its_own_address_is_the_chair_s_label() -> None:
    """ "M. le président, Monsieur le ministre, vous avez la parole.": the label abbreviated as
    the record prints its labels, the address spelled out as a speech's is; no chain of one
    speaker's vocatives, which prints its forms alike ("M. le président, M. le ministre, …")."""
    root = tabled_tei("fr-senat-president-misread-comma-address.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Monsieur le ministre, vous avez la parole."]
    assert texts(root, "//t:sp[7]/t:p") == ["Madame Ferrand, vous avez dépassé votre temps de parole."]


def test_members_labelled_representative_keep_their_names() -> None:
    """A House committee's "Representative HALVERSEN:", "Rep. Tillman (D-Ohio):" and a council's
    "Vertreterin der Stadt Müller:" are members with an office or a form of address, no one of
    the hall: each its own person, as before the participants' word joined."""
    text = (
        "Representative HALVERSEN: The subcommittee will come to order.\n\n"
        "Representative OKONKWO: Thank you, Madam Chair.\n\n"
        "Rep. Tillman (D-Ohio): I yield back.\n\n"
        "Representative HALVERSEN: Without objection, so ordered.\n"
    )
    assert turn_ids(text_tei(text)) == [
        "representative-halversen",
        "representative-okonkwo",
        "rep-tillman",
        "representative-halversen",
    ]
    text = (
        "Bürgermeister Kessler: Ich eröffne die Sitzung.\n\n"
        "Vertreterin der Stadt Müller: Die Planung liegt seit Januar vor.\n\n"
        "Staatsvertreter Dr. Huber: Das Land wird die Förderung bescheiden.\n\n"
        "Bürgermeister Kessler: Vielen Dank.\n"
    )
    assert turn_ids(text_tei(text)) == [
        "burgermeister-kessler",
        "vertreterin-der-stadt-muller",
        "staatsvertreter-dr-huber",
        "burgermeister-kessler",
    ]


def test_a_clerk_reading_names_keeps_the_turn_and_a_roll_s_heading_takes_none() -> None:
    """ "Secretary:" over "Adams." / "Baker." reads the roll aloud: a turn; "Presentes:" over
    names one a line heads a list: no turn, the names no speech."""
    root = text_tei(
        "THE CHAIRMAN: The Secretary will call the roll.\n\nSecretary:\n\nAdams.\nBaker.\nChen.\n\n"
        "THE CHAIRMAN: A quorum is present.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN:", "Secretary:", "THE CHAIRMAN:"]
    root = text_tei(
        "ACTA DE LA SESIÓN ORDINARIA\n\nPresentes:\nJuan Pérez\nMaría López\n\n"
        "El señor PRESIDENTE: Se abre la sesión.\n\nEl señor PÉREZ: Pido la palabra.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["El señor PRESIDENTE:", "El señor PÉREZ:"]


def test_an_office_of_several_words_in_lower_case_before_said_is_the_whole_office() -> None:
    """ "The chief executive officer said:" and "The company secretary said:" in a meeting's
    minutes: the office whole speaks, no "officer" nor "secretary" alone, the verb printed."""
    root = tabled_tei("en-agm-minutes-officers-said-lower-case.txt")
    assert texts(root, "//t:person[@xml:id='chief-executive-officer']/t:persName[1]") == [
        "chief executive officer"
    ]

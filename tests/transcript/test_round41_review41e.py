"""An outline's lettered headings are told from parties labelled by an initial and a surname
alone on their lines (the record's other turns must run on with their speech on their lines),
and a military rank is one vocabulary with the forms of address before a name, each in an
invented sample or text (names invented; labels in turns.toml, persons in ids.toml) and with a
line of the same shape that keeps its reading."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts, turn_ids


def test_parties_by_initial_and_surname_alone_on_their_lines_keep_their_turns() -> None:
    """ "A. Müller:" / "B. Schmidt:" / "C. Weber:" alone over their speech, the record's only
    labels: a series of marks, but the parties' labels, no outline's headings."""
    root = tabled_tei("de-amtsgericht-initial-surname-parties-alone.txt")
    assert texts(root, "//t:sp/t:speaker") == ["A. Müller:", "B. Schmidt:", "A. Müller:", "C. Weber:"]
    assert turn_ids(root) == ["a-muller", "b-schmidt", "a-muller", "c-weber"]


def test_a_short_excerpt_of_initialled_labels_printed_once_keeps_them() -> None:
    """ "J. Smith:" / "K. Jones:" each printed once, and "1. Participant:" / "2. Participant:"
    of a focus group: labels alone over their speech as every turn of the text is."""
    english = "Interview of 3 May 2024\n\nJ. Smith:\nWe began in the spring.\n\nK. Jones:\nHow many of you?\n"
    assert texts(text_tei(english, "en.txt"), "//t:sp/t:speaker") == ["J. Smith:", "K. Jones:"]
    group = (
        "Focus group, session 2\n\n1. Participant:\nI take the bus every day.\n\n"
        "2. Participant:\nI mostly walk.\n\n3. Moderator:\nWhy do you walk?\n"
    )
    speakers = texts(text_tei(group, "en.txt"), "//t:sp/t:speaker")
    assert speakers == ["1. Participant:", "2. Participant:", "3. Moderator:"]


def test_lettered_headings_alone_over_turns_on_their_lines_stay_divisions() -> None:
    """The negative: "A. Vorbemerkung:" / "B. Sachverhalt:" alone, the turns below with their
    speech on the label's line: the outline's headings, no speakers."""
    text = (
        "Landgericht Musterstadt\n\nA. Vorbemerkung:\nDie Kammer tagt öffentlich.\n\n"
        "B. Sachverhalt:\nDer Kläger verlangt Schadensersatz.\n\n"
        "Vorsitzender Richter Lang: Die Sitzung ist eröffnet.\n\n"
        "Rechtsanwältin Ernst: Der Kläger ist anwesend.\n\nVorsitzender Richter Lang: Danke.\n"
    )
    root = text_tei(text, "de.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "A. Vorbemerkung:" not in speakers and "B. Sachverhalt:" not in speakers
    assert speakers == ["Vorsitzender Richter Lang:", "Rechtsanwältin Ernst:", "Vorsitzender Richter Lang:"]


def test_a_rank_before_the_name_is_a_form_of_address() -> None:
    """ "Oberst Müller:", "Generalleutnant von Heeringen:": the rank, one list with the ranks
    between a name and its office, is the person's honorific, no forename."""
    text = (
        "Reichstag\n\nPräsident: Das Wort hat der Herr Kriegsminister.\n\n"
        "Generalleutnant von Heeringen: Meine Herren, die Vorlage ist dringlich.\n\n"
        "Oberst Müller: Ich bitte ums Wort.\n\nPräsident: Bitte.\n"
    )
    root = text_tei(text, "de.txt")
    honorifics = texts(root, "//t:person/t:persName/t:roleName[@type='honorific']")
    assert honorifics == ["Generalleutnant", "Oberst"]
    assert not texts(root, "//t:person/t:persName/t:forename")


def test_a_rank_between_name_and_office_still_keeps_the_label_whole() -> None:
    """The ranks folded into the forms of address still part a name from its office."""
    root = sample_tei("de-reichstag-rank-between-name-office.txt")
    assert turn_ids(root)[1] == "bronsart-von-schellendorff"
    assert turn_ids(root)[3] == "graf-von-caprivi"

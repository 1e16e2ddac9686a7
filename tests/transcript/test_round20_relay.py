"""The samples laid out again as users' copies lay them out (one paragraph a line, blank lines
between, hard-wrapped, labels alone on their lines): the shapes those copies showed read
wrongly, each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts, turn_ids


def test_a_roll_one_line_a_paragraph_opens_no_turn() -> None:
    """A court's roll copied one office a paragraph, the holder a title in lower case and a
    surname ("Presidente: dott.ssa Lanza") or a name in Chinese characters ("审判长：孙立华"): the
    roll of the head, its chair the president who speaks below; its lines had been turns."""
    for sample, chair in (
        ("it-appello-collegio-paragrafi.txt", "lanza"),
        ("zh-fayuan-shenpan-fenduan.txt", "孙立华"),
    ):
        root = tabled_tei(sample)
        assert root.xpath(f"//t:person[@xml:id='{chair}']/@role", namespaces=NS) == ["chair"]
        assert len(texts(root, "//t:front//t:p")) >= 3


def test_two_sentences_after_an_office_under_a_roll_are_a_speech() -> None:
    """Under the roll's heading, the lines one a paragraph, the president's first words end a
    sentence before a capitalised word ("L'audience est reprise. Prévenu, approchez."): her turn,
    no line of the roll; the turn had been lost to the head."""
    root = tabled_tei("fr-tribunal-composition-paragraphes.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["L'audience est reprise. Prévenu, approchez."]


def test_a_label_with_its_stop_inside_a_wrapped_line_ends_there() -> None:
    """ "M. X, ministre des finances.--Je dépose sur le" / "bureau …": a hard wrap cut the speech
    after the label's double hyphen; the label ends at its stop and the minister is one person
    with "M. le ministre des finances.--", where the line had been a name with its office alone."""
    root = tabled_tei("fr-double-tiret-role-coupe.txt")
    assert root.xpath("//t:person[@xml:id='m-vandermeulen']/@role", namespaces=NS) == [
        "ministre des finances"
    ]
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Je dépose sur le bureau")


def test_an_abbreviation_with_its_stop_ends_no_sentence_of_a_roll() -> None:
    """Under "Přítomni:", a value that lists names with their titles in lower case ("dr. X, inž.
    Y, Z.") is a line of the roll: an abbreviation's stop ends no sentence; no office a turn."""
    root = sample_tei("cs-ns-roll-paragraphs.txt")
    assert "Místopředsedové: dr. Lhoták, inž. Mareš, Vondra." in texts(root, "//t:front//t:p")
    assert "Zapisovatelé: Kubíček, dr. Hladký." in texts(root, "//t:front//t:p")
    assert turn_ids(root) == ["dvoracek", "posl-kubicek"]


def test_a_head_listing_holders_between_commas_keeps_its_chair() -> None:
    """Offices one a paragraph whose values list holders between commas ("Members present: Ms X
    (Chair), Mr Y, Ms Z" / "Witnesses: …") are no court's roll of one holder an office: the line
    naming the chair stays the presiding one."""
    root = sample_tei("en-not-numbered-list-in-speech.txt")
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p") == [
        "Members present: Ms Corrin (Chair), Mr Abbott, Ms Lind"
    ]


def test_a_label_with_its_clock_on_its_line_keeps_the_clock() -> None:
    """A speech-to-text export's name and clock on their line over the speech ("La señora
    PRESIDENTA  0:33"): the clock is the label's, no word of the speech."""
    root = text_tei(
        "Sesión plenaria\n\nLa señora PRESIDENTA  0:33\nBuenos días, señorías. Se reanuda la sesión.\n\n"
        "El señor PÉREZ GARCÍA  1:08\nGracias, señora presidenta.\n\n"
        "La señora PRESIDENTA  1:39\nMuchas gracias.\n",
        "x-stt.txt",
    )
    assert texts(root, "//t:sp/t:p") == [
        "Buenos días, señorías. Se reanuda la sesión.",
        "Gracias, señora presidenta.",
        "Muchas gracias.",
    ]

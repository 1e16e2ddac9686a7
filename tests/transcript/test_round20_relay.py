"""The samples laid out again as users' copies lay them out (one paragraph a line, blank lines
between, hard-wrapped, labels alone on their lines): the shapes those copies showed read
wrongly, each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


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

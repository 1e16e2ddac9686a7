"""Heads a copy sets one line a paragraph, blank lines between, each shape written again as an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_roll_set_one_entry_a_paragraph_is_the_heads() -> None:
    """A committee's head set one line a paragraph: the offices' headings in capitals over their
    holders, the members over "*attended", the clerk and the room are the head's roll, no turns;
    the first turn is the convener's, under the title and day printed again."""
    root = tabled_tei("en-committee-head-roll-paragraphs.txt")
    assert texts(root, "//t:sp/t:speaker")[:2] == [
        "The Convener (Morag Lindsay):",
        "Dr Neil Forsyth (Scottish Crofting Federation):",
    ]
    front = " ".join(texts(root, "//t:front//t:p"))
    for line in ("CONVENER", "*Morag Lindsay (Argyll and Bute) (SNP)", "*attended", "Euan Darroch"):
        assert line in front


def test_a_date_cut_between_the_heads_paragraphs_is_one_date() -> None:
    """ "… QUINCE DE MAYO DE DOS MIL" / "VEINTICUATRO.", each a paragraph: one date, the day in
    2024, and the year's last word opens no turn."""
    root = tabled_tei("es-acta-date-cut-paragraphs.txt")
    assert texts(root, "//t:docDate") == ["CELEBRADA EL DÍA QUINCE DE MAYO DE DOS MIL VEINTICUATRO."]
    assert (
        root.xpath("string(//t:docDate/@when)", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
        == "2024-05-15"
    )
    assert texts(root, "//t:sp/t:speaker")[0] == "SRA. PRESIDENTA:"


def test_a_name_over_a_heading_over_the_rolls_names_is_no_turn() -> None:
    """ "Mr Lachlan Gray KC" / "Counsel appearing for the Regional Council" over "Ms Sarah Whitlock
    KC and Mr Jonah Reid", each a paragraph of the appearances: the roll's, no turn; the first turn
    is the presiding judge's."""
    root = tabled_tei("en-inquiry-appearances-paragraphs.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "HON JUSTICE MARSDEN:"
    assert "Ms Sarah Whitlock KC and Mr Jonah Reid" in texts(root, "//t:front//t:p")


def test_a_name_alone_over_a_rolls_heading_is_the_rolls() -> None:
    """ "D. JAVIER SOLANO MARTÍN." alone over "CONCEJALES:", an acta's margin set one line a
    paragraph: the head's, no turn; the first turn is the mayor's."""
    root = tabled_tei("es-acta-margin-name-paragraphs.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "SR. ALCALDE:"
    assert "D. JAVIER SOLANO MARTÍN." in texts(root, "//t:front//t:p")


def test_an_office_over_its_holders_name_is_the_heads_field() -> None:
    """ "Held at:" over the venue names the place; "Conference Chair:" alone over "MAUREEN
    OKAFOR" is the head's field, no turn: the first turn is the chair's "The Chair:"."""
    root = tabled_tei("en-conference-held-at-block.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "The Chair:"
    assert texts(root, "//t:settingDesc//t:placeName") == ["The Assembly Rooms, Castleford"]

"""The Dutch chair's heading ("Voorzitterschap van mevrouw X") only with its form of address: the
same words before a body ("Voorzitterschap van de Raad van de Europese Unie") are an agenda's
heading, no chair (sample nl-kamer-voorzitterschap-raad-agendapunt.txt; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_body_s_presidency_heading_names_no_chair() -> None:
    """ "Voorzitterschap van de Raad van de Europese Unie" over a debate is the item's heading: it
    stays a heading, and "De voorzitter:" below stays the chair the head named ("Voorzitter:
    Martens"), never "de Raad van de Europese Unie"."""
    root = tabled_tei("nl-kamer-voorzitterschap-raad-agendapunt.txt")
    assert "Voorzitterschap van de Raad van de Europese Unie" in texts(root, "//t:body//t:head")
    assert turn_ids(root) == ["martens", "de-heer-jansen", "mevrouw-bakker", "de-heer-jansen", "martens"]


def test_the_chair_s_heading_with_de_heer_still_names_him() -> None:
    """The rule's own shape with the masculine form of address ("Voorzitterschap van de heer
    Peeters") still names the chair the office below is."""
    root = text_tei(
        "Voorzitterschap van de heer Peeters\n\n"
        "De voorzitter. — De vergadering is geopend.\n\n"
        "Mevrouw Claes (N). — Voorzitter, ik vraag het woord.\n\n"
        "De voorzitter. — U hebt het woord.\n",
        "nl.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["De voorzitter. —", "Mevrouw Claes (N). —", "De voorzitter. —"]
    assert turn_ids(root) == ["peeters", "mevrouw-claes", "peeters"]

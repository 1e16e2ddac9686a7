"""The French chair's heading ("Présidence de M. X") names no chair with an article after its
words: "Présidence de la République" over an item is the item's heading (sample
fr-conseil-presidence-de-la-republique-heading.txt; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_the_republic_s_presidency_is_a_heading_no_chair() -> None:
    """The office below the heading stays the chair the first heading named (Thierry Beaudet),
    never "la République"; the heading stays a heading."""
    root = tabled_tei("fr-conseil-presidence-de-la-republique-heading.txt")
    assert "Présidence de la République" in texts(root, "//t:body//t:head")
    assert turn_ids(root) == [
        "thierry-beaudet",
        "mme-lefevre",
        "thierry-beaudet",
        "m-girard",
        "thierry-beaudet",
    ]


def test_the_moniteur_s_heading_with_the_name_alone_still_names_the_chair() -> None:
    """The shape the rule keeps: a name with no form of address after the words ("Présidence de
    Varennes.") names the chair the office below is."""
    root = text_tei(
        "CONVENTION NATIONALE.\nPrésidence de Merlin.\n\n"
        "Le président : La séance est ouverte.\n\n"
        "Barère : Citoyens, le comité de salut public m'a chargé de vous rendre compte.\n\n"
        "Le président : La Convention décrète l'impression.\n",
        "fr.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Le président :", "Barère :", "Le président :"]
    assert turn_ids(root) == ["merlin", "barere", "merlin"]

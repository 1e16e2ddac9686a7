"""A shape the last rounds left, in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a name's particle in lower case ("ag", "de", "van") printed as an
abbreviation's capitals, the whole name ("AG:", the Attorney General) or alone among words in
Mixed case ("The AG:"), is the name's word, so that both labels are one person."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.names import name_parts


def _kinds(name: str) -> list[tuple[str | None, str]]:
    return [(part.kind, part.text) for part in name_parts(name, default_config(), "en") if part.kind]


def test_the_attorney_generals_letters_are_one_person() -> None:
    """ "AG:" and "The AG:" name one person; the turns keep their words."""
    root = tabled_tei("en-court-attorney-general-letters.txt")
    assert turn_ids(root).count("ag") == 2
    assert (
        texts(root, "//t:sp[@who='#ag']/t:p")[1]
        == "The appeal turns on one point, the reading of section 12."
    )
    assert ("surname", None, "Ag") in name_parts_of(root, "ag")


def test_the_letters_alone_or_after_an_article_are_the_names_word() -> None:
    """The letters, the whole name or beside an article in Mixed case, are its surname."""
    assert _kinds("AG") == [("surname", "AG")]
    assert _kinds("The AG") == [("roleName", "The"), ("surname", "AG")]
    assert _kinds("DE") == [("surname", "DE")]


def test_particles_in_a_block_of_capitals_or_in_lower_case_stay_particles() -> None:
    """Negative: "MR VAN DER BERG" (all capitals), "Mr van der Berg" (lower case) and a
    surname's block of capitals in a label in Mixed case ("Sr. MARTÍNEZ DE LA FUENTE") keep
    their particles as links, and the two spellings of counsel are one person."""
    links = [("nameLink", "VAN"), ("nameLink", "DER")]
    assert [kind for kind in _kinds("MR VAN DER BERG") if kind[0] == "nameLink"] == links
    assert [kind for kind in _kinds("Mr van der Berg") if kind[0] == "nameLink"] == [
        ("nameLink", "van"),
        ("nameLink", "der"),
    ]
    assert ("surname", "DE") not in _kinds("Sr. MARTÍNEZ DE LA FUENTE")
    assert ("surname", "LA") not in _kinds("Sr. MARTÍNEZ DE LA FUENTE")
    root = tabled_tei("en-court-attorney-general-letters.txt")
    assert turn_ids(root).count("mr-van-der-berg") == 2


def test_the_irish_link_in_lower_case_stays_a_link() -> None:
    """Negative: the Irish "ag" in lower case still links the Minister of State's department,
    the holder in brackets speaking, as the Dáil's sample gives."""
    tabled_tei("ga-dail-aire-stait-roinn.txt")
    root = text_tei(
        "Dáil Éireann\n\nAn Ceann Comhairle: Glaoim ar an Aire Stáit.\n\n"
        "Aire Stáit ag an Roinn Iompair (Deputy Ciarán Fahy): Go raibh maith agat.\n\n"
        "An Ceann Comhairle: Go raibh maith agat.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[1] == "Aire Stáit ag an Roinn Iompair (Deputy Ciarán Fahy):"

"""Labels of Latin America, Iberia and the Portuguese-speaking world: the roll of those present
that a Brazilian assembly's record opens with, the members named after the plural form of
address ("ACHAM-SE PRESENTES OS SRS. DEPUTADOS:"): no turn, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def _outside(root: object) -> str:
    """The text of the record outside its turns, the head's title with it."""
    return " ".join(texts(root, "//t:text//t:p[not(ancestor::t:sp)]") + texts(root, "//t:titleStmt/t:title"))


def test_the_members_a_roll_names_after_the_plural_form_of_address_are_no_label() -> None:
    """ "ÀS 15 HORAS ACHAM-SE PRESENTES OS SRS. DEPUTADOS:" over the names present: the stop of
    "SRS." ends no sentence, so "DEPUTADOS:" opens no turn; the roll stays the head's text."""
    root = tabled_tei("pt-br-assembleia-presentes-os-srs.txt")
    assert "ACHAM-SE PRESENTES OS SRS. DEPUTADOS:" in _outside(root)
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Havendo número legal")


def test_the_spanish_plural_before_the_councillors_present_is_no_label_either() -> None:
    """ "… se reúnen en la Sala de Sesiones los Sres. Concejales:" over the councillors' names: the
    sentence goes on past "Sres.", no "Concejales:" turn; the acta's labels follow."""
    root = tabled_tei("es-acta-concejo-presentes-los-sres.txt")
    assert "los Sres. Concejales:" in _outside(root)

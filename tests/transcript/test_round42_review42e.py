"""The roles of oral histories and disciplinary hearings believed only as whole words: one person
each ("The complainant:", "Entrevistado:"), where their plurals are a count or a list's field
("Los entrevistados: doce vecinos", "Respondents: two practitioners", "Informants: none") and
their other nouns a note's ("Instructors notes:"); and the priest's "Fr." a form of address only
before a name ("Fr. O'Donnell:"), not before a number ("Fr. 12:", francs or a Friday)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_role_s_plural_opening_a_field_is_no_label() -> None:
    """The plural before a count or a list, once, beside the singular's turns: the interview's
    or the hearing's front matter, text; the singular after its article still a turn."""
    spanish = tabled_tei("es-historia-oral-entrevistados-plural.txt")
    assert texts(spanish, "//t:sp/t:speaker")[:2] == ["Entrevistadora:", "Entrevistado:"]
    assert "Los entrevistados: doce vecinos" in " ".join(texts(spanish, "//t:p"))
    english = tabled_tei("en-conduct-panel-respondents-plural.txt")
    assert texts(english, "//t:sp[2]/t:p") == [
        "Thank you, Chair. I appear for the regulator.",
        "Respondents: two practitioners, both represented today.",
        "Informants: none called.",
    ]
    assert texts(english, "//t:sp[4]/t:p") == ["I booked the appointment in March and waited four hours."]


def test_a_role_s_other_noun_before_a_colon_stays_text() -> None:
    """ "Instructors notes:" and "Narrators:" in a speech's turn: the noun's plural, no role."""
    root = text_tei(
        "TRAINING BOARD\n\n"
        "CHAIR: We start with the files.\n"
        "MR. HART: Thank you.\n"
        "Instructors notes: none were filed.\n"
        "Narrators: three volunteers.\n"
        "CHAIR: Thank you.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["CHAIR:", "MR. HART:", "CHAIR:"]


def test_the_priest_s_stop_before_a_number_is_no_label() -> None:
    """ "Fr. 12:" on its line (a price in francs, a Friday's date) is no form of address before
    a name, where "Fr. O'Donnell:" is."""
    root = text_tei(
        "PRICE COMMITTEE\n\n"
        "CHAIR: Let us begin with the list.\n"
        "MR. SILVA: The figures are these.\n"
        "Fr. 12:\n"
        "the price of bread.\n"
        "CHAIR: Thank you.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["CHAIR:", "MR. SILVA:", "CHAIR:"]
    priest = tabled_tei("en-diocesan-tribunal-fr-br-abbreviated.txt")
    assert "Fr. O'Donnell:" in texts(priest, "//t:sp/t:speaker")

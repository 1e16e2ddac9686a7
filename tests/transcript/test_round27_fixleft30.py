"""The twenty-seventh round's small leftovers: a Slovene question-and-answer pair, an
abbreviated office opening a turn under a line full to the margin."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_slovene_question_and_answer_letters_are_a_pair_not_initials() -> None:
    """``V:`` and ``O:`` (vprašanje/odgovor) take turns under counsel's examination: the
    questions counsel's, the answers the witness's, no persons named V and O."""
    root = tabled_tei("sl-sodisce-v-o-pair.txt")
    assert turn_ids(root) == [
        "sodnica-zupan",
        "zagovornik-kralj",
        "zagovornik-kralj",
        "prica",
        "zagovornik-kralj",
        "prica",
    ]
    assert texts(root, "//t:sp[4]/t:p") == ["Doma, z ženo in sinom."]


def test_an_abbreviated_office_under_a_line_full_to_the_margin_opens_a_turn() -> None:
    """``Vizepräs. Das Wort hat …`` under a sentence that ends at the margin: the abbreviation's
    stop ends no sentence, so the wrap ran no word of the speech above onto its line."""
    root = tabled_tei("de-landtag-abbreviated-office-under-full-line.txt")
    assert turn_ids(root) == ["prasident-muller", "abg-keller", "vizepras", "abg-brandt"]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Meine Damen und Herren, der Entwurf lässt die Gemeinden mit den Kosten allein, und das"
        " werden wir nicht hinnehmen."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Das Wort hat die Abgeordnete Brandt."]

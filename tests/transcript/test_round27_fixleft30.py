"""The twenty-seventh round's small leftovers: a Slovene question-and-answer pair, an
abbreviated office opening a turn under a line full to the margin, a Polish connective ending a
speech on a line of its own."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts, turn_ids


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


def test_a_polish_connective_alone_over_the_next_turn_is_the_speechs_last_word() -> None:
    """``Dlatego`` alone under the deputy's speech and over the chair's label opens a sentence
    she was cut off in: her speech's last paragraph, no heading of a new part."""
    root = tabled_tei("pl-komisja-speech-last-word-connective.txt")
    assert root.xpath("//t:head", namespaces=NS) == []
    assert texts(root, "//t:sp[2]/t:p")[-1:] == ["Dlatego"]

"""The twenty-seventh round's small leftovers: a Slovene question-and-answer pair."""

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

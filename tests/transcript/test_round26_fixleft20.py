"""The twenty-sixth round's examinations and courts: shapes earlier rounds left in the records of
examinations, trials and hearings."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_chinese_questions_and_answers_with_no_examiner_named_are_the_roles() -> None:
    """ "问："/"答：" under a record's title that names only the witness: the asking and the
    answering roles, as "Q."/"A." are, never two persons called "问" and "答"."""
    tei = tabled_tei("zh-record-wen-da-no-examiner.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["问：", "答：", "问：", "答："]
    assert turn_ids(tei) == ["提问人", "证人", "提问人", "证人"]
    assert texts(tei, "//t:listPerson/t:person/t:persName[not(@type)]") == ["提问人", "证人"]

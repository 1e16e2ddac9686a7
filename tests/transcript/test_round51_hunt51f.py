"""Round 51, hunt51f (East Asian court records): an office alone in brackets over the questions
heads an examination, as the office bare does, and a Chinese record's "称" (states) before a
quoted statement is the record quoting, no one's turn."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_an_office_in_brackets_over_the_questions_heads_the_examination() -> None:
    """A Japanese court's record of a witness's examination sets who asks in brackets over the
    questions ("（検察官）" / "問　…"), again for each examination: a heading, each "問" below a
    turn of its own, that office's, where the bracketed line had taken the first question in."""
    tei = tabled_tei("ja-court-bracketed-examiner.txt")
    assert outside_turns(tei)[-3:] == ["（検察官）", "（弁護人）", "（検察官）"]
    assert turn_paragraphs(tei)[2] == "あなたは事件当日、どこにいましたか。"


def test_an_office_in_brackets_over_its_own_speech_stays_a_label() -> None:
    """The nearest shape that is a label: the bracketed office over its own speech, no question's
    letter below it ("（裁判長）" / "　それでは…"), opens its turn."""
    tei = text_tei(
        "（裁判長）\n　では証人尋問に入ります。\n（検察官）\n問　あなたは被告人を知っていますか。\n"
        "答　はい。\n問　いつからですか。\n答　十年前からです。\n（裁判長）\n　以上で終わります。\n"
    )
    assert turn_speakers(tei) == ["（裁判長）", "問", "答", "問", "答", "（裁判長）"]
    assert turn_ids(tei) == ["裁判長", "検察官", "証人", "検察官", "証人", "裁判長"]


def test_a_statement_read_after_states_is_no_turn() -> None:
    """A Chinese trial's record reads a witness's or the accused's statement after "称"
    ("证人称：" / "“…”", "被告人供称："): the record quoting inside the prosecutor's turn, no
    label, its quotation a paragraph of that turn."""
    tei = tabled_tei("zh-court-quoted-statement.txt")
    assert "“当晚十点左右，我看见被告人拿着木棍追赶被害人。”" in turn_paragraphs(tei)


def test_the_witness_and_a_role_asking_stay_labels() -> None:
    """The nearest labels: the witness's own office ("证人：") and the presiding judge's verb of
    asking ("审判长问："), no verb of stating, open their turns."""
    tei = text_tei("审判长问：证人，你当时在哪里？\n证人：我在店里。\n审判长：继续。\n")
    assert turn_speakers(tei) == ["审判长问：", "证人：", "审判长："]


def test_an_office_spaced_out_printed_once_is_a_label() -> None:
    """A Korean court's record spaces the presiding judge's office out to fill its column
    ("재 판 장 : …"), printed once after an examination's "문 :" / "답 :": the office, joined, opens
    the closing turn."""
    tei = tabled_tei("ko-court-spaced-presiding-once.txt")
    assert turn_paragraphs(tei)[-1] == "변호인, 반대신문 하시겠습니까."


def test_spaced_fields_of_the_head_and_a_note_stay_no_labels() -> None:
    """The nearest shapes that are no label: the head's fields spaced out the same way ("사 건 :",
    "증 인 : 최 영 호") and a spaced note that is no office ("비 고 : …"), each printed once."""
    tei = tabled_tei("ko-court-spaced-presiding-once.txt")
    assert "비 고 : 증인은 증언 중 서류를 열람함" in turn_paragraphs(tei)
    assert "사 건 : 2024고단1187 업무상횡령" in outside_turns(tei)

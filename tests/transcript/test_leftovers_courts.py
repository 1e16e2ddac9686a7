"""Shapes of courts' records other readings left wrong (samples in tests/data/labels/, in the
layouts the real records print, the names invented): a pair's letters set off by one space in a
script without case; a role abbreviated to one ideograph; an examiner's role and name in
full-width brackets alone on a line; a Hebrew protocol's examination headings;
a Chinese role and its holder's name set apart by a space."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, text_tei, turn_ids


def test_a_korean_pair_set_off_by_one_space_gives_each_question_and_answer_a_turn() -> None:
    tei = sample_tei("ko-court-mun-dap-spaced.txt")
    assert tei.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["문", "답"] * 3
    assert turn_ids(tei) == ["질문자", "증인"] * 3  # no one named as asking: the roles
    first = "".join(tei.xpath("//t:sp[1]//t:p//text()", namespaces=NS))
    assert first == "증인은 피고인을 알고 있나요."


def test_a_role_abbreviated_to_one_ideograph_printed_once_is_a_label_of_its_own() -> None:
    tei = sample_tei("zh-court-one-character-roles.txt")
    assert turn_ids(tei) == ["审", "原", "被", "审", "原"]
    defence = "".join(tei.xpath("//t:sp[3]//t:p//text()", namespaces=NS))
    assert defence == "借款属实，但已归还两万元。"
    # an excerpt printing each role once
    once = text_tei("审：现在开庭。\n原：请求判令被告偿还借款。\n被：借款已经归还。\n", "x.txt")
    assert turn_ids(once) == ["审", "原", "被"]


def test_an_examiner_s_role_and_name_in_brackets_over_the_questions_asks_them() -> None:
    ja = sample_tei("ja-court-examiner-bracketed.txt")
    assert turn_ids(ja) == [
        "裁判長",
        "田村",
        "証人",
        "田村",
        "証人",
        "小西",
        "証人",
        "裁判長",
    ]
    zh = sample_tei("zh-court-examiner-bracketed.txt")
    assert turn_ids(zh) == [
        "审判长",
        "赵明",
        "证人",
        "赵明",
        "证人",
        "钱芳",
        "证人",
        "审判长",
    ]
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for tei in (ja, zh)
        for p in tei.xpath("//t:person", namespaces=NS)
    }
    assert (roles["田村"], roles["小西"], roles["赵明"], roles["钱芳"]) == (
        "検察官",
        "弁護人",
        "公诉人",
        "辩护人",
    )
    # the heading is no speech: the first question is the prosecutor's turn under its letter
    assert "".join(zh.xpath("(//t:sp)[2]/t:speaker//text()", namespaces=NS)) == "问："
    assert "".join(zh.xpath("(//t:sp)[2]/t:p[1]//text()", namespaces=NS)) == "你与被告人是什么关系？"


def test_a_hebrew_sworn_line_and_cross_examination_heading_say_who_asks() -> None:
    tei = sample_tei("he-court-examination-heads.txt")
    judge, counsel, witness = "כב-השופטת", "עו-ד-כהן", "משה-אלוני"
    prosecution = "ב-כ-המאשימה"
    assert turn_ids(tei) == [
        judge,
        counsel,
        prosecution,
        witness,
        prosecution,
        witness,
        counsel,  # "חקירה נגדית ע״י עו״ד כהן:": the defence counsel who spoke above
        witness,
        prosecution,  # "חקירה חוזרת", a redirect naming no one: the witness's caller asks again
        witness,
        judge,
    ]
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert heads[1:] == ['חקירה נגדית ע"י עו"ד כהן:', "חקירה חוזרת"]
    # a direct examination's heading alone keeps the caller, a cross-examination's names no one
    headed = text_tei(
        'העד משה אלוני, לאחר שהוזהר כחוק, משיב לשאלות ב"כ המאשימה:\nחקירה ראשית:\n'
        "ש. איפה היית?\nת. בבית.\nש. מי היה איתך?\nת. אשתי.\nחקירה נגדית:\n"
        "ש. האם אתה מכיר את הנאשם?\nת. כן.\nש. ממתי?\nת. מזמן.\n",
        "x.txt",
    )
    # the other side asks, unnamed: the Hebrew word for the one who asks, no person "ש"
    asker = "השואל"
    assert turn_ids(headed) == [prosecution, witness, prosecution, witness, asker, witness, asker, witness]


def test_a_chinese_role_and_name_set_apart_by_a_space_are_the_role_and_the_person() -> None:
    tei = sample_tei("zh-court-role-spaced-name.txt")
    assert turn_ids(tei) == ["李文华", "赵明", "孙强", "李文华"]
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in tei.xpath("//t:person", namespaces=NS)
    }
    assert roles == {"李文华": "chair", "赵明": "公诉人", "孙强": "被告人"}


def test_a_hebrew_court_s_judge_presides_and_counsel_s_title_is_no_forename() -> None:
    for sample in ("he-court-sh-t.txt", "he-court-examination-heads.txt"):
        tei = sample_tei(sample)
        assert tei.xpath("//t:person[@xml:id='כב-השופטת']/@role", namespaces=NS) == ["chair"]
        assert name_parts_of(tei, "עו-ד-כהן") == [("roleName", "honorific", 'עו"ד'), ("surname", None, "כהן")]


def test_an_examiner_s_role_ending_with_a_known_office_heads_the_questions() -> None:
    tei = sample_tei("ja-court-examiner-office-ends.txt")
    assert turn_ids(tei) == ["裁判長", "小西", "証人", "小西", "証人", "山本", "証人"]

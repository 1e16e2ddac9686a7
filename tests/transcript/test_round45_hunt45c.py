"""Press briefings, conferences and interviews, each shape in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): an outlet and its reporter parted by an ideographic
space inside full-width brackets or before the full-width colon; a briefing's question word with
a note in brackets printed first; a question of two paragraphs asking at its last; a title line
whose words after the colon are its date alone; a briefing's question letter set off by a typed
gap before words ending in a colon, or printed once as the excerpt's last label; a reporter's
vocative and topic after a sentence inside the question."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_an_outlet_and_its_reporter_in_brackets_parted_by_an_ideographic_space() -> None:
    """ "【朝日新聞　大森記者】" opens a turn as "【朝日新聞 大森記者】" would, printed as set."""
    root = tabled_tei("ja-mofa-kaiken-outlet-ideographic-space.txt")
    assert "【時事通信 小野寺記者】" in _speakers(root)
    assert any(p.startswith("島嶼国との会談について伺います。") for p in _said(root))


def test_a_heading_in_brackets_parted_by_an_ideographic_space_stays_none() -> None:
    """ "【質疑　応答】" names no office nor person: a heading, no label."""
    root = text_tei(
        "大臣会見記録\n\n【外務大臣】　私から申し上げます。\n\n【質疑　応答】\n\n"
        "【NHK　山川記者】　伺います。\n\n【外務大臣】　はい。\n"
    )
    assert "【質疑 応答】" not in _speakers(root)
    assert "【NHK 山川記者】" in _speakers(root)


def test_an_outlet_and_its_reporter_before_the_full_width_colon() -> None:
    """ "読売新聞　田村記者：" is one label, not "読売新聞" with a speech after its space."""
    root = tabled_tei("ja-kaiken-outlet-ideographic-space-colon.txt")
    assert "ＮＨＫ 木下記者：" in _speakers(root)
    assert "周遊パスの価格はいくらになりますか。" in _said(root)


def test_a_heading_parted_by_an_ideographic_space_before_its_colon_stays_none() -> None:
    """ "質疑　応答：" is no outlet and reporter: no label."""
    root = text_tei("記者会見\n\n知事：始めます。\n\n質疑　応答：以下の通り。\n\n知事：以上です。\n")
    assert _speakers(root) == ["知事：", "知事："]


def test_a_question_word_with_its_note_in_brackets_printed_first() -> None:
    """ "Вопрос (ТАСС):" asks, a named label answers: the pair's word with who asks in brackets."""
    root = tabled_tei("ru-briefing-vopros-note-in-brackets.txt")
    assert _speakers(root)[0] == "Вопрос (ТАСС):"


def test_a_question_word_with_a_note_that_asks_nothing_stays_none() -> None:
    """ "Вопрос (пункт 3): Об утверждении бюджета." of minutes asks nothing, no answer follows."""
    root = text_tei(
        "Протокол заседания комиссии\n\nПредседатель: Начнём.\n\n"
        "Вопрос (пункт 3): Об утверждении бюджета.\n\nПредседатель: Переходим к голосованию.\n"
    )
    assert "Вопрос (пункт 3):" not in _speakers(root)


def test_a_question_of_two_paragraphs_asks_at_its_last() -> None:
    """ "Вопрос: Добрый день! Агентство …" / "Как Вы оцениваете …?" / "А.Н.Громов: …"."""
    root = tabled_tei("ru-presser-question-two-paragraphs.txt")
    assert "Как Вы оцениваете перспективы совместного проекта?" in _said(root)


def test_a_question_word_whose_turn_asks_nothing_stays_none() -> None:
    """The paragraph above the named label ends with no question mark: "Вопрос:" stays a field."""
    root = text_tei(
        "Пресс-конференция\n\nА.Н.Громов: Добрый день.\n\nВопрос: Добрый день! Агентство «Вести».\n\n"
        "Об итогах переговоров.\n\nИ.П.Сидоров: Коллеги, по одному вопросу.\n"
    )
    assert "Вопрос:" not in _speakers(root)


def test_a_title_whose_colon_gives_its_date_alone_is_no_label() -> None:
    """ "PM Press Conference: 16 May 2024" heads the record; the turns under it stay."""
    root = tabled_tei("en-press-conference-title-dated.txt")
    assert "PM Press Conference:" not in _speakers(root)


def test_a_first_label_whose_speech_goes_on_past_a_date_stays() -> None:
    """ "MR SMITH: 16 May 2024 was the day we met." is a speech that opens with a date."""
    root = text_tei(
        "MR SMITH: 16 May 2024 was the day we met, and I remember it well.\n\n"
        "MS JONES: So do I.\n\nMR SMITH: Thank you.\n"
    )
    assert _speakers(root) == ["MR SMITH:", "MS JONES:", "MR SMITH:"]


def test_a_question_letter_set_off_by_a_gap_before_words_ending_in_a_colon() -> None:
    """ "Q    Two quick ones, then:" is the letter's turn, not a label "Q Two quick ones"."""
    root = tabled_tei("en-wh-briefing-question-gap-colon.txt")
    assert "Two quick ones, then:" in _said(root)


def test_a_letter_of_no_pair_set_off_by_a_gap_stays_none() -> None:
    """ "X    Ray results:" opens no question: no letter's turn is read there."""
    root = text_tei(
        "MR. MORENO:  Good afternoon.\n\nX    Ray results: all clear, the doctor said.\n\nMR. MORENO:  Thanks.\n"
    )
    assert "X" not in _speakers(root)


def test_a_question_letter_printed_once_as_the_excerpts_last_label() -> None:
    """ "Q    Thanks for doing the call.  Will …?" after the official's turn, the answer not copied."""
    root = tabled_tei("en-background-call-last-question.txt")
    assert _speakers(root)[-1] == "Q"


def test_a_question_letter_with_one_space_at_the_end_asking_nothing_stays_text() -> None:
    """ "Q Street is closed today." at the end, no gap and no question: the official's words."""
    root = text_tei(
        "MODERATOR:  Thanks, everyone.\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks.  One note.\n\n"
        "Q Street is closed today.\n"
    )
    assert "Q" not in _speakers(root)


def test_a_reporters_vocative_and_topic_inside_the_question_is_no_label() -> None:
    """ "… Thank you. Secretary General, on air defence: when …?" stays the reporter's question."""
    root = tabled_tei("en-nato-press-question-vocative-topic.txt")
    assert any("Secretary General, on air defence: when will" in p for p in _said(root))


def test_a_titled_label_described_in_lower_case_inside_a_line_stays() -> None:
    """ "… Thank you. Mr. Smith, for the Crown: Your Honour …" keeps its form of address: a label."""
    root = text_tei(
        "THE JUDGE: Be seated. Mr. Smith, for the Crown: Your Honour, we are ready to proceed.\n\n"
        "THE JUDGE: Go on.\n"
    )
    assert "Mr. Smith, for the Crown:" in _speakers(root)

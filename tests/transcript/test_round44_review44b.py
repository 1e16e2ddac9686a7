"""The forty-fourth round's review of the interview's dashed questions: a dash opening paragraphs
marks an interviewer's questions only under a head that calls the text an interview; an essay's
or a novel's dashed lines and a speech's dashed points stay their writer's or speaker's words."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_essay_s_dashed_thoughts_open_no_interview() -> None:
    """ "――なぜ、あのとき声をかけなかったのだろう。" / a plain paragraph, three times, under an
    essay's title: no turns, every paragraph the essay's, the dashes kept in the text."""
    root = tabled_tei("ja-essay-dash-monologue.txt")
    assert texts(root, "//t:sp") == []
    assert "――なぜ、あのとき声をかけなかったのだろう。" in texts(root, "//t:body//t:p")


def test_a_chinese_interview_s_dashed_questions_under_its_head_are_the_reporter_s() -> None:
    """ "人物专访｜…" above "——您是哪一年来到这所学校的？" / "二〇〇四年秋天。…": the questions the
    reporter's turns, the paragraphs under them the interviewee's, the closing note a stage."""
    root = tabled_tei("zh-zhuanfang-dash-questions.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["您是哪一年来到这所学校的？"]
    assert texts(root, "(//t:sp)[2]/t:speaker") == []
    assert texts(root, "(//t:sp)[2]/t:p") == ["二〇〇四年秋天。那时学校只有两间教室，三十几个孩子。"]
    assert texts(root, "//t:person/t:persName[1]") == ["记者", "受访者"]


def test_a_novel_s_dashed_dialogue_opens_no_interview() -> None:
    """A Chinese novel's lines of dialogue after a dash ("——你还回来吗？" / narration under it),
    twice, under a chapter's heading: no turns, the narration kept."""
    novel = (
        "第三章\n\n天色已经暗下来了，老王站在村口。\n\n——你还回来吗？\n\n"
        "她没有回答，只是把包背好，朝车站走去。\n\n——我会回来的。\n\n"
        "这是她最后说的一句话。\n"
    )
    root = text_tei(novel)
    assert texts(root, "//t:sp") == []
    assert "——你还回来吗？" in texts(root, "//t:body//t:p")


def test_a_speech_s_dashed_points_open_no_interview() -> None:
    """A Chinese speech printed with no label, its points after a dash each with a stop and a
    comment under it ("——经济运行稳中向好。…" / "这个成绩来之不易，…"): no turns."""
    speech = (
        "在全县经济工作会议上的讲话\n\n今年以来，各项工作取得了新的进展。\n\n"
        "——经济运行稳中向好。全县地区生产总值同比增长百分之六点二。\n\n"
        "这个成绩来之不易，是全县干部群众共同奋斗的结果。\n\n"
        "——民生保障持续加强。新增城镇就业三千二百人。\n\n"
        "同时也要清醒地看到，我们的工作还存在一些不足。\n"
    )
    assert texts(text_tei(speech), "//t:sp") == []


def test_an_interview_s_head_word_in_its_title_is_enough() -> None:
    """The dashes mark questions where the title alone calls the text an interview
    ("特集インタビュー"), with no byline of the interviewer: the two sides' turns."""
    text = (
        "特集インタビュー　町の本屋\n\n――お店を始めたきっかけは何ですか。\n\n"
        "祖父の代からの店を継ぎました。\n\n――これからの目標を教えてください。\n\n"
        "子どもが集まる店にしたいです。\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["――", "――"]
    assert texts(root, "(//t:sp)[2]/t:p") == ["祖父の代からの店を継ぎました。"]

"""The forty-fourth round's fixes of shapes left over: a Japanese interview whose dash marks
the interviewer's questions, the answers plain paragraphs under them."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_interview_s_dashed_questions_are_the_interviewer_s_and_the_answers_the_guest_s() -> None:
    """ "――本日はよろしくお願いします。…" / "はい、よろしくお願いします。…": each question
    the interviewer's turn, its dash the label printed, the paragraph under it the
    interviewee's turn, no label printed; the closing note in brackets stays a stage."""
    root = tabled_tei("ja-interview-dash-questions.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["本日はよろしくお願いします。まず、病院の現状から伺えますか。"]
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("はい、よろしくお願いします。")
    assert texts(root, "(//t:sp)[2]/t:speaker") == []
    assert texts(root, "//t:person/t:persName[1]") == ["聞き手", "話し手"]


def test_a_quotation_after_a_dash_in_labelled_speech_stays_the_speaker_s() -> None:
    """A record with labels whose speaker opens paragraphs with a dash quoting ("――それでよい
    のか。" in a council's turn): the paragraphs stay that speaker's words, no interview."""
    text = (
        "議長（中村一郎君）　ただいまから会議を開きます。\n\n"
        "三番（高橋美咲君）　住民の声を紹介します。\n\n"
        "――このままで町はよいのか。\n\n"
        "こういう声がございます。\n\n"
        "――子どもの遊び場がほしい。\n\n"
        "こうした声にどう応えるのか伺います。\n\n"
        "議長（中村一郎君）　町長。\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == [
        "議長（中村一郎君）",
        "三番（高橋美咲君）",
        "議長（中村一郎君）",
    ]
    assert "――このままで町はよいのか。" in texts(root, "(//t:sp)[2]/t:p")


def test_one_dash_in_prose_or_an_epigraph_s_source_opens_no_interview() -> None:
    """One paragraph opening with a dash ("――そう言って彼は笑った。") in an essay, and an
    epigraph's source after a dash with no stop ("――夏目漱石"), twice: no turns."""
    essay = "町の記憶\n\n古い写真を見ていた。\n\n――そう言って彼は笑った。\n\nその夏は長かった。\n"
    assert texts(text_tei(essay), "//t:sp") == []
    epigraphs = "随筆集\n\n道はまだ続く。\n\n――夏目漱石\n\n雨の日の話。\n\n――森鷗外\n\n本を閉じた。\n"
    assert texts(text_tei(epigraphs), "//t:sp") == []


def test_a_sitting_s_part_alone_in_brackets_between_turns_is_a_heading() -> None:
    """ "《質疑》", "〈討論〉", "【採決】" between a Japanese council's turns, "【质询】" and
    "《表决》" between a Chinese committee's, "【質疑応答】" among labels in the same brackets:
    headings, no paragraph of the turn above nor label of the one below."""
    root = tabled_tei("ja-council-bracket-topic-headings.txt")
    assert texts(root, "//t:head") == ["《質疑》", "〈討論〉", "【採決】"]
    assert not any("質疑》" in para for para in texts(root, "//t:sp/t:p"))
    chinese = tabled_tei("zh-huiyi-bracket-topic-headings.txt")
    assert texts(chinese, "//t:head") == ["【质询】", "《表决》"]
    press = tabled_tei("ja-press-enclosed-topic-heading.txt")
    assert texts(press, "//t:head") == ["【質疑応答】"]


def test_a_title_or_a_name_alone_in_brackets_is_no_such_heading() -> None:
    """A newspaper's title alone in its brackets in a speech ("《人民日报》") stays the speech's
    paragraph; a name in brackets over its speech ("【鈴木】") stays a label."""
    text = (
        "主任：现在开会。\n\n王局长：我先介绍一篇报道。\n\n《人民日报》\n\n"
        "这篇报道讲的是农村公路。\n\n主任：好的，谢谢。\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:head") == []
    assert "《人民日报》" in texts(root, "(//t:sp)[2]/t:p")
    enclosed = text_tei(
        "【裁判長】\n　開廷します。\n【被告人】\n　はい。\n【裁判長】\n　名前を言ってください。\n"
    )
    assert texts(enclosed, "//t:sp/t:speaker") == ["【裁判長】", "【被告人】", "【裁判長】"]

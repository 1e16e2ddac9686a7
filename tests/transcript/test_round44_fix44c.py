"""The forty-fourth round's fixes of shapes left over: a Japanese interview whose dash marks
the interviewer's questions, the answers plain paragraphs under them; a sitting's part alone in
full-width brackets between turns; a Korean office before a slash and its holder after it, a
Japanese label's question or answer mark in brackets; Greenlandic thanks opening a paragraph and
the Faroese offices printed without their accents."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher

_MATCHER = LabelMatcher(default_config())


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


def test_an_office_before_a_korean_slash_is_held_by_the_name_after_it() -> None:
    """ "위원장/홍길동:", "기획재정부장관/김철수:": the office and its holder, each turn the
    holder's, the holder no party; a broadcast's name before the slash and its role after it
    ("김영숙/교장 :") and a Finnish party after a slash ("Annika Saarikko /kesk:") keep theirs."""
    tabled_tei("ko-committee-slashed-office-name.txt")
    chair = _MATCHER.candidate("위원장/홍길동: 회의를 시작하겠습니다.")
    assert chair is not None and (chair.name, chair.held, chair.affiliation) == ("위원장", "홍길동", "")
    minister = _MATCHER.candidate("기획재정부장관/김철수: 네.")
    assert minister is not None and minister.affiliation == ""
    broadcast = _MATCHER.candidate("김영숙/교장 : 네, 맞습니다.")
    assert broadcast is not None and (broadcast.name, broadcast.affiliation) == ("김영숙", "교장")
    member = _MATCHER.candidate("Annika Saarikko /kesk: Arvoisa puhemies!")
    assert member is not None and member.affiliation == "kesk"


def test_a_question_s_or_answer_s_mark_in_brackets_is_no_one_s_name() -> None:
    """ "記者（問）：" and "大臣（答）：" beside "山田太郎（大臣）：": the reporter's turns the
    reporter's, the minister's answer the minister's, no person "問" nor "答"; a party's letter
    in brackets in a script with case stays the label's ("Senator Smith (D):")."""
    tabled_tei("ja-kaiken-bracketed-q-a-marks.txt")
    reporter = _MATCHER.candidate("記者（問）：幹事社から質問します。")
    assert reporter is not None and (reporter.name, reporter.role) == ("記者", None)
    senator = _MATCHER.candidate("Senator Smith (D): Thank you.")
    assert senator is not None and senator.role == "D"


def test_greenlandic_thanks_opening_paragraphs_are_speech_and_the_item_a_heading() -> None:
    """ "Qujanaq. Aamma …" opening paragraphs under a turn, four times: the speaker's thanks,
    no label; "Immikkoortoq 14:" the item, no one's turn; "Siulittaasoq:" the chair."""
    root = tabled_tei("kl-inatsisartut-qujanaq-paragraph.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[1].startswith("Qujanaq. Aamma")
    assert root.xpath("//t:person[@xml:id='siulittaasoq']/@role", namespaces=NS) == ["chair"]
    named = "Siulittaasoq:\nQujanaq. Ane Kleist.\n\nAne Kleist:\nQujanaq.\n\nSiulittaasoq:\nQujanaq.\n"
    assert texts(text_tei(named), "//t:sp/t:speaker") == ["Siulittaasoq:", "Ane Kleist:", "Siulittaasoq:"]


def test_faroese_offices_without_their_accents_are_offices() -> None:
    """ "Formadurin:", "Landsstyrismadur, Jogvan Hansen:", "Landsstyriskvinna, Beinta Olsen:",
    "Mal 3:" as a plain copy prints them: the chair, the ministers' turns their holders', the
    item no turn; the record printed with its accents reads as it did."""
    root = tabled_tei("fo-logting-landsstyrismadur-unaccented.txt")
    assert root.xpath("//t:person[@xml:id='formadurin']/@role", namespaces=NS) == ["chair"]
    assert root.xpath("//t:person[@xml:id='jogvan-hansen']/@role", namespaces=NS) == ["Landsstyrismadur"]
    tabled_tei("fo-logting-landsstyrismadur-name-party.txt")
    tabled_tei("fo-logting-formadurin.txt")

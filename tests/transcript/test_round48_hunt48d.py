"""Shapes of Japanese council, meeting and court records, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): the rostrum's direction naming a seat in
figures ("〔５番　木村由美議員　登壇〕"); a council's labels whose characters an OCR of the page
sets apart by spaces ("○ 議 長 （ 松 井 正 雄 君 ）"); a meeting's head of fields in a block of its
own over turns one a line ("開催日：…" / "住民Ａ：…"); a court's aside indented alone in its
brackets among turns one a line."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers
from stenogram.transcript.reader import _layout


def _stages(root: object) -> list[str]:
    return texts(root, "//t:body//t:stage")  # type: ignore[arg-type]


# 1. The rostrum's direction with the seat's number in figures


def test_rostrum_direction_with_seat_figures_is_a_stage() -> None:
    """ "〔５番　木村由美議員　登壇〕", "〔12番 大西孝議員 退場〕": the hall's events, no turns."""
    root = tabled_tei("ja-shigikai-rostrum-seat-figures.txt")
    stages = _stages(root)
    assert any("５番" in stage and "登壇" in stage for stage in stages)
    assert any("12番" in stage and "退場" in stage for stage in stages)
    assert not any(speaker.startswith("〔") for speaker in turn_speakers(root))


def test_member_speaking_of_the_rostrum_keeps_her_turn() -> None:
    """A member's turn whose speech ends on "登壇" is her turn, its words kept."""
    root = text_tei(
        "○議長（中島健一君）　５番木村由美議員。\n"
        "◆５番（木村由美議員）　議長のお許しを得て、３番議員に続いて登壇\n"
        "○議長（中島健一君）　教育長。\n"
    )
    assert turn_speakers(root) == ["○議長（中島健一君）", "◆５番（木村由美議員）", "○議長（中島健一君）"]
    assert "議長のお許しを得て、３番議員に続いて登壇" in turn_paragraphs(root)


# 2. A council's labels letter-spaced by OCR after the circle


def test_letter_spaced_labels_are_read_set_close() -> None:
    """ "○ 議 長 （ 松 井 正 雄 君 ）　ただいまから…": the chair's label, set close; the speech kept."""
    root = tabled_tei("ja-kengikai-ocr-letter-spaced-labels.txt")
    assert turn_paragraphs(root)[0] == "ただいまから本日の会議を開きます。"
    assert "（ 拍 手 ）" in _stages(root)


def test_letter_spaced_heading_without_circle_stays_as_printed() -> None:
    """Headings spaced out with no circle before them, alone or with words after an ideographic
    space, are no labels: given as printed."""
    root = text_tei(
        "令 和 ４ 年 ９ 月 定 例 会\n\n"
        "○議長（松井正雄君）　ただいまから本日の会議を開きます。\n"
        "日 程 第 一　議案第五号\n"
        "○議長（松井正雄君）　以上で終わります。\n"
    )
    assert turn_speakers(root) == ["○議長（松井正雄君）", "○議長（松井正雄君）"]
    assert any("日 程 第 一 議案第五号" in para for para in turn_paragraphs(root))  # spaces collapsed


# 3. A head's fields in a block of their own over turns one a line


def test_fields_block_over_turns_one_a_line() -> None:
    """ "開催日：…" / "会場：…" / "議題：…" in a block over "座長：…" / "住民Ａ：…": the turns are
    read one a line, the fields no turns."""
    root = tabled_tei("ja-kondankai-head-fields-block.txt")
    assert "見守り訪問の回数はどのように決めているのですか。" in turn_paragraphs(root)
    assert not any(speaker.startswith(("開催日", "会場", "議題")) for speaker in turn_speakers(root))


def test_wrapped_paragraphs_between_blank_lines_stay_so() -> None:
    """Paragraphs hard-wrapped between blank lines, one line cut over a line with a full-width
    colon inside a sentence, are still read as paragraphs between blank lines."""
    text = (
        "市の予算について\n\n"
        "本年度の予算は、前年度と比べて大きく増えましたが、その主な理由は\n"
        "福祉の費用が増えたことにあります。市は次のように説明しています。\n"
        "説明：高齢者の数が増えたため、介護の費用が毎年増えております。\n\n"
        "一方で、道路や橋の修繕の費用は、前年度と比べて少し減っており、\n"
        "計画の見直しが必要だという意見も、議会の中から出されています。\n"
    )
    assert _layout(text.split("\n")) == "blank-line"


def test_english_fields_block_keeps_its_layout() -> None:
    """A block of fields with the ASCII colon over turns is read as before: only a full-width
    colon's label below makes a line tell nothing."""
    text = (
        "CITY OF ELM GROVE - REGULAR COUNCIL MEETING\n\n"
        "Clerk: Jane Roe\n"
        "Place: Council Chamber\n\n"
        "MAYOR DAVIS: The clerk will read the motion. It says:\n"
        '"That the council adopt the budget for the next fiscal year as amended\n'
        "MR. HILL: Second.\n"
    )
    assert _layout(text.split("\n")) == "blank-line"


# 4. A court's aside indented alone in its brackets


def test_indented_aside_does_not_make_turns_wrapped() -> None:
    """ "　　（被告人、証言台の前に移動）" among turns one a line of like length: each line its
    paragraph, the aside a stage in the judge's turn."""
    root = tabled_tei("ja-court-kouhan-indented-aside.txt")
    assert "（被告人、証言台の前に移動）" in _stages(root)
    assert turn_paragraphs(root)[-1] == "まだしていません。"


def test_indented_first_lines_of_wrapped_paragraphs_stay_wrapped() -> None:
    """Hard-wrapped paragraphs whose first lines are indented are still wrapped: an indented
    line that is no aside in brackets is a paragraph's first."""
    lines = [
        "　本年度の予算は前年度と比べて大きく増えたが、その主な理由は福祉",
        "の費用が増えたことにあると市は説明しており、議会もこれを認めた",
        "ところである。今後も同様の傾向が続くと見込まれている。",
        "　一方で、道路や橋の修繕の費用は前年度と比べて少し減っており、計",
        "画の見直しが必要だという意見も、議会の中から多く出されている。",
        "この点については、次の定例会で改めて審議される予定である。",
    ]
    assert _layout(lines) != "line"
    root = text_tei("\n".join(lines) + "\n")
    assert not root.xpath("//t:sp", namespaces=NS)

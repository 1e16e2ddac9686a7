"""Reading: encodings, line ends, NFC, page furniture and paragraph layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from label_samples import TURN_IDS, sample_tei, turn_ids
from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import decode, read_source

RUSSIAN = "КАГАНОВИЧ. Товарищи, речи Бухарина и Рыкова (Шум в зале).\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RUSSIAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), "utf-8-sig"),
        (RUSSIAN.encode("utf-16"), "utf-16"),
        (RUSSIAN.encode("utf-16-le"), "utf-16-le"),
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (RUSSIAN.encode("koi8_r"), "koi8_r"),
    ],
)
def test_cyrillic_is_decoded_in_every_common_encoding(data: bytes, encoding: str) -> None:
    text, found = decode(data, "x.txt")
    assert text.lstrip("\ufeff") == RUSSIAN
    assert found == encoding


def test_latin1_text_is_decoded() -> None:
    text, _ = decode("Mr. MÜLLER: Ça va très bien, merci.\n".encode("latin-1"), "x.txt")
    assert "MÜLLER" in text and "très" in text


@pytest.mark.parametrize("data", [b"", b"  \n\n", b"\x00\x01\x02\x03binary\x00"])
def test_empty_or_binary_input_is_refused_with_the_file_name(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "bad.txt") if data.strip() else read_source(data, "bad.txt", load_config())
    assert info.value.location.file == "bad.txt"


def test_crlf_cr_and_nfc_are_normalised() -> None:
    decomposed = "Е\u0308ЖОВ. Да.\r\n\r\nСТАЛИН. Нет.\rВОРОШИЛОВ. Так."
    source = read_source(decomposed.encode("utf-8"), "x.txt", load_config())
    texts = [" ".join(t for _, t in p.lines) for p in source.paragraphs]
    assert texts[0] == "ЁЖОВ. Да."
    assert source.paragraphs[1].lines == [(3, "СТАЛИН. Нет."), (4, "ВОРОШИЛОВ. Так.")]


def test_a_minus_sign_after_a_labels_stop_is_its_dash() -> None:
    """The European Parliament's reports of 2007 to 2009 set a minus sign for the dash after a
    label's stop ("Tomasz Wilk, im Namen der PSE-Fraktion. − Herr Präsident!"): read as the en dash
    of the other years, every label is one; a minus sign elsewhere on a line stays."""
    tei = sample_tei("de-ep-cre-minus-dash.txt")
    assert turn_ids(tei) == TURN_IDS["de-ep-cre-minus-dash.txt"]
    source = read_source("Der Präsident. − Der Wert fiel um − 3 Punkte.\n".encode(), "x.txt", load_config())
    assert source.paragraphs[0].lines == [(1, "Der Präsident. – Der Wert fiel um − 3 Punkte.")]


def test_web_furniture_is_removed_and_listed_with_line_numbers() -> None:
    text = "Header Ads\n\nHome | Archive | Contact\n\nSTALIN. Yes.\n\nNo comments\n\nPowered by Blogger."
    source = read_source(text.encode(), "x.txt", load_config())
    assert [(f.line, f.text, f.pattern) for f in source.furniture] == [
        (1, "Header Ads", "web-ad"),
        (3, "Home | Archive | Contact", "navigation"),
        (7, "No comments", "blog-footer"),
        (9, "Powered by Blogger.", "blog-footer"),
    ]
    assert [p.lines for p in source.paragraphs] == [[(5, "STALIN. Yes.")]]


def test_project_gutenberg_wrapper_is_removed() -> None:
    text = (
        "The Project Gutenberg eBook of A Doll's House\n\nThis eBook is for the use of anyone.\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK A DOLL'S HOUSE ***\n\nNORA.\nHello.\n\n"
        "*** END OF THE PROJECT GUTENBERG EBOOK A DOLL'S HOUSE ***\n\nSection 1. General Terms of Use.\n"
    )
    source = read_source(text.encode(), "x.txt", load_config())
    assert [line for p in source.paragraphs for line in p.lines] == [(7, "NORA."), (8, "Hello.")]
    assert {f.pattern for f in source.furniture} == {"gutenberg-header", "gutenberg-licence"}
    assert any(f.text.startswith("This eBook") for f in source.furniture)


def test_furniture_patterns_come_from_the_configuration(tmp_path) -> None:
    config_file = tmp_path / "stenogram.toml"
    config_file.write_text("[[furniture.line]]\nname = 'archive-stamp'\npattern = 'RGASPI stamp.*'\n")
    source = read_source(b"RGASPI stamp 17\n\nSTALIN. Yes.\n", "x.txt", load_config(config_file))
    assert [(f.text, f.pattern) for f in source.furniture] == [("RGASPI stamp 17", "archive-stamp")]


@pytest.mark.parametrize(
    ("text", "layout", "paragraphs"),
    [
        ("STALIN. One.\n\nMOLOTOV. Two\nwrapped.\n\nSTALIN. Three.\n", "blank-line", 3),
        (
            "Title\n\nSTALIN. One sentence that is long enough.\nMOLOTOV. Two sentences, also long enough here.\nSTALIN. Three sentences, that are long enough.\nMOLOTOV. Yes.\n",
            "line",
            5,
        ),
        # short turns one a line under a title block (an excerpt, a web copy): a Korean line
        # is as long as its columns, each character two
        (
            "국회 본회의 회의록\n\n의장: 개의하겠습니다.\n김철수 의원: 질문드리겠습니다.\n장관: 답변드리겠습니다.\n",
            "line",
            4,
        ),
        (
            "خبرگزاری خانه ملت\n۱۴۰۲/۰۸/۲۴\n\nرئیس ـ جلسه رسمی است.\nعلیرضا سلیمی ـ آقای رئیس، تذکر دارم.\nرئیس ـ بفرمایید.\n",
            "line",
            5,
        ),
        # a label with its colon alone above its speech, each turn a block: the blank lines
        # divide, however short the speeches (the label's line ends no sentence of a turn)
        (
            "Title\n\nForseti (Anna Jónsdóttir):\nFundur er settur.\n\nKatrín Jakobsdóttir forsætisráðherra:\n„Forseti Íslands gjörir kunnugt:\n\nAð ég veiti umboð.\n",
            "blank-line",
            4,
        ),
        # a label alone on its line above its speech, each turn a block: the blank lines divide
        ("Title\n\nجناب ڈپٹی اسپیکر\nبسم اللہ الرحمن الرحیم۔\n\nخواجہ محمد آصف\nشکریہ۔\n", "blank-line", 3),
    ],
)
def test_layout_is_detected(text: str, layout: str, paragraphs: int) -> None:
    source = read_source(text.encode(), "x.txt", load_config())
    assert (source.layout, len(source.paragraphs)) == (layout, paragraphs)


@pytest.mark.parametrize(
    ("text", "layout", "starts"),
    [
        # hard-wrapped lines with no blank line between paragraphs: one cut mid-sentence wraps on
        (
            "KAGANOVICH. Comrades, the speeches of both Rykov and Bukharin are more like\n"
            "the last words of the defendants at the trial than the speeches at the\n"
            "plenum of the Party's Central Committee.\n"
            "KAGANOVICH. The headquarters of the leadership of our party and country has\n"
            "gathered here; you need to give political reasons if you want to be freed.\n",
            "wrapped",
            [1, 4],
        ),
        # a council's record pasted one paragraph a line, each a sentence or two of like length:
        # every line ends a sentence, so each is a paragraph (wrapped text is cut mid-sentence)
        (
            "Council President Juarez: Thank you. Will the clerk please read item 1 into the record.\n"
            "Clerk: Agenda item 1, Council Bill 120345, relating to the Department of Transportation.\n"
            "Council President Juarez: Councilmember Pedersen, you are recognized for your remarks.\n"
            "Councilmember Pedersen: Thank you, Madam President. This bill accepts a grant from the state.\n",
            "line",
            [1, 2, 3, 4],
        ),
    ],
)
def test_lines_without_blank_lines_are_wrapped_only_where_cut_mid_sentence(
    text: str, layout: str, starts: list[int]
) -> None:
    source = read_source(text.encode(), "x.txt", load_config())
    assert source.layout == layout
    assert [p.line for p in source.paragraphs] == starts


def test_running_heads_beside_page_numbers_are_furniture() -> None:
    text = (
        "КУЙБЫШЕВ. Что касается Госплана, то\n\n43\n\nСТЕНОГРАММА ЗАСЕДАНИЯ ПОЛИТБЮРО\n\n"
        "его данные устарели.\n\nСТАЛИН. Верно.\n\n44\n\nСТЕНОГРАММА ЗАСЕДАНИЯ ПОЛИТБЮРО\n\nКУЙБЫШЕВ. Да.\n"
    )
    source = read_source(text.encode(), "x.txt", load_config())
    assert [(f.line, f.pattern) for f in source.furniture] == [
        (3, "page-number"),
        (5, "running-head"),
        (11, "page-number"),
        (13, "running-head"),
    ]


def test_a_running_head_with_its_page_number_on_the_line_is_furniture() -> None:
    """A hearing transcript heads each page with the committee and the page number at the right
    margin; the same words numbered upwards are furniture, a vote's tally is not."""
    text = (
        "COMMITTEE ON PARKS AND RECREATION              4\n\n"
        "            CHAIRPERSON KIM:  Good morning.\n\n"
        "COMMITTEE ON PARKS AND RECREATION              5\n\n"
        "            COUNCIL MEMBER RUIZ:  Thank you.\n\n"
        "Members voting in favour      12\n\nMembers voting in favour      9\n"
    )
    source = read_source(text.encode(), "x.txt", load_config())
    assert [(f.line, f.pattern) for f in source.furniture] == [(1, "running-head"), (5, "running-head")]


def test_older_gutenberg_endings_and_credits_are_furniture() -> None:
    text = (
        "Produced by Distributed Proofreaders\n\nKING. Sir, I am here.\n\n"
        "End of the Project Gutenberg EBook of The Trial of Charles I\n\nSection 1.\n"
    )
    source = read_source(text.encode(), "x.txt", load_config())
    assert [(f.line, f.pattern) for f in source.furniture] == [
        (1, "gutenberg-credit"),
        (5, "gutenberg-licence"),
        (7, "gutenberg-licence"),
    ]


def test_an_indented_first_line_starts_a_paragraph_where_no_blank_line_does() -> None:
    source = read_source(
        (Path(__file__).parents[1] / "data" / "labels" / "en-congress-indented.txt").read_bytes(),
        "cr.txt",
        load_config(),
    )
    texts = [" ".join(text for _, text in para.lines) for para in source.paragraphs]
    assert texts[1:3] == [
        "Mr. HARRIS. Mr. Speaker, point of privilege.",
        "The SPEAKER pro tempore (Mr. Long). The gentleman may state an inquiry.",
    ]
    assert len(texts) == 5


def test_a_hanging_indent_keeps_its_paragraph_whole() -> None:
    text = "MR. SMITH: I rise to speak\n    about the budget of the city\n    and of the state.\n"
    source = read_source(text.encode(), "hang.txt", load_config())
    assert len(source.paragraphs) == 1


def test_a_word_hyphenated_at_a_lines_end_goes_on_below_in_capitals_too() -> None:
    # one sentence a line, as a PDF's copy gives it: the agenda item's heading in CAPITALS is
    # one paragraph, its word cut at the line's end ("ЧИСТО-" / "ТАТА"), not two
    text = (
        "ПРЕДСЕДАТЕЛ Иван Петров: Има кворум. Откривам заседанието.\n"
        "Продължаваме с точка първа за днешния ден:\n"
        "ВТОРО ГЛАСУВАНЕ НА ЗАКОНОПРОЕКТА ЗА ИЗМЕНЕНИЕ НА ЗАКОНА ЗА ЧИСТО-\n"
        "ТАТА НА АТМОСФЕРНИЯ ВЪЗДУХ.\n"
        "Вносител – Министерският съвет.\n"
    )
    source = read_source(text.encode(), "bg.txt", load_config())
    assert source.layout == "line"
    assert [[line for _, line in para.lines] for para in source.paragraphs][2] == [
        "ВТОРО ГЛАСУВАНЕ НА ЗАКОНОПРОЕКТА ЗА ИЗМЕНЕНИЕ НА ЗАКОНА ЗА ЧИСТО-",
        "ТАТА НА АТМОСФЕРНИЯ ВЪЗДУХ.",
    ]
    tei = convert_text(text, "bg.txt").tei.decode()
    assert tei.count("<sp ") == 1 and "<speaker>ТАТА" not in tei

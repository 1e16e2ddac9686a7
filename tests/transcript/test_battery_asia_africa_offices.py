"""Short excerpts of courts and councils of Asia and Africa (samples in tests/data/labels/, the
names invented) whose office or form of address before a name is printed once: a Korean court's
defence counsel, a Georgian council's deputy mayor, a Cambodian council's deputy governor, a Hausa
court's plaintiff and defendant, a Philippine council's members after the Honourable abbreviated;
and a head's date in figures with the year first (Korean, Japanese, the Iranian solar year)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts


@pytest.mark.parametrize(
    ("sample", "label", "speech"),
    [
        pytest.param(
            "ko-court-counsel-lawyer-once.txt",
            "변호인 변호사 서지아:",
            "공소사실을 모두 인정하고",
            id="ko-defence-counsel",
        ),
        pytest.param(
            "ka-sakrebulo-deputy-mayor.txt",
            "მერის მოადგილე თამარ ჯაფარიძე:",
            "გმადლობთ კითხვისთვის.",
            id="ka-deputy-mayor",
        ),
        pytest.param(
            "km-council-deputy-governor.txt",
            "អភិបាលរង លោកស្រី ម៉ម សុគន្ធា ៖",
            "សូមអរគុណ។ គម្រោង",
            id="km-deputy-governor",
        ),
        pytest.param(
            "ha-kotu-parties-once.txt",
            "Wanda ake kara Bello Kabiru:",
            "Gaskiya ne na karba",
            id="ha-defendant",
        ),
    ],
)
def test_an_office_printed_once_before_a_name_opens_its_own_turn(
    sample: str, label: str, speech: str
) -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei(sample)
    turn = tei.xpath("//t:sp[t:speaker = $label]", label=label, namespaces=NS)[0]
    assert texts(turn, "t:p")[0].startswith(speech)
    # the speech above no longer holds the office's words
    assert not any(label.rstrip(":៖ ") in p for p in texts(tei, "//t:p"))


def test_a_philippine_council_s_abbreviated_honourable_is_part_of_the_member_s_label() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("tl-sanggunian-kgg-honourable.txt")
    # no heading of its own for the abbreviation above each member's turn
    assert texts(tei, "//t:head") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        pytest.param(
            "第12回定例会会議録\n2024/03/05\n\n議長：開会します。\n事務局長：報告します。\n",
            "2024-03-05",
            id="ja-slashed",
        ),
        pytest.param(
            "공 판 조 서\n2023. 9. 12.\n\n재판장: 개정합니다.\n검사: 네, 진술하겠습니다.\n",
            "2023-09-12",
            id="ko-dotted",
        ),
        pytest.param(
            "صورتجلسه شورا\nتاریخ: ۱۴۰۲/۱۲/۱۵\n\nرئیس شورا: جلسه رسمی است.\nمنشی: بله، آقای رئیس.\n",
            "2024-03-05",
            id="fa-solar",
        ),
        pytest.param(
            "محضر الجلسة\nالتاريخ: 1445/09/02\n\nرئيس المجلس: أفتتح الجلسة.\nالكاتب العام: النصاب متوفر.\n",
            "",
            id="ar-lunar-no-date",
        ),
    ],
)
def test_a_date_in_figures_with_the_year_first_dates_the_setting(text: str, when: str) -> None:
    # a year before the modern ones is the solar calendar's in Persian, no date in Arabic
    tei = text_tei(text)
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == when

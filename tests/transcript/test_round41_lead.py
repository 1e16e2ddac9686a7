"""A company's general meeting in Japanese and Chinese: the board's offices before a holder's name
set off by a space (`専務取締役 高橋誠：`, `董事长 王建国：`) or inside the chair's brackets
(`議長（社長　川口誠）`), and a report of what an office said
that ends on a verb of saying (`社長は次のように述べた：`, `장관은 다음과 같이 말했다:`), which names no
speaker (invented samples; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_board_s_office_before_its_holder_is_a_label_printed_once() -> None:
    """Each board member speaks once; the office before the name is what makes the label."""
    root = tabled_tei("ja-kabunushi-sokai-office-name.txt")
    assert "監査役 中村美香：" in texts(root, "//t:sp/t:speaker")


def test_an_office_reported_saying_something_is_the_turn_s_narration() -> None:
    """ "社長は次のように述べた：" opens with the president's office and ends on "said": the
    director's turn goes on through it."""
    root = tabled_tei("ja-kabunushi-sokai-office-name.txt")
    paragraphs = texts(root, "//t:sp[t:speaker='専務取締役 高橋誠：']/t:p")
    assert any(p.startswith("社長は次のように述べた：") for p in paragraphs)


def test_a_korean_report_of_a_minister_s_words_names_no_speaker() -> None:
    """The Korean verb of saying at the end of the words before the colon: narration."""
    root = text_tei(
        "회의록\n\n의장: 개회합니다.\n\n장관은 다음과 같이 말했다: 검토하겠습니다.\n\n김철수 의원: 반대합니다.\n",
        "ko.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["의장:", "김철수 의원:"]


def test_the_chair_s_bracket_names_its_holder_after_his_own_office() -> None:
    """ "議長（代表取締役社長 佐藤健一）": the chair is the president named after his office, a
    space between: the person is 佐藤健一, chairing, not the office's word."""
    root = tabled_tei("ja-kabunushi-sokai-office-name.txt")
    chair = root.xpath("//t:person[@xml:id='佐藤健一']", namespaces=NS)[0]
    assert chair.get("role") == "chair"

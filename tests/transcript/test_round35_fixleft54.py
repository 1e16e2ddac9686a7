"""Shapes of Asian scripts the blind batteries had left: Thai labels under a line that ends in a
figure, a Thai member's name and office alone on its line, Armenian labels ending in the
comma-like mark, and a Japanese official's label alone over a speech the wrap cut after a comma,
each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts


def test_thai_labels_inside_a_block_under_a_figure_open_turns() -> None:
    """ "ประธานฯ : … ปี 2567" / "ผู้ถือหุ้น (นางสาวพิมพ์ใจ แสงทอง) : … ร้อยละ 40" / "ผู้จัดการฝ่ายบัญชี : …":
    a Thai sentence ends with no stop, a figure as its last word; the labels under such lines open
    their turns, the shareholder the person her parentheses name."""
    root = tabled_tei("th-agm-inner-colon-after-figure.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["ขอทราบว่าอัตราการจ่ายเงินปันผลคิดเป็นร้อยละ 40"]
    assert texts(root, "//t:sp[3]/t:p") == ["เป็นไปตามนโยบายที่กำหนดไว้ไม่ต่ำกว่าร้อยละ 40"]
    assert root.xpath("//t:person[@xml:id='นางสาวพิมพ์ใจ-แสงทอง']/@role", namespaces=NS) == ["ผู้ถือหุ้น"]


def test_a_thai_member_s_name_and_office_alone_is_a_label() -> None:
    """ "นางสาวมยุรี ทองคำ สมาชิกสภาเทศบาล" alone over "- ถนนสาย…": the form of address joined to the
    forename, the surname and the office after it; the office is the member's role, not her name."""
    root = tabled_tei("th-tessaban-member-name-office-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["- ถนนสายบ้านนาดีถึงบ้านโคกมีหลุมบ่อจำนวนมาก ขอให้เร่งซ่อมแซมค่ะ"]
    ident = "นางสาวมยุรี-ทองคํา"
    assert root.xpath(f"//t:person[@xml:id='{ident}']/@role", namespaces=NS) == ["สมาชิกสภาเทศบาล"]
    assert ("surname", None, "ทองคำ") in name_parts_of(root, ident)


def test_a_thai_sentence_of_three_words_alone_is_no_label() -> None:
    """ "นายกเทศมนตรี" / "- …" beside a line of three spaced words that open with no form of address
    and end with no office ("ขอบคุณ ทุกท่าน ครับ"): the line stays the speech's."""
    root = text_tei(
        "ประธานสภาฯ\n- ขอเชิญนายกเทศมนตรีชี้แจงครับ\nนายกเทศมนตรี\n- ขอชี้แจงว่าได้ดำเนินการแล้วครับ\n"
        "ขอบคุณ ทุกท่าน ครับ\n- ดำเนินการต่อไปครับ\n",
        "th.txt",
    )
    assert "ขอบคุณ ทุกท่าน ครับ" not in texts(root, "//t:sp/t:speaker")


def test_armenian_labels_ending_in_the_comma_like_mark_open_turns() -> None:
    """ "Համայնքի ղեկավար՝ …", "Ավագանու անդամ Գոհար Սարգսյան՝ …", "Աշխատակազմի քարտուղար՝ …": the
    mark ends the label as a colon would; inside the speech ("Ավտոբուսը՝ առավոտյան …") it stays."""
    root = tabled_tei("hy-avagani-comma-mark-label.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Ավտոբուսը՝ առավոտյան ժամը ութին, չի հասնում վերին թաղամաս։"]
    assert texts(root, "//t:sp[3]/t:p") == ["Երթուղին կերկարացվի հաջորդ ամսից։"]


def test_an_armenian_sentence_with_the_mark_after_its_first_word_opens_no_turn() -> None:
    """ "Համայնքի ղեկավար՝ …" then a line of the chair's speech "Այսօր՝ հունիսի հինգին, …": one word
    in Mixed case before the mark, printed once, a sentence going on in lower case, is the speech's."""
    root = text_tei(
        "Համայնքի ղեկավար՝ Բարի երեկո։ Նիստը բացված է։\n\n"
        "Այսօր՝ հունիսի հինգին, քննարկում ենք բյուջեն։\n\n"
        "Ավագանու անդամ Գոհար Սարգսյան՝ Համաձայն եմ։\n",
        "hy.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Համայնքի ղեկավար՝", "Ավագանու անդամ Գոհար Սարգսյան՝"]
    assert texts(root, "//t:sp[1]/t:p")[-1] == "Այսօր՝ հունիսի հինգին, քննարկում ենք բյուջեն։"


def test_a_japanese_label_alone_over_a_speech_cut_after_a_comma_opens_a_turn() -> None:
    """ "○道路整備課長（南雲理沙）" / "　　…についてでありますが、": the first line under the label ends
    with the ideographic comma after a long clause, a sentence the wrap cut; the official's turn
    opens, not a line of the chair's speech."""
    root = tabled_tei("ja-kengikai-alone-speech-wrapped-comma.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("についてでありますが、")
    assert texts(root, "//t:sp[1]/t:p") == [
        "ただいまから建設常任委員会を開会します。本日は、所管事項の説明を受けます。"
    ]
    assert not root.xpath("//t:sp[1]/t:p[contains(., '○道路整備課長')]", namespaces=NS)


def test_an_answer_s_letter_under_the_witness_s_oath_is_the_witness_s_label() -> None:
    """ "(PW5 sworn in Cantonese)" / "A. I am a delivery driver …" beside "COURT:" and "MS HO:": the
    line brings the witness in, and the answer's letter printed once under it, its question left
    out of the excerpt, opens the witness's turn."""
    root = tabled_tei("en-hk-court-affirmed-answer-once.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["I am a delivery driver for a logistics company in Kwai Chung."]
    assert texts(root, "(//t:sp)[2]/t:p") == ["My Lord, the prosecution calls PW5."]


def test_an_answer_s_letter_printed_once_under_no_oath_is_no_label() -> None:
    """ "MS HO: … calls PW5." / "A. I am a driver …" with no line bringing the witness in: a lone
    letter stays the speech's, as before."""
    root = text_tei(
        "COURT: Yes, Ms Ho.\nMS HO: My Lord, the prosecution calls the next witness.\n"
        "A. I am a delivery driver in Kwai Chung.\nCOURT: Please continue.\n",
        "hk.txt",
    )
    assert "A." not in texts(root, "//t:sp/t:speaker")

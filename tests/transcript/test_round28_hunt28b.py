"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_papers_title_in_book_title_marks_before_the_office_is_the_label() -> None:
    """ "《东方晨报》记者：", "〈海港周刊〉记者：": the reporter named by the paper's title in
    book-title marks opens a turn, printed once; "《联合声明》指出：…" opening the spokesman's
    answer is his sentence, kept in his turn."""
    root = tabled_tei("zh-press-outlet-title-marks.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["据报道，有关国家将举行联合演习。中方对此有何回应？"]
    assert texts(root, "//t:sp[5]/t:p") == [
        "《联合声明》指出：各方应通过对话解决分歧。我们一贯支持这一立场。"
    ]
    assert root.xpath("//t:person[@xml:id='东方晨报-记者']", namespaces=NS)


def test_an_acronym_and_office_with_stop_and_dash_first_is_the_label_not_an_office_alone() -> None:
    """ "ԱԺ նախագահ Գարեգին Մելքոնյան.- Նիստը բացված է, …" opening the excerpt, printed once:
    the chair's label and speech on one line, never a whole line read as an office alone (the
    letters before it taken for an article) and lost."""
    root = tabled_tei("hy-azgayin-acronym-office-once.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Նիստը բացված է, խոսքը պատգամավորինն է"]


def test_a_line_ending_with_the_armenian_full_stop_is_no_office_alone() -> None:
    """ "ԱԺ նախագահ Ալեն Սարգսյան.- Հարգելի գործընկերներ, նիստը բացված է։": the Armenian full stop
    ends the speech's sentence as "." does; the line is a label and its speech, the first turn."""
    root = text_tei(
        "ԱԺ նախագահ Ալեն Սարգսյան.- Հարգելի գործընկերներ, նիստը բացված է։\n"
        "Պատգամավոր Անի Պողոսյան.- Շնորհակալություն, պարոն նախագահ։ Ունեմ հարց։\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["ԱԺ նախագահ Ալեն Սարգսյան.-", "Պատգամավոր Անի Պողոսյան.-"]


def test_by_court_before_its_words_is_the_courts_label_not_a_byline() -> None:
    """ "BY COURT: The accused is in court. …" under the record's head, and "BY COURT: Case
    adjourned to …" last: the court speaking, a turn each; neither the document's author (a
    byline's "By X") nor a closing line of the record."""
    root = tabled_tei("en-ng-court-by-court-xx.txt")
    assert not root.xpath("//t:author", namespaces=NS)
    assert texts(root, "(//t:sp)[last()]/t:p") == ["Case adjourned to 14th May for continuation of hearing."]


def test_xx_by_counsel_heads_the_cross_examination() -> None:
    """ "XX BY DEFENCE COUNSEL:" over "Q. …" / "A. …": a judge's note that counsel cross-examines,
    a heading; the questions are that counsel's, the first of them a turn of its own."""
    root = tabled_tei("en-ng-court-by-court-xx.txt")
    assert "XX BY DEFENCE COUNSEL:" in texts(root, "//t:head")
    assert texts(root, "(//t:sp)[4]/t:p") == ["Were you at the market on the day in question?"]


def test_the_speaker_thanked_after_bw_or_bi_is_no_label_inside_the_speech() -> None:
    """ "Asante Bw. Spika. Naomba kuwasilisha hoja …", "Asante sana Bi. Naibu Spika. Naunga …":
    Kiswahili's abbreviated Bwana and Bibi before the office leave the sentence open, as "Mr."
    does; the chair addressed is no turn of the chair's inside the member's speech."""
    root = tabled_tei("sw-ke-kaunti-bw-spika-midline.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Asante Bw. Spika. Naomba kuwasilisha hoja hii kuhusu maji safi katika wadi yangu."
    ]


def test_an_office_and_name_after_a_marker_before_a_one_word_answer_is_label_and_speech() -> None:
    """ "○시장 한지호 네.", "○교육감 윤가람 예.": after the marker the office and the name set off by
    one space are the label, the one word after them the answer; the line is no name alone
    with its stop, printed once."""
    root = tabled_tei("ko-siuihoe-one-word-answer.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["네."]
    assert texts(root, "//t:sp[7]/t:p") == ["예."]


def test_a_titled_name_a_dash_and_a_company_role_before_the_colon_is_one_label() -> None:
    """ "Mr. Harish Chandra Mehta - Shareholder:", "Mrs. Farida Contractor - Company Secretary:":
    a name under its form of address, a spaced dash and a role of a few capitalised words up to
    the colon are one label, printed once, the role the person's; not a label cut at the dash
    with "Shareholder:" left to open the speech."""
    root = tabled_tei("en-in-agm-dash-roles.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Sir, congratulations")
    roles = root.xpath("//t:person[@xml:id='mrs-farida-contractor']/@role", namespaces=NS)
    assert roles == ["Company Secretary"]

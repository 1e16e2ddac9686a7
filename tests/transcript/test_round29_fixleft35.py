"""Shapes earlier rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): courts' offices printed once, degrees before a name, a seat in numerals."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, texts


def test_a_vietnamese_trials_offices_printed_once_open_turns() -> None:
    """ "Luật sư bào chữa: Thưa Hội đồng xét xử, …", "Đại diện Viện kiểm sát: Vào khoảng …",
    "Chủ tọa phiên tòa: Mời …", each printed once: the defence counsel, the procuracy's
    representative and the presiding judge, whose syllables in lower case are the office's, no
    sentence's; each opens its turn, no paragraph of the turn above."""
    root = tabled_tei("vi-toa-luat-su-bao-chua-once.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Mời đại diện Viện kiểm sát công bố bản cáo trạng."]
    assert texts(root, "//t:sp[3]/t:p") == ["Bị cáo xin thành khẩn khai báo và xin lỗi người bị hại."]
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("Thưa Hội đồng xét xử, tôi đề nghị")


def test_a_degree_and_its_faculty_open_a_label_printed_once() -> None:
    """ "lic. iur. Corinne Stalder: Herr Präsident, …", printed once with no office: the degree
    in lower case and its faculty open the label, no paragraph of the chair's turn above with
    the name's turn after it; both words are forms of address, no forenames."""
    root = tabled_tei("de-ch-stadtrat-lic-iur-once.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Wir kommen zum Traktandum 4, Kreditvorlage Schulhaus Rainweg."]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Herr Präsident, namens der Kommission")
    assert name_parts_of(root, "lic-iur-corinne-stalder") == [
        ("roleName", "honorific", "lic."),
        ("roleName", "honorific", "iur."),
        ("forename", None, "Corinne"),
        ("surname", None, "Stalder"),
    ]


def test_a_sentence_ended_after_a_title_is_still_ended() -> None:
    """ "… Mr. Rees? MR. REES: …" and "… was only 12 mm. THE CHAIRMAN: …": a question mark after a
    titled name, and a unit after a number, still end the sentence before the next label; only a
    short word in lower case with its stop after a degree's stop is the degree's faculty."""
    root = text_tei(
        "THE CHAIRMAN: We begin with the drought. Mr. Rees? MR. REES: Thank you. It fell to 12 mm. "
        "THE CHAIRMAN: Dr. med. Brunner, you agree? DR. BRUNNER: I do.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN:", "MR. REES:", "THE CHAIRMAN:", "DR. BRUNNER:"]


def test_austrian_academic_titles_are_forms_of_address() -> None:
    """ "Mag.a Sonja Riegler:", "DI Dr. Hans Moser:", each printed once with no office: the
    master's degree with its feminine ending and the graduate engineer in capitals are titles of
    the person, no forename and no particle of the surname."""
    root = tabled_tei("de-at-landtag-academic-titles-once.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Wir auch."]
    assert name_parts_of(root, "mag-a-sonja-riegler") == [
        ("roleName", "honorific", "Mag.a"),
        ("forename", None, "Sonja"),
        ("surname", None, "Riegler"),
    ]
    assert name_parts_of(root, "di-dr-hans-moser")[:2] == [
        ("roleName", "honorific", "DI"),
        ("roleName", "honorific", "Dr."),
    ]


def test_a_seat_in_kanji_numerals_after_the_ideographic_zero_is_a_label() -> None:
    """ "〇四十八番（山田太郎君）　私は、…": the ideographic zero is the marker, the seat in kanji
    numerals and the member in brackets the label, no number opening a line of the chair's
    speech; a numeral after the zero that no seat's counter and bracket follow stays no marker."""
    root = tabled_tei("ja-council-kanji-seat-inline.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("私は、市立病院の経営について質問いたします。")
    assert texts(root, "//t:sp[1]/t:p") == ["日程第１、一般質問を行います。四十八番山田太郎君。"]


def test_a_one_character_role_among_questions_and_answers_opens_a_turn() -> None:
    """ "问：…" / "答：…" / "审：被告人，你对证人刚才的证言有无异议？" / "答：没有异议。": the judge
    abbreviated to one character, printed once below the believed questions and answers, is a
    role among the turns, no paragraph of the witness's answer above."""
    root = tabled_tei("zh-court-qa-judge-letter.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["我妻子可以证明。"]
    assert texts(root, "//t:sp[5]/t:p") == ["被告人，你对证人刚才的证言有无异议？"]


def test_a_japanese_examinations_kind_and_examiner_head_the_questions() -> None:
    """ "主尋問（検察官）" / "問　あなたは、…" / "答　自宅にいました。" … "反対尋問（弁護人）" / "問　…":
    the heading names the examination's kind and its examiner in brackets; it is no label over
    the first question, and the questions below are the prosecutor's, then the defence's."""
    root = tabled_tei("ja-court-examination-kind-heading.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["あなたは、令和５年３月５日の夜、どこにいましたか。"]
    assert texts(root, "(//t:sp)[5]/t:p") == ["その夜、被告人と会いましたか。"]
    assert "主尋問（検察官）" not in texts(root, "//t:sp/t:speaker")


def test_a_label_in_capitals_cut_by_a_wrap_inside_a_flattened_line_is_read_whole() -> None:
    """ "… and I thank you. THE MINISTER OF" / "FINANCE (SHRI A. B. SHARMILA): Sir, …": the wrap
    cut the office after a sentence inside the flattened turn; the label is the office whole with
    its holder, no heading "THE MINISTER OF" over a label "FINANCE (…)"."""
    root = tabled_tei("en-in-lok-sabha-wrap-cut-office-flattened.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Sir, I rise to support the Bill, and I thank you."]
    assert texts(root, "//t:head") == []


def test_a_members_name_cut_by_a_wrap_before_the_seat_and_dash_is_read_whole() -> None:
    """ "… Buyurun Sayın Gürkan. SELMA" / "GÜRKAN (Bursa) – Sayın Başkan, …", a copy with no blank
    lines: the forename the wrap left on the chair's line is the member's label's, not the end of
    the chair's speech, and the member is named whole."""
    root = tabled_tei("tr-tbmm-wrap-cut-name-flattened.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Teşekkür ederim. Söz sırası Bursa Milletvekili Selma Gürkan'da. Buyurun Sayın Gürkan."
    ]


def test_an_office_and_its_holder_in_capitals_over_the_speech_is_a_label() -> None:
    """ "KETUA: ARIEF WIRASENA" / "Sidang dalam Perkara …", "KUASA HUKUM PEMOHON: DIMAS PRAKOSO" /
    "Terima kasih, …": an office, its colon and the holder in CAPITALS over a speech in Mixed case,
    two offices or more so printed, are labels (the holder the person, the office the role), no
    headings over paragraphs of no one's."""
    root = tabled_tei("id-mk-office-holder-capitals-unnumbered.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Terima kasih, Yang Mulia. Kami hadir sebagai kuasa hukum Pemohon."
    ]
    assert texts(root, "//t:person[@xml:id='arief-wirasena']/t:persName[1]") == ["Arief Wirasena"]


def test_a_witness_heading_with_one_office_over_the_oath_stays_a_heading() -> None:
    """ "SVJEDOK: IVAN HORVAT" / "Upozoren je na dužnost govorenja istine." twice, one office for
    each witness, the court's labels bare ("SUDAC:"): the witness's heading, no turn of his over
    the narration of the oath."""
    root = text_tei(
        "SVJEDOK: IVAN HORVAT\nUpozoren je na dužnost govorenja istine.\nSUDAC: Gdje ste bili?\n"
        "SVJEDOK: Kod kuće.\nSVJEDOK: ANA KOVAČ\nUpozorena je na dužnost govorenja istine.\n"
        "SUDAC: Poznajete li optuženika?\nSVJEDOK: Ne poznajem.\n"
    )
    assert "SVJEDOK: ANA KOVAČ" not in texts(root, "//t:sp/t:speaker")
    assert texts(root, "//t:sp/t:speaker") == ["SUDAC:", "SVJEDOK:", "SUDAC:", "SVJEDOK:"]

"""Shapes of the trial records of East, South and South-East Asia, each in an invented sample
(labels in turns.toml, persons in ids.toml): a Philippine examination's heading naming the
prosecutor by title, an Indian deposition's particulars and its "ON S.A." line, a Chinese
judgment's and an Indonesian verdict's section openers, the Vietnamese procuracy's delegate in
initials, a Malaysian witness's line "SP2: …, affirmed", a Chinese bench's roll listing two
judges on one line, the abbreviated examination headings of Hong Kong ("XXN BY MR LAU:") and an
Indian court's numbered questions ("Q.1")."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_an_examination_heading_naming_the_prosecutor_by_title_is_no_label() -> None:
    """ "DIRECT EXAMINATION BY PROSECUTOR ABELLA:": a heading, its examiner asks the questions
    below; the first "Q:" opens its own turn."""
    root = tabled_tei("en-ph-rtc-direct-by-fiscal.txt")
    assert "DIRECT EXAMINATION BY PROSECUTOR ABELLA:" in texts(root, "//t:head | //t:p")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Mr. Witness, what is your work?"]


def test_the_prosecutors_title_before_a_speech_stays_a_label() -> None:
    """ "FISCAL SANTOS: …", "PROSECUTOR ABELLA: …": the prosecutor speaking, no heading."""
    root = text_tei(
        "COURT: Call your witness.\nFISCAL SANTOS: We call Maria Cruz, your honor.\n"
        "PROSECUTOR ABELLA: The prosecution rests.\nCOURT: Noted.\n"
    )
    assert speakers(etree.tostring(root)) == ["COURT:", "FISCAL SANTOS:", "PROSECUTOR ABELLA:", "COURT:"]


def test_a_depositions_particulars_and_solemn_affirmation_are_no_labels() -> None:
    """ "Occupation: Tailoring" among the witness's particulars and "ON S.A." under them: the
    deposition's head, no turn."""
    root = tabled_tei("en-in-deposition-fields-on-sa.txt")
    body = texts(root, "//t:p | //t:head")
    assert "Occupation: Tailoring" in body
    assert "ON S.A." in body


def test_on_oath_inside_a_sentence_stays_speech() -> None:
    """A sentence opening "On oath …" is no heading: the speech keeps it."""
    root = text_tei(
        "Q. Did you say so before?\nAns. On oath I said the same thing.\nQ. When?\nAns. In May.\n"
    )
    assert speakers(etree.tostring(root)) == ["Q.", "Ans.", "Q.", "Ans."]
    assert "On oath I said the same thing." in texts(root, "//t:p")


def test_a_judgments_charges_and_pleas_are_no_labels() -> None:
    """ "原告诉称：", "被告辩称：", "公诉机关指控：": a judgment's account of what a party
    claims, no turn."""
    root = tabled_tei("zh-court-judgment-charges.txt")
    assert any(text.startswith("被告辩称：借款属实") for text in texts(root, "//t:p"))
    root = text_tei("公诉机关指控：2021年5月，被告人盗窃电动车一辆。\n经审理查明：\n被告人盗窃属实。\n")
    assert speakers(etree.tostring(root)) == []


def test_the_parties_of_a_civil_hearing_stay_labels() -> None:
    """ "原告：", "被告：": the parties speaking in a hearing's record, no verb of saying glued."""
    root = text_tei(
        "审判员：原告陈述诉讼请求。\n原告：请求判令被告还款。\n被告：我已经还了一部分。\n审判员：有证据吗？\n"
    )
    assert speakers(etree.tostring(root)) == ["审判员：", "原告：", "被告：", "审判员："]


def test_an_indonesian_verdicts_considerations_and_ruling_are_no_labels() -> None:
    """ "Menimbang, bahwa … sebagai berikut:", "Mengingat, …:", "MENGADILI:": a verdict's
    considerations and its ruling's heading, no turns."""
    root = tabled_tei("id-pn-putusan-menimbang.txt")
    assert "MENGADILI:" in texts(root, "//t:p | //t:head")


def test_an_indonesian_trials_labels_stay_beside_a_considering_word() -> None:
    """The court's labels in capitals stay labels; a speech opening "Menimbang" stays its speech."""
    root = text_tei(
        "HAKIM KETUA: Sidang dibuka.\nJAKSA: Kami siap membacakan tuntutan.\n"
        "HAKIM KETUA: Silakan.\nJAKSA: Menimbang bukti yang ada, kami menuntut satu tahun.\n"
    )
    assert speakers(etree.tostring(root)) == ["HAKIM KETUA:", "JAKSA:", "HAKIM KETUA:", "JAKSA:"]


def test_the_procuracys_delegate_in_initials_is_a_label() -> None:
    """ "Đại diện VKS:" (the people's procuracy's delegate), "Hội đồng xét xử:" (the trial panel)."""
    tabled_tei("vi-toa-dai-dien-vks.txt")


def test_the_procuracy_named_in_a_sentence_stays_speech() -> None:
    """ "Đại diện VKS giữ nguyên …" with no colon: narration of a news report, no label."""
    root = text_tei(
        "Chủ tọa: Mời đại diện Viện kiểm sát.\nĐại diện VKS giữ nguyên quan điểm truy tố.\n"
        "Bị cáo: Bị cáo xin giảm nhẹ.\n"
    )
    assert "Đại diện VKS giữ nguyên quan điểm truy tố." in " ".join(texts(root, "//t:p"))
    assert "Đại diện VKS:" not in speakers(etree.tostring(root))


def test_a_malaysian_witness_affirmed_is_the_examinations_witness() -> None:
    """ "SP2: Lance Koperal Azman bin Yusof, affirmed in Malay.": the prosecution's witness, who
    answers the questions below, no label."""
    root = tabled_tei("en-my-noe-sp-affirmed.txt")
    assert any(text.startswith("SP2: Lance Koperal") for text in texts(root, "//t:p | //t:head"))


def test_a_numbered_witness_speaking_stays_a_label() -> None:
    """ "SP2: Saya bersumpah …": the witness's oath in his own words, a turn."""
    root = text_tei(
        "Hakim: Sila panggil saksi seterusnya.\nTPR: Pihak pendakwaan memanggil SP2.\n"
        "SP2: Saya bersumpah akan memberi keterangan yang benar.\nHakim: Teruskan.\n"
    )
    assert speakers(etree.tostring(root)) == ["Hakim:", "TPR:", "SP2:", "Hakim:"]


def test_a_bench_roll_listing_two_judges_is_the_head() -> None:
    """ "审判员：吴某、郑某" among the roll's lines, one a paragraph: the head, as the clerk's
    line under it ("书记员：孙某") is; the clerk speaks below."""
    root = tabled_tei("zh-court-roll-two-judges.txt")
    assert "审判员：吴某、郑某" in texts(root, "//t:front//t:p")
    assert "书记员：孙某" in texts(root, "//t:front//t:p")


def test_an_office_listing_parties_is_a_turn() -> None:
    """ "审判长：请原告、被告入座" opening the record: the judge's words, no roll's line."""
    root = text_tei("审判长：请原告、被告入座\n原告：好的。\n被告：好。\n审判长：现在开庭。\n")
    assert speakers(etree.tostring(root)) == ["审判长：", "原告：", "被告：", "审判长："]


def test_an_abbreviated_examination_heading_names_the_examiner() -> None:
    """ "XXN BY MR LAU:", "RXN BY MS CHEUNG:": the cross- and re-examination's headings, their
    counsel asking the questions below."""
    root = tabled_tei("en-hk-court-xxn-by-counsel.txt")
    assert "XXN BY MR LAU:" in texts(root, "//t:head | //t:p")


def test_counsel_speaking_after_an_abbreviated_heading_stays_a_label() -> None:
    """ "MR LAU: …" with its speech, under the heading: counsel's turn."""
    root = text_tei(
        "XN BY MR LAU:\nQ.  Where do you live?\nA.  In Tai Po.\nMR LAU:  Nothing further.\nCOURT:  Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["Q.", "A.", "MR LAU:", "COURT:"]


def test_a_numbered_question_is_the_questions_label() -> None:
    """ "Q.1 It is in evidence against you …" / "Ans. It is false.": the questions put to the
    accused, numbered; the number stays in the printed label, the court's examiner asks."""
    root = tabled_tei("en-in-313-numbered-questions.txt")
    assert texts(root, "(//t:sp)[1]/t:p")[0].startswith("It is in evidence against you")


def test_a_numbered_answers_letter_opens_no_label() -> None:
    """ "A.1 Scope of the work" under "Q." and "A." turns: a section's number, no answer."""
    root = text_tei(
        "Q. Did you prepare the report?\nA. Yes.\nQ. What does it say?\nA. It has two parts.\n"
        "A.1 Scope of the work and the sites visited in March.\n"
    )
    assert speakers(etree.tostring(root))[:4] == ["Q.", "A.", "Q.", "A."]
    assert any("A.1 Scope of the work" in text for text in texts(root, "//t:p"))

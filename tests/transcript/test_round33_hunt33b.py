"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_an_abbreviated_learned_before_counsel_stays_in_the_label() -> None:
    """ "Ld. Counsel for the Petitioner: I do, Sir. …", an Indian tribunal's counsel printed once:
    the abbreviation's stop ends no sentence, so the whole is the label and no paragraph "Ld."
    is left in the bench's turn above."""
    root = tabled_tei("en-in-tribunal-learned-counsel.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Who appears for the financial creditor?"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("I do, Sir.")


def test_a_marathi_honourable_abbreviated_opens_a_councillor_printed_once() -> None:
    """ "मा. नगरसेविका सौ. वैशाली कुलकर्णी : …" between "मा. महापौर :" and "मा. आयुक्त :": the
    abbreviated honourable is the label's, the woman councillor's office an office, her turn
    her own and the mayor's speech above keeps no "मा."."""
    root = tabled_tei("mr-corporation-honourable-abbreviated.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["सभेचे कामकाज सुरू करू. विषय क्रमांक २ वर चर्चा सुरू करावी."]


def test_a_barangay_captain_abbreviated_before_his_name_is_one_label() -> None:
    """ "Kap. Villanueva: Magandang gabi po …": the captain's abbreviation and his name are one
    label, as the councillors' "Kgd. Ocampo:" are; his speech does not open with his name."""
    root = tabled_tei("fil-barangay-captain-abbreviated.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Magandang gabi po sa lahat. Simulan na natin ang ating pulong."]


def test_a_georgian_member_printed_once_with_a_title_is_a_label() -> None:
    """ "პროფესორი ლევან ჩიქოვანი: ვფიქრობ, …" between "თავმჯდომარე:" and "რექტორი:": three
    words in a script without case, none of Georgian's commonest, printed once beside believed
    offices, open the professor's turn; the chair's speech above keeps four paragraphs apart."""
    root = tabled_tei("ka-university-senate-member-once.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["ვფიქრობ, ახალი პროგრამის დამტკიცება უნდა გადავდოთ."]


def test_a_georgian_sentence_ending_in_a_colon_stays_a_speech() -> None:
    """ "მე მინდა ვთქვა შემდეგი: …" inside a member's speech: its commonest words make it a
    sentence, no label, though it is as long as a name and its title."""
    root = text_tei(
        "თავმჯდომარე: სხდომას ვხსნით.\nრექტორი: გმადლობთ.\nმე მინდა ვთქვა შემდეგი: პროგრამა მზადაა.\n"
        "თავმჯდომარე: კენჭს ვუყრით.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["თავმჯდომარე:", "რექტორი:", "თავმჯდომარე:"]


def test_a_telugu_ward_member_printed_once_is_a_label() -> None:
    """ "వార్డు సభ్యురాలు శ్రీమతి లక్ష్మి: …" between the sarpanch's and the secretary's
    offices: a member printed once in a script without case opens her turn."""
    root = tabled_tei("te-gram-sabha-member-once.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["ఐదవ వార్డులో రోడ్డు పూర్తిగా పాడైపోయింది."]


def test_a_somali_chair_in_the_definite_form_before_a_dash_is_an_office() -> None:
    """ "Guddoomiyaha – Kulanka waa furan yahay. …", first and last: the chair's office in the
    definite form opens both turns, no surname of a person."""
    root = tabled_tei("so-council-chair-definite-dash.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Kulanka waa furan yahay. Ajandaha koowaad waa biyaha."]
    assert not root.xpath("//t:person[@xml:id='guddoomiyaha']//t:surname", namespaces=NS)


def test_a_universitys_dean_printed_once_by_office_is_a_label() -> None:
    """ "學務長：本處已徵詢…" after a member's wrapped speech: the dean of students' office alone
    opens his turn; the member's speech keeps its wrapped line."""
    root = tabled_tei("zh-university-senate-deans.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "本案修正宿舍管理辦法，建議增列夜間門禁的例外，以利學生參加實驗課程。"
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["本處已徵詢學生會意見，多數支持增列。"]


def test_a_communes_abbreviated_committee_before_its_unit_is_an_office() -> None:
    """ "Đ/c Phó Chủ tịch UBND xã: Công trình …": the committee abbreviated and the unit's word
    in lower case are the office's body, no sentence; the vice-chair's turn is hers."""
    root = tabled_tei("vi-commune-council-ubnd-office.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Công trình đã được phê duyệt, dự kiến khởi công tháng 9."]


def test_applause_glued_between_a_seats_label_and_its_speech_is_a_stage() -> None:
    """ "○12番（川口恵美君）（拍手）おはようございます。…": the seat and its bracket are the
    label, the applause glued after it a stage of the member's speech."""
    root = tabled_tei("ja-kengikai-seat-applause-glued.txt")
    assert texts(root, "//t:sp[2]//t:stage") == ["（拍手）"]
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("県道の渋滞対策について伺います。")


def test_a_note_in_brackets_glued_to_no_seat_stays_a_speech() -> None:
    """ "○議事日程（第３号）（続）" alone: a heading of the agenda, its brackets no seat's; no
    turn opens on it."""
    root = text_tei(
        "○議事日程（第３号）（続）\n"
        "○議長（西村和彦君）　ただいまから会議を開きます。\n○知事（藤田正之君）　お答えいたします。\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["○議長（西村和彦君）", "○知事（藤田正之君）"]


def test_a_retired_judges_note_before_the_chairs_name_is_part_of_the_label() -> None:
    """ "היו"ר השופטת (בדימ') רחל אלמוג:" alone on its line over the speech, first and last: the
    note in brackets is the rank's, no role ending the label; the chair's turns are hers."""
    root = tabled_tei("he-inquiry-retired-judge-chair.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["בוקר טוב. אנחנו ממשיכים בעדות. בבקשה, עורך הדין."]
    assert texts(root, "//t:sp[4]/t:p") == ["נעשה הפסקה קצרה."]

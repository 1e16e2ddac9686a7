"""Shapes of real records earlier batteries left misread, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): labels in curly braces, after a hyphen
glued to the speech or before the Arabic semicolon, a starred question's numbers before the
member's label; and a news page's headline quoting an office, which is none."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts


def test_a_label_in_curly_braces_opens_its_turn() -> None:
    """ "{Hon. Speaker}: Hon. Members, …" / "{Deputy Clerk (Ms. Jane Wambui)}; Order No. 3 …": a
    county assembly's verbatim report prints each label in curly braces before its colon or
    OCR's semicolon, the braces printed with it; the clerk's office is her role."""
    root = tabled_tei("en-kenya-county-assembly-braced.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Hon. Members, we have a quorum. Clerk, call the first Order."]
    assert texts(root, "//t:sp[2]/t:p") == ["Order No. 3, Statements."]


def test_a_note_or_event_in_curly_braces_opens_no_turn() -> None:
    """ "{Hon. Speaker (Hon. X) in the Chair}", "{Applause}": the chair's note and the hall's event
    in braces, no colon after them, are no label."""
    text = (
        "{Hon. Speaker (Hon. Peter Kamau) in the Chair}\n\n"
        "{Hon. Speaker}: Order.\n\n"
        "{Applause}\n\n"
        "{Hon. Speaker}: Order, Hon. Members.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["{Hon. Speaker}:", "{Hon. Speaker}:"]
    assert "{Applause}" in texts(root, "//t:sp[1]/*")


def test_a_headline_quoting_an_office_over_its_article_is_no_turn() -> None:
    """ "Minister: \"No new taxes\"" / "The Finance Minister, Anne Roberts, told …": a news page's
    headline on an excerpt's first line, a few words with no final stop after the office, the
    office named again in the article's prose and no other label, is no record's turn."""
    for sample in (
        "en-news-headline-office-quoted.txt",
        "ar-news-headline-office.txt",
        "he-news-headline-office-quoted.txt",
    ):
        root = sample_tei(sample)
        assert texts(root, "//t:sp/t:speaker") == [], sample
        assert len(texts(root, "//t:body//t:p")) >= 2, sample
    text = (
        'Minister: "No new taxes"\n\n'
        "London - Staff reporter\n\n"
        "The Finance Minister, Anne Roberts, told reporters on Monday that the budget would include no\n"
        "new taxes.\n"
    )
    assert texts(text_tei(text, "en.txt"), "//t:sp/t:speaker") == []


def test_an_office_s_only_turn_with_its_speech_stays_a_turn() -> None:
    """ "Minister: I thank the honourable member …": an excerpt of one turn, the office's speech
    ended by its stop, is the minister's turn; so is a headline-like line where a second label
    answers it."""
    text = (
        "Minister: I thank the honourable member for her question. There will be no new taxes in\n"
        "this budget and the deficit will be met from savings.\n"
    )
    assert texts(text_tei(text, "en.txt"), "//t:sp/t:speaker") == ["Minister:"]
    text = (
        "Minister: No new taxes\n\n"
        "Mr. Speaker: The Minister has answered. The member for Eastfield.\n\n"
        "Ms. Okafor: Will the Minister publish the figures?\n"
    )
    assert texts(text_tei(text, "en.txt"), "//t:sp/t:speaker") == ["Minister:", "Mr. Speaker:", "Ms. Okafor:"]


def test_an_office_or_a_saluting_surname_before_a_dash_alone_stays_a_label() -> None:
    """ "BAŞKAN – Sayın milletvekilleri, …", "GALLI — Signor Presidente, …": the chair's office, or
    a surname whose speech addresses the chair, is a label though the excerpt prints no other."""
    text = (
        "BAŞKAN – Sayın milletvekilleri, Türkiye Büyük Millet Meclisinin 41'inci Birleşimini açıyorum.\n"
        "Toplantı yeter sayısı vardır, görüşmelere başlıyoruz.\n"
    )
    assert texts(text_tei(text, "tr.txt"), "//t:sp/t:speaker") == ["BAŞKAN –"]
    text = "GALLI — Signor Presidente, annuncio il voto favorevole del mio gruppo sul provvedimento.\n"
    assert texts(text_tei(text, "it.txt"), "//t:sp/t:speaker") == ["GALLI —"]
    text = "VASSEUR — Je le conteste fermement.\n"
    assert texts(text_tei(text, "fr.txt"), "//t:sp/t:speaker") == ["VASSEUR —"]


def test_a_hard_wrapped_speech_under_its_office_printed_once_stays_a_turn() -> None:
    """ "Minister: I thank the honourable member for her question and" / "…": the first line of a
    hard-wrapped speech has no final stop and the office may come again in the speech, but it is
    as long as the wrapped lines below it, no headline over an article."""
    text = (
        "Minister: I thank the honourable member for her question and\n"
        "for the notice she gave of it. The Minister has said before that\n"
        "there will be no new taxes in this budget.\n"
    )
    assert texts(text_tei(text, "en.txt"), "//t:sp/t:speaker") == ["Minister:"]


def test_a_starred_question_s_numbers_stay_in_the_member_s_label() -> None:
    """ "1. ( *क्र. 412 ) श्री रमेश प्रजापति : क्या …": a state assembly's list of starred questions
    prints the item's number and the register's before the member asking; printed numbers stay
    in the label, no paragraph of their own above the turn."""
    root = tabled_tei("hi-vidhan-sabha-starred-question-number.txt")
    assert texts(root, "//t:div/t:p") == ["प्रश्नोत्तर"]
    assert texts(root, "//t:sp[3]/t:p") == ["क्या यह सच है कि विद्यालय भवन अधूरा है ?"]


def test_a_numbered_item_with_a_bracket_and_no_label_stays_the_text() -> None:
    """ "1. (Ref. 2231) The application was withdrawn by the applicant.": an agenda's item with its
    reference in brackets and a sentence after it opens no turn."""
    text = (
        "Chair: We move to the planning items.\n\n"
        "1. (Ref. 2231) The application was withdrawn by the applicant before the meeting.\n\n"
        "Cllr Hale: Noted.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Cllr Hale:"]


def test_a_hyphen_glued_between_a_caseless_label_and_its_speech_ends_the_label() -> None:
    """ "अध्यक्ष महोदय-माननीय सदस्य …" / "श्री रमेश प्रजापति-अध्यक्ष महोदय, …": a Hindi record's PDF
    copy glues the label's hyphen to the speech; the chair's office, or a form of address with a
    forename and surname, and the hyphen are the label."""
    root = tabled_tei("hi-vidhan-sabha-pdf-hyphen-glued.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["माननीय सदस्य कृपया अपना प्रश्न पूछें ।"]


def test_a_compound_s_hyphen_opening_a_line_opens_no_turn() -> None:
    """ "मंत्री-परिषद की बैठक …", "श्री राम-जानकी मंदिर …", "सामाजिक-आर्थिक …": a compound's hyphen
    after an office's or a name's one word is the speech's."""
    text = (
        "अध्यक्ष महोदय : माननीय सदस्य अपना प्रश्न पूछें ।\n\n"
        "श्री रमेश प्रजापति : अध्यक्ष महोदय, मेरा प्रश्न यह है ।\n"
        "मंत्री-परिषद की बैठक में यह निर्णय हुआ था ।\n"
        "श्री राम-जानकी मंदिर का जीर्णोद्धार कब होगा ?\n"
        "सामाजिक-आर्थिक सर्वेक्षण की रिपोर्ट कब आएगी ?\n\n"
        "अध्यक्ष महोदय : मंत्री जी उत्तर दें ।\n"
    )
    root = text_tei(text, "hi.txt")
    assert texts(root, "//t:sp/t:speaker") == ["अध्यक्ष महोदय :", "श्री रमेश प्रजापति :", "अध्यक्ष महोदय :"]


def test_the_arabic_semicolon_set_off_after_an_office_is_its_label_s_colon() -> None:
    """ "رئيس المحكمة ؛ هل المتهم حاضر ؟" / "المحامي ؛ نعم …": a court's record prints the Arabic
    semicolon for each label's colon, no label printed otherwise; the semicolon inside a speech
    stays the speech's."""
    root = tabled_tei("ar-mahkama-arabic-semicolon.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["نعم سيدي الرئيس، موكلي حاضر ؛ وقد أحضرنا الشهود ."]


def test_an_arabic_semicolon_in_prose_opens_no_turn() -> None:
    """ "أعلنت وزارة المالية أن العجز تراجع ؛ …", "الوزير أكد ذلك ؛ …": a sentence before the mark,
    or an office and its verb inside a speech, is no label."""
    text = (
        "الرئيس: الكلمة للسيد الوزير.\n\n"
        "النائب سالم الخطيب: الوزير أكد ذلك ؛ وأضاف أن التمويل متوفر.\n"
        "أعلنت وزارة المالية أن العجز تراجع ؛ وأكد الوزير أن الإصلاحات مستمرة.\n\n"
        "الرئيس: شكرا.\n"
    )
    root = text_tei(text, "ar.txt")
    assert texts(root, "//t:sp/t:speaker") == ["الرئيس:", "النائب سالم الخطيب:", "الرئيس:"]

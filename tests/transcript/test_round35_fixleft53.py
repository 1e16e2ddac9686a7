"""The last rounds' batteries' misses in Latin and Cyrillic script: OCR's comma or semicolon for
a label's stop, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_ocr_s_comma_after_the_chair_s_office_believed_with_its_stop() -> None:
    """ "M. le président, La parole est à M. Duvernoy." / … / "M. le président. Je consulte …":
    the chair's first label with a comma for its stop opens the chair's turn, no paragraph
    before the body."""
    root = tabled_tei("fr-senat-ocr-comma-chair-stop.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["La parole est à M. Duvernoy."]
    assert root.xpath("//t:div/t:p", namespaces=NS) == []


def test_ocr_s_comma_after_an_office_alone_before_a_salutation() -> None:
    """ "Министр путей сообщения, Господа члены Государственной Думы, …" beside "Председатель.":
    the office printed once, alone with its portfolio in lower case, is the minister's label."""
    root = tabled_tei("ru-duma-ocr-comma-office-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Господа члены Государственной Думы, ведомство не возражает против поправки."
    ]


def test_ocr_s_semicolon_after_a_name_in_capitals_under_a_believed_form_of_address() -> None:
    """ "El señor LASARTE MIRALLES; Pido la palabra." beside "El señor ORDUÑA.": a name in
    CAPITALS printed once after the record's `El señor`, a semicolon for its stop, asking for
    the floor, is the member's label."""
    root = tabled_tei("es-cortes-ocr-semicolon-name-capitals.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Pido la palabra."]


def test_a_vocative_of_the_chair_after_a_form_of_address_stays_the_speech() -> None:
    """ "Mr. Speaker, I rise to oppose …" beside "Mr. Speaker. The question is …": a form of
    address right before the chair's office with a comma is the member's vocative, no label."""
    text = (
        "Mr. HALVORSEN. Mr. Speaker, I rise to oppose the amendment.\n"
        "Mr. Speaker, I ask that my remarks be printed in the Record.\n"
        "Mr. Speaker. The question is on the amendment.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp[1]/t:p")[1].startswith("Mr. Speaker, I ask")


def test_an_office_set_off_by_a_clause_s_commas_stays_the_speech() -> None:
    """ "The Minister, I believe, has not read it." / "Министр юстиции, Иван Петрович, …": an
    office and a comma before a clause set off by commas or before a name is a sentence of
    the speech, no label printed once."""
    text = (
        "Mr. HALVORSEN. The report was tabled last week.\n"
        "The Minister, I believe, has not read it.\n"
        "Mr. OKAFOR. That is not so.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Mr. HALVORSEN.", "Mr. OKAFOR."]
    text = (
        "Председатель. Слово принадлежит Орлову.\n"
        "Орлов. Господа, вопрос не новый.\n"
        "Министр юстиции, Иван Петрович Сомов, уже отвечал на него.\n"
    )
    root = text_tei(text, "ru.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Председатель.", "Орлов."]


def test_an_unnamed_shareholder_with_an_indefinite_article_speaks_his_turn() -> None:
    """ "Un actionnaire individuel : Bonjour. Le dividende …" / "A shareholder: Will the dividend
    …": a company meeting's shareholder the record does not name, printed once with an
    indefinite article, is a person of the hall with his own turn."""
    root = tabled_tei("fr-assemblee-generale-actionnaire-unnamed.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Bonjour. Le dividende sera-t-il versé en juin cette année ?"]
    text = (
        "Chairman Ross: We now take questions from the floor.\n\n"
        "A shareholder: Will the dividend be paid in June?\n\n"
        "Chairman Ross: Yes, on the twelfth.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Chairman Ross:", "A shareholder:", "Chairman Ross:"]


def test_a_member_s_bilingual_seat_letters_after_a_name_alone_on_its_line() -> None:
    """ "Carys Pritchard AS/MS" / "Welcome back. …" / "Gethin Llewellyn AS/MS" / …: the Senedd's
    Welsh and English letters of a member joined by a slash end a label alone on its line, the
    member's honorific; the first, under the committee's heading, is a speaker, no title."""
    root = tabled_tei("en-senedd-committee-member-seat-letters-alone.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Welcome back. We move now to our second panel on the future of rural bus services."
    ]
    assert texts(root, "//t:person[1]/t:persName/t:roleName") == ["AS/MS"]

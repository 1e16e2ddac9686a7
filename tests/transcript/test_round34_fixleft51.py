"""Labels' leftovers: a line of speech reporting an office's words with a verb of saying, OCR's
semicolon after a surname alone, a German change of chair in a sentence of its own, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_office_s_verb_of_saying_on_a_speech_line_reports_its_words() -> None:
    """ "COUNCILLOR BRENNAN: Thank you, Mayor. At the last meeting I asked …" / "The Mayor said:
    we will take it up under item four, …": the office's label elsewhere prints no verb, so the
    line with its verb of saying reports the mayor's words inside the councillor's turn."""
    root = tabled_tei("en-council-office-said-speech-line.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Thank you, Mayor. At the last meeting I asked about the road works on Elm Street.",
        "The Mayor said: we will take it up under item four, and I was asked to wait until then.",
        "Four months later the street is still closed.",
    ]


def test_a_said_label_that_every_turn_prints_stays_a_label() -> None:
    """ "The Mayor said: Good evening." / "Councillor Brennan said: …": minutes that print the
    verb of saying after every speaker keep their labels."""
    text = (
        "The Mayor said: Good evening, everyone. We begin with the public comment period.\n"
        "Councillor Brennan said: Thank you. I have a question about the road works.\n"
        "The Mayor said: We will take it up under item four.\n"
    )
    root = text_tei(text, "en.txt")
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3


def test_ocr_s_semicolon_after_a_surname_alone_before_a_salutation() -> None:
    """ "Председатель: Слово имѣетъ членъ Государственной Думы Аладьинъ." / "Аладьинъ; Господа
    народные представители! …": the member announced in the pre-reform spelling, printed once
    with OCR's semicolon for his colon, speaks his own turn."""
    root = tabled_tei("ru-duma-ocr-semicolon-surname.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Господа народные представители!")


def test_a_semicolon_after_a_word_before_a_clause_opens_no_turn() -> None:
    """ "Вчера; мы говорили …": a word and a semicolon before a clause in lower case, no
    salutation after it, stays the chair's words."""
    text = (
        "Председатель: Слово имеет Петров.\n"
        "Петров: Товарищи! Вчера мы обсуждали бюджет.\n"
        "Вчера; мы говорили о школах, сегодня о больницах.\n"
    )
    root = text_tei(text, "ru.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Председатель:", "Петров:"]


def test_a_german_change_of_chair_in_a_sentence_is_a_stage() -> None:
    """ "Abg. Keller (SPD): Herr Präsident, …" / "Vizepräsidentin Roth übernimmt den Vorsitz." /
    "Vizepräsidentin Roth: Vielen Dank, …": the record's line of the chair's change is a stage,
    no words of the member who spoke before."""
    root = tabled_tei("de-landtag-chair-taken-sentence.txt")
    assert texts(root, "//t:sp[2]/following-sibling::t:stage") == [
        "Vizepräsidentin Roth übernimmt den Vorsitz."
    ]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Herr Präsident, meine Damen und Herren! Wir beraten heute das Gesetz über die Wasserversorgung."
    ]


def test_an_office_printed_once_with_a_past_verb_of_saying_reports_speech() -> None:
    """ "Jón Sigurðsson: Takk fyrir, forseti. …" / "Borgarstjóri sagði: við munum skoða málið …":
    the mayor's office printed only here, a past verb of saying before its colon and the
    member's speech going on after it, is the member's report, no turn of the mayor's."""
    root = tabled_tei("is-borgarstjorn-office-sagdi-speech.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Takk fyrir, forseti. Ég vil ræða um skólamálin í bænum.",
        "Borgarstjóri sagði: við munum skoða málið á næsta fundi, en það hefur ekki gerst.",
    ]


def test_a_court_protocol_s_verbs_of_the_floor_stay_labels() -> None:
    """ "Oskarżony wyjaśnia: Nie przyznaję się. …" / "Świadek Anna Wójcik zeznaje: …": a
    protocol's present verbs of the floor, each printed once, name who speaks."""
    root = tabled_tei("pl-court-protocol-verb.txt")
    assert "Oskarżony wyjaśnia:" in texts(root, "//t:sp/t:speaker")


def test_an_office_cut_from_its_holder_s_initials_is_one_label() -> None:
    """ "Председатель Совета Министров" / "СССР А. Н. Воронцов. Товарищи депутаты! …": the
    office's head alone on its line and its rest, the holder's initials, surname and stop below
    are one label read to the surname; the chair's "Председатель." after it is the chair's."""
    root = tabled_tei("ru-sovet-office-cut-holder-initials.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Товарищи депутаты! Позвольте доложить о выполнении народнохозяйственного плана за истекший год."
    ]


def test_a_surname_and_initials_before_thanks_keep_their_label() -> None:
    """ "Петров С. А. Спасибо. У меня вопрос …": after a surname and its initials the
    capitalised word of thanks is the speech's, no part of the name."""
    text = (
        "Председательствующий. Слово имеет Петров Сергей Андреевич.\n"
        "Петров С. А. Спасибо. У меня вопрос к докладчику.\n"
    )
    root = text_tei(text, "ru.txt")
    assert texts(root, "//t:sp/t:speaker")[-1] == "Петров С. А."


def test_the_old_duma_s_floor_belongs_to_the_member_announced() -> None:
    """ "Предсѣдатель. Слово принадлежитъ члену Государственной Думы Аладьину." / "Аладьинъ;
    Господа, я буду кратокъ.": the chair gives the floor in the old words, the member named in
    the dative, and his surname with OCR's semicolon opens his turn."""
    text = (
        "Предсѣдатель. Слово принадлежитъ члену Государственной Думы Аладьину.\n"
        "Аладьинъ; Господа, я буду кратокъ.\n"
        "Предсѣдатель. Слово принадлежитъ Петражицкому.\n"
    )
    root = text_tei(text, "ru.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Предсѣдатель.", "Аладьинъ;", "Предсѣдатель."]


def test_ocr_s_semicolon_after_the_chair_s_office_alone_opens_its_turn() -> None:
    """ "Tuan Yang di-Pertua; Yang Berhormat Bukit Mertajam sudah berdiri, saya panggil." first
    and last, the members' labels with their colon: the chair's office alone before the line's
    only semicolon and a speech addressing the hall is the chair's label each time."""
    root = tabled_tei("ms-dewan-ocr-semicolon-chair-alone.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Yang Berhormat Bukit Mertajam sudah berdiri, saya panggil."]
    assert texts(root, "//t:sp[4]/t:p") == ["Yang Berhormat, soalan seterusnya."]


def test_the_chair_s_office_before_a_clause_s_semicolon_opens_no_turn() -> None:
    """ "The President; the committee then rose." inside a member's speech: after the
    semicolon a clause in lower case, no speech opening, so the line stays the member's."""
    text = (
        "The PRESIDENT: I call the honourable Member for Eastfield.\n"
        "Mr. WALSH: Sir, I shall be brief. We wrote to the office of\n"
        "The President; the committee then rose without an answer.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["The PRESIDENT:", "Mr. WALSH:"]


def test_a_thai_office_s_sign_of_abbreviation_leaves_its_id() -> None:
    """ "ประธานสภาฯ: เปิดประชุมสภาเทศบาลครับ …" / "นายกเทศมนตรีฯ: …": the sign that shortens
    each office is no letter of an XML id, dropped from it, no escaped code point left."""
    root = tabled_tei("th-tessaban-chair-abbreviation-id.txt")
    ids = root.xpath("//t:listPerson/t:person/@xml:id", namespaces=NS)
    assert "ประธานสภา" in ids
    assert not any("u0e2f" in ident for ident in ids)

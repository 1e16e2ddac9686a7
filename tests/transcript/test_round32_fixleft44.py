"""Shapes earlier rounds named and left, mended in the thirty-second round: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_same_number_before_every_office_and_bracket_is_printed_with_the_label() -> None:
    """ "１．議長（森本和夫君） ただいまから…", every turn numbered "１．" and set off by one
    space: the number is printed with the label as a marker is, the office or seat and its
    bracket the label; each speech keeps none of it."""
    root = tabled_tei("ja-chogikai-numbered-turns-ascii-space.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "通告に従い、町営バスの運行について伺います。利用者が減っております。"
    ]
    assert len(root.xpath("//t:sp/t:p", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == 4


def test_an_agendas_numbered_items_stay_no_labels() -> None:
    """ "１．議案第５号（町税条例の改正）　原案可決" under "本日の会議に付した事件": an item of the
    agenda, numbered as such a turn is, names no office or seat; no turn, the labels below the
    circle's."""
    root = text_tei(
        "令和５年第３回北野町議会定例会会議録\n\n本日の会議に付した事件\n"
        "１．議案第５号（町税条例の改正）　原案可決\n２．報告第１号（専決処分）　承認\n\n"
        "○議長（森本和夫君）　ただいまから会議を開きます。\n○町長（西村拓也君）　お答えいたします。\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["○議長（森本和夫君）", "○町長（西村拓也君）"]


def test_a_surname_with_its_stop_before_a_salutation_opens_a_line_of_one_block() -> None:
    """ "Ветлугин. Товарищи! …" under "(Аплодисменты.)", inside a congress's OCR with blank
    lines only around its head, printed once: a surname alone with its stop, the speech after it
    addressing the hall, opens a turn; "Председательствующий — тов. Баранов." above the first
    turn names who presides, no turn whose speech is his name."""
    root = tabled_tei("ru-syezd-ocr-block-surname-salutes.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Товарищи! Наша отрасль выполнила план")
    assert texts(root, "//t:body//t:p")[0] == "Председательствующий — тов. Баранов. (Аплодисменты.)"


def test_a_post_wrapped_over_three_lines_after_the_initials_is_the_label() -> None:
    """ "Суриков В. Н., председатель колхоза …" / "(Северный избирательный округ, …" /
    "область). Уважаемые депутаты! …" under the chair's sentence: the post and its bracket are
    the label's, its turn the deputy's; "Сидоров Е. К., как известно, предложил … (в двух" /
    "вариантах). …", a clause after the comma, stays his speech."""
    root = tabled_tei("ru-syezd-ocr-initials-post-wrapped.txt")
    speech = texts(root, "//t:sp[4]/t:p")
    assert speech[0].startswith(
        "Уважаемые депутаты! Я скажу о хлебе нашего района. Сидоров Е. К., как известно"
    )
    assert texts(root, "//t:person[@xml:id='surikov-v-n']/t:persName") != []


def test_a_bare_word_before_a_salutation_inside_a_speech_is_no_label() -> None:
    """ "Правильно. Товарищи, …" on a speech's line inside one block: a word of the speech with
    its stop, the record's sentence opener, opens no turn though the hall is addressed after it."""
    root = text_tei(
        "Председательствующий. Слово имеет товарищ Ветлугин.\n"
        "Ветлугин. Товарищи! Наша отрасль выполнила план досрочно, и мы\n"
        "обязуемся дать стране больше металла. Нам говорят, что это мало.\n"
        "Правильно. Товарищи, мы дадим ещё больше металла в будущем году.\n"
        "Председательствующий. Объявляется перерыв.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председательствующий.", "Ветлугин.", "Председательствующий."]


def test_a_member_asked_by_name_answers_on_the_line_below() -> None:
    """ "Громов. Товарищ Бережной, вы хотите ответить?" / "Бережной. Я отвечу …", a plenum's OCR
    run on in one block: the surname under the question that asks him by name opens his answer,
    and the chair's surname, believed on the first line, opens his turn again under "Голоса.
    Правильно!" though nothing on its line addresses the hall."""
    root = tabled_tei("ru-plenum-ocr-asked-by-name.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Товарищ Бережной, вы хотите ответить?"]
    assert texts(root, "//t:sp[5]/t:p") == ["Я отвечу в своем выступлении."]


def test_an_offices_report_in_capitals_with_its_colon_is_no_label() -> None:
    """ "HIS WORSHIP THE MAYOR'S REPORT:" and "TOWN CLERK'S REPORT:" over the minutes'
    narration, beside "MAYOR HARGREAVE:" and "COUNCILLOR PENROSE:": the report after the office's
    possessive heads an item, no speaker; its words stay in the record."""
    root = tabled_tei("en-council-mayors-report-heading.txt")
    assert "HIS WORSHIP THE MAYOR'S REPORT: The Mayor attended" in " ".join(texts(root, "//t:body//t:p"))


def test_the_halls_bravos_under_a_name_are_applause_no_affiliation() -> None:
    """ "POSEŁ EWA WIŚNIEWSKA" / "(BRAWA)" / "Panie Marszałku! …": the Polish hall's bravos, the
    noun beside "(Oklaski)", are applause, a stage of the member's turn, not her party."""
    root = tabled_tei("pl-sejm-web-brawa-under-name.txt")
    assert texts(root, "//t:sp[2]//t:stage") == ["(BRAWA)"]
    assert texts(root, "//t:person[@xml:id='posel-ewa-wisniewska']/t:affiliation") == []


def test_a_form_of_address_glued_to_a_partys_acronym_opens_the_label() -> None:
    """ "… Antrag der Fraktion der SPDAbg. Dr. Marta Lenz: Herr Präsident! …", a copy that lost
    the line break after the item's heading: "Abg." glued to the three capitals of the party's
    acronym is the label's form of address, the heading ends with the acronym."""
    root = tabled_tei("de-landtag-label-glued-to-party-acronym.txt")
    assert texts(root, "//t:body//t:head") == ["Tagesordnungspunkt 4: Antrag der Fraktion der SPD"]

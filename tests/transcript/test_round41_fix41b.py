"""A court's bench under "Состав суда:" on the record's first line with its offices and holders
parted by dashes, a room and its number as a notice, a hearing's witness list with its space
before the comma, an outline's lettered or numbered headings, a military rank between a name and
its office, and two shapes that already hold (the chair calling a member by name in French as in
English, a minister's words reported after his office), each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml) and with a line of the same shape that
keeps its reading."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts, turn_ids


def test_a_bench_under_its_heading_on_the_first_line_is_the_head_s_roll() -> None:
    """ "Состав суда:" / "Председательствующий – судья Гладков П.Н." / "Секретарь – Иванова
    А.А.": the heading and its lines are the front's, the secretary no speaker, and the chair's
    label below names the judge the roll names."""
    root = tabled_tei("ru-court-sostav-suda-first-line-dash.txt")
    front = texts(root, "//t:front//t:p")
    assert front == ["Состав суда:", "Председательствующий – судья Гладков П.Н.", "Секретарь – Иванова А.А."]
    assert "Секретарь – Иванова А.А." not in texts(root, "//t:body//t:p")
    assert turn_ids(root)[0] == "gladkov-p-n"


def test_a_dashed_speech_with_no_roll_heading_keeps_its_turn() -> None:
    """Without the roll's heading above, the chair's word, a dash and a speech is the chair's
    label; a dash under the heading parts an office from its holder only."""
    text = (
        "Председательствующий – Судебное заседание объявляется открытым.\n\n"
        "Истец Петров: Я поддерживаю свои требования.\n\n"
        "Председательствующий – Ответчик, вам понятны требования?\n"
    )
    root = text_tei(text, "ru.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Председательствующий –",
        "Истец Петров:",
        "Председательствующий –",
    ]


def test_the_chair_calling_a_member_by_name_is_the_chair_s_turn_in_french_as_in_english() -> None:
    """ "Président : Mme Sow" between turns, her own label below: the chair's words, as
    "Chair: Ms Jones" over "Ms Alice Jones:" is."""
    root = sample_tei("fr-conseil-chair-calls-surname.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Mme Sow"]
    english = (
        "CITY COUNCIL OF SPRINGFIELD\nMeeting of 12 March 2024\n\n"
        "Chair: Good evening everyone. The meeting is open.\n\nChair: Ms Jones\n\n"
        "Ms Alice Jones: Thank you, Chair. The budget is balanced.\n\n"
        "Mr Paul Brown: I would like to ask about investments.\n"
    )
    assert texts(text_tei(english, "en.txt"), "//t:sp[2]/t:p") == ["Ms Jones"]


def test_a_room_and_its_number_is_no_speaker() -> None:
    """ "ROOM 101: Public hearing moved here.": a notice of the place, kept as the record's line."""
    root = sample_tei("en-commission-room-number-notice.txt")
    assert "ROOM 101: Public hearing moved here." in texts(root, "//t:body//t:p")
    assert "ROOM 101:" not in texts(root, "//t:sp/t:speaker")


def test_a_surname_like_a_room_word_with_no_number_stays_a_label() -> None:
    """ "HALL:" with no number after it is a member's surname, a label."""
    text = "MINUTES\n\nCHAIRMAN ROSS: We begin.\n\nHALL: I move the minutes be approved.\n\nCHAIRMAN ROSS: Thank you.\n"
    assert texts(text_tei(text, "en.txt"), "//t:sp/t:speaker") == [
        "CHAIRMAN ROSS:",
        "HALL:",
        "CHAIRMAN ROSS:",
    ]


def test_a_hearing_s_witness_list_is_no_turn() -> None:
    """ "Mr. JOHN ADAMS , President, Ohio Farm Bureau" under "WITNESSES": the list's item, the
    office and the body after the name's comma; the witness speaks below as "Mr. ADAMS."."""
    root = sample_tei("en-hearing-witness-list-spaced-comma.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert not any(speaker.startswith("Mr. JOHN ADAMS") for speaker in speakers)
    assert turn_ids(root) == ["the-chairman", "mr-adams", "ms-kline", "the-chairman"]


def test_a_stop_read_as_a_spaced_comma_before_a_speech_keeps_its_label() -> None:
    """ "Mr. ADAMS , President, I thank you …": an office addressed, then a speech in lower
    case, is a label whose stop OCR read as a comma, no witness's line."""
    text = (
        "HEARING\n\nThe CHAIRMAN. The committee will come to order.\n\n"
        "Mr. ADAMS , President, I thank you for the invitation to testify today.\n\n"
        "The CHAIRMAN. Thank you.\n\nMr. ADAMS. I yield back.\n"
    )
    speakers = texts(text_tei(text, "en.txt"), "//t:sp/t:speaker")
    assert speakers[1] == "Mr. ADAMS ,"


def test_an_outline_s_lettered_and_numbered_headings_are_no_speakers() -> None:
    """ "A. Vorbemerkung:" beside "B. Sachverhalt:", "1. Background:" beside "2. Discussion:":
    divisions of the text, no initial and surname nor a speaker."""
    german = tabled_tei("de-landgericht-lettered-outline-headings.txt")
    assert texts(german, "//t:body//t:p")[0].startswith("A. Vorbemerkung:")
    english = tabled_tei("en-council-numbered-outline-headings.txt")
    assert texts(english, "//t:body//t:p")[0].startswith("1. Background:")


def test_an_initial_and_a_surname_alone_with_no_series_stays_a_label() -> None:
    """ "A. Müller:" alone over its speech, no "B." heading beside it: a speaker's initial."""
    text = (
        "Protokoll\n\nVorsitzender: Wir beginnen.\n\nA. Müller:\nIch habe eine Frage zum Haushalt.\n\n"
        "Vorsitzender: Bitte.\n\nA. Müller:\nWarum steigen die Kosten?\n"
    )
    speakers = texts(text_tei(text, "de.txt"), "//t:sp/t:speaker")
    assert speakers.count("A. Müller:") == 2


def test_a_minister_s_words_reported_after_his_office_are_narration() -> None:
    """ "TITTONI, ministro degli affari esteri, ha detto che …": the minutes reporting, no
    label; his own label below ("TITTONI, ministro degli affari esteri.") is one."""
    root = sample_tei("it-camera-minister-reported-narration.txt")
    assert texts(root, "//t:body//t:p")[1].startswith("TITTONI, ministro degli affari esteri, ha detto")
    assert "TITTONI, ministro degli affari esteri." in texts(root, "//t:sp/t:speaker")


def test_a_military_rank_between_the_name_and_the_office_keeps_the_label_whole() -> None:
    """ "Bronsart von Schellendorff, Generalleutnant, Kriegsminister:", "Graf von Caprivi,
    General der Infanterie, Reichskanzler:": the rank stands before the office, the person named
    before the first comma."""
    root = sample_tei("de-reichstag-rank-between-name-office.txt")
    assert turn_ids(root)[1] == "bronsart-von-schellendorff"
    assert turn_ids(root)[3] == "graf-von-caprivi"


def test_a_word_that_is_no_rank_between_name_and_office_reads_as_before() -> None:
    """ "Müller, Hamburg, Kriegsminister:": a place, no rank, after the name's comma; the person
    keeps it as before, no office read past it."""
    text = (
        "Protokoll\n\nPräsident: Das Wort hat der Herr Minister.\n\n"
        "Müller, Hamburg, Kriegsminister: Meine Herren, ich danke.\n\nPräsident: Danke.\n"
    )
    root = text_tei(text, "de.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Präsident:", "Müller, Hamburg, Kriegsminister:", "Präsident:"]
    assert "Müller, Hamburg" in texts(root, "//t:person/t:persName[@type='label']")

"""Shapes of round 47, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml), each with a line of its shape that stays speech or a heading: a Basque
member's party in brackets after the form of address printed after the name; numbered
participants of both genders; a soldier's rank abbreviated; a lettered or numbered question's
asker; an unnamed voice from the floor; an interview study's numbered participant pairs; a
Greek label opening with the article in lower case; the Indonesian forms of address; a phone-in
caller printed once with the speech on the line."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_basque_members_party_in_brackets_is_no_holder() -> None:
    """ "Etxeberria Zubiri jauna (EH Bildu):": the form of address after the name makes it a
    person's, the brackets the party; the person is the member, not "eh-bildu"."""
    root = tabled_tei("eu-legebiltzarra-jauna-party-in-brackets.txt")
    assert turn_ids(root)[1] == "etxeberria-zubiri"
    assert turn_paragraphs(root)[1].startswith("Eskerrik asko, lehendakari andrea.")


def test_the_basque_chairs_office_and_form_of_address_keep_the_holder_in_brackets() -> None:
    """ "Lehendakari jauna (Tejeria Otermin):": an office before the form of address, the
    brackets name its holder as before."""
    root = text_tei(
        "EUSKO LEGEBILTZARRA\n\nLehendakari jauna (Tejeria Otermin): Egun on. Hasiko gara.\n\n"
        "Etxeberria Zubiri jauna (EH Bildu): Eskerrik asko.\n\n"
        "Lehendakari jauna (Tejeria Otermin): Eskerrik asko.\n"
    )
    assert turn_ids(root) == ["tejeria-otermin", "etxeberria-zubiri", "tejeria-otermin"]


def test_numbered_participants_of_both_genders_are_two_labels() -> None:
    """ "Teilnehmer 1:" beside "Teilnehmerin 2:": a participant's word and a number, no
    field's name; two persons."""
    root = tabled_tei("de-fokusgruppe-teilnehmer-numbered-both-genders.txt")
    assert turn_speakers(root)[1:3] == ["Teilnehmer 1:", "Teilnehmerin 2:"]
    assert turn_ids(root)[1:3] == ["teilnehmer-1", "teilnehmerin-2"]


def test_the_participants_field_stays_in_the_head() -> None:
    """ "Teilnehmer: acht Anwohner …" with no number: the head's field, no turn."""
    root = text_tei(
        "Fokusgruppe Nord, 3. März 2025\nTeilnehmer: acht Anwohnerinnen und Anwohner\n\n"
        "Moderatorin: Was fehlt Ihnen?\n\nTeilnehmer 1: Längere Öffnungszeiten.\n\n"
        "Teilnehmerin 2: Ein Café.\n"
    )
    assert turn_speakers(root) == ["Moderatorin:", "Teilnehmer 1:", "Teilnehmerin 2:"]


def test_other_ranks_abbreviated_open_a_label_printed_once() -> None:
    """ "Pte. Jones:", "L/Cpl. Evans:", each printed once: the rank a form of address."""
    root = tabled_tei("en-court-of-inquiry-other-ranks-abbreviated.txt")
    assert turn_speakers(root)[1:4] == ["Pte. Jones:", "Cpl. Harris:", "L/Cpl. Evans:"]
    assert turn_ids(root)[3] == "l-cpl-evans"


def test_a_rank_abbreviated_before_no_name_opens_no_label() -> None:
    """ "Gnr. 3: …" and "Spr. 12 …": a number after the abbreviation, no name: speech."""
    root = text_tei(
        "COURT OF INQUIRY\n\nPresident: Read the list.\n\nClerk: Gnr. 3: absent. Spr. 12 present.\n\n"
        "President: Thank you.\n"
    )
    assert turn_speakers(root) == ["President:", "Clerk:", "President:"]


def test_a_lettered_questions_asker_is_a_label() -> None:
    """ "a) Parent at the school:", "b) Resident of Hill Street:": the list's letter and one of
    the public who asks, alone over the question; the person the asker's."""
    root = tabled_tei("en-committee-public-questions-lettered-askers.txt")
    assert turn_speakers(root)[1] == "a) Parent at the school:"
    assert turn_ids(root)[4] == "resident-of-hill-street"
    assert turn_paragraphs(root)[1].startswith("Why has the after-school club")


def test_a_lettered_items_heading_stays_a_heading() -> None:
    """ "(c) Report of the Treasurer:" is an item's heading, "4. Questions to the Mayor:" no
    asker: the field's word opens it."""
    root = text_tei(
        "COUNCIL MEETING\n\n4. Questions to the Mayor:\nThe following questions were received.\n\n"
        "(c) Report of the Treasurer:\nThe Treasurer presented the accounts.\n\n"
        "Mayor: Thank you. Any comments?\n\nCouncillor Reid: None.\n"
    )
    speakers = turn_speakers(root)
    assert "(c) Report of the Treasurer:" not in speakers
    assert not any(speaker.startswith("4. Questions") for speaker in speakers)


def test_a_numbered_questions_asker_with_no_form_of_address() -> None:
    """ "12. Smith to the Treasurer:": the asker alone is the person, whom it is put to no
    second turn."""
    root = tabled_tei("en-council-questions-numbered-asker-untitled.txt")
    assert turn_speakers(root)[1] == "12. Smith to the Treasurer:"
    assert turn_ids(root)[1:4] == ["smith", "treasurer", "okafor"]


def test_an_unnamed_voice_from_the_floor_is_a_label() -> None:
    """ "Woman in the audience:", "Man at the back:": voices of the hall, each its own."""
    root = tabled_tei("en-town-hall-unnamed-voices-from-the-floor.txt")
    assert turn_speakers(root)[1] == "Woman in the audience:"
    assert turn_ids(root)[3] == "man-at-the-back"


def test_a_sentence_about_a_voice_from_the_floor_stays_speech() -> None:
    """ "Woman in the audience asked the mayor: …": a report of what she asked."""
    root = text_tei(
        "TOWN HALL MEETING\n\nMayor Collins: Questions, please.\n\n"
        "Woman in the audience asked the mayor: when will the road be fixed?\n\n"
        "Mayor Collins: Next month.\n"
    )
    assert turn_speakers(root) == ["Mayor Collins:", "Mayor Collins:"]


def test_numbered_interview_pairs_that_recur_are_participants() -> None:
    """ "P1:" / "R1:" / "P1:" …: a number printed again is a participant's code, no question's;
    four persons, no examiner and witness."""
    root = tabled_tei("en-interview-study-numbered-participant-pairs.txt")
    assert turn_ids(root) == ["p1", "r1", "p1", "r1", "p2", "r2", "p2"]


def test_numbered_questions_and_answers_stay_a_pair() -> None:
    """ "Q1." / "A1." / "Q2." / "A2.", each number once: the pair's questions and answers."""
    root = text_tei(
        "WRITTEN INTERROGATORIES\n\nQ1. Where were you on 3 May?\n\nA1. At home.\n\n"
        "Q2. Who was with you?\n\nA2. My sister.\n"
    )
    ids = turn_ids(root)
    assert len(ids) == 4 and len(set(ids)) == 2


def test_a_greek_label_opening_with_the_article_in_lower_case() -> None:
    """ "ὁ κ. πρωθυπουργός:", "ὁ κ. Παπαδόπουλος:": the article, the form of address, then the
    office or the name; the person as the capitalised article's."""
    root = tabled_tei("el-vouli-lowercase-article-address.txt")
    assert turn_speakers(root)[1:3] == ["ὁ κ. πρωθυπουργός:", "ὁ κ. Παπαδόπουλος:"]
    assert turn_ids(root)[2] == "o-k-papadopoulos"


def test_a_greek_line_opening_with_the_article_and_no_form_of_address_stays_speech() -> None:
    """ "ὁ πρόεδρος: «…»" on a wrapped sentence's line: no form of address, no label."""
    root = text_tei(
        "ΒΟΥΛΗ ΤΩΝ ΕΛΛΗΝΩΝ\n\nὁ κ. πρόεδρος: Κηρύσσεται ἡ ἔναρξη. Ὅπως εἶπε χθές\n"
        "ὁ πρόεδρος: «ἡ Βουλή θά συνεδριάσῃ».\n\nὁ κ. πρωθυπουργός: Θά ἀπαντήσω.\n"
    )
    assert turn_speakers(root) == ["ὁ κ. πρόεδρος:", "ὁ κ. πρωθυπουργός:"]


def test_the_indonesian_forms_of_address() -> None:
    """ "Bapak Ketua:", "Ibu Sri Mulyani:", "Pak Budi:", each once; "Bapak Budi:" later the
    same person as "Pak Budi:"."""
    root = tabled_tei("id-dpr-forms-of-address-pak-ibu.txt")
    assert turn_speakers(root)[:3] == ["Bapak Ketua:", "Ibu Sri Mulyani:", "Pak Budi:"]
    assert turn_ids(root)[5] == turn_ids(root)[2] == "pak-budi"


def test_an_indonesian_word_after_ibu_in_lower_case_is_no_name() -> None:
    """ "Ibu kota: …" (the capital city) inside a speech: no form of address before a name."""
    root = text_tei(
        "RISALAH RAPAT\n\nKetua: Rapat kami buka. Silakan, Bapak Menteri.\n\n"
        "Menteri: Terima kasih. Ada dua hal.\nIbu kota: pemindahan berjalan sesuai jadwal.\n\n"
        "Ketua: Terima kasih, Pak Menteri.\n"
    )
    assert turn_speakers(root) == ["Ketua:", "Menteri:", "Ketua:"]


def test_a_phone_in_caller_printed_once_with_the_speech_on_the_line() -> None:
    """ "Shona from Bradford: Hi. …": a forename the vocabulary does not know and the town
    after "from", printed once; a person of the caller's."""
    root = tabled_tei("en-radio-phone-in-caller-inline-once.txt")
    assert turn_speakers(root)[5] == "Shona from Bradford:"
    assert turn_paragraphs(root)[5].startswith("Hi. The bins")


def test_a_news_items_place_stays_speech() -> None:
    """ "News from Leeds: The council …" where the text prints "news" in lower case: no name."""
    root = text_tei(
        "THE LATE PHONE-IN\n\nPresenter: Good evening. Here is the news first.\n\n"
        "News from Leeds: The council has closed two libraries this week.\n\n"
        "Presenter: Now to the calls.\n\nDave from Leeds: Evening. The potholes again.\n\n"
        "Presenter: Thanks Dave.\n"
    )
    assert "News from Leeds:" not in turn_speakers(root)
    assert "Dave from Leeds:" in turn_speakers(root)

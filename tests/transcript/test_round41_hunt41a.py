"""Records a speech-to-text service made of councils, hearings and press conferences: a
recognition model's segment before each label ("[00:00:06.240 --> 00:00:11.900] SPEAKER_00: …"),
a diarisation code in square brackets ("[SPEAKER_01]: …"), the service's numbered speaker with the
recording's clock before the colon in a script without case ("वक्ता 1 (00:00:03): …") or after it
with one space ("話者1 00:00", "화자 1 00:03", "Hablante 1 00:12:40", once in an excerpt of one
speech), and a page copied with each name alone over its clock alone ("Resident" / "3:02"), with
a negative case for each (invented samples; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_recognition_model_s_segment_before_the_label_is_its_time() -> None:
    """ "[00:00:00.000 --> 00:00:06.240] SPEAKER_00: …": the segment's start and end are the
    label's time, the diarisation code its speaker, the speech after the colon."""
    root = tabled_tei("en-harbour-hearing-diarised-segment-range.txt")
    assert texts(root, "//t:sp[1]/t:speaker/t:time") == ["[00:00:00.000 --> 00:00:06.240]"]
    assert texts(root, "//t:sp[3]/t:p") == ["Thank you. I run a fishing boat out of the north pier."]
    assert not any("-->" in p for p in texts(root, "//t:sp/t:p"))


def test_segments_before_speech_with_no_label_stay_text() -> None:
    """Segments before the words alone, no speaker named (live captions exported), open no turn."""
    root = text_tei(
        "Town meeting (automatic captions)\n\n"
        "[00:00:01.000 --> 00:00:04.000] Good morning everyone and welcome.\n"
        "[00:00:04.000 --> 00:00:07.500] Today we discuss the budget.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []
    assert "Today we discuss the budget." in " ".join(texts(root, "//t:body//t:p"))


def test_a_diarisation_code_in_square_brackets_is_a_label() -> None:
    """ "[SPEAKER_01]: Thank you, …", a subtitle file's cue: the code is the speaker, as unbracketed."""
    root = tabled_tei("en-housing-hearing-diarised-bracketed-code.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["How many applications are still pending?"]
    assert len(root.xpath("//t:person", namespaces=NS)) == 3


def test_a_diarisation_code_with_no_colon_in_a_sentence_is_no_label() -> None:
    root = text_tei(
        "Hearing notes\n\n[SPEAKER_00] said nothing further that day.\nThe committee adjourned.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_a_numbered_speaker_s_clock_before_the_colon_in_a_script_without_case() -> None:
    """ "वक्ता 1 (00:00:02): …": the service's speaker and number, the clock its time."""
    root = tabled_tei("hi-panchayat-stt-numbered-clock.txt")
    assert texts(root, "//t:sp[1]/t:speaker/t:time") == ["(00:00:02)"]
    assert texts(root, "//t:sp[2]/t:p") == ["सरपंच जी, पिछले महीने का हिसाब अभी तक नहीं मिला।"]


def test_an_item_s_number_and_hour_before_a_colon_is_no_label() -> None:
    """ "मद 3 (10:30): …", an agenda's item and its hour: no word of a service's speaker."""
    root = text_tei(
        "नगर परिषद की कार्यसूची\n\n"
        "मद 3 (10:30): परिषद ने सड़क मरम्मत के प्रस्ताव को मंजूरी दी।\n"
        "मद 4 (11:00): जल आपूर्ति पर चर्चा स्थगित की गई।\n",
        "hi.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_a_numbered_speaker_s_clock_after_one_space_is_its_mark() -> None:
    """ "話者1 00:00" alone over the speech, the clock after one space: the service's speaker."""
    root = tabled_tei("ja-kaiken-stt-washa-one-space-clock.txt")
    assert texts(root, "//t:sp[3]/t:speaker/t:time") == ["00:48"]


def test_one_speech_s_numbered_speaker_printed_once_is_its_label() -> None:
    """An excerpt of one speech, its numbered speaker printed once with one space before the clock
    ("화자 1 00:03", "Hablante 1 00:12:40"): the label, its paragraphs the speech."""
    korean = tabled_tei("ko-council-stt-one-speech-numbered-clock.txt")
    assert texts(korean, "//t:sp/t:p")[-1].endswith("감사합니다.")
    spanish = tabled_tei("es-pleno-stt-one-speech-hablante-clock.txt")
    assert texts(spanish, "//t:sp/t:speaker/t:time") == ["00:12:40"]
    assert texts(spanish, "//t:sp/t:p")[-1].endswith("Muchas gracias.")


def test_a_numbered_title_before_its_hour_stays_a_heading() -> None:
    """ "Workshop 3 10:00" over a report: the number and hour of a programme's item, no speaker."""
    root = text_tei(
        "Workshop 3 10:00\nThe participants discuss the new zoning map and its effect on housing.\n"
        "The results are summarised below.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_names_alone_over_their_clock_alone_take_turns() -> None:
    """A page copied with each name alone over the clock alone and the speech ("Resident" /
    "3:02" / …): once one of them takes the floor again, each is a label, printed once or more."""
    root = tabled_tei("en-council-web-copy-name-clock-below.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["I live next to the site and I'm worried about noise after dark."]


def test_headings_over_their_hours_each_printed_once_stay_text() -> None:
    """A programme's items over their hours, none again: headings, the labels below the turns."""
    root = text_tei(
        "Sitzungsablauf\n\nBegrüßung\n10:00\nDie Vorsitzende eröffnet die Sitzung.\n\n"
        "Bericht\n10:15\nDer Kassenwart legt den Bericht vor.\n\n"
        "Vorsitzende Berg: Ich danke allen für ihr Kommen.\nHerr Kurz: Danke sehr.\n",
        "de.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Vorsitzende Berg:", "Herr Kurz:"]


def test_the_clock_before_a_numbered_speaker_alone_is_its_time() -> None:
    """ "00:00:02 Speaker 1", "[00:00:04.12] - Falante 1" alone over the speech, as a word
    processor's or a service's export prints each turn: the speaker and number the label."""
    english = tabled_tei("en-school-board-stt-clock-before-numbered-speaker.txt")
    assert texts(english, "//t:sp[5]/t:speaker/t:time") == ["00:00:31"]
    assert texts(english, "//t:sp[5]/t:p") == ["Fuel and driver wages, mostly."]
    portuguese = tabled_tei("pt-camara-stt-dash-clock-falante.txt")
    assert texts(portuguese, "//t:sp[2]/t:p") == ["Obrigada, presidente. O relatório da ponte já chegou?"]


def test_a_numbered_speaker_alone_with_no_clock_is_a_label() -> None:
    """ "Spreker 1" alone over the speech, an export without its clocks: an office, as "Speaker 1" is."""
    root = tabled_tei("nl-raad-stt-numbered-speaker-no-clock.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Gaat uw gang."]


def test_a_numbered_heading_alone_stays_a_heading() -> None:
    """ "Chapter 2" alone over a text, no word of a service's speaker: a heading, no label; nor is
    a programme's "Speaker 1" over its speaker's name and place a turn."""
    root = text_tei(
        "Chapter 2\nThe council met in the old town hall that winter.\nNobody expected the vote.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []
    programme = text_tei(
        "Climate Summit – Programme\n\nSpeaker 1\nDr. Jane Doe, University of Leeds\n\n"
        "Speaker 2\nProf. Mark Lee, Oxford\n",
        "en.txt",
    )
    assert texts(programme, "//t:sp/t:speaker") == []

"""An exchange printed one turn a line with no blank line between, its short turns with no
stop (chat copies, typed minutes, interview notes): each line its own turn, however the lines
run to one width and whatever their speech's length; a head's fields and a wrapped paragraph's
line that opens with a word and a colon once read as before. Invented samples (names invented;
labels in turns.toml, persons in ids.toml) and the counter-examples that stay unlabelled."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_an_interview_s_lines_with_no_stop_are_each_a_turn() -> None:
    """ "Moderator: Hello everyone …" / "Guest: Hi, thanks for having me" / …: lines of like
    width with no stop, once joined as one wrapped paragraph, are the exchange's turns."""
    root = tabled_tei("en-interview-notes-exchange-unstopped.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Hi, thanks for having me"]
    assert texts(root, "//t:sp[last()]/t:p") == ["Thank you, that is all we have time for"]


def test_short_turns_of_minutes_are_turns_and_no_head_s_fields() -> None:
    """ "Chair: Agreed" over "Clerk: Item two, the budget": the chair's word is its turn, no
    field naming the chair's holder "Agreed", and a turn's word with no stop is a speech."""
    root = tabled_tei("en-council-minutes-exchange-unstopped.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Agreed"]
    assert texts(root, "//t:sp[4]/t:p") == ["Carried"]
    assert not texts(root, "//t:person[@xml:id='agreed']/t:persName")


def test_the_short_exchange_of_the_brief_gives_every_turn() -> None:
    """The four lines with no stop give the four turns the same lines with stops give."""
    text = "Chair: Agreed\nClerk: Item two, the budget\nCllr Roe: Seconded\nChair: Carried\n"
    assert speakers_of(text) == ["Chair:", "Clerk:", "Cllr Roe:", "Chair:"]
    chat = "Moderator: Hello everyone\nGuest: Hi, thanks for having me\nModerator: Tell us about the plan\n"
    assert speakers_of(chat + "Guest: We start in May\n") == ["Moderator:", "Guest:", "Moderator:", "Guest:"]


def test_an_italian_and_a_russian_exchange_with_no_stops() -> None:
    """ "Presidente: Bene, …" / "Segretario: Procedo …" / "Consigliere Ferri: Presente" and
    "ПРЕДСЕДАТЕЛЬ: Кто за" / "ГОЛОСА: Все": every line a turn."""
    italian = tabled_tei("it-verbale-scambio-senza-punto.txt")
    assert texts(italian, "//t:sp[3]/t:p") == ["Presente"]
    russian = tabled_tei("ru-protokol-obmen-bez-tochek.txt")
    assert texts(russian, "//t:sp[2]/t:p") == ["Все"]


def test_a_head_s_fields_and_a_note_in_wrapped_prose_stay_unlabelled() -> None:
    """ "Date: 4 May 2024" / "Place: …" / "Subject: …" over a hard-wrapped report whose line
    "Note: the figures …" opens with a word and a colon: no word recurs, no exchange, no turn;
    the note's sentence goes on over the wrap."""
    root = sample_tei("en-report-fields-note-wrapped.txt")
    assert not texts(root, "//t:sp/t:speaker")
    assert any(
        p.startswith("Note: the figures") and "pension accounts in June." in p
        for p in texts(root, "//t:body//t:p")
    )


def test_fields_once_each_over_a_speech_stay_fields() -> None:
    """Three fields one a line, each word once, over the first turn: the head's, no exchange."""
    text = (
        "Date: 4 May\nPlace: Town Hall\nSubject: budget\n\n"
        "MAYOR LINDQVIST: The meeting is open.\n\nCLLR BRANDT: Thank you, Mayor.\n"
    )
    assert speakers_of(text) == ["MAYOR LINDQVIST:", "CLLR BRANDT:"]


def test_two_lines_with_a_colon_each_make_no_exchange() -> None:
    """ "Note: …" / "Source: …" under a paragraph: two words once each, no turn."""
    text = (
        "The committee noted the report on the spending of the first quarter and asked\n"
        "the officer to bring a fuller breakdown of the winter repairs to its next meeting\n"
        "Note: the figures are provisional until the audit is completed in June\n"
        "Source: finance office, quarterly monitoring return for the first quarter\n"
    )
    assert not speakers_of(text)


def test_fields_naming_the_holders_over_an_exchange_stay_fields() -> None:
    """ "Moderator: Dr Ellen Park" / "Guest: Ellen Park" over the exchange with no blank line:
    names of holders, no turns, however the labels speak again below."""
    text = (
        "Moderator: Dr Ellen Park\nGuest: Ellen Park\nModerator: Welcome to the programme.\n"
        "Guest: Thank you for having me.\nModerator: Tell us about the plan.\n"
    )
    assert speakers_of(text) == ["Moderator:", "Guest:", "Moderator:"]


def test_a_roll_call_with_no_stops_reads_its_answers_as_turns() -> None:
    """ "Clerk: Councillor Bright" / "Cllr Bright: Present" / "Clerk: Councillor Osei" / …: the
    answers and the calls after the first are turns, as with their stops; the first call, a
    holder's full name, still reads as the head's field."""
    text = (
        "Clerk: Councillor Bright\nCllr Bright: Present\nClerk: Councillor Osei\nCllr Osei: Present\n"
        "Chair: Thank you.\n"
    )
    assert speakers_of(text) == ["Cllr Bright:", "Clerk:", "Cllr Osei:", "Chair:"]

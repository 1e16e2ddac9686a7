"""A reviewer's counter-examples to the round's first rules: a speech quoting the minutes' clause,
the head's fields of a meeting's recordings, a focus group's lettered answers, a caption typed in
lower case whose labels are no offices."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_lower_case_caption_office_alone_takes_no_other_words() -> None:
    """ "moderator: good evening …" / "resident: thank you. …" / "mayor: we have funding …" /
    "moderator: next question please.": labels in lower case that are no offices, so "mayor:"
    alone opens no turn that would hold the moderator's words; every line is kept."""
    tei = tabled_tei("en-captions-lower-case-moderator-mayor.txt")
    said = texts(tei, "//t:body//t:p")
    assert said[-2:] == ["mayor: we have funding for the first stage.", "moderator: next question please."]


def test_a_speech_reporting_what_was_said_is_no_court_minutes() -> None:
    """ "O SR. PAULO RAMOS – Senhor Presidente, …" / "Pelo Secretário de Obras foi dito: que a
    ponte ficaria pronta em março." / "Pela imprensa foi dito: que faltou verba.": no clause gives
    the floor or follows an act, so the reports are the councillor's speech, no turns of their own."""
    tei = tabled_tei("pt-br-camara-discurso-foi-dito-citado.txt")
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert len(said) == 3
    assert said[1].startswith("Pelo Secretário de Obras foi dito: que a ponte")
    assert said[2].startswith("Pela imprensa foi dito: que faltou verba")


def test_the_minutes_fields_of_recordings_are_no_clips() -> None:
    """ "Video: available on the town's website." / "Audio: not kept, owing to a fault in the
    recorder.": bare words in Mixed case in the head, no recording played, no turns; the board's
    labels are the only turns."""
    tei = tabled_tei("en-council-minutes-video-audio-fields.txt")
    assert not tei.xpath(
        "//t:sp[t:speaker[starts-with(., 'Video') or starts-with(., 'Audio')]]", namespaces=NS
    )
    assert not tei.xpath("//t:person[@role='recording']", namespaces=NS)
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "The meeting will come to order. First item, the library budget."
    ]


def test_a_focus_group_lettered_answers_are_turns() -> None:
    """ "Moderator: And the second question, about the fares:" / "A: Too high for a single trip
    …" / "B: I have a monthly pass …": each run of letters follows a label's question, the
    participants' answers, a turn each, no list the moderator reads."""
    tei = tabled_tei("en-focus-group-a-b-answer-moderator.txt")
    assert texts(tei, "(//t:sp)[5]/t:p") == ["Too high for a single trip, I walk now when I can."]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["And the second question, about the fares:"]

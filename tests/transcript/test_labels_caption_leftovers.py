"""Label shapes of web copies and captions that earlier rounds left unread: a captioner's
``>>`` turns run together on one line (samples written for these tests in the shapes the real
records print)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_caption_turns_run_together_on_one_line_are_split() -> None:
    """Each ``>>`` after a sentence opens a turn, as the line's first does: the votes' short
    turns ("SO MOVED. >> … SECOND.") are no part of the speech before them."""
    tabled_tei("en-us-council-captions-run-on.txt")


def test_flattened_labels_opening_with_their_clock_in_brackets() -> None:
    """A transcript flattened to one line: each "[00:01:12] HOST:" after a sentence opens a
    turn; "[QUESTIONS]" last in a turn's words is a section's name, no turn of its own."""
    tei = tabled_tei("en-hearing-flat-clocked.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Thank you. Are there questions for the speaker? QUESTIONS"]


def test_question_word_with_stop_and_dash_printed_once_between_named_labels() -> None:
    """A press conference's "Pregunta.-" printed once, between the secretary of state's and the
    spokesperson's labels so ended, is the reporter's turn, as "P.-" is."""
    tei = tabled_tei("es-rueda-prensa-pregunta-once.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0] == "Buenas tardes."


def test_chat_log_prints_each_forename_in_round_brackets() -> None:
    """A meeting's chat log: "(Tamsin) Oskar joins us …" opens a turn with the forename alone,
    as "(Sir John Smith) Yes." does with its form of address."""
    tei = tabled_tei("en-board-chat-log-parens.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Yes, I can hear everyone."]

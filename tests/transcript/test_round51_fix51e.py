"""Round 51 (fix51e): the numbered parties of a common-law court's record ("1st Accused:", "2nd
Accused:", "3rd Respondent:"), their ordinal's English ending (``ordinal_endings``) a word of
the label as the French "1er" is; a date's ordinal before its month stays no label. And a form of
address before an office alone on its line ("Sra. Concejala Delegada de Hacienda") read as the
title's whatever its length, so a town council's labels alone share one shape."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.config import default_config
from stenogram.transcript.labels.patterns import token_pattern


def test_ordinal_parties_are_labels() -> None:
    """A Nigerian trial's record numbers the accused and the respondents by an ordinal in figures
    with its English ending (`1st Accused:`, `2nd Accused:`, `3rd Respondent:`) between the
    court's turns: each is a turn of its own, as `Court:` is."""
    tei = tabled_tei("en-court-ordinal-parties.txt")
    assert turn_speakers(tei)[0] == "1st Accused:"


def test_ordinal_parties_in_capitals() -> None:
    """A Kenyan magistrate's record prints the same parties in capitals (`2ND ACCUSED:`): the
    ending is read in either case."""
    tei = text_tei("JUDGE: We resume.\n\n2ND ACCUSED: I was not there.\n\nJUDGE: Noted.\n")
    assert turn_speakers(tei) == ["JUDGE:", "2ND ACCUSED:", "JUDGE:"]


def test_dated_line_is_no_label() -> None:
    """Negative: a day's date by its ordinal before the month and a colon (`14th March: The court
    resumed …`) opens a narration, no party's turn: the month is no office and the ending makes
    no label of it."""
    tei = text_tei(
        "Court: Call the witness.\n\n14th March: The court resumed at ten o'clock in the morning.\n\n"
        "Court: Proceed.\n"
    )
    assert turn_speakers(tei) == ["Court:", "Court:"]
    paragraphs = turn_paragraphs(tei) + outside_turns(tei)
    assert any(p.startswith("14th March: The court resumed") for p in paragraphs)


def test_ordinal_endings_are_data() -> None:
    """The endings are the genre's data, per language (`[labels.ordinal_endings]`), read by the
    label's tokens: without them `1st` is no word of a label, with them it is one."""
    endings = default_config().any_ordinal_endings
    assert "st" in endings
    assert token_pattern(()).match("1st", 0).group("word") is None
    assert token_pattern(endings).match("1st", 0).group(0) == "1st"


def test_addressed_offices_alone_take_turns() -> None:
    """A Spanish town council's video transcript prints each member alone over the speech, a
    form of address before the office (`Sr. Alcalde-Presidente`, `Sra. Concejala Delegada de
    Hacienda`, `Sr. Portavoz del Grupo Municipal Vox`): the `Sra.` of four letters is the title
    as `Sr.` is, so all are of one shape and take turns (``dialogue``)."""
    tei = tabled_tei("es-pleno-video-cargos-solos.txt")
    assert turn_speakers(tei)[1] == "Sra. Concejala Delegada de Hacienda"


def test_headings_over_paragraphs_stay_text() -> None:
    """Negative: a council's report prints its headings alone over paragraphs (`Introducción`,
    `Antecedentes del proyecto`, even an office addressed, `Sra. Interventora General`, over the
    report it signs): two headings and one office open no turns, nothing of the text is lost."""
    tei = text_tei(
        "Introducción\nEl presente informe recoge el estado de la ejecución presupuestaria.\n\n"
        "Antecedentes del proyecto\nEl proyecto fue aprobado por el Pleno en el mes de marzo.\n\n"
        "Sra. Interventora General\nEl informe de la interventora se adjunta como anexo.\n"
    )
    assert turn_speakers(tei) == []
    assert any("Antecedentes del proyecto" in text for text in outside_turns(tei))

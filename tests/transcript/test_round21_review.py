"""Speech that the twenty-first round's new rules must leave speech: each rule's shape in a
sentence of a speaker's own, where the rule had taken it for narration, furniture or a label.
Names invented."""

from __future__ import annotations

import pytest

from label_samples import speakers, text_tei, texts
from stenogram.tei.convert import convert_text
from stenogram.transcript.sources.inline_numbers import extract_inline_numbers

# A member's own sentence in the shape of the record's narration: "Mr Speaker, when I left the
# house this morning, …" (the narration is "The Hon. Member left the Chamber."), and a paragraph
# led by a dash whose first words are the sitting's, running on as a sentence ("- Die Sitzung wird
# unterbrochen, so hieß es damals, …"): the speaker's paragraphs, no stage between turns.
NARRATION_SHAPED = [
    (
        "Mr SMITH: Thank you, Mr Speaker.\n\n"
        "Mr Speaker, when I left the house this morning, I saw a long queue at the clinic in my"
        " constituency.\n\nThe clinic needs more staff.\n\n"
        "Mr JONES: I agree with the member.\n",
        1,
    ),
    (
        "Präsidentin Anna Beispiel: Das Wort hat der Kollege Max Muster.\n\n"
        "Max Muster (SPD): Frau Präsidentin! Meine Damen und Herren!\n\n"
        "- Die Sitzung wird unterbrochen, so hieß es damals, aber wir haben weiter beraten und am"
        " Ende einen Beschluss gefasst, der bis heute gilt.\n\n"
        "Vielen Dank.\n\n"
        "Präsidentin Anna Beispiel: Vielen Dank, Herr Kollege.\n",
        2,
    ),
]


@pytest.mark.parametrize(("text", "turn"), NARRATION_SHAPED)
def test_a_speakers_sentence_shaped_as_narration_is_speech(text: str, turn: int) -> None:
    """Each sentence stays a paragraph of its turn, the turn's three paragraphs whole."""
    root = text_tei(text)
    assert texts(root, "//t:stage") == []
    assert len(texts(root, f"//t:sp[{turn}]/t:p")) == 3


def test_a_presiding_justice_answering_is_a_turn() -> None:
    """ "PRESIDING JUSTICE. Thank you." is the presiding justice's turn; only a congress report's
    "Presiding T. K. Ostrov." (the holder's initials after the word) names the chair."""
    tei = convert_text(
        "MR. SMITH: May it please the court, the appellant asks for a new trial.\n\n"
        "PRESIDING JUSTICE. Thank you.\n\n"
        "MR. SMITH: The record shows the error plainly.\n",
        "x.txt",
    ).tei
    assert "PRESIDING JUSTICE." in speakers(tei)


def test_an_agenda_read_out_keeps_its_numbers() -> None:
    """An agenda read out on one line ("1 Apologies … 8 Any other business") numbers items that
    open with capitals: the speech's own numbers, no flattened page's line numbers."""
    agenda = (
        "MR. SMITH: Thank you, chair. The agenda today is as follows 1 Apologies for absence today"
        " 2 Minutes of the previous meeting held 3 Matters arising from the minutes of it 4 Report"
        " of the treasurer for the year 5 Report of the planning committee members 6 Election of"
        " the officers for the year 7 Motions on notice from the members 8 Any other business of"
        " the council.\n"
    )
    assert extract_inline_numbers(agenda) is None
    assert "2 Minutes of the previous meeting" in "".join(texts(text_tei(agenda), "//t:sp/t:p"))


def test_noise_going_on_at_a_page_top_is_a_stage() -> None:
    """ "(Pokračuje hluk v sále.)" tells the noise going on: a stage of the hall, not the page's
    note of the speaker going on ("(pokračuje Novák)")."""
    root = text_tei(
        "Předseda PSP Jan Dvořák: Děkuji. Slovo má poslanec Petr Novák.\n\n"
        "Poslanec Petr Novák: Vážený pane předsedo, dámy a pánové.\n\n"
        "(Pokračuje hluk v sále.)\n\n"
        "Prosím o klid, abychom mohli pokračovat.\n"
    )
    assert texts(root, "//t:stage") == ["(Pokračuje hluk v sále.)"]


def test_a_mixed_case_name_before_a_semicolon_is_a_clause() -> None:
    """OCR's semicolon ends a label after a surname in CAPITALS ("Mr. HALLORAN ;"); a Cyrillic
    name in Mixed case before one ("Г-н Иванов ; он сказал, …") is a clause of the sentence,
    in any script."""
    root = text_tei(
        "Г-н Иванов ; он сказал, что план выполнен, и мы с ним согласны.\n\n"
        "Г-н Петров ; я поддерживаю предложение коллеги полностью.\n"
    )
    assert texts(root, "//t:speaker") == []


def test_a_wrapped_line_ending_in_a_date_is_speech() -> None:
    """A line of speech the wrap cut so that it reads as a Hansard page's head ("10 Downing Street
    on Friday, November 8, 1996") stays in the speech: a page's head names its business in
    capitalised words, no particle before the day."""
    root = text_tei(
        "Mr. SPEAKER: The honourable member for Port of Spain South.\n\n"
        "Mr. ALLEYNE: Mr. Speaker, the Prime Minister went to\n"
        "10 Downing Street on Friday, November 8, 1996\n"
        "and came back with nothing for this country.\n"
    )
    assert "10 Downing Street on Friday" in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_the_chair_going_on_before_the_announced_label_is_the_chairs() -> None:
    """The chair's one sentence that gives the floor ("I give the floor to Mr Jones.") and a
    paragraph with no label under it: where Mr Jones's own label follows that paragraph, it is the
    chair's words going on, no speech of his."""
    root = text_tei(
        "THE PRESIDENT: I give the floor to Mr Jones.\n\n"
        "Before he begins, I remind members that the time limit is five minutes for each speaker"
        " today.\n\n"
        "MR JONES: Thank you, Mr President. I shall be brief today.\n\n"
        "THE PRESIDENT: Thank you. I call Ms Brown.\n"
    )
    assert len(texts(root, "//t:sp[1]/t:p")) == 2
    assert texts(root, "//t:sp[2]/t:speaker") == ["MR JONES:"]

"""The twenty-second round's reading of a record without a list of every line's index: the
speech cards, the name cards and a label column are found line by line as they were found from
the lists, two cards one after another and a column's rows among lines at the margin too; and
a turn of one paragraph holds it without a list around it."""

from __future__ import annotations

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import default_config
from stenogram.transcript.model import Para, SpeakerLabel, Turn
from stenogram.transcript.reader import held_text, read_text, strip_furniture


def _stripped(text: str) -> tuple[list[str], list[tuple[int, str, str]]]:
    kept, removed = strip_furniture(text.split("\n"), default_config())
    return kept, [(item.line, item.text, item.pattern) for item in removed]


def test_two_speech_cards_one_after_another_go_both() -> None:
    # a window of four lines that are not blank, blank lines between them, read as it comes:
    # the first card's lines blanked do not hide the second card's mark
    text = (
        "Predsednik: Reč ima narodni poslanik.\n\n...\nSrpska napredna stranka\nVeroljub Arsić\n"
        "Srpska napredna stranka | Predsedava\nHvala, predsedniče. Počinjem.\n\n"
        "...\nSocijalistička partija Srbije\nMilan Petrović\n"
        "Socijalistička partija Srbije\nZahvaljujem se. Nastavljam.\n"
    )
    kept, removed = _stripped(text)
    assert [(line, pattern) for line, _, pattern in removed] == [
        (3, "speech-card"),
        (4, "speech-card"),
        (9, "speech-card"),
        (10, "speech-card"),
    ]
    assert kept[4] == "Veroljub Arsić" and kept[10] == "Milan Petrović"


def test_a_name_card_over_its_label_goes_the_speech_above_stays() -> None:
    text = (
        "M. Martin Ouellet\nM. Ouellet : M. le Président, je vous remercie.\n\n"
        "M. Paul Tremblay\nM. Ouellet : Je poursuis.\n"
    )
    kept, removed = _stripped(text)
    assert removed == [(1, "M. Martin Ouellet", "name-card")]
    assert kept[3] == "M. Paul Tremblay"  # the label below names someone else


def test_a_label_column_is_found_among_the_lines_at_the_margin() -> None:
    text = (
        "Sitzung des Ausschusses\n\n"
        "Vorsitzende     Herr Zeuge, wo waren Sie am Abend des 3. Mai?\n"
        "Zeuge Hollweg   Ich war zu Hause, bei meiner Frau. Gegen neun Uhr kam der Nachbar\n"
        "                Herr Adam vorbei.\n"
        "Verteidiger     Keine weiteren Fragen.\n"
    )
    source = read_text(held_text(text, "column.txt"), "utf-8", "column.txt", default_config())
    assert [para.joined for para in source.paragraphs] == [
        "Sitzung des Ausschusses",
        "Vorsitzende\tHerr Zeuge, wo waren Sie am Abend des 3. Mai?",
        "Zeuge Hollweg\tIch war zu Hause, bei meiner Frau. Gegen neun Uhr kam der Nachbar Herr Adam vorbei.",
        "Verteidiger\tKeine weiteren Fragen.",
    ]


def test_a_turn_of_one_paragraph_holds_it_without_a_list() -> None:
    para = Para("Ich eröffne die Sitzung.", 3)
    turn = Turn("muster", SpeakerLabel("Präsident Muster:", "Präsident Muster", ":"), [], 3)
    turn.items = [para]
    assert turn.held is para and turn.blocks == (para,)
    # asked as a list to change, the turn makes one and keeps it: what is added stays
    turn.items.append(Para("Das Wort hat Frau Beispiel.", 4))
    assert isinstance(turn.held, list) and [block.line for block in turn.blocks] == [3, 4]
    assert turn == Turn(turn.who, turn.speaker, list(turn.blocks), 3)


def test_the_model_of_a_record_holds_each_lone_paragraph_of_a_turn_as_it() -> None:
    text = (
        "Präsident Muster: Ich eröffne die Sitzung.\n\n"
        "Abg. Beispiel (SPD): Herr Präsident! Meine Damen und Herren!\n\n"
        "Wir beraten heute den Haushalt.\n\n"
        "Präsident Muster: Vielen Dank.\n"
    )
    document = convert_text(text, "sitzung.txt").document
    turns = [item for division in document.body for item in division.items if isinstance(item, Turn)]
    assert [len(turn.blocks) for turn in turns] == [1, 2, 1]
    assert [isinstance(turn.held, list) for turn in turns] == [False, True, False]

"""Review of round 47's shapes, each in an invented sample or text (names invented): the Russian
and Ukrainian general, finance and executive director are offices as whole words, so that the
directorate their words open ("Генеральный директорат:", "Исполнительный директорат:", a body
heading a paragraph of a general meeting's record) stays no label while the director before
his name is one, printed once or often; and the analyst's firm and role in two spaced dashes
is vouched for by a participant's word only after a name, no heading of a council's item."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_speakers


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p|//t:div/t:p")  # type: ignore[arg-type]


def test_a_directorate_opened_by_the_director_s_words_is_no_label() -> None:
    """ "Генеральный директорат: Годовой отчёт …": the directorate's paragraph kept in the turn
    above, the general director before her name a label."""
    root = tabled_tei("ru-meeting-general-directorate.txt")
    speakers = turn_speakers(root)
    assert "Генеральный директор Сидорова Е.П.:" in speakers
    assert not any("директорат" in speaker for speaker in speakers)
    said = " ".join(_said(root))
    assert "Генеральный директорат: Годовой отчёт" in said
    assert "Исполнительный директорат: Смета расходов" in said


def test_the_directors_printed_once_in_an_excerpt_are_labels() -> None:
    """An excerpt that prints each label once: the general, the executive and the Ukrainian
    finance director before their names are offices still."""
    root = text_tei(
        "Собрание акционеров\n\n"
        "Генеральный директор Сидорова Е.П.: Уважаемые акционеры, год был трудным.\n"
        "Акционер Козлов А.А.: Почему не выплачены дивиденды?\n"
        "Исполнительный директор Орлов В.В.: Прибыль направлена на развитие.\n",
        "ru.txt",
    )
    assert turn_speakers(root) == [
        "Генеральный директор Сидорова Е.П.:",
        "Акционер Козлов А.А.:",
        "Исполнительный директор Орлов В.В.:",
    ]


def test_two_dashed_parts_of_a_council_s_item_ending_in_residents_stay_speech() -> None:
    """ "Mill Lane -- Footpath -- Residents:" and "Budget 2025 -- Consultation -- Members:", an
    item's heading whose last part is a participant's word, stay the chair's paragraphs; a
    resident's name, street and role before the colon is a label."""
    root = text_tei(
        "Parish Council of Little Hadley\nMinutes of the public meeting\n\n"
        "Chair: Good evening. The first item is the footpath.\n"
        "Mill Lane -- Footpath -- Residents: Several letters were received about the path.\n"
        "Budget 2025 -- Consultation -- Members: The consultation closes this month.\n"
        "Mary Jones -- Oak Road -- Resident: The path has been flooded since November.\n"
        "Chair: Thank you. Next, the budget.\n",
        "en.txt",
    )
    assert turn_speakers(root) == ["Chair:", "Mary Jones -- Oak Road -- Resident:", "Chair:"]
    assert any("Mill Lane -- Footpath -- Residents:" in p for p in _said(root))


def test_an_opener_before_a_recording_part_and_its_number_stays_speech() -> None:
    """ "Now session two is cancelled", a speech's last line alone between two turns: the
    opener and "session" with its number are no ordinal's item, no heading; "Primer punto del
    orden del día" (the ordinal before the division's word) heads its item still."""
    root = text_tei(
        "Select Committee on Transport\nOral evidence\n\n"
        "Chair: Welcome to the committee. Let us begin with the timetable.\n"
        "Mr Grant: Thank you. The first session was well attended.\n"
        "Now session two is cancelled\n"
        "Chair: Why was it cancelled?\n"
        "Mr Grant: The hall was closed.\n",
        "en.txt",
    )
    assert texts(root, "//t:head") == []  # type: ignore[arg-type]
    assert any("Now session two is cancelled" in p for p in _said(root))
    heading = text_tei(
        "Ayuntamiento de Ejemplo\nActa del Pleno\n\n"
        "ALCALDE: Buenos días, se abre la sesión.\n"
        "CONCEJAL GÓMEZ: Gracias, señor alcalde.\n"
        "Primer punto del orden del día\n"
        "ALCALDE: Pasamos a la aprobación del acta.\n",
        "es.txt",
    )
    assert "Primer punto del orden del día" in texts(heading, "//t:head")  # type: ignore[arg-type]

"""A review of the bench a trial's record lists with dashes over colon turns: the cast's entry
names who holds the office (a rank in small letters and a name, "армвоенюрист Н. П. Громов."),
never the words of a turn that a record set off by its dash before it took the colon
("Председатель — Начнём, товарищи." / "Секретарь — Все в сборе." / "Председатель: …")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_dashed_turns_over_colon_turns_stay_turns() -> None:
    """ "Председатель — Начнём, товарищи. Время дорого." / "Секретарь — Все в сборе." over
    "Председатель: Слово имеет …": short sentences after the dash, no rank nor name, are the
    first turns, their words kept in the body."""
    root = tabled_tei("ru-soveshchanie-tire-zatem-dvoetochie.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Начнём, товарищи. Время дорого."]
    assert texts(root, "//t:sp[2]/t:p") == ["Все в сборе."]
    assert not texts(root, "//t:front//t:div[@type='list']/t:p")


def test_dashed_greetings_over_colon_turns_stay_turns() -> None:
    """Negative: an interview's or a council's first turns by the dash, a name addressed after a
    comma ("Добрый вечер, Иван Петрович.") or a sentence in small letters, stay turns."""
    assert _speakers(
        "Ведущий — Добрый вечер, Иван Петрович.\n"
        "Директор — Добрый вечер.\n"
        "Ведущий: Расскажите о планах завода на будущий год.\n"
        "Директор: Мы собираемся открыть новый цех.\n"
    ) == ["Ведущий —", "Директор —", "Ведущий:", "Директор:"]
    assert _speakers(
        "Chairman - Good evening and welcome to everyone.\n"
        "Clerk - Apologies were received from Cllr Hart.\n"
        "Chairman: Thank you. We move to the first item.\n"
        "Cllr Reed: I have a question about the footpath.\n"
    ) == ["Chairman -", "Clerk -", "Chairman:", "Cllr Reed:"]


def test_a_cast_printed_once_over_single_turns_is_the_head() -> None:
    """A short excerpt, each label once: the bench's rank and name after the dash is the front's
    list, the turns below are read ("Председательствующий:", "Подсудимый Лавров:", "Прокурор:")."""
    root = text_tei(
        "Председательствующий — армвоенюрист Н. П. Громов.\n"
        "Секретарь — военюрист С. А. Котов.\n"
        "Председательствующий: Подсудимый Лавров, признаёте ли вы себя виновным?\n"
        "Подсудимый Лавров: Да, признаю полностью.\n"
        "Прокурор: Вопросов не имею.\n"
    )
    assert texts(root, "//t:front//t:div[@type='list']/t:p") == [
        "Председательствующий — армвоенюрист Н. П. Громов.",
        "Секретарь — военюрист С. А. Котов.",
    ]
    assert texts(root, "//t:sp/t:speaker") == ["Председательствующий:", "Подсудимый Лавров:", "Прокурор:"]

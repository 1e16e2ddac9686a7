"""A name and its office in lower case joined by a dash alone on the line above the speech, as
Russian and Ukrainian commissions' and boards' minutes print each speaker; and what only looks so
(a sentence after a name's dash that opens with an office), each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_name_a_dash_and_its_office_in_lower_case_alone_above_the_speech() -> None:
    """ "Ковалёв П.С. – председатель совета": the office after the name in lower case, as the
    comma form "Jean Martin, directeur financier" has it; no dash or office left in the speech."""
    root = tabled_tei("ru-komissiya-name-dash-office.txt")
    assert all(not p.startswith("–") for p in texts(root, "//t:sp/t:p"))
    assert texts(root, "//t:sp[3]/t:p") == [
        "У меня вопрос к правлению по расходам на ремонт. Почему они выросли вдвое?"
    ]


def test_a_name_a_dash_and_a_sentence_in_lower_case_is_no_name_and_office() -> None:
    """ "Рябинин Н.Г. – председатель комиссии сообщил, что отчёт готов.": an office opening a
    sentence that goes on past a comma and ends with a stop is no name and office alone; the
    line stays as it was, a paragraph of the speech above."""
    line = "Рябинин Н.Г. – председатель комиссии сообщил, что отчёт готов."
    paragraphs = [
        "Стенограмма заседания",
        "Ковалёв П.С. – Начинаем заседание. Слово для доклада.",
        line,
        "Ковалёв П.С. – Спасибо, переходим к голосованию.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "ru.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Ковалёв П.С. –", "Ковалёв П.С. –"]
    assert (
        texts(root, "//t:sp[1]/t:p")[-1] == "Рябинин Н.Г. – председатель комиссии сообщил, что отчёт готов."
    )

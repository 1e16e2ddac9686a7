"""An office, a dash and its holder's name alone on the line above the speech, as commissions',
councils' and boards' minutes print each speaker (Russian, Ukrainian, Italian, Portuguese); and
what only looks so: the chair calling the member whose own label opens the line below, a
protocol's officers stacked in its head, its agenda's items, a signature, a dash inside a speech.
Each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


@pytest.mark.parametrize(
    "sample",
    [
        "ru-komissiya-office-dash-name.txt",
        "ru-komissiya-office-dash-name-paragraphs.txt",
        "uk-komisiia-office-dash-name.txt",
        "it-commissione-office-dash-name.txt",
        "pt-conselho-office-dash-name.txt",
    ],
)
def test_an_office_a_dash_and_its_holder_alone_above_the_speech_opens_a_turn(sample: str) -> None:
    """ "Председатель – Ковалёв П.С.", "Presidente – Onorevole Bianchi", "Secretária — Dra. Ana
    Lopes" over the speech, on the next line or in the next paragraph: the label as printed, the
    person the holder's; no dash or name left at the head of the speech."""
    root = tabled_tei(sample)
    for first in texts(root, "//t:sp/t:p[1]"):
        assert not first.startswith(("–", "—", "Ковалёв", "Гончаренко", "Мельник", "Onorevole", "Dr."))


def test_the_office_s_holder_is_the_person_and_the_office_the_role() -> None:
    """The holder's name gives the person its name parts, the office is the role; a dash inside
    a speech ("Бюджет – вопрос долгий, …") stays the speech's, and the signature under the last
    speech in the same shape, nothing below it, a paragraph of that speech."""
    root = tabled_tei("ru-komissiya-office-dash-name.txt")
    assert root.xpath("//t:person[@xml:id='petrova-a-i']/@role", namespaces=NS) == ["Член комиссии"]
    assert texts(root, "//t:person[@xml:id='kovalev-p-s']/t:persName[1]/t:surname") == ["Ковалёв"]
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "Председатель комиссии – Ковалёв П.С."
    assert "Бюджет – вопрос долгий" in texts(root, "//t:sp[2]/t:p")[0]


def test_the_chair_calling_the_member_whose_label_opens_the_line_below_stays_the_chair_s() -> None:
    """ "Председатель – Сомов Г.А." over "Сомов Г.А. – Уважаемые депутаты, …", where each turn
    opens with its label and a dash: the chair's turn, the called member's name its speech."""
    root = tabled_tei("ru-sovet-chair-calls-dash.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Сомов Г.А."]
    assert texts(root, "//t:sp[5]/t:p") == ["Руденко Л.В."]


def test_a_protocol_s_officers_agenda_and_signature_in_the_same_shape_open_no_turn() -> None:
    """A protocol's head listing its chair and secretary one a line with no speech between
    ("Председатель – Ковалёв П.С." / "Секретарь – Петрова А.И." / "Присутствовали: …"), its
    agenda's items ("1. Отчёт – Ковалёв П.С."), "Слушали:" / "Постановили:" and the signature
    last: no turn at all, each line kept as printed."""
    root = sample_tei("ru-protokol-head-officers-dashed.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    lines = texts(root, "//t:text//t:p")
    for line in (
        "Председатель – Ковалёв П.С.",
        "Секретарь – Петрова А.И.",
        "1. Отчёт – Ковалёв П.С.",
        "Слушали:",
        "Председатель комиссии – Ковалёв П.С.",
    ):
        assert line in lines


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # the chair calls one member, another answers under his own label: as before
            "Председатель – Петров П.П.\n\nИванов И.И. – Уважаемые коллеги, позвольте по порядку.\n\n"
            "Председатель – Пожалуйста.\n",
            ["Иванов И.И. –", "Председатель –"],
        ),
        (  # the office and its holder inside a speech's paragraph, a sentence going on past its dash
            "Стенограмма заседания\n\nКовалёв П.С. – Начинаем заседание. Слово секретарю.\n\n"
            "Лаптева Н.И. – Проект разослан. Докладчик – Ковалёв П.С.\n"
            "Председатель – Ковалёв П.С. – предлагает принять решение в целом.\n\n"
            "Ковалёв П.С. – Спасибо, переходим к голосованию.\n",
            ["Ковалёв П.С. –", "Лаптева Н.И. –", "Председатель –", "Ковалёв П.С. –"],
        ),
    ],
)
def test_what_only_looks_like_an_office_over_its_holder_reads_as_before(text: str, labels: list[str]) -> None:
    """The same shape where the line below is another member's label, or where the line is a
    paragraph's second and its dash goes on into a sentence, reads as it did."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels

"""An office and its holder's name joined by a dash alone on the line above the speech, as
commissions', councils' and boards' minutes print each speaker (Russian, Ukrainian, Italian,
Portuguese), the office first or the name first; and what only looks so (a protocol's officers
stacked in its head, an agenda's items, a dash inside a speech, a signature, `Слушали:`), each in
an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, tabled_tei, texts


@pytest.mark.parametrize(
    "sample",
    [
        "ru-komissiya-office-dash-name.txt",
        "uk-komisiia-office-dash-name.txt",
        "it-commissione-office-dash-name.txt",
        "pt-conselho-office-dash-name.txt",
    ],
)
def test_an_office_a_dash_and_its_holder_alone_above_the_speech_opens_a_turn(sample: str) -> None:
    """ "Председатель – Ковалёв П.С.", "Голова комісії – Мельник О.В.", "Presidente – Onorevole
    Bianchi", "Secretária — Dra. Ana Lopes" alone over the speech: the label as printed, the
    person the holder's name, the office a label of the same person."""
    root = tabled_tei(sample)
    first = texts(root, "//t:sp[1]/t:p")[0]
    assert not first.startswith(("–", "—", "Ковалёв", "Мельник", "Onorevole", "Dr."))


def test_the_office_s_holder_is_the_person_and_the_office_the_role() -> None:
    """The holder's name gives the person its name parts; the office is her role; a dash inside
    a speech ("Бюджет – вопрос долгий, …") stays the speech's, and a signature under the last
    speech in the same shape a paragraph of that speech."""
    root = tabled_tei("ru-komissiya-office-dash-name.txt")
    assert root.xpath("//t:person[@xml:id='petrova-a-i']/@role", namespaces=NS) == ["Член комиссии"]
    assert texts(root, "//t:person[@xml:id='kovalev-p-s']/t:persName[1]/t:surname") == ["Ковалёв"]
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "Председатель комиссии – Ковалёв П.С."
    assert "Бюджет – вопрос долгий" in texts(root, "//t:sp[2]/t:p")[0]


def test_a_name_a_dash_and_its_office_in_lower_case_alone_above_the_speech() -> None:
    """ "Ковалёв П.С. – председатель совета": the office after the name in lower case, as the
    comma form "Jean Martin, directeur financier" has it; no dash or office left in the speech."""
    root = tabled_tei("ru-komissiya-name-dash-office.txt")
    assert all(not p.startswith("–") for p in texts(root, "//t:sp/t:p"))


def test_a_protocol_s_officers_agenda_and_signature_in_the_same_shape_open_no_turn() -> None:
    """A protocol's head listing its chair and secretary one a line with no speech between
    ("Председатель – Ковалёв П.С." / "Секретарь – Петрова А.И." / "Присутствовали: …"), its
    agenda's items ("1. Отчёт – Ковалёв П.С."), "Слушали:" / "Постановили:" and the signature
    last: no turn at all, each line kept as printed."""
    root = sample_tei("ru-protokol-head-officers-dashed.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    lines = texts(root, "//t:text//t:p")
    for line in (
        "Секретарь – Петрова А.И.",
        "1. Отчёт – Ковалёв П.С.",
        "Председатель комиссии – Ковалёв П.С.",
    ):
        assert line in lines

"""A record head's fields set one under another with no blank line ("Posėdžio pirmininkas – A.
X." / "Posėdžio sekretorė – R. Y.", "Председатель – X." / "Секретарь – Y."), a signature's mark
after a comma ("Tomislav Marić, v. r."), and the counter-examples that stay turns: the chair's
call over the speaker called, a field over a speech in one paragraph, names whose initials read
like a signature's mark. Invented samples (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.turn_labels import _signed_name


def test_a_seimas_head_s_stacked_dashed_fields_are_no_turns() -> None:
    """ "Posėdžio pirmininkas – A. Kazlauskas." over "Posėdžio sekretorė – R. Jonaitienė.", no
    blank line between: who presides and who keeps the record, no turn of the first whose
    speech is the second."""
    tei = tabled_tei("lt-seimas-stenograma-head-stacked-fields.txt")
    assert not tei.xpath("//t:speaker[contains(., 'Posėdžio')]", namespaces=NS)


def test_stacked_fields_whose_holders_speak_below_are_no_turns() -> None:
    """ "Председатель – Ковалёв П.С." / "Секретарь – Лаптева Н.И." over turns labelled by the
    same names: fields, for a chair's call is followed by the speaker called, never by another
    office's line; the fields stay in the text."""
    tei = tabled_tei("ru-protokol-komissii-stacked-fields.txt")
    assert "Председатель – Ковалёв П.С. Секретарь – Лаптева Н.И." in texts(tei, "//t:body//t:p")


@pytest.mark.parametrize(
    "text",
    [
        "Председатель: Ковалёв П.С.\nСекретарь: Лаптева Н.И.\n\nКовалёв П.С.: Коллеги, начинаем.\n\n"
        "Лаптева Н.И.: Проект разослан.\n",
        "ПРОТОКОЛ № 5\n\nПредседатель – Ковалёв П.С.\nСекретарь – Лаптева Н.И.\n\n"
        "Ковалёв П.С.: Коллеги, начинаем.\n\nЛаптева Н.И.: Проект разослан.\n",
    ],
)
def test_stacked_fields_with_a_colon_or_a_dash_alike(text: str) -> None:
    """The same fields set off by a colon, or with no title above them, are no turns either."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == ["Ковалёв П.С.:", "Лаптева Н.И.:"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "PRESIDENTE: Onorevole Bianchi.\nBIANCHI: Grazie. Il decreto va respinto.\n\nPRESIDENTE: Grazie.\n",
            ["PRESIDENTE:", "BIANCHI:", "PRESIDENTE:"],
        ),
        (
            "Председатель – Петров П.П.\n\nПетров П.П. – Уважаемые коллеги, бюджет нужно принять.\n\n"
            "Председатель – Спасибо.\n",
            ["Председатель –", "Петров П.П. –", "Председатель –"],
        ),
        (
            "Presidente – Senatore Bianchi.\n\nBianchi – Signor Presidente, colleghi, il decreto va respinto.\n",
            ["Presidente –", "Bianchi –"],
        ),
    ],
)
def test_the_chair_s_call_over_the_speaker_called_stays_a_turn(text: str, labels: list[str]) -> None:
    """The chair calling a member, the member's label on the next line or paragraph: a turn,
    for the call is followed by the speaker called, not by another field."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels


def test_a_signature_after_a_comma_is_no_turn() -> None:
    """ "Predsjednik Gradskog vijeća:" / "Tomislav Marić, v. r." under a council's conclusion:
    the signature, kept in the text, no turn."""
    tei = tabled_tei("hr-gradsko-vijece-zakljucak-potpis-zarez.txt")
    assert "Predsjednik Gradskog vijeća: Tomislav Marić, v. r." in texts(tei, "//t:body//t:p")


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Jan Novák v. r.", True),
        ("Ivan Horvat, s. r.", True),
        ("Сергей Петров с. р.", True),
        ("Ram Singh M. P.", False),
        ("Ivan Horvat S. R.", False),
        ("Сергей Петров С. Р.", False),
        ("Petrov S. R.", False),
    ],
)
def test_a_signature_s_mark_is_in_lower_case(line: str, signed: bool) -> None:
    """The marks are printed in lower case; the same letters in capitals end a name with its
    initials ("Ram Singh M. P."), no signature."""
    assert _signed_name(line, load_config()) is signed


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "MR. SPEAKER: The House will now take up the Finance Bill.\n\nHon. M. P. Singh: Sir, I rise "
            "to support the Bill.\n\nMR. SPEAKER: Thank you. Shri S. K. Patil.\n\nShri S. K. Patil: Sir, "
            "the Bill does not go far enough.\n",
            ["MR. SPEAKER:", "Hon. M. P. Singh:", "MR. SPEAKER:", "Shri S. K. Patil:"],
        ),
        (
            "ПРЕДСЕДАТЕЛЬ:\nСлово предоставляется Петрову.\n\nС. Р. Петров:\nТоварищи, я хочу сказать "
            "о плане.\n\nПРЕДСЕДАТЕЛЬ:\nКто ещё хочет выступить?\n",
            ["ПРЕДСЕДАТЕЛЬ:", "С. Р. Петров:", "ПРЕДСЕДАТЕЛЬ:"],
        ),
        (
            "CHAIRMAN: We now hear the witness.\n\nE. H. Carr: Thank you, Mr. Chairman.\n\n"
            "CHAIRMAN: Please go on.\n\nE. H. Carr: The archives were opened in 1991.\n",
            ["CHAIRMAN:", "E. H. Carr:", "CHAIRMAN:", "E. H. Carr:"],
        ),
    ],
)
def test_labels_with_a_signature_s_letters_as_initials_stay_labels(text: str, labels: list[str]) -> None:
    """ "Hon. M. P. Singh:", "С. Р. Петров:", "E. H. Carr:": initials, no signature's mark."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels

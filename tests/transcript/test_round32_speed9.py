"""The thirty-second round's parse speed: the cuts that ask a cheap test before the dear work,
or read a text once where it was read twice, keep what that work found."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.lines import broken_at_end, paragraph_end
from stenogram.transcript.units import Lines


@pytest.mark.parametrize(
    ("line", "following", "broken"),
    [
        ("Bundesminis-", "terin Dr. Clara Weinhold:", True),  # a hyphen broke the office's word
        ("Bundesminis-\n", "terin Dr. Clara Weinhold:", True),  # the line's break kept after it
        ("Anna Brenner-", "Lindqvist (SPD):", False),  # a double name's hyphen: its part is capital
        ("Die Sitzung ist er- öffnet", "und wir beginnen.", False),  # no hyphen at the line's end
        ("Punkt 3 -", "dann die Abstimmung.", False),  # a dash after a space, no word's
        ("Abschnitt 12-", "b des Entwurfs.", False),  # a figure before the hyphen, no letter
    ],
)
def test_a_word_broken_at_the_lines_end_is_asked_by_its_hyphen(
    line: str, following: str, broken: bool
) -> None:
    """``Bundesminis-`` / ``terin Dr. Clara Weinhold:``: a letter and a hyphen end the line (or
    stand before its last break) and the next line goes on in lower case; a line that does not
    end with a hyphen is refused before the pattern is searched."""
    assert broken_at_end(line, following) is broken


def test_an_office_label_broken_by_a_hyphen_over_two_lines_stays_one_label() -> None:
    """``Bundesminis-`` / ``terin Dr. Clara Weinhold:``: the label read over the two lines."""
    tei = tabled_tei("de-bt-label-hyphen-broken-office.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Herr Präsident! Liebe Kolleginnen")


def test_a_surname_alone_announced_at_the_end_of_a_wrapped_paragraph_is_a_label() -> None:
    """``… переходим к прениям по докладу`` / ``о весеннем севе. Слово предоставляется товарищу
    Кравчуку.`` then ``Кравчук.`` alone over the speech: the paragraph before, two lines, names
    him after the announcement; its end is read once for the stem and the announcement."""
    text = (
        "Стенографический отчёт пленума. Утреннее заседание 9 марта\n\n"
        "Гаврилюк. Товарищи, переходим к прениям по докладу\n"
        "о весеннем севе. Слово предоставляется товарищу Кравчуку.\n\n"
        "Кравчук.\nТоварищи, весенний сев в нашем районе идёт хорошо, колхозы подготовили семена.\n\n"
        "Гаврилюк. Слово имеет товарищ Нестеренко.\n\n"
        "Нестеренко.\nВ нашей области сев начался на неделю раньше прошлогоднего.\n"
    )
    tei = text_tei(text)
    assert texts(tei, "//t:sp/t:speaker") == ["Гаврилюк.", "Кравчук.", "Гаврилюк.", "Нестеренко."]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Товарищи, весенний сев в нашем районе идёт хорошо, колхозы подготовили семена."
    ]
    rows = {row.name: row for row in convert_text(text.encode(), "x.txt").report.labels}
    assert "announced" in rows["Кравчук"].features
    assert "announced" in rows["Нестеренко"].features


@pytest.mark.parametrize("count", [1, 2, 3, 8, 9, 12])
def test_a_paragraphs_end_read_from_its_lines_is_its_last_lines_joined(count: int) -> None:
    """``Die Sitzung ist eröffnet. Zeile 1`` … over *count* lines: the end a label below reads is
    the last eight lines joined, three hundred characters at most, whether the paragraph is
    held as its lines' places in one text or as a list of texts; a paragraph of eight lines or
    fewer is its whole text."""
    pairs = [
        (10 + at, f"Die Sitzung ist eröffnet, und wir beraten den Punkt {at} der Tagesordnung.")
        for at in range(count)
    ]
    held = Lines(pairs)
    expected = paragraph_end([text for _, text in pairs])
    assert paragraph_end(held) == expected
    assert len(expected) <= 300
    if count <= 8:
        assert expected == held.joined[-300:]


@pytest.mark.parametrize(
    "line",
    [
        "• Whatsapp: abre ventana nueva",
        "Facebook (opens in a new tab)",
        "Twitter (Öffnet in einem neuen Fenster)",
        "LinkedIn - S'OUVRE DANS UNE NOUVELLE FENÊTRE",
        "Opens in new window",
        "Telegram: открывается в новом окне",
    ],
)
def test_a_share_buttons_note_for_screen_readers_is_the_pages_furniture(line: str) -> None:
    """``• Whatsapp: abre ventana nueva``, ``Facebook (opens in a new tab)``: the note is taken
    whole as furniture, its phrase's first letter asked before the service's name is tried at
    each of its characters (in any case, in any of the phrases' languages)."""
    patterns = {p.name: p.regex for p in load_config().furniture_lines}
    assert patterns["web-new-window-link"].match(line)
    assert load_config().furniture_any.match(line)  # type: ignore[union-attr]


def test_a_line_naming_a_new_window_in_a_sentence_is_no_furniture() -> None:
    """``Mr Lund: The minister opens a new window for talks.``: a speech's sentence, no note."""
    patterns = {p.name: p.regex for p in load_config().furniture_lines}
    assert not patterns["web-new-window-link"].match("Mr Lund: The minister opens a new window for talks.")


def test_share_notes_over_a_press_conference_are_taken_off_before_its_labels() -> None:
    """``  • x: abre ventana nueva`` … ``  • Whatsapp: abre ventana nueva`` over ``Portavoz.-``:
    the notes are no labels, the spokesman's turn the first."""
    tei = tabled_tei("es-web-share-new-window.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Buenos días.")
    assert not any("ventana" in text for text in texts(tei, "//t:sp//t:p"))

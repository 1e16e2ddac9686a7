"""English-language records' shapes earlier rounds left: a phone-in's callers named in brackets
with their towns (`CALLER (Mary, Leeds):`, one person each), an earnings call's section heading
over the speaker's dashed office (`Opening Remarks -- Chairman` / `Peter Castellan -- Chairman`),
the captions' note of lost words in other words (`>> [ INDISCERNIBLE ]`, a turn as `>> [ INAUDIBLE
]` is), a web copy's share row with its colon (`Share this: Facebook Twitter LinkedIn`, `Teilen:
Facebook Twitter E-Mail`, furniture), and a German town council's abbreviation hyphened to its
office (`Stadtv.-Vorſteher Dr. X:`). Each in an invented sample (labels in turns.toml, persons in
ids.toml) and with a line of the same shape that keeps its reading."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers
from stenogram.tei.convert import convert_text


def test_callers_bracketed_with_their_towns_are_one_person_each() -> None:
    """ "CALLER (Mary, Leeds):" and "CALLER (Tom, Bradford):": the participant's word before a
    forename and a town after a comma names the caller, two persons, no one "caller"."""
    root = tabled_tei("en-radio-phonein-caller-town-brackets.txt")
    assert "caller" not in turn_ids(root)


def test_a_caller_bracketed_with_a_town_alone_stays_the_caller() -> None:
    """The negative: "CALLER (Leeds):", a town and no forename, names no one: the word's person."""
    root = text_tei(
        "PRESENTER: Morning. The lines are open.\nCALLER (Leeds): Hello there, I have a question.\n"
        "PRESENTER: Go ahead.\nCALLER (Leeds): It is about the buses.\n"
    )
    assert turn_ids(root) == ["presenter", "caller", "presenter", "caller"]


def test_a_section_heading_over_a_dashed_office_is_no_label() -> None:
    """ "Opening Remarks -- Chairman" alone over "Peter Castellan -- Chairman": the upper line,
    another name's and office's shape right over it, opens no speech; a heading kept."""
    root = tabled_tei("en-earnings-call-section-heading-dashed.txt")
    assert "Opening Remarks -- Chairman" in outside_turns(root)
    assert turn_paragraphs(root)[1].startswith("Thank you, operator.")


def test_a_section_heading_over_a_dashed_office_in_one_paragraph() -> None:
    """The same with no blank line between the heading, the label and the speech, as a copy that
    lost them prints it: the name's line inside the paragraph opens the chairman's turn."""
    root = text_tei(
        "Operator\nWelcome to the call.\n\nOpening Remarks -- Chairman\nPeter Castellan -- Chairman\n"
        "Thank you, operator.\n\nDaniel Whitmore -- Chief Executive Officer\nThanks, Peter.\n"
    )
    assert turn_ids(root) == ["operator", "peter-castellan", "daniel-whitmore"]
    assert turn_paragraphs(root)[1] == "Thank you, operator."


def test_a_dashed_office_alone_over_its_speech_stays_a_label() -> None:
    """The negative: "Peter Castellan -- Chairman" printed once over his speech, no dashed line
    under it, keeps its label, as before."""
    root = text_tei(
        "Operator\n\nWelcome to the call.\n\nPeter Castellan -- Chairman\n\nThank you, operator.\n\n"
        "Daniel Whitmore -- Chief Executive Officer\n\nThanks, Peter.\n"
    )
    assert turn_ids(root) == ["operator", "peter-castellan", "daniel-whitmore"]


def test_the_captions_note_of_indiscernible_words_is_a_turn_as_inaudible_is() -> None:
    """ ">> [ INDISCERNIBLE ]" and ">> [ Indiscernible ]": words lost as ">> [ INAUDIBLE ]"'s,
    the unnamed speaker's turn holding the gap, one rule for the captions' notes of lost words."""
    root = tabled_tei("en-council-cart-indiscernible-note.txt")
    assert root.xpath("//t:sp[@xml:id='sp-3']//t:gap", namespaces=NS)


def test_the_captions_note_of_crosstalk_is_no_turn() -> None:
    """The negative: ">> [ CROSSTALK ]", the hall's noise, no one's lost words, opens no turn; the
    note stays in the turn before it."""
    root = tabled_tei("en-council-cart-indiscernible-note.txt")
    assert any("CROSSTALK" in p for p in turn_paragraphs(root))
    assert turn_speakers(root)[5] == ">> MAYOR DALTON:"


def test_a_share_row_with_its_colon_is_the_page_s_furniture() -> None:
    """ "Share this: Facebook Twitter LinkedIn" and "Related transcripts" at a web copy's end, and
    the German "Teilen: Facebook Twitter E-Mail": the page's, taken off, no words of the last
    turn; a speaker's own "Share this: the figures …" stays the speech."""
    root = tabled_tei("en-hearing-web-share-row.txt")
    assert turn_paragraphs(root)[-1] == "Thank you both."
    assert "Share this: the figures for the northern region are worse." in turn_paragraphs(root)
    german = tabled_tei("de-ausschuss-web-share-row.txt")
    assert turn_paragraphs(german)[-1] == "Dann schauen wir auf die Zahlen."


def test_a_spanish_share_row_with_bars_is_furniture() -> None:
    """ "Compartir en: Facebook | Twitter" under the last turn: the page's share row."""
    text = (
        "PRESIDENTA: Se abre la sesión.\nMINISTRO: Gracias, presidenta.\nPRESIDENTA: Gracias.\n"
        "MINISTRO: La deuda también baja.\nCompartir en: Facebook | Twitter\n"
    )
    result = convert_text(text.encode(), "x.txt")
    assert [text for _, text, _ in result.report.furniture] == ["Compartir en: Facebook | Twitter"]


def test_an_abbreviation_hyphened_to_an_office_makes_the_label() -> None:
    """ "Stadtv.-Vorſteher Dr. Lindemann:", "Reg.-Rath Dr. Kranz:": an abbreviated word's stop and
    hyphen before the compound's next word written out are the word's, no label's end."""
    root = tabled_tei("de-stadtverordneten-hyphened-office.txt")
    assert turn_paragraphs(root)[0].startswith("Ich eröffne die Sitzung.")


def test_a_sentence_stop_glued_to_a_hyphen_opens_no_label() -> None:
    """The negative: a sentence's stop and a hyphen before a capital in a speech ("… geschloſſen.-Die
    nächſte …") and a reference's abbreviation ("Vgl. Anl.-Verzeichnis: Seite 4") stay the speech."""
    root = text_tei(
        "Vorſteher Dr. Lindemann: Ich eröffne die Sitzung.\nStadtv. Hoffmann: Ich bitte um das Wort.\n"
        "Die Sitzung wird um 5 Uhr geschloſſen.-Die nächſte folgt am Montag.\nStadtv. Hoffmann: Gut.\n"
        "Vorſteher Dr. Lindemann: Danke.\nVgl. Anl.-Verzeichnis: Seite 4 des Berichts.\n"
    )
    assert turn_ids(root) == [
        "vorsteher-dr-lindemann",
        "stadtv-hoffmann",
        "stadtv-hoffmann",
        "vorsteher-dr-lindemann",
    ]

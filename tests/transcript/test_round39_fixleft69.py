"""First turns a short excerpt lost: the chair's label with a note of going on after a comma
alone over the speech, two labels printing the same words (an exhibit marked), the chair
calling the next speaker by a name in the dative, and the office with the chair's name in
brackets after a comma before the speech on its line; and what only looks so, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import SAMPLES as SAMPLE_DIR
from label_samples import tabled_tei, text_tei, texts


def test_the_chair_going_on_after_a_comma_alone_over_the_speech() -> None:
    """ "THE CHAIRMAN, (continuing)": the comma is the printer's, the note the speech's; the
    chair's turn, as the line without the comma or the inline form is, not the title."""
    root = tabled_tei("en-us-hearing-chairman-continuing-comma.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("And so the committee")
    assert texts(root, "//t:titleStmt/t:title") == ["en-us-hearing-chairman-continuing-comma.txt"]


def test_a_heading_with_its_note_after_a_comma_stays_no_label() -> None:
    """ "REPORT OF THE COMMITTEE, (continued)" over prose names no office: no turn."""
    root = text_tei(
        (SAMPLE_DIR / "en-committee-report-continued-comma-heading.txt").read_text(encoding="utf-8")
    )
    assert texts(root, "//t:sp/t:speaker") == []
    assert texts(root, "//t:body//t:p")[0] == "REPORT OF THE COMMITTEE, (continued)"


def test_two_labels_printing_the_same_words_are_an_exchange() -> None:
    """Counsel marking an exhibit and the clerk saying it after: two turns, no fields of a head
    naming one holder twice."""
    root = tabled_tei("en-us-court-exhibit-marked-echoed.txt")
    assert texts(root, "//t:sp/t:p") == ["Defense Exhibit C.", "Defense Exhibit C.", "It will be received."]


def test_an_exhibit_list_and_a_table_s_repeated_row_stay_no_labels() -> None:
    """ "Exhibit A. Contract …" / "Exhibit B. Letter …" is a list; a table's heading row printed
    again under the same label is no exchange, its rows no labels."""
    listed = text_tei((SAMPLE_DIR / "en-court-exhibit-list.txt").read_text(encoding="utf-8"))
    assert texts(listed, "//t:sp/t:speaker") == []
    table = text_tei(
        "Harbour dues collected\n\nQuarter: Amount\nFirst quarter: 1,200\nSecond quarter: 1,400\n"
        "Quarter: Amount\nThird quarter: 1,100\n"
    )
    assert texts(table, "//t:sp/t:speaker") == ["Quarter:", "Quarter:"]  # as before: no row's label


def test_the_chair_calling_a_name_in_the_dative_opens_the_excerpt() -> None:
    """ "Головуючий: Слово Петренку." over "Петренко О.В.: …": the chair's turn, not the head's
    field naming who presides."""
    root = tabled_tei("uk-rada-chair-call-dative-opening.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Слово Петренку."]
    assert texts(root, "//t:front//t:p") == []


def test_the_chair_s_calls_in_other_languages_open_the_excerpt() -> None:
    """The phrases that give the floor, in the same place: the chair's turn too."""
    for call, called in [
        ("Председательствующий: Слово предоставляется Иванову.", "Иванов И.И.: Уважаемые коллеги, я за."),
        ("Председательствующий: Слово Иванову.", "Иванов И.И.: Уважаемые коллеги, я за."),
        ("Presidente: Tiene la palabra el señor Ruiz.", "Sr. RUIZ: Gracias, señor Presidente."),
        ("Präsident: Das Wort hat Frau Berg.", "Frau Berg (SPD): Herr Präsident! Meine Damen und Herren!"),
    ]:
        root = text_tei(f"{call}\n{called}\n")
        assert texts(root, "//t:sp/t:speaker") == [call.split()[0], called.split(":")[0] + ":"], call


def test_a_chair_s_call_mid_record_and_an_agenda_line_stay_as_they_were() -> None:
    """The chair's call as a turn's only line between two turns stays a turn; "Слово Петренку"
    with no label over a speech is no label."""
    root = text_tei(
        "Петренко О.В.: Дякую, я закінчив.\nГоловуючий: Слово Коваленку.\n"
        "Коваленко І.М.: Шановні колеги, я проти цього законопроекту.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Петренко О.В.:", "Головуючий:", "Коваленко І.М.:"]
    agenda = text_tei((SAMPLE_DIR / "uk-agenda-slovo-no-label.txt").read_text(encoding="utf-8"))
    assert texts(agenda, "//t:sp/t:speaker") == []


def test_the_office_with_the_chair_s_name_after_a_comma_before_the_speech() -> None:
    """ "The PRESIDING OFFICER, (Mr. FOOTE in the chair.) The question is …": read as without
    the comma, the label printed with it as alone on its line."""
    root = tabled_tei("en-us-globe-presiding-officer-comma-chair-inline.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["The question is on the amendment of the Senator from Ohio."]

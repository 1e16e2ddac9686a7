"""The quotation read out after a lead-in's colon, narrowed: it holds no labels only where it
stands inside a turn, under a lead-in that is no label alone on its line, and closes within its
few lines; a line closes it by the balance of its marks, anywhere on it. Each shape in an
invented sample (labels in turns.toml, persons in ids.toml) or a few lines here, with the
intercept's shape it must still hold."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.turn_labels import quotations


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_speech_opening_with_a_quotation_under_its_label_alone() -> None:
    """ "Bürgermeister Huber:" alone on its line, then "„Meine Damen und Herren, …" left open:
    the colon is the label's, no lead-in's; the councillors' labels below open their turns."""
    root = tabled_tei("de-gemeinderat-label-alone-zitat.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Bürgermeister Huber:",
        "Gemeinderat Maier:",
        "Gemeinderätin Schulz:",
        "Bürgermeister Huber:",
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["Danke. Ich beantrage, den Punkt zu vertagen."]


def test_an_agenda_title_closed_before_its_papers_number() -> None:
    """ "Ich rufe auf Tagesordnungspunkt 4:" / "„Gesetz … über die" / "Feststellung des
    Haushaltsplans“ (Drucksache 14/312)": the title's closing mark, not last on its line,
    closes it; the members' labels below open their turns."""
    root = tabled_tei("de-landtag-tagesordnung-titel-zitiert.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Präsident Weber:",
        "Abg. Lang (SPD):",
        "Präsident Weber:",
        "Abg. Roth (CDU):",
    ]


def test_a_mark_never_closed_holds_no_labels() -> None:
    """ "It says:" / "\\"That the council adopt the budget …" never closed: no quotation, the
    councillors' labels below open their turns."""
    root = tabled_tei("en-council-motion-mark-unclosed.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "MAYOR DAVIS:",
        "MR. HILL:",
        "MAYOR DAVIS:",
        "MS. PARK:",
        "MAYOR DAVIS:",
    ]


def test_a_line_quoting_on_its_own_closes_nothing() -> None:
    """An answer that opens and closes its own quotation ("Q. And later you wrote \\"I went
    home.\\"") does not close the one left open above it: the answers' labels stay labels."""
    text = (
        "THE COURT: Proceed.\nBY MR. LANE:\nQ. Your statement says:\n"
        '"I left the bar at nine and walked\nA. Yes, that is what I said.\n'
        'Q. And later you wrote "I went home."\nA. I did.\nTHE COURT: Thank you.\n'
    )
    assert _speakers(text) == ["THE COURT:", "Q.", "A.", "Q.", "A.", "THE COURT:"]


def test_the_intercept_read_out_still_holds_its_speakers() -> None:
    """Negative of the narrowing: a lead-in with speech before its colon, inside a counsel's
    turn, over a quotation closed within its lines (Polish marks, "„" closed by "”") keeps the
    intercept's speakers out of the hearing's turns."""
    text = (
        "PROKURATOR NOWAK: Odczytam zapis rozmowy, cytuję:\n"
        "„X: Jesteś na miejscu?\nY: Tak, czekam.\nX: Zaraz będę.”\n"
        "Czy pan rozpoznaje te głosy?\nŚWIADEK: Tak, drugi głos to mój.\nPROKURATOR NOWAK: Dziękuję.\n"
    )
    assert _speakers(text) == ["PROKURATOR NOWAK:", "ŚWIADEK:", "PROKURATOR NOWAK:"]


def test_quotations_by_their_lines() -> None:
    """The lines alone: a closed quotation's first and last line; none under a label alone,
    none never closed, none under a line with no colon last."""
    lines = ["MR. NICE:  It reads:", '"X:  Come.', 'Y:  No."', "THE WITNESS:  Yes."]
    assert quotations(lines, lambda line: False) == {1: 2}
    assert quotations(lines, lambda line: True) == {}
    assert quotations([*lines[:2], "Y:  No.", "THE WITNESS:  Yes."], lambda line: False) == {}
    assert quotations(["MR. NICE:  It reads.", '"X:  Come."'], lambda line: False) == {}

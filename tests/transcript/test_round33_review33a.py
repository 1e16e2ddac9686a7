"""A review of the thirty-third round's rules: the shapes of other records they misread, read as
before (an agenda's or a department's heading after an office's dash, an agenda item's bracket
with a note glued after it)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_agenda_heading_after_an_offices_dash_names_no_holder() -> None:
    """ "Chair – Opening Remarks:" alone on its line, the text below it: the item's words are an
    agenda's heading, no holder of the chair; the chair's later turns are the chair's."""
    tei = tabled_tei("en-parish-office-dash-agenda-heading.txt")
    assert not tei.xpath("//t:person[@xml:id='opening-remarks']", namespaces=NS)
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Good evening. We have a full agenda, so let us begin with the footpath report."
    ]
    assert "The chair welcomed members and the public to the meeting." in texts(tei, "//t:body//t:p")[0]


def test_a_departments_heading_before_a_dash_names_no_holder() -> None:
    """ "Ministry of Health – Annual Report: the committee noted …": a department, not an office
    the vocabulary believes, before the dash; the report's title is no person."""
    tei = text_tei(
        "Health Committee – evidence session\n\nChair: We turn to the documents laid before the"
        " committee.\n\nMinistry of Health – Annual Report: the committee noted the report and its"
        " annex.\n\nDr Okafor: Thank you, Chair. The waiting times in the annex are last year's.\n\n"
        "Chair: Thank you.\n"
    )
    assert not tei.xpath("//t:person[@xml:id='annual-report']", namespaces=NS)
    assert "Dr Okafor:" in texts(tei, "//t:sp/t:speaker")
    assert any("Annual Report" in p for p in texts(tei, "//t:body//t:p"))


def test_a_courts_heading_in_capitals_before_a_dash_names_no_holder() -> None:
    """ "TRIBUNALE DI ROMA – Sezione Lavoro: udienza del 3 aprile …": a court's name in CAPITALS,
    no office of the vocabulary, before the dash; its section is no person."""
    tei = text_tei(
        "TRIBUNALE DI ROMA – Sezione Lavoro: udienza del 3 aprile, causa n. 1234.\n\nGIUDICE: Sono"
        " presenti le parti?\n\nAVV. BIANCHI: Presente per il ricorrente.\n\nGIUDICE: Bene, procediamo.\n"
    )
    assert not tei.xpath("//t:person[@xml:id='sezione-lavoro']", namespaces=NS)
    assert texts(tei, "//t:sp/t:speaker")[-3:] == ["GIUDICE:", "AVV. BIANCHI:", "GIUDICE:"]


def test_an_agenda_items_bracket_with_a_note_glued_after_it_is_no_label() -> None:
    """ "○日程第１（議案第４号）（質疑）について": the bracket holds a bill's number, no name under a
    suffix of address, so the note glued after it opens no speech; the chair's paragraph keeps
    the line, and the seat's label with the hall's applause glued after it stays a label."""
    tei = tabled_tei("ja-shigikai-agenda-item-bracket-note.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[-1] == "○日程第１（議案第４号）（質疑）について"
    assert texts(tei, "(//t:sp)[3]/t:p/t:stage") == ["（拍手）"]

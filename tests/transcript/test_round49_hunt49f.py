"""Round 49's court hearing shapes (samples invented; labels in turns.toml, persons in ids.toml):
a New Zealand Supreme Court's counsel opening under the label alone on its line, "I appear for
the appellant" no roll's line of the head; an international tribunal's question letter with the
interpretation's note after it ("Q. [Interpretation] …"), the note the speech's, no role."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_counsel_appearing_under_the_label_alone_opens_the_first_turn() -> None:
    """ "MR RUATAPU:" / "May it please the Court, … I appear … for the appellant.": counsel's own
    appearance, first person, is the first turn's speech, no roll's line of the head."""
    root = tabled_tei("en-nz-supreme-court-counsel-appears-under-label.txt")
    assert turn_paragraphs(root)[0].startswith("May it please the Court, counsel's name is Ruatapu")
    assert "CIVIL APPEAL" in outside_turns(root)


def test_an_appearance_in_the_third_person_stays_the_head_s_roll() -> None:
    """ "MR T. HALE SC appears with MS L. DUNN as Counsel Assisting": the head's roll of who
    appears, no speech, though a label alone stands above the turns below it."""
    root = text_tei(
        "ROYAL COMMISSION INTO FERRY SAFETY\n\nHEARING, 4 MAY 2026\n\n"
        "MR T. HALE SC appears with MS L. DUNN as Counsel Assisting\n\n"
        "THE COMMISSIONER: Yes, Mr Hale.\n\nMR HALE: Commissioner, the first witness is ready.\n"
    )
    assert turn_speakers(root) == ["THE COMMISSIONER:", "MR HALE:"]
    assert not any("appears with" in text for text in turn_paragraphs(root))


def test_the_interpretation_note_after_a_question_s_letter_is_the_speech_s() -> None:
    """ "Q.   [Interpretation] Mr. Markovic, who gave you the order?": the letter is the label,
    the note on the language a stage direction of the question, no role in the speaker."""
    root = tabled_tei("en-icty-question-interpretation-note.txt")
    notes = root.xpath("//t:sp[t:speaker='Q.']/t:p/t:stage/text()", namespaces=NS)
    assert notes == ["[Interpretation]", "[Interpretation]"]


def test_the_note_after_a_colon_s_label_and_a_bare_question_read_as_before() -> None:
    """ "THE ACCUSED: [Interpretation] Thank you.": the colon's label keeps the note out as
    before; the letter's question without a note is read as ever, beside the noted one."""
    root = text_tei(
        "JUDGE HARTMANN:  Please go on.\n\nTHE ACCUSED:  [Interpretation] Thank you.\n\n"
        "Q.   Where were you?\n\nA.   At home.\n\nQ.   [Interpretation] And then?\n\nA.   Asleep.\n"
    )
    assert turn_speakers(root) == ["JUDGE HARTMANN:", "THE ACCUSED:", "Q.", "A.", "Q.", "A."]

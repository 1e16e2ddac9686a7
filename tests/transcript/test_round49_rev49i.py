"""Round 49's review of the court shapes of hunt49f (samples invented; labels in turns.toml,
persons in ids.toml): the head's roll of appearances keeps its third-person lines beside
counsel's first-person "I appear" under a label; the language note after a question's letter
leaves other courts' bracketed labels and notes as they were read."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_a_roll_in_the_third_person_above_counsel_appearing_in_the_first() -> None:
    """An Irish court's head: "MS O'MEARA appears with MR BRODERICK for the applicant" is the
    roll's line, no turn; the same counsel's "Judge, I appear with Mr Broderick …" under the
    label alone is the first turn's speech, as the first-person refusal meant."""
    root = tabled_tei("en-ie-high-court-counsel-roll-and-first-person.txt")
    assert turn_paragraphs(root)[0].startswith("Judge, I appear with Mr Broderick")
    assert not any("appears with MR BRODERICK" in text for text in turn_paragraphs(root))


def test_an_english_appeal_s_appearances_stay_the_head_s_and_we_appear_stays_speech() -> None:
    """ "MR P. ASHCROFT KC appeared on behalf of the Appellant" in the head is no turn; counsel's
    "My Lord, we appear for the appellant …" after a colon's label is speech as before."""
    root = text_tei(
        "IN THE COURT OF APPEAL (CRIMINAL DIVISION)\n\nThursday, 12 February 2026\n\n"
        "MR P. ASHCROFT KC appeared on behalf of the Appellant\n"
        "MS J. NWOSU appeared on behalf of the Crown\n\nJ U D G M E N T\n\n"
        "LORD JUSTICE HALDANE: We have before us an appeal against sentence.\n\n"
        "MR ASHCROFT: My Lord, we appear for the appellant only on the question of totality.\n\n"
        "MS NWOSU: My Lord, I appear for the Crown and I say nothing on that point.\n"
    )
    assert turn_speakers(root) == ["LORD JUSTICE HALDANE:", "MR ASHCROFT:", "MS NWOSU:"]
    assert turn_paragraphs(root)[1].startswith("My Lord, we appear for the appellant")


def test_other_notes_after_the_letters_leave_the_letter_the_label() -> None:
    """ "Q.   [Continued] You said …?", "A.   (Through interpreter) The commander …": a note
    after the letter is no role of it, whatever note it is; the letters are the turns' labels."""
    root = text_tei(
        "             JUDGE ORIE:  Good afternoon.  Mr. Petrovic, please continue.\n"
        "        Q.   [Continued] You said the convoy left at night?\n"
        "        A.   Yes, around midnight.\n"
        "        Q.   Who gave the order?\n"
        "        A.   (Through interpreter) The commander of the battalion.\n"
    )
    assert turn_speakers(root) == ["JUDGE ORIE:", "Q.", "A.", "Q.", "A."]
    notes = root.xpath("//t:sp[t:speaker='A.']/t:p/t:stage/text()", namespaces=NS)
    assert notes == ["(Through interpreter)"]


def test_a_bracketed_note_in_a_colon_s_label_of_another_language_stays_the_label_s() -> None:
    """A German trial's "ZEUGE (übersetzt):" and a Spanish one's "P. (A través de intérprete)":
    the language note after a label with its colon stays in the label, the Spanish letter with
    its note is the question's turn, as before the range."""
    trials = {
        "de.txt": (
            ["VORSITZENDER: Bitte, Herr Zeuge.", "ZEUGE (übersetzt): Ich habe das Auto gesehen."],
            ["VORSITZENDER:", "ZEUGE (übersetzt):"],
        ),
        "es.txt": (
            [
                "PRESIDENTA: Puede continuar.",
                "P. (A través de intérprete) ¿Dónde estaba?",
                "R. En el puerto.",
            ],
            ["PRESIDENTA:", "P.", "R."],
        ),
    }
    for name, (lines, labels) in trials.items():
        assert turn_speakers(text_tei("\n\n".join(lines), name)) == labels, name

"""Shapes of committees', depositions' and courts' records that the chair's call printed once, the
French initial before its stop and dash, and the field whose value goes on below had taken for
something else: co-chairs named by surname in a head under its title, an answer of one word
before a stop and a dash, and a witness's speech in lower case under the label alone on its line;
each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_co_chairs_by_surname_under_the_title_are_a_field() -> None:
    """ "Vorsitzende: Müller, Schmidt." under the committee's title names the head's co-chairs, who
    speak below under their surnames: no turn of the chair whose speech is their names. The chair
    calling two by surname as an excerpt's first line stays a turn."""
    root = tabled_tei("de-ausschuss-co-chairs-surnames-titled.txt")
    assert "Vorsitzende: Müller, Schmidt." in texts(root, "//t:text//t:p")
    root = text_tei("Chair: Smith, Jones.\n\nSmith: I move the motion.\n\nJones: I second it.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Smith:", "Jones:"]


def test_an_answer_of_one_word_before_a_stop_and_dash_keeps_its_letter() -> None:
    """ "A. Outside. — By the gate." is the answer's letter and its words, any word, not an initial
    and a surname; a French "R. Dehors. — …" too. The deputy "V. Petrov. —" past a question's
    letter stays the speaker."""
    root = tabled_tei("en-deposition-answer-word-stop-dash.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Outside. — By the gate, near the lamp."]
    root = text_tei("D. Où étiez-vous ?\n\nR. Dehors. — Près de la porte.\n\nD. Seul ?\n\nR. Oui.\n")
    assert texts(root, "//t:sp/t:speaker") == ["D.", "R.", "D.", "R."]
    root = tabled_tei("fr-an-initial-surname-stop-dash.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["V. Petrov. —"]


def test_a_speech_in_lower_case_under_its_label_alone_keeps_its_turn() -> None:
    """ "Zeuge:" alone over "ja, das stimmt, …" is the witness answering in lower case, not a field
    of the head: only an article or a particle carries a field's phrase on ("Imputato:" / "del
    reato …", which stays a field under the court's title). A label in CAPITALS over lower case
    and an excerpt that opens with the label keep theirs too."""
    root = tabled_tei("de-strafkammer-zeuge-alone-lower.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["ja, das stimmt, ich war an dem Abend zu Hause."]
    root = text_tei("MR. SMITH:\nand so I say to the house, we must act.\n\nTHE SPEAKER: Order.\n")
    assert texts(root, "//t:sp/t:speaker") == ["MR. SMITH:", "THE SPEAKER:"]
    root = text_tei("Witness:\nwell, I was not there.\n\nCounsel: Where were you?\n")
    assert texts(root, "//t:sp/t:speaker") == ["Witness:", "Counsel:"]
    root = tabled_tei("it-tribunale-imputato-field-lower.txt")
    assert any(p.startswith("Imputato: del reato") for p in texts(root, "//t:p"))

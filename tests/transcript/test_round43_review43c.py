"""Review of the forty-third round's recorders' credits: a credit under the last turn names who is
credited, its words up to a comma or a date's figures a name's; a speech's last paragraph opening
with a credit's verb and a capital goes on as a sentence and stays the speaker's."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_narrators_last_paragraph_opening_with_a_credits_verb_stays_speech() -> None:
    """ "Recorded by Father Kelly in the parish book, and that was all the proof you had.": the
    credit's verb and a capital, then words in lower case before the comma, a sentence's: the
    narrator's last paragraph, kept in the turn, no back matter."""
    root = tabled_tei("en-oral-history-recorded-by-speech.txt")
    assert texts(root, "//t:body/t:div/t:p") == []
    assert texts(root, "//t:sp[last()]/t:p")[-1] == (
        "Recorded by Father Kelly in the parish book, and that was all the proof you had."
    )


def test_a_chairs_last_sentence_opening_with_a_credit_noun_stays_speech() -> None:
    """ "Protokoll Nr. 12 wird ohne Änderung genehmigt." and "Recorded by Mr. Speaker as agreed.":
    an abbreviation and no name, or a sentence's words after the name: the chair's last words."""
    root = text_tei(
        "Bürgermeister Huber: Wir kommen zur Genehmigung.\n\nGemeinderat Bauer: Keine Einwände.\n\n"
        "Bürgermeister Huber: Danke.\n\nProtokoll Nr. 12 wird ohne Änderung genehmigt.\n"
    )
    assert texts(root, "//t:body/t:div/t:p") == []
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "Protokoll Nr. 12 wird ohne Änderung genehmigt."
    root = text_tei(
        "Speaker: The motion is agreed to.\n\nMr. Bell: I ask that my dissent be noted.\n\n"
        "Speaker: So be it.\n\nRecorded by Mr. Speaker as agreed.\n"
    )
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "Recorded by Mr. Speaker as agreed."


def test_a_credit_with_its_date_after_the_name_is_still_back_matter() -> None:
    """The negative: "Interviewed by Anna Kerr on 3 May 1998", "Aufgezeichnet von Anna Müller am
    3. Mai 1998": the words in lower case just before the date's figures are the date's, the
    line a credit, placed after the last turn."""
    root = text_tei(
        "Oral history interview\n\nQ: Where did you grow up?\n\nA: In Dundee.\n\nQ: Thank you.\n\n"
        "Interviewed by Anna Kerr on 3 May 1998\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Q:", "A:", "Q:"]
    assert texts(root, "//t:body/t:div/t:p") == ["Interviewed by Anna Kerr on 3 May 1998"]
    root = text_tei(
        "Zeitzeugengespräch\n\nFrage: Wo sind Sie aufgewachsen?\n\nBrandt: In Kiel.\n\n"
        "Frage: Danke.\n\nAufgezeichnet von Anna Müller am 3. Mai 1998\n"
    )
    assert texts(root, "//t:body/t:div/t:p") == ["Aufgezeichnet von Anna Müller am 3. Mai 1998"]

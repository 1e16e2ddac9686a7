"""A reviewer's counter-examples to the twenty-sixth round's widened rules: each rule narrowed
where it took a speaker's words or a page's line numbers for something else (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_decision_word_opening_a_speakers_sentence_stays_in_the_turn() -> None:
    """The record's "Decision: the board has to choose …" in a member's speech: his sentence, and the
    paragraph after it his too, not a minutes' field standing outside the turns."""
    root = tabled_tei("en-hearing-decision-word-in-speech.txt")
    said = texts(root, "//t:sp[1]/t:p")
    assert said[1].startswith("Decision: the board has to choose")
    assert said[2] == "Second, the budget. We cannot fund both sites this year."
    assert not texts(root, "//t:div/t:p")


def test_a_decision_field_the_chair_reads_out_is_the_chairs() -> None:
    """The record's "Ich verlese den Beschlussvorschlag der Verwaltung:" / "Beschluss:" / "Der Ausschuss
    stimmt … zu.": the chair reads the field out, and his call to vote after it is his."""
    root = tabled_tei("de-committee-chair-reads-out-decision.txt")
    said = texts(root, "//t:sp[1]/t:p")
    assert said[1:] == [
        "Beschluss: Der Ausschuss stimmt der Sanierung der Grundschule zu.",
        "Wer dem zustimmt, den bitte ich um das Handzeichen. Das ist einstimmig.",
    ]
    assert not texts(root, "//t:div/t:p")


def test_page_and_line_numbers_padded_with_a_zero_are_no_clock() -> None:
    """The record's "12:01   MR. SMITH: … state your name" / "12:02   for the record.": a sentence wraps
    under a number, which is the page's line, taken off; no clock goes into the speech."""
    root = tabled_tei("en-deposition-page-line-zero-padded.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Good morning. Please state your name for the record."]
    assert not texts(root, "//t:sp/t:speaker/t:time")


def test_a_chair_announcing_the_resumption_keeps_his_words() -> None:
    """The record's "La séance sera reprise à 15 h dans cette salle." under the chair's first paragraph:
    the chair's announcement in the future tense, no unbracketed note of the sitting."""
    root = tabled_tei("fr-un-chair-announces-resumption.txt")
    assert texts(root, "//t:sp[1]/t:p")[1] == "La séance sera reprise à 15 h dans cette salle."
    assert not texts(root, "//t:stage")


def test_a_sentence_after_the_sittings_clock_keeps_the_paragraph_in_the_turn() -> None:
    """The record's "Заседание возобновляется в 15 ч. 00 м. Прошу всех вернуться вовремя.": a request
    after the clock's clause makes the paragraph the chair's speech, not a note of the sitting."""
    root = tabled_tei("ru-un-chair-resumption-then-request.txt")
    assert texts(root, "//t:sp[3]/t:p")[1].endswith("Прошу всех вернуться вовремя.")
    assert not texts(root, "//t:stage")


def test_a_ministers_long_titled_name_after_the_offices_slash_is_the_person() -> None:
    """The record's "PEMERINTAH (MENTERI DALAM NEGERI/JENDERAL POL. PURN. PROF. BUDI SANTIKA, PH.D.):":
    six words of ranks, titles and name, none in lower case, name the minister, no second office."""
    root = tabled_tei("id-dpr-minister-slash-long-titled-name.txt")
    assert root.xpath("//t:sp[2]/@who", namespaces=NS) == ["#jenderal-pol-purn-prof-budi-santika"]
    assert not root.xpath("//t:person[@xml:id='pemerintah']", namespaces=NS)


def test_a_speechs_circled_list_items_are_no_editions_notes() -> None:
    """The record's "論点は次の三つ、①財源、②人員、③期間であります。" and then "①財源については、…": the
    member's own items, each repeating the words after its mark, stay in her turn, no notes."""
    root = tabled_tei("ja-diet-speech-lists-circled-items.txt")
    said = texts(root, "//t:sp[2]/t:p")
    assert [line[:3] for line in said[1:]] == ["①財源", "②人員", "③期間"]
    assert not root.xpath("//t:body//t:note", namespaces=NS)

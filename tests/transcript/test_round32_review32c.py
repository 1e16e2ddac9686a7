"""A reviewer's read of the courtroom battery's merged rules: a speech's line wrapped on a
reference between dashes, a German court's abbreviated roles inside sentences, offices in
CAPITALS named after a link, a masked name in a Japanese court's record, and an answer opening
on "Examined.", each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_speech_line_wrapped_on_a_reference_between_dashes_keeps_its_words() -> None:
    """ "Mr JONES: I refer the minister to the annual report of the Auditor-General," /
    "volume one - chapter two - page 14" / "and I ask her …": the reference in lower case is the
    sentence's words, not a tribunal reporter's foot in CAPITALS, so it stays in the speech."""
    root = tabled_tei("en-assembly-speech-wrapped-page-reference.txt")
    (speech,) = texts(root, "//t:sp[2]/t:p")
    assert "volume one - chapter two - page 14 and I ask her" in speech


def test_a_german_court_s_abbreviated_roles_inside_the_chair_s_sentences_open_no_turn() -> None:
    """ "Vorsitzender: … ebenso der Staatsanw." / "Verteidigerin Rechtsanwältin Kurz: …" and
    "… der Staatsanw. gestern schon beantragt. Dazu äußert sich jetzt der Verteid. Er hat das
    Wort.": the roles cut short are the chair's words, the counsel's label below its own turn."""
    root = tabled_tei("de-gericht-abbreviation-ends-sentence.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("ebenso der Staatsanw.")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Das hat der Staatsanw. gestern schon beantragt. Dazu äußert sich jetzt der Verteid. Er hat das Wort."
    ]


def test_offices_in_capitals_named_after_a_link_alone_on_their_lines_stay_labels() -> None:
    """ "MINISTER OF STATE FOR EDUCATION" / "Thank you. …" and "REPRESENTATIVE OF THE MINISTRY
    OF JUSTICE" / "The ministry has …", each printed once: an office holder's label, whatever
    follows its link, not a heading's words like a record's kind."""
    root = tabled_tei("en-assembly-capital-offices-linked-own-line.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "The ministry has reviewed the draft and supports the amendments proposed by the committee last week."
    ]


def test_a_name_masked_with_circles_in_a_japanese_court_record_is_the_accused_s_label() -> None:
    """ "被告人山田○○：はい。": the accused's surname and the circles that mask the rest are one
    label, the answer the accused's turn, not the judge's words."""
    root = tabled_tei("ja-kohan-masked-name-colon.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["はい。"]
    assert texts(root, "//t:sp[1]/t:p") == ["被告人山田○○さん、前に出てください。"]


def test_an_answer_opening_on_examined_is_the_witness_s_words() -> None:
    """ "THE WITNESS: Examined. I examined her at about nine …": the word that an old trial
    prints as its examination's mark opens the witness's answer here, inside the turn."""
    root = tabled_tei("en-trial-examined-opens-answer.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Examined. I examined her at about nine and found the wound had been dressed."
    ]

"""Samples laid out again as users get them, fourth pass: shapes a copy's layout made of a
sample's lines, each written as an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_titled_name_with_its_stop_alone_on_its_line_is_a_label() -> None:
    """ "Ms. Thornbury." alone on its line above the speech, a name after its form of address,
    is a label printed once as the office "The Chairman." is: four turns, each speech its own."""
    root = tabled_tei("en-hearing-titled-names-alone-stopped.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Commissioner, how many of the canals have been lined since the last hearing?"
    ]


def test_a_name_with_its_initials_and_stop_alone_on_its_line_is_a_label() -> None:
    """ "Н. Е. Курочкина." and "А.‑Р. С. Мухаметзянов." alone on their lines above the speech,
    each printed once: labels, not sentences of one word; the chair's speech is his alone."""
    root = tabled_tei("ru-plenum-initials-alone-stopped.txt")
    assert len(root.xpath("//t:sp[1]/t:p", namespaces=NS)) == 1
    assert texts(root, "//t:sp[3]/t:p") == ["Семена для этих хозяйств будут завезены до конца недели."]


def test_a_name_whose_description_the_wrap_cut_is_no_label_alone() -> None:
    """ "Ms. Ingrid Solheim, Prime Minister of the Federal Republic of" / "Lakemark, was escorted
    to the rostrum.", printed twice: a sentence about the person the wrap cut, each a stage, no
    turn of a speaker called by half her office."""
    root = tabled_tei("en-un-ga-wrapped-apposition-escorted.txt")
    assert texts(root, "//t:stage")[1] == (
        "Ms. Ingrid Solheim, Prime Minister of the Federal Republic of Lakemark, was escorted from the"
        " rostrum."
    )


def test_a_plain_name_with_its_dash_alone_on_its_line_is_a_label() -> None:
    """ "Vondráček -" and "Kristina Hložková -" alone on their lines above the speech, each
    printed once: labels as the chair's "Předseda -" is, each speech its own."""
    root = tabled_tei("cs-snemovna-plain-dash-alone.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["Navrhuji, aby osnova byla vrácena výboru k novému projednání."]


def test_a_question_letter_alone_on_its_line_is_a_label() -> None:
    """ "Q." and "A." each alone on its line above the words: the examiner's and the witness's
    turns, the answer its own paragraph, not a paragraph of the objection's turn."""
    root = tabled_tei("en-deposition-qa-letters-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Harold James Wexler."]

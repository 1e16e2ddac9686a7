"""Shapes of the Balkan and South-East European records, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): a member's forename cut to a few letters in
CAPITALS before the surname in CAPITALS and the colon ("ΧΡ. ΧΡΙΣΤΟΦΙΔΗΣ:", the Cypriot House's
minutes; "АЛ. ЦАНКОВ:", an old Sabranie's record), the label whole, not the forename's stop
taken for a label's; the Croatian scientific degree after the doctor's or master's title ("DR.
SC. X (HDZ):", "MR. SC. Y:"); and the Cypriot minutes' hour in brackets ("(Ώρα έναρξης: 4.05
μ.μ.)"), the record's, no voice."""

from __future__ import annotations

from label_samples import NS, sample_tei, text_tei, texts, turn_ids, turn_speakers

# 1. A forename cut in CAPITALS


def test_cypriot_forename_cut_in_capitals_opens_the_label() -> None:
    """ "ΧΡ. ΜΙΧΑΗΛΙΔΗΣ:", "ΑΝΤ. ΛΟΪΖΟΥ:" and "ΓΕΩΡ. ΣΑΒΒΑ-ΚΥΡΙΑΚΟΥ:": the forename's stop is no
    label's; the member is one person under the whole label."""
    root = sample_tei("el-cy-vouli-capitals-forename-cut.txt")
    assert turn_speakers(root) == [
        "ΠΡΟΕΔΡΟΣ:",
        "ΑΝΤ. ΛΟΪΖΟΥ:",
        "ΠΡΟΕΔΡΟΣ:",
        "ΧΡ. ΜΙΧΑΗΛΙΔΗΣ:",
        "ΠΡΟΕΔΡΟΣ:",
        "ΧΡ. ΜΙΧΑΗΛΙΔΗΣ:",
        "ΓΕΩΡ. ΣΑΒΒΑ-ΚΥΡΙΑΚΟΥ:",
    ]
    assert "Συμφωνούμε με την τροπολογία." in texts(root, "//t:sp/t:p")


def test_bulgarian_forename_cut_in_capitals_with_constituency() -> None:
    """ "ХР. ХРИСТОВ (Пловдив):" and "АЛ. ЦАНКОВ:": the same in Cyrillic, the bracket after the
    surname the label's."""
    root = sample_tei("bg-ns-capitals-forename-cut.txt")
    assert turn_ids(root) == [
        "predsedatel",
        "khr-khristov",
        "predsedatel",
        "al-tsankov",
        "predsedatel",
        "khr-khristov",
    ]


def test_capitals_forename_first_in_a_flat_excerpt() -> None:
    """An excerpt starting with such a label, Latin script: the label whole."""
    root = text_tei("ANT. KOVAČ (HDZ): Hvala lijepa.\nPREDSJEDNIK: Hvala.\nANT. KOVAČ (HDZ): Još samo ovo.\n")
    assert turn_speakers(root) == ["ANT. KOVAČ (HDZ):", "PREDSJEDNIK:", "ANT. KOVAČ (HDZ):"]


def test_roman_numeral_before_a_heading_is_no_forename() -> None:
    """Negative: "III. PRIJEDLOZI ZAKONA:" between turns is an item's number and its heading,
    no member's label; a Roman numeral is no forename cut."""
    root = text_tei(
        "PREDSJEDNIK: Prelazimo na sljedeću točku.\nIII. PRIJEDLOZI ZAKONA:\n"
        "Prijedlog zakona o trgovini.\nIVAN KOVAČ: Hvala lijepa.\nPREDSJEDNIK: Hvala.\n"
    )
    assert turn_speakers(root) == ["PREDSJEDNIK:", "IVAN KOVAČ:", "PREDSJEDNIK:"]


def test_mixed_case_forename_stays_as_it_was() -> None:
    """Negative: a forename cut in Mixed case ("Χρ. Χριστοφίδης:") is read as before, and a
    sentence of CAPITALS inside a speech opens no label."""
    root = text_tei("ΠΡΟΕΔΡΟΣ: Ορίστε.\nΧρ. Χριστοφίδης: Ευχαριστώ.\nΘα ψηφίσουμε ΝΑΙ. ΟΧΙ δεν θα πούμε.\n")
    assert turn_speakers(root) == ["ΠΡΟΕΔΡΟΣ:", "Χρ. Χριστοφίδης:"]


# 2. The scientific degree after the title


def test_scientific_degree_stays_in_the_label() -> None:
    """ "PROF. DR. SC. X (HDZ):" and "MR. SC. Y (SDP):": the degree's stop is no label's; "DR.
    SC. X" later is the same member."""
    root = sample_tei("hr-sabor-scientific-degree-titles.txt")
    assert turn_speakers(root)[1] == "PROF. DR. SC. TOMISLAV VLAŠIĆ (HDZ):"
    assert turn_speakers(root)[3] == "MR. SC. JELENA PERIĆ (SDP):"
    assert turn_ids(root)[5] == "prof-dr-sc-tomislav-vlasic"


def test_degree_inside_a_sentence_opens_no_label() -> None:
    """Negative: "dr. sc." inside a speech's sentence is the sentence's, no label after it."""
    root = text_tei(
        "Predsjednik: Riječ ima kolegica.\nDr. sc. Ana Kovač: Hvala lijepa.\nPredsjednik: Hvala.\n"
        "Ana Kovač je doktorirala 2001. kao dr. sc. Ona nije ovdje.\n"
    )
    assert turn_speakers(root) == ["Predsjednik:", "Dr. sc. Ana Kovač:", "Predsjednik:"]


# 3. The Cypriot minutes' hour


def test_cypriot_hour_in_brackets_is_no_voice() -> None:
    """ "(Ώρα έναρξης: 3.10 μ.μ.)" over the first turn: a stage direction, no person."""
    root = sample_tei("el-cy-vouli-capitals-forename-cut.txt")
    assert not any("ora" in ident for ident in root.xpath("//t:person/@xml:id", namespaces=NS))
    assert "(Ώρα έναρξης: 3.10 μ.μ.)" in texts(root, "//t:stage")


def test_hour_field_does_not_hide_a_label() -> None:
    """Negative: the hour's field at the end of the minutes leaves the turns before it."""
    root = text_tei("ΠΡΟΕΔΡΟΣ: Λύεται η συνεδρία.\nΣ. ΣΤΕΦΑΝΟΥ: Ευχαριστώ.\n(Ώρα λήξης: 7.10 μ.μ.)\n")
    assert turn_speakers(root) == ["ΠΡΟΕΔΡΟΣ:", "Σ. ΣΤΕΦΑΝΟΥ:"]
    assert "(Ώρα λήξης: 7.10 μ.μ.)" in texts(root, "//t:stage")

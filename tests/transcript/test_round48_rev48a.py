"""Limits of the Balkan shapes: a forename cut in CAPITALS before a surname in CAPITALS and the
colon ("ΧΡ. ΧΡΙΣΤΟΦΙΔΗΣ:") is no division's word before its number in words or a Roman one
("ЧЛ. ПЪРВИ:", "VOL. III:"), two members of one surname and two initials stay two; the Croatian
degree "DR. SC." is a form of address of two words, listed whole, so that "Sc." alone ("B.Sc.",
the Latin "sc.") still ends a sentence before a label inside the line."""

from __future__ import annotations

from label_samples import sample_tei, text_tei, turn_ids, turn_speakers

# 1. The forename cut in CAPITALS


def test_one_surname_two_initials_stay_two_members() -> None:
    """ "ΧΡ. ΧΡΙΣΤΟΦΙΔΗΣ:" and "ΑΝ. ΧΡΙΣΤΟΦΙΔΗΣ:", then "Χρ. Χριστοφίδης:" and "Αν.
    Χριστοφίδης:": two persons, each one under both spellings."""
    root = sample_tei("el-cy-vouli-one-surname-two-members.txt")
    assert turn_ids(root) == [
        "proedros",
        "chr-christofidis",
        "proedros",
        "an-christofidis",
        "proedros",
        "chr-christofidis",
        "an-christofidis",
    ]


def test_roman_number_after_an_abbreviation_is_no_surname() -> None:
    """Negative: "VOL. III:" and "KAP. IV:" are a division and its number, no forename cut before
    a surname: no person "Vol. III"; a member's "ANT. KOVAČ (HDZ):" beside them keeps its label."""
    root = text_tei(
        "PREDSJEDNIK: Riječ ima zastupnik Kovač.\nANT. KOVAČ (HDZ): Hvala lijepa.\n"
        "VOL. III: Prilozi slijede.\nPREDSJEDNIK: Hvala.\nANT. KOVAČ (HDZ): Još samo ovo.\n"
    )
    assert "VOL. III:" not in turn_speakers(root)
    assert not any("vol" in ident for ident in turn_ids(root))
    assert turn_speakers(root).count("ANT. KOVAČ (HDZ):") == 2


def test_article_abbreviated_before_its_number_in_words_is_no_forename() -> None:
    """Negative: a Bulgarian bill's "ЧЛ. ПЪРВИ:" is the article and its number, no member
    "Чл. Първи"; "ИВ. ПЕТРОВ:" after it is a member's label whole."""
    root = text_tei(
        "ПРЕДСЕДАТЕЛ: Докладчикът ще прочете текста.\nЧЛ. ПЪРВИ: Законът влиза в сила.\n"
        "ПРЕДСЕДАТЕЛ: Има думата Петров.\nИВ. ПЕТРОВ: Аз съм против.\n"
    )
    assert "ЧЛ. ПЪРВИ:" not in turn_speakers(root)
    assert "chl-prvi" not in turn_ids(root)
    assert turn_speakers(root)[-1] == "ИВ. ПЕТРОВ:"


# 2. The scientific degree, a form of two words


def test_degree_abbreviated_alone_ends_a_sentence() -> None:
    """Negative: "… holds a B.Sc. The CHAIRMAN: Order." and "… reckoned in sc. The CHAIRMAN:"
    end a sentence before the label inside the line: "Sc." alone is no form of address."""
    root = text_tei(
        "The CHAIRMAN: Order. Mr. Green.\nMr. Green: I said the sum was reckoned in sc. The CHAIRMAN: Order.\n"
        "Mr. Brown: My colleague holds a B.Sc. The CHAIRMAN: Order.\nMr. Green: I withdraw.\n"
    )
    assert turn_speakers(root) == [
        "The CHAIRMAN:",
        "Mr. Green:",
        "The CHAIRMAN:",
        "Mr. Brown:",
        "The CHAIRMAN:",
        "Mr. Green:",
    ]


def test_degree_of_two_words_in_a_single_label_excerpt() -> None:
    """An excerpt printing each label once: "PROF. DR. SC. X (HDZ):" and "MR. SC. Y (SDP):" whole."""
    root = text_tei(
        "PROF. DR. SC. IVAN HORVAT (HDZ): Hvala lijepa.\nMR. SC. ANA BABIĆ (SDP): Replika.\n"
        "POTPREDSJEDNIK: Hvala.\n"
    )
    assert turn_speakers(root) == [
        "PROF. DR. SC. IVAN HORVAT (HDZ):",
        "MR. SC. ANA BABIĆ (SDP):",
        "POTPREDSJEDNIK:",
    ]

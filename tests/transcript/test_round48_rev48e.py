"""Narrowings of the South Asian label shapes of the round: two offices a semicolon parts are one
label only before their holder's name in brackets, not a sentence's two offices and a colon ("El
ministro de Hacienda; la ministra de Sanidad: ninguno ha comparecido."); a label in CAPITALS of
more than 26 words names its holder in brackets, a report's title as long does not; and the
visarga of an abbreviated first name ("জনাব মোহাঃ আব্দুর রহিমঃ") ends no label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. Two offices and a colon in a sentence


def test_offices_parted_by_semicolon_in_speech_are_no_label() -> None:
    """Negative: a Spanish and an English sentence naming two offices a semicolon parts, a colon
    after the second and no holder in brackets, stay the member's speech."""
    spanish = text_tei(
        "La señora PRESIDENTA: Tiene la palabra el señor García.\n\n"
        "El señor GARCÍA LÓPEZ: Gracias, señora presidenta.\n"
        "El ministro de Hacienda; la ministra de Sanidad: ninguno ha comparecido.\n"
        "Ministra de Hacienda; ministro del Interior: dos ausencias más.\n\n"
        "La señora PRESIDENTA: Gracias.\n"
    )
    assert turn_speakers(spanish) == [
        "La señora PRESIDENTA:",
        "El señor GARCÍA LÓPEZ:",
        "La señora PRESIDENTA:",
    ]
    assert any("ninguno ha comparecido" in said for said in turn_paragraphs(spanish))
    english = text_tei(
        "MR. SPEAKER: Now, Shri Rao.\n\nSHRI K. RAO (Guntur): Sir, the question was put to two Ministers.\n"
        "The Minister of Finance; the Minister of Health: both were absent when the reply was due.\n\n"
        "MR. SPEAKER: Please conclude.\n"
    )
    assert turn_speakers(english) == ["MR. SPEAKER:", "SHRI K. RAO (Guntur):", "MR. SPEAKER:"]


# 2. A long label in CAPITALS names its holder


def test_long_capitals_label_names_its_holder() -> None:
    """A minister of three ministries, 33 words of offices before "(SHRI X):", is one label; the
    report's title of as many words before "(SEVENTEENTH LOK SABHA):" is the record's heading,
    kept in the speech as it was printed."""
    root = tabled_tei("en-lok-sabha-report-title-capitals.txt")
    assert any(said.endswith("(SEVENTEENTH LOK SABHA): LAID ON THE TABLE") for said in turn_paragraphs(root))


# 3. The visarga of an abbreviated first name


def test_abbreviated_mohammad_visarga_is_the_names() -> None:
    """ "জনাব মোহাঃ আব্দুর রহিমঃ", "বেগম মোসাঃ রাশিদা খাতুনঃ": the abbreviation's visarga is
    the name's, the label runs on to the visarga after the name."""
    root = tabled_tei("bn-sangsad-abbreviated-mohammad.txt")
    # a longer word's glued visarga after the label stays the speech's
    assert "জনাব স্পীকার, আমার প্রশ্নঃ উত্তরাঞ্চলে সেচের বরাদ্দ কত?" in turn_paragraphs(root)


def test_long_word_visarga_before_a_name_ends_the_label() -> None:
    """Negative: after "জনাব স্পীকারঃ" (a word of seven letters, no abbreviation) a short
    sentence ending in a glued visarga stays the speech; the label is the form of address's."""
    root = text_tei("জনাব স্পীকারঃ আমার প্রশ্নঃ কৃষি খাতে বরাদ্দ কত?\n\nজনাব করিম উদ্দিনঃ ধন্যবাদ।\n")
    assert turn_speakers(root) == ["জনাব স্পীকারঃ", "জনাব করিম উদ্দিনঃ"]
    assert turn_paragraphs(root)[0] == "আমার প্রশ্নঃ কৃষি খাতে বরাদ্দ কত?"


def test_long_capitals_label_holder_after_rank_or_sushri() -> None:
    """The holder in brackets after a rank's abbreviation, brackets inside ("(GEN. (DR.) V. K.
    SINGH (RETD.))"), or after "SUSHRI": the long offices before are one label each."""
    offices = (
        "THE MINISTER OF STATE IN THE MINISTRY OF SOCIAL JUSTICE AND EMPOWERMENT AND THE MINISTER OF STATE IN "
        "THE MINISTRY OF TRIBAL AFFAIRS AND THE MINISTER OF STATE IN THE MINISTRY OF"
    )
    root = text_tei(
        f"MR. SPEAKER: Item.\n\n{offices} ROAD TRANSPORT (GEN. (DR.) V. K. SINGH (RETD.)): Sir, I lay it.\n\n"
        f"{offices} RAILWAYS (SUSHRI ANITA DEVI): Sir, I lay it too.\n\nMR. SPEAKER: Next.\n"
    )
    assert turn_speakers(root) == [
        "MR. SPEAKER:",
        f"{offices} ROAD TRANSPORT (GEN. (DR.) V. K. SINGH (RETD.)):",
        f"{offices} RAILWAYS (SUSHRI ANITA DEVI):",
        "MR. SPEAKER:",
    ]

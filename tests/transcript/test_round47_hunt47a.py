"""Shapes of United States hearings, floor records and council captions, each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml): a prepared statement opening
with the chair, the ranking member and "and members of the Committee:" (no chair's label whose
stop OCR made a comma); a member's sentence up to a colon after addressing a witness by office
and name ("Administrator Voss, my question is simple:"); captions in CAPITALS whose sentence holds
"I" and "you" before a colon; the captioner's ">>" before a bracketed sound alone."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_speakers


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


# 1. A prepared statement's addressees, the last joined by "and"


def test_prepared_statement_addressees_are_no_chair_turn() -> None:
    """ "Chairwoman Lindqvist, Ranking Member Dorsey, and members of the Subcommittee: I …" opens
    the witness's statement: the chair addressed, no turn of hers with OCR's comma for a stop."""
    root = tabled_tei("en-hearing-prepared-statement-addressees-joined.txt")
    assert "Chairwoman Lindqvist," not in turn_speakers(root)
    assert any(p.startswith("Chairwoman Lindqvist, Ranking Member Dorsey, and members") for p in _said(root))


def test_addressees_then_the_hall_are_no_chair_turn() -> None:
    """No "and": "Chairman Pell, Ranking Member Okafor, members of the Committee, thank you …",
    the hall addressed after the second addressee, is the witness's statement too."""
    root = text_tei(
        "    Chairman Pell. The hearing will come to order.\n"
        "    Senator Okafor. Thank you.\n"
        "    Chairman Pell. Secretary Blaine.\n"
        "    Secretary Blaine. Thank you.\n\n"
        "    Chairman Pell, Ranking Member Okafor, members of the Committee, thank you for the chance to testify.\n\n"
        "    Chairman Pell. Thank you.\n"
    )
    assert "Chairman Pell," not in turn_speakers(root)


def test_misread_stop_before_a_speech_stays_the_label() -> None:
    """The chair's label believed with its stop, printed once with a comma before her speech
    ("Chairwoman Lindqvist, Thank you, Mr. Dorsey."): no list joined by "and", her turn."""
    root = text_tei(
        "    Chairwoman Lindqvist. The subcommittee will come to order.\n"
        "    Mr. Dorsey. Thank you.\n"
        "    Chairwoman Lindqvist, Thank you, Mr. Dorsey. Mr. Osei.\n"
        "    Mr. Osei. Thank you.\n"
    )
    assert turn_speakers(root) == [
        "Chairwoman Lindqvist.",
        "Mr. Dorsey.",
        "Chairwoman Lindqvist,",
        "Mr. Osei.",
    ]


# 2. A sentence after an addressed name's comma, up to a colon


def test_sentence_after_addressed_name_is_no_label() -> None:
    """ "Administrator Voss, my question is simple: when?" and "…, the inspector general says the
    following: …" are the senator's: a clause's verb, a word announcing a quotation, after the comma."""
    root = tabled_tei("en-hearing-web-copy-vocative-sentence-colon.txt")
    said = _said(root)
    assert "Administrator Voss, my question is simple: when?" in said
    assert any(p.startswith("Administrator Voss, the inspector general says the following:") for p in said)


def test_description_after_comma_stays_a_label() -> None:
    """A description after a name's comma holds no pronoun nor verb: "Jane Roe, member of the
    public:" and "Tom Reed, resident of Ward 3:" are labels."""
    root = text_tei(
        "Mayor Castellanos: Public comment is open.\n"
        "Jane Roe, member of the public: I oppose the plan.\n"
        "Tom Reed, resident of Ward 3: I support it.\n"
        "Mayor Castellanos: Thank you both.\n"
    )
    assert turn_speakers(root)[1:3] == ["Jane Roe, member of the public:", "Tom Reed, resident of Ward 3:"]


# 3. Captions in CAPITALS: a sentence with "I" and "you" before a colon


def test_capitals_sentence_with_pronouns_is_no_label() -> None:
    """ ">> WE HAVE ONE QUESTION FOR YOU: IS THE GRANT …?": an unnamed speaker's sentence; the
    office in CAPITALS after the mark stays the label."""
    root = tabled_tei("en-council-captions-capitals-sentence-colon.txt")
    assert ">> WE HAVE ONE QUESTION FOR YOU:" not in turn_speakers(root)
    assert turn_speakers(root)[-1] == ">> PUBLIC WORKS DIRECTOR:"


def test_capitals_label_with_one_clause_word_stays() -> None:
    """One clause word is no sentence: ">> IT DIRECTOR:" (the acronym, no pronoun) is a label."""
    root = text_tei(
        ">> MAYOR CASTELLANOS: NEXT ITEM.\n>> IT DIRECTOR: THE SERVERS ARE BACK UP.\n>> MAYOR CASTELLANOS: THANK YOU.\n"
    )
    assert turn_speakers(root) == [">> MAYOR CASTELLANOS:", ">> IT DIRECTOR:", ">> MAYOR CASTELLANOS:"]


# 4. The captioner's mark before a bracketed sound alone


def test_mark_before_bracketed_sound_opens_no_turn() -> None:
    """ ">> (APPLAUSE)", ">> [ Gavel ]": the captioner's notes, no unnamed speaker's turn."""
    root = tabled_tei("en-council-captions-chevron-bracketed-sound.txt")
    assert ">>" not in turn_speakers(root)
    stages = texts(root, "//t:stage")
    assert "[ Gavel ]" in stages


def test_mark_before_bracket_and_speech_is_a_change() -> None:
    """A bracketed note with speech after it on the line is a speaker's: ">> (INAUDIBLE) I THINK
    SO." opens an unnamed turn."""
    root = text_tei(
        ">> MAYOR CASTELLANOS: NEXT ITEM.\n>> MAYOR CASTELLANOS: THANK YOU.\n>> (INAUDIBLE) I THINK SO.\n"
    )
    assert turn_speakers(root)[-1] == ">>"

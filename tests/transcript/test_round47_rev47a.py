"""The forty-seventh round's review of its hunt's rules, each narrowed on an invented sample
(names invented; labels in turns.toml, persons in ids.toml): a clause word of another language
in a description after a name's comma (the German "am", the Italian "ai", the French "son"); a
chair's misread stop before an answer or a sentence of two subjects, no addressees' list; the
"IT" before an office in CAPITALS, no clause's pronoun."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_speakers


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


# 1. A description after a name's comma holding another language's clause word


def test_german_am_before_a_court_is_a_description() -> None:
    """ "Prof. Dr. X, Richter am Bundesverwaltungsgericht:", "Dr. Y, Professorin am Institut …:":
    the English "am" is the German preposition before a noun, the experts' labels."""
    root = tabled_tei("de-hearing-experts-judge-am-court.txt")
    speakers = turn_speakers(root)
    assert "Prof. Dr. Klaus Berger, Richter am Bundesverwaltungsgericht:" in speakers
    assert "Dr. Petra Lorenz, Professorin am Institut für Völkerrecht:" in speakers
    assert "Ich teile diese Einschätzung nur zum Teil." in _said(root)


def test_italian_ai_after_an_office_is_a_portfolio() -> None:
    """ "Marco X, assessore ai lavori pubblici:": the French "ai" is the Italian "to the" of the
    office's portfolio, both his turns labelled."""
    root = tabled_tei("it-council-assessore-ai-portfolio.txt")
    assert turn_speakers(root).count("Marco Rinaldi, assessore ai lavori pubblici:") == 2


def test_french_son_after_a_particle_is_a_possessive() -> None:
    """ "M. X, au nom de son groupe :": the Spanish "son" is the French possessive after "de"."""
    root = tabled_tei("fr-committee-hearing-au-nom-de-son-groupe.txt")
    assert "M. Louis Faure, au nom de son groupe :" in turn_speakers(root)
    assert "Nous voterons contre ce texte." in _said(root)


def test_sentence_after_addressed_name_stays_no_label() -> None:
    """Negative: a clause's verb after an article's noun, in lower case before the colon, is
    still a sentence addressing the witness ("Director Y, the report is clear:", "…, the board
    says this:")."""
    root = text_tei(
        "Chair Whitmore: The hearing is open. Senator Hale.\n"
        "Senator Hale: Thank you.\n"
        "Director Ames, the report is clear: you missed the deadline.\n"
        "Director Ames: We did, Senator.\n"
        "Chair Whitmore: Thank you.\n"
    )
    assert "Director Ames, the report is clear:" not in turn_speakers(root)
    assert any(p.startswith("Director Ames, the report is clear:") for p in _said(root))


# 2. A chair's label with OCR's comma before an answer or a sentence, no addressees


def test_chair_comma_before_answer_or_pronoun_stays_her_turn() -> None:
    """ "Chairwoman X, Certainly, and I ask …" (one word, the answer) and "Chairwoman X, Ranking
    Member Y, and I agreed …" (a pronoun after "and", the sentence's subjects): her turns, OCR's
    comma for her stop."""
    root = tabled_tei("en-hearing-ocr-chair-comma-answer-joined.txt")
    assert turn_speakers(root).count("Chairwoman Lindqvist,") == 2
    said = _said(root)
    assert any(p.startswith("Certainly, and I ask the clerk") for p in said)
    assert any(p.startswith("Ranking Member Dorsey, and I agreed") for p in said)


def test_addressees_joined_still_no_chair_turn() -> None:
    """Negative: the prepared statement's "Chairwoman X, Ranking Member Y, and members of the
    Subcommittee: …" stays the witness's words."""
    root = tabled_tei("en-hearing-prepared-statement-addressees-joined.txt")
    assert "Chairwoman Lindqvist," not in turn_speakers(root)


# 3. CAPITALS: a word before an office qualifies it


def test_it_before_an_office_in_capitals_is_no_pronoun() -> None:
    """ ">> IT DIRECTOR WILL SMITH:" printed once: "IT" qualifies the office and "WILL" is his
    forename, one clause word at most, his label."""
    root = text_tei(
        ">> MAYOR CASTELLANOS: NEXT ITEM.\n>> IT DIRECTOR WILL SMITH: THE SERVERS ARE BACK UP.\n"
        ">> MAYOR CASTELLANOS: THANK YOU.\n"
    )
    assert turn_speakers(root) == [
        ">> MAYOR CASTELLANOS:",
        ">> IT DIRECTOR WILL SMITH:",
        ">> MAYOR CASTELLANOS:",
    ]


def test_capitals_sentence_with_two_clause_words_stays_no_label() -> None:
    """Negative: ">> I WILL ASK YOU ONE THING: WHEN?" holds three, an unnamed speaker's."""
    root = text_tei(
        ">> MAYOR CASTELLANOS: NEXT ITEM.\n>> I WILL ASK YOU ONE THING: WHEN?\n>> MAYOR CASTELLANOS: THANK YOU.\n"
    )
    assert turn_speakers(root) == [">> MAYOR CASTELLANOS:", ">>", ">> MAYOR CASTELLANOS:"]

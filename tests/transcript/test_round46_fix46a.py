"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): numbered questions and answers one asker and one answerer ("QUESTION NO.
1:", "Q1.", "Pregunta 2:", "Вопрос № 3:", "質問１："); the chair's office abbreviated with its stop
("Pdte.:", "Prés. :", "Пред.:", "Vors.:") the chair, one person with the word printed in full; a
transliteration's initial of two letters glued to the surname ("Member Ts.Batbayar:", "Th.
Weber:"); a name glued to the dash a web copy opens each turn with ("-Kwame Mensah:",
"–Иванов:"); the Greek chair printed polytonic ("Ὁ Πρόεδρος.")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.names import chairs, monotonic

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def _chair_ids(root: object) -> list[str]:
    return root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)  # type: ignore[attr-defined, no-any-return]


# 1. Numbered questions and answers


def test_numbered_questions_are_one_asker() -> None:
    """ "QUESTION NO. 1:" … "QUESTION NO. 3:" over "ANSWER:" are the examiner's, as "QUESTION:" is:
    the number is the question's, no person's (the sample's ids were one person a number)."""
    root = tabled_tei("en-deposition-numbered-questions.txt")
    assert set(turn_ids(root)) == {"the-examiner", "the-witness"}
    assert _speakers(root)[0] == "QUESTION NO. 1:"


def test_glued_numbers_of_both_letters_are_the_pair() -> None:
    """ "Q1." / "A1." … an interrogatory's numbered questions and answers: one asker, one answerer."""
    root = tabled_tei("en-interrogatories-numbered-letters.txt")
    assert set(turn_ids(root)) == {"the-examiner", "the-witness"}
    assert "State your full name and your address." in _said(root)


def test_numbered_words_in_other_languages() -> None:
    for sample, asker in (
        ("es-declaracion-preguntas-numeradas.txt", "el-interrogador"),
        ("ru-dopros-voprosy-nomer.txt", "doprashivayushchii"),
        ("ja-chosho-shitsumon-bango.txt", "質問者"),
    ):
        ids = turn_ids(tabled_tei(sample))
        assert ids[0::2] == [asker] * 3, sample


def test_numbered_answers_too() -> None:
    """ "Answer 1:" numbered as its question is: one answerer."""
    root = text_tei(
        "WRITTEN INTERROGATORIES OF THE DEFENDANT\n\nQuestion 1: State your full name for the record.\n"
        "Answer 1: My name is Maria Lopez and I live in the town.\nQuestion 2: State your address.\n"
        "Answer 2: I live at 12 Oak Road, near the station.\n"
    )
    ids = turn_ids(root)
    assert len(ids) == 4 and len(set(ids)) == 2 and ids[0] == ids[2] and ids[1] == ids[3]


def test_a_participant_code_stays_its_own() -> None:
    """Negative: "P1:" of an interview whose "R" or "O" no line prints is a participant's code."""
    root = tabled_tei("en-interview-participant-code-one.txt")
    assert "p1" in turn_ids(root)


def test_numbered_question_without_an_answer_stays_speech() -> None:
    """Negative: "Frage 1:" read out by the chair, no "Antwort:" printed, is her speech; and
    "Question 1: Library budget" as an agenda's heading, "Article 3:" a rule read out, no turns."""
    root = tabled_tei("de-ua-fragen-nummeriert-vorgelesen.txt")
    assert any(p.startswith("Frage 1: Wann erhielten Sie") for p in _said(root))
    root = tabled_tei("en-council-question-agenda-heading.txt")
    assert not any(label.startswith(("Question", "Article")) for label in _speakers(root))
    body = " ".join(texts(root, "//t:body"))
    assert "Question 1: Library budget" in body and "Article 3: The council shall meet" in body


# 2. The chair's office abbreviated


def test_abbreviated_chair_is_the_full_words_person() -> None:
    """ "Pdte.:" beside "Presidente:" is the chair, the same person; "Пред.:" and "Председ.:"
    beside "Председатель:"; "Vors.:" beside "Vorsitzender:"."""
    root = tabled_tei("es-pleno-pdte-abreviado.txt")
    assert turn_ids(root)[2] == turn_ids(root)[0] == "presidente"
    assert "sr-pdte" in _chair_ids(root)
    root = tabled_tei("ru-pravlenie-pred-sokrashcheno.txt")
    assert _chair_ids(root) == ["predsedatel"]
    root = tabled_tei("de-landgericht-vors-praes-abgekuerzt.txt")
    assert _chair_ids(root) == ["vorsitzender"]


def test_abbreviated_chairs_alone() -> None:
    root = tabled_tei("fr-conseil-pres-abrege.txt")
    assert set(_chair_ids(root)) == {"pres", "m-le-pres"}
    config = default_config()
    for label in (
        "Pdte.",
        "Sr. Pdte.",
        "Prés.",
        "M. le Prés.",
        "Пред.",
        "Председ.",
        "Präs.",
        "Vors.",
        "Pres.",
        "Pte.",
    ):
        assert chairs(label, config), label


def test_private_before_a_name_is_no_chair() -> None:
    """Negative: "Pte." is the chair alone only: before a name it is a soldier's rank."""
    assert not chairs("Pte. Jones", default_config())


def test_abbreviated_office_in_a_sentence_stays_speech() -> None:
    """Negative: "Pres. Bush said: …" opening a line of a speech, "Vors. Richter" inside one."""
    root = tabled_tei("en-hearing-pres-in-sentence.txt")
    assert any(p.startswith("Pres. Bush said: we will not accept") for p in _said(root))
    assert "pres" not in turn_ids(root)


# 3. Initials of two letters glued to the surname


def test_two_letter_initials_glued_or_spaced() -> None:
    root = tabled_tei("mn-khural-digraph-initials-glued.txt")
    assert "Member Ts.Batbayar:" in _speakers(root)
    root = tabled_tei("de-gemeinderat-zweibuchstaben-initialen.txt")
    assert {"th-weber", "yu-gagarin", "ch-l-dupont", "a-ivanov"} <= set(turn_ids(root))
    assert any("St.Petersburg" in p for p in _said(root))


def test_a_citations_forename_stays_speech() -> None:
    """Negative: "Ch. Brandis (1998):" cites a work, the year in brackets."""
    root = tabled_tei("de-ausschuss-citation-year-bracket.txt")
    assert any(p.startswith("Ch. Brandis (1998):") for p in _said(root))


def test_a_provisions_number_is_no_label() -> None:
    """Negative: "Art.5:" and "Nr.12:" opening lines read out are the text's, no speakers."""
    root = tabled_tei("de-stadtrat-artikel-nummer-zeilen.txt")
    body = " ".join(texts(root, "//t:body"))
    assert "Art.5: Die Gebühren" in body and "Nr.12: Die Anlage" in body


# 4. A name glued to the dash that opens each turn


def test_dash_glued_names_where_the_dash_opens_turns() -> None:
    root = tabled_tei("en-townhall-dash-turns-web.txt")
    assert turn_ids(root)[:2] == ["kwame-mensah", "jean-dupont"]
    root = tabled_tei("ru-vstrecha-tire-repliki.txt")
    assert "ivanov" in turn_ids(root)


def test_dash_list_items_stay_text() -> None:
    """Negative: "-Key Partners:", "-Budget items:" once each, and "– Предложения: ремонт …" whose
    value goes on in lower case, are lists' items, though the record's turns open with a dash."""
    root = tabled_tei("en-workshop-dash-list-items.txt")
    assert any(p.startswith("-Key Partners: The city") for p in _said(root))
    root = tabled_tei("ru-vstrecha-tire-repliki.txt")
    assert any(p.startswith("– Предложения: ремонт дороги") for p in _said(root))


def test_a_glued_dash_once_is_no_turn() -> None:
    """Negative: a name glued to a dash once, no other turn opened so: a line of dialogue."""
    root = text_tei(
        "Ward newsletter\n\nCHAIR ADEYEMI: Welcome back. Here is what residents wrote to us.\n"
        "-Ama Owusu: The bus stop needs a shelter.\nCHAIR ADEYEMI: We will look at it.\n"
        "MS. OKONJO: Thank you.\n"
    )
    assert "-Ama Owusu:" not in _speakers(root)


# 5. Polytonic Greek


def test_polytonic_chair_is_the_chair() -> None:
    root = tabled_tei("el-vouli-polytonic-proedros.txt")
    assert _chair_ids(root) == ["o-proedros"]
    assert _speakers(root)[0] == "Ὁ Πρόεδρος."  # kept as printed


def test_monotonic_reading() -> None:
    assert monotonic("ὁ") == "ο"
    assert monotonic("πρωθυπουργὸς") == "πρωθυπουργός"
    assert monotonic("Müller") == "Müller"

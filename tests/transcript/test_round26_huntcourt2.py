"""Short trial and court excerpts as a reader pastes them (names invented): the shapes a hunt
through court records of many languages found still misread."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_italian_question_and_answer_words_before_a_spaced_dash_are_the_pair() -> None:
    """ "DOMANDA -" / "RISPOSTA -" are an examination's question and answer: the questions are
    the prosecutor's who spoke before them, the answers the witness's."""
    tei = tabled_tei("it-processo-domanda-risposta-dash.txt")
    assert "domanda" not in turn_ids(tei)
    assert "risposta" not in turn_ids(tei)


def test_the_pair_words_dash_is_the_labels_not_the_speech() -> None:
    """The spaced dash after "DOMANDA" is printed with the label; the question's words are the
    speech, whole."""
    tei = text_tei(
        "PRESIDENTE - Prego, avvocato, può procedere con le sue domande al teste.\n"
        "AVV. MORETTI - Grazie, Presidente.\n"
        "DOMANDA - Signor Galli, lei era presente quella sera?\n"
        "RISPOSTA - Sì, ero presente, ma non ho visto niente di quello che dice.\n",
        "x.txt",
    )
    assert turn_ids(tei) == ["presidente", "avv-moretti", "avv-moretti", "il-teste"]
    assert texts(tei, "//t:sp[3]/t:speaker") == ["DOMANDA -"]
    assert texts(tei, "//t:sp[3]/t:p") == ["Signor Galli, lei era presente quella sera?"]


def test_colombian_asked_and_answered_are_an_examinations_pair() -> None:
    """ "PREGUNTADO:" / "CONTESTÓ:" (asked, answered) are the question and the answer of a sworn
    statement: the examiner's and the witness's, no persons of those names."""
    tei = tabled_tei("es-co-declaracion-preguntado-contesto.txt")
    assert set(turn_ids(tei)) == {"el-interrogador", "el-testigo"}


def test_turkish_question_and_answer_with_no_asker_named_are_examiner_and_witness() -> None:
    """ "Soru:" / "Cevap:" with no one named as asking: the Turkish word for the one who asks and
    the witness, as "Q." / "A." are the examiner's and the witness's."""
    tei = tabled_tei("tr-ifade-soru-cevap.txt")
    assert "soru" not in turn_ids(tei)
    assert "cevap" not in turn_ids(tei)


def test_a_reporters_professional_corporation_and_its_telephone_are_page_furniture() -> None:
    """The reporters' firm ("…REPORTERS, P.C.") and its telephone number alone below it, at a
    page's foot, are no part of the witness's last answer."""
    tei = tabled_tei("en-us-court-reporters-pc-foot.txt")
    assert texts(tei, "(//t:sp)[last()]/t:p") == ["Mr. Corvell's."]
    assert "REPORTERS" not in "".join(texts(tei, "//t:body"))


def test_an_indian_depositions_row_of_crosses_names_the_cross_examiner() -> None:
    """ "XXXXX by Sh. X, Ld. Counsel for accused." heads the cross-examination: a heading, and the
    questions below are that counsel's, no longer the unnamed examiner's."""
    tei = tabled_tei("en-in-deposition-crosses-by-counsel.txt")
    assert texts(tei, "//t:body//t:head") == ["XXXXX by Sh. V. P. Chauhan, Ld. Counsel for accused."]

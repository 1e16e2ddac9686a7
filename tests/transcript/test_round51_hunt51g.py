"""Round 51 (hunt51g): the operative verb of a council's or court's deliberation, printed in
capitals alone on its line with a colon under the turns (`DÉLIBÈRE :`, `HOTĂRĂȘTE:`,
`ΑΠΟΦΑΣΙΖΕΙ ΟΜΟΦΩΝΑ:`, `ACORDS:`), is the minutes' field of what was decided, no speaker;
and the Catalan vote's field (`Votació:`) is a field as the Spanish and Italian ones are."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_french_deliberation_verb_is_no_label() -> None:
    """A French departmental council's record closes the item with the deliberation's formula,
    its verb alone in capitals with the French spaced colon (`DÉLIBÈRE :`) over its articles:
    the council enacts, no member speaks, so the president's turn is the last and the verb's
    text is kept in the body."""
    tei = tabled_tei("fr-conseil-departemental-delibere-heading.txt")
    assert "DÉLIBÈRE :" not in turn_speakers(tei)
    assert any("DÉLIBÈRE :" in p for p in outside_turns(tei) + turn_paragraphs(tei))


def test_romanian_and_greek_enacting_verbs_are_no_labels() -> None:
    """A Romanian county council's minutes (`HOTĂRĂȘTE:`) and a Greek municipal council's
    extract (`ΑΠΟΦΑΣΙΖΕΙ ΟΜΟΦΩΝΑ:`, its capitals unaccented as Greek capitals are printed)
    set the enacting verb under the last turn: each record keeps its four turns only."""
    for sample in ("ro-consiliu-judetean-hotaraste-heading.txt", "el-dimotiko-apofasizei-heading.txt"):
        tei = tabled_tei(sample)
        assert len(turn_speakers(tei)) == 4


def test_catalan_agreements_heading_is_no_label() -> None:
    """A Catalan town council's minutes print the agreements' heading (`ACORDS:`) over what the
    plenary agreed after the vote: the mayor's turn is the last, the agreements are the body's."""
    tei = tabled_tei("ca-ple-municipal-votacio-acords.txt")
    assert "ACORDS:" in outside_turns(tei)


def test_catalan_vote_field_is_no_label() -> None:
    """The Catalan minutes' vote field after the chair's call (`Votació: 17 vots a favor, 8
    abstencions.`) is the secretary's tally, as `Votación:` and `Votazione:` are: no turn."""
    tei = text_tei(
        "L'alcaldessa: Passem al punt cinquè.\n"
        "La regidora Sra. Vidal (Junts): El nostre grup hi votarà a favor.\n"
        "\n"
        "Votació: 17 vots a favor, 8 abstencions.\n"
    )
    assert turn_speakers(tei) == ["L'alcaldessa:", "La regidora Sra. Vidal (Junts):"]


def test_office_alone_in_capitals_stays_label() -> None:
    """Negative: an office printed once in capitals alone on its line with a colon, the same shape
    as the enacting verb (`LE RAPPORTEUR :` / its speech), is still a speaker's label and opens
    its turn; only the verbs of the deliberation are fields."""
    tei = text_tei(
        "M. le Président : Nous passons au rapport suivant.\n"
        "\n"
        "LE RAPPORTEUR :\n"
        "Le rapport propose de reconduire la convention pour trois ans.\n"
        "\n"
        "M. le Président : Je mets aux voix.\n"
    )
    assert turn_speakers(tei) == ["M. le Président :", "LE RAPPORTEUR :", "M. le Président :"]


def test_enacting_verb_in_a_sentence_stays_speech() -> None:
    """Negative: the same verb inside the chair's sentence (`Le Conseil délibère : …`) is the
    turn's speech, no field cut out of it: the president keeps every word."""
    tei = text_tei(
        "M. le Président : Le Conseil délibère : la convention est approuvée.\n"
        "Mme Martin : Nous votons contre.\n"
    )
    assert turn_speakers(tei) == ["M. le Président :", "Mme Martin :"]
    assert turn_paragraphs(tei)[0] == "Le Conseil délibère : la convention est approuvée."

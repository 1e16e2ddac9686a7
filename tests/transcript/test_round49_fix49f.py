"""Round 49's fixer (fix49f): the rolls and page heads at a court record's top. An international
tribunal's page head printed as one row of cells, whose last cell names the witness with a colon,
and a French court's roll of who sits over the first turn, each beside a negative of its shape
that stays a label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers


def test_a_page_head_s_last_cell_opens_no_turn() -> None:
    """ "Trial Hearing   (Open Session)   WITNESS: P-0547": an ICC transcript's page head, its
    title, session and witness set apart by wide gaps, tops an excerpt; the witness's cell is the
    page's furniture, no line's start, and the first turn is the presiding judge's."""
    root = tabled_tei("en-icc-trial-page-head-row.txt")
    assert turn_speakers(root)[0] == "PRESIDING JUDGE ALVAREZ:"
    assert not any("P-0547" in paragraph for paragraph in turn_paragraphs(root))


def test_a_label_after_wide_gaps_inside_a_speech_stays_a_label() -> None:
    """ "… no further questions.   Thank you.   MR OBI: No objection": once a turn has spoken, a
    label after a typed page's gaps is the next turn's, as a flattened record prints it; only the
    head's row of cells above the first turn is furniture."""
    root = text_tei(
        "PRESIDING JUDGE ALVAREZ: Good morning. Please be seated.\n\n"
        "MS HARTLEY: Thank you, Mr President. I have no further questions.   Thank you.   "
        "MR OBI: No objection, your Honour.\n"
    )
    assert turn_speakers(root)[1:3] == ["MS HARTLEY:", "MR OBI:"]
    assert turn_paragraphs(root)[2] == "No objection, your Honour."


def test_a_french_court_s_roll_is_the_head_s() -> None:
    """ "Président : M. Lacombe" / "Ministère public : Mme Roux, avocate générale" / "Greffier :
    M. Petit": the bench and the prosecution a hearing's record lists over its first turn are the
    head's fields, no turns; the president's label below is a turn, the roll's holder its person."""
    root = tabled_tei("fr-cour-audience-roll-fields.txt")
    head = " ".join(texts(root, "//t:front//t:p"))
    assert "Ministère public : Mme Roux" in head
    assert "Greffier : M. Petit" in head
    assert not any("Mme Roux" in paragraph for paragraph in turn_paragraphs(root))


def test_the_italian_and_spanish_rolls_are_the_head_s() -> None:
    """ "Presidente: dott. Rossi" / "Pubblico Ministero: dott.ssa Bianchi", "Magistrado
    Presidente: D. Andrés Cuesta" / "Fiscal: Dña. Elena Prieto": the same roll in Italian and
    Spanish; the office's label with its speech below stays a turn."""
    italian = text_tei(
        "Presidente: dott. Rossi\nPubblico Ministero: dott.ssa Bianchi\nCancelliere: sig. Ferri\n\n"
        "PRESIDENTE: Dichiaro aperta l'udienza.\n\n"
        "AVV. GALLI: Presidente, la difesa chiede un breve rinvio.\n\n"
        "PUBBLICO MINISTERO: Il pubblico ministero si oppone alla richiesta.\n"
    )
    assert turn_speakers(italian) == ["PRESIDENTE:", "AVV. GALLI:", "PUBBLICO MINISTERO:"]
    spanish = text_tei(
        "Magistrado Presidente: D. Andrés Cuesta\nFiscal: Dña. Elena Prieto\n\n"
        "MAGISTRADO PRESIDENTE: Buenos días. Se abre la sesión.\n\n"
        "FISCAL: Sí, señoría. Esta parte se ratifica en su escrito de acusación.\n"
    )
    assert turn_speakers(spanish) == ["MAGISTRADO PRESIDENTE:", "FISCAL:"]

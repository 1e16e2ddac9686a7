"""The congresses' shapes narrowed where speech of the same shape read as a label or a heading:
a motion's numbered clauses read out ("1. Congress notes …") are no congress's title, and an
office in Mixed case with its holder in brackets, a clause and a verb of saying ("The Chancellor
(Mr. X), who was asked …, said:") is a speech quoting him, where the report's own label prints
the office or the surname in CAPITALS."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_motions_numbered_clauses_stay_the_movers_speech() -> None:
    """ "1. Congress notes …", "3. Conference calls on …": the motion read out, inside the
    mover's turn, no headings; the quoted Chancellor in Mixed case no label."""
    root = tabled_tei("en-tuc-congress-motion-clauses.txt")
    assert not texts(root, "//t:body//t:head")
    mover = texts(root, "//t:sp[2]/t:p")
    assert mover[1].startswith("1. Congress notes")
    assert mover[3].startswith("3. Conference calls")
    assert mover[4].startswith("The Chancellor (Mr. Edgar Voss), who was asked")


def test_a_numbered_clause_stays_in_a_single_turn() -> None:
    """A short excerpt with its one label: the clause stays the speaker's paragraph."""
    root = text_tei(
        "JANE KERR (Unison): I move. It reads:\n1. Congress notes the rise in insecure work.\nI move.\n"
    )
    assert not texts(root, "//t:body//t:head")
    assert texts(root, "//t:sp[1]/t:p")[1] == "1. Congress notes the rise in insecure work."


def test_a_congress_by_its_number_is_a_heading_still() -> None:
    """Positive: a roman number in CAPITALS, an ordinal's ending, or the German number with its
    stop before the congress's word heads the record."""
    for heading in ("XVII CONGRESS OF THE PARTY", "17th Congress of the Party.", "15. Parteitag der SPD"):
        root = text_tei(f"{heading}\nCHAIRMAN: The session is open.\nSMITH: Thank you.\n")
        assert not any(heading in speaker for speaker in texts(root, "//t:sp/t:speaker"))
        assert heading not in " ".join(texts(root, "//t:sp/t:p"))


def test_an_office_in_capitals_with_its_holder_said_is_a_label_still() -> None:
    """Positive: "THE SECRETARY OF STATE FOR HEALTH (The Rt. Hon. Jane Roe, M.P.), who was received
    with applause, said:" printed once opens her turn."""
    assert _speakers(
        "THE SECRETARY OF STATE FOR HEALTH (The Rt. Hon. Jane Roe, M.P.), who was received with "
        "applause, said: Madam Chairman, I am grateful.\n(Applause.)\n"
    ) == [
        "THE SECRETARY OF STATE FOR HEALTH (The Rt. Hon. Jane Roe, M.P.), who was received with applause, said:"
    ]


def test_an_office_in_mixed_case_quoted_stays_speech() -> None:
    """Negative: the same shape in Mixed case inside a delegate's speech is a quotation's lead."""
    assert _speakers(
        "THE CHAIRMAN: I call Mrs. Rose.\n"
        "MRS. ROSE (Bristol): Conference, I want to say three things.\n"
        "The Chancellor (Mr. Snowden), who had been asked this very question, said:\n"
        "we cannot afford it.\n"
        "THE CHAIRMAN: Thank you.\n"
    ) == ["THE CHAIRMAN:", "MRS. ROSE (Bristol):", "THE CHAIRMAN:"]

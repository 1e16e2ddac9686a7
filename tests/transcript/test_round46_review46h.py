"""A court's word closing a line in CAPITALS heads the record only where it closes the court's
name ("CENTRAL CRIMINAL COURT."); after an article it is the complement of who speaks ("MEMBER OF
THE COURT.", "FRIEND OF THE COURT.", offices no vocabulary lists), a label printed once in a short
excerpt. The answer's letter after a dash behind the question's mark splits only where the record
answers by that letter."""

from __future__ import annotations

from label_samples import sample_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def test_a_member_of_the_court_printed_once_speaks() -> None:
    """ "MEMBER OF THE COURT. Did you report …?": the court after its article, no court's name."""
    root = sample_tei("en-bb-court-martial-member-of-the-court.txt")
    assert _speakers(root) == ["MEMBER OF THE COURT.", "LIEUTENANT PELL."]
    assert any(p.startswith("Did you report the loss") for p in texts(root, "//t:sp/t:p"))


def test_a_friend_of_the_court_among_colon_labels_speaks() -> None:
    root = text_tei(
        "SUPREME COURT OF THE TERRITORY\n\nThe Chief Justice: Mr. Hale, you appear as amicus?\n"
        "Mr. Hale: I do, your Honour.\n\nFRIEND OF THE COURT. We submit the statute is clear.\n\n"
        "The Chief Justice: Mr. Ross?\nMr. Ross: We say the contrary.\n"
    )
    assert "FRIEND OF THE COURT." in _speakers(root)


def test_a_courts_name_closing_its_words_stays_a_heading() -> None:
    """Negative: "CENTRAL CRIMINAL COURT." and a council's "LITTLE HOLBROOK PARISH COUNCIL"
    close their names with the body's word, no article before it: headings, no speakers."""
    assert _speakers(sample_tei("en-au-criminal-court-heading.txt"))[0] == "His Honor:"
    root = text_tei("LITTLE HOLBROOK PARISH COUNCIL\n\nThe Chairman: Good evening.\nCllr Hart: Thank you.\n")
    assert _speakers(root) == ["The Chairman:", "Cllr Hart:"]


def test_a_dashed_capital_in_a_record_of_no_answers_splits_nothing() -> None:
    """Negative: "… signed by him? — A. Brown, the deputy, signed it": an initial, the record
    answering by no letter, the words the chair's."""
    root = text_tei(
        "The Chairman: Was the report signed by him? — A. Brown, the deputy, signed it, I understand.\n\n"
        "Mr. Grant: That is right.\n\nThe Chairman: Thank you.\n"
    )
    assert _speakers(root) == ["The Chairman:", "Mr. Grant:", "The Chairman:"]


def test_a_courts_officer_named_alone_over_the_speech_speaks() -> None:
    """ "Court Interpreter Maria Lopez" alone over her words: the court's word, then an office and
    its holder; the court's kind and seat ("Sąd Rejonowy Gdańsk-Północ") name none."""
    root = text_tei(
        "PROCEEDINGS\n\nJudge Harris\nCall the next matter.\n\n"
        "Court Interpreter Maria Lopez\nThe defendant says he understands.\n"
    )
    assert _speakers(root) == ["Judge Harris", "Court Interpreter Maria Lopez"]

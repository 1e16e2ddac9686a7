"""Shapes of international and hybrid tribunals and truth commissions, each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml): an international court's
first question under the heading that names its examiner, greeting the witness with no question
mark; a prosecutor's office named with its body after a particle and no article, the body's word
printed in lower case elsewhere; and a dialogue a counsel or a commissioner reads into the record
as a quotation after a lead-in's colon, whose lines open with its own speakers' words."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_greeting_question_under_the_examiners_heading() -> None:
    """ "QUESTIONED BY MS ADEYEMI:" / "Q. Good morning, Mr Witness. …": the letter printed once
    asks no question, yet under the heading that names the examiner it is her question, answered
    by "THE WITNESS:" below."""
    root = tabled_tei("en-icc-questioned-by-greeting-once.txt")
    assert texts(root, "(//t:sp)[6]/t:speaker") == ["Q."]
    assert root.xpath("(//t:sp)[6]/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == ["#ms-adeyemi"]
    assert texts(root, "(//t:sp)[6]/t:p") == ["Good morning, Mr Witness. Thank you for coming."]
    assert _speakers("BY MR. LANE:\nQ. Good morning.\nTHE WITNESS: Good morning.\n") == ["Q.", "THE WITNESS:"]


def test_a_greeting_letter_with_no_heading_above_stays_speech() -> None:
    """Negative: the same letter printed once under a counsel's turn, no examination's heading
    above it, is no label of a pair that never recurs; nor is a letter with no stop under the
    heading ("Q fever …")."""
    assert _speakers("MR. LANE: Good morning.\nQ. Good morning.\nTHE WITNESS: Good morning.\n") == [
        "MR. LANE:",
        "THE WITNESS:",
    ]
    assert "Q" not in _speakers("BY MR. LANE:\nQ fever cases rose in the district.\nTHE WITNESS: They did.\n")


def test_a_prosecutors_office_with_its_body_after_a_particle() -> None:
    """ "Fiscal del Ministerio Público:" printed once, "público" in the record's heading in lower
    case ("Debate oral y público"): the body's words after the office's particle name no person,
    the label loses nothing for them."""
    root = tabled_tei("es-gt-tribunal-fiscal-del-ministerio.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Buenos días. La fiscalía solicita que se escuche a la perita antropóloga."
    ]


def test_an_office_before_a_word_in_lower_case_stays_speech() -> None:
    """Negative: "Fiscal del caso señaló:" names no body after its particle: a sentence reporting
    what was said, no label."""
    text = "Jueza Presidenta: Se abre el debate oral y público.\nFiscal del caso señaló: que no hay pruebas.\nJueza Presidenta: Continúe.\n"
    assert _speakers(text) == ["Jueza Presidenta:", "Jueza Presidenta:"]


def test_an_intercept_read_out_after_the_lead_in() -> None:
    """ "… it records the following conversation:" / "\\"X:  Is that you, …?" / "Y:  …" / "X:  …\\"":
    the intercept's speakers are quoted in the counsel's turn, no turns of the hearing; the
    witness's label after the quotation closes opens a turn."""
    root = tabled_tei("en-icty-intercept-read-out.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1].startswith("Witness, do you recognise")
    assert "X:" not in " ".join(texts(root, "//t:sp/t:speaker"))
    root = tabled_tei("en-trc-statement-dialogue-quoted.txt")
    assert not texts(root, "//t:person[@xml:id='me']")


def test_labels_after_a_quotation_closed_or_never_closed() -> None:
    """Negative: a line quoted after a lead-in's colon and closed on it keeps the labels below it;
    a quotation a typist never closed holds a few lines only; paragraphs each wrapped in quotation
    marks, no lead-in's colon above, keep their labels."""
    text = 'MR. NICE:  It reads as follows:\n"Order:  All units will withdraw."\nTHE WITNESS:  I saw it.\nMR. NICE:  Thank you.\n'
    assert _speakers(text) == ["MR. NICE:", "THE WITNESS:", "MR. NICE:"]
    items = "".join(f"{n}.  Item {n}.\n" for n in range(1, 10))
    text = f'MR. NICE:  The document says:\n"Subject:  prisoners\n{items}THE WITNESS:  I wrote that.\nMR. NICE:  Thank you.\n'
    assert _speakers(text) == ["MR. NICE:", "THE WITNESS:", "MR. NICE:"]
    text = 'THE CHAIR: Next speaker.\n"MR. SMITH: I support the motion."\n"MS. JONES: I oppose it."\nTHE CHAIR: Thank you.\n'
    assert _speakers(text) == ["THE CHAIR:", '"MR. SMITH:', '"MS. JONES:', "THE CHAIR:"]


def test_a_believed_label_quoted_from_an_earlier_day_opens_no_turn() -> None:
    """ "… and I quote from page 45:" / "\\"THE WITNESS:  I saw him …" / "MR. NICE:  …" / "THE
    WITNESS:  Yes.\\"": the labels the hearing believes open no turn inside the quotation, its
    lines kept in the counsel's turn; the witness's answer after it opens one."""
    text = (
        "MR. NICE:  Yesterday you told us, and I quote from page 45:\n"
        '"THE WITNESS:  I saw him at the school.\nMR. NICE:  Was he armed?\nTHE WITNESS:  Yes."\n'
        "Do you remember that?\nTHE WITNESS:  I do.\nMR. NICE:  Thank you.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["MR. NICE:", "THE WITNESS:", "MR. NICE:"]
    assert texts(root, "(//t:sp)[1]/t:p")[1:] == [
        '"THE WITNESS: I saw him at the school.',
        "MR. NICE: Was he armed?",
        'THE WITNESS: Yes."',
        "Do you remember that?",
    ]

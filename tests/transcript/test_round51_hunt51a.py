"""Round 51 (hunt51a): English-language courts of Asia and Africa. A tribunal's chair who opens the
record by asking a party a question is speaking, no head's field naming the chair; an Indian
deposition's cross-examination heading names its examiner as "advocate for accused"; a Pakistani
deposition's row of crosses names "learned counsel"; "Per:" and "Facts:" are the record's fields."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_chair_opening_with_a_question_is_a_turn() -> None:
    """A labour arbitration's first line `COMMISSIONER: Ms Dube, when did the company first warn
    you …?`: the commissioner's office, its colon and a form of address had read as the head's
    field naming the chair (the holder "Ms Dube, when did …?", the first turn lost to the head and
    every turn one person's). A question after the colon is speech, as it is after a roll's
    heading (`_roll_spoken`)."""
    tei = tabled_tei("en-tribunal-chair-opens-question.txt")
    assert turn_paragraphs(tei)[0].startswith("Ms Dube, when did the company")


def test_chair_field_naming_the_holder_still_names_the_chair() -> None:
    """The nearest shape that IS the head's field: `Commissioner: Mr T. Naidoo` over the record, a
    name with no question: it stays the head's, and the commissioner's turns are his."""
    tei = text_tei(
        "ARBITRATION PROCEEDINGS\nCommissioner: Mr T. Naidoo\n\n"
        "COMMISSIONER: Good morning. We are on record.\n"
        "MS DUBE: Good morning, Commissioner.\nCOMMISSIONER: Please proceed.\n"
    )
    assert turn_speakers(tei) == ["COMMISSIONER:", "MS DUBE:", "COMMISSIONER:"]
    assert turn_ids(tei) == ["t-naidoo", "ms-dube", "t-naidoo"]


def test_cross_examination_by_advocate_for_accused_is_a_heading() -> None:
    """An Indian sessions court's deposition: `CROSS-EXAMINATION BY MR. R. B. KADAM, ADVOCATE FOR
    ACCUSED NO. 2:` heads the questions below (the examiner's "advocate for", as "learned counsel
    for" was read), no label over the first question: the Q. below are Mr Kadam's."""
    tei = tabled_tei("en-court-deposition-advocate-for-accused.txt")
    assert "CROSS-EXAMINATION BY MR. R. B. KADAM, ADVOCATE FOR ACCUSED NO. 2:" in outside_turns(tei)


def test_counsel_label_with_advocate_for_stays_a_label() -> None:
    """The nearest label: `MR. R. B. KADAM, ADVOCATE FOR ACCUSED NO. 2: I do, …` names counsel
    speaking, no "BY" before it: a turn, as it was."""
    tei = text_tei(
        "THE COURT: Who appears for the accused?\n"
        "MR. R. B. KADAM, ADVOCATE FOR ACCUSED NO. 2: I do, Your Honour. I seek time to file it.\n"
        "THE COURT: Granted.\n"
    )
    assert turn_speakers(tei)[1] == "MR. R. B. KADAM, ADVOCATE FOR ACCUSED NO. 2:"


def test_crosses_by_learned_counsel_name_the_examiner() -> None:
    """A Pakistani deposition's `XXX by learned counsel for the accused.` heads the cross-examination
    (the row of crosses an Indian court's `XXXXX by Sh. X, Ld. Counsel for accused.` prints): the
    questions below are learned counsel's, no more an anonymous examiner's; the court's sentence
    `Heard learned counsel for the accused …` after them stays a paragraph."""
    tei = tabled_tei("en-court-deposition-xxx-learned-counsel.txt")
    assert "XXX by learned counsel for the accused." in outside_turns(tei)
    assert any(p.startswith("Heard learned counsel") for p in turn_paragraphs(tei))


def test_facts_is_a_field() -> None:
    """A Kenyan plea record's `Facts:` alone over the prosecutor's facts is a heading, no label
    over the prosecutor's turn (the magistrate's `Per: A. Mwangi, SRM` above the record stays in
    its head)."""
    tabled_tei("en-court-plea-facts-per-field.txt")


def test_forename_per_stays_a_label() -> None:
    """`Per:` is a Scandinavian forename before it is a judgment's field: an interview's `Per:`
    and `Anna:` alternate as labels (the lead took `per` out of ``never`` again)."""
    tei = text_tei(
        "Intervju med Per och Anna, 2019.\n\nAnna: Hur började det?\n\n"
        "Per: Vi flyttade hit 1972.\n\nAnna: Och sedan?\n\nPer: Sedan byggde vi huset.\n"
    )
    assert turn_speakers(tei) == ["Anna:", "Per:", "Anna:", "Per:"]


def test_names_that_open_with_the_field_words_stay_labels() -> None:
    """The nearest labels: `Perera:` (a name opening with "Per") and a turn saying "The facts …"
    are a counsel's turns, as they were."""
    tei = text_tei(
        "Perera: The facts are not disputed, Your Honour.\n"
        "Court: Then we proceed to sentence.\nPerera: As Your Honour pleases.\n"
    )
    assert turn_speakers(tei) == ["Perera:", "Court:", "Perera:"]

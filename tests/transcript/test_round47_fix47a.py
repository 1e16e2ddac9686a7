"""Shapes the last rounds left in old court reports, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): a court's name of two words over the report, alone or
before its rubric after a dash ("DISTRICT COURT. — CIVIL SITTINGS."), and a court's name its
body's word opens before its seat ("TRIBUNAL DE POLICE DE ROUEN."), the record's title, no
speaker; the French answer's letter after a question put as a statement, its stop and a dash
("D. Vous avez frappé le garde. — R. Il m'avait insulté."); an office abbreviated word by word
with its link cut to a letter and a stop too ("Off. v. Just.:", the Dutch officier van justitie)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts, turn_ids, turn_speakers


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def _persons(root: object) -> list[str]:
    return root.xpath("//t:person/@xml:id", namespaces=NS)  # type: ignore[attr-defined, no-any-return]


# 1. A court's name over the report


def test_two_word_court_and_rubric_is_the_title() -> None:
    """ "DISTRICT COURT. — CIVIL SITTINGS." opens the report: the court and its sittings, no
    speaker; the turns below are the counsel's and the judge's."""
    root = tabled_tei("en-colonial-court-two-word-heading-rubric.txt")
    assert "district-court" not in _persons(root)
    assert texts(root, "//t:titlePart[@type='main']") == ["DISTRICT COURT. — CIVIL SITTINGS."]


def test_court_name_opened_by_its_word_before_its_seat_is_the_title() -> None:
    """ "TRIBUNAL DE POLICE DE ROUEN." alone over the report: no speaker, and no questioner joined
    to it (the sample's "D." had been the court's name's person)."""
    root = tabled_tei("fr-gazette-tribunal-heading-dr-after-stop.txt")
    assert set(turn_ids(root)) == {"l-interrogateur", "le-temoin"}
    assert not any(ident.startswith("tribunal") for ident in _persons(root))


def test_two_word_body_name_before_a_speech_stays_a_label() -> None:
    """Negative: "DEFENSE COUNCIL." before its speech, first in the record or further on, is
    counsel's label misspelt, no court's name."""
    first = text_tei(
        "DEFENSE COUNCIL. Your Honor, the defense calls Mrs. Dale.\nTHE COURT: Very well. Proceed.\n"
    )
    assert turn_speakers(first) == ["DEFENSE COUNCIL.", "THE COURT:"]
    further = text_tei(
        "Trial transcript, page 4.\n\nTHE COURT: Call your next witness.\n"
        "DEFENSE COUNCIL. Your Honor, the defense calls Mrs. Dale.\nTHE COURT: Very well.\n"
        "DEFENSE COUNCIL. Mrs. Dale, where were you that night?\n"
    )
    assert turn_speakers(further) == ["THE COURT:", "DEFENSE COUNCIL.", "THE COURT:", "DEFENSE COUNCIL."]


def test_a_heading_naming_a_council_further_on_stays_a_heading() -> None:
    """Negative: the seat after a body's word makes a house only where the body's word opens the
    name; "MESSAGES FROM THE COUNCIL OF STATE." between turns is a heading as before."""
    root = sample_tei("en-in-assembly-message-seat.txt")
    assert texts(root, "//t:head").count("MESSAGES FROM THE COUNCIL OF STATE.") == 2


# 2. The answer's letter after a stop and a dash


def test_answer_after_a_stated_question_and_its_dash() -> None:
    root = tabled_tei("fr-gazette-tribunal-heading-dr-after-stop.txt")
    assert "Il m'avait insulté le premier." in _said(root)
    assert "Ils sont tous de son village." in _said(root)


def test_letter_after_a_stop_alone_stays_the_answer_text() -> None:
    """Negative: a stop with no dash after it ends a sentence ("… le plaignant. R. Martin le
    connaît aussi."): the capital letter and its stop stay the question's words."""
    root = text_tei(
        "D. Vous connaissez le plaignant. R. Martin le connaît aussi.\n\n"
        "D. Depuis quand ? — R. Depuis dix ans.\n\nD. Vous étiez là. — R. Oui.\n"
    )
    assert turn_speakers(root) == ["D.", "D.", "R.", "D.", "R."]
    assert "Vous connaissez le plaignant. R. Martin le connaît aussi." in _said(root)


# 3. An office abbreviated with its link cut too


def test_office_abbreviated_with_a_stopped_link() -> None:
    root = tabled_tei("nl-rechtbank-office-abbreviated-link.txt")
    assert turn_ids(root)[4] == "off-v-just"
    assert "Ik vorder vier maanden gevangenisstraf." in _said(root)


def test_stopped_link_before_a_name_is_no_abbreviated_office() -> None:
    """Negative: the link's stop joins abbreviated words only: "Dr. v. Bülow:" is a title, a
    particle and a name, read as any label is."""
    root = text_tei(
        "Pres.: Het woord is aan den heer Dr. v. Bülow.\nDr. v. Bülow: Dank u, mijnheer de voorzitter.\n"
    )
    assert turn_speakers(root)[-1] == "Dr. v. Bülow:"


# 4. The oath's word after a witness's name, the deposition after its dash


def test_oath_word_is_no_part_of_the_witness_name() -> None:
    """ "THOMAS LANE sworn. — I am a tailor …": the witness is Thomas Lane, the oath his role, as
    "R. GORDON (sworn):" reads (the ids had kept "sworn")."""
    root = tabled_tei("en-oldbailey-sworn-dash-witness-ids.txt")
    assert _persons(root) == ["thomas-lane", "martha-lane"]
    assert "I am a tailor, and live in Holborn; on the 2d of May I missed a coat from my shop-door." in _said(
        root
    )


def test_oath_note_with_its_stop_alone_stays_a_note() -> None:
    """Negative: "JOHN SMITH, affirmed." alone between two examinations is the record's note."""
    root = sample_tei("en-court-sworn-witness-notes.txt")
    assert "JOHN SMITH, affirmed." in texts(root, "//t:stage")
    assert "john-smith" not in _persons(root)


# 5. A witness named on an inner line of a copy that runs the paragraphs together


def test_witness_name_after_an_answer_stop_opens_his_deposition() -> None:
    root = tabled_tei("en-oldbailey-ocr-deposition-inner-line.txt")
    assert texts(root, "//t:sp[last()]/t:p")[0].startswith("I am shopman to Mr. Gibbs")


def test_longer_capitals_or_a_court_after_a_stop_stay_text() -> None:
    """Negative: words in CAPITALS of more than a name's few ("She says THANK YOU, SPEAKER." /
    "MY QUESTION IS FOR THE MINISTER OF TRANSPORTATION."), and a court's name in a running head
    beside a witness so named, are no label."""
    root = sample_tei("en-ca-broadcast-transcript-speaker-stands.txt")
    assert turn_speakers(root) == []
    head = text_tei(
        "Q. Where did you find the bundle? — A. Under the table.\n"
        "Q. Did he say anything? — A. He said he knew\nnothing about it.\n"
        "1310 CENTRAL CRIMINAL COURT. [May 4,\n"
        "Q. Had he the key? — A. It was in his pocket.\n"
        "WILLIAM DRAKE. I am a constable; I took the pri-\nsoner at the door.\n"
    )
    assert "CENTRAL CRIMINAL COURT." not in turn_speakers(head)
    assert turn_speakers(head)[-1] == "WILLIAM DRAKE."


# 6. The accused's defence under the office's possessive


def test_prisoners_defence_is_the_accused_speaking() -> None:
    root = text_tei(
        "EDWARD MOSS was indicted for stealing a silver spoon, the goods of Ann Crane.\n\n"
        "ANN CRANE. I keep a lodging-house; I missed the spoon on the 3d of June.\n\n"
        "WILLIAM BOND (police-constable G 12). I took the prisoner; the spoon was in his pocket.\n\n"
        "Prisoner's Defence. A man gave it me to sell in Smithfield.\n\n"
        "GUILTY. Aged 30.\n"
    )
    assert turn_speakers(root)[-1] == "Prisoner's Defence."
    assert "A man gave it me to sell in Smithfield." in _said(root)


def test_an_offices_report_stays_text() -> None:
    """Negative: any other word after the office's possessive names what is the holder's
    ("Treasurer's Report. The balance …", a minute's heading run in), no speaker; nor is the
    court's sentence printed with its spaced stop beside the defence ("Confined Six Months .")."""
    root = text_tei(
        "PARISH MEETING\n\nChairman: The meeting will come to order.\n"
        "Treasurer's Report. The balance in hand is forty pounds.\nChairman: Thank you.\n"
    )
    assert "Treasurer's Report." not in turn_speakers(root)
    spaced = sample_tei("en-uk-oldbailey-ocr-sentence-spaced-stop.txt")
    assert "Confined Six Months ." not in turn_speakers(spaced)

"""Shapes of earnings calls, creditors' meetings and other verbatim records of business, each in
an invented sample (labels in turns.toml, persons in ids.toml): a surname printed with a capital
inside it alone on its line ("Fergus MacAllister", "Siobhan O'Driscoll"), the words a call's
transcript prints for a voice it cannot name ("Unidentified Analyst"), an office alone under a
roll's one entry ("Priya X - Mizuho" / "Operator"), an analyst and her bank after a spaced dash
("Lena X – Commerzbank:"), a name, a known role and the firm in Mixed case ("Ravi X, Analyst,
Evercore ISI:"), a creditor's numbered party and whom it is ("Vertreterin der Gläubigerin zu 17
(Stadtwerke X GmbH):"), and a call's section headings ("Question and Answer")."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels.matcher import LabelMatcher


def test_names_with_a_capital_inside_alone_on_their_line_are_labels() -> None:
    """ "Fergus MacAllister {BIO … <GO>}" / "Thank you, …": a Scottish or an Irish surname's
    prefix before its capital ("Mac", "O'", "De") is the name's, the wire's code after it."""
    root = tabled_tei("en-earnings-call-names-inner-capitals.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Thank you, and good morning")
    # printed once, the terminal's code after the name marks it a speaker's line
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Thanks, Fergus. Cash conversion was ninety-two per cent in the quarter."
    ]


def test_names_with_a_capital_inside_are_read_alone() -> None:
    matcher = LabelMatcher(default_config())
    for name in ("Andrew McLeod", "Sarah O'Brien", "Mr. McDonald", "Ron DeSantis"):
        found = matcher.bare(name)
        assert found is not None and found.name == name


def test_a_heading_with_a_capital_inside_printed_once_stays_a_heading() -> None:
    """ "YouTube Live" alone over the narration, once: no speaker, as any capitalised heading."""
    root = text_tei(
        "Quarterly Investor Webcast\n\nYouTube Live\n\nThe webcast was streamed on the company's channel"
        " and drew some four hundred viewers.\n\nOperator: Welcome, everyone, to the webcast.\n\n"
        "Robert Lane: Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["Operator:", "Robert Lane:"]


def test_an_unidentified_analyst_alone_is_a_label() -> None:
    """ "Unidentified Analyst" / "Unidentified Company Representative", printed once alone over
    the question where the roll names the others: one of the call the record cannot name."""
    root = tabled_tei("en-earnings-call-unidentified-voices-alone.txt")
    assert "One follow-up on the equity needs, if I may." in texts(root, "//t:sp/t:p")


def test_an_unknown_plural_heading_stays_a_heading() -> None:
    """ "Unknown Shareholders" over the narration: the plural is a heading's, no voice."""
    root = text_tei(
        "Annual Report Extract\n\nUnknown Shareholders\n\nThe register lists some two hundred holders whose"
        " addresses are no longer valid.\n\nChair: We move to the next item.\n\nMs. Ortiz: Thank you, Chair.\n"
    )
    assert speakers(etree.tostring(root)) == ["Chair:", "Ms. Ortiz:"]


def test_the_operator_under_a_rolls_one_entry_opens_the_first_turn() -> None:
    """ "Conference Call Participants" / "Priya Venkat - Mizuho" / "Operator" / "Good afternoon …":
    the office alone is no entry of the roll above it, but the first turn's label."""
    root = tabled_tei("en-earnings-call-unidentified-voices-alone.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Good afternoon and welcome")
    assert "Operator" not in texts(root, "//t:front//t:p")


def test_an_office_between_a_rolls_entries_stays_the_rolls() -> None:
    """ "Priya Venkat - Mizuho" / "Moderator" / "Tom Lee": a name below, no speech: the roll's."""
    root = text_tei(
        "Call Transcript\n\nConference Call Participants\n\nPriya Venkat - Mizuho\n\nModerator\n\nTom Lee\n\n"
        "Operator: Good afternoon and welcome to the fourth quarter call of the company.\n\n"
        "Tom Lee: Thanks for having me on the call today.\n"
    )
    assert speakers(etree.tostring(root)) == ["Operator:", "Tom Lee:"]


def test_an_analyst_and_her_bank_after_a_dash_are_a_label() -> None:
    """ "Jonas Brückner – DZ Bank:" beside "Katrin Mehler – Finanzvorständin:", the operator naming
    the analyst in the turn above: the bank is her role, as the executive's office is his."""
    root = tabled_tei("de-telefonkonferenz-analystin-bank-gedankenstrich.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Guten Tag. Wie entwickelt")
    tabled_tei("es-conferencia-resultados-analista-banco-guion.txt")


def test_a_headings_two_halves_after_a_dash_stay_a_paragraph() -> None:
    """ "Mill Lane – Footpath Repairs: …" beside "Anna Price – Chair:": no turn names the street,
    which no vocabulary knows for a role, so its item's heading stays the speech's."""
    root = text_tei(
        "Parish Council Minutes\n\nAnna Price – Chair: The next item is highways.\n\n"
        "Mill Lane – Footpath Repairs: The contractor has agreed to start in May.\n\nTom Hale – Clerk: Noted.\n"
    )
    assert speakers(etree.tostring(root)) == ["Anna Price – Chair:", "Tom Hale – Clerk:"]


def test_a_firm_after_a_dash_alone_is_no_label() -> None:
    """ "Lena Hansen – Commerzbank:" with no label of a name, its dash and a known role: no
    evidence the record prints its speakers so."""
    root = text_tei(
        "Call excerpt\n\nOperator: The next question is from Lena Hansen.\n\n"
        "Lena Hansen – Commerzbank: Guten Tag, eine Frage zur Marge.\n\nOperator: Danke.\n"
    )
    assert speakers(etree.tostring(root)) == ["Operator:", "Operator:"]


def test_a_name_a_known_role_and_the_firm_in_mixed_case_are_one_label() -> None:
    """ "Ravi Menon, Analyst, Evercore ISI:": the role one of the vocabulary, the firm's
    capitalised words after its comma, as "RAVI X, ANALYST, Y CAPITAL:" in CAPITALS is."""
    root = tabled_tei("en-earnings-call-name-role-firm-mixed-case.txt")
    assert texts(root, "(//t:sp)[4]/t:p")[0].startswith("Thanks. Gwen, how much")


def test_a_sentences_commas_before_a_colon_stay_speech() -> None:
    """ "Good morning, Analyst, Evercore ISI: …": no name before the first comma."""
    matcher = LabelMatcher(default_config())
    assert matcher.candidate("Good morning, Analyst, Evercore ISI: hi there.") is None


def test_a_creditors_numbered_party_and_whom_it_is_are_a_label() -> None:
    """ "Vertreterin der Gläubigerin zu 17 (Stadtwerke Neustadt GmbH):": the party's number, then
    in brackets the creditor it stands for."""
    root = tabled_tei("de-glaeubigerversammlung-beteiligte-zu-nummer.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Wir reichen die Lieferscheine")


def test_an_items_number_and_brackets_stay_speech() -> None:
    """ "Item 4 (Budget): …": an item's number, no seat's: the minutes' words."""
    root = text_tei(
        "Committee Minutes\n\nChair: We start with the budget.\n\n"
        "Item 4 (Budget): The committee agreed the draft estimates.\n\nMs. Lee: Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["Chair:", "Ms. Lee:"]


def test_a_calls_section_headings_are_no_names() -> None:
    """ "Question and Answer", "Questions & Answers", "Prepared Remarks:": a call's sections."""
    matcher = LabelMatcher(default_config())
    for heading in ("Question and Answer", "Questions & Answers", "Prepared Remarks:", "Q&A Session"):
        assert matcher.is_heading(heading)
    assert matcher.bare("Question and Answer") is None

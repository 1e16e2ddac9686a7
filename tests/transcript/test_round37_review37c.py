"""A reviewer's counter-examples to the round's merged rules: an office or a name in CAPITALS
whose description goes on in lower case ("ПРЕДСЕДАТЕЛЬ комиссии по бюджету и налогам:", "SENATOR
HAYES on behalf of the committee on rules and administration:"), which the sentence opening with
an acronym took for one, and a speech opening with a sum and its comma ("OKORO: $3 million, Madam
Mayor, is what …"), which the sum after its currency's sign took for a report's item; in invented
samples and texts (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_committee_chair_s_office_in_capitals_and_its_committee_in_lower_case_is_a_label() -> None:
    """ "ПРЕДСЕДАТЕЛЬ постоянной комиссии городской думы по вопросам местного самоуправления:",
    printed once over the sitting's first speech: an office and its committee, no sentence
    opening with an acronym; the members' labels below take their turns as before."""
    tei = tabled_tei("ru-duma-committee-chair-office-in-lower-case.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Уважаемые депутаты, кворум есть")


@pytest.mark.parametrize(
    ("label", "speech"),
    [
        (
            "PRESIDENTE della commissione affari costituzionali della camera:",
            "Onorevoli colleghi, la seduta è aperta.",
        ),
        ("PRZEWODNICZĄCY komisji spraw zagranicznych i obrony narodowej:", "Otwieram posiedzenie komisji."),
        ("ГОЛОВУЮЧИЙ засідання постійної комісії з питань бюджету:", "Шановні колеги, розпочинаємо."),
        (
            "MR. OKAFOR member for the northern district and chair of the works committee:",
            "Mr. Mayor, the report is here.",
        ),
    ],
)
def test_an_office_or_a_form_of_address_in_capitals_opens_no_acronym_s_sentence(
    label: str, speech: str
) -> None:
    """An office ("PRESIDENTE", "PRZEWODNICZĄCY", "ГОЛОВУЮЧИЙ") or a form of address ("MR.")
    first, its description in lower case after it: the label of the one who speaks, printed once
    at the head of an excerpt, beside a member's label."""
    text = f"{label} {speech}\n\nROSSI (PD): Chiedo la parola.\n\nKOWALSKI (KO): Dziękuję.\n"
    assert speakers_of(text)[0] == label


def test_a_senator_s_label_whose_committee_follows_in_lower_case_is_a_label() -> None:
    """ "SENATOR HAYES on behalf of the committee on rules and administration:": the name in
    CAPITALS and a particle after it, the words in lower case the senator's part, no sentence."""
    tabled_tei("en-senate-senator-on-behalf-of-committee.txt")


def test_a_notice_opening_with_a_broadcaster_s_acronym_is_still_no_label() -> None:
    """ "BBC transcripts are produced on a tight deadline and may contain errors.": the acronym
    and its sentence's noun right after it, a notice above the transcript, no turn."""
    text = (
        "BBC transcripts are produced on a tight deadline and may contain errors.\n\n"
        "PRESENTER: Good evening and welcome to the programme.\n\n"
        "MINISTER: Thank you for having me.\n"
    )
    assert speakers_of(text) == ["PRESENTER:", "MINISTER:"]


def test_a_speech_opening_with_a_sum_and_its_comma_stays_its_speaker_s() -> None:
    """ "OKORO: $3 million, Madam Mayor, is what the county still owes us …", "BROOKS: €640 a
    month, Madam Mayor, …": a speech goes on after the sum and its comma, where a report's item
    ends with its sum or the next item follows it ("- Current account: $8,412 - Hall hire
    income: $1,250"); no tally counts in money."""
    tei = tabled_tei("en-council-minutes-sum-opens-speech.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("$3 million, Madam Mayor, is what")


def test_a_report_s_sums_each_ending_its_item_open_no_turn() -> None:
    """ "Reserve fund: $110,000 (audited)" / "Petty cash: £215;": a field and its sum, then its
    note in brackets or its semicolon, no label; the chair's turn below stays."""
    text = (
        "TREASURER'S REPORT\n\nReserve fund: $110,000 (audited)\n\nPetty cash: £215;\n\n"
        "Chair: Any questions for the Treasurer?\n\nCouncillor Byrne: None, Chair.\n"
    )
    assert speakers_of(text) == ["Chair:", "Councillor Byrne:"]


def test_an_earnings_call_s_question_and_answer_heading_with_its_colon_keeps_the_turns() -> None:
    """ "Question-and-Answer Session:" with its colon between the operator's two labels alone:
    the operator, believed again, takes turns with the names alone the head's roster lists with
    their parts after a dash ("Lena Vogt - Chief Financial Officer"); all six turns open, as
    without the colon, and the roster stays the head's."""
    tei = tabled_tei("en-earnings-call-qa-session-heading-colon.txt")
    assert "Question-and-Answer Session:" in texts(tei, "//t:body//t:p | //t:body//t:head")


def test_headings_alone_beside_an_operator_believed_again_open_no_turn() -> None:
    """ "Operator" / … / "Prepared Remarks" / … / "Question-and-Answer Session:" / "Operator": the
    call's headings alone, which no roster lists, are no names taking turns with the operator."""
    text = (
        "Harbor Bank Q2 2024 Earnings Call\n\nOperator\n\nGood morning and welcome to the call.\n\n"
        "Prepared Remarks\n\nDeposits rose by four percent in the quarter.\n\n"
        "Outlook\n\nWe expect loan growth to slow in the second half.\n\n"
        "Question-and-Answer Session:\n\nOperator\n\nOur first question comes from an analyst.\n\n"
        "Capital Return\n\nWe will keep the dividend unchanged this year.\n"
    )
    assert speakers_of(text) == ["Operator", "Operator"]

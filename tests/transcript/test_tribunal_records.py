"""International tribunals' and public inquiries' transcripts as printed and pasted (names
invented): the ICTY's page headings and witness line, the ICC's running transcript reference
and stamped questions, the ICTR's roll in the head, a truth commission's fields and capital
lines, a British inquiry reporter's pages with hanging labels and a running head."""

from __future__ import annotations

import pytest

from label_samples import NS, SAMPLES, TURN_IDS, sample_tei, speakers, text_tei, turn_ids
from stenogram.tei.convert import convert_text

CASES = {
    "en-icty-page-headings.txt": [
        "JUDGE VANSTONE:",
        "THE REGISTRAR:",
        "JUDGE VANSTONE:",
        "MR. HOLLOWAY:",
        "JUDGE VANSTONE:",
        "THE WITNESS:",
        "JUDGE VANSTONE:",
        "Q.",
        "A.",
        "Q.",
        "A.",
        "Q.",
        "MR. DRAGOVIC:",
        "JUDGE VANSTONE:",
        "MR. HOLLOWAY:",
        "A.",
        "THE INTERPRETER:",
        "THE REGISTRAR:",
    ],
    "en-icc-running-head.txt": [
        "THE COURT USHER:",
        "PRESIDING JUDGE MARTEN:",
        "THE COURT OFFICER:",
        "PRESIDING JUDGE MARTEN:",
        "MS ODELL:",
        "PRESIDING JUDGE MARTEN:",
        "THE WITNESS:",
        "Q.",
        "A.",
        "Q. ",  # the clock after it its <time>
        "A.",
        "JUDGE OSTEND:",
        "THE COURT OFFICER: ",
    ],
    "en-ictr-appearances-head.txt": [
        "MR. PRESIDENT:",
        "MR. LINDQVIST:",
        "MR. PRESIDENT:",
        "Q.",
        "A.",
        "MR. PRESIDENT:",
    ],
    "en-trc-amnesty-fields.txt": [
        "CHAIRPERSON:",
        "ADV VENTER:",
        "SIPHO TEMBANI:",
        "EXAMINATION BY ADV VENTER:",
        "MR TEMBANI:",
        "ADV VENTER:",
        "MR TEMBANI:",
        "JUDGE NDLOVU:",
        "MR TEMBANI:",
        "CHAIRPERSON:",
    ],
    "en-inquiry-reporter-pages.txt": [
        "SIR EDMUND HALE:",
        "MS ASHBY:",
        "MS ASHBY:",
        "A.",
        "Q.",
        "A.",
        "SIR EDMUND HALE:",
        "THE WITNESS:",
        "Q.",
        "A.",
        "MS ASHBY:",
        "SIR EDMUND HALE:",
    ],
    "en-au-royal-commission-pages.txt": [
        "THE COMMISSIONER:",
        "MR BARWICK:",
        "MR BARWICK:",
        "---",  # the answer after "?---"; the next question is the examiner's, unlabelled
        "---",
        "---",
        "THE COMMISSIONER:",
        "---",
        "MR BARWICK:",
    ],
    "en-ca-inquiry-numbered.txt": [
        "THE REGISTRAR:",
        "COMMISSIONER AUBIN:",
        "MR. LEFEBVRE:",
        "THE REGISTRAR:",
        "CAPT. DESMOND ROURKE:",
        "MR. LEFEBVRE:",
        "CAPT. DESMOND ROURKE:",
        "COMMISSIONER AUBIN:",
        "CAPT. DESMOND ROURKE:",
    ],
    "en-icty-web-double-spaced.txt": [
        "JUDGE VANSTONE:",
        "THE REGISTRAR:",
        "JUDGE VANSTONE:",
        "Q.",
        "A.",
        "MR. CAREW:",
        "Q.",
        "A.",
        "JUDGE VANSTONE:",
    ],
    "fr-icty-numbered-lines.txt": [
        "M. LE JUGE VANSTONE :",
        "Mme LA GREFFIÈRE :",
        "M. LE JUGE VANSTONE :",
        "Q.",
        "R.",
        "M. HOLLOWAY :",
    ],
    "en-inquiry-reporter-flat.txt": [
        "SIR EDMUND HALE:",
        "SIR EDMUND HALE:",
        "THE WITNESS:",
        "MR MILLARD:",
        "A.",
        "Q.",
        "A.",
        "SIR EDMUND HALE:",
    ],
}


def _who(sample: str) -> list[str]:
    return [w.lstrip("#") for w in sample_tei(sample).xpath("//t:sp/@who", namespaces=NS)]


def _paragraphs(sample: str) -> list[str]:
    return [
        " ".join(p.xpath("string()").split()) for p in sample_tei(sample).xpath("//t:sp/t:p", namespaces=NS)
    ]


@pytest.mark.parametrize(("sample", "expected"), CASES.items())
def test_a_tribunal_s_record_keeps_its_labels(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_the_icty_s_page_heading_leaves_its_lines_one_paragraph() -> None:
    paragraphs = _paragraphs("en-icty-page-headings.txt")
    assert paragraphs[0] == "Good morning to everyone. Madam Registrar, would you please call the case."
    assert "Yes, Your Honour. The Prosecution calls Mr. Stipan Jurkov." in paragraphs
    # counsel's label alone over the question: one turn, the letter kept in its text
    assert "Q. Please continue, Mr. Jurkov." in paragraphs


def test_the_witness_line_names_who_answers() -> None:
    who = _who("en-icty-page-headings.txt")
    assert who.count("stipan-jurkov") == 4  # the declaration and three answers
    assert who[14] == "mr-holloway"
    stages = sample_tei("en-icty-page-headings.txt").xpath("//t:stage/text()", namespaces=NS)
    assert stages.count("(redacted)") == 2 and "[Private session]" in stages


def test_the_icc_s_case_number_at_a_pages_foot_is_page_furniture() -> None:
    """The ICC's transcripts of 2010 close each page with the case's number ("Case No.:
    ICC-…") above the next page's reference: page furniture, no words of the speech it cuts."""
    tei = sample_tei("en-icc-case-footer.txt")
    assert "Case No." not in " ".join(tei.xpath("//t:body//text()", namespaces=NS))
    assert "cannot plan the order of our own witnesses for the trial that opens in May." in " ".join(
        _paragraphs("en-icc-case-footer.txt")
    )
    assert turn_ids(tei) == TURN_IDS["en-icc-case-footer.txt"]


def test_the_icc_s_transcript_reference_is_page_furniture() -> None:
    tei = sample_tei("en-icc-running-head.txt")
    text = " ".join(tei.xpath("//t:body//text()", namespaces=NS))
    assert "ICC-01/09-02/11-T-41-ENG" not in text
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "International Criminal Court"
    assert "I solemnly declare that I will speak the truth, the whole truth" in " ".join(
        _paragraphs("en-icc-running-head.txt")
    )
    who = _who("en-icc-running-head.txt")
    assert who[7:11] == ["ms-odell", "arc-otp-p-0217", "ms-odell", "arc-otp-p-0217"]
    assert tei.xpath("(//t:sp)[10]/t:speaker/t:time/text()", namespaces=NS) == ["[9:35:12]"]
    name = tei.xpath("string(//t:person[@xml:id='arc-otp-p-0217']/t:persName[1])", namespaces=NS)
    assert name == "ARC-OTP-P-0217"  # a pseudonym is no name to set in Mixed case


def test_the_ictr_s_roll_stays_in_the_head() -> None:
    tei = sample_tei("en-ictr-appearances-head.txt")
    roll = tei.xpath("//t:front/t:div[@type='list']/t:p/text()", namespaces=NS)
    assert roll[0] == "Before the Judges:" and roll[-1] == "Mr. Colin Breck"
    assert tei.xpath("//t:front/t:div[@type='time']/t:p/text()", namespaces=NS) == ["0900H"]
    assert _who("en-ictr-appearances-head.txt")[3:5] == ["mr-osei", "witness-kxr"]


def test_a_truth_commission_s_fields_and_capital_lines() -> None:
    tei = sample_tei("en-trc-amnesty-fields.txt")
    front = tei.xpath("//t:front/t:div/t:p/text()", namespaces=NS)
    assert "APPLICATION NO: AM 4512/96" in front and "DAY: 2" in front
    stages = tei.xpath("//t:body//t:stage/text()", namespaces=NS)
    assert "COMMITTEE ADJOURNS" in stages and "NO FURTHER QUESTIONS BY ADV VENTER" in stages
    assert not tei.xpath("//t:body//t:head", namespaces=NS)
    name = tei.xpath("string(//t:person[@xml:id='adv-venter']/t:persName[1])", namespaces=NS)
    assert " ".join(name.split()) == "Adv Venter"
    assert _who("en-trc-amnesty-fields.txt")[3] == "adv-venter"


def test_an_inquiry_reporter_s_pages() -> None:
    tei = sample_tei("en-inquiry-reporter-pages.txt")
    text = " ".join(tei.xpath("//t:body//text()", namespaces=NS))
    assert "Harbourside Fire Inquiry" not in text and "Opus 2" not in text
    assert "Good morning, Mr Chairman. I call Mr Daniel Corran, please." in _paragraphs(
        "en-inquiry-reporter-pages.txt"
    )
    who = _who("en-inquiry-reporter-pages.txt")
    assert who[4] == who[8] == "ms-ashby"  # the questions from counsel to the inquiry are hers
    assert "counsel-to-the-inquiry" not in who


def test_an_australian_reporter_s_head_and_page_foot() -> None:
    tei = sample_tei("en-au-royal-commission-pages.txt")
    text = " ".join(tei.xpath("//t:body//text()", namespaces=NS))
    assert "P-1204" not in text and "AUSCRIPT" not in text and "auscript" not in text
    assert tei.xpath("//t:front/t:div[@type='presiding']/t:p/text()", namespaces=NS) == [
        "THE HONOURABLE R. KESTREL, Commissioner"
    ]
    roll = tei.xpath("//t:front/t:div[@type='list']/t:p/text()", namespaces=NS)
    assert roll == [
        "MR T. BARWICK SC appears with MS L. DUNN as Counsel Assisting",
        "MR P. HOLT appears for the State of Queensland",
    ]
    front = tei.xpath("//t:front/t:div[@type='other']/t:p/text()", namespaces=NS)
    assert "DAY 12" in front and "Continued from 13.5.19" in front
    # the witness's leaving, stamped with the hour, is the record's own line
    stage = tei.xpath("(//t:body//t:stage)[last()]", namespaces=NS)[0]
    assert " ".join(stage.xpath("string()").split()) == "<THE WITNESS WITHDREW [10.41 am]"
    assert stage.xpath("t:time/text()", namespaces=NS) == ["[10.41 am]"]
    assert set(_who("en-au-royal-commission-pages.txt")[3:8:2]) == {"gregory-allan-pruett"}


def test_a_canadian_inquiry_s_time_lines_and_examination() -> None:
    tei = sample_tei("en-ca-inquiry-numbered.txt")
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert "--- EXAMINATION IN-CHIEF BY MR. LEFEBVRE:" in heads
    stages = tei.xpath("//t:body//t:stage/text()", namespaces=NS)
    assert stages == ["--- Upon recessing at 10:45 a.m."]
    assert _paragraphs("en-ca-inquiry-numbered.txt")[-1] == "Yes, Madam Commissioner."


def test_a_double_spaced_copy_of_the_icty_s_page() -> None:
    paragraphs = _paragraphs("en-icty-web-double-spaced.txt")
    assert "Mr. Tomic, yesterday you spoke of the checkpoint. Who manned it?" in paragraphs
    assert (
        "Good morning, Your Honours. This is case number IT-02-17-T, the Prosecutor versus Petar Lisic."
        in paragraphs
    )
    who = _who("en-icty-web-double-spaced.txt")
    # cross-examination "[Continued]", then the judge's own questions under "Questioned by Judge …"
    assert who[3:5] == ["mr-dragovic", "milan-tomic"] and who[6:8] == ["judge-vanstone", "milan-tomic"]
    stages = sample_tei("en-icty-web-double-spaced.txt").xpath("//t:stage/text()", namespaces=NS)
    assert "Pages 7121-7122 redacted. Private session." in stages


def test_the_witness_above_a_resumption_line_is_the_witness_it_names() -> None:
    """ "THE WITNESS:" before "WITNESS: K (Resumed)" and "A." after it are one person, named by
    the line: the evidence goes on from before the break."""
    assert _who("en-icty-witness-before-resumed.txt") == TURN_IDS["en-icty-witness-before-resumed.txt"]
    assert "the-witness" not in _who("en-icty-witness-before-resumed.txt")
    fresh = (
        "THE WITNESS: Thank you, Your Honour.\n\nJUDGE VANSTONE: You are released.\n\n"
        "WITNESS: MARA DELIC\n\nExamined by Mr. Carew:\n\nQ. Good morning.\n\nA. Good morning.\n"
    )
    who = turn_ids(text_tei(fresh))
    assert who[0] != who[-1]  # a new witness sworn: the one released above is another


def test_the_icty_s_french_record() -> None:
    tei = sample_tei("fr-icty-numbered-lines.txt")
    stages = tei.xpath("//t:stage/text()", namespaces=NS)
    assert "--- L'audience est ouverte à 9 heures 03." in stages and "[interprétation]" in stages
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert heads == ["LE TÉMOIN : STIPAN JURKOV [Reprise]", "Contre-interrogatoire par M. Dragovic : [Suite]"]
    assert _who("fr-icty-numbered-lines.txt")[3:5] == ["m-dragovic", "stipan-jurkov"]
    judge = tei.xpath(
        "//t:person[@xml:id='m-le-juge-vanstone']/t:persName[1]/t:roleName/text()", namespaces=NS
    )
    assert judge == ["M.", "Juge"]


def test_an_inquiry_s_next_day_of_evidence_continued() -> None:
    tei = sample_tei("en-inquiry-reporter-flat.txt")
    who = _who("en-inquiry-reporter-flat.txt")
    assert who[2] == who[4] == who[6] == "mr-colin-tanner"  # "MR COLIN TANNER (continued)"
    assert who[5] == "mr-millard"
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert "Questions from COUNSEL TO THE INQUIRY (continued)" in heads
    stages = tei.xpath("//t:body//t:stage/text()", namespaces=NS)
    assert "(The hearing adjourned until 10.00 am on Thursday, 29 July 2021)" in stages


def test_a_truth_commission_s_date_field_with_its_year_in_two_figures() -> None:
    tei = sample_tei("en-trc-hrv-fields.txt")
    assert {"Case: EC0127/96", "Day 2"} <= set(tei.xpath("//t:front/t:div/t:p/text()", namespaces=NS))
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "1996-04-16"
    assert _who("en-trc-hrv-fields.txt") == [
        "chairperson",
        "noluthando-mbekela",
        "chairperson",
        "ms-radebe",
        "noluthando-mbekela",
        "ms-radebe",
    ]

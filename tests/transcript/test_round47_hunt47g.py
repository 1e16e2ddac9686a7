"""A colonial legislative council's governor presiding it, in CAPITALS with his form of address
("HIS EXCELLENCY THE PRESIDENT:", Hong Kong's and the Straits Settlements' printed proceedings):
one label, the form of address an office as "HIS WORSHIP THE MAYOR:" is, no heading run in
before the chair's label; a heading in CAPITALS before the chair still ends before it. A Malayan
council's member after the Malay honourable of several words that is a salutation too ("Yang
Berhormat Tuan X:", "Yang Amat Berhormat Dato' X:"): a form of address before a name, no hall
addressed."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_his_excellency_the_president_is_one_label() -> None:
    """The sample: the governor's label keeps its form of address, no "HIS EXCELLENCY" heading."""
    root = tabled_tei("en-legco-his-excellency-the-president.txt")
    assert texts(root, "//t:head") == []
    assert texts(root, "//t:sp[1]/t:p")[0] == "Honourable Members, the first business is the Estimates."
    assert texts(root, "//t:sp[4]/t:speaker") == ["HIS EXCELLENCY THE PRESIDENT:"]


def test_her_excellency_the_chairman_printed_once() -> None:
    """Each label printed once, the chair's office "CHAIRMAN" after the form of address."""
    text = (
        "EXECUTIVE COUNCIL\nMeeting of 3rd May 1951\n\n"
        "HER EXCELLENCY THE CHAIRMAN: The Council will consider the Ordinance.\n\n"
        "THE ATTORNEY GENERAL: Sir, the Ordinance is a short one.\n\n"
        "HON. R. D. WALKER: I have nothing to add.\n"
    )
    assert _speakers(text) == ["HER EXCELLENCY THE CHAIRMAN:", "THE ATTORNEY GENERAL:", "HON. R. D. WALKER:"]


def test_a_heading_run_in_before_the_chair_still_ends_before_it() -> None:
    """Negative: words in CAPITALS that are no form of address before the chair's label are
    the record's heading or event, the label the chair's alone; and the governor named in a
    sentence stays the speech."""
    text = (
        "LEGISLATIVE COUNCIL\n\n"
        "THE CLERK READ THE PRAYERS THE PRESIDENT: Honourable Members, please be seated.\n\n"
        "THE COLONIAL SECRETARY: Sir, I have to report as follows.\n"
        "His Excellency the Governor has been pleased to assent to the following Ordinances:\n"
        "the Stamp Ordinance and the Police Ordinance.\n\n"
        "HIS EXCELLENCY: Thank you.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["THE PRESIDENT:", "THE COLONIAL SECRETARY:", "HIS EXCELLENCY:"]
    assert any(p.startswith("His Excellency the Governor has been") for p in texts(root, "//t:sp[2]/t:p"))


def test_yang_berhormat_before_a_name_is_a_label() -> None:
    """The sample: each member after "Yang Berhormat" printed once, a label with its name."""
    root = tabled_tei("en-malaya-legco-yang-berhormat-tuan.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Sir, the rubber smallholders of Johore")


def test_yang_berhormat_printed_once_in_an_excerpt() -> None:
    """An excerpt of three turns, the honourable member's label printed once."""
    text = (
        "LEGISLATIVE COUNCIL DEBATES\n\n"
        "Mr. Speaker: Order, order.\n\n"
        "Yang Berhormat Tuan Tan Siew Sin: Sir, the Alliance is united on this motion.\n\n"
        "Mr. Speaker: The question is that the motion be agreed to.\n"
    )
    assert _speakers(text) == ["Mr. Speaker:", "Yang Berhormat Tuan Tan Siew Sin:", "Mr. Speaker:"]


def test_the_honourable_members_addressed_in_a_speech_stay_its_text() -> None:
    """Negative: "Yang Berhormat sekalian:" inside a member's turn addresses the hall, the
    salutation before a word in lower case, no name: the speech goes on."""
    text = (
        "PENYATA RASMI MAJLIS MESYUARAT UNDANGAN PERSEKUTUAN\n\n"
        "Tuan Speaker: Saya persilakan.\n\n"
        "Inche Abdul Aziz bin Ishak: Tuan Speaker, saya hendak berkata kepada Dewan ini.\n"
        "Yang Berhormat sekalian:\n"
        "kita mesti bersatu untuk kemerdekaan tanah air kita.\n\n"
        "Tuan Speaker: Terima kasih.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == [
        "Tuan Speaker:",
        "Inche Abdul Aziz bin Ishak:",
        "Tuan Speaker:",
    ]
    assert "Yang Berhormat sekalian: kita mesti bersatu" in texts(root, "//t:sp[2]/t:p")[0]

"""Court, trial and hearing label shapes earlier rounds left, mended one at a time: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids


def test_an_office_a_dash_and_its_holder_are_one_label_the_holders() -> None:
    """ "PRESIDENTE - Dott.ssa Bianchi:", "P.M. - DOTT. ROSSI:": the label runs to the colon, not
    the dash; the person is the one named after the dash, the office before it her role."""
    root = tabled_tei("it-tribunale-office-dash-holder.txt")
    roles = root.xpath("//t:person[@xml:id='dott-rossi']/@role", namespaces=NS)
    assert roles == ["P.M."]
    assert root.xpath("//t:person[@xml:id='avv-greco']/@role", namespaces=NS) == ["DIFESA"]


def test_a_bracketed_role_before_a_colon_is_a_pseudonymised_label() -> None:
    """ "[Verdachte]:", "[slachtoffer]:", "[getuige 1]:": the publisher's stand-in for the
    person's name opens a turn, printed once each; no word of it is the editor's supplied text."""
    root = tabled_tei("nl-rechtbank-pseudonymised-roles.txt")
    assert not root.xpath("//t:supplied", namespaces=NS)


def test_a_bracketed_gap_before_a_colon_is_no_label() -> None:
    """ "[inaudible]:" in a speech's paragraph is the editor's gap, never a speaker."""
    root = text_tei(
        "THE CHAIR: We will begin.\n\n[inaudible]: and then the vote was taken.\n\nMR. DOE: Thank you.\n"
    )
    assert turn_ids(root) == ["the-chair", "mr-doe"]


def test_a_question_letter_glued_to_a_form_of_address_is_the_pairs_label() -> None:
    """ "Q.Mr. Hale, …", "A.Dr. Whitcombe, …": OCR glued the letter's stop to the speech's first
    word; the letter is the label and the asker the examination's heading names."""
    root = tabled_tei("en-deposition-ocr-letter-glued-address.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Mr. Hale, you were at the warehouse that night?"]


def test_a_trials_head_of_fields_with_its_appearances_is_front_matter() -> None:
    """ "Judge: Hon. X" / "Clerk: Y" / "Court reporter: Z" / "Appearances: …, for the State; …":
    the head's fields, no turn of the judge; the appearances are the head's roll."""
    root = tabled_tei("en-trial-head-fields-appearances.txt")
    front = " ".join(texts(root, "//t:front"))
    assert "Judge: Hon. Patricia Lindqvist" in front
    assert texts(root, "//t:front/t:div[@type='list']/t:p")[0].startswith("Appearances: Ruth Okafor")


def test_a_delegate_with_her_own_name_in_brackets_is_that_person() -> None:
    """ "DELEGATE (John Mokoena):" is the delegate so named, the office his role; "DELEGATE
    (Eastern Cape):" names the province the delegate speaks for, no person."""
    root = tabled_tei("en-congress-delegate-named-in-brackets.txt")
    assert root.xpath("//t:person[@xml:id='john-mokoena']/@role", namespaces=NS) == ["DELEGATE"]


def test_a_reporters_page_code_and_examination_head_is_page_furniture() -> None:
    """ "M3G8SCH4   Smith - Cross" over one page: the reporter's running head, kept among the
    furniture, never the title nor speech."""
    root = tabled_tei("en-trial-page-code-running-head.txt")
    heads = root.xpath("//t:item[@ana='trial-running-head']/text()", namespaces=NS)
    assert [" ".join(head.split()) for head in heads] == ["M3G8SCH4 Smith - Cross"]
    assert not root.xpath("//t:titlePart", namespaces=NS)

"""A Hansard's officers listed in its head in CAPITALS after a form of address (`SPEAKER :
Hon. X`), a House's rule of two words cited with its number inside a speech (`Standing Order
74:`) and a written question put with its verb before the office (`Could the Minister advise
this Parliament:`), each in an invented sample (names invented; labels in turns.toml, persons
in ids.toml) and with a line of the same shape that keeps its reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts

SP = "//t:sp/t:speaker"


def test_officers_in_capitals_after_a_form_of_address_are_a_head_s_list() -> None:
    """ "SPEAKER : Hon. GRACIA SHADRACK" / "CLERK : Mr. JOE TALIPU" over the sitting: the
    officers a head lists, no turns with no words; the Bislama turns below are the labels."""
    root = tabled_tei("en-vu-hansard-officers-capitals-front.txt")
    assert "Tangkyu Spika. Mi wantem toktok long Bil blong Edukesen." in texts(root, "//t:body//t:p")
    root = text_tei("CHAIRMAN: Hon. ROBERT ELLIS\nSECRETARY: Mrs. MARY COLE\n\nThe meeting opened at ten.\n")
    assert not root.xpath(SP, namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_holder_in_mixed_case_after_an_office_s_colon_is_still_the_label_s() -> None:
    """The negative: "PREDSJEDNIK: dr. Ante Barić" over the speech keeps its holder, his name
    in Mixed case after the form of address in lower case."""
    root = tabled_tei("hr-sabor-office-colon-holder-alone.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Otvaram sjednicu. Riječ ima zastupnik Lovrić."]


def test_a_rule_of_two_words_and_its_number_cited_is_no_label() -> None:
    """ "Standing Order 74: No Member shall …" inside a member's point of order is his words."""
    root = tabled_tei("en-fj-hansard-standing-order-cited.txt")
    assert any(text.startswith("Standing Order 74: No Member shall") for text in texts(root, "//t:sp[2]/t:p"))


def test_an_office_of_two_words_numbered_is_still_a_label() -> None:
    """The negative: an office of two words before a seat's number ("Member for Ward 3:") and a
    numbered participant stay labels beside the rule cited."""
    root = text_tei(
        "Mayor Hale: The meeting is open.\n\n"
        "Member for Ward 3: Thank you, Mayor. Standing Order 12: No motion without notice.\n\n"
        "Mayor Hale: Noted.\n"
    )
    assert texts(root, SP) == ["Mayor Hale:", "Member for Ward 3:", "Mayor Hale:"]


def test_a_written_question_s_verb_before_the_office_is_no_label() -> None:
    """ "Could the Minister advise this Parliament:" and "Will the Minister state:" over the
    parts of a member's question stay his words, the Minister named inside them."""
    root = tabled_tei("en-pg-written-question-could-the-minister.txt")
    assert "Could the Minister advise this Parliament:" in texts(root, "//t:sp[2]/t:p")


def test_an_office_opening_a_label_before_words_in_lower_case_is_still_a_label() -> None:
    """The negative: a label opening with its office or a name, a word in lower case after it
    ("Minister for Health:", "Will de Vries:"), is no question's verb."""
    root = text_tei(
        "Chair: The meeting is open.\n\n"
        "Will de Vries: Thank you, Chair. I have a question.\n\n"
        "Minister for Health: I will answer it.\n\n"
        "Chair: Thank you.\n"
    )
    assert texts(root, SP) == ["Chair:", "Will de Vries:", "Minister for Health:", "Chair:"]

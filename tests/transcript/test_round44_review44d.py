"""The new abbreviations of African and Southeast Asian records narrowed where the same letters
mean something else: the Somali and Bangladeshi "Md." and the Filipino "BB." before a name are
no forms of address a line may end on ("… Baltimore, Md." over "THE MAYOR: …", Maryland; "… cut
to BB.", a bond's rating), nor does "Md." read a member's
state on after "of" ("Mr. McLANE, of Md. Mr. Speaker, …", the Congressional Record); and a
form of address abbreviated in CAPITALS before a name in Mixed case ("KH. Hasan Basri pernah
berkata:", "BB. Santos ang nagsabi:") opens a sentence, its words in lower case counted as such."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_a_members_state_abbreviated_after_of_closes_his_label() -> None:
    """ "Mr. McLANE, of Md. Mr. Speaker, I ask …": Maryland's stop ends the label, and the line
    ending "… Baltimore, Md." leaves the label below it its own."""
    root = tabled_tei("en-us-congress-of-md-state.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Mr. Speaker, I ask unanimous consent")
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("board of trade of Baltimore, Md.")
    assert texts(root, "//t:sp[5]/t:p")[0] == "Then I move to suspend the rules and print the memorial."


def test_a_line_ending_on_maryland_leaves_the_label_below_it() -> None:
    """ "MS. GRANT: Janet Grant, Annapolis, Md." / "THE MAYOR: Go ahead.": the state's stop ends
    the line's sentence, no form of address waiting for its name on the next line."""
    root = text_tei(
        "THE MAYOR: Please give your name and town.\nMS. GRANT: Janet Grant, Annapolis, Md.\n"
        "THE MAYOR: Go ahead.\nMS. GRANT: The parking rules hurt the shops.\n"
    )
    assert speakers(etree.tostring(root)) == ["THE MAYOR:", "MS. GRANT:", "THE MAYOR:", "MS. GRANT:"]
    assert texts(root, "//t:sp[2]/t:p") == ["Janet Grant, Annapolis, Md."]


def test_the_bangladeshi_md_still_opens_a_members_label() -> None:
    """ "Md. Abdul Karim:": Mohammad abbreviated before the name stays the label's."""
    root = text_tei(
        "Mr. Speaker: The honourable member for Dhaka-7.\n"
        "Md. Abdul Karim: Mr. Speaker, the road from Savar is broken.\n"
        "Mr. Speaker: The honourable Minister.\nMd. Rafiqul Islam (Minister for Roads): Sir, work has begun.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "Mr. Speaker:",
        "Md. Abdul Karim:",
        "Mr. Speaker:",
        "Md. Rafiqul Islam (Minister for Roads):",
    ]


def test_a_particle_abbreviated_after_of_reads_on_into_the_place() -> None:
    """ "Lord Smith of St. Albans:": "St." opens the place's name, the label goes on to its colon."""
    root = text_tei(
        "Lord Smith of St. Albans: My Lords, I beg leave to ask the question in my name.\n"
        "The Minister of State (Lord Jones): My Lords, the Government are considering it.\n"
        "Lord Smith of St. Albans: I thank the noble Lord.\n"
    )
    assert speakers(etree.tostring(root))[0] == "Lord Smith of St. Albans:"


def test_a_kyai_haji_in_a_sentence_stays_speech() -> None:
    """ "KH. Hasan Basri pernah berkata: …": "KH." in CAPITALS is no name in CAPITALS, the verbs
    in lower case after the name a sentence's; the same person's label below stays one."""
    root = tabled_tei("id-notulen-kh-sentence.txt")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("KH. Hasan Basri pernah berkata:")


def test_a_filipino_miss_in_a_sentence_stays_speech() -> None:
    """ "BB. Santos ang nagsabi: …" (Miss Santos said): a sentence inside the turn; "BB. SANTOS:"
    below, her name in CAPITALS, is her label."""
    root = text_tei(
        "ANG TAGAPANGULO: Magandang umaga. Simulan na natin.\n"
        "GNG. REYES: Salamat po. Ang tanong ko po ay tungkol sa badyet.\n"
        "BB. Santos ang nagsabi: kulang ang pondo ng klinika.\n"
        "BB. SANTOS: Opo, kulang po talaga.\nANG TAGAPANGULO: Salamat.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "ANG TAGAPANGULO:",
        "GNG. REYES:",
        "BB. SANTOS:",
        "ANG TAGAPANGULO:",
    ]


def test_a_line_ending_on_a_bond_rating_leaves_the_label_below_it() -> None:
    """ "Mr. LEE: The county's bonds were cut to BB." / "Ms. KIM: …": the rating's stop ends the
    sentence, no Filipino "BB." waiting for its name on the next line."""
    root = text_tei(
        "The CHAIR: We now turn to the rating agencies.\nMr. LEE: The county's bonds were cut to BB.\n"
        "Ms. KIM: That is below investment grade.\nThe CHAIR: Thank you both.\n"
    )
    assert speakers(etree.tostring(root)) == ["The CHAIR:", "Mr. LEE:", "Ms. KIM:", "The CHAIR:"]

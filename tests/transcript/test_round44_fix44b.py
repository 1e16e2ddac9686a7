"""Shapes the last rounds left, in invented samples (names invented; labels in turns.toml,
persons in ids.toml): a party or a club after a plain name's comma, an office with the committee
it heads and a place after commas, an office abbreviated word by word before its holder's name,
and a question's asker printed with its subject and no number."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.names import name_parts


def _kinds(name: str) -> list[tuple[str | None, str]]:
    return [(part.kind, part.text) for part in name_parts(name, default_config(), "en") if part.kind]


def _person(root: etree._Element, ident: str) -> tuple[str | None, list[str]]:
    """The @role of the person *ident* and the texts of its affiliations."""
    person = root.xpath(f"//t:person[@xml:id='{ident}']", namespaces=NS)[0]
    return person.get("role"), texts(root, f"//t:person[@xml:id='{ident}']/t:affiliation")


def test_a_party_after_the_comma_is_the_affiliation() -> None:
    """ "Tom Reed, Conservative:" and "Alan Moss, Liberal Democrats:" (parties the vocabulary
    knows by name) name the member's party, no office; the minister's office after her comma
    stays her role (the negative)."""
    root = tabled_tei("en-commons-party-after-comma.txt")
    assert _person(root, "tom-reed") == (None, ["Conservative"])
    assert _person(root, "alan-moss") == (None, ["Liberal Democrats"])
    assert _person(root, "ellen-crane") == ("Minister for Transport", [])
    assert texts(root, "//t:sp[@who='#tom-reed']/t:p")[1] == "The people of Northfield have waited two years."


def test_a_club_opened_by_its_word_is_the_affiliation() -> None:
    """ "Eva Malá, Klub Pirátů:" and "Karel Vrba, Klub KDU-ČSL:" name the member's club; "ministr
    financí" after a comma stays the minister's role (the negative)."""
    root = tabled_tei("cs-snemovna-klub-after-comma.txt")
    assert _person(root, "eva-mala") == (None, ["Klub Pirátů"])
    assert _person(root, "karel-vrba") == (None, ["Klub KDU-ČSL"])
    assert _person(root, "jan-novak") == (None, ["ODS"])
    assert _person(root, "petr-dvorak") == ("ministr financí", [])


def test_a_club_over_the_speech_is_no_place() -> None:
    """A delegate's name and club alone over the speech ("Jan Novák, Klub KDU-ČSL") is a label,
    the club the affiliation; a town there stays the place ("Eva Malá, Olomouc", the negative)."""
    root = tabled_tei("cs-sjezd-klub-nad-reci.txt")
    assert _person(root, "jan-novak") == (None, ["Klub KDU-ČSL"])
    assert _person(root, "eva-mala") == ("Olomouc", [])
    assert texts(root, "//t:sp[@who='#jan-novak']/t:p")[0].startswith("Děkuji za slovo.")


def test_an_office_after_the_comma_is_no_party_nor_group() -> None:
    """Negative: "Group Leader" (an office opened by a group's word) stays the member's role."""
    root = text_tei(
        "The Chairman: Welcome to the meeting.\n\nJane Doe, Group Leader: Thank you, Chairman.\n\n"
        "The Chairman: Thank you.\n"
    )
    assert _person(root, "jane-doe") == ("Group Leader", [])


def test_an_office_its_committee_and_a_place_name_no_holder() -> None:
    """ "Chairman, Finance Committee, Northshire:" is the committee's chairman, the place the
    holder's seat: no person "Finance Committee", and not the sitting's chair, whose "The
    Chairman:" after it is the chair's again."""
    root = tabled_tei("en-council-office-committee-place.txt")
    assert _person(root, "chairman-finance-committee") == ("Northshire", [])
    assert turn_ids(root)[-1] == "the-chairman"
    assert not root.xpath("//*[@xml:id='finance-committee']")


def test_an_office_with_a_named_holder_keeps_its_holder() -> None:
    """Negatives: an office, its holder and the holder's party after commas ("Minister for
    Health, Jane Doe, Labour:"), and a committee's chairman with her name in brackets, are the
    persons named."""
    root = text_tei(
        "The Chairman: Welcome.\n\nChairman, Finance Committee (Cllr Jane Smith): Thank you.\n\n"
        "Minister for Health, Jane Doe, Labour: Thanks.\n\nThe Chairman: Thank you.\n"
    )
    assert turn_ids(root) == ["the-chairman", "cllr-jane-smith", "jane-doe", "the-chairman"]
    assert _person(root, "jane-doe") == ("Minister for Health", ["Labour"])


def test_an_abbreviated_office_before_its_holders_name_is_one_label() -> None:
    """ "Sol. Gen. Call (for the State):", "Att. Gen. Smith:" and "Asst. Sol. Gen. Reyes:" are
    labels whole, the office one part of the name, the name the holder's surname."""
    root = tabled_tei("en-court-abbreviated-law-officers.txt")
    assert name_parts_of(root, "sol-gen-call") == [
        ("roleName", "office", "Sol. Gen."),
        ("surname", None, "Call"),
    ]
    assert name_parts_of(root, "att-gen-smith") == [
        ("roleName", "office", "Att. Gen."),
        ("surname", None, "Smith"),
    ]
    root = tabled_tei("en-house-committee-abbreviated-offices.txt")
    assert name_parts_of(root, "min-fin-brown")[0] == ("roleName", "office", "Min. Fin.")
    assert name_parts_of(root, "dep-spkr-jones")[0] == ("roleName", "office", "Dep. Spkr.")


def test_forms_of_address_forenames_and_initials_stay_apart() -> None:
    """Negatives: forms of address ("Abg. Dr."), a forename's abbreviations ("Chas. Wm.") and
    initials ("L. C. J." of a name) are no office; an abbreviated office alone before the speech
    is read as before."""
    assert _kinds("Abg. Dr. Muster") == [("roleName", "Abg."), ("roleName", "Dr."), ("surname", "Muster")]
    assert ("roleName", "Chas. Wm.") not in _kinds("Chas. Wm. Smith")
    assert _kinds("L. C. J. Rao")[:3] == [("forename", "L."), ("forename", "C."), ("forename", "J.")]
    assert _kinds("Atty. Gen. Smith") == [("roleName", "Atty. Gen."), ("surname", "Smith")]
    root = text_tei("The Court: Yes.\n\nAtt. Gen. My lord, the prisoner was taken at the gate.\n")
    assert texts(root, "//t:sp/t:speaker")[1] == "Att. Gen."


def test_an_asker_with_the_questions_subject_is_the_label() -> None:
    """ "Deputy J. Martin of St. Helier regarding the draft Law on housing:" over the question
    is his label, the whole line; "Deputy J. Martin:" below is the same person."""
    root = tabled_tei("en-states-deputy-of-parish-regarding.txt")
    ident = "deputy-j-martin-of-st-helier"
    assert texts(root, f"//t:sp[@who='#{ident}']/t:p")[0] == (
        "Will the Minister state when the draft Law will be lodged?"
    )
    assert ("surname", None, "Martin") in name_parts_of(root, ident)


def test_a_numbered_question_or_a_plain_name_with_a_subject_is_no_label() -> None:
    """Negatives: numbered, the line is the question's heading (as before); a name with no form
    of address nor office before the subject is no asker's label."""
    numbered = text_tei(
        "STATES OF JERSEY\n\n3.1.1 Deputy J. Martin of St. Helier regarding the draft Law:\n\n"
        "Will the Minister state when it will be lodged?\n\nDeputy R. Le Cornu (The Minister for Housing):\n\n"
        "Before the summer recess.\n"
    )
    assert not any("regarding" in label for label in texts(numbered, "//t:sp/t:speaker"))
    plain = text_tei("The Chairman: Welcome.\n\nJane Smith regarding the bill: we must wait.\n")
    assert texts(plain, "//t:sp/t:speaker") == ["The Chairman:"]


def test_an_abbreviated_office_before_the_speech_keeps_its_words() -> None:
    """The old trials' "Sol. Gen. Call Thomas Ware." is the office's label and its speech (he
    calls the witness), no "Sol." cut at its first stop; initials before a name stay a name's."""
    root = text_tei(
        "THE TRIAL OF JOHN SMITH\n\nAtt. Gen. My lord, we shall now call our witnesses.\n\n"
        "Sol. Gen. Call Thomas Ware.\n\nL. C. J. Swear him.\n\nL. K. Advani: Sir, a question.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Att. Gen.", "Sol. Gen.", "L. C. J.", "L. K. Advani:"]
    assert texts(root, "//t:sp[@who='#sol-gen']/t:p") == ["Call Thomas Ware."]

"""Narrowings of the round's shapes, in invented samples (labels in turns.toml, persons in
ids.toml): a group's officer after a name's comma ("Group Spokesperson") is the member's role,
no group he belongs to; abbreviated forenames ("Jno. Edw. Smith") stay a name's, an office only
as the vocabulary lists it; a sentence of the speech that reports or announces ("The Minister
regarding this matter said the following:") is no question's asker."""

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


def test_a_groups_officer_after_the_comma_is_a_role() -> None:
    """ "Group Spokesperson", "Group Manager" and "Group Whip" after the comma are offices, the
    member's role, no group; a party the vocabulary knows ("Green") stays the affiliation."""
    root = tabled_tei("en-council-group-officers-after-comma.txt")
    assert _person(root, "cllr-tom-hill") == ("Group Spokesperson", [])
    assert _person(root, "jane-roe") == ("Group Manager", [])
    assert _person(root, "cllr-amy-lake") == ("Group Whip", [])
    assert _person(root, "cllr-sam-ford") == (None, ["Green"])


def test_a_club_opened_by_its_word_stays_the_affiliation() -> None:
    """Negative of the narrowing: a club's or a group's name opened by its word ("Klub Pirátů",
    "Gruppo Misto") is still what the member belongs to."""
    root = text_tei(
        "Předseda: Prosím.\n\nEva Malá, Klub Pirátů: Děkuji.\n\nMario Rossi, Gruppo Misto: Grazie.\n",
        "cs.txt",
    )
    assert _person(root, "eva-mala") == (None, ["Klub Pirátů"])
    assert _person(root, "mario-rossi") == (None, ["Gruppo Misto"])


def test_abbreviated_forenames_stay_a_names() -> None:
    """ "Jno. Edw. Smith:", "Saml. Jos. Hart:" are witnesses' abbreviated forenames, no office;
    "Asst. Sol. Gen. Reyes:" is the listed office after its qualifier, the name the holder's."""
    root = tabled_tei("en-court-abbreviated-forenames.txt")
    assert name_parts_of(root, "jno-edw-smith") == [
        ("forename", None, "Jno."),
        ("forename", None, "Edw."),
        ("surname", None, "Smith"),
    ]
    assert [part[0] for part in name_parts_of(root, "saml-jos-hart")] == ["forename", "forename", "surname"]
    assert name_parts_of(root, "asst-sol-gen-reyes")[0] == ("roleName", "office", "Asst. Sol. Gen.")
    assert texts(root, "//t:sp[@who='#jno-edw-smith']/t:p")[0].startswith("I keep the inn at Dover.")


def test_listed_abbreviated_offices_stay_offices() -> None:
    """Negatives of the narrowing: the listed offices ("Sol. Gen.", "Dep. Spkr.", "Min. Fin.")
    are still one office before the holder; initials stay a name's."""
    assert _kinds("Sol. Gen. Call") == [("roleName", "Sol. Gen."), ("surname", "Call")]
    assert _kinds("Dep. Spkr. Jones") == [("roleName", "Dep. Spkr."), ("surname", "Jones")]
    assert _kinds("Min. Fin. Brown") == [("roleName", "Min. Fin."), ("surname", "Brown")]
    assert _kinds("Edw. Jno. Smith") == [("forename", "Edw."), ("forename", "Jno."), ("surname", "Smith")]
    assert _kinds("L. C. J. Rao")[0] == ("forename", "L.")


def test_a_reporting_sentence_with_a_subject_is_no_askers_label() -> None:
    """Lines of a speech that report or announce what someone said ("The Minister regarding this
    matter said the following …:", "Senator Vibert concerning the harbour wrote … in these
    terms:") stay the deputy's speech; the asker's line with its subject under them is a label."""
    root = tabled_tei("en-states-speech-regarding-narrated.txt")
    speech = " ".join(texts(root, "//t:sp[@who='#deputy-r-le-sueur']/t:p"))
    assert "The Minister regarding this matter said the following in his letter to me:" in speech
    assert "Senator Vibert concerning the harbour wrote to the Committee in these terms:" in speech
    assert turn_ids(root)[3] == "deputy-a-blampied-of-st-ouen"
    assert texts(root, "//t:sp[@who='#deputy-a-blampied-of-st-ouen']/t:p") == [
        "Will the Minister publish the harbour accounts before the recess?"
    ]

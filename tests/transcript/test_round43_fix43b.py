"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): the Nordic minutes' chair bare on its line and a delegate's club after the
name's comma, question time's numbered question heading, an office before its holder and the
holder's party, and an old minutes' initials before a surname and a verb of narration."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

_MATCHER = LabelMatcher(load_config())


def test_a_delegates_club_after_the_comma_is_the_affiliation() -> None:
    """ "Erik Sundin, Västerås SK" alone above the speech, "Anna Berg, IFK Göteborg:" with its
    colon: the delegate's label, the club the person's affiliation, no part of the name nor the
    speech's first line."""
    root = tabled_tei("sv-forbund-arsmote-ordforanden-klubb.txt")
    assert texts(root, "//t:person[@xml:id='erik-sundin']/t:affiliation") == ["Västerås SK"]
    assert texts(root, "//t:person[@xml:id='anna-berg']/t:affiliation") == ["IFK Göteborg"]
    assert texts(root, "//t:person[@xml:id='anna-berg']/t:persName[@type='label']") == ["Anna Berg"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Jag föreslår att Anna Berg")
    root = tabled_tei("da-idraetsforbund-formanden-klub-once.txt")
    assert texts(root, "//t:person[@xml:id='soren-lund']/t:affiliation") == ["Lyngby Boldklub"]


def test_a_club_needs_its_mark_beside_a_capitalised_word() -> None:
    """A mark alone ("SK"), a word in lower case ("if"), a network's name before a role ("CNN
    Anchor") or a mark beside an office is no club; a town alone stays the delegate's place."""
    assert _MATCHER._club("Malmö FF") and _MATCHER._club("IFK Göteborg")
    for text in ("SK", "if Göteborg", "CNN Anchor", "Minister SK", "AIK"):
        assert not _MATCHER._club(text), text
    placed = _MATCHER.bare("Erik Sundin, Västerås")
    assert placed is not None and placed.role == "Västerås" and not placed.party


def test_the_chairs_bare_office_printed_once_among_delegates() -> None:
    """ "Talmannen" alone on its line, printed once, over the chair's words, between delegates
    printed with their club and colon: the chair's label, as "Puheenjohtaja" and "Formanden"
    are among delegates alone on their lines."""
    root = tabled_tei("sv-forbund-talmannen-klubb-once.txt")
    assert texts(root, "//t:sp[1]/t:speaker") == ["Talmannen"]
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Vi går över till motionerna.")
    root = tabled_tei("fi-liitto-puheenjohtaja-seura-once.txt")
    assert texts(root, "//t:sp[1]/t:speaker") == ["Puheenjohtaja"]


def test_a_bare_chair_office_with_no_believed_labels_stays_text() -> None:
    """The chair's office alone where no label is believed beside it (a heading's word, a roster)
    is not believed for the office alone; nor is one with nothing under it."""
    root = text_tei(
        "Styrelsen 2026\n\nOrdföranden\nValdes på årsmötet i mars för en tid av två år.\n\n"
        "Kassören\nSköter föreningens räkenskaper och medlemsregister.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_a_numbered_question_heading_is_no_label() -> None:
    """ "2.1 Deputy M. R. Higgins of St. Helier regarding the hospital site:": question time's
    numbered item, its subject after the asker, no label; the answers under it ("The Minister for
    Health:", "Deputy M. R. Higgins:") stay labels, the line kept as text."""
    root = tabled_tei("en-states-questions-numbered-heading.txt")
    assert "2.1 Deputy M. R. Higgins of St. Helier regarding the hospital site:" in texts(
        root, "//t:body//t:p"
    )
    assert not any("regarding" in label for label in texts(root, "//t:sp/t:speaker"))
    assert texts(root, "//t:sp[2]/t:speaker") == ["Deputy M. R. Higgins:"]


def test_a_numbered_asker_with_no_subject_stays_a_label() -> None:
    """ "1. Hon Jane Doe (Labour) to the Prime Minister: Does she …": a numbered question the asker
    puts himself, no subject after the name, the asker's label as before."""
    root = text_tei(
        "ORAL QUESTIONS\n\n1. Hon Jane Doe (Labour) to the Prime Minister: Does she stand by all "
        "her statements?\n\nRt Hon Ann Lee (Prime Minister): Yes.\n\nHon Jane Doe (Labour): "
        "Why, then, has the plan been dropped?\n\nRt Hon Ann Lee (Prime Minister): It has not.\n"
    )
    speakers = texts(root, "//t:sp/t:speaker")
    assert speakers[0].startswith("1. Hon Jane Doe (Labour)")
    assert len(speakers) == 4


def test_an_office_its_holder_and_the_holders_party() -> None:
    """ "Naalakkersuisoq for Sundhed, Aqqaluaq Nielsen, IA:", "Minister for Health, Jane Doe,
    Labour:", "Landsstýrismaður, Jógvan Hansen, Fólkaflokkurin:": one label, the person the
    named holder, the office the role, the party the affiliation."""
    for sample, who, office, party in (
        (
            "da-inatsisartut-naalakkersuisoq-navn-parti.txt",
            "aqqaluaq-nielsen",
            "Naalakkersuisoq for Sundhed",
            "IA",
        ),
        ("en-council-minister-name-party.txt", "jane-doe", "Minister for Health", "Labour"),
        ("fo-logting-landsstyrismadur-name-party.txt", "jogvan-hansen", "Landsstýrismaður", "Fólkaflokkurin"),
    ):
        root = tabled_tei(sample)
        person = f"//t:person[@xml:id='{who}']"
        assert root.xpath(f"{person}/@role", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == [office]
        assert texts(root, f"{person}/t:affiliation") == [party]
    found = _MATCHER.candidate("Minister for Health, Jane Doe, Labour: Thank you.")
    assert found is not None and (found.name, found.role, found.party) == (
        "Jane Doe",
        "Minister for Health",
        "Labour",
    )


def test_an_office_and_holder_with_no_party_after_them() -> None:
    """A verb in lower case after the holder's comma ("…, Jane Doe, said:") is no party, nor a
    second name under its form of address ("…, Jane Doe, Mr. Smith:")."""
    found = _MATCHER.candidate("Minister for Health, Jane Doe, said: we will publish it.")
    assert found is None or not found.party
    found = _MATCHER.candidate("Minister for Health, Jane Doe, Mr. Smith: we will publish it.")
    assert found is None or found.party != "Mr. Smith"


def test_initials_a_surname_and_a_verb_are_narration() -> None:
    """ "L. C. B. Smith moved that the report be adopted.": the letters a name's initials, the line
    the minutes' narration, no Lord Chief Baron's label before "Smith moved …"."""
    root = tabled_tei("en-society-minutes-initials-verb.txt")
    assert "L. C. B. Smith moved that the report be adopted." in texts(root, "//t:sp/t:p")
    assert "L. C. B." not in texts(root, "//t:sp/t:speaker")


def test_the_old_trials_abbreviated_office_still_speaks() -> None:
    """ "L. C. B. Prisoner at the bar, …": the office's letters before its speech, its label as
    before; "L. C. B. Smith: …" a name's initials before the colon."""
    found = _MATCHER.candidate("L. C. B. Prisoner at the bar, you have heard the evidence.")
    assert found is not None and found.printed == "L. C. B."
    found = _MATCHER.candidate("L. C. B. Smith: You must consider the evidence.")
    assert found is not None and found.name == "L. C. B. Smith"

"""A record's signature is its chair's: a member's label alone last in an excerpt whose labels
print no colon ("Abg. Jonas Walser" under the government's answer) is a turn the excerpt cut, no
signature; the chair's name there ("Landtagspräsident Albert Frick") still signs. And a chair's
label run into the head after its stop ("… 2023. CHAIRMAN OKAFOR: Senator Lindqvist.") is its
first turn calling the member below, no field of the head as "Interviewer: Sam Whitaker." is.
The prisoner an office as a whole word: "PRISONERS OF WAR" stays a heading."""

from __future__ import annotations

from label_samples import tabled_tei, texts

TEI = {"t": "http://www.tei-c.org/ns/1.0"}


def test_a_members_bare_label_last_is_a_cut_turn() -> None:
    """ "Abg. Jonas Walser" alone last, after he asked and the councillor answered: his turn, cut
    by the excerpt and said so, no paragraph of the record."""
    root = tabled_tei("de-landtag-wortmeldung-abgeschnitten.txt")
    assert texts(root, "//t:sp/t:speaker")[-1] == "Abg. Jonas Walser"
    assert root.xpath("//t:sp[last()]//t:gap", namespaces=TEI)
    assert "Abg. Jonas Walser" not in texts(root, "//t:body//t:p[not(ancestor::t:sp)]")


def test_the_chairs_bare_label_last_still_signs() -> None:
    """The negative: the chair's name alone last in the record stays its signature."""
    root = tabled_tei("de-landtag-titel-name-allein.txt")
    assert texts(root, "//t:body/t:div[last()]/t:p[last()]") == ["Landtagspräsident Albert Frick"]
    assert not root.xpath("//t:gap", namespaces=TEI)


def test_a_chairs_call_run_into_the_head_is_its_turn() -> None:
    """ "… May 3, 2023. CHAIRMAN OKAFOR: Senator Lindqvist." over "SENATOR LINDQVIST: …": the
    chair's first turn calling the member, printed once, no field of the head."""
    root = tabled_tei("en-senate-committee-chair-call-head.txt")
    assert texts(root, "//t:sp[@who='#chairman-okafor']/t:p") == ["Senator Lindqvist."]


def test_a_field_run_into_the_head_still_names_who_asks() -> None:
    """The negative: "… Archive. Interviewer: Sam Whitaker." is still the head's field."""
    root = tabled_tei("en-oral-history-head-interviewer-field.txt")
    assert texts(root, "//t:front//t:titlePart")[0].endswith("Interviewer: Sam Whitaker.")
    assert not root.xpath("//t:sp[@who='#interviewer']", namespaces=TEI)


def test_prisoners_of_war_in_capitals_is_a_heading() -> None:
    """ "PRISONERS OF WAR" alone over a question: the item's heading, no label; the prisoner is an
    office as a whole word only (``whole_offices``), its plural a count or a subject."""
    root = tabled_tei("en-commons-prisoners-of-war-heading.txt")
    assert "PRISONERS OF WAR" in texts(root, "//t:body//t:head")
    assert "PRISONERS OF WAR" not in texts(root, "//t:sp/t:speaker")


def test_an_old_trials_prisoner_is_still_a_label() -> None:
    """The negative: "Prisoner. My lord, …" printed once is still the prisoner's turn."""
    root = tabled_tei("en-state-trial-abbreviated-roles.txt")
    assert "Prisoner." in texts(root, "//t:sp/t:speaker")

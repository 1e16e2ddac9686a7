"""The review of the broadcast debates' and the general meetings' shapes (invented samples; labels
in turns.toml, persons in ids.toml): the anchor an office only as the whole word ("Anchorage:"
a place's field), the Dutch member from the floor as a voice where no verb reports what one
asked ("Een lid:" beside "Een lid vraagt:"), the report's heading only capitalised ("Report of
the committee was adopted" a wrapped line of the chair's speech), and a body's acronym after its
name no role only on a line with no punctuation ("PAULO SANTOS SILVA (PS)." a member and party)."""

from __future__ import annotations

from label_samples import SAMPLES, tabled_tei, text_tei, texts
from stenogram.tei.convert import convert_text


def test_a_dateline_s_place_is_no_anchor() -> None:
    """ "Anchorage: 6 a.m. broadcast, …" in the head names the place; "ANCHOR:" is the host."""
    root = tabled_tei("en-radio-phonein-anchorage-dateline.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Good morning. The ferry was late")
    assert not any(p.startswith("Anchorage") for p in texts(root, "//t:sp/t:speaker"))


def test_the_anchor_alone_is_still_an_office() -> None:
    """ "ANCHOR:" printed once in a short excerpt opens the anchor's turn."""
    root = text_tei("ANCHOR: Good evening. Floods in the north.\n\nREPORTER: The river rose.\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["ANCHOR:", "REPORTER:"]


def test_a_member_asked_is_the_minutes_narration_in_dutch() -> None:
    """ "Een lid:" alone above the question is a voice of the hall; "Een lid vraagt:" under the
    chair's line reports the question she reads out, and stays in her turn."""
    root = tabled_tei("nl-vereniging-een-lid-vraagt.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Komt er een bijdrage van de gemeente?"]
    last = " ".join(texts(root, "//t:sp[5]/t:p"))
    assert "Een lid vraagt:" in last and "Wanneer gaan de banen weer open?" in last


def test_a_report_s_sentence_in_mixed_case_is_no_heading() -> None:
    """ "Report of the committee was adopted" alone on a line between the chair's words is her
    sentence a wrap cut, no heading: her turn goes on over it."""
    root = tabled_tei("en-tenants-report-of-committee-wrapped.txt")
    assert texts(root, "//t:head") == []
    chair = " ".join(texts(root, "//t:sp[1]/t:p"))
    assert "Report of the committee was adopted" in chair and "straight to the accounts" in chair


def test_a_report_s_heading_capitalised_or_in_capitals_is_a_heading() -> None:
    """The capitalised heading over the secretary's report and a French one in lower case."""
    capitalised = "The Chair: Welcome.\n\nReport of the Branch Secretary\nIt has been a hard year.\n\nThe Chair: Thanks.\n"
    root = text_tei(capitalised, "en.txt")
    assert "Report of the Branch Secretary" in " ".join(texts(root, "//t:head | //t:p"))
    assert texts(root, "//t:sp/t:speaker") == ["The Chair:", "The Chair:"]
    lower = (
        "Amicale des Locataires du Parc\nAssemblée générale du 4 mai 2024\n\n"
        "Le président : Je donne la parole à notre trésorière pour le\n\n"
        "rapport du trésorier qui a été distribué\n\n"
        "La trésorière : Merci. Les comptes sont à l'équilibre.\n\nLe président : Des questions ?\n"
    )
    root = text_tei(lower, "fr.txt")
    assert texts(root, "//t:head") == []
    assert texts(root, "//t:sp/t:speaker") == ["Le président :", "La trésorière :", "Le président :"]


def test_a_member_s_party_matching_initials_keeps_the_role() -> None:
    """ "PAULO SANTOS SILVA (PS)." printed once: the party in brackets is the member's role,
    though its letters open the names; a union's acronym on its own line loses it (CHAWATA)."""
    sample = "pt-ar-deputado-sigla-iniciais.txt"
    rows = {row.name: row for row in convert_text((SAMPLES / sample).read_bytes(), sample).report.labels}
    assert rows["PAULO SANTOS SILVA"].accepted and "role" in rows["PAULO SANTOS SILVA"].features
    union = "sw-chama-mkutano-kifupisho-uamuzi.txt"
    rows = {row.name: row for row in convert_text((SAMPLES / union).read_bytes(), union).report.labels}
    assert not rows["CHAMA CHA WALIMU WASTAAFU TANZANIA"].accepted
    assert "role" not in rows["CHAMA CHA WALIMU WASTAAFU TANZANIA"].features

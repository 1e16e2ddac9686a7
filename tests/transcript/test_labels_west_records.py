"""Short excerpts of Western parliaments' records as their web copies print them: the head's
fields of the Norwegian Storting ("Dato:", "President:") above labels that end in an empty
bracket, and the Belgian Chamber's sentence opening the sitting that names who presides, in both
its languages, over the office alone and members whose party the vocabulary knows; a web copy of
Westminster's Hansard printing one member's label once, alone on its line with the seat and the
party in brackets, perhaps after the caption of the member's photo; the Finnish Eduskunta's
"Puhuja:", the interrupted member going on; a US state house's journal naming who presides; the Lords' written answers, each an office, its
department and its holder in brackets, under a question whose reference is no label."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei


@pytest.mark.parametrize(
    ("sample", "chair", "when"),
    [
        ("nb-storting-web-fields.txt", "ingrid-solvang", "2025-03-12"),
        ("fr-be-chambre-opened-presided.txt", "annick-delvaux", "2025-03-06"),
        ("fi-eduskunta-puhuja-resumes.txt", "puhemies-kaarina-lehtola", "2024-05-14"),
        ("en-us-state-journal-presiding.txt", "margaret-l-hadley", "2025-03-04"),
    ],
)
def test_the_head_names_the_chair_and_the_day(sample: str, chair: str, when: str) -> None:
    root = sample_tei(sample)
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == [chair]
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == when


@pytest.mark.parametrize(
    ("sample", "person", "party", "seat"),
    [
        ("nb-storting-web-fields.txt", "kari-nesheim", "Ap", None),
        ("fr-be-chambre-opened-presided.txt", "luc-verhaegen", "Ecolo-Groen", None),
        ("en-uk-web-portrait-seat-party.txt", "mrs-helen-marsh", "Lab", "Northfield and Dale"),
    ],
)
def test_a_party_in_mixed_case_is_the_members_affiliation(
    sample: str, person: str, party: str, seat: str | None
) -> None:
    root = sample_tei(sample)
    found = root.xpath(f"//t:person[@xml:id='{person}']", namespaces=NS)[0]
    assert found.get("role") == seat
    assert found.xpath("string(t:affiliation)", namespaces=NS) == party


def test_the_links_and_the_photos_caption_are_no_speech() -> None:
    root = sample_tei("en-uk-web-portrait-seat-party.txt")
    text = " ".join(root.xpath("//t:body//t:p//text()", namespaces=NS))
    assert "Read Full debate" not in text and "Hansard -" not in text and "Portrait" not in text
    assert root.xpath("string(//t:person[@xml:id='mrs-helen-marsh']/t:persName[1])", namespaces=NS) == (
        "Mrs Helen Marsh"
    )


def test_an_office_with_its_department_is_its_holders() -> None:
    root = sample_tei("en-uk-lords-written-answers.txt")
    found = root.xpath("//t:person[@xml:id='baroness-merridew']", namespaces=NS)[0]
    assert found.get("role") == "Minister of State, Department for Environment, Food and Rural Affairs"
    assert not root.xpath("//t:person[starts-with(@xml:id, 'hl')]", namespaces=NS)

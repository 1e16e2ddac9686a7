"""The twenty-seventh round's later rules read again: shapes they took for labels or cards that a
speech prints, each narrowed."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_office_opening_an_aside_between_two_dashes_goes_on_with_the_speech() -> None:
    """ "… سخن می‌گویم و" / "وزیر کشور - که در جلسه حضور دارد - باید …" with no blank line: the
    office opens an aside the second dash closes, a sentence the wrap cut, no minister's turn; the
    chair's tatweel under the unstopped narration is a label's however many dashes follow it
    ("رئیس ـ آقای احمدی - نماینده تهران - بفرمایید.")."""
    tei = tabled_tei("fa-majlis-wrapped-aside-dashes.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["آقای احمدی - نماینده تهران - بفرمایید."]
    speech = texts(tei, "(//t:sp)[2]/t:p")
    assert len(speech) == 1 and "و وزیر کشور - که در جلسه حضور دارد - باید پاسخ بدهد" in speech[0]


def test_a_list_read_out_under_dashes_is_no_speakers_cards() -> None:
    """ "- Mark Stone" / "Planning Commission" / "- Lucy Field" / "Library Board" read out by the
    mayor: each line stays a paragraph of the mayor's, no name joined to its board as a card."""
    tei = tabled_tei("en-council-appointments-bulleted-list.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[1:5] == [
        "- Mark Stone",
        "Planning Commission",
        "- Lucy Field",
        "Library Board",
    ]


def test_a_party_in_capitals_after_an_article_is_no_members_affiliation() -> None:
    """ "Fraktion der SPD: 19 Stimmen mit Ja." and "Die Fraktion GRÜNE: …" read out by the chair:
    a vote's count by group, no turns of one person "Fraktion der"; "Abg. Jonas Berger SPD:" is
    still the member and his party."""
    tei = tabled_tei("de-landtag-vote-count-by-group.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[1:3] == [
        "Fraktion der SPD: 19 Stimmen mit Ja.",
        "Die Fraktion GRÜNE: 58 Stimmen mit Nein.",
    ]
    assert texts(tei, "//t:person[@xml:id='abg-jonas-berger']/t:affiliation") == ["SPD"]

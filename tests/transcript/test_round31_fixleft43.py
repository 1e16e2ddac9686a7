"""The blind batteries' leftovers: earnings calls, local assemblies and councils, each shape in
an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_title_line_with_the_first_label_under_it_gives_the_label_back() -> None:
    """ "Q2 2026 Earnings Call Transcript" / "Operator" with no blank line between, the speech in
    the next paragraph: the title is the first line alone and the operator's welcome is a turn."""
    root = tabled_tei("en-earnings-call-title-over-operator.txt")
    assert texts(root, "//t:titlePart") == ["Q2 2026 Earnings Call Transcript"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Good afternoon, and welcome to the Corvane Tools second quarter results call. "
        "Today's call is being recorded."
    ]


def test_an_earnings_call_s_roster_under_executives_and_analysts_is_front_matter() -> None:
    """ "Executives" / "Imogen Hartsell - Chief Executive Officer" / … / "Analysts" / "Arlo
    Penhaligon - Westmere Capital Co." over "Operator": the roster is the front's, no turns, and
    the first turn is the operator's."""
    root = tabled_tei("en-earnings-call-executives-analysts-roster.txt")
    front = texts(root, "//t:front//t:p")
    assert "Imogen Hartsell - Chief Executive Officer" in front
    assert "Arlo Penhaligon - Westmere Capital Co." in front
    assert texts(root, "//t:body//t:p")[0] == (
        "Good afternoon, and welcome to the Corvane Tools second quarter results call."
    )
    assert not root.xpath("//t:sp/t:p[.='Analysts']", namespaces=NS)

"""Samples laid out again as users get them: shapes a copy's layout made of a sample's lines,
each written as an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_title_over_its_day_each_a_paragraph_is_the_head() -> None:
    """ "COURT OF ASSIZE:" and "Tuesday, March 4, 1823." a paragraph each: the title and the
    day of the report, no turn of a speaker called "COURT OF ASSIZE" whose speech is the day."""
    root = tabled_tei("en-assize-title-day-paragraphs.txt")
    assert texts(root, "//t:front//t:titlePart") == ["COURT OF ASSIZE:"]
    assert root.xpath("//t:docDate/@when", namespaces=NS) == ["1823-03-04"]


def test_an_hour_on_its_own_line_is_no_label() -> None:
    """ "Kl. 10:02" on a line of its own between turns copied one paragraph a line opens four
    paragraphs, yet its rest is an hour alone: no label, no person "Kl"."""
    root = tabled_tei("da-web-clock-line-paragraphs.txt")
    assert not root.xpath("//t:person[@xml:id='kl']", namespaces=NS)


def test_a_roster_whose_leaders_the_wrap_cut_gives_no_turn() -> None:
    """The roster's fields of a record hard-wrapped at 60 columns, their dot leaders ending the
    line or carried to the line below, give no turn and no person "President" or "Members"."""
    root = tabled_tei("en-un-roster-leaders-wrapped.txt")
    persons = root.xpath("//t:person/@xml:id", namespaces=NS)
    assert "members" not in persons and "president" not in persons


def test_the_last_name_of_a_roll_over_the_first_label_is_no_turn() -> None:
    """A guest's name alone with no punctuation, the last of a roll set one name a paragraph,
    right over the paragraph the host's label opens: no turn with no words, the guest's one
    turn the one the label opens."""
    root = tabled_tei("fa-tv-panel-names-paragraphs.txt")
    assert not root.xpath("//t:sp//t:gap", namespaces=NS)


def test_a_typed_page_sets_a_name_in_capitals_off_by_spaces() -> None:
    """A typed page's run of spaces after a name in CAPITALS ends it as one space does, and a
    line at the margin under a first line the wrap cut goes on with its paragraph, though it
    opens with a capital."""
    root = tabled_tei("de-prozess-getippt-versalien.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Dann schauen wir uns am besten die Fotos an. Kommen Sie bitte nach vorne."
    ]


def test_a_typed_page_sets_a_bracketed_name_off_by_spaces() -> None:
    """ "[Rhys Kellaway]   Thank you, Chair.": a name in square brackets set off from its speech
    by a typed page's run of spaces is a label, as with one space."""
    root = tabled_tei("en-au-estimates-typed-brackets.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Thank you, Chair.")


def test_an_office_with_its_dash_on_a_wrapped_line_ends_at_the_dash() -> None:
    """ "THE PRESIDENT (Translation) – Dear colleagues, I call Ms Lindqvist, the" cut by the wrap:
    the label ends at its dash, one person with the chair's other turn, not an office alone on
    its line whose name runs to the line's end."""
    root = tabled_tei("en-pace-president-dash-wrapped.txt")
    assert texts(root, "(//t:sp)[2]/t:p") == [
        "Dear colleagues, I call Ms Lindqvist, the rapporteur of the Committee on Migration."
    ]


def test_a_marked_label_on_a_line_in_capitals_the_wrap_cut_is_no_heading() -> None:
    """ ">> SUPERVISOR LINDGREN: HOW MUCH OF THE INCREASE GOES TO THE" / "BRIDGES?": a line in
    CAPITALS with no stop that the captioner's marker and a label with its colon open is the
    member's turn, no heading."""
    root = tabled_tei("en-us-board-captions-wrapped.txt")
    assert texts(root, "//t:head") == ["[3. PUBLIC HEARING ON THE BUDGET]"]
    assert texts(root, "(//t:sp)[3]/t:p") == ["HOW MUCH OF THE INCREASE GOES TO THE BRIDGES?"]

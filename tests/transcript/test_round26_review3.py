"""The third review of the twenty-sixth round's later merges: rules narrowed where they took a
label, a speech or a heading wrongly."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_name_opening_with_a_word_of_thanks_is_a_label() -> None:
    """``Tack Wing Chan:`` and ``Salamat Reyes:`` are councillors, their first words thanks in
    Swedish and Tagalog: thanks open a speech only going on to whom they thank, an office or a
    salutation (``Grazie Presidente.``)."""
    root = tabled_tei("en-council-name-like-thanks.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["I second it, and I speak briefly in support of it."]


def test_a_roll_calls_vote_after_initials_and_a_dash_is_no_label() -> None:
    """``Иванов И.И. – за`` read out by the secretary is a member's vote, the word after the dash
    in lower case; ``Морозов В.В. – Прошу слова …`` is a label, its dash before the speech's
    capital."""
    root = tabled_tei("ru-gorduma-roll-call-initials-dash.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1].startswith("Иванов И.И. – за")


def test_a_list_read_out_after_a_whole_interjection_stays_the_speechs() -> None:
    """The towns read out one a paragraph under an applause printed whole over two lines are
    the speech's paragraphs, no words the text scattered from the applause."""
    root = tabled_tei("de-landtag-list-after-interjection.txt")
    assert texts(root, "//t:sp[2]/t:p")[1:4] == ["Rosenheim", "Traunstein", "Mühldorf"]
    assert texts(root, "//t:sp[2]/t:stage") == ["(Beifall bei der CSU und den FREIEN WÄHLERN)"]


def test_an_event_of_the_sitting_under_a_short_excerpts_unstopped_line_stays_a_stage() -> None:
    """``Question put and agreed to.`` under the Speaker's unstopped question in a short excerpt
    is the record's note of the sitting, no wrapped end of his sentence."""
    root = tabled_tei("en-hansard-short-question-put.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["The question is that the Bill be now read a second time"]
    assert texts(root, "//t:stage") == ["Question put and agreed to.", "Bill read a second time."]


def test_a_call_from_two_named_members_is_no_one_persons_voice() -> None:
    """``Zuruf von Stadträtin Lang und Stadtrat Kurz: …`` names two callers, no one person;
    ``Zuruf von Thomas Brandl (GRÜNE): …`` stays his voice."""
    root = tabled_tei("de-landtag-zuruf-two-members.txt")
    people = root.xpath("//t:person/@xml:id", namespaces=NS)
    assert "thomas-brandl" in people
    assert not [person for person in people if "lang" in person and "kurz" in person]


def test_a_witness_heading_stopped_after_his_post_stays_a_heading() -> None:
    """``STATEMENT OF MARY ROE, DIRECTOR, OFFICE OF BUDGET.`` is a witness's heading, its stop
    after the post the name's comma opens, no sentence of the turn above."""
    root = tabled_tei("en-hearing-statement-heading-post-stopped.txt")
    assert texts(root, "//t:head") == [
        "STATEMENT OF HON. JOHN DOE, SECRETARY OF STATE, DEPARTMENT OF STATE.",
        "STATEMENT OF MARY ROE, DIRECTOR, OFFICE OF BUDGET.",
    ]


def test_the_plural_of_a_hosts_word_opens_no_label() -> None:
    """``Ведущие эксперты области говорят: …`` is the speaker quoting experts, no label: the
    host's office is ``Ведущий`` or ``Ведущая``, whole."""
    root = tabled_tei("ru-slushaniya-vedushchie-eksperty.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1] == "Ведущие эксперты области говорят: строить нужно быстрее."

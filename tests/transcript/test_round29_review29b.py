"""A review of the table typed a cell a line and of the club's acronym under a member's name:
page numbers among short lines that are no table's, a roll call's votes under the names."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_page_numbers_rising_inside_a_list_of_names_stay_furniture() -> None:
    """ "Jan Dąbek" / … / "11" / "Karol Lipa" / … / "12" / … / "14" / "Hanna Wir": a list of names
    one a line across page breaks, a page without its number between; the numbers rise with names
    between them, the pages', no table's cells, and the names stay one paragraph."""
    tei = tabled_tei("pl-sejm-pdf-absent-list-pages.txt")
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[0] == "Nieobecni są posłowie:"
    assert len(said) == 2
    assert said[1].startswith("Jan Dąbek Anna Wrona") and said[1].endswith("Hanna Wir Kamil Gąs")
    assert not any(text.isdigit() for text in texts(tei, "//t:p"))


def test_a_contents_page_numbers_under_the_entries_are_no_table() -> None:
    """ "Poseł Jan Kura" / "5" / "Poseł Ewa Sowa" / "9" / "Poseł Adam Krzak" / "12": the pages of a
    contents' entries, each under its entry, rise; they stay furniture, no paragraphs."""
    tei = text_tei(
        "Treść\nOtwarcie posiedzenia\nMarszałek\n3\nPoseł Jan Kura\n5\nPoseł Ewa Sowa\n9\n"
        "Poseł Adam Krzak\n12\n\nMarszałek:\nOtwieram posiedzenie Sejmu.\n"
    )
    assert not any(text.strip().isdigit() for text in texts(tei, "//t:p"))


def test_falling_figures_between_words_are_a_table() -> None:
    """ "THE CLERK: Ayes," / "102" / "noes" / "64" / "abstaining" / "2": the figures fall, a vote's
    result a cell a line, each kept as its own paragraph of the clerk's turn."""
    tei = text_tei(
        "MR. SPEAKER: The Clerk will read the result.\nTHE CLERK: Ayes,\n102\nnoes\n64\nabstaining\n2\n"
        "MR. SPEAKER: The amendment is carried.\n"
    )
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Ayes,", "102", "noes", "64", "abstaining", "2"]


def test_a_roll_calls_vote_under_each_name_is_no_club() -> None:
    """ "Councilmember Ortiz" / "(AYE)" / "Councilmember Vale" / "(NAY)": a vote in parentheses under
    each name, the next name under it and no speech; no club's acronym joined to the name, each
    member's turn holding the vote as a stage."""
    tei = tabled_tei("en-council-rollcall-vote-under-name.txt")
    assert texts(tei, "(//t:sp)[2]/t:stage") == ["(AYE)"]
    assert texts(tei, "(//t:sp)[3]/t:stage") == ["(NAY)"]
    assert not [text for text in texts(tei, "//t:p") if "(AYE)" in text or "(NAY)" in text]
    assert len(tei.xpath("//t:sp", namespaces=NS)) == 5


def test_a_web_pages_buttons_over_their_counts_stay_furniture() -> None:
    """ "Share" / "12" / "Tweet" / "4" / "Video" / "7" under a question: a web page's buttons, each
    over its count, and nothing else in the run; no table, nothing of it in the speech."""
    tei = tabled_tei("en-web-hansard-share-counts.txt")
    said = texts(tei, "//t:sp/t:p")
    assert len(said) == 3
    assert not [text for text in said if text in {"Share", "Tweet", "Video"} or text.isdigit()]


def test_a_czech_roll_calls_yes_and_no_under_the_names_are_no_clubs() -> None:
    """ "Poslanec Jan Novák" / "(ANO)" / "Poslankyně Eva Malá" / "(NE)": "ANO" is a club's name
    and the word for yes; under each name with the next name below and no speech, it is the
    member's vote, a stage of the member's turn, no affiliation."""
    tei = tabled_tei("cs-psp-rollcall-vote-under-name.txt")
    assert texts(tei, "//t:sp/t:stage") == ["(ANO)", "(NE)", "(ANO)"]

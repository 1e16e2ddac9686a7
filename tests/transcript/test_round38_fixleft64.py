"""A section's or a statement's title on the line right above the first speaker's name alone,
the speech below, with no blank line between ("Opening Statement" / "Senator Maria Okafor" /
"Good morning. …"): the title is a heading and the name opens its turn, where both had been
read as one paragraph of speech. A name over its office in lower case, a byline, a heading over
prose, an address, a list of names and a table of contents stay as they were. In invented
samples and texts (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_hearing_s_headings_over_names_alone_open_the_turns_under_them() -> None:
    """The opening title becomes the record's title and the one between turns a heading; the
    senator under each opens her turn."""
    root = tabled_tei("en-hearing-heading-above-name-alone.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "Senator Maria Okafor"
    assert "Questions from the Committee" in texts(root, "//t:head")
    assert not any("Opening Statement" in p for p in texts(root, "//t:body//t:p"))
    assert texts(root, "(//t:sp)[1]/t:p")[0].startswith("Good morning.")


def test_the_heading_and_the_name_in_capitals() -> None:
    root = tabled_tei("en-hearing-heading-above-name-capitals.txt")
    assert texts(root, "//t:sp/t:speaker") == ["SENATOR MARIA OKAFOR", "SENATOR JAMES PELL"]


def test_an_italian_and_a_german_council_s_heading_over_the_first_name() -> None:
    """ "On." is the Italian form of address of a member ("On. Carla Neri"); the German chair's
    office and degree open her name."""
    italian = tabled_tei("it-council-heading-above-name-alone.txt")
    assert texts(italian, "//t:sp/t:speaker") == ["On. Carla Neri", "On. Paolo Serra"]
    german = tabled_tei("de-council-heading-above-name-alone.txt")
    assert texts(german, "//t:sp/t:speaker")[0] == "Präsidentin Dr. Ute Lamm"


def test_a_heading_over_a_bare_name_printed_once_splits_but_takes_no_turn() -> None:
    """A speech's web copy printing one bare name once: the name is no longer run into the
    speech, though a bare name printed once is believed no label by itself."""
    root = sample_tei("en-speech-heading-above-name-once.txt")
    assert texts(root, "//t:sp/t:speaker") == []
    assert texts(root, "//t:body//t:p")[0].startswith("Thank you all")


def test_a_name_over_its_office_in_lower_case_is_no_heading_over_a_name() -> None:
    root = sample_tei("en-board-name-over-office-lower-case.txt")
    assert "Helen Marsh" not in texts(root, "//t:head")
    assert speakers_of("Helen Marsh\nBoard Chair\nGood evening. The board has met four times.\n") == []


def test_a_title_and_byline_over_an_article_stay_as_they_were() -> None:
    root = sample_tei("en-article-title-byline-prose.txt")
    assert texts(root, "//t:sp/t:speaker") == []
    assert not any(head == "The Budget We Need" for head in texts(root, "//t:body//t:head"))


def test_headings_over_prose_an_address_a_list_and_contents_take_no_turn() -> None:
    for sample in (
        "en-heading-over-prose-no-name.txt",
        "en-address-block-name-alone.txt",
        "en-attendance-heading-names-alone.txt",
        "en-contents-heading-names.txt",
    ):
        assert texts(sample_tei(sample), "//t:sp/t:speaker") == [], sample


def test_a_record_s_head_in_capitals_over_a_dated_line_stays_whole() -> None:
    """A head's lines ("GACETA DEL CONGRESO" / "SENADO DE LA REPÚBLICA" / a line in CAPITALS or
    a date) are no heading over a name and its speech."""
    text = (
        "GACETA DEL CONGRESO\nSENADO DE LA REPÚBLICA\nACTA NÚMERO 14 DE LA SESIÓN ORDINARIA\n\n"
        "El señor PRESIDENTE: Se abre la sesión.\n\nEl señor SECRETARIO: Hay quórum.\n"
    )
    assert speakers_of(text) == ["El señor PRESIDENTE:", "El señor SECRETARIO:"]

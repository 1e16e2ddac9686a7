"""A web archive's speakers' names alone over their clips' clock ranges, an earnings call's
sections between its turns, a chair's first call after a spaced dash and a protocol head's
dashed fields of an office in lower case; and what only looks so (a programme's items over
their hours, a playlist's titles, a speech that names the presentation, a head's field naming
who presides), each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def _turns_of(text: str, name: str) -> tuple[etree._Element, int]:
    """The TEI converted from *text* and how many turns it has."""
    root = text_tei(text, name)
    return root, len(root.xpath("//t:sp", namespaces=NS))


def test_an_earnings_call_s_sections_stand_between_its_turns() -> None:
    """ "Presentation", "Question-and-Answer Session" and "Operator Instructions" alone on their
    lines: the call's sections, headings between the turns, no paragraph of the speech above."""
    root = tabled_tei("en-earnings-call-section-headings.txt")
    heads = texts(root, "//t:div/t:head")
    assert {"Presentation", "Question-and-Answer Session", "Operator Instructions"} <= set(heads)
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Thank you, Helen. Gross margin was 31.4 per cent, up eighty basis points."
    ]
    assert texts(root, "(//t:sp)[6]/t:p") == ["We expect margins to hold at about this level."]


def test_a_section_with_its_colon_and_a_speech_naming_the_presentation() -> None:
    """ "Question-and-Answer Session:" with its colon is the section too; a speech's line that
    names the presentation in a sentence stays the speech."""
    root, turns = _turns_of(
        "Operator\n\nGood day, and welcome.\n\nHelen Marsh, Chief Executive Officer\n\n"
        "Thank you. The presentation is on our website.\n\nQuestion-and-Answer Session:\n\n"
        "Operator\n\nOur first question comes from Tom Reyes.\n",
        "en.txt",
    )
    assert turns == 3
    assert texts(root, "(//t:sp)[2]/t:p") == ["Thank you. The presentation is on our website."]
    assert "Question-and-Answer Session:" in texts(root, "//t:head")


def test_a_chair_s_first_words_after_a_dash_only_calling_a_member_are_the_chair_s_turn() -> None:
    """ "ПРЕДСЕДАТЕЛЬ – Товарищ Горбунов." over "ГОРБУНОВ – Товарищи, …", "CHAIRMAN – Senator
    Warren.", "PRESIDENTE – Onorevole Rossi.": the office and its dash label the chair's turns
    below and the member called speaks next, so the first call is the chair's turn too."""
    root = tabled_tei("ru-komissiya-chair-dash-call.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Товарищ Горбунов."]
    root = tabled_tei("en-hearing-chair-dash-call.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Senator Warren."]
    root = tabled_tei("it-commissione-chair-dash-call.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Onorevole Rossi."]


def test_a_head_s_dashed_field_naming_who_presides_stays_no_turn() -> None:
    """ "Председательствующий – тов. Горбунов." over turns labelled with a stop ("Горбунов.",
    "Председательствующий."): the head's field naming who presides, no chair's turn."""
    root = tabled_tei("ru-komissiya-head-chair-dash-field.txt")
    assert "Председательствующий – тов. Горбунов." in texts(root, "//t:body//t:p")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Товарищи, комиссия рассмотрела проект и вносит поправки."]


def test_a_head_s_dashed_fields_of_an_office_in_lower_case_and_its_holder_are_no_turn() -> None:
    """ "Posėdžio pirmininkas – Seimo Pirmininko pavaduotojas A. Stankevičius." / "Sekretorė –
    Seimo kanceliarijos patarėja R. Petraitienė.": an office's words, its noun in lower case
    right before the holder's initials and surname, the head's fields; the chair is its holder."""
    root = tabled_tei("lt-seimas-head-dashed-office-fields.txt")
    assert "Sekretorė – Seimo kanceliarijos patarėja R. Petraitienė." in texts(root, "//t:front//t:p")
    assert root.xpath("//t:person[@xml:id='a-stankevicius']/@role", namespaces=NS) == ["chair"]


def test_a_chair_s_dashed_speech_ending_in_an_office_stays_a_turn() -> None:
    """ "Posėdžio pirmininkas – Gerbiami kolegos, … Kviečiu kalbėti ministrą.": a sentence, no
    office's words before a holder's name, the chair's first turn; the Dutch field "Voorzitter:
    burgemeester mr. P.J. Vermeulen" keeps naming the chair."""
    _, turns = _turns_of(
        "Posėdžio pirmininkas – Gerbiami kolegos, pradedame posėdį. Kviečiu kalbėti ministrą.\n\n"
        "Ministras A. Stankevičius – Ačiū, posėdžio pirmininke. Projektas yra paprastas.\n\n"
        "Posėdžio pirmininkas – Ačiū. Balsuojame.\n",
        "lt.txt",
    )
    assert turns == 3
    root = sample_tei("nl-gemeenteraad-abbreviated.txt")
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["vz"]


def test_names_alone_over_their_clip_s_clock_range_recurring_are_labels() -> None:
    """ "Dana Whitfield" / "00:00:00-00:00:09 (9 sec)" / the speech / "Statement", a web
    archive's rows a blank line apart, and "Ruth Calder" / "00:01:12 - 00:01:40" / the speech
    one a line: the names alone over a clock range recurring are the labels, the clock kept as
    the speech's first paragraph, the row's word kept too."""
    root = tabled_tei("en-web-archive-name-clip-clock.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "00:00:00-00:00:09 (9 sec)",
        "Good afternoon, everybody. I have two announcements before I take your questions.",
    ]
    assert "Question" in texts(root, "//t:body//t:p")
    assert "Statement" in texts(root, "//t:body//t:head")
    root = tabled_tei("en-town-hall-name-clip-clock-lines.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[0] == "00:01:41 - 00:01:58"


def test_a_programme_s_items_and_a_playlist_s_titles_over_their_times_are_no_labels() -> None:
    """ "Opening Remarks" / "09:00-09:15", "Mayor Ruth Calder" / "09:15-10:00", a playlist's
    "Dana Whitfield" / "00:00-04:12 (4 min)": no speech under the times, no turn."""
    root = sample_tei("en-programme-playlist-times.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    assert "09:15-10:00" in texts(root, "//t:body//t:p")

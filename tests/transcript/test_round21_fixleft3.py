"""Label shapes this round's hunters left, each seen in real records and written again as an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_letter_spaced_events_with_a_comma_are_applause() -> None:
    """A congress stenogram's letter-spaced list of events, a comma closing a word
    ("( Б у р н ы е,  п р о д о л ж и т е л ь н ы е  а п л о д и с м е н т ы )"), is applause
    inside the speech, as the one word on its own line is, and so is the list whose words no wider
    gap parts."""
    root = tabled_tei("ru-stage-congress-spaced-letters.txt")
    assert texts(root, "//t:stage[@type='applause']") == [
        "( Б у р н ы е, п р о д о л ж и т е л ь н ы е а п л о д и с м е н т ы )",
        "(А п л о д и с м е н т ы.)",
        "(Б у р н ы е п р о д о л ж и т е л ь н ы е а п л о д и с м е н т ы)",
    ]
    assert len(texts(root, "//t:sp[2]/t:p[1]/t:stage[@type='applause']")) == 1


def test_a_name_a_comma_and_the_region_in_brackets_alone_is_a_label() -> None:
    """ "F.M. Prass, (Molotov region)" alone over the speech opens the delegate's turn, the region
    the delegate's role; the comma before the bracket is the typist's, as in Russian."""
    root = tabled_tei("en-congress-initials-region-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Comrades! The collective farms of our region have completed the spring sowing ahead of time."
        " We pledge to raise the yield of grain this year."
    ]
    assert texts(root, "//t:person[@role='Molotov region']/t:persName[@type='label']") == ["F.M. Prass"]
    russian = tabled_tei("ru-congress-initials-region-alone.txt")
    assert texts(russian, "//t:person[@role='Молотовская область']/t:persName[@type='label']") == [
        "Прасс Ф.М."
    ]


def test_a_name_alone_over_thanks_with_no_stop_opens_a_turn() -> None:
    """ "Sr. Mingo Pérez" alone over "Gracias Presidente", no full stop: the member's turn, the
    thanks his speech, no name under a name."""
    root = tabled_tei("es-pleno-name-alone-reply-no-stop.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["Sr. Mingo Pérez"]
    assert texts(root, "//t:sp[2]/t:p") == ["Gracias Presidente"]


def test_an_item_title_before_a_label_in_a_flattened_line_leaves_the_label() -> None:
    """ "… 12 maart. 1. Opening en mededelingen De voorzitter: Ik open …": the office after the
    item's number and title opens the chair's turn; the title stays text before it."""
    root = tabled_tei("nl-raad-flattened-item-before-label.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Ik open de vergadering en heet u allen welkom. Er zijn afmeldingen van mevrouw Verhoef."
        " 2. Vaststelling van de agenda"
    ]
    assert texts(root, "//t:div/t:p")[0].endswith("12 maart. 1. Opening en mededelingen")


def test_a_polish_examination_heading_keeps_the_answers_the_accused_s() -> None:
    """ "Na pytania prokuratora:" alone over the accused's answers is a heading, no label nor
    person; the answers under it are the accused's turn going on, not the chair's."""
    root = tabled_tei("pl-proces-na-pytania-heading.txt")
    assert texts(root, "//t:head") == ["Na pytania prokuratora:", "Na pytania obrońcy:"]
    assert texts(root, "//t:sp[@who='#oskarzony-nowicki'][not(t:speaker)]/t:p") == [
        "Nie znałem pokrzywdzonego. Samochód sprzedałem w styczniu sąsiadowi.",
        "Sąsiad zapłacił gotówką. Umowę mam w domu.",
    ]
    assert not root.xpath(
        "//t:person[contains(@xml:id, 'pytania')]", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    )


def test_an_item_title_opening_the_line_is_no_part_of_the_label() -> None:
    """ "2. Vaststelling van de agenda De voorzitter: …" opening its paragraph: the chair's label
    is "De voorzitter:", the item's number and title no words of it."""
    root = tabled_tei("nl-raad-item-title-opens-line.txt")
    assert texts(root, "//t:head") == ["2. Vaststelling van de agenda"]
    assert texts(root, "//t:div[1]/t:p") == ["1. Opening en mededelingen"]

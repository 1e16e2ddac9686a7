"""Shapes of real congresses, conventions, councils and assemblies that earlier rounds left,
each written again as an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_guest_with_one_initial_opens_his_turn() -> None:
    """A congress's foreign guest labelled by his surname and one initial ("Вальдес Р. Дорогие
    товарищи!") opens his own turn after the chair's announcement, the greeting no longer a
    paragraph of the chair's."""
    root = tabled_tei("ru-congress-guest-one-initial.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Дорогие товарищи! Разрешите от имени Центрального Комитета и всех коммунистов нашей"
        " страны горячо приветствовать съезд. (Аплодисменты.)"
    ]


def test_a_congress_title_with_dates_and_the_presiding_line_are_no_labels() -> None:
    """ "XXIV Congress … (b) - (March 3-9, 1961). …" is the title, dates in brackets after its dash
    no speech, and "Presiding T. K. Ostrov." names the chair in the head: the chair's label below
    is that person and the first turn is his."""
    root = tabled_tei("en-congress-report-presiding-dated-title.txt")
    assert texts(root, "//t:titlePart[@type='main']") == [
        "XXIV Congress of the Workers' Party (b) - (March 3-9, 1961). Documents and Materials"
    ]
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p") == ["Presiding T. K. Ostrov."]
    assert texts(root, "//t:sp[1]/t:speaker") == ["T. K. Ostrov (presiding)."]


def test_the_general_assembly_masthead_is_no_turn() -> None:
    """ "General Assembly" alone on its line over its session and meeting, below "Official
    Records", is the record's masthead, no rank and surname: the delegates' turns are the only
    ones."""
    root = tabled_tei("en-un-ga-masthead-official-records.txt")
    assert "General Assembly Seventieth session 48th plenary meeting" in texts(root, "//t:titlePart")
    assert texts(root, "//t:sp/t:speaker") == [
        "Mrs. Ocampo Ruiz (Verdania) (spoke in Spanish):",
        "Mr. Taleb (Amaris) (spoke in French):",
    ]


def test_a_name_whose_speech_addresses_the_hall_opens_a_turn_inside_a_flattened_page() -> None:
    """A protocol's page flattened to one paragraph: "Karl Wendler (Parteivorstand): Genossinnen
    und Genossen! …" after an event in brackets and "Grete Sommer: Liebe Genossinnen und Genossen!"
    after a sentence each open a turn, the vote before them no one's."""
    root = tabled_tei("de-parteitag-flattened-salutation.txt")
    assert texts(root, "//t:div/t:p") == [
        "Wer dafür ist, den bitte ich um das Kartenzeichen. Ich bitte um die Gegenprobe."
        " Stimmenthaltungen? Die Entschließung ist einstimmig angenommen. (Lebhafter Beifall. Die"
        " Delegierten erheben sich von ihren Plätzen.)"
    ]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Liebe Genossinnen und Genossen! Die Jugend unserer Betriebe grüßt den Parteitag. (Beifall.)"
    ]


def test_a_name_with_initials_alone_over_a_saluting_speech_is_its_label() -> None:
    """ "K.S. Marlow" alone on its line, printed once, over "Comrades! …" is the delegate's label:
    both paragraphs of the speech are his turn, no heading."""
    root = tabled_tei("en-congress-report-name-alone-saluted.txt")
    assert texts(root, "//t:head") == []
    assert len(root.xpath("//t:sp[1]/t:p", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == 2


def test_a_clause_between_commas_before_said_ends_the_label() -> None:
    """ "Comrade Lindqvist, who was greeted with loud applause, said:" and "Comrade Ferrand,
    speaking for the French delegation, said:" each open the named comrade's turn."""
    root = tabled_tei("en-congress-said-between-commas.txt")
    assert [
        sp.get("who") for sp in root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    ] == [
        "#comrade-lindqvist",
        "#comrade-ferrand",
    ]

"""Records copied from their web pages with the page's furniture (select all, copy, paste): the
shapes those copies showed read wrongly, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, texts, turn_ids


def _furniture(root: etree._Element) -> list[str]:
    return texts(root, "//t:list[@type='furniture']/t:item")


def _body(root: etree._Element) -> str:
    return " ".join(texts(root, "//t:body"))


def test_a_ministers_name_alone_after_the_office_with_the_holder_opens_turns() -> None:
    """Hansard's web page: the minister's first label is the office with the holder in brackets,
    the later ones the name alone on its line: the same person's turns, where the reply had run
    on in the member's; the page's buttons and the column's number are furniture."""
    root = tabled_tei("en-web-hansard-minister-name-alone.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["I would be happy to do so."]
    furniture = _furniture(root)
    assert {"Print", "Watch", "Previous debate", "Next debate", "Column 412"} <= set(furniture)
    assert "Column 412" not in _body(root)
    assert texts(root, "//t:sp[1]/t:p")[-1].startswith("In my constituency")


def test_a_photo_caption_before_the_surname_or_the_office_is_no_name() -> None:
    """A speech archive's caption ("Sarah Lindqvist Portrait") before the office with the holder
    in brackets or before the surname alone: the minister's turns, where both had stayed in the
    member's speech."""
    root = tabled_tei("en-web-portrait-caption-surname.txt")
    assert turn_ids(root).count("mrs-sarah-lindqvist") == 2
    assert texts(root, "//t:sp[2]/t:p") == [
        "We have opened a second round of the community buildings fund, worth £20 million."
    ]


def test_a_listed_speeches_office_line_of_eleven_words_is_its_affiliation() -> None:
    """TheyWorkForYou's block: the name, a junior minister's whole office on the next line (eleven
    words), the time; two such blocks are the page's labels, where neither had been one."""
    root = tabled_tei("en-twfy-long-office-blank-lines.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("We are investing")


def test_german_page_markers_and_buttons_are_furniture() -> None:
    """The Landtag's web page: "Seite 4513" between a speech's paragraphs, "Drucken", "Video zur
    Rede", "Seitenanfang" and the cookie button, each a line of the page, none in a speech."""
    root = tabled_tei("de-web-plenarprotokoll-seite-buttons.txt")
    assert {"Drucken", "Video zur Rede", "Seite 4513", "Seitenanfang", "Cookies akzeptieren"} <= set(
        _furniture(root)
    )
    assert texts(root, "//t:sp[2]/t:p")[-1] == "Die Landesregierung muss jetzt handeln."
    assert texts(root, "//t:sp[3]/t:p") == ["Vielen Dank."]


def test_french_share_print_and_video_lines_are_furniture() -> None:
    """The Assemblée's page: its share, print and video links were headings, and the chair's
    first label under them had been lost."""
    root = tabled_tei("fr-web-compte-rendu-buttons.txt")
    assert {"Partager sur Facebook", "Partager sur X", "Imprimer", "Vidéo"} <= set(_furniture(root))
    assert not root.xpath("//t:body//t:head", namespaces=NS)


def test_an_italian_partys_short_form_in_mixed_case_is_no_holder() -> None:
    """ "CONTI (FdI)." in the Senate's record: the senator of Fratelli d'Italia, not a person FdI;
    the page's "Stampa" is furniture."""
    root = tabled_tei("it-senato-web-party-mixed-case.txt")
    assert root.xpath("//t:person[@xml:id='fdi']", namespaces=NS) == []
    assert texts(root, "//t:sp[4]/t:p") == ["Signor Presidente, non è vero: i fondi crescono."]
    assert "Stampa" in _furniture(root)


def test_a_news_pages_links_around_a_court_transcript_are_furniture() -> None:
    """A news site's copy of a hearing: the PDF's download link and the related coverage and
    newsletter links after the last turn, none of them the lawyer's words."""
    root = tabled_tei("en-web-news-court-transcript-links.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["The State is ready."]
    assert {"Download PDF", "Related Coverage", "Sign up for our newsletter"} <= set(_furniture(root))


def test_wikisources_navigation_and_licence_line_are_furniture() -> None:
    """Wikisource's page of a historic debate: "Jump to search", the arrows to the previous and
    next page and the public-domain notice under the text, none of them the chair's."""
    root = tabled_tei("en-wikisource-debate-navigation.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["The time of the gentleman has expired."]
    assert {"Jump to search", "← Previous", "Next →"} <= set(_furniture(root))


def test_a_councils_minutes_heading_with_its_bodys_words_is_no_label() -> None:
    """The minutes' heading "City Council Meeting Minutes" alone over the date line, closed by a
    field's word that the body's words before it qualify, no label whose speech is the date."""
    root = tabled_tei("en-council-minutes-heading-body-words.txt")
    assert "city-council-meeting-minutes" not in turn_ids(root)
    assert texts(root, "//t:sp[1]/t:p") == ["I call this meeting to order. Clerk, please call the roll."]


def test_a_dumas_video_link_between_turns_is_furniture() -> None:
    """The Duma's transcript page sets "Видеозапись выступления" over speeches: furniture, no
    heading between the turns."""
    root = tabled_tei("ru-duma-web-video-links.txt")
    assert _furniture(root).count("Видеозапись выступления") == 2
    assert not root.xpath("//t:body//t:head", namespaces=NS)


def test_the_european_parliaments_french_page_links_are_furniture() -> None:
    """The French CRE page: "Vidéo des interventions" over the debate and the legal notice's links
    under it, none of them a heading or the rapporteur's words."""
    root = tabled_tei("fr-ep-cre-web-footer.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Madame la Présidente, ce règlement fixe les premières règles."]
    assert "Vidéo des interventions" in _furniture(root)


def test_czech_back_to_top_is_furniture() -> None:
    """The Chamber's stenographic record's page ends with "Zpět na začátek": the page's link, not
    the deputy's words."""
    root = tabled_tei("cs-psp-web-back-to-top.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Děkuji za slovo, pane předsedo."]
    assert "Zpět na začátek" in _furniture(root)


def test_the_european_parliaments_german_page_links_are_furniture() -> None:
    """The German CRE page: "Video der Reden" over the debate, the page's date of its last update
    and the legal notice's links under it, none of them the rapporteur's words."""
    root = tabled_tei("de-ep-cre-web-footer.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Frau Präsidentin! Diese Verordnung schafft klare Regeln."]
    assert {"Video der Reden", "Letzte Aktualisierung: 12. Februar 2025"} <= set(_furniture(root))


def test_spanish_polish_and_dutch_page_links_after_the_last_turn_are_furniture() -> None:
    """The Senado's "Subir", the Sejm's "Powrót do góry" and the Tweede Kamer's "Bekijk video" and
    "Deel" after the last turn: the page's links, not the chair's or the minister's words."""
    spanish = tabled_tei("es-senado-web-subir.txt")
    assert texts(spanish, "//t:sp[3]/t:p") == ["Gracias, señoría."]
    assert "Subir" in _furniture(spanish)
    polish = tabled_tei("pl-sejm-web-powrot-do-gory.txt")
    assert texts(polish, "//t:sp[2]/t:p") == ["Dziękuję. Proszę o spokój."]
    dutch = tabled_tei("nl-tk-web-bekijk-video-deel.txt")
    assert texts(dutch, "//t:sp[3]/t:p") == ["Dank u wel, voorzitter."]
    assert {"Bekijk video", "Deel"} <= set(_furniture(dutch))


def test_a_listed_speechs_time_line_in_a_paragraph_of_its_own_is_the_blocks() -> None:
    """TheyWorkForYou copied with no blank lines: the time parts from the name and office above
    it; it is the block's time, not the head's day that made the first block a roll, and the
    page's "Show full debate" is furniture."""
    root = tabled_tei("en-twfy-time-line-apart.txt")
    assert texts(root, "//t:sp[1]/t:speaker/t:time") == ["14:45, 4 March 2025"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("We are investing")
    assert "Show full debate" in _furniture(root)

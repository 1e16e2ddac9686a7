"""The layout's and the names' leftovers: a Landtag's PDF copy numbering every fifth line, a
page cited among lower-case page footers, a double given name wrapped at its hyphen in the floor
given, a member's seat after `of` in the list of persons; each shape in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, texts


def test_every_fifth_line_numbered_in_the_margin_leaves_labels_and_speech() -> None:
    """ " 5 Abg. Hennig (SPD):" and "10 Vielen Dank. – Für die Landesregierung spricht Frau"
    under lines indented past the margin, the numbering begun again on the next page (" 5
    Danke. …"): the numbers are the page's, not the label's nor the speech's; the lines they
    stood on keep their paragraphs, and the speech's own figures stay."""
    root = tabled_tei("de-landtag-pdf-margin-every-fifth-line.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Herr Präsident! Meine Damen und Herren! Seit 2019 warten die Kreise auf 12 Millionen Euro für den Nahverkehr."
    ]
    assert texts(root, "//t:sp[3]/t:p") == [
        "Vielen Dank. – Für die Landesregierung spricht Frau Ministerin Obermayr."
    ]
    assert texts(root, "//t:sp[4]/t:p")[0] == (
        "Herr Präsident! Die Mittel sind im Haushalt eingestellt, und zwar für 15 Vorhaben im ganzen Land. "
        "Das haben wir zugesagt."
    )
    assert texts(root, "//t:sp[5]/t:p") == ["Danke. Das Wort hat die Abgeordnete Quandt."]
    left = texts(root, "//t:list[@type='furniture']/t:item[@ana='line-number']")
    assert left == ["5", "10", "15", "5"]


def test_a_lone_five_out_of_step_stays_the_speech_s() -> None:
    """ " 5 Millionen Euro bereit, für die" at a wrapped line's start in a copy numbering every
    fifth line ("10 Danke. …", "15 Danke."), four lines above the "10": a figure of the speech,
    no margin's number; the margin's numbers go."""
    root = text_tei(
        "   Präsidentin Anna Vogt:\n   Das Wort hat Herr Abgeordneter Roth.\n   Abg. Roth (SPD):\n"
        "   Frau Präsidentin! Für die Schulen im Land stehen\n 5 Millionen Euro bereit, für die\n"
        "   Kitas noch einmal so viel.\n   (Beifall SPD)\n   Präsidentin Anna Vogt:\n10 Danke. Das Wort hat Frau Abgeordnete Lenz.\n"
        "   Abg. Lenz (CDU):\n   Frau Präsidentin! Das reicht nicht,\n   das wissen Sie auch.\n"
        "   Präsidentin Anna Vogt:\n15 Danke.\n"
    )
    assert texts(root, "//t:sp[2]/t:p") == [
        "Frau Präsidentin! Für die Schulen im Land stehen 5 Millionen Euro bereit, für die Kitas noch einmal so viel."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Danke. Das Wort hat Frau Abgeordnete Lenz."]
    assert texts(root, "//t:sp[5]/t:p") == ["Danke."]


def test_a_page_cited_among_page_footers_stays_in_the_speech() -> None:
    """ "… jak podano w druku numer 318," / "strona 14" / "i następnych, …" between the page
    footers "strona 2" and "strona 3" of a copy of one paragraph a line: the footers' numbers run
    on one by one, the cited page's is out of that run and stays the minister's words."""
    root = tabled_tei("pl-sejm-strona-cited-among-page-lines.txt")
    (speech,) = texts(root, "//t:sp[2]/t:p")
    assert "w druku numer 318, strona 14 i następnych," in speech
    assert "strona 2" not in speech
    assert texts(root, "//t:sp[3]/t:p") == [
        "Dziękuję. Pytam o przyszły rok, bo w uzasadnieniu projektu, które mamy przed sobą, tych kosztów nie podano."
    ]


def test_a_double_given_name_wrapped_at_its_hyphen_keeps_it() -> None:
    """ "Het woord is aan de heer Jan-" / "willem Terpstra." over a speech with no label: two
    given names joined by the hyphen, the second set in lower case, are the member's double
    given name, no word the wrap broke ("Janwillem")."""
    tabled_tei("nl-tk-handed-floor-double-given-name-wrap.txt")


def test_a_wrapped_name_capitalised_elsewhere_keeps_its_hyphen() -> None:
    """ "Ha facoltà di parlare il senatore Gian-" / "luca Ferretti." where the record prints
    "Gian-Luca Ferretti" in a speech below: the hyphen is the name's; "Mon-" / "taldini." with no such
    print is still one word wrapped."""
    speech = (
        "Signor Presidente, onorevoli colleghi, la riforma dei consorzi agrari non può attendere "
        "oltre la prossima primavera, e lo dico con franchezza."
    )
    root = text_tei(
        "PRESIDENTE. Ha facoltà di parlare il senatore Gian-\nluca Ferretti.\n\n"
        f"{speech}\n\nPRESIDENTE. Ha facoltà di parlare il senatore Mon-\ntaldini.\n\n"
        f"Come ha detto il senatore Gian-Luca Ferretti, {speech[0].lower()}{speech[1:]}\n"
    )
    who = [w.lstrip("#") for w in root.xpath("//t:sp/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"})]
    assert who == ["presidente", "gian-luca-ferretti", "presidente", "montaldini"]


def test_a_deputy_s_parish_after_of_is_an_add_name_and_the_particle_s_surname_stays() -> None:
    """ "Deputy P.R. Le Quesne of St. Brelade:", "The Deputy of St. Lawrence:" and "The Connétable
    of St. Ouen:": the parish is
    the member's seat, one addName as "Mr. BROWN of Ohio" has it; the surname "Quesne" after its
    particle "Le", no forename; the deputy named by the parish alone has no surname, his name
    no parts (the parish no surname "Lawrence" after a title "St.");
    the Connétable, whose office no vocabulary knows, keeps his seat as "The Bishop of Durham"."""
    root = tabled_tei("en-je-states-deputy-seat-name-parts.txt")
    assert name_parts_of(root, "deputy-p-r-le-quesne-of-st-brelade") == [
        ("roleName", "office", "Deputy"),
        ("forename", None, "P.R."),
        ("nameLink", None, "Le"),
        ("surname", None, "Quesne"),
        ("addName", None, "of St. Brelade"),
    ]
    assert name_parts_of(root, "the-deputy-of-st-lawrence") == []
    assert name_parts_of(root, "the-connetable-of-st-ouen") == [
        ("roleName", "honorific", "The"),
        ("surname", None, "Connétable"),
        ("addName", None, "of St. Ouen"),
    ]


def test_other_particles_keep_their_surnames() -> None:
    """ "Karl von Rath", "Maria de la Cruz", "Jan van der Berg", "Seán Ó Fearghaíl" and "The
    Minister of Finance" beside the seat's reading: the particles still join their surnames, and
    an office's portfolio after "of" is no seat."""
    root = text_tei(
        "Karl von Rath: Ja.\n\nMaria de la Cruz: Sí.\n\nJan van der Berg: Ja.\n\n"
        "Seán Ó Fearghaíl: Tá.\n\nThe Minister of Finance: Yes.\n"
    )
    assert name_parts_of(root, "karl-von-rath")[-1] == ("surname", None, "Rath")
    assert name_parts_of(root, "maria-de-la-cruz")[-1] == ("surname", None, "Cruz")
    assert name_parts_of(root, "jan-van-der-berg")[-1] == ("surname", None, "Berg")
    assert name_parts_of(root, "sean-o-fearghail")[-1] == ("surname", None, "Fearghaíl")
    assert not root.xpath("//t:person//t:addName", namespaces={"t": "http://www.tei-c.org/ns/1.0"})

"""Short excerpts in the languages earlier rounds met least, each label printed once: the
shapes a hunt through them found refused, each in an invented sample (names invented; labels
in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, SAMPLES, tabled_tei, texts
from stenogram.tei.convert import convert_text


def test_a_member_the_chair_asks_with_please_is_announced() -> None:
    """The Riigikogu's web copy prints each label alone above the speech, no punctuation; the
    chair gives the floor by the name and "please" ("Helle Raudsepp, palun!"): the member is
    announced, and the three labels printed once are believed together, the minister's office a
    compound whose first area stands apart ("Haridus- ja teadusminister")."""
    sample = "et-riigikogu-labels-alone-palun.txt"
    root = tabled_tei(sample)
    assert texts(root, "//t:sp[3]/t:p") == [
        "Aitäh! Ükski otsus koolivõrgu kohta ei sünni ilma vallaga rääkimata ja me leiame iga lapse jaoks koha "
        "lähimas koolis."
    ]
    rows = {row.name: row for row in convert_text((SAMPLES / sample).read_bytes(), sample).report.labels}
    assert "announced" in rows["Helle Raudsepp"].features
    assert "office" in rows["Haridus- ja teadusminister Urmas Kivisild"].features


def test_an_office_whose_first_area_stands_apart_opens_a_label_alone() -> None:
    """A Finnish minister's office whose first area's hyphen is suspended before the join
    ("Maa- ja metsätalousministeri Jari Salmela"), alone above the speech, is an office and its
    holder as "Pääministeri X" is: the labels of the excerpt, each printed once, are turns, where
    none was."""
    root = tabled_tei("fi-eduskunta-suspended-portfolio-alone.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Arvoisa puhemies! Hallitus on päättänyt")


def test_a_council_member_printed_once_with_the_office_is_a_label() -> None:
    """A city council's member by the office before the name ("Volikogu liige Maris Org:"),
    printed once, is the member's label, where her question had run into the deputy mayor's
    turn."""
    root = tabled_tei("et-council-member-once-colon.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Aitäh! Eelnõu eesmärk on korrastada parkimistasud kesklinnas ja lihtsustada elanike parkimisloa taotlemist."
    ]


def test_a_director_with_initials_and_a_stop_is_a_label() -> None:
    """A municipal administration's director before the initial and surname, the label closed by
    its stop ("Administracijos direktorius M. Stonys."), is a label as the council's chair and
    member beside it are."""
    root = tabled_tei("lt-council-director-initials-stop.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Gyventojų apklausa buvo atlikta")


def test_a_portfolio_in_lower_case_before_the_office_is_no_sentence() -> None:
    """A Mongolian minister's label prints the portfolio before the office in lower case, commas
    between its areas, the holder's initial and name after it ("Хүнс, хөдөө аж ахуй, хөнгөн
    үйлдвэрийн сайд Б.Түмэнбаяр:"): the portfolio's words are the office's, no sentence, and the
    minister's answer is a turn of its own."""
    root = tabled_tei("mn-khural-portfolio-before-minister.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Асуултад хариулъя.")


def test_a_member_named_inside_the_phrase_giving_the_floor_is_announced() -> None:
    """A Kazakh chair names the member inside the phrase that gives the floor ("Сөз депутат
    Г.Омарбековаға беріледі."): she is announced, and the labels alone above the speeches are
    believed together, the minister's office after its portfolio ("Оқу-ағарту министрі
    Д.Жұмабаев") a label alone too."""
    sample = "kk-mazhilis-labels-alone-initials.txt"
    tabled_tei(sample)
    rows = {row.name: row for row in convert_text((SAMPLES / sample).read_bytes(), sample).report.labels}
    assert "announced" in rows["Г.Омарбекова"].features
    assert "sentence" not in rows["Оқу-ағарту министрі Д.Жұмабаев"].features


def test_the_join_after_a_suspended_hyphen_is_the_office_s() -> None:
    """A Norwegian minister alone above the answer, the office's first area standing apart
    ("Helse- og omsorgsminister Arild Brekke"), names its holder as "Statsminister X" does: the
    join ("og") after the suspended hyphen opens no phrase that would cut the office off, and
    the answer is the minister's turn."""
    root = tabled_tei("nb-storting-web-suspended-minister-alone.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("President! Jeg er enig i at det haster")


def test_an_office_listing_suspended_areas_names_its_holder_in_brackets() -> None:
    """A Danish minister's office whose first areas stand apart, their hyphens suspended and a
    comma after the first ("Klima-, energi- og forsyningsministeren (Henrik Lykke Toft):"), is
    the office, the holder in its brackets the person of the turn, where the comma had cut the
    office to its first area ("Klima-") and made that the person."""
    root = tabled_tei("da-folketing-suspended-areas-minister-holder.txt")
    person = root.xpath("//t:person[@xml:id='henrik-lykke-toft']", namespaces=NS)[0]
    assert person.get("role") == "Klima-, energi- og forsyningsministeren"
    assert texts(person, "t:persName")[0] == "Henrik Lykke Toft"


def test_the_romanian_gazette_s_running_head_is_furniture() -> None:
    """The running head of the gazette's part that prints the debates, its page number before it
    ("4   MONITORUL OFICIAL AL ROMÂNIEI, PARTEA a II-a, Nr. 17/9.II.2022"), left between two turns
    by a page break, is page furniture, where it had become a paragraph of the speech; the
    member's wrapped sentence above it stays one paragraph."""
    root = tabled_tei("ro-camera-monitorul-running-head.txt")
    assert not any("MONITORUL" in para for para in texts(root, "//t:body//t:p"))
    assert texts(root, "//t:sp[1]/t:p")[1].endswith("care nu au primit indexarea la timp.")


def test_an_office_after_its_article_lists_its_areas_with_commas() -> None:
    """An Irish Minister of State's label after its article, the department's six areas parted
    by commas and the last joined by "agus" ("An tAire Stáit ag an Roinn Turasóireachta,
    Cultúir, Ealaíon, Gaeltachta, Spóirt agus Meán (Deputy Síle Nic Aodha):"), is one office
    and its holder, where the commas had made the answer part of the member's question."""
    root = tabled_tei("ga-dail-aire-stait-six-areas.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Gabhaim buíochas leis an Teachta.")

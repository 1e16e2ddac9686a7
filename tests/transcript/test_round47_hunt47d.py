"""Shapes of Baltic, Finno-Ugric, Caucasian and Central Asian assemblies and councils, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml): a web copy's clock
before a member's name whose forename is a month's ("10:12 Mart Kuusik"); the verbs of a protocol
of the Soviet pattern, what was heard and decided, and a Latvian council's fields and its formula
of deciding; the voices of the Seimas' hall printed once as a label; and a Hungarian minister
whose portfolio's two areas "és" joins after the name."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_clock_before_a_forename_that_is_a_month() -> None:
    """ "10:12 Mart Kuusik" / "10:19 Mai Tammsalu" over the speech: the clock's minutes before the
    forename name no day of March or May, the member's turn opens under the name."""
    root = tabled_tei("et-riigikogu-web-clock-month-forename.txt")
    assert turn_ids(root) == [
        "aseesimees-arvo-saar",
        "mart-kuusik",
        "regionaalminister-piret-luik",
        "mai-tammsalu",
    ]
    assert root.xpath("//t:sp/t:speaker/t:time/text()", namespaces=NS) == ["10:00", "10:12", "10:15", "10:19"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Aitäh, härra istungi juhataja!")


def test_a_day_heading_among_clocked_labels_stays_a_heading() -> None:
    """Negative: a court's day in CAPITALS with its colon, the day's number before the month and
    no clock before it, is still the heading of its day among labels set under their clock."""
    text = (
        "10:00 Esimees Lauri Kask\nAlustame.\n\n"
        "ADJOURNED TO MONDAY, 15 MARCH:\nThe hearing resumes then.\n\n"
        "10:12 Peeter Org\nAitäh, austatud istungi juhataja!\n"
    )
    assert not any("MARCH" in label for label in _speakers(text))


def test_the_verbs_of_a_protocol_of_the_soviet_pattern_are_no_labels() -> None:
    """ "KUULATI: vallavanem X." over the item, "OTSUSTATI: võõrandada …" under its turns: the
    Estonian protocol's heard and decided, no speaker; the council's members between them are."""
    root = tabled_tei("et-volikogu-kuulati-otsustati.txt")
    assert turn_ids(root)[-1] == "vallavanem-georg-pelisaar"
    body = "".join(root.xpath("//t:body//text()", namespaces=NS))
    assert "võõrandada kinnistu" in body


def test_a_latvian_councils_fields_and_its_formula_of_deciding() -> None:
    """ "SĒDE SASAUKTA: plkst. 9.00", "ATKLĀTI BALSOJOT: PAR – 11, …" and "SIGULDAS NOVADA
    PAŠVALDĪBAS DOME NOLEMJ:": the protocol's fields and the council's name in CAPITALS run into
    its verb of deciding, none a label; the members' turns are."""
    root = tabled_tei("lv-dome-protokols-nolemj.txt")
    labels = texts(root, "//t:sp/t:speaker")
    assert not any("NOLEMJ" in label or "SASAUKTA" in label or "BALSOJOT" in label for label in labels)
    assert "Iznomāt zemes vienību" in "".join(root.xpath("//t:body//text()", namespaces=NS))


def test_a_council_member_in_capitals_stays_a_label() -> None:
    """Negative: the verb of deciding only closes a body's name; a member's label in CAPITALS
    whose words hold no such verb, or hold one that does not close it, is still a speaker."""
    text = (
        "SĒDES VADĪTĀJS: Sākam sēdi.\n"
        "DEPUTĀTS A. OZOLS: Lūdzu vārdu.\n"
        "KARAR KOMİSYONU BAŞKANI: Teşekkür ederim.\n"
        "SĒDES VADĪTĀJS: Paldies.\n"
    )
    labels = _speakers(text)
    assert "DEPUTĀTS A. OZOLS:" in labels
    assert "KARAR KOMİSYONU BAŞKANI:" in labels


def test_the_seimas_hall_printed_once_as_a_label() -> None:
    """ "Balsai salėje. Ne!" between the chair's turns: the hall's voices, a group's label."""
    root = tabled_tei("lt-seimas-balsai-saleje-once.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Ne!"]


def test_voices_as_a_sentences_subject_stay_speech() -> None:
    """Negative: "Balsai pasiskirstė taip, …" opens a sentence on the votes, no hall's voices."""
    root = tabled_tei("lt-seimas-balsai-saleje-once.txt")
    assert "Balsai pasiskirstė taip, kaip ir komitete." in texts(root, "//t:sp[2]/t:p")[-1]


def test_a_hungarian_minister_whose_portfolio_joins_two_areas() -> None:
    """ "Dr. Fekete Zsolt oktatási és kulturális miniszter:": the "and" of the portfolio's areas
    is the office's, no sentence's; the person is the name before it."""
    root = tabled_tei("hu-ogy-minister-portfolio-es.txt")
    assert turn_ids(root) == ["elnok", "halasz-otto", "dr-fekete-zsolt", "elnok"]
    assert _speakers(
        "Elnök: Megnyitom az ülést.\nKovács Anna: Köszönöm.\nTóth Béla vallás- és közoktatásügyi miniszter: Tisztelt Ház!\n"
    ) == ["Elnök:", "Kovács Anna:", "Tóth Béla vallás- és közoktatásügyi miniszter:"]


def test_a_sentence_naming_the_ministers_areas_stays_speech() -> None:
    """Negative: "Erről a pénzügyi és gazdasági miniszter:" is a sentence before its colon: the
    article before the areas keeps it one, whatever "és" joins after it."""
    text = (
        "Elnök: Megnyitom az ülést.\nKovács Anna: Köszönöm.\n"
        "Erről a pénzügyi és gazdasági miniszter: Semmit sem tudott.\n"
        "Erről a kormány és a miniszter: semmit sem tudott.\n"
        "Elnök: Köszönöm.\n"
    )
    assert _speakers(text) == ["Elnök:", "Kovács Anna:", "Elnök:"]


def test_an_uzbek_initial_of_a_letter_with_the_turned_comma() -> None:
    """ "O‘. Rahimov:", "Gʻ. Toʻxtayev:": the Uzbek letters Ў and Ғ as initials, with the quotation
    mark or the modifier letter printed for the comma, open the name; the sign goes from the id."""
    root = tabled_tei("uz-oliy-majlis-okina-initial.txt")
    assert turn_ids(root) == ["t-norboyeva", "o-rahimov", "g-toxtayev", "t-norboyeva"]
    assert _speakers("Rais: Boshlaymiz.\nG'. Qo'chqorov: Rahmat.\nRais: Ovozga qo'yamiz.\n") == [
        "Rais:",
        "G'. Qo'chqorov:",
        "Rais:",
    ]


def test_an_irish_surname_with_its_apostrophe_stays_whole() -> None:
    """Negative: "O'Brien" is a surname's prefix with no stop after it, no Uzbek initial; and a
    letter with an apostrophe and a stop in a sentence opens no label ("O'. Never.")."""
    assert _speakers("THE CHAIR: Go ahead.\nMr. O'Brien: Thank you.\nTHE CHAIR: Next.\n") == [
        "THE CHAIR:",
        "Mr. O'Brien:",
        "THE CHAIR:",
    ]


def test_a_voice_from_a_side_of_the_constituent_seimas() -> None:
    """ "Balsas iš dešinės. Netiesa!" in the 1920 Seimas' record: a voice of the hall, a group."""
    root = tabled_tei("lt-steigiamasis-seimas-balsas-is-desines.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Netiesa!"]


def test_the_saeimas_deputy_secretary_printed_once() -> None:
    """ "Saeimas sekretāra biedrs Kārlis Ozoliņš. Nav reģistrējušies …": the secretary in the
    genitive and the deputy's word after it are the office before the holder's name."""
    root = tabled_tei("lv-saeima-sekretara-biedrs-once.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Nav reģistrējušies deputāti")


def test_the_chair_giving_the_deputy_secretary_the_floor_stays_speech() -> None:
    """Negative: "Vārds Saeimas sekretāra biedrei Ilzei Liepai." is the chair's sentence giving
    the floor, the deputy's word in the dative: no label; nor is a society's name ("Biedrība")."""
    text = (
        "Sēdes vadītāja. Vārds Saeimas sekretāra biedrei Ilzei Liepai.\n"
        "Biedrība Zaļā josta. Tā iesniedza vēstuli.\n"
        "Sēdes vadītāja. Paldies.\n"
    )
    assert _speakers(text) == ["Sēdes vadītāja.", "Sēdes vadītāja."]


def test_a_lithuanian_committees_protocol_fields() -> None:
    """ "Dalyvavo: komiteto nariai …", "Kviestieji: …" over the item and "BALSUOTA: už – 8, …"
    under it: who attended, who was invited and how it voted, the protocol's fields."""
    root = tabled_tei("lt-komitetas-protokolas-dalyvavo-balsuota.txt")
    assert "BALSUOTA" not in " ".join(texts(root, "//t:sp/t:speaker"))


def test_the_estonian_chair_stays_a_label_beside_who_presided() -> None:
    """Negative: "Juhatas: volikogu esimees X" is who presided, a field; "Juhataja:", the chair
    himself, is a label below it."""
    text = (
        "VALLAVOLIKOGU ISTUNGI PROTOKOLL\n"
        "Juhatas: volikogu esimees Ants Kask\n"
        "Protokollis: Mari Mets\n\n"
        "Juhataja: Alustame istungit.\n"
        "Ants Tamm: Mul on küsimus.\n"
        "Juhataja: Palun.\n"
    )
    assert _speakers(text) == ["Juhataja:", "Ants Tamm:", "Juhataja:"]

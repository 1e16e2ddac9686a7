"""The twenty-eighth round's blind battery of Europe and the Americas: the shapes its real records
printed that the labels' model missed."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_czech_ministers_portfolio_joined_by_and_is_his_office() -> None:
    """ "Ministr práce a sociálních věcí ČR Tomáš Kratochvíl:" and "Ministr školství, mládeže a
    tělovýchovy ČR Radim Zelenka:", each printed once: the words in lower case after the office,
    their areas joined by "a", are its portfolio and the names after them its holder's; both
    ministers take their turns, and the chair's announcement above stays hers."""
    tei = tabled_tei("cs-snemovna-minister-portfolio-joined.txt")
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[0].startswith("Děkuji, paní předsedající.")
    assert said[1].startswith("Vláda návrh projednala")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Děkuji. S přednostním právem se hlásí pan ministr. Prosím, pane ministře, máte slovo."
    ]
    assert texts(tei, "(//t:sp)[5]/t:p") == ["Děkuji za slovo. Jen jednu poznámku k rozpočtu škol."]


def test_a_slovak_minister_opening_with_a_word_of_address_keeps_his_portfolio() -> None:
    """ "Minister práce, sociálnych vecí a rodiny SR Juraj Benko:": "Minister" addresses a person
    too, yet here it is the office its portfolio follows; the minister's turn is his, not the
    chair's paragraph."""
    tei = tabled_tei("sk-nrsr-minister-portfolio-joined.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Ďakujem. Slovo má pán minister."]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Ďakujem pekne. Vážený pán predsedajúci")


def test_a_russian_ministers_portfolio_joined_by_i_is_his_office() -> None:
    """ "Министр труда и социальной защиты Российской Федерации Белов С. П.:" printed once: his
    portfolio's "и" joins its areas, no sentence's; his report is his turn."""
    tei = tabled_tei("ru-duma-minister-portfolio-joined.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Уважаемый председательствующий")
    assert not tei.xpath("//t:body//t:stage", namespaces=NS)


def test_a_sentence_opening_with_an_office_and_and_stays_a_sentence() -> None:
    """A line opening with an office and words in lower case joined by "a" is no label with no
    holder's names after them ("Předseda vlády a ministři se sešli:"), nor with names and the
    sentence going on in lower case after its colon ("Ministr odešel a zavolal Petra Horáka: bez
    nás"): a portfolio needs its holder and a speech opening with a capital. Nor is a council's
    minute naming a councillor ("The Chair welcomed members and noted apologies from Councillor
    Brant."): an office among the names is another person's."""
    tei = text_tei(
        "Předsedající Jana Malá: Děkuji. Pan poslanec Horák.\n\n"
        "Poslanec Petr Horák: Děkuji. Chci jen připomenout, co se stalo minulý týden.\n\n"
        "Předseda vlády a ministři se sešli: bez nás a bez zápisu.\n\n"
        "Ministr odešel a zavolal Petra Horáka: bez nás a bez zápisu.\n\n"
        "Předsedající Jana Malá: Děkuji.\n",
        "cs.txt",
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "Předsedající Jana Malá:",
        "Poslanec Petr Horák:",
        "Předsedající Jana Malá:",
    ]
    minutes = tabled_tei("en-council-minutes-numbered-paragraphs.txt")
    assert not minutes.xpath("//t:sp", namespaces=NS)


def test_a_parliamentary_state_secretary_abbreviated_after_her_name() -> None:
    """ "Annette Brenner, Parl. Staatssekretärin bei dem Bundesminister für Arbeit und Soziales:":
    the stop of "Parl." ends no label, so her whole label is one and her answer her turn; the
    office after the comma is her role, her id her name's."""
    tei = tabled_tei("de-bundestag-parl-staatssekretaerin.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Frau Präsidentin! Herr Kollege Vogt")
    assert tei.xpath("//t:person[@xml:id='annette-brenner']", namespaces=NS)


def test_a_deputy_president_abbreviated_stellv() -> None:
    """ "Stellv. Präsident Dr. Walter Brenneisen:": the abbreviation opens his label, no paragraph
    of its own left in the turn before."""
    tei = tabled_tei("de-landtag-stellv-praesident.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Frau Präsidentin, liebe Kolleginnen und Kollegen! Die Landesregierung hat geliefert."
    ]


def test_a_danish_ministers_portfolio_in_lower_case_above_her_name() -> None:
    """ "Ministeren for fødevarer, landbrug og fiskeri (Lise Dahlgaard):", printed once: her
    portfolio's words in lower case after "for" are no sentence's with her name in the
    parentheses; her answer is her turn, her id her name's."""
    tei = tabled_tei("da-folketing-minister-portfolio-lower-case.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Tak for det, og tak for spørgsmålet.")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Tak. Så er det ministeren."]


def test_a_sentence_before_a_name_in_parentheses_stays_a_sentence() -> None:
    """ "Ministeren sagde at vi skulle (Lise Dahlgaard): …": the words after the office open with
    no word that links a portfolio; a sentence, no label."""
    tei = text_tei(
        "Formanden (Bent Kjærgaard):\nTak. Så er det spørgeren.\n\n"
        "Jesper Krogh (EL):\nTak. Jeg har et spørgsmål om landbruget.\n\n"
        "Ministeren sagde at vi skulle (Lise Dahlgaard): Vente til næste år.\n\n"
        "Formanden (Bent Kjærgaard):\nTak.\n",
        "da.txt",
    )
    assert "Ministeren sagde at vi skulle (Lise Dahlgaard):" not in texts(tei, "//t:sp/t:speaker")

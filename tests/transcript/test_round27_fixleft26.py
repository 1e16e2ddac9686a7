"""The twenty-seventh round's European leftovers: label shapes in European languages that
earlier rounds' hunts left."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_short_russian_interrogation_is_russian_and_its_answers_a_role() -> None:
    """Four lines of questions and answers whose ы and э Belarusian shares, but with Russian's
    и, which Belarusian never writes: Russian, and `Ответ:` the witness's role, no person."""
    tei = tabled_tei("ru-dopros-short-not-belarusian.txt")
    assert tei.xpath("/t:TEI/@xml:lang", namespaces=NS) == ["ru"]
    assert not tei.xpath("//t:person[@xml:id='otvet']", namespaces=NS)


def test_two_short_italian_turns_are_italian() -> None:
    """A chair's `La parola all'onorevole X.` and a member's question: Italian by its articles
    and courtesies, not Spanish, whose `la` and `una` it shares."""
    tei = tabled_tei("it-consiglio-short-not-spanish.txt")
    assert tei.xpath("/t:TEI/@xml:lang", namespaces=NS) == ["it"]


def test_a_councils_heading_naming_whose_intervention_follows_is_a_heading() -> None:
    """ "Intervention de Mme X" alone with no stop heads the speech; the name alone under it is
    the label, also with no blank line between the heading, the name and the speech."""
    tei = tabled_tei("fr-conseil-intervention-heading-no-stop.txt")
    assert texts(tei, "//t:body//t:head") == ["Intervention de M. le Maire", "Intervention de Mme Dupuis"]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Merci, Monsieur le Maire.")


def test_journalists_asking_in_a_spokespersons_speech_are_no_label() -> None:
    """ "Журналисты нас спрашивают: когда …?" opens a paragraph of the spokesperson's speech: the
    verb of asking before the colon makes it a sentence, its subject the office's plural."""
    tei = tabled_tei("ru-briefing-zhurnalisty-sprashivayut.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[1].startswith("Журналисты нас спрашивают: когда")
    assert not tei.xpath("//t:person[@xml:id='zhurnalisty-nas-sprashivayut']", namespaces=NS)


def test_a_french_generals_rank_with_its_article_opens_his_label() -> None:
    """ "Le Général de Valmont. —": the rank is a form of address, the label his."""
    tei = tabled_tei("fr-conseil-ministres-general-dash.txt")
    assert texts(tei, "//t:person[@xml:id='le-general-de-valmont']//t:surname") == ["Valmont"]


def test_a_peers_title_of_nobility_in_lower_case_is_no_sentence() -> None:
    """ "M. le comte de Sainval." alone on its line over the speech: the title is the name's."""
    tei = tabled_tei("fr-chambre-nobility-title-alone.txt")
    assert texts(
        tei, "//t:person[@xml:id='m-le-comte-de-sainval']/t:persName[1]/t:roleName[@type='nobility']"
    ) == ["comte"]


def test_a_spanish_don_abbreviated_is_a_form_of_address_not_an_initial() -> None:
    """ "D. Andrés Villar:" beside "Dña. Lucía Moreno:": `D.` is Don, as `Dña.` is Doña."""
    tei = tabled_tei("es-ayuntamiento-don-abbreviated.txt")
    assert texts(tei, "//t:person[@xml:id='d-andres-villar']/t:persName[1]/t:roleName") == ["D."]
    assert not tei.xpath("//t:person[@xml:id='d-andres-villar']//t:forename[@full='init']", namespaces=NS)


def test_a_recorded_votes_note_and_lists_stand_between_the_turns() -> None:
    """ "A recorded vote was taken." and its "In favour:" / "Against:" / "Abstaining:" lists of
    countries are the record's notes between the president's turns, none of them her words."""
    tei = tabled_tei("en-un-recorded-vote-lists.txt")
    stages = texts(tei, "//t:body/t:div/t:stage")
    assert stages[0] == "A recorded vote was taken."
    assert [stage.split(":")[0] for stage in stages[1:]] == ["In favour", "Against", "Abstaining"]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "I now put draft resolution A/C.3/79/L.14 to the vote. A recorded vote has been requested."
    ]


def test_a_czech_comrade_abbreviated_in_lower_case_is_a_form_of_address() -> None:
    """ "s. Hrubý:" of a party presidium's minutes: `s.` (soudruh) as `Tow.` or `тов.`."""
    tei = tabled_tei("cs-predsednictvo-soudruh-abbreviated.txt")
    assert texts(tei, "//t:person[@xml:id='s-hruby']/t:persName[1]/t:roleName") == ["s."]

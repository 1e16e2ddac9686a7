"""A third reviewer's counter-examples to the twenty-seventh round's last rules: shapes a new rule
took for a label's name, a heading, a seat or the edition's reference where the record prints an
editor's word, a speaker's sentence or a delegate's name."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_language_bracket_before_a_label_is_no_forename() -> None:
    """ "[English] The Speaker:" and "[Translation] Mr. X (Outremont, NDP):": the edition's word
    of the speech's language, no first word of a name it supplied; the Speaker is no person
    named English and the member's turn is his."""
    tei = tabled_tei("en-hansard-language-bracket-before-label.txt")
    ids = tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert "english-the-speaker" not in ids and "the-speaker" in ids
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Mr. Speaker, the minister is wrong, and the figures prove it."]


def test_a_supplied_first_word_before_an_office_is_no_forename() -> None:
    """ "[Sic] Chair:" after "CHAIR:": the editor's word before an office, no person "Sic Chair";
    "[Kim] Il Sung:" is still the supplied forename of one person."""
    tei = text_tei(
        "Committee Hearing, 3 June 2021\n\nCHAIR: Let us resume. Mr Hale, you may continue.\n\n"
        "MR HALE: The witness had no knowledge of the letter.\n\n[Sic] Chair: Thank you.\n\n"
        "[Kim] Il Sung: We are ready to begin.\n"
    )
    who = tei.xpath("//t:sp/@who", namespaces=NS)
    assert who == ["#chair", "#mr-hale", "#chair", "#kim-il-sung"]


def test_a_speakers_wrapped_line_opening_with_an_intervention_is_no_heading() -> None:
    """ "Intervention de M. Martin" / "lors du dernier conseil, …": the line below goes on in
    lower case, the speaker's sentence; no heading and no turn of M. Martin."""
    tei = tabled_tei("fr-conseil-intervention-line-goes-on.txt")
    assert not tei.xpath("//t:body//t:head", namespaces=NS)
    assert any(p.startswith("Intervention de M. Martin lors du") for p in texts(tei, "(//t:sp)[2]/t:p"))


def test_a_delegates_surname_that_is_a_countrys_word_is_his_name() -> None:
    """ "DELEGATO (Giovanni Leone):": Leone a surname, no seat as Sierra Leone is; the country's
    two words together are still the seat."""
    tei = tabled_tei("it-congresso-delegato-surname-country-word.txt")
    assert tei.xpath("//t:person[@xml:id='giovanni-leone']//t:surname/text()", namespaces=NS) == ["Leone"]
    seated = text_tei(
        "WORLD CONGRESS OF TRADE UNIONS\n\nCHAIR: The session is open.\n\n"
        "DELEGATE (Sierra Leone): Comrades, our miners have been on strike for six weeks.\n\n"
        "DELEGATE (Costa Rica): We support the miners.\n"
    )
    assert seated.xpath("//t:sp/@who", namespaces=NS) == [
        "#chair",
        "#delegate-sierra-leone",
        "#delegate-costa-rica",
    ]


def test_a_last_sentence_citing_a_fond_stays_the_speakers() -> None:
    """ "Прошу секретариат запросить в ЦГАОР: Ф. 7. Д. 45." closing the chair's last turn: his
    bidding, no edition's reference moved after the turn into the header's archive; so is a
    judge's "The documents F. 3 and D. 12 are admitted."."""
    tei = tabled_tei("ru-stenogramma-last-speech-cites-fond.txt")
    assert texts(tei, "(//t:sp)[3]/t:p")[-1] == "Прошу секретариат запросить в ЦГАОР: Ф. 7. Д. 45."
    assert not tei.xpath("//t:msIdentifier", namespaces=NS)
    court = text_tei(
        "Transcript of Proceedings, Court of Appeal, 12 March 1991\n\n"
        "THE PRESIDING JUDGE: We turn to the exhibits. Mr. Hale?\n\n"
        "MR. HALE: Thank you, my lord. We tender two documents.\n\n"
        "THE PRESIDING JUDGE: Very well. They are admitted.\n\n"
        "The documents F. 3 and D. 12 are admitted.\n"
    )
    assert texts(court, "(//t:sp)[3]/t:p")[-1] == "The documents F. 3 and D. 12 are admitted."

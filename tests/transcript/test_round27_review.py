"""A reviewer's counter-examples to the twenty-seventh round's rules: shapes a widened rule
took for a sentence, a stage or one person where the record prints a label or two persons."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_portfolios_acronym_after_a_word_in_lower_case_is_no_clause() -> None:
    """ "Ms Harding, minister for IT and Digital Services:" printed once: `IT` in CAPITALS is the
    portfolio's acronym, no English "it" that makes the words after the comma a sentence."""
    tei = tabled_tei("en-estimates-minister-for-it-once.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Thank you, Chair.")


def test_a_senators_spaced_initials_tell_namesakes_apart() -> None:
    """ "SEN. VILLANUEVA (R. M.):" and "SEN. VILLANUEVA (J. P.):": the brackets' initials, a
    space between them, make two persons, not one senator."""
    tei = tabled_tei("en-ph-senate-initials-spaced.txt")
    ids = tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert ids == ["the-president", "sen-villanueva-r-m", "sen-villanueva-j-p"]


def test_a_delegates_country_of_two_words_is_no_name() -> None:
    """ "DELEGATE (New Zealand):" and "DELEGATE (Sri Lanka):": the country a delegate speaks for,
    the office's seat, no person called New Zealand; "DELEGATE (Grace Mwangi):" names her."""
    tei = tabled_tei("en-congress-delegate-country.txt")
    assert not tei.xpath("//t:person[@xml:id='delegate-new-zealand']//t:forename", namespaces=NS)


def test_a_pseudonym_before_a_sum_is_an_item_of_the_judges_list() -> None:
    """ "[benadeelde 1]: € 1.250,- …;" under the judge's "te weten:": the sums her judgment
    awards, her words, no turn of the injured party; "[Verdachte]: Ja, …" is one."""
    tei = tabled_tei("nl-politierechter-pseudonym-amounts.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[1] == "benadeelde 1: € 1.250,- aan materiële schade;"


def test_a_short_spanish_excerpt_of_words_italian_shares_is_spanish() -> None:
    """ "Una pregunta para usted." / "Lo sé. Uno por uno, presidenta.": `una`, `lo` and `uno`
    are Spanish's words as much as Italian's, no evidence of Italian."""
    tei = tabled_tei("es-comision-short-una-lo.txt")
    assert tei.xpath("/t:TEI/@xml:lang", namespaces=NS) == ["es"]


def test_a_short_english_vote_with_all_is_english() -> None:
    """ "All those in favour?" / "Aye, all.": the English "all", no Italian "all'"."""
    tei = tabled_tei("en-council-vote-short-all.txt")
    assert tei.xpath("/t:TEI/@xml:lang", namespaces=NS) == ["en"]


def test_a_votes_list_head_in_a_speech_is_no_label() -> None:
    """ "Against: only two delegations, …" in a representative's speech recalling a vote: the
    head of a vote's list, her words, no speaker called Against."""
    tei = tabled_tei("en-un-speech-recalls-vote.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[2].startswith("Against: only two delegations")

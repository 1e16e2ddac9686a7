"""Round 51 (hunt51d): Eastern European records, Soviet minutes and today's Balkan councils: a
council's vote line whose counts follow their words is a tally, no speaker; a South Slavic
council's member before the body and the holder is an office."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_vote_line_with_words_before_counts_is_no_label() -> None:
    """`Гласање: За 19, Против 3, Воздржани 2.`: a Macedonian council's vote line prints each
    count after its word, the stop ending the line: a tally (`figure`), no speaker, as
    `Pro: 27, proti: 0` is; the councillor whose speech cites `Член 5, став 3 од Одлуката …`
    and goes on stays a speaker."""
    tei = tabled_tei("mk-council-vote-word-counts.txt")
    assert any(p.startswith("Гласање: За 19") for p in turn_paragraphs(tei))


def test_counts_wrapped_into_a_speech_stay_a_label() -> None:
    """A hard-wrapped speech whose first line ends on an article and a paragraph
    (`Член 5, став 3` / `од Одлуката …`) goes on below in lower case: no tally's end, so the
    member printed once keeps her label; a Croatian council's result printed so with its stop
    (`Rezultat: Za 15, Protiv 8, Uzdržani 4.`) is a tally."""
    cited = text_tei(
        "ПРЕТСЕДАТЕЛ: Отворам седница.\n\n"
        "Марија Трајковска: Член 5, став 3\nод Одлуката вели дека средствата се делат.\n\n"
        "ПРЕТСЕДАТЕЛ: Благодарам.\n"
    )
    assert turn_speakers(cited) == ["ПРЕТСЕДАТЕЛ:", "Марија Трајковска:", "ПРЕТСЕДАТЕЛ:"]
    voted = text_tei(
        "Predsjedavajući: Otvaram sjednicu.\n\nAna Marić: Hvala. Podržavam prijedlog.\n\n"
        "Rezultat: Za 15, Protiv 8, Uzdržani 4.\n\nPredsjedavajući: Odluka je donesena.\n"
    )
    assert turn_speakers(voted) == ["Predsjedavajući:", "Ana Marić:", "Predsjedavajući:"]


def test_member_of_the_council_before_the_body_is_an_office() -> None:
    """`Član Gradskog veća Zoran Marković:` and `Članica Gradskog veća Jelena Popović:`: a Serbian
    city council's web copy names its members by `član`/`članica` (member) before the body and the
    holder, printed once each; the word is an office whole (`whole_offices`), as the Arabic member
    before the body is, so the lower-case genitive `veća` no more outweighs it."""
    tei = tabled_tei("sr-council-member-office-web.txt")
    assert any("Član 5. Poslovnika" in p for p in turn_paragraphs(tei))


def test_article_of_a_law_stays_speech() -> None:
    """`Član 5: Odbornik ima pravo na reč.`: the same word before a figure is an article of the
    rules read out inside a member's speech (`divisions`), no member named: no label."""
    tei = text_tei(
        "Predsednik: Otvaram sednicu.\n\nMarko Ilić: Hvala. Podsećam na propis.\n"
        "Član 5: Odbornik ima pravo na reč.\nTo je jasno.\n\nPredsednik: Hvala.\n"
    )
    assert turn_speakers(tei) == ["Predsednik:", "Marko Ilić:", "Predsednik:"]
    assert any("Član 5: Odbornik" in p for p in turn_paragraphs(tei))

"""Round 51 (hunt51d): Eastern European records, Soviet minutes and today's Balkan councils: a
council's vote line whose counts follow their words is a tally, no speaker."""

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

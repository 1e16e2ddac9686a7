"""Round 51 (rev51b): review of fix51b's sentence_below. A short line in lower case after its
first word under a label reads as the speech's sentence ("Отвечу так: …") only where the label
above could end there: a line ending with a short linking word in lower case ("… в", "… and",
"… y") is a label the wrap cut before the rest of its office, whatever the line below holds."""

from __future__ import annotations

from label_samples import tabled_tei, turn_paragraphs
from stenogram.transcript.lines import sentence_below


def test_a_label_the_wrap_cut_after_its_link_keeps_its_second_line() -> None:
    """A city duma's record wraps a representative's label after "в", its body ("Городской
    думе") opening the line below in a capital with lower-case words, then the colon and the
    speech: one label over two lines, the speech keeps its first words."""
    root = tabled_tei("ru-duma-label-wrapped-at-link.txt")
    assert turn_paragraphs(root)[1].startswith("Уважаемые депутаты, проект бюджета")


def test_a_link_last_refuses_the_short_line_as_a_sentence_in_any_language() -> None:
    """Offices wrapped after their link in English, Spanish and Italian: the line below is the
    label's rest, no sentence, however short and lower case it is."""
    assert not sentence_below(
        "Minister of State at the Department of Finance and", "Public expenditure (Deputy Ciarán Walsh):"
    )
    assert not sentence_below(
        "La señora vicepresidenta primera del Gobierno y", "Ministra de hacienda (Montero Cuadrado):"
    )
    assert not sentence_below("Il Ministro delle infrastrutture e", "Dei trasporti:")


def test_a_label_whole_over_a_short_sentence_still_ends_at_its_line() -> None:
    """The negative: a label whole on its line, ending with a name or a word of its office
    longer than a link, over a short sentence and its colon, stays whole (fix51b's shape; its
    conversion is held by test_round51_fix51b's Russian duma)."""
    assert sentence_below("ОРЛОВА Н.С., заместитель главы города Заречный", "Отвечу так: бюджет сверстан.")
    assert sentence_below("САВЧУК О.М., заступник міського голови", "Відповім коротко:")

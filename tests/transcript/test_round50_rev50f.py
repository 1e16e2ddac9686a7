"""Round 50 (rev50f, reviewing rev50a's `_list_heading` and rev50d's `_name_runs_on`): a label
whole over a sentence in Mixed case with no comma before its colon stays whole, a body's name
cut before its linking word still reads on; a heading in CAPITALS or in Mixed case whole over a
numbered list stays a heading, a name in Mixed case and CAPITALS over its points a label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

_SENATOR_OVER_SENTENCE = (
    "SENATE\n\n"
    "The PRESIDENT: I call Senator Ashworth.\n\n"
    "ASHWORTH, Senator (Minister for Foreign\n"
    "Affairs and Trade): Thank you, President. The government has been clear on this matter.\n\n"
    "The PRESIDENT: Senator Quill.\n\n"
    "QUILL, Senator for Western Province\n"
    "Her answer was wrong: the funding has been cut twice this year.\n\n"
    "The PRESIDENT: Thank you.\n"
)
_UKRAINIAN_BODY_CUT = (
    "СТЕНОГРАМА\n\n"
    "ГОЛОВУЮЧИЙ: Слово надається народному депутату Коваленку.\n\n"
    "КОВАЛЕНКО І.П., голова підкомітету Верховної\n"
    "Ради з питань бюджету: Шановні колеги! Ми підтримуємо проєкт у першому читанні.\n\n"
    "ГОЛОВУЮЧИЙ: Дякую.\n"
)


def test_label_whole_over_a_mixed_case_sentence_stays_whole() -> None:
    """`KELLER M., Staatssekretärin im Ministerium der Finanzen` alone over `Meine Antwort
    lautet: …`: the line ends in a noun in Mixed case and the sentence opens in Mixed case with no
    comma, but its second word is no short linking word of a body's name: the label is whole,
    the sentence the speech (rev50d's `_name_runs_on` had read the two lines as one label)."""
    tei = tabled_tei("de-landtag-label-whole-over-sentence.txt")
    assert turn_paragraphs(tei)[1].startswith("Meine Antwort lautet:")
    assert turn_paragraphs(tei)[3].startswith("Meine Frage ist kurz:")


def test_english_label_whole_over_sentence_and_office_cut_before_its_portfolio() -> None:
    """`QUILL, Senator for Western Province` over `Her answer was wrong: …` stays whole, while
    `… (Minister for Foreign` / `Affairs and Trade): …` (a linking `and`) is one label."""
    speakers = turn_speakers(text_tei(_SENATOR_OVER_SENTENCE))
    assert speakers[1] == "ASHWORTH, Senator (Minister for Foreign Affairs and Trade):"
    assert speakers[3] == "QUILL, Senator for Western Province"


def test_body_name_cut_before_its_linking_word_reads_on() -> None:
    """`… голова підкомітету Верховної` / `Ради з питань бюджету: …`: a body's name cut, its
    second word `з` a short linking word in lower case: one label, as rev50d's Russian sample."""
    tei = text_tei(_UKRAINIAN_BODY_CUT)
    assert turn_speakers(tei)[1] == "КОВАЛЕНКО І.П., голова підкомітету Верховної Ради з питань бюджету:"
    assert turn_paragraphs(tabled_tei("ru-zaksobranie-label-wrapped-body-name.txt"))[1].startswith(
        "Уважаемые депутаты!"
    )


def test_heading_in_capitals_over_a_numbered_list_stays_a_heading() -> None:
    """`KOMİSYON RAPORU:` alone over `1- …` is a report's heading in CAPITALS whole, no name of a
    forename in Mixed case and a surname in CAPITALS: no turn, the chair's text with its items
    (rev50a had taken any two capitalised words for a name); the range's `Murat AKSOY:` over his
    points stays a label."""
    tei = tabled_tei("tr-meclis-heading-capitals-over-list.txt")
    assert "KOMİSYON RAPORU:" not in turn_speakers(tei)
    assert turn_paragraphs(tei)[1].startswith("KOMİSYON RAPORU: 1- Park")
    assert "Murat AKSOY:" in turn_speakers(tabled_tei("tr-belediye-rapor-maddeli.txt"))


def test_heading_in_mixed_case_over_a_numbered_list_stays_a_heading() -> None:
    """`Beschlussempfehlung Bauausschuss:` (German nouns, each capitalised, none in CAPITALS)
    alone over `1. …`, announced by no one: a heading, no turn, where `Gemeinderat Vogt:`
    given the floor is a label."""
    tei = tabled_tei("de-gemeinderat-heading-mixed-over-list.txt")
    assert "Beschlussempfehlung Bauausschuss:" not in turn_speakers(tei)
    assert "Gemeinderat Vogt:" in turn_speakers(tei)

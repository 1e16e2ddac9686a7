"""A review of the twenty-third round's rules for what they took that no label, heading or stage
is: a member's vocative of the chair opening a paragraph, with a comma, where the chair is printed
with a colon; a member's sentence about a bill referred to a committee; two lines of verse a
member quotes; a word letter-spaced for emphasis; a member the chair calls by his initials; a
word alone with its stop between two paragraphs of a speech that address the hall."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_vocative_of_the_chair_with_a_comma_is_the_members_speech() -> None:
    tei = tabled_tei("es-concejo-member-opens-paragraph-presidente-comma.txt")
    assert texts(tei, "//t:sp[2]/t:p")[1:] == [
        "Presidente, Señorías, el presupuesto que nos presentan no incluye las obras del barrio norte.",
        "Esto es inaceptable para los vecinos.",
    ]


def test_a_members_sentence_on_a_bill_referred_is_no_procedural_line() -> None:
    tei = tabled_tei("en-assembly-member-says-bill-referred.txt")
    assert texts(tei, "//t:stage") == []
    assert texts(tei, "//t:sp[2]/t:p")[1] == (
        "The Bill was referred to the Committee on Legal Affairs in March and nothing has happened since."
    )


def test_two_lines_of_verse_a_member_quotes_are_no_heading() -> None:
    tei = tabled_tei("en-assembly-member-quotes-two-lines-of-verse.txt")
    assert texts(tei, "//t:head") == []
    assert texts(tei, "//t:sp[2]/t:p")[-1].startswith("Do not go gentle")


def test_a_word_letter_spaced_for_emphasis_is_no_label() -> None:
    tei = tabled_tei("it-camera-word-letter-spaced-for-emphasis.txt")
    assert texts(tei, "//t:sp[2]/t:p")[-1].startswith("N E S S U N O . Nessun Governo")


def test_a_member_the_chair_calls_by_initials_is_no_holder_of_the_chair() -> None:
    tei = tabled_tei("uk-rada-chair-calls-member-by-initials.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Бондар В.П. Будь ласка, вам три хвилини."]
    assert tei.xpath("//t:sp[5]/@who", namespaces=NS) == ["#golovuyuchii"]


def test_a_word_alone_between_paragraphs_addressing_the_hall_is_the_speech() -> None:
    tei = tabled_tei("pl-zjazd-slowo-osobno-w-przemowieniu.txt")
    assert texts(tei, "//t:sp[2]/t:p")[1:] == [
        "Niestety.",
        "Towarzysze, plan został wykonany, ale nie we wszystkich powiatach.",
    ]

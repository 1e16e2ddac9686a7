"""Council minutes and company meetings of Europe and the Americas: a vote's tally and an agenda's
heading over its numbered items, each a word and its colon before a figure; minutes that narrate
who spoke after a name's dash; and the unnamed shareholder alone on its line above the question,
in invented samples (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_a_vote_s_tally_on_its_line_opens_no_turn() -> None:
    """ "Pro: 9, proti: 0, zdržel se: 2." under the mayor's call to vote: a word and its colon
    before a figure is the tally's, no member's label; the line stays in the mayor's turn."""
    root = tabled_tei("cs-zastupitelstvo-hlasovani-na-radku.txt")
    assert texts(root, "//t:sp[4]/t:p")[:2] == ["Dávám hlasovat.", "Pro: 9, proti: 0, zdržel se: 2."]


def test_a_vote_s_counts_under_their_dashes_open_no_turn() -> None:
    """ "- Votent pour : 19 membres ;" / "- S'abstiennent : 2 membres.": a list of counts under
    the chair's call to vote, no one's labels, whatever dash sets them off."""
    root = tabled_tei("fr-be-conseil-votes-tirets.txt")
    said = " ".join(texts(root, "//t:sp[4]/t:p"))
    assert "Votent pour : 19 membres" in said and "S'abstiennent : 2 membres" in said


def test_an_agenda_s_heading_over_its_numbered_items_is_no_label() -> None:
    """ "TABLA:" alone over "1.- Aprobación del acta …": the heading of the order of the day, in
    CAPITALS and with its colon as the labels below are, names no one."""
    root = tabled_tei("es-cl-acta-tabla-numerada.txt")
    assert not root.xpath("//t:sp/t:p[contains(., 'Aprobación del acta')]", namespaces=NS)


def test_minutes_narrating_after_each_name_s_dash_have_no_turns() -> None:
    """ "Radna Barbara Kruk – zapytała, kiedy …": the minutes report in the third person what each
    one said, the verb in lower case after the dash; no name takes turns."""
    root = sample_tei("pl-protokol-rada-myslnik-narracja.txt")
    assert texts(root, "//t:sp/t:speaker") == []


def test_names_before_a_dash_over_capitalised_speeches_take_turns() -> None:
    """ "Radna Anna Wilk – Panie Przewodniczący, …": the same shape with the speech after the dash
    stays the members' turns."""
    tabled_tei("pl-sesja-myslnik-mowa.txt")


def test_the_unnamed_shareholder_alone_on_its_line_is_a_label() -> None:
    """ "Un actionnaire" / "Bonjour Madame la Présidente. …" beside "Claire Bonnefoy, Présidente du
    Conseil d'administration": one of the hall, printed once alone on its line as the named labels
    are, asks the question; "Questions des actionnaires" above stays the heading."""
    root = tabled_tei("fr-ag-actionnaire-seul-sur-ligne.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Bonjour Madame la Présidente. Quand l'usine de Vierzon sera-t-elle remise en service ?"
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a figure opening one of a name's speeches is an answer: a tally's word opens a figure
        # at every printing ("Hansen: 40.000 allein …" beside "Hansen: Bis 2030, …")
        (
            "Moderatorin: Wie viele Wohnungen fehlen?\nHansen: 40.000 allein in dieser Stadt.\n"
            "Moderatorin: Und bis wann?\nHansen: Bis 2030, wenn nichts passiert.\n",
            ["Moderatorin:", "Hansen:", "Moderatorin:", "Hansen:"],
        ),
        # a figure that a sentence's words follow is the speech's subject, no count
        (
            "Nowak: Dzień dobry państwu, witam w studiu.\nKowalski: 15 lat temu zaczynaliśmy od zera.\n"
            "Nowak: Dziękuję za rozmowę.\n",
            ["Nowak:", "Kowalski:", "Nowak:"],
        ),
        (
            "SR. ALCALDE: Tiene la palabra.\nJOFRÉ: 3 puntos quiero plantear.\nSR. ALCALDE: Adelante.\n",
            ["SR. ALCALDE:", "JOFRÉ:", "SR. ALCALDE:"],
        ),
        # one the chair gave the floor answers with a count: no tally's word is called by name
        (
            "Präsident: Das Wort hat Herr Lenz.\nLenz: 12 Millionen Euro.\nPräsident: Danke.\n",
            ["Präsident:", "Lenz:", "Präsident:"],
        ),
        # a member's numbered question: the number and its stop, no list's dash or bracket
        (
            "Helen Marsh: 1. What assessment he has made of rural bus services.\n\n"
            "Tom Reed: We have made £200 million available this year.\n\n"
            "Helen Marsh: The Minister knows that is not enough.\n",
            ["Helen Marsh:", "Tom Reed:", "Helen Marsh:"],
        ),
        # the answer's letter before a year is the witness's label
        (
            "Q: In what year did you join the company?\nA: 1998.\n"
            "Q: And in what position?\nA: 1998 was my first year as a clerk.\n",
            ["Q:", "A:", "Q:", "A:"],
        ),
    ],
)
def test_a_figure_opening_an_answer_or_a_sentence_keeps_the_turn(text: str, labels: list[str]) -> None:
    """A name printed once or more whose speech opens with a figure stays a label where the figure
    is a sentence's subject or a speech's answer, no vote's count nor list's number."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels

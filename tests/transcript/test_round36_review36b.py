"""A figure after a name printed once under a question is an answer, no vote's tally: an inquiry's
objector, a committee's official, a hearing's director; a tally under the chair's question still
counts on; and one of a meeting's hall with a word describing it alone on its line, in invented
samples (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts


@pytest.mark.parametrize(
    ("sample", "turn", "said"),
    [
        ("en-inquiry-answer-count-once.txt", 2, "22 years."),
        ("de-ausschuss-antwort-zahl-einmal.txt", 2, "37, Herr Vorsitzender."),
        ("it-audizione-risposta-cifra.txt", 2, "250, presidente."),
        # the Greek question mark is a semicolon once the text is normalised
        ("el-epitropi-apantisi-arithmos.txt", 2, "420, κύριε Πρόεδρε."),
    ],
)
def test_a_count_answering_the_question_above_keeps_its_turn(sample: str, turn: int, said: str) -> None:
    """ "How long have you farmed the land below the dam?" / "CORRIGAN: 22 years.": a name printed
    once, no office, answers the question on the line above with a count; no tally's word."""
    root = tabled_tei(sample)
    assert texts(root, f"//t:sp[{turn}]/t:p") == [said]


def test_a_tally_of_several_counts_under_the_chair_s_question_opens_no_turn() -> None:
    """ "Wer stimmt dem Antrag zu?" / "Ja-Stimmen: 7, Nein-Stimmen: 2, Enthaltungen: 1.": the
    result under the chair's call to vote counts on after its comma, no one's answer."""
    root = tabled_tei("de-ausschuss-abstimmung-unter-frage.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1] == "Ja-Stimmen: 7, Nein-Stimmen: 2, Enthaltungen: 1."


def test_a_list_of_counts_under_the_chair_s_question_opens_no_turn() -> None:
    """ "Qui est pour ?" / "- Votent pour : 21 membres ;": a list's item, its semicolon at the
    line's end, under the chair's question stays in the chair's turn."""
    root = tabled_tei("fr-be-conseil-votes-sous-question.txt")
    said = " ".join(texts(root, "//t:sp[1]/t:p"))
    assert "Votent pour : 21 membres ;" in said and "S'abstiennent : 2 membres." in said


def test_one_of_the_hall_with_a_word_describing_it_is_a_label() -> None:
    """ "Un actionnaire individuel" / "Une actionnaire salariée" alone above the question: the word
    after the participant's describes one of the hall, no sentence's."""
    root = tabled_tei("fr-ag-actionnaire-qualifie-seul.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Pourquoi le dividende baisse-t-il cette année alors que le résultat progresse ?"
    ]


def test_one_of_the_hall_and_a_verb_of_saying_is_the_minutes_narration() -> None:
    """ "Un actionnaire demande" / "pourquoi le dividende …": the minutes report the question in
    the third person; the verb after the participant's word describes no one, no turn."""
    text = (
        "Claire Bonnefoy, Présidente du Conseil d'administration\nNous passons aux questions.\n\n"
        "Un actionnaire demande\npourquoi le dividende baisse cette année.\n\n"
        "Luc Arnaud, Directeur général délégué\nParce que nous investissons dans l'usine.\n"
    )
    assert "Un actionnaire demande" not in texts(text_tei(text), "//t:sp/t:speaker")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # an answer's figure goes on in words, no second count: the witness's
        (
            "Interviewer: How old were you when the mill closed?\nKOWALSKA: 12, maybe 13.\n"
            "Interviewer: Thank you.\n",
            ["Interviewer:", "KOWALSKA:", "Interviewer:"],
        ),
        (
            "FISCAL: ¿En qué año entró usted en la empresa?\nMEDINA: 1998.\n"
            "FISCAL: Gracias, no hay más preguntas.\n",
            ["FISCAL:", "MEDINA:", "FISCAL:"],
        ),
        (
            "Председательствующий: Сколько лет вы работаете на заводе?\n\nГусев: 20 лет.\n\n"
            "Председательствующий: Спасибо. Слово предоставляется депутату Орловой.\n",
            ["Председательствующий:", "Гусев:", "Председательствующий:"],
        ),
        (
            "De voorzitter: Hoeveel aanvragen zijn er dit jaar binnengekomen?\n\n"
            "Van Dijk: 1.250, voorzitter.\n\nDe voorzitter: Dank u wel.\n",
            ["De voorzitter:", "Van Dijk:", "De voorzitter:"],
        ),
        # a tally under the chair's question counts on after its dash
        (
            "Председатель Совета Иванов И.И.: Ставлю вопрос на голосование. Кто за?\n"
            "За – 12, против – 0, воздержались – 1.\nПредседатель Совета Иванов И.И.: Решение принято.\n",
            ["Председатель Совета Иванов И.И.:", "Председатель Совета Иванов И.И.:"],
        ),
        # a head's fields under no question stay the head's
        (
            "ACTA DE LA SESIÓN ORDINARIA N° 12\n\nASISTENTES: 9 concejales.\nAUSENTES: 2.\n\n"
            "SR. ALCALDE: ¿Hay quórum?\nSECRETARIO MUNICIPAL: Sí, señor alcalde, hay quórum.\n"
            "SR. ALCALDE: Se abre la sesión.\n",
            ["SR. ALCALDE:", "SECRETARIO MUNICIPAL:", "SR. ALCALDE:"],
        ),
        # a tally whose counts a semicolon parts, under the chair's question
        (
            "CHAIR ROBERTS: Seeing no further discussion, all those in favor?\nAyes: 5; Nays: 2.\n"
            "CHAIR ROBERTS: The motion carries.\nSUPERVISOR LING: Thank you, Madam Chair.\n",
            ["CHAIR ROBERTS:", "CHAIR ROBERTS:", "SUPERVISOR LING:"],
        ),
    ],
)
def test_a_figure_under_a_question_is_an_answer_unless_it_counts_on(text: str, labels: list[str]) -> None:
    """A figure under a question is an answer where words go on after it, a tally where another
    count follows; with no question above, a word and its colon before a count is a field."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels

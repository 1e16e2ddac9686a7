"""Shapes of public meetings, interviews, congresses and trials, each in an invented sample
(labels in turns.toml, persons in ids.toml): one of the hall the record does not name, an
indefinite article and a person's word, a short qualifier perhaps ("Une habitante :", "A member
of the public:", "Une citoyenne tirée au sort :"); an interview's question and answer words alone
on their lines ("Frage" / "Antwort"); one word addressing the hall before a sentence inside a
speech ("Compañeros: La reunión …", "Genossen: Wir …"); a German court's abbreviated roles
("Vert. RA Dr. Schulz:", "StA Müller:")."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import name_parts_of, speakers, tabled_tei, text_tei, texts

_HALL = [
    "fr-reunion-publique-habitante-indefinie.txt",
    "en-town-hall-member-of-public.txt",
    "es-asamblea-vecinal-vecina-asistente.txt",
    "pt-audiencia-publica-moradora.txt",
    "it-seminario-mobilita-partecipante.txt",
    "nl-informatieavond-inwoner-bewoonster.txt",
]


@pytest.mark.parametrize("sample", _HALL)
def test_an_unnamed_member_of_the_hall_is_a_speaker(sample: str) -> None:
    """ "Une auditrice. —", "Una vecina:", "Een inwoner:": an indefinite article and a person's
    word, one of the hall the record does not name, as "Une citoyenne :" is."""
    tabled_tei(sample)


def test_a_qualifier_after_the_hall_member_is_its_own() -> None:
    """ "Une citoyenne tirée au sort :": words describing the member, no verb among them."""
    root = tabled_tei("fr-reunion-publique-habitante-indefinie.txt")
    said = texts(root, "//t:sp[t:speaker='Une citoyenne tirée au sort :']/t:p")
    assert said == ["Je voudrais savoir qui décidera au final."]


def test_a_verb_after_the_hall_member_reports_a_speech() -> None:
    """ "Une habitante m'a dit :", "Un intervenant a rappelé que :", "A member of the public
    asked:", "Una vecina preguntó:": the chair reporting what one said, inside the chair's turn."""
    root = tabled_tei("fr-reunion-publique-habitante-indefinie.txt")
    said = texts(root, "//t:sp/t:p")
    assert any("Une habitante m'a dit : il faudrait" in p for p in said)
    assert any("Un intervenant a rappelé que :" in p for p in said)
    root = tabled_tei("en-town-hall-member-of-public.txt")
    assert any("A member of the public asked: Will the car park" in p for p in texts(root, "//t:sp/t:p"))
    root = tabled_tei("es-asamblea-vecinal-vecina-asistente.txt")
    assert any("Una vecina preguntó: si también" in p for p in texts(root, "//t:sp/t:p"))


def test_a_hall_member_is_named_by_the_label_as_printed() -> None:
    """The unnamed member's person is the label's words, no forename nor surname."""
    root = tabled_tei("fr-reunion-publique-habitante-indefinie.txt")
    assert name_parts_of(root, "une-habitante") == []
    assert texts(root, "//t:person[@xml:id='une-habitante']/t:persName[1]") == ["Une habitante"]


@pytest.mark.parametrize(
    "sample",
    [
        "de-interview-frage-antwort-allein.txt",
        "en-interview-question-answer-alone.txt",
        "ru-interview-vopros-otvet-odni.txt",
    ],
)
def test_question_and_answer_words_alone_on_their_lines_are_labels(sample: str) -> None:
    """ "Frage" / "Antwort", "Question" / "Answer", "Вопрос" / "Ответ" alone on their lines,
    taking turns, each over its paragraph: an interview copied from a web page."""
    root = tabled_tei(sample)
    assert len(texts(root, "//t:sp/t:p")) == 4


def test_a_question_heading_alone_is_no_label() -> None:
    """A single "Question" over a paragraph and "Questions" over a list: headings, no turns."""
    root = tabled_tei("en-parish-newsletter-question-heading.txt")
    assert "Question" not in texts(root, "//t:sp/t:speaker")


def test_an_answer_word_alone_once_is_no_label() -> None:
    """ "Antwort" alone once, no "Frage" on its own line: the statement's heading."""
    root = text_tei(
        "Gemeinderat Lindenfeld, Niederschrift\n\nBürgermeister Roth: Zur Anfrage liegt die Stellungnahme vor.\n\n"
        "Antwort\nDie Verwaltung hat die Kosten geprüft.\n\nGemeinderätin Haas: Danke.\n\nBürgermeister Roth: Bitte.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "Bürgermeister Roth:",
        "Gemeinderätin Haas:",
        "Bürgermeister Roth:",
    ]


@pytest.mark.parametrize(
    ("sample", "vocative"),
    [
        ("es-asamblea-sindical-companeros-vocativo.txt", "Compañeros: La reunión"),
        ("es-asamblea-sindical-companeros-vocativo.txt", "Diputados: Hoy venimos"),
        ("de-parteitag-genossen-anrede.txt", "Genossen: Wir dürfen"),
        ("fr-congres-camarades-apostrophe.txt", "Camarades : Nous devons"),
    ],
)
def test_the_hall_addressed_before_a_sentence_is_the_speech(sample: str, vocative: str) -> None:
    """ "Compañeros: La reunión …", "Diputados: Hoy venimos a …", "Genossen: Wir …": one word
    addressing the hall, a sentence after its colon, a paragraph of the speech, no label."""
    root = tabled_tei(sample)
    assert any(p.startswith(vocative) for p in texts(root, "//t:sp/t:p"))


def test_the_hall_crying_out_stays_a_group() -> None:
    """ "Diputados: ¡Muy bien!": the members' voices, a cry after the colon, a label still; and
    "Diputado Pérez:" a member's."""
    root = text_tei(
        "Sesión plenaria\n\nEl Presidente: Tiene la palabra el diputado Pérez.\n\n"
        "Diputado Pérez: Pido que se cumpla la ley de presupuestos.\n\nDiputados: ¡Muy bien!\n\n"
        "El Presidente: Gracias.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "El Presidente:",
        "Diputado Pérez:",
        "Diputados:",
        "El Presidente:",
    ]


def test_a_russian_address_to_the_comrades_stays_the_speech() -> None:
    """ "Товарищи: Мы …" inside a turn: the hall addressed, as the opener's list already held."""
    root = text_tei(
        "Стенограмма собрания актива\n\nПредседатель: Начинаем заседание.\n\n"
        "Товарищи: Мы должны выполнить план в срок.\n\nПетров: Я поддерживаю.\n\nПредседатель: Спасибо.\n"
    )
    assert speakers(etree.tostring(root)) == ["Председатель:", "Петров:", "Председатель:"]


def test_german_abbreviated_trial_roles_name_the_person() -> None:
    """ "Vert. RA Dr. Schulz:", "StA Müller:": the defence's and the prosecutor's abbreviations
    and titles before the name, the surname the person's (a German court's letters, as printed:
    matched in any case as offices, they cut "Sta. Maria:")."""
    root = tabled_tei("de-strafkammer-rollen-abgekuerzt.txt")
    assert ("roleName", "honorific", "StA") in name_parts_of(root, "sta-muller")
    assert ("surname", None, "Müller") in name_parts_of(root, "sta-muller")
    assert ("surname", None, "Schulz") in name_parts_of(root, "vert-ra-dr-schulz")
    assert ("surname", None, "Weber") in name_parts_of(root, "vors-ri-weber")

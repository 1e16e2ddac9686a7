"""Round 50 (rev50e): a question announced after a name's comma is two or three words, the
asking word or a compound of a stem and it; a longer role relating the speaker to the question,
or a prefixed word that is no question put, stays a label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_author_of_the_question_is_a_label() -> None:
    """`Anna Svensson, author of the question:` (question time of a parliament, the asker by her
    part in it) is a label: a role of four words and more relates the speaker to the question,
    where fix50d's `Mr X, one question:` announces one and stays speech."""
    tei = tabled_tei("en-questiontime-author-of-question.txt")
    assert "Anna Svensson, author of the question:" in turn_speakers(tei)


def test_author_of_the_question_in_spanish_and_french_is_a_label() -> None:
    """`Señora Gómez Ariza, autora de la pregunta:` and `M. Bernard Lacaze, auteur de la
    question:` are the asker's labels as the English one is; `Una pregunta:` inside a turn and
    fix50d's `Señor Escartín, una pregunta:` stay speech."""
    spanish = text_tei(
        "La señora PRESIDENTA: Pregunta número 7.\n\n"
        "Señora Gómez Ariza, autora de la pregunta: Gracias. ¿Qué piensa hacer su consejería?\n\n"
        "La señora CONSEJERA DE SALUD: Hemos contratado a doce médicos.\n\n"
        "El señor LERMA PINO: Gracias. Señora consejera, una pregunta: ¿cuándo abrirá el centro?\n\n"
        "La señora CONSEJERA DE SALUD: En junio.\n"
    )
    assert turn_speakers(spanish) == [
        "La señora PRESIDENTA:",
        "Señora Gómez Ariza, autora de la pregunta:",
        "La señora CONSEJERA DE SALUD:",
        "El señor LERMA PINO:",
        "La señora CONSEJERA DE SALUD:",
    ]
    french = text_tei(
        "M. le président. Nous passons aux questions orales.\n\n"
        "M. Bernard Lacaze, auteur de la question: Monsieur le ministre, les aides tardent.\n\n"
        "M. Paul Verdier, ministre de l'agriculture: Elles seront versées ce mois-ci.\n"
    )
    assert "M. Bernard Lacaze, auteur de la question:" in turn_speakers(french)


def test_prefixed_inquiry_is_a_label_and_compound_question_speech() -> None:
    """`Gemeinderätin Lindner, zur Anfrage:` (a council member on the inquiry filed) is a label:
    `An|frage` is a prefix of two letters before the asking word, no question put; `Herr X, eine
    Nachfrage:` (a stem of four, the follow-up question put to the witness) stays speech."""
    tei = text_tei(
        "Bürgermeister Huber: Ich eröffne die Sitzung.\n\n"
        "Gemeinderätin Lindner, zur Anfrage: Die Antwort der Verwaltung ist unvollständig.\n\n"
        "Bürgermeister Huber: Wir ergänzen die Zahlen.\n\n"
        "Gemeinderat Stolz: Danke. Herr Huber, eine Nachfrage: Wann wird der Radweg fertig?\n\n"
        "Bürgermeister Huber: Im Herbst.\n"
    )
    assert turn_speakers(tei) == [
        "Bürgermeister Huber:",
        "Gemeinderätin Lindner, zur Anfrage:",
        "Bürgermeister Huber:",
        "Gemeinderat Stolz:",
        "Bürgermeister Huber:",
    ]
    assert any("Herr Huber, eine Nachfrage:" in p for p in turn_paragraphs(tei))

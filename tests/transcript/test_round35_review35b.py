"""A reviewer's counter-examples to the round's merged rules on a label whose stop OCR read as a
comma and on the shareholder as an office: the chair's office as a sentence's subject, a minister
addressed with the form of address written out, a minister addressed by his office alone with the
second person after it, and the shareholders in the plural as a quorum's count, in invented
samples (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_the_chair_s_office_as_a_sentence_s_subject_stays_the_speech() -> None:
    """ "Председатель. Слово принадлежит …" / "Суворин. Господа, я скажу кратко о запросе." /
    "Председатель, Президиум и Совет Думы обязаны были рассмотреть его еще весною.": the chair's
    office before a comma opens a list of the sentence's subjects, no speech after it (no
    salutation, no speaker's pronoun or verb); the member's paragraph, no chair's label."""
    root = tabled_tei("ru-duma-ocr-chair-office-subject-comma.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Господа, я скажу кратко о запросе.",
        "Председатель, Президиум и Совет Думы обязаны были рассмотреть его еще весною.",
        "Этого не сделано.",
    ]


def test_a_minister_addressed_with_the_form_of_address_written_out_is_a_vocative() -> None:
    """ "M. le président. La parole est à M. Lagarrigue." / "M. Lagarrigue. Messieurs, …" /
    "Monsieur le ministre de la guerre, Vous nous avez promis une loi sur les cadres.": the
    record's labels print "M." before the article; "Monsieur le" is no believed label's form of
    address, and the line is the member addressing the minister."""
    root = tabled_tei("fr-chambre-vocative-written-out-minister-comma.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Messieurs, la question que je pose est simple.",
        "Monsieur le ministre de la guerre, Vous nous avez promis une loi sur les cadres.",
        "Nous l'attendons toujours.",
    ]


def test_an_office_before_the_second_person_is_addressed_not_a_label() -> None:
    """ "Председатель. …" / "Суворин. Господа, …" / "Министр народного просвещения, Вы нам
    обещали этот закон еще весною.": the second person after the office's comma addresses it, a
    member's vocative, no minister's label printed once with OCR's comma for its stop."""
    root = tabled_tei("ru-duma-ocr-office-comma-second-person.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Господа, я скажу кратко о запросе.",
        "Министр народного просвещения, Вы нам обещали этот закон еще весною.",
        "Мы ждем его до сих пор.",
    ]


def test_the_shareholders_in_the_plural_before_a_colon_are_the_hall_s_count() -> None:
    """ "Le secrétaire de séance : Merci, … Voici les chiffres." / "Actionnaires présents ou
    représentés : 412, soit 63 % du capital.": a shareholder printed once is one person of the
    hall ("Un actionnaire individuel :"); the plural before the colon is the quorum's count in
    the secretary's speech, no label."""
    root = tabled_tei("fr-assemblee-generale-actionnaires-plural-count.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Merci, Monsieur le président. Voici les chiffres.",
        "Actionnaires présents ou représentés : 412, soit 63 % du capital.",
        "L'assemblée peut donc valablement délibérer.",
    ]

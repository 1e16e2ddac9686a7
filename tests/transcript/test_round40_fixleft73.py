"""Shapes the last round left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a German assembly's and a French council's letter read out by the
secretary ("Schreiben: (verliest der Schriftführer.)", "Lettre : (lecture par le secrétaire.)"),
no speaker beside the member reading a text himself."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts


def test_a_text_read_out_by_another_is_no_speaker() -> None:
    """ "Schreiben: (verliest der Schriftführer.)": the stage names who reads after its verb, an
    office, so the word before the colon is the letter read, no turn of a speaker "Schreiben";
    the French "Lettre : (lecture par le secrétaire.)" likewise, its doer after "par"."""
    root = tabled_tei("de-landtag-letter-read-by-secretary-stage.txt")
    assert "Schreiben: (verliest der Schriftführer.)" in texts(root, "//t:sp[1]/t:p")
    root = tabled_tei("fr-conseil-lettre-lecture-par-secretaire.txt")
    assert "Lettre : (lecture par le secrétaire.)" in texts(root, "//t:sp[1]/t:p")


def test_a_member_reading_a_text_himself_keeps_his_turn() -> None:
    """ "Petrov: (Reads a letter from the Secretary.)": the words after the verb are what he reads,
    an office only inside them, so the act is his and the name his turn's label; "Letter: (Read
    by the Clerk.)" in the same record names the Clerk as the reader, no turn."""
    paragraphs = [
        "Sitting of 4 May 1921.",
        "Chairman: The Committee will come to order. Mr. Petrov has a letter.",
        "Petrov: (Reads a letter from the Secretary.)",
        "Chairman: Thank you. There is a second letter.",
        "Letter: (Read by the Clerk.)",
        "Chairman: It is referred to the committee.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Chairman:", "Petrov:", "Chairman:", "Chairman:"]


def test_a_norwegian_committee_s_chair_after_its_body_in_the_genitive() -> None:
    """ "Komiteens leder:" and "Utvalgets leder Per Hansen:": the body in the genitive and its
    chair's word "leder", with or without the holder's name, a label as the Swedish "Utskottets
    ordförande:" is, no words run into the turn above."""
    root = tabled_tei("no-storting-komite-leder-genitive.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Jeg har et oppfølgingsspørsmål om fristene."]


def test_a_sentence_on_the_committee_s_chair_ending_in_a_colon_stays_speech() -> None:
    """ "Komiteens leder har bedt departementet om følgende:" is the speaker's sentence announcing
    a quotation, its verb after the office: no label."""
    paragraphs = [
        "Komiteens leder: Vi starter høringen.",
        "Statsråd Kari Nilsen: Komiteens leder har bedt departementet om følgende: en oversikt over fristene.",
        "Komiteens leder: Takk.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "no.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Komiteens leder:",
        "Statsråd Kari Nilsen:",
        "Komiteens leder:",
    ]


def test_a_french_officer_in_charge_with_article_and_name() -> None:
    """ "Le Chargé de mission Jean Diop :" after "Mme Awa Ba, chargée de communication :": the
    office with its article and the holder's name, a turn of its own, as "Le Directeur Jean
    Diop :" is, none of the turn above."""
    root = tabled_tei("fr-comite-charge-de-mission-article-name.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Le calendrier est tenu."]


def test_a_paragraph_telling_what_the_officer_did_stays_speech() -> None:
    """ "Le chargé de mission a précisé le calendrier : trois étapes." in a speech: a verb after
    the office, in lower case, so a sentence with a colon, no label."""
    paragraphs = [
        "Mme la présidente : Nous commençons.",
        "Mme Awa Ba, chargée de communication : La campagne est lancée.",
        "Le chargé de mission a précisé le calendrier : trois étapes.",
        "Mme la présidente : Merci.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "fr.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Mme la présidente :",
        "Mme Awa Ba, chargée de communication :",
        "Mme la présidente :",
    ]


def test_a_vocative_with_a_possessive_before_a_colon_opens_no_turn() -> None:
    """ "M. le ministre, avec votre permission : je répondrai en deux points." opening a paragraph
    of a speech: the phrase after the comma speaks to the minister ("votre") and the words after
    the colon go on in lower case, so it addresses him, no turn of the minister's."""
    root = tabled_tei("fr-assemblee-vocatif-ministre-virgule.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1].startswith("M. le ministre, avec votre permission : je répondrai")


def test_a_description_after_the_comma_with_no_second_person_stays_a_label() -> None:
    """ "M. Dupont, au nom de la commission : …" and "M. Durand, rapporteur : …": a description
    of the speaker, no word addressing anyone, so labels whatever case follows the colon."""
    paragraphs = [
        "M. le président : La parole est au rapporteur.",
        "M. Dupont, au nom de la commission : Je présente le rapport.",
        "M. Durand, rapporteur : je précise un point.",
        "M. le président : Merci.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "fr.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "M. le président :",
        "M. Dupont, au nom de la commission :",
        "M. Durand, rapporteur :",
        "M. le président :",
    ]


def test_a_court_s_bench_under_its_heading_is_the_head_s_roll() -> None:
    """ "Состав суда:" alone on its line over "Председательствующий: Армвоенюрист X",
    "Члены: …" and "Секретарь: Военный юрист 1-го ранга Y": the court's bench named in the head,
    as a French court's "Composition de la cour :" names it, so the secretary has no turn."""
    root = tabled_tei("ru-tribunal-sostav-suda-rank-holder.txt")
    assert "Секретарь: Военный юрист 1-го ранга Жаров А. С." in texts(root, "//t:front//t:p")


def test_the_secretary_speaking_after_the_bench_keeps_the_turn() -> None:
    """The secretary named on the bench and reporting below it, a sentence after the colon: the
    roll's line stays the head's, the report a turn of the secretary's."""
    lines = [
        "СТЕНОГРАММА СУДЕБНОГО ЗАСЕДАНИЯ",
        "",
        "Состав суда:",
        "Председательствующий: Армвоенюрист Гладков П. Н.",
        "Члены: Диввоенюрист Сомов И. Е.",
        "Секретарь: Военный юрист 1-го ранга Жаров А. С.",
        "",
        "Председательствующий: Заседание объявляется открытым. Секретарь, доложите.",
        "",
        "Секретарь: Подсудимые доставлены, свидетели явились.",
        "",
        "Председательствующий: Садитесь.",
    ]
    root = text_tei("\n".join(lines) + "\n", "ru.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Председательствующий:", "Секретарь:", "Председательствующий:"]
    assert "Секретарь: Военный юрист 1-го ранга Жаров А. С." in texts(root, "//t:front//t:p")


def test_a_hearing_s_heading_above_the_chair_s_label_alone() -> None:
    """ "Audition de M. Thomas Vidal, directeur de l'Office des eaux du Sud" over "M. le président
    Jean Dupuis." alone with its stop: the heading names the person heard, with his office after
    the comma, and ends no wrapped sentence, so the chair's label below opens its turn."""
    root = tabled_tei("fr-commission-audition-heading-chair-alone.txt")
    assert texts(root, "//t:body//t:head") == [
        "Audition de M. Thomas Vidal, directeur de l'Office des eaux du Sud"
    ]


def test_a_hearing_of_a_body_stays_the_record_s_title() -> None:
    """ "HEARING OF THE SUBCOMMITTEE ON CONSUMER CREDIT" opening the record names the body that
    hears, no person heard (no form of address after "of"): the record's title, not a heading
    between turns."""
    root = sample_tei("en-hearing-chair-dash-call.txt")
    assert texts(root, "//t:titlePart[@type='main']") == ["HEARING OF THE SUBCOMMITTEE ON CONSUMER CREDIT"]

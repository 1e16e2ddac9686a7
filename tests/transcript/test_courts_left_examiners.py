"""Courts' and hearings' records other readings left wrong (samples in tests/data/labels/, in
the layouts the real records print, the names invented): a question's letter under the label of
whoever took the floor, where no heading names who asks; an excerpt of questions and answers
whose marks are no words of its language; the chair a head names in a sentence or in full, and
the office printed alone or with the surname in brackets; a court's roll printed office over
holder, and a hearing's line of witnesses, in the head."""

from __future__ import annotations

from label_samples import NS, sample_tei, text_tei, turn_ids


def test_questions_after_a_label_taking_the_floor_are_that_speaker_s() -> None:
    tei = sample_tei("ja-court-mon-kotae-after-label.txt")
    assert turn_ids(tei) == [
        "裁判長",
        "検察官",
        "検察官",
        "証人",
        "検察官",
        "証人",
        "裁判長",
        "弁護人",
        "弁護人",
        "証人",
    ]
    assert tei.xpath("//t:sp[3]/t:speaker/text()", namespaces=NS) == ["問"]
    assert not tei.xpath("//t:person[@xml:id='問' or @xml:id='答']", namespaces=NS)


def test_counsel_s_objection_and_the_ruling_leave_the_questions_to_the_examiner() -> None:
    text = (
        "THE COURT: You may proceed, Mr. Halvorsen.\n\n"
        "MR. HALVORSEN: Thank you, Your Honor.\n\n"
        "Q. Where were you on the night of March 5?\n\n"
        "A. At home.\n\n"
        "MS. ODEGAARD: Objection.\n\n"
        "THE COURT: Overruled.\n\n"
        "Q. Was anybody with you?\n\n"
        "A. My wife was.\n"
    )
    assert turn_ids(text_tei(text)) == [
        "the-court",
        "mr-halvorsen",
        "mr-halvorsen",
        "the-witness",
        "ms-odegaard",
        "the-court",
        "mr-halvorsen",
        "the-witness",
    ]


def test_a_press_briefing_s_lone_q_stays_the_reporters() -> None:
    text = (
        "MR. LANDRY: Good afternoon, everyone.\n\n"
        "Q Thanks. On the trade talks, is there a date?\n\n"
        "MR. LANDRY: Not yet.\n\n"
        "Q And the tariffs?\n\n"
        "MR. LANDRY: We will see.\n"
    )
    ids = turn_ids(text_tei(text))
    assert ids[0] == "mr-landry" and ids[1] != "mr-landry"


def test_an_excerpt_of_questions_and_answers_is_in_its_own_language() -> None:
    tei = sample_tei("en-excerpt-q-a-lines-only.txt")
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert turn_ids(tei) == ["the-examiner", "the-witness"] * 4
    czech = text_tei("Předseda: A tak to bylo.\n\nNovák: A potom jsme odešli domů, a to hned.\n")
    assert czech.get("{http://www.w3.org/XML/1998/namespace}lang") == "cs"


def test_the_chair_named_in_a_sentence_of_the_head_is_the_office_printed_alone() -> None:
    tei = sample_tei("es-co-acta-presidida-por.txt")
    assert turn_ids(tei) == ["rodrigo-alzate-mejia", "secretaria", "rodrigo-alzate-mejia"]
    chair = tei.xpath("//t:person[@xml:id='rodrigo-alzate-mejia']", namespaces=NS)[0]
    assert chair.get("role") == "chair"


def test_a_chair_named_in_full_in_the_head_and_by_surname_in_brackets_is_one_person() -> None:
    # "Presidencia del señor diputado Aurelio Benítez" over "Sr. PRESIDENTE (Benítez).-"
    tei = sample_tei("es-ar-diario-month-first.txt")
    assert turn_ids(tei)[0] == "aurelio-benitez"
    forenames = tei.xpath("//t:person[@xml:id='aurelio-benitez']//t:forename/text()", namespaces=NS)
    assert forenames == ["Aurelio"]
    # another chair's surname, or a holder printed in full, keeps the label's name
    other = text_tei(
        "Presidencia del señor diputado Aurelio Benítez\n\n"
        "Sr. PRESIDENTE (Olmedo).- Se abre la sesión.\n\n"
        "Sr. SECRETARIO (Ocampo).- Se va a dar lectura.\n"
    )
    assert turn_ids(other) == ["olmedo", "ocampo"]


def test_a_court_s_roll_printed_office_over_holder_is_the_head_not_speakers() -> None:
    tei = sample_tei("ru-court-bench-office-over-holder.txt")
    assert turn_ids(tei) == []
    front = tei.xpath("//t:front//t:p/text()", namespaces=NS)
    assert "Секретарь:" in front and "Военный юрист 1-го ранга Жаров А. С." in front
    # one office over a line of speech, no roll beside it: a turn
    once = text_tei(
        "Председательствующий:\nВызывается свидетель Кузин Л. Д.\n\nКузин: Я здесь.\n\n"
        "Председательствующий: Что вам известно по делу?\n"
    )
    assert turn_ids(once) == ["predsedatelstvuyushchii", "kuzin", "predsedatelstvuyushchii"]


def test_a_hearing_s_witnesses_line_is_the_head_s_list() -> None:
    tei = sample_tei("en-us-hearing-witnesses-line.txt")
    assert turn_ids(tei) == ["senator-hadley", "mr-renner"]
    listed = tei.xpath("//t:front/t:div[@type='list']/t:p/text()", namespaces=NS)
    assert listed and listed[0].startswith("Witnesses: Mr. Paul Renner")
    assert not tei.xpath("//t:body//t:p[starts-with(., 'Witnesses')]", namespaces=NS)


def test_the_chair_s_office_over_its_holder_in_a_roll_names_the_chair_s_label() -> None:
    tei = sample_tei("ru-court-bench-then-speech.txt")
    assert turn_ids(tei) == ["gladkov-p-n", "podsudimyi-kochetov"]
    chair = tei.xpath("//t:person[@xml:id='gladkov-p-n']", namespaces=NS)[0]
    assert chair.get("role") == "chair"

"""Shapes earlier rounds left: a surname alone on its line printed once, a club under a member's
name, a witness's answer in CAPITALS with no stop, a Korean judge's role alone among answers, a
clip's clock, a Finnish chair stacked a word a line."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_surname_alone_above_its_speech_beside_inline_surnames() -> None:
    """ "Гордеев. Переходим …" / "Лапшин." / "Товарищи, за прошедший год …" / "Кудрявцев. Какие
    меры …?": the surname alone on its line, printed once and not announced, is a label as the
    surnames printed with their speech are; his speech is his turn."""
    tei = tabled_tei("ru-plenum-surname-alone-once.txt")
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert len(said) == 1 and said[0].startswith("Товарищи, за прошедший год")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Переходим ко второму вопросу порядка дня."]


def test_a_word_alone_between_a_speech_paragraphs_stays_the_speech() -> None:
    """ "Nowak. Towarzysze! …" / blank line / "Niestety." / blank line / "Towarzysze, plan …": a
    word set as a paragraph of its own inside a speech is no surname alone above it."""
    tei = text_tei(
        "PRZEWODNICZĄCY. Głos ma delegat Nowak.\n\nNowak. Towarzysze! Chcę powiedzieć kilka słów.\n\n"
        "Niestety.\n\nTowarzysze, plan został wykonany, ale nie wszędzie.\n\n"
        "Wiśniewski. Towarzysze, popieram przedmówcę.\n"
    )
    assert "Niestety." in texts(tei, "(//t:sp)[2]/t:p")
    assert not tei.xpath("//t:speaker[. = 'Niestety.']", namespaces=NS)


def test_a_club_under_a_member_name_is_the_member_affiliation() -> None:
    """ "Poseł Ewa Sadowska" / "(Klub Parlamentarny Lewica)" / "Panie przewodniczący! …": the
    club is her label's, no stage; the hall's "(Oklaski)" stays a stage in her turn."""
    tei = tabled_tei("pl-sejm-komisja-club-below-name.txt")
    assert not tei.xpath("//t:stage[contains(., 'Klub')]", namespaces=NS)
    assert texts(tei, "(//t:sp)[2]/t:stage") == ["(Oklaski)"]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Panie przewodniczący!")
    assert tei.xpath("//t:person[@xml:id='posel-ewa-sadowska']/@role", namespaces=NS) == [
        "Klub Parlamentarny Lewica"
    ]


def test_a_parenthesis_of_the_hall_under_a_name_stays_a_stage() -> None:
    """ "Poseł Ewa Sadowska" / "(Oklaski)" / "Dziękuję …": an event of the hall, no club."""
    tei = text_tei(
        "Marszałek:\nGłos ma pani poseł Ewa Sadowska.\n\nPoseł Ewa Sadowska\n(Oklaski)\n"
        "Panie Marszałku! Wysoka Izbo! Projekt jest potrzebny.\n\nMarszałek:\nDziękuję.\n"
    )
    assert texts(tei, "//t:stage") == ["(Oklaski)"]


def test_a_witness_answer_in_capitals_without_a_stop_is_speech() -> None:
    """ "SVJEDOK: NISAM GA VIDIO" and "SVJEDOK: BIO SAM KOD KUĆE S OBITELJI": the words after the
    office's colon hold common words of the language, the witness's answer, no heading and no
    name of a witness."""
    tei = tabled_tei("hr-sud-svjedok-answer-capitals-unstopped.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["NISAM GA VIDIO"]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["BIO SAM KOD KUĆE S OBITELJI"]
    assert not tei.xpath("//t:body//t:head[contains(., 'SVJEDOK')]", namespaces=NS)


def test_a_witness_named_in_capitals_after_the_colon_stays_a_heading() -> None:
    """ "SVJEDOK: IVAN HORVAT" over the examination: a name, no common word, no answer."""
    tei = text_tei(
        "ZAPISNIK S GLAVNE RASPRAVE\n\nSVJEDOK: IVAN HORVAT\n\n"
        "SUDAC: Jeste li vidjeli optuženika?\n\nSVJEDOK: Nisam ga vidio.\n"
    )
    assert not tei.xpath("//t:speaker[contains(., 'HORVAT')]", namespaces=NS)


def test_a_korean_judge_alone_among_answers_is_his_turn() -> None:
    """ "답 본 적이 없습니다." / "재판장" / "증인은 피고인과 어떤 관계입니까." / "답 …": the presiding
    judge's role alone on its line, printed once among the examination's turns, is a label; the
    last answer keeps only its words."""
    tei = tabled_tei("ko-court-presiding-judge-alone-after-answers.txt")
    assert texts(tei, "(//t:sp)[4]/t:p") == ["본 적이 없습니다."]
    assert texts(tei, "(//t:sp)[5]/t:p") == ["증인은 피고인과 어떤 관계입니까."]


def test_a_korean_district_education_head_is_an_office() -> None:
    """ "○교육장 윤가람 예." beside "○의장 …": the district's education head is an office, his
    one-word answer his speech."""
    tei = text_tei(
        "○의장 서정민 교육장님 답변해 주시기 바랍니다.\n\n○교육장 윤가람 예. 답변드리겠습니다.\n\n"
        "○의장 서정민 수고하셨습니다.\n"
    )
    assert texts(tei, "(//t:sp)[2]/t:p") == ["예. 답변드리겠습니다."]


def test_a_clip_clock_is_its_time() -> None:
    """ "[Video Clip]: (00:15)" beside "Mayor Delgado: (00:02)": the clock is the clip's time in
    its label, as the mayor's is, no stage inside its turn."""
    tei = tabled_tei("en-council-video-clip-clock.txt")
    assert not tei.xpath("//t:stage", namespaces=NS)
    assert texts(tei, "(//t:sp)[2]/t:speaker/t:time") == ["(00:15)"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Our city is growing, and this plan shows how we will grow together."
    ]


def test_a_finnish_chair_stacked_without_a_party() -> None:
    """ "Puhemies" / "Matti" / "Lehtola" / "Täysistunto jatkuu. …": the chair's office and name
    stacked a word a line are one label, as a member's name and party so stacked are."""
    tei = tabled_tei("fi-eduskunta-web-chair-stacked.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Täysistunto jatkuu. Seuraavana on suullinen kyselytunti."]

"""Records of meetings beyond parliaments and courts met in the twenty-second round's hunt:
press briefings, earnings calls, party conferences, interviews (samples in tests/data/labels/,
written in the shapes the real records print, names invented)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_briefings_question_word_answered_by_a_named_label_is_the_reporters_turn() -> None:
    tei = tabled_tei("ru-briefing-vopros-answered.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["Анна Викторовна, когда откроется новый мост через реку?"]


def test_the_question_word_alone_over_a_field_stays_no_label() -> None:
    tei = text_tei(
        "Заседание № 7\nВопрос:\nО проекте закона.\n\nИВАНОВ А. Б. Уважаемые коллеги, прошу поддержать.\n"
    )
    assert "Вопрос:" not in texts(tei, "//t:sp/t:speaker")


def test_a_vietnamese_spokespersons_office_before_her_name_opens_her_answer() -> None:
    tei = tabled_tei("vi-hop-bao-nguoi-phat-ngon.txt")
    assert texts(tei, "//t:sp[1]/t:p") == [
        "Đề nghị Người phát ngôn cho biết phản ứng của Việt Nam trước thông tin về việc tàu cá bị xua đuổi?"
    ]


def test_an_earnings_calls_names_alone_with_their_roles_after_dashes_are_labels() -> None:
    tei = tabled_tei("en-earnings-call-dashed-roles.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0] == (
        "Thank you, operator. With me today is our chief financial officer, Owen Trask."
    )
    assert texts(tei, "//t:stage") == ["[Operator instructions]"]
    # the call's section heading heads the questions, none of the speaker's words
    assert texts(tei, "//t:body//t:head") == ["Questions & Answers:"]


def test_a_single_dash_before_the_role_is_read_as_two_hyphens_are() -> None:
    tei = text_tei(
        "Operator\n\nGood day, and welcome to the call.\n\nLena Obst - CFO\n\nThank you. Revenue rose.\n\n"
        "Operator\n\n(Operator Instructions) Our first question comes from Marc Ruel.\n\n"
        "Marc Ruel - Halden Bank - Analyst\n\nHi. How large was the currency effect?\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "Operator",
        "Lena Obst - CFO",
        "Operator",
        "Marc Ruel - Halden Bank - Analyst",
    ]
    assert texts(tei, "//t:stage") == ["(Operator Instructions)"]


def test_a_dash_label_over_a_hard_wrapped_speech_keeps_its_speech() -> None:
    tei = text_tei(
        "GR Lindner – Ich möchte nur anmerken, dass die Kosten\nim Voranschlag gedeckt sind.\n"
        "Bürgermeisterin Hollerbach – Danke. Wer stimmt dem Antrag zu? Einstimmig.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["GR Lindner –", "Bürgermeisterin Hollerbach –"]


def test_the_question_and_answer_letters_before_names_give_the_names_turns() -> None:
    tei = tabled_tei("en-earnings-call-q-a-dashed-names.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Thanks. Can you talk about the order backlog going into the second half?"
    ]


def test_an_interviews_first_answer_before_any_question_letter_is_the_interviewees() -> None:
    tei = tabled_tei("fr-entretien-premiere-reponse.txt")
    assert texts(tei, "//t:body/t:div/t:p") == [
        "Bonjour Madame la Ministre. Vous rentrez de Séoul : le contrat des rames de métro est-il signé ?"
    ]


def test_the_chairs_heading_run_into_the_line_that_says_who_took_the_chair_is_no_turn() -> None:
    tei = tabled_tei("en-synod-chair-heading-run-in.txt")
    assert texts(tei, "//t:body//t:head") == ["THE CHAIR"]
    assert texts(tei, "//t:body//t:stage")[0] == "Mrs Harriet Colbourne (Exeter) took the Chair at 9.30 am."


def test_a_speech_to_text_services_speaker_codes_are_labels() -> None:
    tei = tabled_tei("en-diarised-spk-codes.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Thanks. Was the currency effect large?"]
    assert texts(
        text_tei("spk00: Good morning.\n\nspk05: Thanks for taking my question.\n"), "//t:sp/t:speaker"
    ) == [
        "spk00:",
        "spk05:",
    ]


def test_a_senators_department_in_brackets_after_the_surname_is_no_holder() -> None:
    tei = tabled_tei("en-academic-senate-department.txt")
    assert texts(tei, "//t:person[@xml:id='senator-okoro']/t:persName[@type='label']") != []
    mixed = text_tei("THE CHAIR: Order.\n\nSenator Okafor (Lagos): I have a question.\n\nTHE CHAIR: Go on.\n")
    assert [who.lstrip("#") for who in mixed.xpath("//t:sp/@who", namespaces=NS)][1] == "senator-okafor"


def test_a_briefings_hour_with_its_time_zone_in_capitals_is_one_stage() -> None:
    tei = tabled_tei("en-briefing-hour-time-zone.txt")
    assert texts(tei, "//t:body//t:stage") == ["12:48 P.M. EST"]
    assert "EST" not in texts(tei, "//t:body//t:head")


def test_an_unnamed_delegate_of_each_union_is_a_person_of_their_own() -> None:
    tei = tabled_tei("en-union-conference-delegate-bodies.txt")
    assert texts(tei, "//t:stage[@type='applause']") == ["(Applause)"]


def test_a_delegate_for_another_body_is_not_the_delegate_named_before() -> None:
    tei = text_tei(
        "THE CHAIR: Good morning, conference.\n\nDELEGATE (Unite, Northern region): Chair, I move composite 4.\n\n"
        "THE CHAIR: Thank you. Can I call the seconder.\n\nDELEGATE (GMB): Conference, I second.\n"
    )
    whos = [who.lstrip("#") for who in tei.xpath("//t:sp/@who", namespaces=NS)]
    assert whos[1] != whos[3]

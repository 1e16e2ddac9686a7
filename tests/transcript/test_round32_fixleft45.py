"""Furniture and layout leftovers of earlier rounds, mended in the thirty-second round: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_courts_heading_either_side_of_a_dash_is_no_turn_where_labels_end_with_a_dash() -> None:
    """ "TRIBUNALE DI BERGAMO - SEZIONE II PENALE" over "PRESIDENTE - Prego, …": words in
    CAPITALS either side of a spaced dash, printed once alone on the record's first line, are its
    title where the labels print their speech after their dash, no name and role; the first turn
    is the chair's."""
    root = tabled_tei("it-tribunale-heading-dash-roles.txt")
    assert texts(root, "//t:titlePart") == ["TRIBUNALE DI BERGAMO - SEZIONE II PENALE"]
    assert texts(root, "//t:sp[1]/t:p") == ["Prego, Pubblico Ministero, può iniziare."]


def test_a_name_and_role_in_capitals_alone_over_speech_is_still_a_label() -> None:
    """ "JANE MORROW - ANALYST" alone on its line over her question, as a call's copy prints
    each speaker, where no label prints its speech after its dash: the name and its role."""
    root = text_tei(
        "OPERATOR\nWelcome to the Halvard Industries results call.\n\n"
        "JANE MORROW - ANALYST\nThank you. Could you say more about the margins this quarter?\n\n"
        "PETER OKAFOR - CHIEF FINANCIAL OFFICER\nCertainly. Margins rose by two points.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[-2:] == [
        "JANE MORROW - ANALYST",
        "PETER OKAFOR - CHIEF FINANCIAL OFFICER",
    ]


def test_a_lower_case_page_and_count_between_a_pdfs_pages_is_furniture() -> None:
    """ "… die Zustimmung des" / "seite 7 von 12" / "ganzen Hauses. …": the page's word in lower
    case with its number and the pages' count is the footer, the sentence joined across it."""
    root = tabled_tei("de-landtag-pdf-seite-von-lower-case.txt")
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "seite" not in speech
    assert "die Zustimmung des ganzen Hauses." in " ".join(speech.split())


def test_a_number_alone_in_a_ragged_wrap_stays_in_the_sentence() -> None:
    """ "… It carried the vote of" / "12" / "members of this House …" in an OCR's narrow, ragged
    column, the record's only bare number: a figure of the speech the wrap set alone, kept."""
    root = tabled_tei("en-hansard-ocr-number-alone-in-wrap.txt")
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "the vote of 12 members of this House" in " ".join(speech.split())


def test_a_bare_number_between_a_pdfs_pages_of_one_paragraph_a_line_is_the_page() -> None:
    """ "… It carried the vote of" / "12" / "members …" where every other line ends its
    paragraph: the page broke the sentence, and its number is furniture."""
    root = text_tei(
        "THE SPEAKER: The honourable member for Northtown.\n"
        "MR. ASHBY: Mr. Speaker, the bill passed on a count that no one expected. It carried the vote of\n"
        "12\nmembers of this House who had never before voted with the government, and that matters.\n"
        "THE SPEAKER: Thank you.\n"
    )
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "the vote of members of this House" in " ".join(speech.split())


def test_the_absent_alone_after_a_roll_call_is_a_note() -> None:
    """ "Councilmember Ortiz: Here." / "Absent: Ibarra.": the minutes' note of who is absent,
    alone on its line, is the record's, no words of the member who answered last."""
    root = tabled_tei("en-council-minutes-absent-alone.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Here."]
    assert texts(root, "//t:stage") == ["Absent: Ibarra."]


def test_a_vote_tally_and_its_decision_are_notes() -> None:
    """ "Голосували:" / "\\"За\\" - 31" / "\\"Проти\\" - 2" / "\\"Утрималися\\" - 4" and "УХВАЛИЛИ:
    рішення прийняти в цілому.": the tally and the decision are the minutes' notes, no words of
    the chair who called the vote."""
    root = tabled_tei("uk-rada-vote-tally-ukhvalyly.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Переходимо до голосування за проект рішення в цілому."]
    stages = texts(root, "//t:stage")
    assert len(stages) == 2
    assert stages[1] == "УХВАЛИЛИ: рішення прийняти в цілому."


def test_a_decision_and_its_result_are_a_note() -> None:
    """ "決議：原案のとおり可決" after the chair's call for the vote: the minutes' note of the
    decision, no words of the chair."""
    root = tabled_tei("ja-gikai-ketsugi-result.txt")
    assert texts(root, "//t:stage") == ["決議：原案のとおり可決"]
    assert len(texts(root, "//t:sp[1]/t:p")) == 1


def test_a_decision_word_in_a_speech_stays_the_speech() -> None:
    """ "Вирішили: треба діяти." inside a member's speech, in Mixed case with the reason after:
    the speech's sentence, still his words (only the minutes' decision in CAPITALS is a note)."""
    root = text_tei(
        "ГОЛОВУЮЧИЙ. Слово має депутат Мельник.\n\n"
        "МЕЛЬНИК О.П. Шановні колеги! Ми довго радилися в комісії.\n\n"
        "Вирішили: треба діяти, бо люди чекають.\n\nГОЛОВУЮЧИЙ. Дякую.\n"
    )
    assert texts(root, "//t:stage") == []


def test_samoan_forms_of_address_open_labels_printed_once() -> None:
    """ "Afioga Leota Faleolo: Faafetai …" and "Susuga Minisita o Galuega: Faafetai. …" inside a
    hard-wrapped Fono record, each printed once: the Samoan forms of address for a titled chief and
    a minister make each a label; each speech keeps its wrapped line."""
    root = tabled_tei("sm-fono-wrapped-afioga-susuga.txt")
    assert " ".join(texts(root, "//t:sp[4]/t:p")[0].split()) == (
        "Faafetai. Ua amata galuega i le masina nei i nuu e lua."
    )


def test_a_wires_footer_between_turns_is_furniture() -> None:
    """ "1-888-CALLWIRE www.callwire-transcripts.com" alone between two turns of a call: the
    wire's footer, its toll-free number and its address, no words of the speaker above."""
    root = tabled_tei("en-earnings-call-wire-footer.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Thanks, Jenna. Revenue rose eight percent in the quarter, and margins held."
    ]
    assert "CALLWIRE" not in " ".join(texts(root, "//t:body//t:p"))

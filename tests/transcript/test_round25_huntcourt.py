"""Trials and court hearings outside English (samples in tests/data/labels/, in the layouts the
real records print, the names invented): a Chinese court's roles in square brackets with the
full-width colon after them, a Brazilian judge's abbreviated form of address, a German
examination's questions under a heading that names only the witness, a German record's
abbreviated witness, Dutch and Czech examinations' letters and words, a tribunal's
interpretation note in Bosnian/Croatian/Serbian, one Japanese examiner named alone above the
questions, a French office after its elided article before a dash, a Japanese trial report's
roles before corner brackets."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts


def test_a_colon_after_a_role_in_square_brackets_is_the_label_s() -> None:
    tei = tabled_tei("zh-court-squared-roles-colon.txt")
    assert texts(tei, "//t:sp[last()]/t:p") == ["准许。"]
    assert all(not p.startswith("：") for p in texts(tei, "//t:sp/t:p"))


def test_a_judge_s_abbreviated_form_of_address_stays_in_the_label() -> None:
    tei = tabled_tei("pt-br-audiencia-mm-juiz.txt")
    assert texts(tei, "//t:titlePart") == []  # no title "MM." cut from the first label
    assert texts(tei, "//t:sp[1]/t:p") == ["Qual o seu nome completo?"]


def test_questions_under_a_heading_naming_the_witness_are_the_examiner_s() -> None:
    tei = tabled_tei("de-vernehmung-zeuge-f-a.txt")
    assert not tei.xpath("//t:person[@xml:id='f']", namespaces=NS)
    assert texts(tei, "//t:person[@xml:id='der-fragesteller']/t:persName[@type='label']") == ["F."]
    assert name_parts_of(tei, "der-fragesteller") == []  # a word for whoever asks, no surname


def test_an_abbreviated_witness_opens_each_answer() -> None:
    tei = tabled_tei("de-court-protocol-zeuge-abbreviated.txt")
    assert texts(tei, "//t:sp[@who='#zg']/t:p") == [
        "Bernd Hollstein, 54 Jahre, Elektriker.",
        "Vom Sehen, aus der Nachbarschaft.",
    ]


def test_dutch_lettered_questions_are_the_unnamed_examiner_s() -> None:
    tei = tabled_tei("nl-verhoor-getuige-v-a.txt")
    assert not tei.xpath("//t:person[@xml:id='v']", namespaces=NS)


def test_czech_questions_printed_in_full_are_the_unnamed_examiner_s() -> None:
    tei = tabled_tei("cs-vyslech-otazka-odpoved.txt")
    assert texts(tei, "//t:person[@xml:id='tazatel']/t:persName[@type='label']") == ["Otázka"]


def test_the_tribunal_s_interpretation_note_is_a_stage_of_the_hall() -> None:
    tei = tabled_tei("hr-icty-interpretacija.txt")
    assert texts(tei, "//t:sp[1]/t:p/t:stage") == ["[interpretacija]"]
    assert not tei.xpath("//t:supplied", namespaces=NS)


def test_one_examiner_alone_over_the_questions_asks_them() -> None:
    tei = tabled_tei("ja-court-examiner-once-over-questions.txt")
    assert texts(tei, "//t:body//t:head") == ["検察官（森下）"]  # who asks, as "BY MR. X:" says
    assert texts(tei, "(//t:sp)[2]/t:p") == ["あなたは被告人を知っていますか。"]
    assert not tei.xpath("//t:person[@xml:id='問']", namespaces=NS)


def test_an_office_after_its_elided_article_opens_a_dashed_label() -> None:
    tei = tabled_tei("fr-be-assises-dash-elided-office.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Avait-elle des ennemis, à votre connaissance ?"]


def test_a_role_before_the_corner_brackets_quoting_its_words_is_a_label() -> None:
    tei = tabled_tei("ja-court-report-quoted-roles.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["「はい。」"]
    # narration quoting a role's words goes on after the bracket: no label
    told = text_tei("裁判長「静粛に」と述べた。\n被告人「はい。」と答えた。\n")
    assert not told.xpath("//t:sp", namespaces=NS)

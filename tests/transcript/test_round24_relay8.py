"""The samples laid out again as users' copies lay them out, an eighth pass: the shapes those
copies showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_name_announced_at_a_full_lines_end_opens_the_next_line() -> None:
    """A record hard-wrapped with no blank line: the chair's line ends near the margin giving the
    floor ("… Riječ ima Vesna Marić.") and the name opens the line below with its dash; the
    member's turn, where the speech had run on in the chair's."""
    root = tabled_tei("hr-sabor-announced-name-wrapped.txt")
    assert turn_ids(root) == ["predsjednik", "vesna-maric", "predsjednik", "goran-babic"]
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("Riječ ima Vesna Marić.")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Hvala lijepa")


def test_a_field_name_over_its_chinese_holder_on_the_next_line_is_the_head() -> None:
    """A hearing's head with each field's name and colon on its own line over the holder's name
    ("首席仲裁员：" / "吴志强"): the head's fields, no turns, where each had opened one; the
    office alone over a sentence below them keeps its turn."""
    root = tabled_tei("zh-arbitration-field-name-own-line.txt")
    assert "吴志强" in texts(root, "//t:front//t:p")
    assert texts(root, "//t:sp[1]/t:p") == ["现在开庭。请申请人代理人陈述仲裁请求。"]
    assert texts(root, "//t:sp[3]/t:p") == ["我方已经支付了大部分工资，不同意对方的请求。"]


def test_a_surname_run_in_under_the_chairs_question_opens_a_speech() -> None:
    """A surname printed once and run in before a speech that addresses the hall with its
    exclamation, under the chair's question ("Кой желае думата?" / "Стоянов. Другари! …"): the
    member's turn, as the surname alone on its line is, where it had stayed the chair's."""
    root = tabled_tei("bg-plenum-surname-run-in-called.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Другари! Нашата кооперация")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("Другари! Искам")


def test_a_name_in_round_brackets_alone_over_its_speech_is_a_label() -> None:
    """A meeting's log with each forename in round brackets alone on its line over the speech
    ("(Imogen)" / "Welcome, everyone. …"): labels taking turns, where the record had none; the
    note in the same brackets with a blank line under it stays a stage."""
    root = tabled_tei("en-tenants-bracketed-names-alone.txt")
    assert texts(root, "//t:stage") == ["(Intermission)"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Welcome, everyone. The first item is the heating repairs in block C."
    ]


def test_a_name_in_round_brackets_alone_over_another_note_stays_a_note() -> None:
    """A parenthesis alone on its line over another note ("(Referat)" / "(1. (474) …)") is the
    record's note, no speaker, as a blank line under it makes it."""
    root = text_tei("Presidenten: Sak nr. 9.\n(Referat)\n(1. (474) Statsministerens kontor melder)\n")
    assert turn_ids(root) == ["presidenten"]
    assert "(Referat)" in texts(root, "//t:stage")


def test_a_surname_alone_on_the_first_line_over_a_hail_with_commas_is_a_label() -> None:
    """An excerpt whose only label is the surname alone on its first line, the speech hailing
    the chair between commas ("Kowalczyk." / "Panie Marszałku, Wysoka Izbo, …"): the
    member's turn, where the excerpt had none."""
    root = tabled_tei("pl-sejm-surname-alone-first-line-comma.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Panie Marszałku, Wysoka Izbo")


def test_an_office_with_its_article_alone_printed_once_is_a_label() -> None:
    """The chair's office with its article, alone on its line with its stop and printed once
    ("De voorzitter." / "Mijne heren, …"): a turn, where it had been a sentence of one line."""
    root = tabled_tei("nl-handelingen-office-article-alone-once.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Mijne heren")


def test_a_stopped_name_under_a_line_with_room_for_it_opens_a_wrapped_paragraph() -> None:
    """A record hard-wrapped with no blank line: a surname with its stop opens a line under a
    heading with no stop, under a line ending inside the hall's note ("… (Аплодисменты.)"), with
    its initial glued ("А.Белоусова."), each line leaving room for the name's first word; a
    paragraph and a turn each, where the record had one paragraph."""
    root = tabled_tei("ru-konferentsiya-wrapped-heading-initials.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("(Аплодисменты.)")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Товарищи! Я хочу сказать сегодня")


def test_a_chairs_label_with_capitals_and_lower_case_words_opens_a_wrapped_paragraph() -> None:
    """ "The PRESIDENT pro tempore." under a line ending a sentence with room for its first word:
    the chair's turn, where its answer had gone on in the senator's."""
    root = tabled_tei("en-record-wrapped-president-pro-tempore.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["The petition will be so referred."]


def test_a_surname_with_its_initial_glued_alone_on_its_line_is_a_label() -> None:
    """A member printed once as her initial glued to her surname, alone with its stop over the
    speech ("О.Ковальчук." / "Ремонт доріг …"): her turn, where it had stayed the chair's."""
    root = tabled_tei("uk-rada-glued-initial-alone.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Ремонт доріг")


def test_labels_glued_to_their_full_width_colon_open_lines_of_a_typed_record() -> None:
    """A typed record indenting every line alike, one turn a line, each speech glued to its
    label's full-width colon ("申请人：我要求…"): a turn each under the title's lines, where
    the record had been one paragraph."""
    root = tabled_tei("zh-tiaojie-typed-indented-lines.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["我要求对方归还借款两万元。"]

"""Samples laid out again as users get them, sixth pass: shapes a copy's layout made of a
sample's lines, each written as an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_office_alone_set_off_by_a_plain_space_opens_a_turn() -> None:
    """ "裁判長 それでは開廷します。": the ideographic space a copy made plain still ends the
    office's label."""
    root = tabled_tei("ja-court-kouhan-plain-space.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["はい。"]


def test_an_office_before_a_name_with_no_kana_after_it_is_no_label() -> None:
    """ "委員長 石田 博英君" in the list of who attends: an office and its holder, no speech."""
    root = text_tei(
        "第5回委員会議録\n出席委員\n委員長 石田 博英君\n理事 木下 信之君\n石田委員長 これより会議を開きます。\n木下委員 議事進行について。\n"
    )
    assert texts(root, "//t:speaker") == ["石田委員長", "木下委員"]


def test_a_running_head_run_on_with_its_page_word_is_no_label() -> None:
    """ "H. CÁMARA DE SENADORES Pág. 13 SESIÓN …" on one line: the word for page and its number
    are the head's, no label ending on "Pág." that opens a turn."""
    root = tabled_tei("es-py-senado-page-head-run-on.txt")
    assert texts(root, "//t:body//t:head") == [
        "H. CÁMARA DE SENADORES Pág. 13 SESIÓN EXTRAORDINARIA 3 de mayo de 2022"
    ]
    assert texts(root, "(//t:sp)[4]/t:p") == ["Gracias, Presidenta. Acompaño las modificaciones."]


def test_a_stop_label_under_a_line_with_room_for_it_opens_a_paragraph() -> None:
    """ "Воронцов. Слово предоставляется товарищу Гаврилову." / "Гаврилов. Товарищи! …" hard-wrapped
    with no blank line: the wrap would have run "Гаврилов." onto the chair's line, so his turn
    opens below it."""
    root = tabled_tei("ru-plenum-wrapped-stop-labels-no-blank.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Слово предоставляется товарищу Гаврилову."]


def test_a_surname_alone_over_a_speech_addressing_the_hall_is_a_label() -> None:
    """ "Wrzosek." alone on its line, "Towarzysze! …" below: the speaker's label, not a sentence."""
    root = tabled_tei("pl-zjazd-nazwisko-osobno-towarzysze.txt")
    assert texts(root, "//t:sp/t:p")[0].startswith("Towarzysze! Plan skupu zboża")


def test_a_word_of_thanks_alone_over_a_saluting_speech_is_no_label() -> None:
    """ "Dziękuję." alone over "Towarzysze! …": thanks, no surname, so no label."""
    root = text_tei(
        "Przemówienie, 14 marca\n\nDziękuję.\n\nTowarzysze! Plan skupu zboża został wykonany przed"
        " terminem, a spółdzielnie przygotowały magazyny.\n"
    )
    assert texts(root, "//t:speaker") == []


def test_a_chairs_holder_run_onto_the_speech_line_is_the_labels() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Сорокин А.В. Уважаемые депутаты, …": the holder's initials are no
    words of a speech; the chair is Sorokin and the speech opens after his initials."""
    root = tabled_tei("ru-oblduma-chair-holder-run-on.txt")
    assert texts(root, "(//t:sp)[1]/t:p")[0].startswith("Уважаемые депутаты, прошу занять места.")


def test_a_wrapped_line_of_a_label_and_its_role_is_no_office_alone() -> None:
    """ "SR. PRESIDENTE (MEDRANO) Tiene la palabra el señor" / "diputado por Río Negro.": the label
    ends at its bracket, the rest of the line and the next are the chair's speech."""
    root = tabled_tei("es-ar-diputados-label-role-line-wrapped.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Tiene la palabra el señor diputado por Río Negro."]


def test_a_title_in_lower_case_opening_a_wrapped_line_is_no_label() -> None:
    """ "Continúa la consideración en" / "general. Tiene la palabra …": the chair's sentence goes
    on; "general." names no one."""
    root = tabled_tei("es-ar-diputados-wrapped-general-stop.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "Continúa la consideración en general. Tiene la palabra el señor diputado por Mendoza."
    ]


def test_a_wrapped_line_of_a_label_its_role_and_dash_is_no_office_alone() -> None:
    """The same with the label's stop and dash after the bracket, no blank line between turns
    ("SR. PRESIDENTE (MEDRANO).- Tiene la palabra la señora" / "diputada por Jujuy.")."""
    root = text_tei(
        "SR. PRESIDENTE (MEDRANO).- Continúa la consideración en\n"
        "general. Tiene la palabra el señor diputado por Mendoza.\n"
        "SR. ALVEAR (MENDOZA).- Señor presidente: nuestro bloque\n"
        "acompaña el proyecto en general y propondrá cambios en\n"
        "particular.\n"
        "SR. PRESIDENTE (MEDRANO).- Tiene la palabra la señora\n"
        "diputada por Jujuy.\n"
        "SRA. TOLABA (JUJUY).- Señor presidente: apoyamos el\n"
        "dictamen de mayoría.\n"
    )
    assert texts(root, "//t:speaker") == [
        "SR. PRESIDENTE (MEDRANO).-",
        "SR. ALVEAR (MENDOZA).-",
        "SR. PRESIDENTE (MEDRANO).-",
        "SRA. TOLABA (JUJUY).-",
    ]

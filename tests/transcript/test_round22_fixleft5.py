"""Label shapes earlier rounds left, each seen in real records and written again as an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_mixed_case_name_with_its_province_glued_to_a_stop_opens_a_turn() -> None:
    """ "… товарищ Родионов.Родионов (Тверская губ.). Товарищи, …", a flattened congress: the
    delegate's turn opens at the name, the chair's sentence that gave the floor stays his."""
    root = tabled_tei("ru-sezd-glued-mixed-label.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Председательствующий.",
        "Родионов (Тверская губ.).",
        "Председательствующий.",
        "Белякова (Ярославская губ.).",
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Слово имеет товарищ Белякова."]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Товарищи, прежде всего")


def test_a_minister_s_office_in_mixed_case_alone_is_the_minister_s_label() -> None:
    """ "Le Ministre de la Santé" alone above the answer, which says "centre de santé": the
    portfolio's word in lower case in the speech is no sign of a heading."""
    root = tabled_tei("fr-bf-assemblee-ministre-mixed-alone.txt")
    assert texts(root, "//t:sp[4]/t:speaker") == ["Le Ministre de la Santé"]
    assert texts(root, "//t:sp[3]/t:p") == [
        "La parole est à Monsieur le Ministre de la Santé pour la réponse."
    ]


def test_a_korean_acting_chair_s_mark_keeps_the_member_s_title() -> None:
    """ "○임시의장 김철수 의원 성원이 되었으므로 …": the office, the name and the title "의원"
    are the label; the speech opens after them."""
    root = tabled_tei("ko-council-acting-chair-member-title.txt")
    assert texts(root, "//t:sp[1]/t:speaker") == ["○임시의장 김철수 의원"]
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("성원이 되었으므로")
    assert texts(root, "//t:sp[3]/t:p") == ["수고하셨습니다. 그러면 투표를 시작하겠습니다."]


def test_the_ethiopic_wordspace_after_a_label_of_two_words_is_its_colon() -> None:
    """ "ክቡር አፈ ጉባኤ፡ የተከበራችሁ …": the wordspace and a space after a label are its colon; a
    text that parts every word with it ("በዚህ፡ ዓመት፡ …") has no labels."""
    root = tabled_tei("am-hopr-wordspace-colon.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("እናመሰግናለን ክቡር አፈ ጉባኤ።")
    spaced = text_tei(
        "የሕዝብ ተወካዮች ምክር ቤት\n\nበዚህ፡ ዓመት፡ የክልሉ፡ መንግሥት፡ አዲስ፡ መንገድ፡ ሠርቷል።\n\nየከተማው፡ ነዋሪዎች፡ ውሃ፡ ይፈልጋሉ።\n"
    )
    assert texts(spaced, "//t:sp") == []


def test_a_mexican_label_alone_after_its_dash_with_the_hour_is_a_label() -> None:
    """ "- El presidente diputado X (12:05 horas)" alone above the speech: the dash and the note
    are printed with the label, the chair is the same person as without the note."""
    root = tabled_tei("es-mx-diario-dash-clock-alone.txt")
    assert turn_ids(root)[0] == turn_ids(root)[2]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Se abre la sesión. Proceda la Secretaría a dar lectura al orden del día."
    ]


def test_a_bracketed_clock_with_stops_before_a_label_is_its_time() -> None:
    """ "[12.05.40] MR HOLLAND: …" opens his turn, the clock its time; "[12.06.31]" alone is a
    stage between the turns, no speech of the member's."""
    root = tabled_tei("en-au-assembly-bracketed-stopped-clock.txt")
    assert turn_ids(root) == ["the-speaker", "mr-holland", "the-hon-l-farrugia", "the-speaker"]
    assert texts(root, "//t:sp[2]/t:speaker/t:time") == ["[12.05.40]"]
    assert texts(root, "//t:div/t:stage/t:time") == ["[12.06.31]"]
    assert "Unrevised" not in texts(root, "//t:text")[0]


def test_a_hyphen_glued_to_a_mexican_label_is_its_dash() -> None:
    """ "-La presidenta diputada X (a las 11:15 horas): …": the hyphen glued to the article is
    the record's dash before the label; "-Sí, claro: …" stays a line of dialogue."""
    root = tabled_tei("es-mx-diario-hyphen-glued.txt")
    assert turn_ids(root)[0] == turn_ids(root)[2]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Por instrucciones de la Presidencia")
    dialogue = text_tei("Capítulo uno\n\n-Sí, claro: mañana vendrá Pedro.\n\n-No lo creo: nunca viene.\n")
    assert texts(dialogue, "//t:sp") == []


def test_two_fields_of_the_head_on_one_line_are_parted() -> None:
    """ "Vorsitzende: Dr. Anna Beispiel, Schriftführer: Max Muster": the chair's field and the
    roll's, each its own as on lines of their own; no turn."""
    root = tabled_tei("de-ausschuss-two-fields-one-line.txt")
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p") == ["Vorsitzende: Dr. Anna Beispiel,"]
    assert texts(root, "//t:front/t:div[@type='list']/t:p") == ["Schriftführer: Max Muster"]


def test_a_mexican_label_with_its_hour_and_no_colon_opens_the_speech_on_its_line() -> None:
    """ "- La presidenta diputada X (11:12 horas) Se abre la sesión.": the chair's turn opens
    there, the hour printed with her label; a sentence with an hour in brackets is none."""
    root = tabled_tei("es-mx-diario-clock-no-colon.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Se abre la sesión.")
    plain = text_tei("Acta\n\nLa reunión se celebró en el salón (12:05 horas) Después se votó el acta.\n")
    assert texts(plain, "//t:sp") == []

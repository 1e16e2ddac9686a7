"""A body's name in quotation marks inside an office's label (`Klubo „Žalgiris" atstovas:`), a
German office of two words wrapped at its space (`Stellvertretender` / `Vorsitzender (…):`),
an office's plural opening a sentence inside a turn (`Constituyentes: el pueblo …`), a Russian
office with its portfolio in lower case before the surname and initials (`Министр финансов
Тахиев М.Б. Спасибо.`), a police detective in CAPITALS (`DET. RAMIREZ:`) and a council's title
line (`Full Council — Minutes of …`), each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml) and with a line of the same shape that keeps its reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher


def test_a_body_s_name_in_quotation_marks_inside_an_office_s_label() -> None:
    """The representative of a club before or after its quoted name is a label in Lithuanian,
    Russian, Polish and German; a quotation inside the speech stays its words."""
    root = tabled_tei("lt-seimas-komitetas-klubo-atstovas-kabutes.txt")
    assert any('Jis pasakė „Ne": tai dar nėra sprendimas.' in text for text in texts(root, "//t:body//t:p"))
    root = tabled_tei("ru-komitet-predstavitel-kluba-kavychki.txt")
    assert "Вопрос к гостю. Он сказал «Нет»: так и будет записано?" in texts(root, "//t:body//t:p")
    tabled_tei("pl-komisja-przedstawiciel-klubu-cudzyslow.txt")


def test_a_quotation_before_a_colon_is_no_label() -> None:
    matcher = LabelMatcher(default_config())
    quoted = matcher.candidate("Представитель клуба «Спартак»: Спасибо.")
    assert quoted is not None and quoted.name == "Представитель клуба «Спартак»"
    for line in ("Он сказал «Нет»: так и запишем.", "Anna sagte „Nein“: das war alles."):
        cand = matcher.candidate(line)
        assert cand is None or ("«" not in cand.name and "„" not in cand.name)


def test_a_german_office_of_two_words_wrapped_at_its_space_is_one_label() -> None:
    """ "Stellvertretender" / "Vorsitzender (Dr. X):", "Parlamentarischer" / "Staatssekretär
    X:" and "Stellvertretende" / "Vorsitzende Y:" are one label each, no heading over it."""
    root = tabled_tei("de-bundestag-ausschuss-amt-umbrochen-zwei-woerter.txt")
    assert not root.xpath("//t:body//t:head", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_heading_over_a_full_label_stays_a_heading() -> None:
    """A word that is no qualifier of the office below stays its own line."""
    root = text_tei(
        "Tagesordnung\nVorsitzender Dr. Max Beispiel: Ich eröffne die Sitzung.\n"
        "Anna Muster (SPD): Danke.\nVorsitzender Dr. Max Beispiel: Bitte.\n"
    )
    assert turn_ids(root)[0] == turn_ids(root)[2] != "tagesordnung-vorsitzender-dr-max-beispiel"


def test_an_office_s_plural_opening_a_sentence_inside_a_turn_is_a_vocative() -> None:
    root = tabled_tei("es-convencion-plural-vocativo.txt")
    assert "Constituyentes: el pueblo nos mira y espera de nosotros un texto a la altura." in texts(
        root, "//t:body//t:p"
    )
    assert "Senadores: ustedes también tendrán que decidir." in texts(root, "//t:body//t:p")


def test_a_group_s_voice_in_the_plural_stays_a_label() -> None:
    """ "Diputados: ¡Muy bien!": the benches' voice the record prints so, no vocative."""
    root = tabled_tei("es-camara-voces-grupo-plural.txt")
    assert "diputados" in turn_ids(root)


def test_an_office_s_portfolio_in_lower_case_before_surname_and_initials() -> None:
    """The label ends at the initials' stop, the one-word speech and the salutation after it
    the speech's; with the initials before the surname the surname is the label's."""
    root = tabled_tei("ru-duma-ministr-portfel-familiya-initsialy.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert "Спасибо." in paragraphs
    assert "Уважаемые депутаты! Бюджет исполнен без дефицита." in paragraphs
    matcher = LabelMatcher(default_config())
    cand = matcher.candidate("Председатель Совета Министров А. Н. Косыгин. Товарищи!")
    assert cand is not None and cand.name.endswith("Косыгин")
    cand = matcher.candidate("Министръ Финансовъ В. Н. Коковцовъ. Господа!")
    assert cand is not None and cand.name.endswith("Коковцовъ")


def test_a_detective_in_capitals_is_one_label() -> None:
    tabled_tei("en-police-interview-det-capitals.txt")


def test_danish_det_in_mixed_case_still_ends_a_sentence() -> None:
    """ "… vi gør det. Formanden: Tak …": the Danish pronoun ends the sentence, the chair's
    label after it opens a turn of its own."""
    root = text_tei(
        "Folketingets forhandlinger\n\nFormanden: Mødet er åbnet. Ministeren har ordet.\n"
        "Ministeren: Ja, vi gør det. Formanden: Tak til ministeren.\nJens Hansen (S): Tak.\n"
    )
    assert turn_ids(root) == ["formanden", "ministeren", "formanden", "jens-hansen"]
    assert "Ja, vi gør det." in texts(root, "//t:body//t:p")


def test_a_body_s_name_before_its_minutes_after_a_dash_is_a_title() -> None:
    root = tabled_tei("en-council-title-dash-minutes.txt")
    assert "full-council" not in turn_ids(root)


def test_a_council_s_office_before_a_dash_and_speech_stays_a_label() -> None:
    """A councillor's turn after the dash is no title: the words after it are no record's."""
    matcher = LabelMatcher(default_config())
    assert matcher.candidate("Councillor Smith — Thank you, Mayor.") is not None
    assert matcher.candidate("Full Council — Verbatim report of proceedings") is None

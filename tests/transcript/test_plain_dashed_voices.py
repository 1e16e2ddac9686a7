"""Old records that print every speaker by a plain name before a spaced dash, beside the chair's
office so printed; the chairs' old titles (Reis, Rəis); voices named by where they came from;
a seat in the label's brackets; the letters of Turkic and African alphabets in ids."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, text_tei, turn_ids
from stenogram.transcript.persons import slug

DASHED = [
    "az-1919-rais-plain-dash.txt",
    "pl-sejm-plain-dash-voices.txt",
    "ru-duma-plain-dash-seats.txt",
    "tr-meclis-reis-dash.txt",
]
CHAIRS = {
    "az-1919-rais-plain-dash.txt": ["rais"],
    "pl-sejm-plain-dash-voices.txt": ["marszalek"],
    "ru-duma-plain-dash-seats.txt": ["predsedatel"],
    "tr-meclis-reis-dash.txt": ["reis", "reis-vekili"],
}
GROUPS = {
    "az-1919-rais-plain-dash.txt": ["soldan"],
    "pl-sejm-plain-dash-voices.txt": ["glosy-na-lewicy"],
    "ru-duma-plain-dash-seats.txt": ["golosa-sleva"],
    "tr-meclis-reis-dash.txt": ["soldan-sesler"],
}


@pytest.mark.parametrize("sample", DASHED)
def test_the_chair_and_the_voices_of_a_record_of_plain_names_before_a_dash(sample: str) -> None:
    tei = sample_tei(sample)
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == CHAIRS[sample]
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == GROUPS[sample]
    assert not tei.xpath("//t:person/@role[not(. = 'chair')]", namespaces=NS)  # no seat is a role


def test_a_sentence_whose_first_word_stands_before_a_dash_is_speech() -> None:
    tei = sample_tei("az-1919-rais-plain-dash.txt")
    paragraphs = tei.xpath("//t:sp[@who='#qambarli']/t:p/text()", namespaces=NS)
    assert paragraphs[1].startswith("Hökumət - bu, xalqın iradəsidir")


def test_a_plain_name_before_a_dash_is_no_label_where_no_label_is_so_printed() -> None:
    tei = text_tei("Präsident: Ich eröffne die Sitzung.\n\nWeber: Danke.\n\nBerlin - Das ist die Stadt.\n")
    assert turn_ids(tei) == ["prasident", "weber"]


def test_a_chairs_word_that_opens_another_word_is_no_chair() -> None:
    tei = text_tei("Vorsitzender: Herr Reisinger hat das Wort.\n\nReisinger: Danke. Ich beginne.\n")
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["vorsitzender"]


def test_a_dash_between_events_in_brackets_names_no_voice() -> None:
    tei = text_tei(
        "Präsidentin: Bitte.\n\nAbg. Huber (CDU): Nein.\n\n(Zurufe von der AfD – Glocke der Präsidentin)\n"
    )
    assert not tei.xpath("//t:said", namespaces=NS)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Əhməd Cövdət", "ahmad-covdat"),
        ("Ǝli Məmmədov", "ali-mammadov"),
        ("Kofi Ŋkrumah", "kofi-ngkrumah"),
        ("Ɛfua Ɔwusu", "efua-owusu"),
        ("Ɓello Ɗanjuma Ƙano", "bello-danjuma-kano"),
        ("Oʻktam Gʻaniyev", "oktam-ganiyev"),
        ("To‘lqinov", "tolqinov"),
        ("Рәис", "rais"),
        ("O'Brien", "o-brien"),
    ],
)
def test_letters_of_turkic_and_african_alphabets_in_ids(name: str, ident: str) -> None:
    assert slug(name) == ident

"""Short excerpts of trials, hearings, councils and congresses (2–5 turns, most labels printed
once) in label styles of their own (samples in tests/data/labels/, the names invented): a voice
the record cannot name, the hall's voices and a court's presiding judge in the Nordic languages,
Czech and Dutch; a label noted as interrupting under the sentence it cut off; a title with a dash
over the head's lines, no label; a column of labels typed with spaces; a web copy's search word
and a Markdown heading's marks over the title; a council member's list or party in brackets; a
page's number in the title's right margin; a witness's words through an interpreter."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_norwegian_court_s_presiding_judge_printed_once_at_the_end_is_its_chair() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("no-lagmannsrett-rettens-leder.txt")
    assert tei.xpath("string(//t:person[@xml:id='rettens-leder']/@role)", namespaces=NS) == "chair"


# (sample, a probe of its TEI, the value it ends with; a text of the same shape in a second
# language, a probe of its TEI, the value it ends with): the labels and persons of each sample are
# those turns.toml and ids.toml give
SECOND_LANGUAGE = [
    pytest.param(  # a voice the record cannot name: its words no part of the answer above
        "cs-soud-neidentifikovany-mluvci.txt",
        "count(//t:person[@xml:id='neidentifikovany-mluvci'])",
        "1.0",
        "Voorzitter: Ik geef het woord aan mevrouw Hazelaar.\n"
        "Mevrouw Hazelaar: Dank u. Wij steunen het voorstel niet.\n"
        "Onbekende spreker: Wat zei ze?\n"
        "Voorzitter: Orde, graag.\n",
        "string((//t:sp/t:speaker)[3])",
        "Onbekende spreker:",
        id="unnamed-voice",
    ),
    pytest.param(  # the hall's several voices: a group of the audience
        "sv-kongress-flera-roster.txt",
        "string(//t:personGrp[@xml:id='flera-roster']/@role)",
        "audience",
        "Retsformanden: Anklageren har ordet.\n"
        "Anklageren: Tak. Hvor var De den aften?\n"
        "Vidnet: Jeg var hjemme.\n"
        "Flere stemmer: Højere!\n"
        "Retsformanden: Vil De tale lidt højere?\n",
        "string((//t:sp/t:speaker)[4])",
        "Flere stemmer:",
        id="several-voices",
    ),
    pytest.param(  # a label noted as interrupting opens its turn under the sentence it cut off
        "en-hearing-interrupting-cut-sentence.txt",
        "string((//t:sp/t:p)[2])",
        "who at the time was",
        "Untersuchungsausschuss Klinikverbund – Wortprotokoll\n\n"
        "Vorsitzender Albrecht: Herr Sanders, wann haben Sie von den Mehrkosten beim Neubau des "
        "Bettenhauses\nerfahren? Bitte schildern Sie das.\n"
        "Zeuge Sanders: Das war im Herbst, als die zweite Rechnung des Generalunternehmers kam, die "
        "dann von\nder Geschäftsführung, also von Frau\n"
        "Abg. Ruppert (unterbrechend): Von welcher Geschäftsführerin?\n"
        "Zeuge Sanders: Von Frau Dr. Wiesinger.\n",
        "string((//t:sp/t:speaker)[3])",
        "Abg. Ruppert (unterbrechend):",
        id="interrupting",
    ),
    pytest.param(  # a label column typed with spaces: each row's speech goes on in the lines
        # indented to its column, before a capital too
        "nl-commissie-kolom-namen.txt",
        "string((//t:sp/t:p)[1])",
        "Sport en Cultuur. Het woord is aan mevrouw Tjoelker.",
        "Vorsitzende     Herr Zeuge, wo waren Sie am Abend des 3. Mai?\n"
        "Zeuge Hollweg   Ich war zu Hause, bei meiner Frau. Gegen neun Uhr kam der Nachbar\n"
        "                Herr Adam vorbei.\n"
        "Verteidiger     Keine weiteren Fragen.\n",
        "string((//t:sp/t:p)[2])",
        "kam der Nachbar Herr Adam vorbei.",
        id="label-column",
    ),
]


@pytest.mark.parametrize(("sample", "probe", "value", "text", "second", "second_value"), SECOND_LANGUAGE)
def test_a_style_printed_once_reads_alike_in_a_second_language(
    sample: str, probe: str, value: str, text: str, second: str, second_value: str
) -> None:
    assert str(tabled_tei(sample).xpath(probe, namespaces=NS)).endswith(value)
    assert str(text_tei(text).xpath(second, namespaces=NS)).endswith(second_value)


def test_a_body_s_name_before_a_dash_and_a_meeting_s_kind_is_the_title_no_label() -> None:
    # the labels and persons turns.toml and ids.toml give; the title's kind in capitalised words
    # after the dash is no speech, as it is no sentence
    tei = tabled_tei("en-council-title-dash-head.txt")
    assert texts(tei, "//t:front//t:titlePart[@type='main']") == ["Millbrook Town Council - Special Meeting"]
    assert texts(tei, "//t:front//t:titlePart[@type='sub']") == [
        "Transcript generated from the meeting recording"
    ]


def test_a_web_copy_s_search_word_alone_is_furniture_not_the_title() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("sv-kongress-webb-sok.txt")
    assert tei.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Protokoll från kongressens första dag"


def test_a_markdown_heading_s_marks_are_printed_in_the_front_not_in_the_header_s_title() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("ro-consiliu-markdown-titlu.txt")
    title = "Stenograma ședinței Consiliului Local Pădureni, 14 martie 2024"
    assert tei.findtext(".//t:titleStmt/t:title", namespaces=NS) == title
    assert texts(tei, "//t:front//t:titlePart[@type='main']") == ["## " + title]


def test_a_list_or_party_in_brackets_after_a_surname_is_the_member_s_no_holder() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("it-consiglio-lista-partito.txt")
    assert tei.xpath("string(//t:person[@xml:id='montanari']/@role)", namespaces=NS) == "Partito Democratico"


def test_a_page_s_number_in_the_title_s_right_margin_is_printed_but_no_word_of_the_title() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("hu-birosag-fejlec-oldalszam.txt")
    assert tei.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Debreceni Járásbíróság"
    assert texts(tei, "//t:front//t:titlePart[@type='main']") == ["Debreceni Járásbíróság 2. oldal"]


def test_words_through_an_interpreter_are_a_note_on_the_speech_no_role_of_the_witness() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("en-arbitration-through-interpreter.txt")
    assert tei.xpath("//t:person[@xml:id='ms-quispe-huaman']/@role", namespaces=NS) == []
    tei = text_tei(
        "Przewodniczący: Proszę o tłumaczenie.\n"
        "Tłumacz: Oskarżony mówi, że nie rozumie pytania.\n"
        "Przewodniczący: Powtórzę. Gdzie pan był?\n"
        "Oskarżony Petrenko (przez tłumacza): W domu.\n"
    )
    assert tei.xpath("//t:person[@xml:id='oskarzony-petrenko']/@role", namespaces=NS) == []

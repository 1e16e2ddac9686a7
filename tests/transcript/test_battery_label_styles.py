"""Short excerpts of trials, hearings, councils and congresses (2–5 turns, most labels printed
once) in label styles of their own (samples in tests/data/labels/, the names invented): a voice
the record cannot name, the hall's voices and a court's presiding judge in the Nordic languages,
Czech and Dutch; a label noted as interrupting under the sentence it cut off; a title with a dash
over the head's lines, no label; a column of labels typed with spaces; a web copy's search word
and a Markdown heading's marks over the title; a council member's list or party in brackets; a
page's number in the title's right margin; a witness's words through an interpreter."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers, tabled_tei, text_tei, texts


def test_a_voice_the_record_cannot_name_is_one_person_printed_once() -> None:
    # the labels and persons turns.toml and ids.toml give: the voice's words are no part of the
    # witness's answer above them
    tei = tabled_tei("cs-soud-neidentifikovany-mluvci.txt")
    assert tei.xpath("count(//t:person[@xml:id='neidentifikovany-mluvci'])", namespaces=NS) == 1
    tei = text_tei(
        "Voorzitter: Ik geef het woord aan mevrouw Hazelaar.\n"
        "Mevrouw Hazelaar: Dank u. Wij steunen het voorstel niet.\n"
        "Onbekende spreker: Wat zei ze?\n"
        "Voorzitter: Orde, graag.\n"
    )
    assert speakers(etree.tostring(tei))[2] == "Onbekende spreker:"


def test_the_hall_s_several_voices_are_a_group_printed_once() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("sv-kongress-flera-roster.txt")
    assert tei.xpath("string(//t:personGrp[@xml:id='flera-roster']/@role)", namespaces=NS) == "audience"
    tei = text_tei(
        "Retsformanden: Anklageren har ordet.\n"
        "Anklageren: Tak. Hvor var De den aften?\n"
        "Vidnet: Jeg var hjemme.\n"
        "Flere stemmer: Højere!\n"
        "Retsformanden: Vil De tale lidt højere?\n"
    )
    assert speakers(etree.tostring(tei))[3] == "Flere stemmer:"


def test_a_norwegian_court_s_presiding_judge_printed_once_at_the_end_is_its_chair() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("no-lagmannsrett-rettens-leder.txt")
    assert tei.xpath("string(//t:person[@xml:id='rettens-leder']/@role)", namespaces=NS) == "chair"


def test_a_label_noted_as_interrupting_opens_its_turn_under_a_sentence_cut_off() -> None:
    # the labels and persons turns.toml and ids.toml give: the witness's sentence ends at the cut
    tei = tabled_tei("en-hearing-interrupting-cut-sentence.txt")
    assert texts(tei, "//t:sp/t:p")[1].endswith("who at the time was")
    tei = text_tei(
        "Untersuchungsausschuss Klinikverbund – Wortprotokoll\n\n"
        "Vorsitzender Albrecht: Herr Sanders, wann haben Sie von den Mehrkosten beim Neubau des "
        "Bettenhauses\nerfahren? Bitte schildern Sie das.\n"
        "Zeuge Sanders: Das war im Herbst, als die zweite Rechnung des Generalunternehmers kam, die "
        "dann von\nder Geschäftsführung, also von Frau\n"
        "Abg. Ruppert (unterbrechend): Von welcher Geschäftsführerin?\n"
        "Zeuge Sanders: Von Frau Dr. Wiesinger.\n"
    )
    assert speakers(etree.tostring(tei))[2] == "Abg. Ruppert (unterbrechend):"


def test_a_body_s_name_before_a_dash_and_a_meeting_s_kind_is_the_title_no_label() -> None:
    # the labels and persons turns.toml and ids.toml give; the title's kind in capitalised words
    # after the dash is no speech, as it is no sentence
    tei = tabled_tei("en-council-title-dash-head.txt")
    assert texts(tei, "//t:front//t:titlePart[@type='main']") == ["Millbrook Town Council - Special Meeting"]
    assert texts(tei, "//t:front//t:titlePart[@type='sub']") == [
        "Transcript generated from the meeting recording"
    ]


def test_a_label_column_typed_with_spaces_holds_names_in_mixed_case() -> None:
    # the labels and persons turns.toml and ids.toml give: each row's speech goes on in the lines
    # indented to its column, before a capital too
    tei = tabled_tei("nl-commissie-kolom-namen.txt")
    assert texts(tei, "//t:sp/t:p")[0].endswith("Sport en Cultuur. Het woord is aan mevrouw Tjoelker.")
    tei = text_tei(
        "Vorsitzende     Herr Zeuge, wo waren Sie am Abend des 3. Mai?\n"
        "Zeuge Hollweg   Ich war zu Hause, bei meiner Frau. Gegen neun Uhr kam der Nachbar\n"
        "                Herr Adam vorbei.\n"
        "Verteidiger     Keine weiteren Fragen.\n"
    )
    assert texts(tei, "//t:sp/t:p")[1].endswith("kam der Nachbar Herr Adam vorbei.")


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

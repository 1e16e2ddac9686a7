"""Councils', regional parliaments' and committees' records of a later round (samples in
tests/data/labels/, names invented; their labels in turns.toml, their persons in ids.toml): a
Catalan chamber's secretary printed with her accent and its clerk above the speech; an Indian
state assembly's line in braces naming who takes the chair, its Speaker pro tem, its labels typed
with two hyphens for the dash; a town council's sitting as a speech-to-text service numbers its
voices; a city council's member alone on his line over the bracket of his group a wrap cut."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_catalan_secretary_and_clerk_alone_on_their_line_are_labels() -> None:
    # "La secretària de la Mesa d’Edat (X)", "El lletrat major (X)": offices, their holders named
    tei = tabled_tei("ca-parlament-secretaria-lletrat.txt")
    assert texts(tei, "//t:sp[3]/t:p") == [
        "Gràcies, president. Procedeixo a la lectura de la relació de diputats electes."
    ]


def test_the_holder_an_indian_assembly_names_in_the_chair_is_the_office_alone() -> None:
    # "{अध्यक्ष महोदय (श्री X) पीठासीन हुए.}", then "अध्यक्ष महोदय –": the holder speaks, the chair
    tei = tabled_tei("hi-vidhansabha-peethasin-braces.txt")
    chairs = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chairs == ["रमाकांत-तिवारी", "कविता-ठाकुर"]
    assert texts(tei, "//t:front/t:div[@type='presiding']/t:p") == [
        "{अध्यक्ष महोदय (श्री रमाकांत तिवारी) पीठासीन हुए.}"
    ]
    tabled_tei("hi-vidhansabha-samayik-adhyaksh.txt")  # the Speaker pro tem ("सामयिक अध्यक्ष महोदय")


def test_two_hyphens_after_a_label_are_its_dash_not_the_names() -> None:
    # "अध्यक्ष महोदय-- …", "ऊर्जा मंत्री (श्री X) -- …": the names end before the hyphens
    tei = tabled_tei("hi-vidhansabha-double-hyphen.txt")
    assert texts(tei, "//t:person[@xml:id='श्री-महेश-चौहान']/t:persName[1]") == ["श्री महेश चौहान"]


def test_a_voice_a_service_numbers_after_its_field_is_the_person() -> None:
    # "Speaker : spk1" over the speech: the voice spk1, no chair, "spk1" no word of the speech
    tei = tabled_tei("it-consiglio-asr-speaker-spk.txt")
    assert not tei.xpath("//t:person[@role='chair']", namespaces=NS)
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Rossetti presente, Marchetti presente, Bianchini assente giustificata, Ferraresi presente."
    ]


def test_a_name_alone_over_the_bracket_of_its_group_cut_in_two_is_one_label() -> None:
    # "GR X" / "(Sozialdemokratische Fraktion des" / "Wiener Landtags und Gemeinderats): Ich"
    tei = tabled_tei("de-at-gemeinderat-role-wrapped-lines.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Ich gelobe!"]
    assert texts(tei, "//t:sp[3]/t:p") == ["Herr GR Steiner!"]

"""Records printed in two languages, each turn in the language it was spoken: the chair's office
alone in either language is one person, a label's form of address and office in the other
language read as in its own (samples in tests/data/labels, their turns in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, TURN_IDS, name_parts_of, sample_tei, text_tei, turn_ids

BILINGUAL = [
    "fr-ca-commons-bilingual.txt",
    "en-ca-committee-bilingual.txt",
    "en-ca-senate-bilingual.txt",
    "fr-be-chambre-bilingual.txt",
    "fr-europarl-languages.txt",
    "hi-rajya-sabha-trailing-dots.txt",
    "hi-rajya-sabha-pdf-chair-initial.txt",
]


def test_a_member_under_the_forms_of_address_of_two_languages_is_one_person() -> None:
    tei = sample_tei("en-stage-za-afrikaans.txt")
    assert turn_ids(tei) == TURN_IDS["en-stage-za-afrikaans.txt"]
    member = tei.xpath("//t:person[@xml:id='mnr-p-j-groenewald']", namespaces=NS)[0]
    assert member.xpath("string(t:persName[1]/t:roleName[@type='honorific'])", namespaces=NS) == "Mnr"
    assert not tei.xpath("//t:supplied", namespaces=NS)  # the notes are stage directions


@pytest.mark.parametrize("sample", BILINGUAL)
def test_the_chair_in_two_languages_is_one_person(sample: str) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    chair = TURN_IDS[sample][0]
    labels = tei.xpath(f"//t:person[@xml:id='{chair}']/t:persName[@type='label']/text()", namespaces=NS)
    assert len(labels) >= 2  # printed in both languages


def test_two_chairs_of_one_language_stay_two() -> None:
    english = text_tei(
        "The Speaker: Order. The hon. member for Eastfield.\n\n"
        "Mr. John Hale (Eastfield, CPC): Mr. Speaker, the bill is late.\n\n"
        "The Chair: We are in committee of the whole on the bill.\n"
    )
    assert turn_ids(english) == ["the-speaker", "mr-john-hale", "the-chair"]
    french = text_tei(
        "Le président: La parole est à M. Hale.\n\n"
        "M. Jean Hale: Monsieur le président, ce projet est en retard.\n\n"
        "La présidente: Merci, monsieur Hale.\n"
    )
    assert turn_ids(french) == ["le-president", "m-jean-hale", "la-presidente"]


def test_french_form_of_address_and_office_in_lower_case() -> None:
    commons = sample_tei("fr-ca-commons-bilingual.txt")
    role = commons.xpath("string(//t:person[@xml:id='l-hon-alice-whitman']/@role)", namespaces=NS)
    assert role == "ministre de l'Agriculture et de l'Agroalimentaire, Lib."
    chamber = sample_tei("fr-be-chambre-bilingual.txt")
    dumont = chamber.xpath("//t:person[@xml:id='pierre-dumont']", namespaces=NS)[0]
    assert dumont.get("role") == "ministre"
    assert dumont.xpath("string(t:persName[1])", namespaces=NS) == "Pierre Dumont"


def test_the_language_a_record_marks_is_each_paragraph_s_after_the_mark() -> None:
    tei = sample_tei("en-ca-committee-bilingual.txt")
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    langs = [p.get("{http://www.w3.org/XML/1998/namespace}lang") for p in tei.iterfind(".//t:body//t:p", NS)]
    assert langs == [None, None, "en", None]  # "[English]", then "[Français]": the record's own
    assert tei.xpath("//t:langUsage/t:language/@ident", namespaces=NS) == ["fr", "en"]
    commons = sample_tei("fr-ca-commons-bilingual.txt")
    marked = commons.xpath("//t:p[@xml:lang='en']/ancestor::t:sp/t:speaker/text()", namespaces=NS)
    assert marked == ["Mr. Tom Briggs (Red Deer North, CPC):", "Some hon. members:", "The Speaker:"]


def test_a_mark_of_translation_keeps_the_record_s_own_language() -> None:
    tei = text_tei(
        "The Speaker: The hon. member for Lac-Vert.\n\n[Translation]\n\n"
        "Mr. Jean-Guy Tremblay (Lac-Vert, BQ): Mr. Speaker, the farmers are waiting.\n\n[English]\n\n"
        "Hon. Alice Whitman (Minister of Agriculture, Lib.): Mr. Speaker, we are there for them.\n"
    )
    assert not tei.xpath("//t:p[@xml:lang]", namespaces=NS)


def test_a_form_of_address_after_the_name_is_no_part_of_it() -> None:
    tei = sample_tei("es-eu-legebiltzarra-jaunak.txt")
    assert turn_ids(tei) == TURN_IDS["es-eu-legebiltzarra-jaunak.txt"]
    names = tei.xpath("//t:person/t:persName[1]", namespaces=NS)
    assert ["".join(name.itertext()) for name in names][1:] == ["Aranburu Zubiaurre", "García Álvarez"]


@pytest.mark.parametrize("sample", ["en-ie-dail-minister-deputy.txt", "cy-senedd-minister-holder.txt"])
def test_a_minister_named_in_brackets_is_the_holder(sample: str) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    minister = TURN_IDS[sample][2 if sample.startswith("en-") else 1]
    role = tei.xpath(f"string(//t:person[@xml:id='{minister}']/@role)", namespaces=NS)
    assert role.startswith(("Minister of State", "Y Gweinidog"))


@pytest.mark.parametrize("sample", ["lb-har-president.txt", "lb-chambre-labels-fr.txt"])
def test_luxembourg_s_chair_and_members_are_told_apart(sample: str) -> None:
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    chair = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chair == [TURN_IDS[sample][0]]


def test_a_hindi_name_by_initials_printed_with_a_zero_is_a_label() -> None:
    tei = sample_tei("hi-rajya-sabha-pdf-chair-initial.txt")
    chair = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chair == ["mr-chairman"]  # "सभापित", the chair as the PDF's text layer spells it
    assert "के0-एल0-चौधरी" in turn_ids(tei)


def test_the_welsh_letters_of_a_member_after_the_name_are_its_postnominal() -> None:
    """ "Elin Prydderch AS:" in a Senedd committee's Welsh record: AS (Aelod o'r Senedd) is the
    English record's MS, a post-nominal after the surname."""
    tei = sample_tei("cy-pwyllgor-as.txt")
    assert turn_ids(tei) == TURN_IDS["cy-pwyllgor-as.txt"]
    assert name_parts_of(tei, "elin-prydderch-as") == [
        ("forename", None, "Elin"),
        ("surname", None, "Prydderch"),
        ("roleName", "honorific", "AS"),
    ]

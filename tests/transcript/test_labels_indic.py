"""Records of India's state assemblies and Sri Lanka's Parliament in their own scripts: the form
of address before the name (with its stop in Marathi and Malayalam), initials spelt as a Latin
letter's name, and each chair's office (samples in tests/data/labels)."""

from __future__ import annotations

import pytest

from label_samples import NS, name_parts_of, sample_tei, tabled_tei
from stenogram.transcript.persons import slug


@pytest.mark.parametrize(
    ("sample", "chair"),
    [
        ("mr-vidhan-sabha-shri-stop.txt", "अध्यक्ष महोदय"),
        ("kn-vidhana-sabha-initials.txt", "ಸಭಾಧ್ಯಕ್ಷರು"),
        ("ml-niyamasabha-holder.txt", "മി. സ്പീക്കര്‍"),
        ("gu-vidhan-sabha-adhyakshashri.txt", "અધ્યક્ષશ્રી"),
        ("bn-bidhan-sabha.txt", "মাননীয় অধ্যক্ষ"),
        ("pa-vidhan-sabha-sardar.txt", "ਸ੍ਰੀ ਸਪੀਕਰ"),
        ("te-sasana-sabha.txt", "మాననీయ సభాపతి"),
        ("si-parliament-mahatha.txt", "ගරු කථානායකතුමා"),
    ],
)
def test_the_chairs_office_in_each_script_names_the_chair(sample: str, chair: str) -> None:
    tei = sample_tei(sample)
    assert len(tei.xpath("//t:person[@role='chair']", namespaces=NS)) == 1
    assert chair in tei.xpath("//t:person[@role='chair']/t:persName[@type='label']/text()", namespaces=NS)


@pytest.mark.parametrize(
    ("sample", "ident", "parts"),
    [
        (
            "mr-vidhan-sabha-shri-stop.txt",
            "श्री-सुनील-जाधव",
            [("roleName", "honorific", "श्री."), ("forename", None, "सुनील"), ("surname", None, "जाधव")],
        ),
        (
            "kn-vidhana-sabha-initials.txt",
            "ಶ್ರೀಮತಿ-ಎಸ್-ಲಕ್ಷ್ಮಿ",
            [("roleName", "honorific", "ಶ್ರೀಮತಿ"), ("forename", None, "ಎಸ್."), ("surname", None, "ಲಕ್ಷ್ಮಿ")],
        ),
        (
            "pa-vidhan-sabha-sardar.txt",
            "ਸ-ਗੁਰਮੀਤ-ਸਿੰਘ",
            [("roleName", "honorific", "ਸ."), ("forename", None, "ਗੁਰਮੀਤ"), ("surname", None, "ਸਿੰਘ")],
        ),
    ],
)
def test_the_form_of_address_and_initials_are_parts_of_the_name(
    sample: str, ident: str, parts: list[tuple[str, str | None, str]]
) -> None:
    assert name_parts_of(sample_tei(sample), ident) == parts


def test_the_sinhala_mr_after_the_name_is_no_surname() -> None:
    tei = sample_tei("si-parliament-mahatha.txt")
    surnames = tei.xpath("//t:person/t:persName[1]/t:surname/text()", namespaces=NS)
    assert surnames == ["පෙරේරා", "සිල්වා"]


def test_a_ministers_office_holds_the_member_in_brackets() -> None:
    tei = sample_tei("ml-niyamasabha-holder.txt")
    roles = tei.xpath("//t:person/@role", namespaces=NS)
    assert "ധനകാര്യ വകുപ്പുമന്ത്രി" in roles


@pytest.mark.parametrize(
    ("ident", "parts", "role"),
    [
        (
            "mr-k-das",
            [("roleName", "honorific", "Mr."), ("forename", None, "K."), ("surname", None, "Das")],
            "Orissa: General",
        ),
        (
            "mr-t-m-varghese",
            [
                ("roleName", "honorific", "Mr."),
                ("forename", None, "T."),
                ("forename", None, "M."),
                ("surname", None, "Varghese"),
            ],
            "Madras: General",
        ),
        (
            "sardar-gurbachan-singh",
            [
                ("roleName", "honorific", "Sardar"),
                ("forename", None, "Gurbachan"),
                ("surname", None, "Singh"),
            ],
            "East Punjab: Sikh",
        ),
    ],
)
def test_constituent_assembly_names_and_their_seats(
    ident: str, parts: list[tuple[str, str | None, str]], role: str
) -> None:
    tei = sample_tei("en-in-constituent-assembly.txt")
    assert name_parts_of(tei, ident) == parts
    assert tei.xpath(f"//t:person[@xml:id='{ident}']/@role", namespaces=NS) == [role]


def test_kumari_opens_a_name_and_is_a_middle_name_after_a_forename() -> None:
    hindi = sample_tei("hi-lok-sabha-kumari-initials.txt")
    assert name_parts_of(hindi, "कुमारी-मीना-देवी") == [
        ("roleName", "honorific", "कुमारी"),
        ("forename", None, "मीना"),
        ("surname", None, "देवी"),
    ]
    nepali = sample_tei("ne-pratinidhi-sabha.txt")
    assert name_parts_of(nepali, "माननीय-सीता-कुमारी-राई") == [
        ("roleName", "honorific", "माननीय"),
        ("forename", None, "सीता"),
        ("forename", None, "कुमारी"),
        ("surname", None, "राई"),
    ]


def test_the_marathi_head_names_the_chair_who_presides() -> None:
    tei = sample_tei("mr-vidhan-sabha-shri-stop.txt")
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["रमेश-पाटील"]
    assert tei.xpath("//t:sp[1]/@who", namespaces=NS) == ["#रमेश-पाटील"]


def test_a_malayalam_chillu_is_its_consonant_and_virama_in_the_id() -> None:
    # the chillus came into Unicode after the letters an xml:id may hold: each is written as the
    # consonant and virama it stands for, the same id as the older spelling with a joiner, not a
    # Latin letter in the middle of the word
    tei = sample_tei("ml-commission-chillu.txt")
    ids = tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert sorted(ids) == sorted(["കമ്മീഷന്", "ഗവണ്മെന്റ്-പ്ലീഡര്", "ശ്രീ-ബി-അനില്-കുമാര്"])
    assert slug("ഗവൺമെന്റ് പ്ലീഡർ") == slug("ഗവണ്\u200dമെന്റ് പ്ലീഡര്\u200d") == "ഗവണ്മെന്റ്-പ്ലീഡര്"
    assert slug("എൻ്റെ") == slug("എന്റെ")
    assert slug("ভারৎ") == "ভারত্"


def test_an_office_with_the_genitive_of_its_side_is_a_label() -> None:
    # "के" is among Hindi's commonest words, a sentence's; right before the office that ends the
    # label it links the office to its side ("बचाव पक्ष के वकील", the defence's counsel)
    tei = tabled_tei("hi-adalat-bachav-paksh-vakil.txt")
    assert tei.xpath("//t:sp[4]/t:speaker/text()", namespaces=NS) == ["बचाव पक्ष के वकील:"]


def test_a_members_label_cut_after_the_name_ends_with_the_seat_below() -> None:
    # the synopsis's PDF text, a blank line after each line: "SHRI X" / "(RAMPUR): The …"; the
    # labels and persons turns.toml and ids.toml give
    tei = tabled_tei("en-in-synopsis-seat-cut.txt")
    assert tei.xpath("string(//t:sp[2]/t:p[1])", namespaces=NS).startswith("The national highway")

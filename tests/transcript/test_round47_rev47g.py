"""The Malay honourable before a name names who speaks ("Yang Berhormat Tuan X:"), but before a
word in lower case or the members all it addresses the hall, a speech's line, no label ("Yang
Berhormat sekalian:", "Yang Berhormat para Menteri:", "YANG BERHORMAT SEKALIAN:"). The other
languages' salutations of several words before the speech stay its text as before."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_the_hall_addressed_after_yang_berhormat_stays_the_speech() -> None:
    """The sample: the members named after "Yang Berhormat" are labels, the hall addressed so
    inside their turns ("Yang Berhormat sekalian:", "Yang Berhormat para Menteri:") their text."""
    root = tabled_tei("ms-dewan-rakyat-yang-berhormat-hall.txt")
    second = " ".join(texts(root, "//t:sp[2]/t:p"))
    third = " ".join(texts(root, "//t:sp[3]/t:p"))
    assert "Yang Berhormat sekalian: Kita mesti memikirkan" in second
    assert "Yang Berhormat para Menteri: Rakyat menunggu" in third


def test_the_members_all_in_capitals_stay_the_speech() -> None:
    """Negative in CAPITALS, where no lower case tells the hall: "sekalian" after the salutation
    is the members all (a salutation of the data), no name."""
    text = (
        "PENYATA RASMI MAJLIS MESYUARAT UNDANGAN\n\n"
        "TUAN SPEAKER: Saya persilakan.\n\n"
        "INCHE ABDUL AZIZ: Tuan Speaker, saya hendak berkata.\n"
        "YANG BERHORMAT SEKALIAN:\n"
        "Kita mesti bersatu untuk kemerdekaan.\n\n"
        "TUAN SPEAKER: Terima kasih.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["TUAN SPEAKER:", "INCHE ABDUL AZIZ:", "TUAN SPEAKER:"]
    assert "YANG BERHORMAT SEKALIAN: Kita mesti bersatu" in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_yang_berhormat_before_a_name_or_office_printed_once() -> None:
    """Each label printed once: the honourable before a name or an office still names who speaks."""
    text = (
        "PENYATA RASMI DEWAN RAKYAT\n\n"
        "Yang Berhormat Tuan Tan Chee Khoon: Tuan Yang di-Pertua, saya bangun menyokong usul ini.\n\n"
        "Yang Berhormat Menteri Kewangan: Tuan Yang di-Pertua, terima kasih.\n"
    )
    assert _speakers(text) == ["Yang Berhormat Tuan Tan Chee Khoon:", "Yang Berhormat Menteri Kewangan:"]


def test_other_languages_salutations_before_the_speech_stay_its_text() -> None:
    """Negative: a salutation of several words alone on its line with its colon, the speech after
    it, in English, German, Spanish, Swahili and Hindi, stays the speech of the turn it opens."""
    cases = [
        ("Mr. Speaker:", "Mr. Mwangi:", "Honourable Speaker Sir:", "I rise to support the Bill."),
        (
            "Präsident:",
            "Abg. Müller (SPD):",
            "Sehr geehrte Damen und Herren:",
            "Wir beraten heute das Gesetz.",
        ),
        (
            "El señor PRESIDENTE:",
            "El señor GARCÍA:",
            "Señoras y señores diputados:",
            "Hoy venimos a debatir.",
        ),
        ("Spika:", "Mhe. Juma Ali:", "Mheshimiwa Spika:", "Naomba kuunga mkono hoja hii."),
        ("अध्यक्ष महोदय:", "श्री राम शर्मा:", "माननीय अध्यक्ष जी:", "मैं इस विधेयक का समर्थन करता हूं।"),
    ]
    for chair, member, salutation, speech in cases:
        text = f"RECORD\n\n{chair} Order.\n\n{member}\n{salutation}\n{speech}\n\n{chair} Thank you.\n"
        root = text_tei(text)
        assert texts(root, "//t:sp/t:speaker") == [chair, member, chair], salutation
        assert f"{salutation} {speech}" in " ".join(texts(root, "//t:sp[2]/t:p")), salutation

"""The review of the South and West Asian shapes, each in an invented sample (labels in
turns.toml, persons in ids.toml): the visarga set apart after one word that is no office is the
word's own letter, its stem split off by a legacy font's conversion, no label's colon; the chair
addressed before a comma in a script without case opens a speech's sentence, no name and office;
the salutations keyed as they are loaded, so that the Turkish "Sayın Başkan" (its dotless i folded)
and the Dutch "Collega's" open a speech as the other languages' do."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.salutations import saluting, thanks_alone


def test_a_visarga_split_from_its_stem_opens_no_label() -> None:
    """ "अत ः मैं …", "पुन ः सर्वेक्षण …": a converted record sets every visarga apart, the labels'
    colon and the word's letter alike; after one word that is no office it is the word's, the line
    the speech's."""
    root = tabled_tei("hi-vidhan-sabha-visarga-stem-split.txt")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("अत ः मैं मंत्री जी से पूछना")
    assert texts(root, "//t:sp[3]/t:p")[1].startswith("पुन ः सर्वेक्षण कराया गया")


def test_a_bengali_visarga_split_from_its_stem_opens_no_label() -> None:
    root = text_tei(
        "মাননীয় অধ্যক্ষ : প্রশ্ন নম্বর ১২।\nশ্রী অমল দত্ত : স্যার, বাঁধের কাজ কবে শেষ হবে।\n"
        "অত ঃ পর মন্ত্রী মহাশয় কী বলবেন, তা শুনতে চাই।\nনম ঃ শিবায়।\n"
    )
    assert speakers(etree.tostring(root)) == ["মাননীয় অধ্যক্ষ :", "শ্রী অমল দত্ত :"]
    assert "অত ঃ পর মন্ত্রী মহাশয়" in " ".join(texts(root, "//t:p"))


def test_an_office_alone_before_a_visarga_set_apart_stays_a_label() -> None:
    """ "अध्यक्ष ः …": one word, but the chair's office."""
    root = text_tei("विधान सभा की कार्यवाही\n\nअध्यक्ष ः प्रश्न संख्या 3।\nश्री मोहन लाल ः महोदय, उत्तर अधूरा है।\n")
    assert speakers(etree.tostring(root)) == ["अध्यक्ष ः", "श्री मोहन लाल ः"]


def test_the_turkish_chair_addressed_opens_a_speech() -> None:
    """ "Ali Demir (Kars): Sayın Başkan, …" inside a web copy's flattened line: the salutation is
    keyed "sayin baskan", its first word so read too."""
    root = tabled_tei("tr-tbmm-flattened-sayin-baskan.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("Sayın Başkanım, zeytinlikler")


def test_salutations_are_read_as_they_are_keyed() -> None:
    config = default_config()
    assert saluting("Sayın Başkan, değerli milletvekilleri; bu teklif yanlış.", config)
    assert saluting("Collega's, dit voorstel deugt niet.", config)
    assert saluting("Terima kasih Tuan Yang di-Pertua. Saya ingin bertanya.", config)
    assert thanks_alone("Teşekkürler Sayın Başkanım", config)


def test_the_chair_spoken_of_is_no_salutation() -> None:
    """ "Sayın Başkanın açıklaması …", the chair's statement; "Collega's zullen begrijpen dat …",
    the colleagues the sentence's subject: no one addressed."""
    config = default_config()
    assert not saluting("Sayın Başkanın açıklaması yetersiz kaldı.", config)
    assert not saluting("Collega's zullen begrijpen dat dit voorstel niet deugt.", config)
    assert not thanks_alone("Teşekkürler Sayın Başkanım bu konuda söz istiyorum", config)


def test_the_chair_addressed_before_a_comma_opens_a_sentence() -> None:
    """ "महोदय, मंत्री जी ने पिछली बार कहा था:" / "अध्यक्ष जी, उसके बाद विभाग ने लिखा है:": the
    member's speech announcing what it quotes, the chair addressed before the comma; no capital
    tells it from a name and an office there."""
    root = tabled_tei("hi-lok-sabha-chair-addressed-comma-colon.txt")
    said = texts(root, "//t:sp[2]/t:p")
    assert "महोदय, मंत्री जी ने पिछली बार कहा था:" in said
    assert "अध्यक्ष जी, उसके बाद विभाग ने लिखा है:" in said


def test_a_name_and_its_office_after_a_comma_stay_a_label() -> None:
    """ "श्री विनय पाठक, कृषि मंत्री :", "…، وزير المالية:": a name before the comma, no one
    addressed."""
    root = text_tei(
        "लोक सभा\n\nमाननीय अध्यक्ष : श्री सुरेश कुमार।\nश्री सुरेश कुमार : महोदय, फसल बीमा का प्रश्न है।\n"
        "श्री विनय पाठक, कृषि मंत्री : अध्यक्ष महोदय, राशि जारी हो चुकी है।\n"
    )
    assert speakers(etree.tostring(root))[-1] == "श्री विनय पाठक, कृषि मंत्री :"
    root = text_tei(
        "مجلس النواب\n\nالسيد الرئيس: الكلمة للحكومة.\nسالم الحديثي، وزير المالية: شكرا سيدي الرئيس، الميزانية جاهزة.\n"
    )
    assert speakers(etree.tostring(root)) == ["السيد الرئيس:", "سالم الحديثي، وزير المالية:"]

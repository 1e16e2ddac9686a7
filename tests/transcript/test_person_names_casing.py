"""A name printed in CAPITALS is set in Mixed case as its language writes it: Turkish lowers
the capital I to a dotless ı and the dotted İ to i, and a name in capitals and in Mixed case is
one person there (samples in tests/data/labels/, names invented)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, SAMPLES
from stenogram.tei.convert import convert_text
from stenogram.transcript.candidate import label_key
from stenogram.transcript.config import load_config
from stenogram.transcript.persons import Registry, slug

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _persons(name: str) -> dict[str, str]:
    """Each person's id and the name its persName gives."""
    root = etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)
    return {
        str(person.get(XML_ID)): " ".join(person.xpath("string(t:persName[1])", namespaces=NS).split())
        for person in root.iterfind(".//t:person", NS)
    }


def test_turkish_capitals_are_lowered_as_turkish_writes_them() -> None:
    persons = _persons("tr-tbmm-dotted-capitals.txt")
    assert persons == {"baskan": "Başkan", "ali-kilic": "Ali Kılıç", "ismail-sik": "İsmail Şık"}


def test_turkish_capitals_and_mixed_case_are_one_key() -> None:
    assert label_key("ALİ KILIÇ") == label_key("Ali Kılıç") == "ali kiliç"
    assert slug(label_key("İSMAİL ŞIK")) == "ismail-sik"


def test_capitals_of_other_languages_keep_their_i() -> None:
    """The capital I is a dotted i in every language but Turkish and Azerbaijani."""
    config = load_config()
    assert Registry(config, "en").resolve("DR INGRID MILLS").name == "Dr Ingrid Mills"
    assert Registry(config, "tr").resolve("DR İNCİ IŞIK").name == "Dr İnci Işık"
    assert Registry(config, "az").resolve("İLHAM İSMAYILOV").name == "İlham İsmayılov"


def test_greek_names_are_romanised_in_ids_as_cyrillic_ones_are() -> None:
    # the final sigma and the other one are one letter; two letters of one sound are read as one
    # unless a diaeresis keeps them apart
    assert slug(label_key("ΑΘΑΝΑΣΙΟΣ ΛΑΪΝΑΣ")) == "athanasios-lainas"
    assert slug(label_key("Ευστάθιος Καραγιάννης")) == "efstathios-karagiannis"
    assert slug(label_key("ΕΥΑΓΓΕΛΙΑ ΤΣΟΥΚΑΛΑ")) == "evangelia-tsoukala"

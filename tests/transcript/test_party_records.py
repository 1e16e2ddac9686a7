"""Records of communist parties' plenums and of the socialist states' assemblies, as their web
copies print them (samples in tests/data/labels/, the names invented)."""

from __future__ import annotations

from label_samples import NS, TURN_IDS, name_parts_of, sample_tei, turn_ids

XML_NS = {**NS, "xml": "http://www.w3.org/XML/1998/namespace"}


def test_the_presiding_line_over_the_chairs_office_printed_once_is_no_label() -> None:
    """ "Головує депутат Гнатюк В.П." names the chair: the office below it opens the chair's turn."""
    tei = sample_tei("uk-rada-presiding-chair-once.txt")
    assert turn_ids(tei) == ["gnatyuk-v-p", "marchenko-o-i"]
    assert tei.findtext(".//t:sp[1]/t:p", namespaces=NS).startswith("Доброго  ранку")


def test_initials_joined_by_a_hyphen_and_a_question_letter_open_a_name() -> None:
    """ "Ж.‑П. К. Сабонис." and "В. А. Корнилов." are persons, not an answer's or question's letter."""
    tei = sample_tei("ru-plenum-hyphen-initials.txt")
    assert turn_ids(tei) == TURN_IDS["ru-plenum-hyphen-initials.txt"]
    assert turn_ids(tei).count("v-a-kornilov") == 2
    assert ("surname", None, "Сабонис") in name_parts_of(tei, "zh-p-k-sabonis")


def test_romanian_cedilla_spellings_read_as_the_comma_below() -> None:
    """ "Tovarăşul" is a form of address and "Preşedintele" the chair, as their comma spellings are."""
    tei = sample_tei("ro-cedilla-plenara.txt")
    assert ("roleName", "honorific", "Tovarăşul") in name_parts_of(tei, "tovarasul-ion-daraban")
    chair = tei.find(".//t:person[@xml:id='presedintele']", XML_NS)
    assert chair is not None and chair.get("role") == "chair"


def test_a_sittings_heading_ending_in_its_spaced_date_is_the_heads() -> None:
    """ "TREĆA SEDNICA 14. 3. 1947." dates the sitting; its day is no label's number."""
    tei = sample_tei("sr-skupstina-sednica-date.txt")
    assert turn_ids(tei) == ["milan-radosavljevic", "predsednik", "vera-kostic"]
    assert tei.find(".//t:setting/t:date", NS).get("when") == "1947-03-14"

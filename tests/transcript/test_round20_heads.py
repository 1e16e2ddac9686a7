"""Heads and front matter of real records' shapes: a head flattened into one line, a commission's
fields with no colon, a Japanese attendance roll, Quebec's rubrics inside the chair's speech and a
Turkish record's numbered fields (samples in tests/data/labels/, names invented)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, texts


def _front(tei: etree._Element, kind: str) -> list[str]:
    """The lines of the front's division of *kind*, in order."""
    return texts(tei, f"//t:front/t:div[@type='{kind}']/t:p")


def test_flattened_head_is_title_date_and_chair() -> None:
    tei = tabled_tei("en-plenary-flattened-head-weekday.txt")
    assert texts(tei, "//t:titleStmt/t:title") == ["Plenary sitting No. 12"]
    assert texts(tei, "//t:front//t:docDate") == ["Tuesday, 3 March 2015"]
    assert tei.xpath("string(//t:front//t:docDate/@when)", namespaces=NS) == "2015-03-03"
    assert _front(tei, "presiding") == ["Chair: Ms Helga Varn, Speaker"]


def test_commission_fields_without_colon_are_fields() -> None:
    tei = tabled_tei("en-commission-fields-gap-no-colon.txt")
    assert texts(tei, "//t:titlePart") == ["Queensland Floods Review Commission"]
    assert _front(tei, "other") == ["Type Public hearing"]
    assert texts(tei, "//t:settingDesc//t:placeName") == ["Brisbane"]
    assert not tei.xpath("//t:docDate/t:placeName", namespaces=NS)  # "Date" names no place
    assert tei.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2021-05-04"


def test_japanese_attendance_is_the_front_roll() -> None:
    tei = tabled_tei("ja-committee-attendance-list-front.txt")
    roll = _front(tei, "list")
    assert roll[0] == "出席委員" and "出席国務大臣" in roll and "農林水産大臣 中村 四郎君" in roll
    assert not tei.xpath("//t:body//t:div/t:p", namespaces=NS)  # no paragraph outside the turns


def test_japanese_roll_goes_on_past_the_chair_it_names() -> None:
    tei = tabled_tei("ja-council-attendance-spaced-names.txt")
    assert _front(tei, "presiding") == ["議長 森川 晃"]
    assert _front(tei, "list") == ["出席議員", "副議長 田村 一郎", "１番 佐野 花子", "２番 山下 太郎"]
    assert not tei.xpath("//t:body//t:div/t:p", namespaces=NS)


def test_roll_opened_by_its_sentence_goes_on_to_its_rule() -> None:
    tei = tabled_tei("ja-sangiin-attendance-as-follows.txt")
    assert _front(tei, "presiding") == ["委員長 森下 一郎君"]
    assert _front(tei, "list")[:2] == ["出席者は左のとおり。", "理 事"]
    assert "川村 次郎君" in _front(tei, "list")
    assert not tei.xpath("//t:body//t:div/t:p", namespaces=NS)


def test_quebec_rubrics_are_headings_and_the_chair_goes_on() -> None:
    tei = tabled_tei("fr-qc-rubrics-chair-goes-on.txt")
    assert texts(tei, "//t:body//t:head") == ["Affaires courantes", "Déclarations de députés"]
    under = tei.xpath("//t:div[t:head='Déclarations de députés']/t:sp[1]", namespaces=NS)[0]
    assert under.get("who") == "#le-president" and under.find("t:speaker", NS) is None
    assert " ".join(under.xpath("string()").split()).startswith("Nous passons à la rubrique")


def test_turkish_numbered_fields_are_no_title() -> None:
    tei = tabled_tei("tr-tbmm-numbered-fields-head.txt")
    assert texts(tei, "//t:titleStmt/t:title") == ["TÜRKİYE BÜYÜK MİLLET MECLİSİ"]
    fields = _front(tei, "other")
    assert fields[0] == "DÖNEM : 20 YASAMA YILI : 2" and "CİLT : 15" in fields
    assert tei.xpath("string(//t:front//t:docDate/@when)", namespaces=NS) == "1997-03-12"

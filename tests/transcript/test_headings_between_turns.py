"""Lines between turns that are no speaker's words: an item's heading, a rule and the item under
it, an event of the sitting printed as a line of its own, the chamber's decision told after the
debate. The samples are invented, shaped like the records of each house."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from stenogram.tei.convert import convert_text

DATA = Path(__file__).parent.parent / "data" / "labels"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _body(name: str) -> list[tuple[str, str]]:
    """The body's items in order: ("sp", who and its paragraphs), ("stage", words), ("head", words)."""
    text = (DATA / name).read_bytes()
    root = etree.fromstring(convert_text(text, name).tei)
    out: list[tuple[str, str]] = []
    for node in root.iterfind(".//t:body//*", NS):
        tag = etree.QName(node).localname
        parent = etree.QName(node.getparent()).localname
        words = " ".join(str(node.xpath("string()")).split())
        if tag == "sp":
            out.append(("sp", node.get("who", "")))
        elif tag in ("p", "stage", "head") and parent in ("sp", "div"):
            out.append((tag if parent == "div" else f"sp/{tag}", words))
    return out


def _between(name: str, kind: str) -> list[str]:
    return [words for tag, words in _body(name) if tag == kind]


def test_prayers_alone_stand_between_turns() -> None:
    assert _between("en-ca-prayers-line.txt", "stage") == ["Prayers."]
    assert "Prayers." not in _between("en-ca-prayers-line.txt", "sp/p")


def test_the_members_silence_stands_between_turns() -> None:
    assert _between("en-ni-silence-line.txt", "stage") == ["Members observed two minutes' silence."]
    speakers = [words for tag, words in _body("en-ni-silence-line.txt") if tag == "sp"]
    assert speakers == ["#mr-speaker", "#mr-speaker", "#mr-connor"]


def test_the_chambers_decisions_are_narration() -> None:
    stages = _between("sv-chamber-decision.txt", "stage")
    assert stages[0] == "Överläggningen var härmed avslutad."
    assert [s.split()[1] for s in stages[1:]] == ["valde", "biföll"]
    said = _between("sv-chamber-decision.txt", "sp/p")
    assert not any(p.startswith("Kammaren") for p in said)
    assert [w for t, w in _body("sv-chamber-decision.txt") if t == "sp"] == ["#anna-lind", "#erik-dahl"]


def test_an_items_heading_in_mixed_case_between_turns() -> None:
    body = _body("fr-senat-item-heading.txt")
    assert [words for tag, words in body if tag == "head"] == [
        "Autorités indépendantes et politique de la France",
        "Débat organisé à la demande de la commission des finances",
    ]
    said = [words for tag, words in body if tag == "sp/p"]
    assert "Merci de votre attention" in said  # the speaker's last words, no heading
    assert [words for tag, words in _body("nl-tk-item-heading.txt") if tag == "head"] == [
        "Beëdiging de heer W.J. Korteweg"
    ]


def test_the_diets_rule_and_item_between_turns() -> None:
    body = _body("ja-diet-rule-item.txt")
    assert [words for tag, words in body if tag == "head"] == [
        "弔詞贈呈の件",
        "日程第一 国家公務員法の一部を改正する法律案（内閣提出）",
    ]
    assert not any("◇" in words for _, words in body)
    assert [words for tag, words in body if tag == "sp"] == ["#山田太郎"] * 3


def test_letter_spaced_parts_of_the_sitting_are_headings() -> None:
    body = _body("zh-tw-spaced-heading.txt")
    assert [words for tag, words in body if tag == "head"] == ["報 告 事 項", "討 論 事 項"]
    assert not any("事 項" in words for tag, words in body if tag == "sp/p")


def test_a_heading_in_capitals_with_its_stop_is_no_speaker() -> None:
    body = _body("en-us-globe-capitals-heading.txt")
    assert [words for tag, words in body if tag == "head"] == ["OATH OF ALLEGIANCE.", "PETITIONS."]
    assert [words for tag, words in body if tag == "sp"] == [
        "#the-president-pro-tempore",
        "#mr-harlow",
        "#mr-brandt",
        "#mr-harlow",
        "#mr-keever",
    ]
    narration = [words for tag, words in body if tag == "p"]
    assert narration and narration[0].startswith("The Senate resumed")


def test_a_clock_glued_to_a_heading_or_a_label() -> None:
    name = "de-at-nationalrat-glued-clock.txt"
    body = _body(name)
    assert [words for tag, words in body if tag == "head"] == [
        "Einberufung der ordentlichen Tagung 2024/2025",
        "Vertretung von Mitgliedern der Bundesregierung",
        "Antrittsansprache der Präsidentin",
    ]
    assert [words for tag, words in body if tag == "stage"] == [
        "09.05.40",
        "09.06.34",
        "12.06.16",
        "12.06.20",
    ]
    assert not any(any(c.isdigit() for c in words[:2]) for tag, words in body if tag == "sp/p")
    root = etree.fromstring(convert_text((DATA / name).read_bytes(), name).tei)
    times = [str(t.text) for t in root.iterfind(".//t:speaker/t:time", NS)]
    assert times == ["12.15.02"]

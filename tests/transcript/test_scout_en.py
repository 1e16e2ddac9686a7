"""English records whose shapes were read wrong: a council's party in Mixed case in the label's
brackets, the chair addressed at the start of a speech under its label, and the Congressional
Record's running page head (samples in tests/data/labels/, invented in the real records' shapes)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import strip_furniture


def _tei(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


def _persons(tei: bytes) -> dict[str, tuple[str | None, str | None]]:
    """Each person's id with its role and its affiliation."""
    root = etree.fromstring(tei)
    return {
        str(person.get("{http://www.w3.org/XML/1998/namespace}id")): (
            person.get("role"),
            person.findtext("t:affiliation", namespaces=NS),
        )
        for person in root.iterfind(".//t:person", NS)
    }


def test_a_councils_party_in_mixed_case_is_the_members_affiliation() -> None:
    """ "Councillor Hartley (Lib Dem):", "Cllr Brennan (Con):": the party is the member's, no
    holder of the office "Councillor Hartley"; a portfolio or a ward in the brackets is the
    member's role, the member still the one the label names."""
    tei = _tei("en-council-party-brackets.txt")
    assert speakers(tei) == [
        "The Lord Mayor:",
        "Councillor Hartley (Lib Dem):",
        "Councillor Okafor (Cabinet Member for Culture):",
        "Cllr Brennan (Con):",
        "Councillor Hartley (Lib Dem):",
        "Councillor Whitfield (Northgate):",
    ]
    assert _persons(tei) == {
        "the-lord-mayor": ("chair", None),  # the mayor chairs the council
        "councillor-hartley": (None, "Lib Dem"),
        "councillor-okafor": ("Cabinet Member for Culture", None),
        "cllr-brennan": (None, "Con"),
        "councillor-whitfield": ("Northgate", None),
    }
    who = etree.fromstring(tei).xpath("//t:sp/@who", namespaces=NS)
    assert who[1] == who[4] == "#councillor-hartley"


def test_the_chair_addressed_under_a_label_alone_opens_its_speech() -> None:
    """ "Mr. Rowland:" alone on its line, then "Mr. Speaker: the budget …": the salutation is the
    member's, no turn of the Speaker, while the Speaker's own "Mr. Speaker: The member …" is."""
    tei = _tei("en-salutation-under-label.txt")
    assert speakers(tei) == ["Mr. Speaker:", "Mr. Rowland:", "Mr. Speaker:", "Ms. Achterberg:"]
    speeches = etree.fromstring(tei).xpath("//t:sp/t:p/text()", namespaces=NS)
    assert speeches[1].startswith("Mr. Speaker: the budget before this House")
    assert speeches[3].startswith("Madam Chair: I thank the member")


def test_the_congressional_records_page_head_is_furniture() -> None:
    """ "H6114   CONGRESSIONAL RECORD -- HOUSE   July 20, 2005" (and the facing page's, the
    date first) is the page's head, printed once each: neither text nor a label, and the turns
    after it are read."""
    tei = _tei("en-congress-page-head.txt")
    assert speakers(tei) == [
        "Mr. HARGROVE.",
        "The SPEAKER pro tempore.",
        "Mr. DELACROIX.",
        "The SPEAKER pro tempore.",
    ]
    text = " ".join(etree.fromstring(tei).xpath("//t:body//text()", namespaces=NS))
    assert "CONGRESSIONAL RECORD" not in text and "H6115" not in text


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("H6114                 CONGRESSIONAL RECORD — HOUSE                 July 20, 2005", True),
        ("S8012 CONGRESSIONAL RECORD — SENATE July 21, 2005", True),
        ("Thursday, 20 July 2005        REPRESENTATIVES        123", True),
        ("345          Covid-19 Update          12 JANUARY 2021", True),
        ("12 members voted on July 20, 2005", False),
        ("2005 was the year the act passed, on July 20, 2005", False),
        ("12     July 20, 2005", False),
    ],
)
def test_a_page_head_has_its_page_at_one_end_and_the_date_at_the_other(line: str, furniture: bool) -> None:
    """The head between them is set off by wide gaps or printed in CAPITALS; a sentence that
    starts with a number and ends with a date stays text."""
    kept, removed = strip_furniture(["Some text before.", line, "more text after."], load_config())
    assert (kept[1] == "") is furniture
    assert [item.pattern for item in removed] == (["running-head"] if furniture else [])


def test_a_name_alone_beside_a_believed_office_alone_takes_its_turn() -> None:
    """The Security Council's web copy: "The President" recurs alone on its line, and a member
    printed once alone with a form of address and a role ("Mr. Halvorsen (Norway)") is a label
    beside it, not a heading."""
    tei = _tei("en-un-sc-names-alone.txt")
    assert speakers(tei) == ["The President", "Mr. Halvorsen (Norway)", "The President"]


def test_the_chairs_of_the_dail_and_the_senedd() -> None:
    """ "An Ceann Comhairle:" (the Irish article before the office) and "The Llywydd (Carys
    Morgan):" chair their sittings; the Llywydd's holder is the person, the office alone after
    it too."""
    dail = _persons(_tei("en-dail-ceann-comhairle.txt"))
    assert dail["an-ceann-comhairle"] == ("chair", None)
    tei = _tei("en-senedd-llywydd.txt")
    assert _persons(tei)["carys-morgan"] == ("chair", None)
    who = etree.fromstring(tei).xpath("//t:sp/@who", namespaces=NS)
    assert who[0] == who[-1] == "#carys-morgan"


def test_a_party_after_the_seat_and_a_comma_in_the_brackets() -> None:
    """The Kenyan Hansard: "Hon. Peter Odhiambo (Suba South, ODM):": ODM is the member's
    affiliation, the brackets as printed the role."""
    persons = _persons(_tei("en-kenya-seat-party.txt"))
    assert persons["hon-peter-odhiambo"] == ("Suba South, ODM", "ODM")
    assert persons["hon-dr-amina-wekesa"] == ("Nominated, UDA", "UDA")

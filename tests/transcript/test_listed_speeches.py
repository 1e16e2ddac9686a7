"""Two shapes of records copied from the web: the speeches a parliament's or council's page lists
(the speaker's name alone on its line, the party, group or office on the next, then the speech),
and the printed edition's page in brackets before a label ("[612] VORSITZENDER:"), a page break
(samples in tests/data/labels/, invented names in the shapes the real pages print)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from html_text import NS as HTML_NS
from html_text import parse_page, rendered_bodies, tei_bodies
from label_samples import NS, SAMPLES, speakers
from stenogram.render import html as html_edition
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.listed import listed
from stenogram.validate.run import default_checks, validate_file


def _convert(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


PAGED = [
    (
        "de-nuremberg-page-ref.txt",
        ["VORSITZENDER:", "DR. HALLMANN:"],
        {"612": "VORSITZENDER:"},
    ),
    (
        "en-nuremberg-page-ref.txt",
        ["THE PRESIDENT:", "MR. JUSTICE HARTLEY:", "THE PRESIDENT:", "DR. KRAMER:", "THE PRESIDENT:"],
        {"288": "THE PRESIDENT:", "289": "DR. KRAMER:"},
    ),
    (
        "de-nuremberg-page-ref-lines.txt",
        ["VORSITZENDER:", "DR. SEEMANN:", "VORSITZENDER:", "DR. SEEMANN:", "ZEUGE KUNZ:", "DR. SEEMANN:"],
        {"431": "DR. SEEMANN:", "432": "ZEUGE KUNZ:"},
    ),
]


@pytest.mark.parametrize(("name", "labels", "pages"), PAGED, ids=[case[0] for case in PAGED])
def test_a_printed_page_before_a_label_is_a_page_break_before_the_turn(
    name: str, labels: list[str], pages: dict[str, str]
) -> None:
    root = etree.fromstring(_convert(name))
    assert speakers(etree.tostring(root))[: len(labels)] == labels
    breaks = root.xpath("//t:body//t:pb", namespaces=NS)
    assert {
        pb.get("n"): pb.xpath("string(following-sibling::t:sp[1]/t:speaker)", namespaces=NS) for pb in breaks
    } == pages
    for pb in breaks:  # the number as printed, right after the break and before the turn
        printed = pb.getnext()
        assert (etree.QName(printed).localname, printed.get("type"), printed.text) == (
            "fw",
            "pageNum",
            f"[{pb.get('n')}]",
        )
        assert etree.QName(printed.getnext()).localname == "sp"


def test_the_printed_page_is_valid_and_shown_once_on_the_reading_page(tmp_path: Path) -> None:
    path = tmp_path / "paged.xml"
    path.write_bytes(_convert("en-nuremberg-page-ref.txt"))
    report = validate_file(str(path), default_checks())
    assert [finding.message for finding in report.findings] == []
    tree = etree.parse(str(path))
    page = parse_page(html_edition.html_page(tree).text)
    shown = [
        span.xpath("string()") for span in page.xpath("//h:span[contains(@class, 'pb')]", namespaces=HTML_NS)
    ]
    assert [text for text in shown if text] == ["[288]", "[289]"]
    assert tei_bodies(tree) == rendered_bodies(page)


LISTED = [
    # otvoreniparlament.rs: the party and, for the chair, "| Predsedava" on the line under the name
    (
        "sr-otvoreni-parlament.txt",
        [
            "Dragan Milić Srpska napredna stranka | Predsedava",
            "Zoran Petković Socijalistička partija Srbije",
            "Dragan Milić Srpska napredna stranka | Predsedava",
            "Jelena Savić Ministarka finansija",
        ],
    ),
    # the same page copied card by card: the name a paragraph of its own, the party and role the
    # first line of the speech's, one paragraph a line, the next card's menu and group closing it
    (
        "sr-otvoreni-kartice.txt",
        [
            "Radomir Jakšić | Predsedava",
            "Snežana Lukić Socijalistička partija Srbije",
            "Radomir Jakšić Srpska napredna stranka | Predsedava",
            "Dušan Ilić Ministar državne uprave",
        ],
    ),
    # the Bundestag's speeches page: the parliamentary group alone under the name, digits in it
    (
        "de-bundestag-reden.txt",
        ["Anna Krüger SPD", "Thomas Bergmann CDU/CSU", "Lena Hoffmann Bündnis 90/Die Grünen"],
    ),
    # a Landtag's page: the photo's caption gives the name once more above it
    (
        "de-landtag-reden-photo.txt",
        ["Jürgen Vogt Jürgen Vogt FDP", "Sabine Ortmann Sabine Ortmann Ministerin für Schule und Bildung"],
    ),
    # the European Parliament's verbatim report as a page lists it: the political group
    (
        "en-ep-cre-groups.txt",
        [
            "Sophie Lambert Renew Europe Group",
            "Piotr Zawadzki ECR Group",
            "Sophie Lambert Renew Europe Group",
        ],
    ),
    # a city council's video minutes: the office or the councillors' club, then the clock
    (
        "hr-gradsko-vijece-time.txt",
        [
            "Ivana Horvat Predsjednica Gradskog vijeća 09:14",
            "Marko Kovačević Klub vijećnika Možemo 09:16",
            "Ivana Horvat Predsjednica Gradskog vijeća 09:19",
        ],
    ),
    (
        "fr-conseil-municipal-video.txt",
        [
            "Claire Dubois Adjointe au maire, chargée des finances",
            "Antoine Mercier Groupe Ensemble pour la Ville",
        ],
    ),
    (
        "es-parlamento-grupo.txt",
        [
            "María López Herrera Grupo Parlamentario Socialista",
            "Javier Ruiz Ortega Grupo Parlamentario Popular",
            "María López Herrera Grupo Parlamentario Socialista",
        ],
    ),
    # a particle in the name; the speech opens with the address "Voorzitter.", no label of its own
    ("nl-tweede-kamer-particle.txt", ["Jan de Vries VVD", "Fatima el Amrani GroenLinks-PvdA"]),
    (
        "pl-sejm-klub.txt",
        [
            "Anna Nowakowska Klub Parlamentarny Prawo i Sprawiedliwość",
            "Tomasz Wiśniewski Koalicja Obywatelska",
        ],
    ),
    # a theyworkforyou-like page: the office or party and seat, then the time and date
    (
        "en-theyworkforyou.txt",
        [
            "Helen Carter The Chancellor of the Exchequer 10:32, 4 March 2025",
            "Mark Dobson Conservative, Harrowgate West 10:41, 4 March 2025",
            "Helen Carter The Chancellor of the Exchequer",
        ],
    ),
    # its copy of the Senedd's record: the photo's caption, the name, the party and the time and
    # date on one line: the caption is taken off as furniture, the rest of the line is the label
    (
        "en-theyworkforyou-senedd.txt",
        [
            "Carys Lloyd Plaid Cymru 2:15, 12 October 2022",
            "Owain Pritchard Conservative 2:15, 12 October 2022",
            "Sian Rowlands Labour",
            "Carys Lloyd Plaid Cymru 2:18, 12 October 2022",
        ],
    ),
]


def _speaker_texts(tei: bytes) -> list[str]:
    root = etree.fromstring(tei)
    return [" ".join(s.xpath("string()").split()) for s in root.xpath("//t:sp/t:speaker", namespaces=NS)]


@pytest.mark.parametrize(("name", "labels"), LISTED, ids=[case[0] for case in LISTED])
def test_a_name_alone_over_its_affiliation_line_is_a_label(name: str, labels: list[str]) -> None:
    assert _speaker_texts(_convert(name)) == labels


def test_the_affiliation_line_is_the_persons_role_and_the_time_the_labels() -> None:
    root = etree.fromstring(_convert("en-theyworkforyou.txt"))
    assert root.xpath("//t:sp[1]/t:speaker/t:time/text()", namespaces=NS) == ["10:32, 4 March 2025"]
    assert root.xpath("//t:sp[1]/t:p/text()", namespaces=NS) == [
        "I beg to move that the Bill be now read a Second time."
    ]
    who = [sp.get("who") for sp in root.xpath("//t:sp", namespaces=NS)]
    assert who[0] == who[2] != who[1]


# TheyWorkForYou's copies of Hansard: the party and seat, or the office, on the name's own line
JOINED = [
    (
        "en-theyworkforyou-joined.txt",
        [
            ("Alan Brook", "Labour", "Northtown"),
            ("Jane Hale", "", "The Minister of State, Department for Transport"),
            ("Rhys Morgan", "Plaid Cymru", "Dwyfor Hiraethog"),
            ("Jane Hale", "", "The Minister of State, Department for Transport"),
            ("Mary Ann Green", "Liberal Democrat", "Westbridge and Elm"),
        ],
    ),
    (
        "en-theyworkforyou-lords.txt",
        [
            ("Lord Ashby of Fenwick", "Conservative", ""),
            ("Lord Penhallow", "", "The Parliamentary Under-Secretary of State, Department for Transport"),
            ("Baroness Quill", "Labour", ""),
            ("Lord Tamworth", "Crossbench", ""),
            ("Lord Penhallow", "", "The Parliamentary Under-Secretary of State, Department for Transport"),
        ],
    ),
    (
        "en-theyworkforyou-speaker.txt",
        [
            ("Lindsay Crane", "", "Speaker"),
            ("Ewan Baird", "Scottish National Party", "Kilbarra and Strathmore"),
            ("Lindsay Crane", "", "Speaker"),
            ("Sam Kerr", "DUP", "Antrim Coast"),
            ("Priya Nandra", "Labour/Co-operative", "Eastfield Central"),
            ("Lindsay Crane", "", "Speaker"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "turns"), JOINED, ids=[case[0] for case in JOINED])
def test_a_party_or_office_on_the_names_line_makes_a_turn(
    name: str, turns: list[tuple[str, str, str]]
) -> None:
    """Each turn's speaker is the person the name gives, the party the affiliation, the seat
    (or the office) the role."""
    root = etree.fromstring(_convert(name))
    persons = {person.get(_XML_ID): person for person in root.iter(f"{{{NS['t']}}}person")}
    got = []
    for sp in root.xpath("//t:body//t:sp", namespaces=NS):
        person = persons[sp.get("who").lstrip("#")]
        got.append(
            (
                person.xpath("string(t:persName[@type='label'][1])", namespaces=NS),
                person.xpath("string(t:affiliation)", namespaces=NS),
                (person.get("role") or "").removeprefix("chair "),
            )
        )
    assert got == turns
    assert not root.xpath("//t:body//t:head", namespaces=NS)


_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_a_party_printed_over_the_names_line_and_again_in_it_makes_a_turn() -> None:
    """A committee's evidence copied from the web prints the clock, the party alone, then the
    member's line with the party again between the name and the riding, or between the chair's
    office and its holder; a voice of the hall has its clock alone: each block opens a turn,
    the riding the role, the party the affiliation."""
    root = etree.fromstring(_convert("en-ca-committee-web-party-twice.txt"))
    who = [sp.get("who").lstrip("#") for sp in root.xpath("//t:body//t:sp", namespaces=NS)]
    assert who == [
        "marcel-thibodeau",
        "brent-kowalchuk",
        "an-hon-member",
        "marcel-thibodeau",
        "helene-arsenault",
    ]
    persons = {person.get(_XML_ID): person for person in root.xpath("//t:person", namespaces=NS)}
    got = {
        ident: (person.get("role"), person.xpath("string(t:affiliation)", namespaces=NS))
        for ident, person in persons.items()
    }
    assert got == {
        "marcel-thibodeau": ("chair", "Liberal"),
        "brent-kowalchuk": ("Yellowhead Plains, AB", "Conservative"),
        "helene-arsenault": ("Baie-des-Chaleurs—Gaspé, QC", "NDP"),
    }
    assert root.xpath("//t:sp[1]/t:speaker/t:time/text()", namespaces=NS) == ["11:05 a.m."]
    assert root.xpath("//t:personGrp/@role", namespaces=NS) == ["audience"]
    assert not root.xpath("//t:body//t:head", namespaces=NS)


@pytest.mark.parametrize(
    ("line", "name", "affiliation"),
    [
        ("Mary Ann Green Liberal Democrat, Westbridge", "Mary Ann Green", "Liberal Democrat, Westbridge"),
        ("Tom Green Independent, Eastmoor", "Tom Green", "Independent, Eastmoor"),
        (
            "Jane Hale The Economic Secretary to the Treasury",
            "Jane Hale",
            "The Economic Secretary to the Treasury",
        ),
        ("Mary Ann Smith Shadow Minister (Health)", "Mary Ann Smith", "Shadow Minister (Health)"),
        ("Owen Price Labour/Co-operative, Eastfield", "Owen Price", "Labour/Co-operative, Eastfield"),
    ],
)
def test_the_name_ends_where_the_party_or_the_office_begins(line: str, name: str, affiliation: str) -> None:
    block = listed([line, "10:32 am, 4th March 2025"], load_config())
    assert block is not None
    assert (block.name, block.affiliation) == (name, affiliation)


@pytest.mark.parametrize(
    "line", ["Mary Ann Smith", "Alan Brook Northtown", "Mary Ann Smith Northtown, Labour"]
)
def test_a_name_with_no_party_or_office_after_it_is_no_block(line: str) -> None:
    """No party or office begins after a name of two words or more: an ordinary name is never
    split."""
    assert listed([line, "10:32 am, 4th March 2025"], load_config()) is None


@pytest.mark.parametrize(
    "name", ["en-headings-two-lines.txt", "de-one-block-heading.txt", "en-not-names-party-words.txt"]
)
def test_headings_over_paragraphs_are_no_labels(name: str) -> None:
    assert speakers(_convert(name)) == []


def test_a_baroness_is_a_form_of_address_as_a_lord_is() -> None:
    root = etree.fromstring(_convert("en-theyworkforyou-lords.txt"))
    honorifics = root.xpath("//t:person/t:persName[1]/t:roleName[@type='honorific']/text()", namespaces=NS)
    assert honorifics == ["Lord", "Lord", "Baroness", "Lord"]


def test_a_video_minutes_clock_name_role_and_name_again_are_one_label() -> None:
    """A council's minutes published with the video (the clock, the name, the role with the
    party, the name again over the speech) give one turn to each block, printed once each."""
    root = etree.fromstring(_convert("nl-gemeenteraad-video-minute.txt"))
    turns = root.xpath("//t:body//t:sp", namespaces=NS)
    assert [sp.get("who") for sp in turns] == ["#a-brinkhorst", "#p-van-aalst", "#s-oudeman", "#a-brinkhorst"]
    assert [sp.xpath("string(t:speaker/t:time)", namespaces=NS) for sp in turns] == [
        "0:09",
        "1:14",
        "2:03",
        "2:40",
    ]
    assert turns[2].xpath("string(t:p)", namespaces=NS) == "Dat kan, het stuk ligt klaar bij de griffie."
    people = {
        person.get("{http://www.w3.org/XML/1998/namespace}id"): (
            person.get("role"),
            person.xpath("string(t:affiliation)", namespaces=NS),
        )
        for person in root.xpath("//t:listPerson/t:person", namespaces=NS)
    }
    assert people["p-van-aalst"] == ("raadslid", "VVD")
    assert people["s-oudeman"] == ("Wethouder", "GroenLinks")
    assert "Voorzitter" in people["a-brinkhorst"][0]


def test_numbers_rising_by_one_before_every_label_number_the_speeches_and_break_no_page() -> None:
    # "[118] THE CHAIR:", "[119] MR PELLOW:", …: an inquiry's web copy numbers each speech; no
    # printed page opens at every turn, so the number stays in the label as printed
    tei = _convert("en-inquiry-numbered-speeches.txt")
    root = etree.fromstring(tei)
    assert root.xpath("//t:body//t:pb | //t:body//t:fw", namespaces=NS) == []
    assert speakers(tei)[:3] == ["[118] THE CHAIR:", "[119] MR PELLOW:", "[120] MS DRAYCOTT:"]
    assert root.xpath("//t:body//t:sp/@who", namespaces=NS)[:4] == [
        "#the-chair",
        "#mr-pellow",
        "#ms-draycott",
        "#mr-pellow",
    ]

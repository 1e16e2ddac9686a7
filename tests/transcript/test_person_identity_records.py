"""One person per person across the label forms real records print: an office with its holder
in parentheses, then the holder's name or the office alone; a chair named in a heading, then
printed by office alone. Each sample is in the shape of a real record (names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from label_samples import name_parts_of, sample_tei, turn_ids
from stenogram import convert_text

DATA = Path(__file__).resolve().parents[1] / "data" / "persons"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
ANY = object()  # a role the test does not assert
MINISTER = "marco-valli"


def _converted(name: str) -> tuple[list[str], dict[str, str | None]]:
    """The @who of each turn in order, and each person's id with its role."""
    root = etree.fromstring(convert_text((DATA / name).read_bytes(), name).tei)
    who = [str(sp.get("who")) for sp in root.iter(f"{TEI}sp")]
    return who, {str(p.get(XML_ID)): p.get("role") for p in root.iter(f"{TEI}person")}


@pytest.mark.parametrize(
    ("name", "who", "persons"),
    [
        # an office in words beyond the office ("for Health and Social Care", "Deputy"): the
        # holder in parentheses is the person, and the holder's name printed alone is too, and
        # so is the office without its portfolio ("The Secretary of State:"); "Madam" is a form
        # of address, so the Deputy Speaker is the chair
        (
            "en-commons-ministers.txt",
            [
                "sarah-linton",
                "tom-ashworth",
                "sarah-linton",
                "tom-ashworth",
                "dame-rosie-wells",
                "sarah-linton",
                "dame-rosie-wells",
            ],
            {
                "sarah-linton": "Secretary of State for Health and Social Care",
                "tom-ashworth": "Leeds North",
                "dame-rosie-wells": "chair",
            },
        ),
        # the Scottish Parliament: the Presiding Officer and the First Minister, then by office alone
        (
            "en-scotland-presiding.txt",
            [
                "alison-johnstone",
                "nicola-sturgeon",
                "douglas-ross",
                "nicola-sturgeon",
                "alison-johnstone",
                "douglas-ross",
            ],
            {
                "alison-johnstone": "chair",
                "nicola-sturgeon": "First Minister",
                "douglas-ross": "Highlands and Islands",
            },
        ),
        # the Congreso: an office in capitals with the minister's surnames in Mixed case
        (
            "es-congreso-minister.txt",
            [
                "la-senora-presidenta",
                "el-senor-ortega-sanz",
                "la-senora-presidenta",
                "navarro-gil",
                "la-senora-presidenta",
                "el-senor-ortega-sanz",
                "la-senora-presidenta",
                "navarro-gil",
            ],
            {
                "la-senora-presidenta": "chair",
                "el-senor-ortega-sanz": None,
                "navarro-gil": "MINISTRO DE HACIENDA",
            },
        ),
        # a regional parliament: the first vice-president in the chair and a vice-president of
        # the government, each its holder, not one person for the office's word
        (
            "es-parlamento-vicepresidente.txt",
            [
                "de-la-vega-fernandez",
                "el-senor-diaz-ramirez",
                "de-la-vega-fernandez",
                "el-senor-diaz-ramirez",
                "perez-garcia",
                "el-senor-diaz-ramirez",
            ],
            # (the government's vice-president is taken for a chair too: its role is not asserted)
            {"de-la-vega-fernandez": "chair", "el-senor-diaz-ramirez": None, "perez-garcia": ANY},
        ),
        # the Vouli: the chair's holder in capitals, as the office is, and later by name alone
        (
            "el-vouli-proedros.txt",
            [
                "georgios-lamprou",
                "nikolaos-papadakis",
                "georgios-lamprou",
                "nikolaos-papadakis",
                "georgios-lamprou",
            ],
            {"georgios-lamprou": "chair", "nikolaos-papadakis": None},
        ),
    ],
)
def test_an_office_with_its_holder_is_the_holder(
    name: str, who: list[str], persons: dict[str, object]
) -> None:
    found, people = _converted(name)
    assert found == [f"#{ident}" for ident in who]
    assert sorted(people) == sorted(persons)
    assert {k: v for k, v in people.items() if persons[k] is not ANY} == {
        k: v for k, v in persons.items() if v is not ANY
    }


@pytest.mark.parametrize(
    ("name", "who", "persons"),
    [
        # the Senato: "Presidenza del vice presidente ROSSETTI" over the first "PRESIDENTE.", and
        # another president after "Presidenza del presidente COLOMBO"
        (
            "it-senato-presidenza.txt",
            ["rossetti", "rossetti", "barbieri", "rossetti", "barbieri", "colombo", "barbieri"],
            {"rossetti": "chair", "barbieri": None, "colombo": "chair"},
        ),
        # the Camera's heading in capitals, with the forename: the minister keeps his own label
        (
            "it-camera-presidenza.txt",
            ["paolo-ferrante", MINISTER, "giulia-conti", "paolo-ferrante", "giulia-conti", MINISTER],
            {
                "paolo-ferrante": "chair",
                MINISTER: "Ministro per i rapporti con il Parlamento",
                "giulia-conti": None,
            },
        ),
        # the Sénat's "PRÉSIDENCE DE M. …" and "PRÉSIDENCE DE MME …": two persons in the chair;
        # "M. Dupuis." is "M. Jean Dupuis."
        (
            "fr-senat-presidence.txt",
            [
                "gerard-larchet",
                "m-jean-dupuis",
                "gerard-larchet",
                "m-jean-dupuis",
                "valerie-letard",
                "m-jean-dupuis",
            ],
            {"gerard-larchet": "chair", "m-jean-dupuis": None, "valerie-letard": "chair"},
        ),
        # the Congressional Record's "(Mr. HOLLOWAY in the chair.)": the Speaker pro tempore after
        # it is the member, who speaks by name too
        (
            "en-house-in-the-chair.txt",
            ["the-speaker-pro-tempore", "mr-bradley", "holloway", "mr-bradley", "holloway"],
            {"the-speaker-pro-tempore": "chair", "mr-bradley": None, "holloway": "chair"},
        ),
        # the Rada's "Веде засідання Голова Верховної Ради України ТКАЧЕНКО О.В.": the holder is the
        # surname and initials, not the chamber; where the heading names the office alone, the
        # bracket below it names the holder ("(КОРНІЄНКО О.С.)")
        (
            "uk-rada-vede-zasidannia.txt",
            ["tkachenko-o-v", "savchuk-m-p", "tkachenko-o-v"],
            {"tkachenko-o-v": "chair", "savchuk-m-p": 'фракція "Рух"'},
        ),
        (
            "uk-rada-chair-bracketed.txt",
            ["kornienko-o-s", "grishchenko-t-d", "kornienko-o-s"],
            {"kornienko-o-s": "chair", "grishchenko-t-d": None},
        ),
        # the Duma's "Председательствует Председатель Государственной Думы Б. В. Лосев"
        (
            "ru-duma-predsedatelstvuet.txt",
            ["b-v-losev", "kuznetsova-a-n", "b-v-losev"],
            {"b-v-losev": "chair", "kuznetsova-a-n": 'фракция "Родина"'},
        ),
        # the Sejm's "(Przewodnictwo w obradach obejmuje wicemarszałek Sejmu Anna Wiśniewska)"
        (
            "pl-sejm-przewodnictwo.txt",
            ["anna-wisniewska", "posel-tomasz-lis", "anna-wisniewska"],
            {"anna-wisniewska": "chair", "posel-tomasz-lis": None},
        ),
    ],
)
def test_a_heading_puts_a_person_in_the_chair(name: str, who: list[str], persons: dict[str, object]) -> None:
    found, people = _converted(name)
    assert found == [f"#{ident}" for ident in who]
    assert people == persons


def test_the_chairs_own_label_is_no_heading() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Спасибо." is the chair speaking, not a heading naming "Спасибо"."""
    found, people = _converted("../labels/ru-council-capitals.txt")
    assert found[0] == found[-1] == "#predsedatelstvuyushchii"
    assert len(people) == 3


@pytest.mark.parametrize(
    ("name", "who"),
    [
        # the Sejm: two members called Nowak stay two; the vice-marshal alone is no one named
        (
            "pl-sejm-marszalek.txt",
            [
                "marszalek",
                "posel-jan-nowak",
                "wicemarszalek-anna-kowalska",
                "posel-adam-nowak",
                "posel-jan-nowak",
                "wicemarszalek-anna-kowalska",
                "sekretarz-stanu-w-ministerstwie-finansow-piotr-zielinski",
                "wicemarszalek",
            ],
        ),
        # the Országgyűlés: "DR. VARGA LÁSZLÓ" is "VARGA LÁSZLÓ"; the minister's office in words after it
        (
            "hu-orszaggyules.txt",
            [
                "elnok",
                "kovacs-peter",
                "elnok",
                "varga-laszlo",
                "kovacs-peter",
                "varga-laszlo",
            ],
        ),
        # a Landtag: "Präsident Scholz" and "Präsident Dr. Scholz" are the president; "Abg. Keller"
        # fits both Thomas and Dr. Anna Keller, so it is a person of its own
        (
            "de-landtag-abg.txt",
            [
                "prasident-dr-gunnar-scholz",
                "abg-thomas-keller",
                "prasident-dr-gunnar-scholz",
                "abg-keller",
                "abg-dr-anna-keller",
                "prasident-dr-gunnar-scholz",
            ],
        ),
    ],
)
def test_name_forms_of_members(name: str, who: list[str]) -> None:
    assert _converted(name)[0] == [f"#{ident}" for ident in who]


def test_a_member_named_in_full_before_a_place_or_party_is_that_member() -> None:
    """An office with a full name after it is a member with their own name: the parenthesis
    after it is a place or a party, never a holder ("Senator Penny Wong (South Australia)")."""
    text = (
        "Senator Penny Wong (South Australia): I move that the bill be read a second time.\n\n"
        "Deputy Mary Lou McDonald (Sinn Féin): We oppose it.\n\n"
        "The Minister for Local Government (John Brown): We are taking many steps.\n\n"
        "Senator Wong: I thank the Senate.\n\n"
        "The Minister for Local Government: Thank you.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "senate.txt").tei)
    assert [sp.get("who") for sp in root.iter(TEI + "sp")] == [
        "#senator-penny-wong",
        "#deputy-mary-lou-mcdonald",
        "#john-brown",
        "#senator-penny-wong",
        "#john-brown",
    ]


def test_the_chairs_call_closing_its_speech_over_the_members_label_names_no_fuller_person() -> None:
    # the chair's call on the last line of its speech ("Pani posłanka Ewa Kurant, Koalicja
    # Obywatelska.") over the member's label alone: no label, so not the member's name with the club
    tei = sample_tei("pl-sejm-chair-call-line.txt")
    assert turn_ids(tei) == ["halina-dabek", "posel-tadeusz-rolak", "halina-dabek", "posel-ewa-kurant"]
    assert name_parts_of(tei, "posel-ewa-kurant") == [
        ("roleName", "office", "Poseł"),
        ("forename", None, "Ewa"),
        ("surname", None, "Kurant"),
    ]


def test_an_office_alone_with_its_districts_is_one_member_a_district() -> None:
    # "SENATOR (11TH):", "SENATOR (25TH):": a state senate's members, the office's word no person
    found, people = _converted("../labels/en-us-state-senate-district-only.txt")
    assert found == [
        "#the-chair",
        "#senator-11th",
        "#the-chair",
        "#senator-25th",
        "#the-chair",
        "#senator-11th",
    ]
    assert sorted(people) == ["senator-11th", "senator-25th", "the-chair"]


def test_a_states_president_named_with_the_state_chairs_no_sitting() -> None:
    # "President of Norland Arvid Tamsin:", then "Arvid Tamsin:": one person, a state's office
    found, people = _converted("../labels/en-state-president-meeting.txt")
    assert found[0] == found[2] == found[4] == "#president-of-norland-arvid-tamsin"
    assert people["president-of-norland-arvid-tamsin"] != "chair"


def test_the_chairs_holder_after_the_office_s_stop_on_its_line_is_the_chair() -> None:
    # "ГОЛОВУЮЧИЙ. Ковальчук Р.О." / the speech: the holder presides, no paragraph of the name
    found, people = _converted("../labels/uk-rada-chair-holder-line.txt")
    assert found == ["#kovalchuk-r-o", "#tkachenko-o-m", "#kovalchuk-r-o", "#petrenko-v-i"]
    assert people["kovalchuk-r-o"] == "chair"

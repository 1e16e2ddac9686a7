"""Short excerpts of the records of the Americas (Mexico's, Chile's and Argentina's chambers, US
hearings and city councils, Canada's committees) and of English-language committees and
Commonwealth chambers, each label printed once or twice: the speakers, the persons they name and
the lines above them that are no label."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from label_samples import NS, SAMPLES
from stenogram.tei.convert import convert_text


def _tei(name: str) -> etree._Element:
    return etree.fromstring(convert_text((SAMPLES / name).read_bytes(), Path(name).name).tei)


def _person(root: etree._Element, ident: str) -> etree._Element:
    found = root.xpath(f"//t:person[@xml:id='{ident}']", namespaces=NS)
    assert found, [
        p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:person", NS)
    ]
    return found[0]


def _parts(person: etree._Element, part: str) -> list[str]:
    return person.xpath(f"./t:persName[not(@type)]/t:{part}/text()", namespaces=NS)


def test_a_chamber_named_in_capitals_over_the_record_is_its_title_no_speaker() -> None:
    """A line "CÁMARA DE DIPUTADOS" names the house (its members' office after "DE"), no
    speaker: the title and the date under it stay the record's; the hour and the seat in a
    label's parentheses ("(11:05 horas)", "(desde la curul)", "(leyendo)") are notes, no role."""
    root = _tei("es-mx-camara-heading.txt")
    title = " ".join(root.xpath("string(//t:titleStmt/t:title)", namespaces=NS).split())
    assert title.startswith("CÁMARA DE DIPUTADOS")
    assert root.xpath("//t:sourceDesc//t:date/@when|//t:setting//t:date/@when", namespaces=NS)[:1] == [
        "2023-03-14"
    ]
    assert _person(root, "la-presidenta-diputada-irma-solis-bernal").get("role") == "chair"
    assert _person(root, "el-diputado-tomas-quintero-lara").get("role") is None
    assert _person(root, "la-secretaria-diputada-gloria-pena-arce").get("role") is None


def test_the_chilean_chamber_over_its_legislature_and_sitting() -> None:
    root = _tei("es-cl-camara-heading.txt")
    assert len(root.findall(".//t:person", NS)) == 3


def test_an_event_of_the_hall_after_a_dash_on_its_own_line() -> None:
    """The Argentine record's "- Aplausos." is a stage direction, not the end of a speech."""
    root = _tei("es-ar-aplausos-dash.txt")
    assert root.xpath("//t:stage/@type", namespaces=NS) == ["applause"]


def test_a_leader_of_the_house_with_the_holder_in_parentheses() -> None:
    """A label "Minority Leader (Mr X):" (Ghana's and other Commonwealth Hansards): the holder is
    the person, the leadership his role."""
    root = _tei("en-gh-leader-holder.txt")
    assert _person(root, "mr-kwame-asante").get("role") == "Minority Leader"
    assert _parts(_person(root, "mr-kwame-asante"), "surname") == ["Asante"]


def test_the_witnesses_of_an_oral_evidence_session_are_a_field_no_speaker() -> None:
    root = _tei("en-oral-evidence-witnesses.txt")
    assert not root.xpath("//t:person[contains(@xml:id, 'witness')]", namespaces=NS)
    # "Professor" is a form of address, no forename
    assert _parts(_person(root, "professor-marsh"), "roleName") == ["Professor"]
    assert _parts(_person(root, "professor-marsh"), "forename") == []


def test_a_hearing_statement_heading_in_capitals_heads_the_body() -> None:
    """The long heading of a US hearing naming the witness with every office is a heading, not a
    paragraph of nobody's."""
    root = _tei("en-us-hearing-statement-heading.txt")
    heads = [" ".join(h.xpath("string()").split()) for h in root.iterfind(".//t:body//t:head", NS)]
    assert any(head.startswith("OPENING STATEMENT OF HON. ROBERT HALE") for head in heads)


def test_a_canadian_committee_member_whose_forename_is_a_spanish_form_of_address() -> None:
    """In "Mr. Don Harlow", "Don" after "Mr." and before the surname alone is his forename."""
    root = _tei("en-ca-committee-riding.txt")
    harlow = _person(root, "mr-don-harlow")
    assert _parts(harlow, "forename") == ["Don"]
    assert _parts(harlow, "surname") == ["Harlow"]


def test_a_city_council_hearing_in_capitals() -> None:
    """In "COUNCIL MEMBER BRENNAN:" the office is of two words, the name the last."""
    root = _tei("en-us-city-council-caps.txt")
    brennan = _person(root, "council-member-brennan")
    assert _parts(brennan, "roleName") == ["Council Member"]
    assert _parts(brennan, "surname") == ["Brennan"]


def test_a_colombian_speech_headed_by_intervencion_with_a_colon() -> None:
    """A line "Intervención del honorable Representante X:" over the speech names its speaker as
    "Palabras del … X." does: a line of the record, the turn under it the member's."""
    root = _tei("es-co-intervencion-colon.txt")
    turns = root.findall(".//t:sp", NS)
    assert [sp.get("who") for sp in turns] == [
        "#representante-andres-felipe-osorio-gil",
        "#representante-luz-marina-ocampo-rios",
    ]
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "es-co-intervencion-colon.txt"
    assert len(root.xpath("//t:body//t:stage", namespaces=NS)) == 2


def test_a_chair_named_by_the_rank_of_the_members_before_the_office() -> None:
    """A court's chair printed "SEÑORA MINISTRA PRESIDENTA": the justice's rank before the chair's
    word that ends the label; the chair, unlike a justice named after the rank."""
    root = _tei("es-mx-corte-ministro-presidente.txt")
    assert _person(root, "senora-ministra-presidenta").get("role") == "chair"
    assert _person(root, "senor-ministro-robledo-zamora").get("role") is None


def test_hyphens_filling_a_minute_to_its_margin_are_no_answer() -> None:
    """An Argentine minute's paragraphs end in a run of hyphens to the margin: no witness answers
    after them, unlike the three hyphens after a question of an Australian court."""
    root = _tei("es-ar-concejo-acta-dash-filler.txt")
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:person", NS)] == [
        "presidencia",
        "secretaria",
        "concejal-barros",
    ]

"""The Schematron engine on small schemas: each ISO feature, SVRL and locations."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stenogram.errors import InputError
from stenogram.validate.schematron import check, outcomes, stylesheet_for
from stenogram.validate.schematron.locate import Positions, node_at
from stenogram.validate.schematron.source import load_schema

DOC = b"""<?xml version="1.0"?>
<?xml-model href="x.rng"?>
<doc xmlns="urn:d">
  <item n="1">one</item>
  <item n="2"/>
  <group><item n="3">three</item><item
     n="4">four</item></group>
</doc>"""


def run(
    tmp_path: Path,
    body: str,
    *,
    binding: str = "xslt3",
    phase: str | None = None,
    extra: dict[str, str] | None = None,
) -> list:
    for name, text in (extra or {}).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sch = tmp_path / "rules.sch"
    sch.write_text(
        f'<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="{binding}">'
        f'<ns prefix="d" uri="urn:d"/>{body}</schema>',
        encoding="utf-8",
    )
    tree = etree.ElementTree(etree.fromstring(DOC))
    return outcomes(check(stylesheet_for(sch, phase), tree))


def ids(found: list) -> list[tuple[str, str]]:
    return [(o.id, o.location) for o in found]


def test_assert_report_value_of_and_name(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        """<pattern id="p"><rule context="d:item">
        <assert id="has-text" role="warning"
          test="normalize-space()"><name/> <value-of select="@n"/> is empty</assert>
        <report id="is-four" test="@n = 4">four at <name path=".."/></report></rule></pattern>""",
    )
    assert ids(found) == [
        ("has-text", "/Q{urn:d}doc[1]/Q{urn:d}item[2]"),
        ("is-four", "/Q{urn:d}doc[1]/Q{urn:d}group[1]/Q{urn:d}item[2]"),
    ]
    assert found[0].message == "item 2 is empty"
    assert (found[0].kind, found[0].role) == ("failed-assert", "warning")
    assert found[1].message == "four at group" and found[1].kind == "successful-report"


def test_first_matching_rule_wins_within_a_pattern(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        """<pattern><rule context="d:item[@n = 1]"><report id="first" test="true()">x</report></rule>
        <rule context="d:item"><report id="second" test="true()">y</report></rule></pattern>
        <pattern><rule context="d:item[@n = 1]">
          <report id="other-pattern" test="true()">z</report></rule></pattern>""",
    )
    assert [o.id for o in found] == ["first", "second", "second", "second", "other-pattern"]


def test_lets_at_schema_pattern_and_rule_level(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        """<let name="max" value="3"/><pattern><let name="min" value="2"/>
        <rule context="d:item"><let name="n" value="xs:integer(@n)"/>
          <report id="between" test="$n ge $min and $n le $max">n=<value-of select="$n"/></report>
        </rule></pattern>""",
    )
    assert [o.message for o in found] == ["n=2", "n=3"]


def test_phases_choose_patterns(tmp_path: Path) -> None:
    body = """<phase id="only-b"><active pattern="b"/></phase>
        <pattern id="a"><rule context="d:doc"><report id="a" test="true()">a</report></rule></pattern>
        <pattern id="b"><rule context="d:doc"><report id="b" test="true()">b</report></rule></pattern>"""
    assert [o.id for o in run(tmp_path, body)] == ["a", "b"]
    assert [o.id for o in run(tmp_path, body, phase="only-b")] == ["b"]
    with pytest.raises(InputError, match="no Schematron phase 'nope'"):
        run(tmp_path, body, phase="nope")


def test_diagnostics_are_reported(tmp_path: Path) -> None:
    sch = tmp_path / "d.sch"
    sch.write_text(
        """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
      <ns prefix="d" uri="urn:d"/><pattern><rule context="d:doc">
      <assert test="false()" diagnostics="why">never</assert></rule></pattern>
      <diagnostics>
        <diagnostic id="why">there are <value-of select="count(d:item)"/> items</diagnostic></diagnostics>
      </schema>""",
        encoding="utf-8",
    )
    svrl = check(stylesheet_for(sch), etree.ElementTree(etree.fromstring(DOC)))
    ref = svrl.find(".//{http://purl.oclc.org/dsdl/svrl}diagnostic-reference")
    assert ref.get("diagnostic") == "why" and "".join(ref.itertext()).strip() == "there are 2 items"


def test_abstract_rules_and_patterns(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        """
      <pattern abstract="true" id="needs"><rule context="$parent">
        <assert id="needs-child" test="$child">missing</assert></rule></pattern>
      <pattern is-a="needs" id="group-needs-item"><param name="parent" value="d:group"/>
        <param name="child" value="d:title"/></pattern>
      <pattern><rule abstract="true" id="numbered"><assert id="numbered" test="@n">no n</assert></rule>
        <rule context="d:item"><extends rule="numbered"/>
          <report id="late" test="@n > 3">late</report></rule></pattern>""",
    )
    assert ids(found) == [
        ("needs-child", "/Q{urn:d}doc[1]/Q{urn:d}group[1]"),
        ("late", "/Q{urn:d}doc[1]/Q{urn:d}group[1]/Q{urn:d}item[2]"),
    ]


def test_include_pulls_in_a_pattern(tmp_path: Path) -> None:
    inc = (
        '<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="inc"><rule context="d:group">'
        '<report id="included" test="true()">from the included file</report></rule></pattern>'
    )
    found = run(tmp_path, '<include href="inc.sch"/>', extra={"inc.sch": inc})
    assert [o.id for o in found] == ["included"]


def test_query_binding_xslt_uses_xpath_1(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        '<pattern><rule context="d:item"><report id="r" test="@n = \'2\'">two</report></rule></pattern>',
        binding="xslt",
    )
    assert [o.id for o in found] == ["r"]
    with pytest.raises(InputError, match="unsupported Schematron queryBinding 'xpath31'"):
        run(
            tmp_path,
            "<pattern><rule context='d:doc'><assert test='1'>x</assert></rule></pattern>",
            binding="xpath31",
        )


def test_rules_see_the_prolog(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        """<pattern><rule context="/">
        <assert id="model" test="processing-instruction('xml-model')">no model</assert>
        <report id="pi" test="processing-instruction('xml-model')">has model</report></rule></pattern>""",
    )
    assert [o.id for o in found] == ["pi"]


def test_locations_map_to_line_and_column() -> None:
    tree = etree.ElementTree(etree.fromstring(DOC))
    positions = Positions(tree, DOC)
    item4 = node_at(tree, "/Q{urn:d}doc[1]/Q{urn:d}group[1]/Q{urn:d}item[2]")
    assert positions.of(item4) == (6, 34)
    attr = node_at(tree, "/Q{urn:d}doc[1]/Q{urn:d}group[1]/Q{urn:d}item[2]/@n")
    assert positions.of(attr) == (7, 6)
    assert positions.of(node_at(tree, "/Q{urn:d}doc[1]/Q{urn:d}item[1]/text()[1]")) == (4, 3)
    assert node_at(tree, "/Q{urn:d}doc[1]/Q{urn:d}item[9]") is None


def test_odd_rules_are_extracted_one_pattern_per_constraint_spec(corpus: Path) -> None:
    schema = load_schema(corpus / "schemas" / "dracor.odd")
    sch = "{http://purl.oclc.org/dsdl/schematron}"
    patterns = schema.findall(f"{sch}pattern")
    assert len(patterns) == 36
    assert patterns[0].get("id") == "schematron-constraint-body-network_check_basic_play_structure_div-1"
    assert {n.get("prefix"): n.get("uri") for n in schema.findall(f"{sch}ns")}[
        "tei"
    ] == "http://www.tei-c.org/ns/1.0"
    antilabe = next(p for p in patterns if "antilabe-part-sequence" in p.get("id"))
    assert len(antilabe.findall(f"{sch}rule")) == 3


def test_rules_embedded_in_relaxng_are_found(tmp_path: Path) -> None:
    rng = tmp_path / "s.rng"
    rng.write_text(
        """<grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:sch="http://purl.oclc.org/dsdl/schematron">
      <sch:ns prefix="d" uri="urn:d"/><start><element name="doc" ns="urn:d"><text/>
      <sch:pattern><sch:rule context="d:doc">
        <sch:report id="embedded" test="true()">x</sch:report></sch:rule></sch:pattern>
      </element></start></grammar>""",
        encoding="utf-8",
    )
    svrl = check(stylesheet_for(rng), etree.ElementTree(etree.fromstring(DOC)))
    assert [o.id for o in outcomes(svrl)] == ["embedded"]


def test_a_file_without_rules_is_refused(tmp_path: Path) -> None:
    odd = tmp_path / "none.odd"
    odd.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>', encoding="utf-8")
    with pytest.raises(InputError, match="no Schematron rules"):
        stylesheet_for(odd)


def test_locations_are_what_xpath_path_writes_for_every_kind_of_node(tmp_path: Path) -> None:
    """The compiled rules locate findings with their own, linear sg:path(): it must give
    exactly what XPath 3.1's path() gives, for elements in and out of a namespace, attributes
    with and without one, text, comments and processing instructions."""
    doc = (
        b'<?xml version="1.0"?><doc xmlns="urn:d" xmlns:x="urn:x"><item n="1">one<!--c--><?pi a?>'
        b'two<!--d--><?pi b?><?other?></item><x:item x:n="2"/><plain xmlns=""><item/><item m="3"/>'
        b"</plain><item>three</item></doc>"
    )
    sch = tmp_path / "rules.sch"
    sch.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">'
        '<pattern><rule context="node() | @*"><report test="true()"><value-of select="path(.)"/>'
        "</report></rule></pattern></schema>",
        encoding="utf-8",
    )
    found = outcomes(check(stylesheet_for(sch), etree.ElementTree(etree.fromstring(doc))))
    kinds = {o.location.rsplit("/", 1)[-1].split("[")[0].split("(")[0] for o in found}
    assert {"@n", "@Q{urn:x}n", "@m", "text", "comment", "processing-instruction", "Q{}item"} <= kinds
    assert [o.location for o in found] == [o.message for o in found]


def test_the_file_text_handed_to_saxon_gives_the_report_of_the_tree(corpus: Path, tmp_path: Path) -> None:
    """Saxon gets the file's own text, not the tree serialised again; a file with a DOCTYPE
    still goes as the tree (without it); a UTF-16 file is decoded as lxml read it."""
    from stenogram.validate.run import default_checks
    from stenogram.xmlsafe import parse_bytes

    rules = default_checks().schematron
    assert rules is not None
    stylesheet = stylesheet_for(rules, fired_rules=True)
    sitting = sorted((corpus / "parlamint").glob("*/*.xml"))[0]
    utf16 = tmp_path / "utf16.xml"
    utf16.write_bytes(
        sitting.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    )
    for path in (
        corpus / "tei" / "rusdracor" / "bulgakov-batum.xml",
        corpus / "tei" / "tei-p5" / "testdrama.xml",
        utf16,
    ):
        data = path.read_bytes()
        tree = parse_bytes(data, str(path), collect_ids=False)
        by_text, by_tree = check(stylesheet, tree, data), check(stylesheet, tree)
        assert etree.tostring(by_text) == etree.tostring(by_tree)
        assert outcomes(by_text)  # the rules fired and found something: the comparison says something

"""DraCor's own rules (dracor.odd) on DraCor's fixtures: our SVRL against a reference engine.

The oracle is the ISO Schematron reference implementation (Rick Jelliffe's "skeleton", the
XSLT that ships inside lxml as ``lxml/isoschematron/resources``), run on Saxon with its output
stylesheet set to XSLT 2.0 since DraCor's rules are XPath 2. Both reports must list the same
failed asserts and successful reports (kind, test, message) on the same nodes. One difference
of notation is allowed: for a rule on the document node (``context="/"``) we write ``/`` as
``path()`` does, the skeleton writes its root element's path.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import lxml.isoschematron
import pytest
from lxml import etree

from stenogram import saxon, xmlsafe
from stenogram.validate.schematron import check, stylesheet_for
from stenogram.validate.schematron.compile import SVRL
from stenogram.validate.schematron.source import load_schema

SKELETON = (
    Path(lxml.isoschematron.__file__).parent
    / "resources"
    / "xsl"
    / "iso-schematron-xslt1"
    / "iso_svrl_for_xslt1.xsl"
)
FIXTURES = sorted(
    (Path(__file__).resolve().parents[3] / "shared" / "corpus" / "tei" / "dracor-schema-tests").glob("*.xml")
)


@pytest.fixture(scope="session")
def odd(corpus: Path) -> Path:
    return corpus / "schemas" / "dracor.odd"


@pytest.fixture(scope="session")
def reference(odd: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The skeleton's stylesheet for dracor.odd's rules (extracted as TEI's odd2sch does)."""
    schema = load_schema(odd)
    schema.set("queryBinding", "xslt")  # the skeleton's own binding; XPath 2 is set below
    generated = etree.fromstring(saxon.transform(SKELETON, schema).text.encode())
    generated.set("version", "2.0")
    path = tmp_path_factory.mktemp("oracle") / "dracor-skeleton.xsl"
    path.write_bytes(etree.tostring(generated))
    return path


def results(svrl: etree._Element, tree: etree._ElementTree) -> Counter:
    """(kind, test, message, node) of each failed assert and successful report."""
    found = Counter()
    for node in svrl.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        location = node.get("location")
        if location == "/":  # the document node: the skeleton names it by its root element
            where = tree.getpath(tree.getroot())
        else:
            located = tree.xpath(_xpath1(location))
            assert len(located) == 1, location
            where = tree.getpath(located[0])
        text = " ".join("".join(node.find(f"{{{SVRL}}}text").itertext()).split())
        found[(etree.QName(node).localname, " ".join(node.get("test").split()), text, where)] += 1
    return found


def _xpath1(location: str) -> str:
    """Both engines' locations as XPath 1.0 that lxml evaluates."""
    import re

    return re.sub(r"Q\{([^}]*)\}([\w.-]+)", r"*[local-name()='\2' and namespace-uri()='\1']", location)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_svrl_matches_the_reference_implementation(fixture: Path, odd: Path, reference: Path) -> None:
    tree = xmlsafe.parse_file(fixture)
    ours = results(check(stylesheet_for(odd), tree), tree)
    expected = results(etree.fromstring(saxon.transform(reference, tree).text.encode()), tree)
    assert ours == expected


def test_the_fixtures_break_what_their_comments_say(odd: Path) -> None:
    """Spot checks against the fixtures' own comments, in our words."""
    by_file = {}
    for name in ("tst000013-sex", "tst000018-who-references", "tst000005-body-incomplete"):
        tree = xmlsafe.parse_file(FIXTURES[0].parent / f"{name}.xml")
        by_file[name] = [
            key for key in results(check(stylesheet_for(odd), tree), tree) if key[0] == "failed-assert"
        ]
    assert sum("person/@sex" in k[2] or "personGrp/@sex" in k[2] for k in by_file["tst000013-sex"]) == 2
    assert any("nosuchid" in k[2] for k in by_file["tst000018-who-references"])
    assert len(by_file["tst000005-body-incomplete"]) == 3

"""Reading a Schematron schema: from a .sch file, or embedded in an ODD or a RelaxNG schema.

The ISO standard prepares a schema in steps before compiling it; this module does the first
two, in Python on the lxml tree: *include* (``sch:include`` and ``sch:extends/@href`` replaced
by the referenced element) and *abstract expansion* (abstract patterns instantiated with their
``sch:param`` values, abstract rules copied into the rules that ``sch:extends`` them). Schemas
embedded in an ODD are extracted the way the TEI's own ``odd2sch`` does: one pattern per
``constraintSpec``, bare rules and asserts wrapped, ``sch:ns`` declarations kept.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from lxml import etree

from stenogram.errors import InputError, Location
from stenogram.xmlsafe import elements, line_of, parse_file

SCH = "http://purl.oclc.org/dsdl/schematron"
# Where each rule, assert, report and let was written (``file:line``): the compiled stylesheet
# carries it, so that an error Saxon finds there can be told in the user's own schema.
SOURCE_AT = "{urn:x-stenogram:schematron}at"
TEI = "http://www.tei-c.org/ns/1.0"
RNG = "http://relaxng.org/ns/structure/1.0"
NS = {"sch": SCH, "tei": TEI, "rng": RNG}

# Namespaces every ODD-derived schema may use without declaring them, as odd2sch provides.
_ODD_DEFAULT_NS = {
    "tei": TEI,
    "xs": "http://www.w3.org/2001/XMLSchema",
    "rng": RNG,
    "rna": "http://relaxng.org/ns/compatibility/annotations/1.0",
}


def _q(local: str) -> str:
    return f"{{{SCH}}}{local}"


def load_schema(path: Path) -> etree._Element:
    """The ``sch:schema`` element for *path*, included and expanded, ready to compile.

    *path* may be a Schematron schema, an ODD (TEI with ``constraintSpec``) or a RelaxNG
    schema carrying embedded Schematron. Raises :class:`InputError` when none is found.
    """
    tree = parse_file(path, collect_ids=False)
    root = tree.getroot()
    _stamp(root, path)
    if root.tag == _q("schema"):
        schema = copy.deepcopy(root)
    elif root.tag.startswith(f"{{{TEI}}}"):
        schema = extract_from_odd(root)
    elif root.tag.startswith(f"{{{RNG}}}"):
        schema = extract_from_rng(root)
    else:
        raise InputError("not a Schematron schema, an ODD or a RelaxNG schema", Location(str(path)))
    _resolve_includes(schema, path.resolve().parent, set())
    if schema.find(f".//{_q('rule')}") is None and schema.find(f".//{_q('pattern')}") is None:
        raise InputError("no Schematron rules found", Location(str(path)))
    expand_abstract(schema)
    return schema


def _stamp(root: etree._Element, path: Path) -> None:
    """Mark each rule, assert, report and let under *root* with where it is (:data:`SOURCE_AT`)."""
    for node in root.iter(_q("rule"), _q("assert"), _q("report"), _q("let")):
        node.set(SOURCE_AT, f"{path}:{line_of(node)}")


def _resolve_includes(element: etree._Element, base: Path, seen: set[Path]) -> None:
    """Replace each ``sch:include`` (and ``sch:extends/@href``) by the element it points at."""
    for inc in list(element.iter(_q("include"), _q("extends"))):
        href = inc.get("href")
        if not href:
            continue
        target, _, fragment = href.partition("#")
        file = (base / target).resolve()
        if file in seen:
            raise InputError("Schematron include loop", Location(str(file)))
        included = parse_file(file).getroot()
        _stamp(included, file)
        if fragment:
            found = elements(included, "//*[@id=$f or @xml:id=$f]", f=fragment)
            if not found:
                raise InputError(f"no element with id {fragment!r}", Location(str(file)))
            included = found[0]
        included = copy.deepcopy(included)
        _resolve_includes(included, file.parent, seen | {file})
        parent = inc.getparent()
        if parent is None:  # the schema's root itself: nothing to put it into
            raise InputError("a Schematron include cannot be the whole schema", Location(str(file)))
        if inc.tag == _q("include"):
            included.tail = inc.tail
            parent.replace(inc, included)
        else:  # extends/@href: the referenced element's children join the parent
            index = parent.index(inc)
            parent.remove(inc)
            for offset, child in enumerate(included):
                parent.insert(index + offset, child)


def expand_abstract(schema: etree._Element) -> None:
    """Instantiate abstract patterns and abstract rules (ISO Schematron, annex on abstracts)."""
    abstract_patterns = {p.get("id"): p for p in schema.findall(_q("pattern")) if p.get("abstract") == "true"}
    for pattern in schema.findall(_q("pattern")):
        is_a = pattern.get("is-a")
        if not is_a:
            continue
        template = abstract_patterns.get(is_a)
        if template is None:
            raise InputError(f"pattern is-a {is_a!r}: no abstract pattern with that id")
        params = {p.get("name", ""): p.get("value", "") for p in pattern.findall(_q("param"))}
        instance = copy.deepcopy(template)
        del instance.attrib["abstract"]
        instance.attrib.pop("id", "")
        for key in ("id", "documents"):
            value = pattern.get(key)
            if value is not None:
                instance.set(key, value)
        for title in pattern.findall(_q("title")):
            instance.insert(0, copy.deepcopy(title))
        _substitute(instance, params)
        instance.tail = pattern.tail
        schema.replace(pattern, instance)
    for pattern in abstract_patterns.values():
        schema.remove(pattern)

    abstract_rules: dict[str | None, etree._Element] = {}
    for rule in schema.iter(_q("rule")):
        if rule.get("abstract") == "true":
            abstract_rules[rule.get("id")] = rule
    for rule in list(schema.iter(_q("rule"))):
        for ext in rule.findall(_q("extends")):
            base = abstract_rules.get(ext.get("rule"))
            if base is None:
                raise InputError(f"rule extends {ext.get('rule')!r}: no abstract rule with that id")
            index = rule.index(ext)
            rule.remove(ext)
            for offset, child in enumerate(base):
                rule.insert(index + offset, copy.deepcopy(child))
    for rule in abstract_rules.values():
        owner = rule.getparent()
        if owner is not None:
            owner.remove(rule)


def _substitute(element: etree._Element, params: dict[str, str]) -> None:
    """Replace ``$name`` by the parameter's value in the query attributes, longest name first."""
    if not params:
        return
    names = sorted(params, key=len, reverse=True)
    pattern = re.compile(r"\$(" + "|".join(re.escape(n) for n in names) + r")(?![\w.\-])")
    for node in element.iter():
        for attr in ("context", "test", "select", "path", "value", "role", "subject"):
            value = node.get(attr)
            if value is not None and "$" in value:
                node.set(attr, pattern.sub(lambda m: params[m.group(1)], value))


def extract_from_odd(root: etree._Element) -> etree._Element:
    """The Schematron of an ODD: one pattern per ``constraintSpec`` (as TEI's odd2sch does)."""
    schema = etree.Element(_q("schema"), nsmap={"sch": SCH}, queryBinding="xslt2")
    declared = {ns.get("prefix"): ns for ns in root.iter(_q("ns"))}
    for prefix, uri in _ODD_DEFAULT_NS.items():
        if prefix not in declared:
            etree.SubElement(schema, _q("ns"), prefix=prefix, uri=uri)
    for ns in declared.values():
        schema.append(_clean(ns))
    for let in elements(
        root,
        "//tei:schemaSpec/sch:let | //tei:schemaSpec/tei:constraintSpec"
        "/tei:constraint/sch:let[not(../sch:rule | ../sch:pattern)]",
        NS,
    ):
        schema.append(_clean(let))
    for spec in root.iter(f"{{{TEI}}}constraintSpec"):
        if spec.get("scheme") not in ("schematron", "isoschematron"):
            continue
        owner = elements(
            spec,
            "ancestor::tei:*[self::tei:elementSpec or self::tei:classSpec or "
            "self::tei:macroSpec or self::tei:schemaSpec][1]",
            NS,
        )
        owner_ident = owner[0].get("ident", "") if owner else ""
        ident = spec.get("ident", "")
        children = elements(spec, "tei:constraint/sch:*[not(self::sch:ns or self::sch:let)]", NS)
        patterns = [c for c in children if c.tag == _q("pattern")]
        for pattern in patterns:
            schema.append(_clean(pattern))
        loose = [c for c in children if c.tag != _q("pattern")]
        if not loose:
            continue
        pattern = etree.SubElement(schema, _q("pattern"), id=f"schematron-constraint-{owner_ident}-{ident}-1")
        rules = [c for c in loose if c.tag == _q("rule")]
        if rules:
            for rule in rules:
                pattern.append(_clean(rule))
        else:  # bare asserts/reports: their context is the element the spec belongs to
            rule = etree.SubElement(pattern, _q("rule"), context=f"tei:{owner_ident}")
            for child in loose:
                rule.append(_clean(child))
    return schema


def extract_from_rng(root: etree._Element) -> etree._Element:
    """The Schematron embedded in a RelaxNG schema (``sch:ns`` and ``sch:pattern`` anywhere)."""
    schema = etree.Element(_q("schema"), nsmap={"sch": SCH}, queryBinding="xslt2")
    for child in elements(root, "//sch:ns | //sch:let[not(ancestor::sch:pattern)] | //sch:pattern", NS):
        schema.append(_clean(child))
    return schema


def _clean(element: etree._Element) -> etree._Element:
    """A copy of *element* cut loose from its document, its tail dropped."""
    dup = copy.deepcopy(element)
    dup.tail = None
    return dup

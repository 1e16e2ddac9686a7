"""ISO Schematron → XSLT 3.0, built as an lxml tree (never as text).

Each active pattern becomes a mode; each of its rules a template in that mode whose priority
falls with the rule's position, so that a node is matched by at most one rule per pattern and
the first rule wins (ISO 19757-3, 6.5). The document's nodes are gathered once, in document
order, and each pattern's mode is applied to that flat list: no template walks the tree, and
a node no rule of a pattern matches is skipped by the mode's ``on-no-match``. (One mode with
``xsl:next-match`` chaining every pattern's rules, SchXslt's way, measured slower on Saxon.)
The stylesheet writes SVRL: ``active-pattern``, ``fired-rule`` (optional), ``failed-assert``
and ``successful-report`` with ``@location`` as XPath 3.1's ``path()`` writes it, but with each
element's index among its same-named siblings looked up in a map built once per document
(``path()`` counts preceding siblings for every step of every finding: quadratic in a division of
thousands of speeches with a finding each).
"""

from __future__ import annotations

import copy

from lxml import etree

from stenogram.errors import InputError
from stenogram.validate.schematron.source import SCH, SOURCE_AT

XSL = "http://www.w3.org/1999/XSL/Transform"
SVRL = "http://purl.oclc.org/dsdl/svrl"
XS = "http://www.w3.org/2001/XMLSchema"
MAP = "http://www.w3.org/2005/xpath-functions/map"
QUERY_BINDINGS = {"xslt": "1.0", "xslt2": "2.0", "xslt3": "3.0"}
_MESSAGE_KINDS = {"assert": "failed-assert", "report": "successful-report"}
GENERATED = "urn:x-stenogram:schematron"  # the generated stylesheet's own names
# Rule contexts that may select something other than elements need every node, not only elements.
_NON_ELEMENT_HINTS = ("@", "attribute", "node()", "text()", "comment()", "processing-instruction")


def _x(local: str) -> str:
    return f"{{{XSL}}}{local}"


def _s(local: str) -> str:
    return f"{{{SCH}}}{local}"


def _v(local: str) -> str:
    return f"{{{SVRL}}}{local}"


def _avt(text: str) -> str:
    """*text* as a literal attribute value template."""
    return text.replace("{", "{{").replace("}", "}}")


def active_patterns(
    schema: etree._Element, phase: str | None
) -> tuple[list[etree._Element], list[etree._Element], str]:
    """The patterns a *phase* activates, the phase's lets, and the phase name used."""
    patterns = [p for p in schema.findall(_s("pattern")) if p.get("abstract") != "true"]
    default = schema.get("defaultPhase")
    chosen = phase or default or "#ALL"
    if chosen == "#DEFAULT" and default:
        chosen = default
    if chosen in ("#ALL", "#DEFAULT"):
        return patterns, [], "#ALL"
    for node in schema.findall(_s("phase")):
        if node.get("id") == chosen:
            ids = [a.get("pattern") for a in node.findall(_s("active"))]
            by_id = {p.get("id"): p for p in patterns}
            missing = [i for i in ids if i not in by_id]
            if missing:
                raise InputError(f"phase {chosen!r} activates unknown pattern(s): {missing}")
            return [by_id[i] for i in ids], node.findall(_s("let")), chosen
    known = ", ".join(p.get("id", "") for p in schema.findall(_s("phase"))) or "none"
    raise InputError(f"no Schematron phase {chosen!r} (phases: {known})")


def compile_schema(
    schema: etree._Element, phase: str | None = None, *, fired_rules: bool = True
) -> etree._ElementTree:
    """The XSLT 3.0 stylesheet that checks documents against *schema* (included, expanded).

    With ``fired_rules=False`` the SVRL leaves out ``svrl:fired-rule`` (one per matched node
    and pattern: most of a report's size and time) and each failed assert or successful report
    takes its rule's role when it has none of its own, so that no severity is lost.
    """
    binding = (schema.get("queryBinding") or "xslt").lower()
    if binding not in QUERY_BINDINGS:
        raise InputError(
            f"unsupported Schematron queryBinding {binding!r} (supported: {', '.join(QUERY_BINDINGS)})"
        )
    namespaces = {n.get("prefix", ""): n.get("uri", "") for n in schema.findall(_s("ns"))}
    nsmap = {"xsl": XSL, "svrl": SVRL, "xs": XS, "map": MAP, "sg": GENERATED, **namespaces}
    sheet = etree.Element(_x("stylesheet"), nsmap=nsmap, version="3.0")
    sheet.set("exclude-result-prefixes", " ".join(p for p in nsmap if p not in ("xsl", "svrl")))
    etree.SubElement(sheet, _x("output"), method="xml", indent="no")
    patterns, phase_lets, phase_name = active_patterns(schema, phase)

    for node in schema:  # XSLT declarations (functions, keys) written in the schema
        if isinstance(node.tag, str) and node.tag.startswith(f"{{{XSL}}}"):
            sheet.append(_copy(node))
    for let in [*schema.findall(_s("let")), *phase_lets]:
        _variable(sheet, let)
    for pattern in patterns:
        for let in pattern.findall(_s("let")):
            _variable(sheet, let)
    diagnostics = {d.get("id"): d for d in schema.iter(_s("diagnostic"))}
    _path_function(sheet)

    root = etree.SubElement(sheet, _x("template"), match="/")
    etree.SubElement(root, _x("variable"), {"name": "sg:elements", "select": "(/, //*)", "as": "node()*"})
    every_node = etree.SubElement(
        root, _x("variable"), {"name": "sg:nodes", "select": "/ | //node() | //@*", "as": "node()*"}
    )
    output = etree.SubElement(root, _v("schematron-output"), phase=phase_name)
    if version := schema.get("schemaVersion"):
        output.set("schemaVersion", _avt(version))
    title = schema.find(_s("title"))
    if title is not None:
        output.set("title", _avt(" ".join(_text(title).split())))
    for prefix, uri in namespaces.items():
        etree.SubElement(output, _v("ns-prefix-in-attribute-values"), prefix=prefix, uri=uri)
    for index, pattern in enumerate(patterns, 1):
        active = etree.SubElement(output, _v("active-pattern"))
        if ident := pattern.get("id"):
            active.set("id", _avt(ident))
        if (heading := pattern.find(_s("title"))) is not None:
            active.set("name", _avt(_text(heading).strip()))
        nodes = _pattern_mode(sheet, pattern, f"M{index}", diagnostics, fired_rules, binding)
        etree.SubElement(output, _x("apply-templates"), select=nodes, mode=f"M{index}")
    if not any(a.get("select") == "$sg:nodes" for a in output.iter(_x("apply-templates"))):
        root.remove(every_node)  # gathered only for a rule about attributes, text or comments
    return etree.ElementTree(sheet)


#: Steps of ``path()`` for the node kinds below an element, by their index among like siblings.
_LEAF_STEP = (
    "if ($node instance of attribute()) then '/@' || (if (namespace-uri($node) eq '') "
    "then local-name($node) else 'Q{' || namespace-uri($node) || '}' || local-name($node)) "
    "else if ($node instance of text()) then "
    "'/text()[' || count($node/preceding-sibling::text()) + 1 || ']' "
    "else if ($node instance of comment()) then "
    "'/comment()[' || count($node/preceding-sibling::comment()) + 1 || ']' "
    "else '/processing-instruction(' || local-name($node) || ')[' || "
    "count($node/preceding-sibling::processing-instruction()[local-name() eq local-name($node)]) + 1 || ']'"
)


def _path_function(sheet: etree._Element) -> None:
    """``sg:path($node)``: what ``path($node)`` returns, in time proportional to the depth.

    Element steps take their index from ``$sg:sibling-indexes`` (a global variable, so built
    only when a first finding needs it, once per document); a node outside the document's
    tree, or a namespace node, falls back to ``path()`` itself.
    """
    indexes = (
        "map:merge(for $parent in (/, //*[*]) return "
        "for $name in distinct-values($parent/*/node-name()) return "
        "$parent/*[node-name() eq $name] ! map:entry(generate-id(.), position()))"
    )
    etree.SubElement(
        sheet,
        _x("variable"),
        {"name": "sg:sibling-indexes", "select": indexes, "as": "map(xs:string, xs:integer)"},
    )
    function = etree.SubElement(sheet, _x("function"), {"name": "sg:path", "as": "xs:string"})
    etree.SubElement(function, _x("param"), {"name": "node", "as": "node()"})
    etree.SubElement(
        function,
        _x("sequence"),
        select="if ($node instance of document-node()) then '/' "
        "else if (not(root($node) instance of document-node()) or $node instance of namespace-node()) "
        "then path($node) "
        "else string-join($node/ancestor-or-self::* ! ('/Q{' || namespace-uri() || '}' || local-name() "
        "|| '[' || $sg:sibling-indexes(generate-id(.)) || ']')) "
        f"|| (if ($node instance of element()) then '' else {_LEAF_STEP})",
    )


def _pattern_mode(
    sheet: etree._Element,
    pattern: etree._Element,
    mode: str,
    diagnostics: dict[str | None, etree._Element],
    fired_rules: bool,
    binding: str,
) -> str:
    """The mode of one pattern; returns the variable holding the nodes it must be applied to."""
    rules = [r for r in pattern.findall(_s("rule")) if r.get("abstract") != "true"]
    etree.SubElement(sheet, _x("mode"), {"name": mode, "on-no-match": "deep-skip"})
    # deep-skip treats a document node as shallow-skip would (its children again): not here
    etree.SubElement(sheet, _x("template"), match="document-node()", mode=mode, priority="-1")
    for position, rule in enumerate(rules):
        context = rule.get("context")
        if not context:
            raise InputError("a Schematron rule has no @context")
        template = etree.SubElement(
            sheet, _x("template"), match=context, mode=mode, priority=str(len(rules) - position)
        )
        _carry_source(rule, template)
        if binding == "xslt":
            template.set("version", "1.0")  # XPath 1.0 compatibility for queryBinding xslt
        if fired_rules:
            fired = etree.SubElement(template, _v("fired-rule"), context=_avt(context))
            for attr in ("id", "role", "flag"):
                if value := rule.get(attr):
                    fired.set(attr, _avt(value))
        inherited = None if fired_rules else rule.get("role")
        for child in rule:
            if child.tag == _s("let"):
                _variable(template, child)
            elif child.tag in (_s("assert"), _s("report")):
                _check(template, child, diagnostics, inherited)
    full = any(h in _without_predicates(r.get("context") or "") for r in rules for h in _NON_ELEMENT_HINTS)
    return "$sg:nodes" if full else "$sg:elements"


def _without_predicates(context: str) -> str:
    """*context* with its ``[...]`` predicates removed: ``sp[@who]`` still matches elements."""
    kept: list[str] = []
    depth = 0
    for char in context:
        depth += char == "["
        if depth == 0:
            kept.append(char)
        depth -= char == "]"
    return "".join(kept)


def _check(
    template: etree._Element,
    check: etree._Element,
    diagnostics: dict[str | None, etree._Element],
    inherited_role: str | None,
) -> None:
    kind = etree.QName(check).localname
    test = check.get("test")
    if not test:
        raise InputError(f"a Schematron {kind} has no @test")
    condition = test if kind == "report" else f"not({test})"
    when = etree.SubElement(template, _x("if"), test=condition)
    _carry_source(check, when)
    _guard(when, check)
    out = etree.SubElement(when, _v(_MESSAGE_KINDS[kind]), test=_avt(test))
    for attr in ("id", "role", "flag", "see", "icon", "fpi"):
        if value := check.get(attr):
            out.set(attr, _avt(value))
    if inherited_role and not check.get("role"):
        out.set("role", _avt(inherited_role))
    out.set("location", "{sg:path(" + (check.get("subject") or ".") + ")}")
    _message(etree.SubElement(out, _v("text")), check)
    for ref in (check.get("diagnostics") or "").split():
        diagnostic = diagnostics.get(ref)
        if diagnostic is None:
            raise InputError(f"Schematron {kind} refers to unknown diagnostic {ref!r}")
        target = etree.SubElement(out, _v("diagnostic-reference"), diagnostic=ref)
        _message(etree.SubElement(target, _v("text")), diagnostic)


def _message(target: etree._Element, source: etree._Element) -> None:
    """Copy the text of an assert/report/diagnostic, evaluating value-of and name."""
    if source.text:
        etree.SubElement(target, _x("text")).text = source.text
    for child in source:
        if child.tag == _s("value-of"):
            select = child.get("select")
            if not select:
                raise InputError("a Schematron value-of has no @select")
            etree.SubElement(target, _x("value-of"), select=select)
        elif child.tag == _s("name"):
            etree.SubElement(target, _x("value-of"), select=f"name({child.get('path') or '.'})")
        elif isinstance(child.tag, str):  # emph, dir, span, foreign markup: their content
            _message(target, child)
        if child.tail:
            etree.SubElement(target, _x("text")).text = child.tail


def _guard(when: etree._Element, check: etree._Element) -> None:
    """Put the ``xsl:if`` of an assert or report in an ``xsl:try`` whose catch raises the same
    error with the check's place in the schema added: Saxon's message for a dynamic error does
    not say where it arose."""
    place = check.get(SOURCE_AT)
    if not place:
        return
    named = f" {check.get('id')!r}" if check.get("id") else ""
    said = f" (in the Schematron {etree.QName(check).localname}{named} at {place})"
    attempt = etree.Element(_x("try"))
    when.addprevious(attempt)
    attempt.append(when)
    catch = etree.SubElement(attempt, _x("catch"))
    err = "Q{http://www.w3.org/2005/xqt-errors}"
    literal = "'" + said.replace("'", "''") + "'"
    etree.SubElement(catch, _x("sequence"), select=f"error(${err}code, concat(${err}description, {literal}))")


def _carry_source(source: etree._Element, target: etree._Element) -> None:
    """Give the XSLT element *target* the place of its Schematron *source* (an attribute in a
    namespace of our own, which XSLT allows on its elements and ignores)."""
    if place := source.get(SOURCE_AT):
        target.set(SOURCE_AT, place)


def _variable(parent: etree._Element, let: etree._Element) -> None:
    name = let.get("name")
    if not name:
        raise InputError("a Schematron let has no @name")
    variable = etree.SubElement(parent, _x("variable"), name=name)
    _carry_source(let, variable)
    value = let.get("value")
    if value is not None:
        variable.set("select", value)
        if kind := let.get("as"):
            variable.set("as", kind)
    else:
        for child in let:
            variable.append(_copy(child))


def _text(element: etree._Element) -> str:
    return "".join(str(text) for text in element.itertext())


def _copy(node: etree._Element) -> etree._Element:
    dup = copy.deepcopy(node)
    dup.tail = None
    return dup

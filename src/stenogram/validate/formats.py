"""The validation report in the formats people and machines read.

One function per format, in one registry (:data:`FORMATS`): ``text`` (``file:line:col:
severity: message [rule] (at xpath)``, one line per finding), ``json``, ``junit`` (one test case
per file, for CI dashboards), ``github`` (workflow annotations) and ``svrl`` (the Schematron
stage's own SVRL documents, one per file, in an ``svrl-reports`` wrapper).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from stenogram.validate.findings import Report
from stenogram.xmlsafe import parse_bytes


def as_text(report: Report) -> str:
    lines = [str(f) for r in report.files for f in r.findings]
    counted = len(report.files)
    lines.append(
        f"{counted} file{'s' if counted != 1 else ''} checked: "
        f"{report.errors} error(s), {report.warnings} warning(s)"
    )
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = {
        "files": [
            {
                "file": r.file,
                "errors": r.errors,
                "warnings": r.warnings,
                "findings": [
                    {
                        "line": f.line,
                        "column": f.column,
                        "severity": f.severity,
                        "message": f.message,
                        "rule": f.rule,
                        "xpath": f.xpath,
                    }
                    for f in r.findings
                ],
            }
            for r in report.files
        ],
        "errors": report.errors,
        "warnings": report.warnings,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_junit(report: Report) -> str:
    suite = etree.Element(
        "testsuite",
        name="stenogram validate",
        tests=str(len(report.files)),
        failures=str(sum(1 for r in report.files if r.errors)),
    )
    for file in report.files:
        case = etree.SubElement(suite, "testcase", classname="stenogram.validate", name=file.file)
        errors = [f for f in file.findings if f.severity == "error"]
        if errors:
            failure = etree.SubElement(case, "failure", message=f"{len(errors)} error(s)")
            failure.text = "\n".join(str(f) for f in errors)
        warnings = [f for f in file.findings if f.severity == "warning"]
        if warnings:
            etree.SubElement(case, "system-out").text = "\n".join(str(f) for f in warnings)
    suites = etree.Element("testsuites")
    suites.append(suite)
    return etree.tostring(suites, encoding="unicode", pretty_print=True)


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def as_github(report: Report) -> str:
    lines = []
    for file in report.files:
        for f in file.findings:
            props = [f"file={_escape(f.file, property_value=True)}"]
            if f.line is not None:
                props.append(f"line={f.line}")
            if f.column is not None:
                props.append(f"col={f.column}")
            if f.rule:
                props.append(f"title={_escape(f.rule, property_value=True)}")
            lines.append(f"::{f.severity} {','.join(props)}::{_escape(f.message)}")
    return "".join(line + "\n" for line in lines)


def as_svrl(report: Report) -> str:
    wrapper = etree.Element("svrl-reports")
    for file in report.files:
        holder = etree.SubElement(wrapper, "svrl-report", file=file.file)
        if file.svrl is not None:
            holder.append(parse_bytes(file.svrl.encode("utf-8"), file.file, collect_ids=False).getroot())
    return etree.tostring(wrapper, encoding="unicode", pretty_print=True)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": as_text,
    "json": as_json,
    "junit": as_junit,
    "github": as_github,
    "svrl": as_svrl,
}

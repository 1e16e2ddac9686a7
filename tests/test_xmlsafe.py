"""The one safe XML parser: nothing outside the document is read, no entity is expanded, and
the verdict does not depend on the parser's other settings (validate and render use both)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.xmlsafe import parse_bytes, parse_file

TEI = convert_text("IVANOV. Hello.\n\nPETROV. Yes.\n", "s.txt").tei.split(b"\n", 2)[2]


def document(subset: str, hello: str = "Hello.") -> bytes:
    """The TEI of a short transcript behind a DOCTYPE with the internal *subset*."""
    body = TEI.replace(b"Hello.", hello.encode())
    return b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TEI [\n' + subset.encode() + b"\n]>\n" + body


@pytest.mark.parametrize("collect_ids", [True, False])
def test_an_external_parameter_entity_is_never_read(tmp_path: Path, collect_ids: bool) -> None:
    (tmp_path / "evil.dtd").write_text('<!ENTITY secret "LEAKED">\n')
    source = tmp_path / "pe.xml"
    source.write_bytes(document('<!ENTITY % pe SYSTEM "evil.dtd">\n%pe;'))
    tree = parse_file(source, collect_ids=collect_ids)
    declared = tree.docinfo.internalDTD
    assert declared is not None and "secret" not in {e.name for e in declared.iterentities()}


@pytest.mark.parametrize("collect_ids", [True, False])
def test_a_dtd_that_never_ends_is_never_opened(collect_ids: bool) -> None:
    data = TEI.replace(b"<TEI", b'<!DOCTYPE TEI SYSTEM "/dev/zero">\n<TEI', 1)
    assert parse_bytes(data, "zero.xml", collect_ids=collect_ids).getroot().tag.endswith("TEI")


@pytest.mark.parametrize(
    "subset",
    [
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
        '<!ENTITY xxe "internal text">',
        '<!ENTITY a "aaaa"><!ENTITY xxe "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">',
    ],
)
@pytest.mark.parametrize("collect_ids", [True, False])
def test_an_entity_reference_is_refused_by_name_at_its_line(subset: str, collect_ids: bool) -> None:
    data = document(subset, "Hello &xxe;.")
    line = data[: data.index(b"&xxe;.")].count(b"\n") + 1
    with pytest.raises(InputError) as info:
        parse_bytes(data, "xxe.xml", collect_ids=collect_ids)
    assert info.value.location.line == line
    assert info.value.message.startswith("the entity reference &xxe; is not expanded")

"""Sittings as records for scripts: JSON (documents → turns → blocks, with the registry) and
CSV (one row per block, RFC 4180, UTF-8, ready for ``pandas.read_csv``).

Every block of the body is a record, not only paragraphs: a stage direction between turns, a
heading or a paragraph outside any turn is a row too (its ``kind`` says which), and the printed
label is a column, so that every word of the body is in the export.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any

from stenogram.tei.reading import Block, Member, Sitting, Speaker, Turn

#: The CSV columns, in order.
COLUMNS = ("document", "sp_id", "who", "name", "role", "speaker", "kind", "paragraph_id", "text")


def _block(block: Block) -> dict[str, Any]:
    record: dict[str, Any] = {"kind": block.element, "id": block.id, "text": block.text}
    if block.type:
        record["type"] = block.type
    if block.interjections:
        record["interjections"] = [asdict(i) for i in block.interjections]
    return record


def _person(speaker: Speaker) -> dict[str, Any]:
    return {key: value for key, value in asdict(speaker).items() if value not in (None, ())}


def sitting_record(sitting: Sitting) -> dict[str, Any]:
    """*sitting* as a JSON-ready record: metadata, the persons its turns name, its body."""
    body: list[dict[str, Any]] = []
    for item in sitting.items:
        if isinstance(item, Turn):
            turn = {"id": item.id, "who": list(item.who), "speaker": item.speaker}
            body.append({"kind": "turn", **turn, "blocks": [_block(b) for b in item.blocks]})
        else:
            body.append(_block(item))
    named = dict.fromkeys(who for turn in sitting.turns() for who in turn.who)
    return {
        "document": sitting.name,
        "title": sitting.title,
        "date": sitting.date,
        "lang": sitting.lang,
        "persons": {who: _person(sitting.persons[who]) for who in named if who in sitting.persons},
        "body": body,
    }


def json_document(member: Member) -> dict[str, Any]:
    """The per-document exporter of ``--to json``."""
    return sitting_record(member.read())


def json_file(records: list[dict[str, Any]]) -> bytes:
    """All documents' records as one JSON file (stable key order, UTF-8 unescaped)."""
    text = json.dumps({"documents": records}, ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def sitting_rows(sitting: Sitting) -> list[list[str]]:
    """One row per block of *sitting*, in the order of :data:`COLUMNS`."""
    rows = []
    for turn, block in sitting.blocks():
        who = " ".join(turn.who) if turn else ""
        persons = [sitting.persons[w] for w in turn.who if w in sitting.persons] if turn else []
        name = "; ".join(p.name for p in persons)
        role = "; ".join(p.role for p in persons if p.role)
        speaker = turn.speaker if turn else ""
        sp_id = (turn.id or "") if turn else ""
        rows.append(
            [sitting.name, sp_id, who, name, role, speaker, block.element, block.id or "", block.text]
        )
    return rows


def csv_document(member: Member) -> list[list[str]]:
    """The per-document exporter of ``--to csv``."""
    return sitting_rows(member.read())


def csv_file(documents: list[list[list[str]]]) -> bytes:
    """The rows of all documents under one header: RFC 4180 (CRLF, quotes doubled), UTF-8."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for rows in documents:
        writer.writerows(rows)
    return out.getvalue().encode("utf-8")

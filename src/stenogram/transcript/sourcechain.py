"""The source chain and the other header facts known once the transcript is parsed.

A transcript is rarely its own source: this text ← a copy (a web page) ← a translation ← a
published edition ← the archival document. The front matter may name each link ("Retrieved
from https://… on 12 May 2020", "Translated from the Russian by …"); a project's ``[source]``
table states what the text does not, and wins where both speak, since the editor knows more
than the page. The speaker of a one-speech document is its author.
"""

from __future__ import annotations

import re
from collections import Counter

from stenogram.transcript.config import Config
from stenogram.transcript.frontmatter import chain_match, find_date, parse_archive, parse_published
from stenogram.transcript.model import Copy, Document, Para, Quote, Turn


def complete_header(doc: Document, config: Config) -> None:
    """Fill *doc*'s source chain, published source parts, place and author."""
    copy = Copy()
    _read_front(doc, copy, config)
    _apply_source_table(doc, copy, config)
    if copy != Copy():
        doc.copy = copy
    if doc.source:
        doc.published = parse_published(doc.source, config)
    if doc.author is None:
        found = speech_author(doc, config.author_share)
        if found:
            doc.author_ref = found
            doc.author = next((p.name or p.id for p in doc.persons if p.id == found), found)
            doc.decisions.append(
                f"author: {doc.author} (opens the transcript and speaks at least "
                f"{config.author_share:.0%} of its words)"
            )
    links = [
        ("translation" if copy.translated else "copy") if doc.copy else None,
        "published edition" if doc.source else None,
        f"archive {doc.archive.repository or ''}".strip() if doc.archive else None,
    ]
    if doc.copy:
        doc.decisions.append("source chain: this text ← " + " ← ".join(link for link in links if link))


def _read_front(doc: Document, copy: Copy, config: Config) -> None:
    for line in doc.front:
        forms = config.chain.get(line.kind)
        found = chain_match(line.text, forms) if forms else None
        if not found:
            continue
        facts = {key: value.strip() for key, value in found.groupdict().items() if value}
        if line.kind == "translation":
            copy.translated = True
            copy.translator = copy.translator or facts.get("translator")
            word = facts.get("language")
            if word and copy.language is None:
                copy.language = config.translated.get(word.casefold())
                if copy.language is None:
                    doc.warnings.append(
                        (
                            line.line,
                            f"the language {word!r} is not in [languages.translated]: the header omits it",
                        )
                    )
        if line.kind == "place":
            doc.place = doc.place or facts.get("place")
        copy.url = copy.url or facts.get("url")
        if "date" in facts and copy.retrieved is None:
            dated = find_date(facts["date"], config)
            if dated:
                copy.retrieved, copy.retrieved_text = dated
            else:
                doc.warnings.append((line.line, f"no date found in {facts['date']!r}: the header omits it"))


def _apply_source_table(doc: Document, copy: Copy, config: Config) -> None:
    table = config.source_chain
    copy.url = table.get("url", copy.url)
    if "retrieved" in table:
        copy.retrieved = copy.retrieved_text = table["retrieved"]
    copy.translator = table.get("translator", copy.translator)
    copy.language = table.get("language", copy.language)
    copy.translation_of = table.get("translation_of", copy.translation_of)
    copy.note = table.get("note", copy.note)
    copy.translated = copy.translated or any(
        key in table for key in ("translator", "language", "translation_of")
    )
    doc.place = table.get("place", doc.place)
    if "published" in table:
        doc.source = table["published"]
    if "archive" in table:
        doc.archive = parse_archive(table["archive"], config)


def speech_author(doc: Document, share: float) -> str | None:
    """The id of the person who opens the transcript and whose turns hold at least *share* of
    the words spoken: the speaker of a speech that others only interrupt, where the title names
    them ("Speech of Comrade Petrov") or nobody else speaks. A debate has no such person, nor has
    the record of a sitting, which its chair opens, nor an excerpt of one whose longest speech
    comes first."""
    words: Counter[str] = Counter()
    turns = [item for division in doc.body for item in division.items if isinstance(item, Turn)]
    for turn in turns:
        words[turn.who] += sum(_words(para) for para in _paras(turn))
    total = sum(words.values())
    if not total:
        return None
    who = turns[0].who
    groups = {p.id for p in doc.persons if p.group}
    if words[who] / total < share or who in groups:
        return None
    alone = not any(turn.who != who and turn.who not in groups for turn in turns)
    return who if alone or _titled(doc, who) else None


def _titled(doc: Document, who: str) -> bool:
    """Whether the document's title names the person *who* by their surname or forename
    ("Kaganovich's speech …" for KAGANOVICH; never by an office or a form of address)."""
    title = set(re.findall(r"[^\W\d_]+", (doc.title or "").casefold()))
    person = next((p for p in doc.persons if p.id == who), None)
    names = [part.text for part in person.parts if part.kind in ("surname", "forename")] if person else []
    return any(name.casefold() in title for name in names)


def _paras(turn: Turn) -> list[Para]:
    paras: list[Para] = []
    for item in turn.blocks:
        if isinstance(item, Quote):
            paras.extend(item.paras)
        elif isinstance(item, Para):
            paras.append(item)
    return paras


def _words(para: Para) -> int:
    return sum(len(node.split()) for node in para.content if isinstance(node, str))

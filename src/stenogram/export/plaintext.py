"""A sitting as a plain-text transcript that ``stenogram convert`` reads back to the same body.

The label style is the one the converter reads without doubt: the printed label as the TEI
``speaker`` has it; a label closed by a stop or colon (``KAGANOVICH.``, ``Q.``, ``SPEAKER 1:``)
opens the turn's first paragraph on its line, a bare one (``Mr. Speaker``) stands alone on the
line above it; one paragraph per block, blocks between blank lines; a stage
direction between or within turns as printed (its brackets are its own text). Editorial
additions go back into the square brackets the converter turns into them (``supplied``,
``gap``, editorial ``note``); the front matter (title, source lines) comes first, a line each
in one block, as a record's head is printed (so that the converter reads it as front matter).
"""

from __future__ import annotations

from stenogram.tei.reading import Marks, Member, Sitting, Turn

#: Inline elements written back in the brackets they were read from.
MARKS: Marks = {"supplied": ("[", "]"), "gap": ("[", "]"), "note": ("[", "]")}

#: Characters that close a printed label: such a label opens its paragraph's line.
_LABEL_STOPS = (".", ":")


def _after(speaker: str) -> str:
    """What follows a label: a space after a closed label, a line break after a bare one."""
    return " " if speaker.endswith(_LABEL_STOPS) else "\n"


def paragraphs(sitting: Sitting) -> list[str]:
    """The paragraphs of the text: the front matter (its leading lines one block), then the
    body, in order."""
    front = list(sitting.front)
    lead = next((i for i, item in enumerate(front) if isinstance(item, Turn)), len(front))
    head = "\n".join(item.text for item in front[:lead] if not isinstance(item, Turn) and item.text)
    found: list[str] = [head] if head else []
    for item in (*front[lead:], *sitting.items):
        if not isinstance(item, Turn):
            found.append(item.text)
            continue
        texts = [block.text for block in item.blocks] or [""]
        if item.speaker:
            texts[0] = f"{item.speaker}{_after(item.speaker)}{texts[0]}".rstrip()
        found.extend(texts)
    return [text for text in found if text]


def sitting_text(sitting: Sitting) -> str:
    """The whole text of *sitting*, UTF-8 ready, ending in one newline."""
    return "\n\n".join(paragraphs(sitting)) + "\n"


def text_document(member: Member) -> bytes:
    """The per-document exporter of ``--to text``."""
    return sitting_text(member.read(MARKS)).encode("utf-8")

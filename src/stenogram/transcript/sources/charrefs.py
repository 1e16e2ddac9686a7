"""HTML character references left in a plain-text copy of a web page.

A record copied from a page's source rather than its rendering keeps the page's references as
text ("M. le président.&nbsp;La séance est ouverte.", "l&#8217;article", "PME &amp; artisans"):
the label then runs into its speech with no space and no label is found. Such a copy holds
them throughout; a transcript that mentions one ("the code &amp; in the link") holds one or
two, and one about a web page's markup ("users saw &lt;b&gt; around their names") holds only
those of markup's own characters, "<", ">" and "&", which a page's source spells only where the
page showed them. So the references are decoded where at least :data:`_LEAST` of them stand in
the text, each a numeric one or one of HTML's named ones (the table of :mod:`html.entities`,
closed), one at least for a character other than markup's (a no-break space, a letter, a quote,
a dash), and the reading reports it; a real HTML source is read by its own reader, never here.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata

from stenogram.transcript.regexcache import regex

# A reference: numeric, decimal or hexadecimal, or a name, always closed by its semicolon.
_REFERENCE = regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# How many references make the text a copy holding them rather than a text mentioning them.
_LEAST = 3
# Markup's own characters: references to them alone are a text writing about markup.
_MARKUP = frozenset("<>&")


def _character(ref: re.Match[str]) -> str | None:
    """The character *ref* stands for; None for a name HTML does not define or a code point
    that is no character (a surrogate, beyond U+10FFFF, a control other than tab or line feed);
    a code of Windows-1252's C1 range the character that code page gives it, as HTML does."""
    body = ref.group()[1:-1]
    if not body.startswith("#"):
        point = html.entities.name2codepoint.get(body)
        return None if point is None else chr(point)
    code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
    if 0x80 <= code <= 0x9F:  # Windows-1252's code for the character, as HTML reads it ("&#150;")
        read = html.unescape(ref.group())
        return None if unicodedata.category(read) == "Cc" else read
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (code < 0x20 and code not in (9, 10)) or code == 0x7F:
        return None
    return chr(code)


def decoded_references(text: str) -> tuple[str, int]:
    """*text* with its HTML character references decoded, and how many were; *text* unchanged
    (and 0) where fewer than :data:`_LEAST` known references stand in it, or where all of them
    stand for markup's characters (:data:`_MARKUP`)."""
    if "&" not in text:
        return text, 0
    known = [(ref, read) for ref in _REFERENCE.finditer(text) if (read := _character(ref)) is not None]
    if len(known) < _LEAST or all(read in _MARKUP for _, read in known):
        return text, 0
    parts: list[str] = []
    end = 0
    for ref, read in known:
        parts += [text[end : ref.start()], read]
        end = ref.end()
    parts.append(text[end:])
    return "".join(parts), len(known)

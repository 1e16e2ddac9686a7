"""UTF-8 text once read as Windows-1252 (or Latin-1) and saved again: mojibake.

A record passed through a tool that took its UTF-8 bytes for Windows-1252 holds each non-ASCII
letter as two or three characters ("PrÃ¤sidentin", "KeÃŸler", "Ð¡Ð¼Ð¸Ñ€Ð½Ð¾Ð²"): labels,
names and persons are then read and written wrong. Such a copy is consistent: each run of its
high characters maps back to single bytes (Windows-1252's, or Latin-1's for the bytes
Windows-1252 leaves undefined, which such tools keep as C1 controls) that are valid UTF-8. Real
text is not: a capital Ã or Â before an ASCII letter ("SÃO PAULO", "CÂMARA") or a lone accented
letter ("é" is byte E9, no UTF-8 alone) is a lead byte with no sequence after it, and the text
is left as read. A run with no lead byte that does not repair (a dash or quote typed after the
damage) stays as printed. The repair is reported beside the encoding, as the other
normalisations are.
"""

from __future__ import annotations

from stenogram.transcript.regexcache import regex

# Windows-1252's characters of bytes 0x80-0x9F (the rest of its high half is Latin-1's).
_CP1252 = {
    char: byte
    for byte in range(0x80, 0xA0)
    for char in [bytes([byte]).decode("cp1252", errors="ignore")]
    if char
}

# A run of characters each read from one high byte (0x80-0xFF): Latin-1's own, or
# Windows-1252's of 0x80-0x9F.
_RUN = regex("[\u0080-\u00ff" + "".join(sorted(c for c in _CP1252 if ord(c) > 0xFF)) + "]+")

# The characters of UTF-8's lead bytes (0xC2-0xF4): a run holding one that is no UTF-8 is a
# real accented letter ("SÃO", "CÂMARA", "été"), and the text is not consistently mojibake.
_LEAD = regex("[\u00c2-\u00f4]")

# How many repaired runs make a text mojibake rather than one stray pair.
_LEAST = 2

REPORT = "mojibake of Windows-1252 repaired"


def _repaired(run: str) -> str | None:
    """The UTF-8 *run*'s bytes spell; None where they spell none."""
    try:
        return bytes(ord(char) if ord(char) < 0x100 else _CP1252[char] for char in run).decode("utf-8")
    except UnicodeDecodeError:
        return None


def repaired_mojibake(text: str) -> tuple[str, bool]:
    """*text* with each run of high characters read back as the UTF-8 it was, and True; *text*
    unchanged and False where it is not consistently mojibake: fewer than :data:`_LEAST` runs
    repair, or a run that does not repair holds a lead byte's character (a real accented letter).
    A run that does not repair and holds none (a dash or quote typed after the damage) stays."""
    if text.isascii():
        return text, False
    parts: list[str] = []
    end = 0
    repaired = 0
    for run in _RUN.finditer(text):
        read = _repaired(run.group())
        if read is None:
            if _LEAD.search(run.group()):
                return text, False
            continue
        parts += [text[end : run.start()], read]
        end = run.end()
        repaired += 1
    if repaired < _LEAST:
        return text, False
    parts.append(text[end:])
    return "".join(parts), True

"""The paragraphs the parser reads, each with its source lines, and the shapes of a whole one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stenogram.transcript.inline import ROUND


@dataclass(slots=True)
class Unit:
    """One paragraph of text and the source lines ``(number, text)`` it was joined from."""

    text: str
    lines: list[tuple[int, str]]

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def first_line(self) -> str:
        return self.lines[0][1]


def _whole_parenthesis(opener: str, closer: str) -> str:
    """A pattern of one parenthesis with one level of brackets inside, and perhaps a full stop;
    possessive: no backtracking stack."""
    o, c, neither = re.escape(opener), re.escape(closer), f"[^{re.escape(opener + closer)}]"
    return rf"{o}(?:{neither}++|{o}{neither}*+{c})*+{c}[.]?"


# A paragraph of its own in parentheses, of any round kind (the Japanese Diet's 〔…〕 too).
PARENTHESIS = re.compile("|".join(_whole_parenthesis(o, c) for o, c in ROUND.items()))
# A paragraph all in brackets: a note of the record's ("[Open session]"), no line of its head.
BRACKETED_ONLY = re.compile(r"\s*[(\[][^()\[\]\n]*[)\]]")
BLOCK_LINE = 80  # characters of a line under the title in its block (a date, a sitting's number)

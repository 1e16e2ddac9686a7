"""The thirty-third round's memory of the parse: whether a record is a court's minutes that give
the floor in clauses ("Dada a palavra ao advogado da autora, por ele foi dito:") is read from the
lines that print the verb alone, each cut from the text where it is found; a list of every line
of a long record, made when its text printed the verb anywhere, had been the parse's highest
memory. The answers are those ``str.splitlines`` gave, line by line."""

from __future__ import annotations

import tracemalloc

from stenogram.transcript.config import load_config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.labels.patterns import gives_the_floor

CONFIG = load_config()
CLAUSE = CONFIG.floor_clause

SPEECH = "O SR. TAVARES - Senhor Presidente, o que foi dito ontem na comissão não se repete hoje."
MINUTES = "Dada a palavra ao advogado da autora, por ele foi dito:"


def test_a_long_record_printing_the_verb_is_read_with_no_list_of_its_lines() -> None:
    """Forty thousand lines of speeches, "foi dito" printed in each, no clause of minutes among
    them: the answer is no, and what the reading takes at its peak is a small share of the text
    (a list of its lines had taken more than the text itself)."""
    text = "\n".join(f"{SPEECH} {number}" for number in range(40_000))
    gives_the_floor(HeldText(text[:1000]), CLAUSE)  # the patterns compiled and cached beforehand
    held = HeldText(text)
    tracemalloc.start()
    try:
        found = gives_the_floor(held, CLAUSE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found is False
    assert peak < len(text) // 20


def test_the_clause_is_found_on_its_line_among_others_in_any_case() -> None:
    """The clause on a line of its own below a speech, its verb in capitals ("FOI DITO:") or as
    printed: the record's minutes give the floor; the same words run on after a speech's
    sentence on its line do not."""
    below = f"{SPEECH}\n\n{MINUTES}\nQue a autora reitera o pedido.\n"
    assert gives_the_floor(HeldText(below), CLAUSE)
    assert gives_the_floor(HeldText(below.replace("foi dito:", "FOI DITO:")), CLAUSE)
    assert not gives_the_floor(HeldText(f"{SPEECH} {MINUTES}\n"), CLAUSE)


def test_a_line_ends_where_str_splitlines_ends_it() -> None:
    """A record's rarer breaks (a vertical tab, a line or a paragraph separator, a carriage
    return alone) end the clause's line as ``str.splitlines`` ends it: the clause after one opens
    its line; the speech before it, on the same line, keeps the clause from opening it."""
    for mark in ("\v", "\u2028", "\u2029", "\r", "\r\n", "\x85"):
        assert gives_the_floor(HeldText(f"{SPEECH}{mark}{MINUTES}"), CLAUSE), repr(mark)
    assert not gives_the_floor(HeldText(f"{SPEECH} {MINUTES}"), CLAUSE)

"""The texts a rule reads where the source holds them: the same characters as a copy would give,
and no copy kept (an occurrence's surroundings, every line of the source)."""

from __future__ import annotations

from stenogram.transcript.candidate import Candidate
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.lines import paragraph_end
from stenogram.transcript.scoring import AFTER, Occurrence
from stenogram.transcript.turn_labels import _held_after, _in_joined
from stenogram.transcript.units import Lines, SourceLines, Unit, join_lines, joined_text


def test_speech_on_the_label_line_is_read_in_that_line() -> None:
    line = "KOVALENKO.   On the basis of this, one can say that the talk was no personal one."
    beside = line[len("KOVALENKO.") :]
    held, at = _held_after([beside, "and the next line"], line, beside)
    assert held is line
    assert held[at : at + AFTER] == " ".join([beside, "and the next line"]).lstrip()[:AFTER]


def test_speech_below_a_label_alone_is_read_in_its_line() -> None:
    below = "Hide the tree carefully, Helen. Be sure the children do not see it."
    held, at = _held_after(["", below, "until this evening"], "NORA.", "")
    assert held is below and at == 0


def test_a_short_speech_joined_from_lines_is_kept_as_read() -> None:
    speech = ["", "Yes.", "No."]
    held, at = _held_after(speech, "NORA.", "")
    assert held[at : at + AFTER] == "Yes. No."
    held, at = _held_after([], "NORA.", "")
    assert held[at : at + AFTER] == ""


def test_the_paragraph_above_is_read_from_its_lines() -> None:
    lines = Lines((number, f"line {number} of a long paragraph, " * 3) for number in range(1, 12))
    occurrence = Occurrence(Candidate("NORA", None, ".", 5, "NORA."), held_before=lines)
    assert occurrence.before == join_lines(lines.texts[-8:])[-300:] == paragraph_end(lines.texts)
    assert Occurrence(Candidate("NORA", None, ".", 5, "NORA."), held_before="as said").before == "as said"


def test_the_source_lines_are_read_from_the_text_as_printed() -> None:
    text = "HEAD OF THE RECORD\n\n  KOVALENKO.  Friends.  \nPAGE 2\nStv. Abg. X\n\nVoorzitter: Arib\n"
    glued = Lines([(3, "KOVALENKO.  Friends."), (5, "Stv."), (5, "Abg. X")])
    paragraphs = [Lines([(1, "HEAD OF THE RECORD")]), glued, Lines([(7, "Voorzitter: Arib")])]
    lines = SourceLines(HeldText(text), paragraphs)
    assert sorted(lines.texts()) == sorted(text for para in paragraphs for _, text in para)
    assert sorted(lines.lone()) == ["HEAD OF THE RECORD", "Voorzitter: Arib"]


def test_a_paragraphs_lines_are_read_from_its_joined_text() -> None:
    pairs = [(4, "HELMER. Is that my little lark twitter-"), (5, "ing out there?"), (7, "NORA. Yes, it is.")]
    lines = Lines(pairs)
    assert lines.joined == join_lines([text for _, text in pairs])
    assert list(lines) == pairs and lines[-1] == pairs[-1] and lines[1:] == pairs[1:]
    assert [lines.joined[slice(*lines.place(at))] for at in range(3)] == lines.texts
    assert paragraph_end(lines) == paragraph_end(lines.texts) == lines.joined
    one = Lines([(2, "NORA. Yes.")])
    assert one.joined is one.texts[0] is one[0][1] and one.place(-1) == (0, 10)
    assert Unit(joined_text(lines), lines).text is lines.joined


def test_an_occurrence_reads_the_lines_around_it_in_the_joined_text() -> None:
    lines = Lines(
        [(1, "and so the sitting went on."), (2, "NORA. Hide the tree carefully, Helen, before they come.")]
    )
    texts = lines.texts
    held, at = _in_joined(lines, texts, texts[1], len("NORA."))
    assert held is lines.joined and held[at : at + AFTER] == texts[1][len("NORA.") :][:AFTER]
    occurrence = Occurrence(Candidate("NORA", None, ".", 5, "NORA."), above_in=lines, above_line=0)
    assert occurrence.above == texts[0]
    last = Occurrence(Candidate("NORA", None, ".", 5, "NORA."), above_in=lines, above_line=-1)
    assert last.above == texts[1]

"""Speaker labels: the candidates at the start of a paragraph or line that have a label's shape.

A label is found in its many printed shapes: a name in CAPITALS or Mixed case, forms of address
and offices, a role or party in brackets, a colon, a full stop, a dash, a marker or number before
it, a time stamp, a description after a comma, labels set off by spaces in scripts without case.
Which candidates are real is decided by the scored model (:mod:`stenogram.transcript.scoring`).
"""

from stenogram.transcript.labels.matcher import LabelMatcher
from stenogram.transcript.labels.patterns import COLON_MARKS, HEADING_BEFORE_LABEL
from stenogram.transcript.labels.shapes import hollow_scripts, runs_on

__all__ = ["COLON_MARKS", "HEADING_BEFORE_LABEL", "LabelMatcher", "hollow_scripts", "runs_on"]

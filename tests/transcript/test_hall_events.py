"""The hall's voice in real records: which event of several a bracket names first, the calls of the
floor quoted inside the stenographer's note, and the voices printed after an event. The excerpts
are written for these tests (invented names), shaped like the records of each parliament."""

from __future__ import annotations

from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.inline import stage_type

CONFIG = load_config()
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _stages(text: str) -> list[tuple[str | None, str]]:
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    return [(s.get("type"), str(s.xpath("string()"))) for s in root.iterfind(".//t:body//t:stage", NS)]


def test_the_first_event_of_several_types_the_bracket() -> None:
    """Laughter heard before the applause is laughter, whichever word our list tries first."""
    assert stage_type("Wesołość na sali, oklaski", CONFIG) == "laughter"
    assert stage_type("Heiterkeit und Beifall bei der FDP", CONFIG) == "laughter"
    assert stage_type("Beifall bei der SPD – Heiterkeit bei der CDU/CSU", CONFIG) == "applause"
    text = (
        "Poseł Anna Nowak:\n\nDziękuję za uwagę. (Wesołość na sali, oklaski)\n\n"
        "Marszałek:\n\nDziękuję. (Oklaski, wesołość na sali)\n"
    )
    assert [kind for kind, _ in _stages(text)] == ["laughter", "applause"]

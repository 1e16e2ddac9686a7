"""A house's name holding its members' word ("Haus der Abgeordneten") names no speaker, but a
house's name that is the office and no more names its member: the Swiss federal councillor
("Bundesrat Villiger."), each shape in an invented sample or line (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.scoring import _housed_office


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def test_the_federal_councillor_is_named_by_his_council() -> None:
    """ "Bundesrat Villiger." among colon labels, printed once: the word naming the Swiss
    government is the office of its member, who speaks; his speech keeps its note."""
    root = tabled_tei("de-ch-staenderat-bundesrat-punkt.txt")
    said = texts(root, "//t:sp/t:p")
    assert said[1].startswith("Ich danke der Kommission")
    assert said[1].endswith("(Heiterkeit)")


def test_an_office_as_the_whole_house_word_is_no_house() -> None:
    """The office inside a longer house word is the house's ("abgeordnet" of
    "abgeordnetenhaus"); one that is the house word whole ("bundesrat") stays an office."""
    config = default_config()
    for folded, housed in (
        ("bundesrat villiger", False),
        ("haus der abgeordneten", True),
        ("abgeordnetenhaus", True),
        ("präsident des abgeordnetenhauses", False),
    ):
        office = config.offices.search(folded)
        assert office is not None
        assert _housed_office(folded, office, config) is housed, folded


def test_the_prussian_house_over_its_sitting_stays_no_speaker() -> None:
    """Negative: the house's own name over its numbered sitting is still the record's title, the
    chair and a member of the house the only speakers."""
    root = text_tei(
        "Haus der Abgeordneten.\n12. Sitzung am 4. März 1912.\n\n"
        "Präsident des Abgeordnetenhauses: Die Sitzung ist eröffnet.\n\n"
        "Abgeordneter Müller: Meine Herren, die Vorlage ist unzureichend.\n"
    )
    assert _speakers(root) == ["Präsident des Abgeordnetenhauses:", "Abgeordneter Müller:"]

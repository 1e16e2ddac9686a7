"""The last round's new rules narrowed where lines of other records share their shape (invented
samples; labels in turns.toml, persons in ids.toml): a letter-spaced word is read set solid only
in a cased script, as a script without case sets its words of one syllable apart in any sentence
(Korean); a form of address in a governed case refuses a label only before a name, as the same
word alone is a plural's nominative, a group's voice."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.labels.patterns import set_solid

_MATCHER = LabelMatcher(load_config())


def test_a_korean_sentence_of_one_syllable_words_stays_speech() -> None:
    """ "그 후 이 문제에 대해서는: 위원회는 …": a sentence opening with words of one syllable, no
    letters spaced for emphasis; it stays in the member's turn, no label of its own."""
    root = tabled_tei("ko-uiwonhoe-eumjeol-munjang.txt")
    assert "그 후 이 문제에 대해서는: 위원회는 다시 검토하였습니다." in texts(root, "//t:sp[2]/t:p")
    assert set_solid("그 후 이 문제에 대해서는") == "그 후 이 문제에 대해서는"


def test_a_letter_spaced_word_in_lower_case_is_still_set_solid() -> None:
    """The cased script's spaced word the rule was made for is still read set solid, Latin and
    Cyrillic alike; initials in capitals and a name spaced out whole stay as printed."""
    assert set_solid("Bronsart v o n Schellendorff") == "Bronsart von Schellendorff"
    assert set_solid("Депутат П е т р о в") == "Депутат Петров"
    assert set_solid("J R R Tolkien") == "J R R Tolkien"
    assert set_solid("S c h m i d t") == "S c h m i d t"


def test_a_governed_form_of_address_refuses_only_before_a_name() -> None:
    """ "Herrn Müller:", "Kollegen Weber:" are a preposition's object on a wrapped line, no label;
    "Genossen:" alone is the plural a group's voice is printed with, a candidate as before."""
    assert _MATCHER.candidate("Herrn Müller: Wie soll das bezahlt werden?") is None
    assert _MATCHER.candidate("Kollegen Weber: Das ist falsch!") is None
    group = _MATCHER.candidate("Genossen: Hört! Hört!")
    assert group is not None and group.printed == "Genossen:"


def test_a_group_s_voice_keeps_its_turn() -> None:
    """A party plenum's group voice under its plural ("Genossen: Hört! Hört!") is the turn it
    was before the governed forms were refused; "Genossen Pieck: …" (the object's form before a
    name) stays the speech's line."""
    root = text_tei(
        "Protokoll der Sitzung\n\nGenosse Ulbricht: Genossen, wir beginnen.\n\nGenossen: Hört! Hört!\n\n"
        "Genosse Pieck: Ich unterstütze den Antrag.\n\nGenossen Pieck: Das war ein Fehler.\n\n"
        "Genosse Ulbricht: Weiter.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Genosse Ulbricht:",
        "Genossen:",
        "Genosse Pieck:",
        "Genosse Ulbricht:",
    ]
    assert "Genossen Pieck: Das war ein Fehler." in texts(root, "//t:sp[3]/t:p")

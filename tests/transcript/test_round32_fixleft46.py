"""The trials-and-hearings battery's leftovers: a German court's role joined by a hyphen to an
abbreviation, an American reporter's labels set off by two spaces with no colon; each shape in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_full_word_hyphened_to_an_abbreviated_role_opens_the_counsel_s_turn() -> None:
    """ "Nebenkläger-Vertr. RA Petersohn: Herr Vorsitzender, ich beantrage, die" / "Zeugin Haber
    dazu zu hören." under "Angekl. Lindqvist: Nein, ich war zu Hause.": the stop is the
    abbreviation's, the whole line's label the counsel's, the defendant's answer left whole."""
    root = tabled_tei("de-gericht-compound-abbreviated-counsel.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Nein, ich war zu Hause."]
    assert texts(root, "//t:sp[3]/t:p") == ["Herr Vorsitzender, ich beantrage, die Zeugin Haber dazu zu hören."]
    assert texts(root, "//t:sp[5]/t:p") == ["Das werden wir sehen."]


def test_a_hyphened_word_before_a_stop_still_ends_a_sentence() -> None:
    """ "Wir sprechen über den Follow-up. Dann gehen wir weiter." inside a turn: a hyphened word
    that ends in no abbreviation keeps its stop a sentence's end, and no label opens."""
    root = text_tei("Vors.: Wir sprechen über den Follow-up. Dann gehen wir weiter.\nAngekl. Roth: Ja.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Vors.:", "Angekl. Roth:"]
    assert texts(root, "//t:sp[1]/t:p") == ["Wir sprechen über den Follow-up. Dann gehen wir weiter."]

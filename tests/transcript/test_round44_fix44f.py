"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a surname's prefix before its inner capital only as listed, so a brand's
heading alone on its line is no name; the Congressional Record's state abbreviated after "of"
whose letters are a particle's too; the initials "K. H." before a surname no Kyai Haji; the
Russian house members' plural without "-s" addressed before a sentence in lower case."""

from __future__ import annotations

import re

from label_samples import tabled_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels.patterns import name_pattern
from stenogram.transcript.scoring import _hall_word, _office_plural


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_brands_inner_capital_is_no_names_word() -> None:
    """ "YouTube Live" and "PowerPoint Slides" alone on their lines are headings of the speech
    among names alone on theirs; "Sarah McLeod", "Tom O'Brien", "Ann DeSantis" stay labels."""
    root = tabled_tei("en-residents-names-alone-brand-headings.txt")
    said = " ".join(_said(root))
    assert "YouTube Live" in said
    assert "PowerPoint Slides" in said


def test_the_listed_surname_prefixes_keep_their_inner_capital() -> None:
    """ "Cllr McLeod:", "Cllr O'Brien:", "Cllr DeSantis:", "Cllr LeBlanc:", "Cllr MacDonald:"."""
    root = tabled_tei("en-council-surname-prefix-labels.txt")
    assert "Cllr LeBlanc:" in _speakers(root)


def test_the_name_pattern_takes_only_the_listed_prefixes() -> None:
    """A brand's or an office suite's inner capital ("YouTube", "PowerPoint", "WhatsApp") is no
    name's word; "McLeod", "O'Brien", "O’Brien", "DeSantis", "MacDonald" are."""
    name = re.compile(name_pattern(default_config().surname_prefixes))
    for words in (
        "Sarah McLeod",
        "Tom O'Brien",
        "Tom O’Brien",
        "Ann DeSantis",
        "Iain MacDonald",
        "Kate FitzGerald",
    ):
        assert name.fullmatch(words), words
    for words in ("YouTube Live", "PowerPoint Slides", "WhatsApp Group", "FaceTime"):
        assert not name.fullmatch(words), words


def test_a_state_abbreviated_after_of_closes_the_label() -> None:
    """ "Mr. BAYARD, of Del." ends at the state's stop though "del" is a particle."""
    root = tabled_tei("en-us-congress-of-del-state.txt")
    assert any(p.startswith("I ask that the bill be read") for p in _said(root))


def test_a_particle_opening_a_place_reads_on() -> None:
    """ "Lord Smith of St. Albans:": "St." opens the place's name (the negative)."""
    root = tabled_tei("en-uk-lords-of-st-place.txt")
    assert _speakers(root)[0] == "Lord Smith of St. Albans:"


def test_initials_k_h_are_a_forename_not_kyai_haji() -> None:
    """ "K. H. Weber:" and "K.H. Müller:" are initials; "KH. AHMAD FAUZI:" keeps its title."""
    root = tabled_tei("de-landtag-hearing-initials-kh.txt")
    forenames = texts(root, "//t:person/t:persName[not(@type)]/t:forename")
    assert "K.H." in forenames and "K." in forenames
    assert not texts(root, "//t:person/t:persName/t:roleName[@type='honorific']")
    indonesian = tabled_tei("id-dpr-kh-unspaced-title.txt")
    assert "Kh." in texts(indonesian, "//t:person/t:persName/t:roleName[@type='honorific']")


def test_the_members_plural_without_s_addresses_the_hall() -> None:
    """ "Депутаты: прошу вас …" in lower case is the speech's; "Аудиторы: проверка …" stays the
    body's label, and "Депутаты: Поддерживаем …" with a capital the members' voice."""
    root = tabled_tei("ru-council-deputies-addressed-lower.txt")
    assert any(p.startswith("Депутаты: прошу вас поддержать") for p in _said(root))
    assert "Аудиторы:" in _speakers(root)
    voiced = tabled_tei("ru-council-deputies-voice-capital.txt")
    assert "Депутаты:" in _speakers(voiced)


def test_the_slavic_plurals_read_are_the_listed_ones() -> None:
    config = default_config()
    for word in ("Депутаты", "Депутати", "Товарищи", "Diputados"):
        assert _office_plural(word, config), word
        assert _hall_word(word, config), word
    for word in ("Аудиторы", "Члены", "Судьи", "Прокуроры"):
        assert not _hall_word(word, config), word

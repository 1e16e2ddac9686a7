"""A press copy's headline over the turns it quotes, and a title line over a one-word office's
turn, narrowed where a record's own shape matched them (invented samples; labels in turns.toml,
persons in ids.toml): an unnamed voice of the hall opening a short excerpt with its question
unstopped is a turn, no headline; a surname in CAPITALS that an office's stem opens ("HAKIMI",
"hakim") is a wrapped label's tail, no office alone under a heading."""

from __future__ import annotations

from label_samples import tabled_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.lines import _office_whole


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_voice_of_the_hall_first_and_unstopped_is_a_turn() -> None:
    """ "Member of the public: I want to ask about the bins on Alder Row again" opens the
    excerpt, its question unstopped and the turns below stopped: a participant's words name a
    person, no headline's topic."""
    root = tabled_tei("en-council-excerpt-member-of-public-unstopped.txt")
    assert _speakers(root) == [
        "Member of the public:",
        "Mayor Treadwell:",
        "Councillor Okafor:",
        "Councillor Penhale:",
    ]
    assert _said(root)[0] == "I want to ask about the bins on Alder Row again"


def test_a_press_headline_over_quoted_turns_stays_no_turn() -> None:
    """The negative: "Prozess gegen ehemaligen Oberstaatsanwalt: …" and "Retssag mod tidligere
    borgmester: …" open with no participant's word; still the copy's headline."""
    de = tabled_tei("de-presse-prozess-schlagzeile-zitate.txt")
    assert "Prozess gegen ehemaligen Oberstaatsanwalt:" not in _speakers(de)
    assert _speakers(de)[0] == "Vorsitzender:"
    da = tabled_tei("da-presse-retten-overskrift.txt")
    assert _speakers(da)[0] == "Dommeren:"


def test_a_capitals_surname_an_office_stem_opens_is_a_wrapped_tail() -> None:
    """ "Anf. 12 Statsrådet LINA" / "HAKIMI: Herr talman! …": the wrap carried the surname;
    the label is read whole, no heading over a "HAKIMI:" turn."""
    root = tabled_tei("sv-riksdag-anf-wrapped-capitals-office-stem-surname.txt")
    assert _speakers(root) == [
        "Anf. 11 SARA LUNDQVIST (V):",
        "Anf. 12 Statsrådet LINA HAKIMI:",
        "Anf. 13 SARA LUNDQVIST (V):",
    ]


def test_an_office_stem_whole_only_in_mixed_case() -> None:
    """ "Richterin" and "Gerichtsschreiberin" (stems "richter", "gerichtsschreiber") are an office
    whole; "HAKIMI" in CAPITALS is no office alone; a full office in CAPITALS still is ("CHAIR")."""
    config = default_config()
    assert _office_whole("Richterin", config)
    assert _office_whole("Gerichtsschreiberin", config)
    assert _office_whole("CHAIR", config)
    assert not _office_whole("HAKIMI", config)
    assert not _office_whole("MAYORGA", config)


def test_the_title_line_over_a_one_word_office_still_a_heading() -> None:
    """The negative of the narrowing: "Bezirksgericht Horgen, Protokoll der Hauptverhandlung" over
    "Gerichtsschreiberin: …" (Mixed case) stays a heading, no wrapped label's head."""
    root = tabled_tei("de-ch-bezirksgericht-titelzeile-ueber-gerichtsschreiberin.txt")
    assert all(not speaker.startswith("Bezirksgericht") for speaker in _speakers(root))
    assert "Gerichtsschreiberin:" in _speakers(root)

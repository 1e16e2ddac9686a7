"""Label shapes that read wrong until now: a label in Mixed case ended by a dash, a label a page
break cut across a blank line (samples in tests/data/labels/), and lines of the same look that
must stay text."""

from __future__ import annotations

import pytest

from label_samples import SAMPLES, speakers
from stenogram.tei.convert import convert_text


def _speakers(sample: str) -> list[str]:
    return speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei)


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # the chair's office alone, in Mixed case, before a dash
        ("ru-chair-dash.txt", ["Председательствующий –", "Смирнов И.П.", "Председательствующий –"]),
        # a form of address before a surname; a name with the party in parentheses
        (
            "de-office-dash.txt",
            ["Präsident Lammert –", "Hans Weber (SPD) –", "Präsident Lammert –", "Klaus Bauer (CDU/CSU) –"],
        ),
        # the Spanish article and form of address before the chair's office in CAPITALS or a name
        (
            "es-senor-dash.txt",
            [
                "El señor PRESIDENTE —",
                "El señor Martínez Gómez —",
                "El señor PRESIDENTE —",
                "La señora López Ruiz —",
            ],
        ),
    ],
)
def test_a_label_in_mixed_case_ended_by_a_dash(sample: str, expected: list[str]) -> None:
    assert _speakers(sample) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a title's words before a dash open with no office; a pair of dashes sets off a clause
        (
            "de-dash-clauses.txt",
            ["Vorsitzender Bernd Keller –", "Stadträtin Petra Lang –", "Vorsitzender Bernd Keller –"],
        ),
        ("en-dash-headings.txt", ["Mayor Ellen Price –", "Councillor James Ford –", "Mayor Ellen Price –"]),
    ],
)
def test_titles_and_clauses_set_off_by_dashes_stay_text(sample: str, expected: list[str]) -> None:
    assert _speakers(sample) == expected


def test_a_title_with_a_dash_is_the_heading_not_a_turn() -> None:
    tei = convert_text((SAMPLES / "en-dash-headings.txt").read_bytes(), "en-dash-headings.txt").tei
    assert b"City Council Meeting \xe2\x80\x93 Transcript" in tei
    assert b"<speaker>City Council" not in tei


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # the blank line of a page break inside the parenthesis of the Brazilian Senate's label
        (
            "pt-senado-page-cut.txt",
            [
                "O SR. PRESIDENTE (Vital do Rêgo. Bloco Maioria/PMDB - PB) –",
                "O SR. JOSÉ AGRIPINO (Bloco Minoria/DEM - RN) –",
                "O SR. PRESIDENTE (Vital do Rêgo. Bloco Maioria/PMDB - PB) –",
            ],
        ),
        # the head wrapped over two lines before the break; a parenthesis of the speech cut by
        # a page break is no label
        (
            "pt-senado-page-cut-wrapped.txt",
            [
                "O SR. PRESIDENTE (Vital do Rêgo. Bloco Maioria/PMDB - PB) –",
                "O SR. JOSÉ AGRIPINO (Bloco Minoria/DEM - RN. Sem revisão do orador.) –",
                "A SRª ANA AMÉLIA (Bloco Maioria/PP - RS. Pela ordem. Sem revisão da oradora.) –",
                "O SR. PRESIDENTE (Vital do Rêgo. Bloco Maioria/PMDB - PB) –",
            ],
        ),
    ],
)
def test_a_label_a_page_break_cut_across_a_blank_line(sample: str, expected: list[str]) -> None:
    assert _speakers(sample) == expected


def test_a_parenthesis_of_a_speech_cut_by_a_page_break_opens_no_turn() -> None:
    assert _speakers("en-page-cut-parenthesis.txt") == [
        "The CHAIRMAN (Mr. Walter Grant, Ohio) –",
        "Mr. HAYES (Member, Subcommittee on Energy) –",
        "The CHAIRMAN (Mr. Walter Grant, Ohio) –",
    ]

"""Label shapes that read wrong until now: a label with no punctuation before its speech, a label
in Mixed case ended by a dash, a label a page break cut across a blank line (samples in tests/data/labels/), and lines of the same look that
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
        ("ru-chair-dash.txt", ["Председательствующий –", "Смирнов И.П. –", "Председательствующий –"]),
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


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # the Czech Chamber's web pages: an office, its portfolio or abbreviation, a name of two or
        # three words, the speech; one whose speech opens with no common opener is believed when
        # the chair gave the floor to her; sentences after an office and a name stay text
        (
            "cs-psp-web-unmarked.txt",
            [
                "Předseda PSP Radek Vondráček",
                "Ministr kultury ČR Antonín Staněk",
                "Předseda PSP Radek Vondráček",
                "Poslankyně Jana Nováková",
                "Místopředsedkyně PSP Jana Mračková Vildumetzová",
                "Poslanec Marek Benda",
            ],
        ),
        (
            "sk-nrsr-web-unmarked.txt",
            [
                "Predseda NR SR Peter Novák",
                "Minister financií SR Ján Horváth",
                "Predseda NR SR Peter Novák",
                "Poslankyňa Eva Kováčová",
            ],
        ),
        # an office and a name before a capitalised noun ("Alan Reed Elementary School") in a
        # record of other labels
        ("en-office-name-sentences.txt", ["MAYOR PRICE:", "MAYOR PRICE:"]),
    ],
)
def test_a_label_with_no_punctuation_before_its_speech(sample: str, expected: list[str]) -> None:
    assert _speakers(sample) == expected


def test_the_speech_after_a_label_with_no_punctuation_keeps_its_first_word() -> None:
    tei = convert_text((SAMPLES / "cs-psp-web-unmarked.txt").read_bytes(), "cs.txt").tei
    assert "<speaker>Ministr kultury ČR Antonín Staněk</speaker>" in tei.decode()
    assert '">Děkuji, pane předsedající.' in tei.decode()
    assert "Předseda vlády Petr Fiala Poslanecké sněmovně" in tei.decode()

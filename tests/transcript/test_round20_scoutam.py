"""Records of the Americas and English-language genres: a court reporting firm's page foot, a
transcript's dated page of pages, a Hansard's "Leave granted.", the Chilean Senate's decisions
after a dash, the Peruvian roll call (samples in tests/data/labels/, written in the shapes the real records print, names invented)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, texts


@pytest.mark.parametrize(
    ("name", "firm"),
    [
        ("en-us-deposition-reporting-firm-foot.txt", "Brightwater Reporting Services, Inc."),
        ("en-us-argument-reporting-firm-once.txt", "Lakeshore Court Reporters, LLC"),
    ],
)
def test_a_reporting_firm_at_the_page_foot_is_furniture(name: str, firm: str) -> None:
    tei = tabled_tei(name)
    assert not any(firm in text for text in texts(tei, "//t:body//t:p"))
    assert texts(tei, "//t:sp[last()]/t:p")[-1] in ("Maybe forty miles an hour.", "Yes, Your Honor.")


def test_a_dated_page_of_pages_head_is_furniture() -> None:
    tei = tabled_tei("en-us-fomc-dated-page-of-pages.txt")
    assert not any(" of 96" in text for text in texts(tei, "//t:body//t:p"))
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) != "May 9, 2007 14 of 96"
    assert texts(tei, "//t:sp[3]/t:p") == ["Without objection. Let's turn to the economic situation."]


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("en-ca-bc-leave-granted.txt", "Leave granted."),
        ("es-pe-relator-pasa-lista.txt", "El RELATOR pasa lista."),
    ],
)
def test_a_narrated_line_stands_between_the_turns(name: str, stage: str) -> None:
    tei = tabled_tei(name)
    assert texts(tei, "//t:body/t:div/t:stage") == [stage]
    assert not any(stage in text for text in texts(tei, "//t:sp/t:p"))


def test_the_chilean_senate_decisions_after_a_dash_are_stages() -> None:
    tei = tabled_tei("es-cl-senado-dash-decisions.txt")
    assert texts(tei, "//t:body/t:div/t:stage") == [
        "--Se aprueba en general el proyecto.",
        "--Así se acuerda.",
    ]
    assert texts(tei, "//t:sp[1]/t:stage[@type='applause']") == ["--(Aplausos en tribunas)."]
    assert not any(text.startswith("--") for text in texts(tei, "//t:sp/t:p"))

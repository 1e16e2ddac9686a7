"""A reviewer's counter-examples to the round's mended rules, in the shapes of other records: a
notice whose office in CAPITALS opens a sentence going on in lower case after its colon, a
speech's vocatives with "Mme" abbreviated with no stop, one who speaks for the shareholders after
"for", and a live page's headline in CAPITALS over turns set off by bars. Invented samples and
texts (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_notice_opening_with_an_office_in_capitals_whose_colon_goes_on_in_lower_case_is_no_label() -> None:
    """ "MEMBERS of the public are reminded that …: please speak …": a sentence whose colon goes
    on in lower case, no office described in lower case; the notice stays a paragraph."""
    tei = tabled_tei("en-council-webcast-notice-office-sentence.txt")
    assert any(text.startswith("MEMBERS of the public") for text in texts(tei, "//t:body//t:p"))


@pytest.mark.parametrize(
    "notice",
    [
        "MINISTERS from both parties were due to meet on Friday but the talks were cancelled: no date was set.",
        "THE UN envoy arrived in the capital late on Sunday and met the leaders: talks resume today.",
        "THE UN envoy arrived in the capital late on Sunday and met the leaders of both parties:",
    ],
)
def test_a_sentence_opening_with_an_office_or_an_article_and_an_acronym_is_no_label(notice: str) -> None:
    """An office in CAPITALS whose colon goes on in lower case, or an acronym after its article
    (its sentence's subject), opens a sentence, no label."""
    assert speakers_of(f"{notice}\n\nCHAIR: Order.\n\nMS VANE: Thank you.\n") == ["CHAIR:", "MS VANE:"]


@pytest.mark.parametrize(
    "label",
    [
        "ПРЕДСЕДАТЕЛЬ постоянной комиссии по бюджету и налогам:",
        "SENATOR HAYES on behalf of the committee on rules and administration:",
        "THE CHAIRMAN of the committee on finance and the budget:",
    ],
)
def test_an_office_described_in_lower_case_over_a_speech_in_capitals_stays_a_label(label: str) -> None:
    """The office and its description, the speech after its colon opening in capitals: a label."""
    text = f"{label} Colleagues, the sitting is open.\n\nCHAIR: Order.\n\nMS VANE: Thank you.\n"
    assert speakers_of(text)[0] == label


def test_a_speech_s_vocatives_with_mme_abbreviated_without_its_stop_are_no_chair_s_label() -> None:
    """ "M. le président, Mme la vice-présidente, mes chers collègues, …": "Mme" is abbreviated
    as "M." is, its last letter kept and no stop, a speech's chain of vocatives; no turn of the
    chair whose stop was misread."""
    tei = tabled_tei("fr-conseil-vocatif-mme-sans-point.txt")
    assert any(
        text.startswith("M. le président, Mme la vice-présidente") for text in texts(tei, "//t:sp/t:p")
    )


def test_the_chair_s_own_speech_with_an_address_spelled_out_stays_its_turn() -> None:
    """The chair's label abbreviated, the address after it spelled out: the chair speaks."""
    text = (
        "M. le président. La séance est ouverte.\n\nMme Roux. Merci.\n\n"
        "M. le président, Monsieur le ministre, vous avez la parole.\n\nM. Blanc. Merci.\n"
    )
    assert speakers_of(text) == ["M. le président.", "Mme Roux.", "M. le président,", "M. Blanc."]


def test_one_who_speaks_for_the_shareholders_after_for_is_a_label() -> None:
    """ "A representative for the small shareholders:": whom the voice speaks for, as "of" names
    whose body it is; a turn as before the links were read."""
    tabled_tei("en-agm-representative-for-shareholders.txt")


def test_one_who_told_the_shareholders_still_reports_a_speech() -> None:
    """ "… told the shareholders:": to whom, no label."""
    text = (
        "The Chair: Questions, please.\n\nA representative of the company told the shareholders: "
        "the dividend is safe.\n\nThe Chair: Thank you.\n"
    )
    assert speakers_of(text) == ["The Chair:", "The Chair:"]


def test_a_live_page_s_headline_in_capitals_over_turns_after_bars_is_its_title() -> None:
    """ "LIVE UPDATES | Supreme Court hears …" over "Desai | The petitioner …": the headline, in
    CAPITALS over turns in Mixed case, is the page's title, no speaker."""
    tei = tabled_tei("en-in-live-blog-headline-bar-turns.txt")
    assert not tei.xpath("//t:speaker[contains(., 'LIVE')]", namespaces=NS)

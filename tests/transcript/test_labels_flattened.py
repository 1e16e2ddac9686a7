"""Labels inside one paragraph: records a copy flattened, every turn after the sentence before
it; and the sentences that only look so (a call of the next speaker, a word before a colon)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, text_tei


def test_a_call_of_the_next_speaker_is_no_label() -> None:
    """The chair's call at a paragraph's end, and a call before the label in CAPITALS."""
    text = (
        "MR. SPEAKER: Question No. 41. Shri Ramesh Kolar. SHRI RAMESH KOLAR: Sir, when will the "
        "canal open? MR. SPEAKER: Good morning. Mr. Kolar.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == ["MR. SPEAKER:", "SHRI RAMESH KOLAR:", "MR. SPEAKER:"]


def test_a_dash_after_a_label_opens_no_second_label() -> None:
    """``Sra. Acosta.- Señor presidente: …``: the vocative after the label's dash is speech."""
    text = "Sr. Presidente (Ruiz).- Tiene la palabra la señora diputada.\nSra. Acosta.- Señor presidente: votamos en contra.\n"
    said = speakers(etree.tostring(text_tei(text)))
    assert said == ["Sr. Presidente (Ruiz).-", "Sra. Acosta.-"]

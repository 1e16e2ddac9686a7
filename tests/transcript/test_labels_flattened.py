"""Labels inside one paragraph: records a copy flattened, every turn after the sentence before
it; and the sentences that only look so (a call of the next speaker, a word before a colon)."""

from __future__ import annotations

import re

from lxml import etree

from label_samples import SAMPLES, speakers, text_tei
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import COLON_MARKS, LabelMatcher
from stenogram.transcript.labels.patterns import LABEL_SPAN


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


def test_a_label_read_with_a_colon_prints_a_colon_mark() -> None:
    """A candidate whose punctuation reads as a colon has one of :data:`COLON_MARKS` in its text
    (a colon, another script's, the bracket of renderings), so that a line's scan for a voice of
    the hall or a name given the floor need not ask where none follows: at each line's start and
    each sentence's end of every sample, and in the shapes that read a colon from another mark."""
    matcher = LabelMatcher(load_config())
    marked = (
        "ክቡር አፈ ጉባኤ፦ እናመሰግናለን።",
        "ዳኛ፡- ይቀጥሉ።",
        "ឯកឧត្តម សុខ វណ្ណា៖ សូមអរគុណ។",
        "ဥက္ကဋ္ဌ။ ။ ဆက်လက်ဆွေးနွေးပါ။",
        "JUSTICE ROBERTS>> The Senate will convene.",
        "ගරු කථානායකතුමා (மாண்புமிகு சபாநாயகர் அவர்கள்) (The Hon. Speaker) Order, please.",
    )
    texts = [*marked]
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            texts += [line, *(line[found.end() :] for found in re.finditer(r"[.!?…»”\")\]][ \t]+", line))]
    colons = [text for text in texts if (cand := matcher.candidate(text)) and cand.punct in (":", "：")]
    assert set(marked) <= set(colons)
    assert all(COLON_MARKS.search(text, 0, LABEL_SPAN) for text in colons)

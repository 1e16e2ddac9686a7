"""The battery of copies users make: an inquiry's turns saved from a word processor as a
numbered list's paragraphs under the transcript's cover, in an invented sample (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_numbered_list_s_turns_under_a_cover_lose_their_numbers() -> None:
    """ "Held at Castlegate Hall" / "1.\\tCHAIR:\\tGood morning. …" / "3.\\tCOUNSEL TO THE
    INQUIRY:\\tMr Okonkwo, when did …" / "\\tstop reporting?": each turn a numbered list's
    paragraph below a cover of three lines; the numbers and their tabs are the list's, so each
    label printed once is read without its number and the wrapped line stays in its speech."""
    root = tabled_tei("en-inquiry-numbered-list-cover.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "CHAIR:",
        "MR OKONKWO:",
        "COUNSEL TO THE INQUIRY:",
        "MR OKONKWO:",
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Mr Okonkwo, when did the spillway gauge stop reporting?"]
    assert texts(root, "//t:sp[4]/t:p") == ["On the night of the ninth, shortly after midnight."]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 4

"""Round 50 (fix50b): the German verbs of report as the narration's per-language words
(``language_narration``), and a union congress's delegate line whose verb follows the role's
comma, the protocol's sentence, no label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_german_delegate_line_with_a_verb_of_report_is_speech() -> None:
    """`Kollegin Roth, ver.di, Delegierte aus Hamburg, verweist auf den Antrag:` reports what
    the delegate did (``language_narration`` de): the protocol's line inside the turn, while
    `Kollegin Roth, ver.di, Hamburg:` and `Kollege Lenz, IG Metall, Delegierter aus Bremen:`
    (a union and a role after the name's commas) stay labels."""
    tei = tabled_tei("de-union-delegate-verb.txt")
    assert "Kollegin Roth, ver.di, Delegierte aus Hamburg, verweist auf den Antrag:" in turn_paragraphs(tei)


def test_german_delegate_label_with_union_and_role_stays_a_label() -> None:
    """The negative: a delegate's union and role after her name's commas, no verb after the role
    (`Kollegin Eva Roth, ver.di, Delegierte aus Hamburg:`), stays her label."""
    tei = text_tei(
        "Vorsitzender Kollege Peter Albers:\n"
        "Das Wort hat die Kollegin Roth.\n\n"
        "Kollegin Eva Roth, ver.di, Delegierte aus Hamburg:\n"
        "Ich bitte um Zustimmung zum Antrag B 12.\n"
    )
    assert turn_speakers(tei) == [
        "Vorsitzender Kollege Peter Albers:",
        "Kollegin Eva Roth, ver.di, Delegierte aus Hamburg:",
    ]

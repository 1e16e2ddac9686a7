"""Round 50 (hunt50f): a Ukrainian court's parties by their role, offices of the record's language."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_ukrainian_party_representatives_are_offices() -> None:
    """`Представник позивача:` and `Представниця відповідача:` label a Ukrainian commercial
    court's parties by role (`language_offices` uk), printed once each; the sentence
    `Представник відповідача у відзиві зазначив таке:` stays in the chair's speech."""
    tei = tabled_tei("uk-gospsud-predstavnyk-storony.txt")
    assert any(p.startswith("Представник відповідача у відзиві зазначив таке:") for p in turn_paragraphs(tei))


def test_ukrainian_plaintiff_and_defendant_alone_are_labels() -> None:
    """`Позивач:` and `Відповідачка:` (the parties themselves, `language_offices` uk) each
    printed once under the judge's label are turns as the Russian `Истец:` is."""
    tei = text_tei(
        "Суддя: Позивачу, ви підтримуєте свої вимоги?\n\n"
        "Позивач: Так, підтримую в повному обсязі.\n\n"
        "Суддя: Відповідачко, ваша позиція?\n\n"
        "Відповідачка: Позов не визнаю.\n\n"
        "Суддя: Суд переходить до дослідження доказів.\n"
    )
    assert turn_speakers(tei) == ["Суддя:", "Позивач:", "Суддя:", "Відповідачка:", "Суддя:"]

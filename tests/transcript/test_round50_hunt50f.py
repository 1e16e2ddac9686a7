"""Round 50 (hunt50f): a Ukrainian court's parties by their role, offices of the record's language;
a text's noun announced by the line above with no stop, no label."""

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


def test_portuguese_motion_announced_above_is_speech() -> None:
    """`Proposta:` ends the sentence the line above leaves open on a word of its narration
    (`… mando para a mesa a seguinte`): the noun of the text read out, its feature `announcing`,
    no label; `Requerimento:` under `É o seguinte:` stays in the chair's turn too."""
    tei = tabled_tei("pt-camara-proposta-anunciada.txt")
    paragraphs = turn_paragraphs(tei)
    assert "Proposta:" in paragraphs
    assert "Requerimento:" in paragraphs


def test_label_run_in_under_an_announcing_line_stays_a_label() -> None:
    """Only a word alone on its line ends the sentence the line above leaves open: a surname's
    label with its speech on its line (`MORRIS: Objection. …`) under `… read the following`
    with no stop opens its turn as before."""
    tei = text_tei(
        "HARTLEY: Thank you. The clerk will read the following\n\n"
        "MORRIS: Objection. The document was never disclosed to the defence.\n\n"
        "HARTLEY: Noted. Please go on.\n"
    )
    assert turn_speakers(tei) == ["HARTLEY:", "MORRIS:", "HARTLEY:"]

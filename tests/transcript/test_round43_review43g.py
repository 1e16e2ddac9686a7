"""A hall's word and a comma before a sentence of the chair's (`Members, I appeal to you!`,
`Honourable members, I must ask for silence!`): a vocative in the speech, no group's voice whose
stop OCR read as a comma, while the voice's short cry keeps its label (`Voices, Hear, hear!`);
in an invented sample (labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher


def test_a_hall_addressed_before_a_sentence_stays_in_the_speech() -> None:
    root = tabled_tei("en-assembly-members-vocative.txt")
    paras = texts(root, "//t:body//t:p")
    assert "Honourable members, I must ask for silence!" in paras
    assert "Members, I appeal to you!" in paras
    assert "Hear, hear!" in paras


def test_a_group_s_comma_before_a_long_or_saluting_exclamation_is_no_label() -> None:
    matcher = LabelMatcher(default_config())
    for line in (
        "Members, I appeal to you!",
        "Senators, The vote is closed!",
        "Aktionäre, Sie haben das Wort!",
        "Honourable members, I must ask for silence!",
        "Waheshimiwa Wabunge, Tukae!",
    ):
        found = matcher.candidate(line)
        assert found is None or found.punct != ",", line
    for line, name in (
        ("Voices, Hear, hear!", "Voices"),
        ("Zurufe von links, Sehr richtig!", "Zurufe von links"),
        ("Голоса справа, Вѣрно!", "Голоса справа"),
    ):
        found = matcher.candidate(line)
        assert found is not None and (found.name, found.punct) == (name, ","), line


def test_the_russian_auditor_and_the_interventor_are_whole_words() -> None:
    """`Аудитор:` and `El interventor:` stay offices, a field whose word only opens with theirs
    (`Аудиторная нагрузка:`, `Interventoría:`) is none."""
    root = text_tei(
        "КУРС ЛЕКЦИЙ\n\nАудиторная нагрузка: 12 часов.\n\nПредседатель: Начнём.\n\n"
        "Аудитор: Замечаний нет.\n\nПредседатель: Спасибо.\n"
    )
    assert turn_ids(root) == ["predsedatel", "auditor", "predsedatel"]
    root = text_tei(
        "ACTA\n\nInterventoría: Consorcio Vial del Norte.\n\nEl alcalde: Se abre la sesión.\n\n"
        "La interventora municipal: El informe es favorable.\n\nEl alcalde: Gracias.\n"
    )
    assert turn_ids(root) == ["el-alcalde", "la-interventora-municipal", "el-alcalde"]

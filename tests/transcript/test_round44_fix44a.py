"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a Russian minister's portfolio of two areas joined by "и" before a bare
surname and its stop; a house's name alone opening a paragraph of a speech; another office's
plural than the house members' over a report, and the Russian colleagues addressed bare."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.scoring import _hall_word


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_ministers_portfolio_joined_by_i_is_his_office() -> None:
    """ "Министр торговли и промышленности Тимашев." and "Министр путей сообщения и общественных
    работ Кригер." open turns with their stop; "Министр вышел и поблагодарил Смирнова." and
    "Министр ушёл и вернулся." stay the member's speech."""
    root = tabled_tei("ru-duma-ministr-portfel-i.txt")
    said = _said(root)
    assert "Министр торговли и промышленности Тимашев." in _speakers(root)
    assert any(p.startswith("Министр вышел и поблагодарил Смирнова. Так было") for p in said)
    assert any(p.startswith("Министр ушёл и вернулся. Больше") for p in said)


def test_a_verb_after_an_office_makes_a_sentence() -> None:
    """ "Председатель предоставил слово Иванову." reports the chair's act, its verb's ending a
    finite verb's: no label, as "Председатель." stays one."""
    root = text_tei(
        "Заседание 4.\n\nПредседатель. Слово имеет Иванов.\n\nИванов. Господа, я кратко.\n\n"
        "Председатель предоставил слово Иванову. Затем он сам взял слово.\n\n"
        "Председатель. Заседание закрыто.\n"
    )
    assert _speakers(root) == ["Председатель.", "Иванов.", "Председатель."]
    assert any(p.startswith("Председатель предоставил слово Иванову.") for p in _said(root))


def test_a_portfolio_in_the_genitive_whose_stem_is_short_is_no_verb() -> None:
    """ "дел" and "сил" end as a verb's past does, their stems too short for one."""
    root = text_tei(
        "Заседание 5.\n\nПредседатель. Слово министру.\n\n"
        "Министр юстиции и внутренних дел Щегловитов. Господа, законопроект внесён.\n\n"
        "Председатель. Слово командующему.\n\n"
        "Командующий вооружённых сил Рузский. Господа, армия готова.\n\n"
        "Председатель. Спасибо.\n"
    )
    assert "Министр юстиции и внутренних дел Щегловитов." in _speakers(root)


def test_a_houses_name_alone_in_a_speech_is_no_label() -> None:
    """ "Дума. Я обращаюсь …", "Сенат. Его решение …", "Rada. Вона має …": the member's speech;
    "Голоса.", "Голос с места." and "Председатель." stay labels."""
    root = tabled_tei("ru-duma-palata-odna-v-rechi.txt")
    said = _said(root)
    assert any(p.startswith("Дума. Я обращаюсь к вам") for p in said)
    assert any(p.startswith("Сенат. Его решение") for p in said)
    root = tabled_tei("uk-rada-palata-odna.txt")
    assert any(p.startswith("Рада. Вона має ухвалити") for p in _said(root))


def test_a_surname_longer_than_a_short_house_word_stays_a_label() -> None:
    """ "Dumas." holds the Duma's word and one letter more: a surname, the stem too short."""
    root = text_tei(
        "Séance du 3 mai\n\nM. le président. La parole est à M. Dumas.\n\n"
        "Dumas. Messieurs, je serai bref sur ce point.\n\nM. le président. Merci.\n"
    )
    assert "Dumas." in _speakers(root)


def test_another_offices_plural_over_a_report_is_its_label() -> None:
    """ "Auditores:" and "Interventoría:" over a report are labels; "Concejales: Les pido …" the
    councillor addressing the hall inside his turn."""
    root = tabled_tei("es-concejo-auditores-informe.txt")
    assert any(p.startswith("Concejales: Les pido que revisemos") for p in _said(root))


def test_the_hall_words_are_the_members_plurals_and_salutations() -> None:
    config = default_config()
    for word in ("Diputados", "Senadores", "Concejales", "Constituyentes", "Compañeros", "Коллеги"):
        assert _hall_word(word, config), word
    for word in ("Auditores", "Interventores", "Peritos"):
        assert not _hall_word(word, config), word


def test_colleagues_addressed_before_a_sentence_are_no_label() -> None:
    """ "Коллеги:" over a sentence of the speech addresses the hall as "Товарищи:" does."""
    root = text_tei(
        "Протокол заседания\n\nПредседатель:\nДоброе утро. Слово имеет Лопатин.\n\n"
        "Лопатин:\nСпасибо. Я доложу о состоянии счетов.\n\n"
        "Коллеги:\nМы проверили счета за год и нашли расхождения в учёте имущества на складе.\n\n"
        "Председатель:\nСпасибо. Заседание закрыто.\n"
    )
    assert _speakers(root) == ["Председатель:", "Лопатин:", "Председатель:"]


def test_a_surname_that_is_a_houses_word_with_its_colon_stays_a_label() -> None:
    """ "Rada:" with its colon, a speaker the chair calls twice: a surname, no house."""
    root = text_tei(
        "Schůze výboru\n\nPředseda: Slovo má pan Rada.\n\nRada: Děkuji, pane předsedo, budu stručný.\n\n"
        "Předseda: Děkuji.\n\nRada: Ještě jednu poznámku k rozpočtu.\n\nPředseda: Děkuji.\n"
    )
    assert _speakers(root).count("Rada:") == 2

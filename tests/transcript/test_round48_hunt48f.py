"""Shapes of historical printed records as OCR gives them, each in an invented sample (labels in
turns.toml, persons in ids.toml): a German city council's member and a privy councillor
abbreviated before the name ("Stadtv. X:", "Geh. Regierungsrath Dr. Y:") and its chairman by his
office ("Vorſteher Dr. Z:"); a party congress's title in Russian spelling before the reform of
1918 ("ПРОТОКОЛЫ ТРЕТЬЯГО СЪѢЗДА ПАРТІИ."), the house its record heads and no speaker, the
record read as Russian, not as Ukrainian for its і."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers

# 1. German abbreviated titles of a city council


def test_abbreviated_council_member_and_privy_councillor_are_labels() -> None:
    root = tabled_tei("de-stadtverordneten-abbreviated-titles.txt")
    assert turn_speakers(root) == [
        "Vorſteher Dr. Rahnsdorf:",
        "Stadtv. Wendtland:",
        "Geh. Regierungsrath Dr. Holtmann:",
        "Stadtv. Pieſchel:",
        "Vorſteher Dr. Rahnsdorf:",
    ]
    # the abbreviation inside a sentence stays the member's words
    assert any("Geh. Rat Meyer hat" in para for para in turn_paragraphs(root))


def test_abbreviated_title_before_a_sentence_stays_speech() -> None:
    """ "Geh. Rat Meyer hat …" opening a paragraph, no colon after a name: speech, no label."""
    root = text_tei(
        "Sitzung vom 3. März 1902.\n\n"
        "Vorsteher Dr. Rahnsdorf: Ich eröffne die Sitzung.\n\n"
        "Geh. Rat Meyer hat uns gestern folgendes geschrieben: die Sache sei erledigt.\n\n"
        "Stadtv. Wendtland: Das glaube ich nicht.\n",
        "de.txt",
    )
    assert turn_speakers(root) == ["Vorsteher Dr. Rahnsdorf:", "Stadtv. Wendtland:"]


# 2. A congress's title in the Russian spelling before 1918


def test_prereform_congress_title_is_no_speaker() -> None:
    root = tabled_tei("ru-congress-prereform-heading.txt")
    assert turn_speakers(root) == ["Предсѣдатель:", "Зарѣчный:", "Ветлугинъ:", "Предсѣдатель:"]
    assert texts(root, "//t:titlePart[@type='main']") == ["ПРОТОКОЛЫ ТРЕТЬЯГО СЪѢЗДА ПАРТІИ."]
    assert root.xpath("//t:language/@ident", namespaces=NS) == ["ru"]


def test_ukrainian_record_stays_ukrainian() -> None:
    """The і of a Ukrainian record with no hard sign or yat: still Ukrainian."""
    root = text_tei(
        "Засідання Ради.\n\n"
        "Голова: Шановні колеги, розпочинаємо засідання. Це питання дуже важливе для нас.\n\n"
        "Іваненко: Я підтримую пропозицію, але також хочу сказати, що це не все.\n",
        "uk.txt",
    )
    assert root.xpath("//t:language/@ident", namespaces=NS) == ["uk"]


def test_congress_title_in_modern_spelling_is_no_speaker_either() -> None:
    root = text_tei(
        "ПРОТОКОЛЫ ТРЕТЬЕГО СЪЕЗДА ПАРТИИ.\nЗаседание 4-е.\n\n"
        "Председатель: Продолжаем обсуждение.\n\n"
        "Заречный: Товарищи, я считаю, что устав следует изменить.\n",
        "ru.txt",
    )
    assert turn_speakers(root) == ["Председатель:", "Заречный:"]

"""The Turkic, Central Asian and Mongolian round's rules held against the records of their
neighbours (samples in turns.toml and ids.toml): a Ukrainian record quoting a few Kazakh words
is Ukrainian, a Kazakh excerpt still Kazakh; a chair's label whose speech opens with the deputy
he calls is no note of who presides, the note still one; the two-letter initials of a Latin
transliteration are a list of the configuration, matched as printed."""

from __future__ import annotations

import re

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels.patterns import name_pattern
from stenogram.transcript.language import detect_language

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TEI = {"t": "http://www.tei-c.org/ns/1.0"}


def test_a_ukrainian_record_quoting_kazakh_is_ukrainian() -> None:
    """ "… казахського поета: «Бірінші сөз — ақиқат»": the letters Ukrainian never writes in a
    quotation between guillemets are no evidence that the record is Kazakh."""
    root = tabled_tei("uk-rada-kazakh-quote.txt")
    assert root.get(_LANG) == "uk"
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Дякую, пане головуючий.")


def test_a_kazakh_excerpt_is_still_no_ukrainian() -> None:
    """A Kazakh excerpt writes Ukrainian's і, and the letters Ukrainian never writes outside any
    quotation: Kazakh; its own words quoted change nothing."""
    assert tabled_tei("kk-maslikhat-ordinal-point.txt").get(_LANG) == "kk"
    text = (
        "Сессия төрағасы: Құрметті депутаттар! Күн тәртібіндегі мәселені талқылаймыз.\n"
        "Омаров Е.С.: Рахмет. Бірінші: жолдарды жөндеуге қаражат бөлінсін.\n"
        "Сессия төрағасы: Рахмет. Ұсыныс «Жол картасы» бағдарламасына енгізілсін.\n"
    )
    assert detect_language(text, default_config()) == "kk"


def test_a_chairs_call_of_a_deputy_after_his_dash_is_his_turn() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Осмонова, ваше время истекло.": the chair's label and his
    words to the deputy, no note that she presides; the chair's later turns stay his."""
    root = tabled_tei("ru-soviet-sessiya-chair-dash-calls-deputy.txt")
    assert "депутат Осмонова, ваше время истекло." in texts(root, "//t:sp[3]/t:p")
    assert root.xpath("//t:sp[5]/@who", namespaces=_TEI) == ["#predsedatelstvuyushchii"]


def test_a_chairs_holder_before_his_speech_on_the_line_keeps_the_speech() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Иванов. Прошу садиться.": the speech after the holder's
    name stays a turn's, not the front's note of who presides."""
    text = (
        "ВЕРХОВНЫЙ СОВЕТ КАЗАХСКОЙ ССР\nТретья сессия. Стенографический отчет\n\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Иванов. Прошу садиться. Заседание продолжается.\n"
        "ПЕТРОВА (Алма-Атинский избирательный округ) — Товарищи депутаты! План выполнен.\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — Слово имеет депутат Сидоров.\n"
        "СИДОРОВ (Карагандинский избирательный округ) — Товарищи! Поддерживаю.\n"
    )
    root = text_tei(text)
    said = " ".join(texts(root, "//t:sp/t:p"))
    assert "Прошу садиться. Заседание продолжается." in said
    assert speakers(etree.tostring(root))[1:] == [
        "ПЕТРОВА (Алма-Атинский избирательный округ) —",
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ —",
        "СИДОРОВ (Карагандинский избирательный округ) —",
    ]


def test_the_note_of_who_presides_with_initials_after_the_name_names_him() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Иванов Н. А.", alone on its line: still the note, the
    chair's office below that deputy."""
    presiding = default_config().presiding
    assert presiding.fullmatch("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Иванов Н. А.")
    assert presiding.fullmatch("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат К. Д. ДИКАМБАЕВ.")
    assert not presiding.fullmatch("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Осмонова, ваше время истекло.")
    assert not presiding.fullmatch("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат Иванов. Прошу садиться.")


def test_the_two_letter_initials_are_the_configurations() -> None:
    """ "Sh. Qodirov", "Ts.Batbayar": a name with the configured initials (``digraph_initials``),
    as printed; without them, and in CAPITALS, the two letters open no name; before a surname
    and a year in brackets a citation's forename."""
    digraphs = default_config().digraph_initials
    assert {"Sh", "Ch", "Ts"} <= set(digraphs)
    named = re.compile(name_pattern((), digraphs))
    assert named.fullmatch("Sh. Qodirov")
    assert named.fullmatch("Ts.Batbayar")
    assert not named.fullmatch("SH. QODIROV")
    assert not named.match("Ch. Brandis (1998)").group().startswith("Ch. Brandis")
    assert not re.compile(name_pattern(())).fullmatch("Sh. Qodirov")


def test_an_ordinal_before_a_sitting_or_a_reading_is_its_heading() -> None:
    """ "Второе чтение" between the turns: the ordinal that opens a point ("Второе: о бюджете …")
    before the reading's word heads what follows, no words of the chair's turn above; the
    agenda's points stay no labels."""
    root = tabled_tei("ru-gorduma-agenda-ordinals-reading-head.txt")
    assert texts(root, "//t:head") == ["Второе чтение"]
    assert "Второе: о бюджете на следующий год." in texts(root, "//t:sp[1]/t:p")
    text = (
        "Төраға: Құрметті депутаттар! Заң жобасын бірінші оқылымда қараймыз.\n"
        "Омаров Е.С.: Рахмет. Жобаны қолдаймын.\nТөраға: Рахмет.\n\nЕкінші оқылым\n\n"
        "Төраға: Енді екінші оқылымға көшеміз.\nҚасымова Л.Т.: Қарсымын.\nТөраға: Рахмет.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:head") == ["Екінші оқылым"]
    assert speakers(etree.tostring(root)) == [
        "Төраға:",
        "Омаров Е.С.:",
        "Төраға:",
        "Төраға:",
        "Қасымова Л.Т.:",
        "Төраға:",
    ]

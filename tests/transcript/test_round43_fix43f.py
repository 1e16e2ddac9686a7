"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a house's name with its stop over the sitting's number on the record's
first line, and the imperial deputy minister's title in the spelling before 1918."""

from __future__ import annotations

from label_samples import NS as _NS
from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def test_a_house_over_its_sitting_is_the_title() -> None:
    """ "Государственная Дума. Засѣданіе 12." and "Deutscher Bundestag. 12. Sitzung." open the
    record as its title, no speaker's turn, in a record whose labels end with a stop."""
    root = tabled_tei("ru-duma-zasedanie-titul.txt")
    assert "Государственная Дума." not in _speakers(root)
    title = root.findtext(".//t:titlePart", namespaces=_NS) or ""
    assert title.startswith("Государственная Дума. Засѣданіе 12.")
    root = tabled_tei("de-bundestag-sitzung-titel.txt")
    assert _speakers(root)[0] == "Präsident."
    assert "Deutscher Bundestag." not in _speakers(root)


def test_a_modern_house_over_its_sitting_is_the_title() -> None:
    """The modern spelling ("Заседание 12.") reads the same."""
    root = text_tei(
        "Государственная Дума. Заседание 12.\n\nПредседатель. Заседание открыто. Слово имеет"
        " депутат Орлов.\n\nОрлов. Уважаемые коллеги, я кратко.\n\nПредседатель. Спасибо.\n"
    )
    assert _speakers(root) == ["Председатель.", "Орлов.", "Председатель."]


def test_a_chairs_office_naming_the_house_stays_a_label() -> None:
    """ "Председатель Государственной Думы." holds an office: the chair's label, not the title;
    the house's name without a sitting after it on the first line is not read as a title here."""
    root = tabled_tei("ru-duma-tovarishch-ministra.txt")
    assert _speakers(root)[-1] == "Председатель Государственной Думы."
    assert texts(root, "//t:sp[last()]/t:p") == ["Засѣданіе закрыто."]


def test_the_house_inside_a_speech_stays_text() -> None:
    """ "… Государственная Дума. Засѣданіе 12 было бурнымъ." inside a member's speech is the
    member's words: the house's name over the sitting is a title only on the record's first line."""
    root = text_tei(
        "Государственная Дума. Засѣданіе 15.\n\nПредсѣдатель. Слово имѣетъ членъ Думы Петровъ.\n\n"
        "Петровъ. Господа, я скажу кратко о томъ, что рѣшила\nГосударственная Дума. Засѣданіе 12"
        " было бурнымъ.\n\nПредсѣдатель. Прошу кончать.\n"
    )
    assert _speakers(root) == ["Предсѣдатель.", "Петровъ.", "Предсѣдатель."]
    assert "Засѣданіе 12 было бурнымъ." in texts(root, "//t:sp[2]/t:p")[0]


def test_the_deputy_ministers_title_before_1918_is_a_label() -> None:
    """ "Товарищъ министра внутреннихъ дѣлъ Ласточкинъ." printed once is the deputy minister's
    label, as the minister's is; the genitive of his portfolio is no sentence's."""
    root = tabled_tei("ru-duma-tovarishch-ministra.txt")
    assert _speakers(root)[1:3] == [
        "Товарищъ министра внутреннихъ дѣлъ Ласточкинъ.",
        "Министръ внутреннихъ дѣлъ Кедровъ.",
    ]


def test_the_deputy_minister_reported_in_a_speech_stays_speech() -> None:
    """ "Товарищъ министра сказалъ, что …" and "Товарищ министра сказал, что …" open a member's
    sentence, no label."""
    root = tabled_tei("ru-duma-tovarishch-ministra.txt")
    assert texts(root, "//t:sp[t:speaker='Сомовъ.']/t:p") == [
        "Господа, я скажу кратко. Товарищъ министра сказалъ, что отвѣтъ будетъ данъ."
    ]
    root = text_tei(
        "Председатель. Слово имеет депутат Орлов.\n\nОрлов. Коллеги, я кратко.\n\n"
        "Товарищ министра сказал, что ответ будет дан.\n\nПредседатель. Спасибо.\n"
    )
    assert "Товарищ министра сказал, что ответ будет дан." not in _speakers(root)
    assert len(_speakers(root)) == 3

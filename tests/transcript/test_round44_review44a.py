"""A Russian office's words joined by "и" before a bare surname read as a portfolio only where no
word of them ends as a past's feminine or plural does (``past_endings``): "Министр вышла и
поблагодарила Смирнову." stays a sentence, as "Министр вышел и поблагодарил Смирнова." does,
while a genitive noun so ending after an office still names its body ("Председатель военного
трибунала Ульрих."), and a rank before the holder ends as a verb only by chance ("Министр
обороны маршал Устинов."). Invented sample; labels in turns.toml, persons in ids.toml."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_womans_or_several_acts_joined_by_i_are_no_portfolio() -> None:
    """ "Министр вышла и поблагодарила Смирнову." and "Министры пришли и ушли Лебедевы." stay the
    member's speech; "Министр народного просвещения и вероисповеданий Кауфман." opens a turn."""
    root = tabled_tei("ru-duma-ministr-vyshla.txt")
    said = _said(root)
    assert "Министр народного просвещения и вероисповеданий Кауфман." in _speakers(root)
    assert any(p.startswith("Министр вышла и поблагодарила Смирнову. Так писали") for p in said)
    assert any(p.startswith("Министры пришли и ушли Лебедевы. Такова") for p in said)


def test_a_genitive_ending_as_a_feminine_past_still_names_the_body() -> None:
    """The negative: "трибунала" ends as "поблагодарила" does, yet no verb: the office's
    body, printed once each with its stop, keeps its label."""
    root = text_tei(
        "Заседание 7.\n\nПредседатель. Слово имеет суд.\n\n"
        "Председатель военного трибунала Ульрих. Суд рассмотрел дело.\n\n"
        "Председатель. Слово министру.\n\n"
        "Министр торговли и промышленности Тимашев. Господа, законопроект внесён.\n\n"
        "Председатель. Заседание закрыто.\n"
    )
    speakers = _speakers(root)
    assert "Председатель военного трибунала Ульрих." in speakers
    assert "Министр торговли и промышленности Тимашев." in speakers


def test_a_rank_before_the_holder_is_no_verb() -> None:
    """ "маршал" ends as "поблагодарил" does, yet is a rank (``ranks``): the
    minister's label printed once with its stop or colon stands; "Министр ушёл и
    вернулся." stays speech."""
    root = text_tei(
        "Заседание Верховного Совета.\n\nПредседатель. Слово министру обороны.\n\n"
        "Министр обороны маршал Устинов. Товарищи депутаты, армия готова.\n\n"
        "Председатель. Слово министру.\n\n"
        "Министр обороны маршал Советского Союза Жуков: Товарищи, я кратко.\n\n"
        "Министр ушёл и вернулся. Больше ничего не было.\n\n"
        "Председатель. Заседание закрыто.\n"
    )
    speakers = _speakers(root)
    assert "Министр обороны маршал Устинов." in speakers
    assert "Министр обороны маршал Советского Союза Жуков:" in speakers
    assert any(p.startswith("Министр ушёл и вернулся.") for p in _said(root))

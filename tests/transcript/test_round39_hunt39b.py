"""Short excerpts of court protocols: the roll a protocol's head sets line under line with its
title and the fields of the time and the place ("时间：…" / "地点：…" / "审判长：郑光远"), the judge
named with the office in lower case and the initials' stops ("Председательствующий: судья
Мельникова Т.Н."), a roll of two lines set apart by blank lines, and the ruling the protocol
enters under the court's verb ("Sąd postanowił:"): no turns; and what only looks so (the chair
calling a party by name and initials, a ruling inside the chair's speech), each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def _front(root: object) -> list[str]:
    """The paragraphs of the record's front matter."""
    return texts(root, "//t:front//t:p")


def test_a_roll_under_the_time_and_the_place_in_one_block_is_the_head() -> None:
    """ "时间：…" / "地点：…" / "审判长：郑光远" / "书记员：邓晓" with no blank line between: the
    fields of the sitting open the block, the roll ends it; the judge's first words are the
    first turn, his name from the roll, and the roll is no turn of its own."""
    root = tabled_tei("zh-court-head-fields-one-block.txt")
    assert _front(root)[-2:] == ["审判长：郑光远", "书记员：邓晓"]
    assert texts(root, "//t:sp[1]/t:p") == ["继续开庭。"]


def test_the_judge_named_with_the_office_and_initials_is_the_roll() -> None:
    """ "Председательствующий: судья Мельникова Т.Н." / "Секретарь судебного заседания: Сорокина
    В.П." under the title and the place and date: the office in lower case before the name and
    the stops of the initials end no speech; the roll is the head's, the chair speaks below."""
    root = tabled_tei("ru-court-protokol-judge-office-roll.txt")
    assert "Председательствующий: судья Мельникова Т.Н." in _front(root)
    assert "Секретарь судебного заседания: Сорокина В.П." in _front(root)
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Судебное заседание объявляется открытым.")


def test_a_roll_of_two_lines_set_apart_by_blank_lines_is_the_head() -> None:
    """A Ukrainian protocol's two lines of the roll, alone at the top over a blank line and the
    turns: no "Головуючий:" turn of the judge's name, no secretary's turn."""
    root = tabled_tei("uk-court-protokol-roll-apart.txt")
    assert _front(root) == ["Головуючий: суддя Гнатюк О.В.", "Секретар судового засідання: Ковальчук І.М."]


def test_the_courts_ruling_under_its_verb_is_the_protocols_entry() -> None:
    """ "Sąd postanowił:" over the ruling: the protocol records the court's decision, no voice
    takes a turn; the presiding judge's next words are hers again."""
    root = tabled_tei("pl-sad-protokol-sad-postanowil.txt")
    outside = texts(root, "//t:body//t:p[not(ancestor::t:sp)]")
    assert outside == ["Sąd postanowił:", "dopuścić dowód z zeznań świadka Józefa Malca."]


def test_the_chair_calling_a_party_by_name_and_initials_stays_a_turn() -> None:
    """ "Председательствующий: Слово предоставляется Тихонову А.В." over the party's turn: the
    initials' stops make no roll of a speech, and "Суд определил: …" inside the chair's words
    stays his speech."""
    root = tabled_tei("ru-court-chair-calls-two-lines-speech.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Слово предоставляется Тихонову А.В."]
    assert texts(root, "//t:sp[3]/t:p") == ["Суд определил: ходатайство удовлетворить."]
    assert root.xpath("//t:front", namespaces=NS) == []

"""A reviewer's counter-examples to the twenty-eighth round's merged label rules: real shapes of
other records that those rules misread, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_papers_reporter_before_a_verb_and_colon_is_narration() -> None:
    """ "《南湾商报》记者获悉：商务部今天下午举行…" opening a news copy: the paper's title, its
    reporter and the verb "has learnt" before the colon are the copy's narration, no label;
    "《海岭财经》杂志记者：", the office ending it, is the magazine's reporter's turn."""
    root = tabled_tei("zh-press-reporter-verb-after-title.txt")
    assert not root.xpath("//t:person[contains(@xml:id, '获悉')]", namespaces=NS)
    assert texts(root, "//t:sp[2]/t:p") == ["请问今年一季度的外贸数据如何？"]


def test_a_byline_with_its_time_stamp_after_a_colon_stays_the_byline() -> None:
    """ "By Staff Reporter Updated: 9 April 2026, 10:32 WAT" under a news copy's head: the copy's
    byline, its author, though words follow a colon on its line; no turn of "By Staff Reporter
    Updated" and the sitting's first turn is the Speaker's."""
    root = tabled_tei("en-ng-news-byline-updated-colon.txt")
    assert texts(root, "//t:titleStmt/t:author") == ["Staff Reporter Updated: 9 April 2026, 10:32 WAT"]
    assert texts(root, "//t:sp[1]/t:p") == ["Order. The Commissioner for Works will take questions."]


def test_an_office_two_verbs_joined_and_a_persons_names_are_a_sentence() -> None:
    """ "Ministr vstal a oslovil Petra Holuba: Odpovím vám písemně. …" inside a member's speech:
    the office, two verbs joined by "a" and the two names of the person addressed are no minister
    with his portfolio joined by "a" (whose label names the state or his initials too); the
    paragraph is the member's."""
    root = tabled_tei("cs-snemovna-narrated-verbs-joined.txt")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("Ministr vstal a oslovil Petra Holuba: Odpovím")


def test_the_russian_office_two_verbs_joined_and_names_are_a_sentence() -> None:
    """ "Министр вышел и поблагодарил Ивана Зуева: Спасибо, ответим письменно. …": the deputy's
    narration, kept in her turn; no label joined by "и"."""
    root = tabled_tei("ru-duma-narrated-verbs-joined.txt")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("Министр вышел и поблагодарил Ивана Зуева:")


def test_an_officer_under_the_article_a_dash_and_an_item_keeps_the_officer() -> None:
    """ "The Treasurer - Annual Accounts: The accounts show …": "The" is no form of address, so
    the item after the dash is no company role of a titled name's; the turn is the Treasurer's,
    never a person "Annual Accounts", and the item opens her report."""
    root = tabled_tei("en-gb-committee-officer-dash-item.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Annual Accounts: The accounts show a small surplus this year."]
    assert not root.xpath("//t:person[@xml:id='annual-accounts']", namespaces=NS)

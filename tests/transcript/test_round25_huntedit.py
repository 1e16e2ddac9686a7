"""Records as source editions print them, with the editor's apparatus inside: the shapes a hunt
through archival editions found misread, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_archival_reference_after_the_last_turn_is_no_speaker() -> None:
    """An edition prints the document's archival reference under its text, the archive's name
    before its fond (`РГАСПИ. Ф. 17. Оп. 2. Д. 598.`): no speaker's label; the reference is kept
    whole, and the editor's footnote under it is a note after the last turn."""
    root = tabled_tei("ru-edition-archive-reference-after-turns.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1:] == [
        "РГАСПИ. Ф. 17. Оп. 2. Д. 598. Л. 12–15. Подлинник. Машинопись.",
    ]
    assert texts(root, "//t:body//t:div/t:p/t:note") == ["¹ Далее зачеркнуто: «дорогие»."]


def test_a_footnote_mark_glued_to_a_name_is_no_letter_of_it() -> None:
    """The editor's note mark glued to a speaker's name where the edition first prints it
    (`Lindemann¹:`) leaves the person the one of the bare name later (`Lindemann:`)."""
    root = tabled_tei("de-edition-footnote-mark-glued-name.txt")
    assert root.xpath("count(//t:person)", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == 2


def test_a_memorandums_participants_field_is_no_speaker() -> None:
    """A memorandum of conversation's field of participants (`PARTICIPANTS: Foreign Minister
    X; …`) is the head's, never a speaker whose speech is the roll."""
    root = tabled_tei("en-memcon-participants-field.txt")
    assert any("PARTICIPANTS: Foreign Minister Halvorsen" in text for text in texts(root, "//t:titlePart"))


def test_a_note_mark_after_the_stop_ends_the_line_s_sentence() -> None:
    """The editor's note mark after a speech's stop (`… środków.¹`) ends no sentence less: the
    lines are turns one a line, and the label printed once before the mark is believed, where
    the chair's next turn had run into the member's."""
    root = tabled_tei("pl-edition-note-mark-after-stop.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Plan nie zostanie wykonany bez dodatkowych środków.¹"]


def test_a_circled_note_mark_after_a_full_stop_ends_the_line_s_sentence() -> None:
    """A Chinese edition's circled note mark after the full stop (`…很紧张。①`): the record is one
    turn a line, each label its own turn."""
    root = tabled_tei("zh-edition-circled-note-mark.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["我们省的任务完成得不好，群众口粮很紧张。①"]


def test_a_speaker_the_editor_supplies_in_square_brackets_is_a_label() -> None:
    """An edition of tapes supplies each speaker in square brackets with the colon inside
    (`[Whitcombe:] The cable came in at six.`): the bracket is the label, a surname alone
    printed once too, where the turns had been paragraphs with the brackets lost."""
    root = tabled_tei("en-edition-supplied-speaker-brackets.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Mr. President, the airlift can start Monday."]

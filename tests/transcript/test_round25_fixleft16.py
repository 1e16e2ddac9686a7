"""Label shapes the twenty-fourth round's hunts met in real records and left, the first half: each
in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids


def test_a_pages_and_lines_numbers_before_every_line_are_furniture() -> None:
    """A court reporter's "2-4   MS. ABERNATHY: …": the page's and the line's numbers are taken
    off as a plain column of line numbers is, and the labels after them read; a score in the
    speech ("at 1-10") stays."""
    root = tabled_tei("en-court-page-line-numbers.txt")
    assert "2-" not in " ".join(texts(root, "//t:body//t:p"))
    assert "at 1-10 on the scale" in texts(root, "//t:sp[4]/t:p")[0]


def test_a_range_at_a_lines_start_in_an_unnumbered_text_stays() -> None:
    """A speech whose one line opens with a range ("1-10 of the schedule …") in a text whose
    other lines bear no number: its words, not furniture."""
    root = text_tei(
        "THE CHAIR: We come to the schedule.\n\n"
        "MS. HOLT: Items\n1-10 of the schedule are agreed.\n\n"
        "THE CHAIR: Thank you.\n"
    )
    assert "Items 1-10 of the schedule are agreed." in texts(root, "//t:sp[2]/t:p")[0]


def test_a_groups_voice_naming_its_party_in_quotation_marks_is_the_group() -> None:
    """A Bulgarian Assembly's "РЕПЛИКИ ОТ „НАРОДЕН ГЛАС“:" and "ГЛАСОВЕ ОТ «ОБЕДИНЕНА ЛЕВИЦА»:":
    a group's voice, a personGrp, where the quoted party had left the line in the speech."""
    root = tabled_tei("bg-assembly-group-voice-quoted-party.txt")
    groups = root.xpath("//t:personGrp/@xml:id", namespaces=NS)
    assert groups == ["repliki-ot-naroden-glas", "glasove-ot-obedinena-levitsa"]


def test_a_quoted_name_closes_no_label_but_a_groups() -> None:
    """A member's line whose words in CAPITALS end in a quoted party and a colon names no one:
    only a group's voice so ends."""
    root = text_tei(
        "ПРЕДСЕДАТЕЛ ДЕСИСЛАВА КОЛЕВА: Давам думата на господин Андонов.\n\n"
        "ПЛАМЕН АНДОНОВ: Благодаря.\n\n"
        "ПОЗИЦИЯТА НА „НАРОДЕН ГЛАС“: против.\n\n"
        "ПРЕДСЕДАТЕЛ ДЕСИСЛАВА КОЛЕВА: Благодаря.\n",
        "bg.txt",
    )
    assert turn_ids(root) == [
        "predsedatel-desislava-koleva",
        "plamen-andonov",
        "predsedatel-desislava-koleva",
    ]

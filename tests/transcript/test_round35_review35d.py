"""A reviewer's counter-examples to the round's rules for Thai, Armenian, Japanese and a court's
witness brought in by number: the shapes of other records the rules could misfire on, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_thai_roll_of_members_with_their_offices_stays_the_roll() -> None:
    """ "ผู้มาประชุม" / "นายสมชาย ใจดี สมาชิกสภาเทศบาล" / … / "ประธานสภา : ขอเปิดการประชุม…": the
    names with their offices one a paragraph under the roll's heading are those present, no labels
    alone over the next name as an empty speech; the labels with colons below open the turns."""
    root = tabled_tei("th-tessaban-attendance-roll-name-office.txt")
    assert texts(root, "//t:sp/t:speaker") == ["ประธานสภา :", "นายกเทศมนตรี :"]
    assert texts(root, "//t:sp[1]/t:p") == ["ขอเปิดการประชุมสภาเทศบาลครับ"]
    assert "นายวิชัย สุขสวัสดิ์ ประธานสภาเทศบาล" in texts(root, "//t:div/t:p")
    assert all(p.strip() for p in texts(root, "//t:p"))


def test_two_armenian_words_before_the_comma_mark_inside_a_speech_stay_its_words() -> None:
    """ "Հարգելի գործընկերներ՝ ես ուզում եմ …" / "Ինչպես գիտեք՝ …" under "Ավագանու անդամ X Y՝
    …": a vocative and a clause of two words before the mark, no office among them, go on the
    member's speech where the record's labels end in the same mark."""
    root = tabled_tei("hy-avagani-comma-mark-vocative-opening.txt")
    paragraphs = texts(root, "//t:sp[2]/t:p")
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith("Հարգելի գործընկերներ՝")
    assert paragraphs[2].startswith("Ինչպես գիտեք՝")
    assert root.xpath("count(//t:sp)", namespaces=NS) == 3

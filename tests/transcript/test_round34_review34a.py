"""A reviewer's counter-examples to the round's merged rules: a speech's numbered questions with
a list's tab, a quoted motion opened by a spaced guillemet, an appointment's holder after an
office's dash and a working group's members with glued initials, in invented samples (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_speech_s_numbered_questions_keep_their_numbers() -> None:
    """ "CHAIR: Welcome, … I will read the three questions we sent you." / "1.\\tQ. How many
    boats hold a licence this season?" / … / "Could you take them in turn?": three numbered lines
    with a list's tab inside the chair's speech, which goes on at the margin below them, are no
    list of turns under a cover: the questions keep their numbers as the chair's words."""
    root = tabled_tei("en-committee-numbered-questions-tab.txt")
    assert texts(root, "//t:sp/t:speaker") == ["CHAIR:", "MR FERRANT:"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Welcome, Mr Ferrant. I will read the three questions we sent you.",
        "1. Q. How many boats hold a licence this season?",
        "2. Q. How many of them were inspected?",
        "3. Q. What did the inspections cost?",
        "Could you take them in turn?",
    ]


def test_a_quoted_motion_opened_by_a_spaced_guillemet_opens_no_turn() -> None:
    """ "Abgeordneter Roth (SPD): … diesen Antrag vor:" / "» Antrag: Der Landtag möge
    beschließen, …" / "Ich bitte um Ihre Zustimmung.": the guillemet opens the member's quotation
    of his motion, a common noun after it, no title's abbreviation nor word in CAPITALS as after
    a speck OCR read before a label ("» M. le président.", "» Mr. HAVELOCK:"); the line stays
    his speech."""
    root = tabled_tei("de-landtag-quoted-motion-guillemet.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Präsident Berger:",
        "Abgeordneter Roth (SPD):",
        "Präsident Berger:",
    ]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Herr Präsident! Meine Fraktion legt Ihnen diesen Antrag vor:",
        "» Antrag: Der Landtag möge beschließen, die Mittel für die Musikschulen zu erhöhen.",
        "Ich bitte um Ihre Zustimmung.",
    ]


def test_an_office_after_its_portfolio_with_its_holder_after_the_dash_is_a_list_s_entry() -> None:
    """ "Raislik qiluvchi – … tarkibini o‘qib beraman:" / "Moliya bo‘limi mudiri o‘rinbosari –
    Nazarov B." / … / "Moliya bo‘limi mudiri o‘rinbosari – Rahmat. Loyiha …": the holder's name
    and initial alone after the dash make the line the working group's entry in the chair's
    speech; the office with its speech after the dash opens the turn."""
    root = tabled_tei("uz-kengash-appointment-holder-dash.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Raislik qiluvchi –", "Moliya bo‘limi mudiri o‘rinbosari –"]
    assert "Moliya bo‘limi mudiri o‘rinbosari – Nazarov B." in texts(root, "//t:sp[1]/t:p")
    assert texts(root, "//t:sp[2]/t:p") == ["Rahmat. Loyiha bo‘yicha taklif tayyorladik."]


def test_glued_initials_before_an_office_with_no_stop_are_a_working_group_s_list() -> None:
    """ "Б.Сүхбат - Ажлын хэсгийг танилцуулъя." / "Д.Нарангэрэл - Сангийн хэлтсийн дарга" /
    "О.Батцэцэг - Хууль зүйн хэлтсийн мэргэжилтэн" / … / "Ж.Төмөрбаатар - Баярлалаа. …": no blank
    line between turns; a member's glued initial and surname opens a turn where a sentence ends
    after the dash, while the offices the chair lists, no stop after them, stay his words."""
    root = tabled_tei("mn-khural-appointments-initial-dash.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Б.Сүхбат -", "Ж.Төмөрбаатар -"]
    chair = " ".join(texts(root, "//t:sp[1]/t:p"))
    assert "Д.Нарангэрэл - Сангийн хэлтсийн дарга" in chair
    assert "О.Батцэцэг - Хууль зүйн хэлтсийн мэргэжилтэн" in chair
    assert len(root.xpath("//t:sp", namespaces=NS)) == 2

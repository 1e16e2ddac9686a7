"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_a_name_padded_with_an_ideographic_space_is_one_label() -> None:
    """ "◯村瀬　光君　市民クラブの村瀬光です。…", printed once: the ideographic space between the
    surname and the given name pads a short name, the suffix of address ends the label; the
    given name is no word of the speech."""
    root = tabled_tei("ja-gikai-padded-name-ideographic-space.txt")
    assert texts(root, "//t:sp[2]/t:p")[:2] == [
        "市民クラブの村瀬光です。通告に従い、道路の維持管理について伺います。",
        "市道の舗装の補修は、年に何件要望が寄せられているのでしょうか。",
    ]


def test_a_speechs_number_alone_on_its_line_is_no_speech() -> None:
    """ "2:" alone on its line over "◯村瀬　光君　…", a vendor's number of each speech: the
    record's reference, no paragraph of the turn above."""
    root = tabled_tei("ja-gikai-padded-name-ideographic-space.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "これより本日の会議を開きます。",
        "日程第一、一般質問を行います。",
    ]
    assert not [p for p in texts(root, "//t:p") if p.rstrip(":").isdigit()]


def test_a_member_wholly_in_brackets_alone_on_the_line_is_a_label() -> None:
    """ "○（柏木さおり委員）" alone on its line over "　　１点お伺いします。…": the bracket holds the
    member's name and office, a label as with its speech on the line; "○（議事日程）", no office
    in it, stays no turn."""
    root = tabled_tei("ja-iinkai-bracketed-member-own-line.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["１点お伺いします。危険箇所の改修はいつまでに終えるのですか。"]
    assert texts(root, "//t:sp[2]/t:p") == ["お手元の資料により、通学路の点検結果をご説明します。"]


def test_an_office_with_a_full_width_latin_abbreviation_alone_is_a_label() -> None:
    """ "○ＩＣＴ推進課長（大谷智美）" alone on its line over the speech: the full-width Latin letters
    abbreviate the office's section, no word of a cased script; the turn is the section chief's,
    the chair's speech above keeps none of it."""
    root = tabled_tei("ja-iinkai-full-width-abbreviation-office.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["ただいまから総務常任委員会を開会します。"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("資料に沿ってご説明します。")


def test_a_shareholder_printed_once_is_a_label() -> None:
    """ "Pay sahibi Selin Oral: Bağımsız denetim …", printed once beside the meeting's chair and
    the board's: "pay sahibi" (shareholder) is an office, its word in lower case no sentence's."""
    root = tabled_tei("tr-genel-kurul-pay-sahibi.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Bağımsız denetim ücretinin neden iki katına çıktığını öğrenmek istiyorum."
    ]
    assert texts(root, "//t:sp[1]/t:p") == ["Gündemin beşinci maddesine geçiyoruz. Söz almak isteyen var mı?"]


def test_a_deputy_governor_by_his_office_alone_is_a_label() -> None:
    """ "Hokim o'rinbosari: Ta'mirlash ishlari …", printed once: "hokim" (governor) is an office,
    the deputy's word after it in lower case no sentence's; the member's speech above keeps none
    of it."""
    root = tabled_tei("uz-kengash-hokim-orinbosari.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Ta'mirlash ishlari avgust oyida boshlanadi."]
    assert texts(root, "//t:sp[2]/t:p") == [
        "Bog'ishamol mahallasidagi ichimlik suvi tarmog'i qachon ta'mirlanadi?"
    ]


def test_a_tamil_member_with_initial_printed_once_is_a_label() -> None:
    """ "உறுப்பினர் திரு. ப. செல்வம்: …", printed once beside the chair and the commissioner: the
    member's office opens it, the form of address and initial's stops no sentence's end."""
    root = tabled_tei("ta-mandram-member-initial.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["எங்கள் வார்டில் தெருவிளக்குகள் எரியவில்லை. எப்போது சரிசெய்யப்படும்?"]


def test_the_court_between_question_and_answer_is_a_label() -> None:
    """ "عدالت: گواہ کا بیان پڑھ کر سنایا گیا …", printed once after the witness's "سوال:" and
    "جواب:": the court is an office; its remark is its own turn, not the last answer's words."""
    root = tabled_tei("ur-adalat-court-between-answers.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["رجسٹری کی نقل عدالت میں پیش کر دی ہے۔"]
    assert texts(root, "//t:sp[5]/t:p") == ["گواہ کا بیان پڑھ کر سنایا گیا، درست تسلیم کیا۔"]


def test_a_paragraph_number_alone_over_the_label_is_no_part_of_it() -> None:
    """ "PN2" alone on its line over "MR FENWICK:  Fenwick, initial R, …": the paragraph's
    number is the record's reference, no word of the label's name nor a heading; the person is
    Mr Fenwick and the turns stay in one division."""
    root = tabled_tei("en-au-tribunal-paragraph-number-lines.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Fenwick, initial R, for the applicant, Commissioner."]
    assert "PN" not in " ".join(texts(root, "//t:text//*"))
    assert len(root.xpath("//t:body/t:div", namespaces=NS)) == 1


def test_the_bench_listed_one_judge_a_line_is_no_turn() -> None:
    """ "MARSDEN CJ" / "PELLING J" / "OKORO J" under the parties, each judge speaking below with
    a colon: the list is the bench's roll, no turn of the Chief Justice whose speech would be
    the other judges' names; the first turn is "MARSDEN CJ:  Yes, Ms Quinlan."."""
    root = tabled_tei("en-au-court-bench-listed-judges.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Yes, Ms Quinlan."]
    assert "PELLING J OKORO J" not in " ".join(texts(root, "//t:sp/t:p"))

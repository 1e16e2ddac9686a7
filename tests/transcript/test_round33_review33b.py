"""A reviewer's counter-examples to the long office in CAPITALS alone, the Old Bailey's spaced
stop, the Thai tab and dash and the Japanese numbered turn with a bare name: headings, a court's
sentence and front matter's rolls of the same print, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_item_s_heading_opened_by_an_office_s_word_stays_the_record_s_line() -> None:
    """ "THE SPEAKER" / "Order. …" and "MINISTERIAL STATEMENT ON THE FUTURE OF THE DISTRICT
    HOSPITAL" / "The statement was circulated …": the heading names an item of business, no
    long office, so it and the line under it stay a paragraph, no turn of a speaker so named."""
    root = tabled_tei("en-assembly-capitals-statement-heading.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1].endswith("The statement was circulated to members this morning.")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Thank you, Speaker.")


def test_a_heading_opened_by_the_members_office_in_the_plural_is_no_label() -> None:
    """ "DIPUTADOS QUE INTERVIENEN EN EL DEBATE DE LA MOCIÓN NÚMERO DOCE" / "Intervienen el señor
    …": the debate's heading, no speaker; the minister's label after it is read."""
    root = tabled_tei("es-parlamento-capitals-debate-heading.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1].startswith("DIPUTADOS QUE INTERVIENEN EN EL DEBATE")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Gracias, señora presidenta. El Gobierno votará en contra de la moción."
    ]


def test_a_department_in_capitals_over_an_appearance_is_no_label() -> None:
    """ "CONSEJERÍA DE HACIENDA Y FINANCIACIÓN EUROPEA DE LA JUNTA" / "Comparecencia a petición
    propia …": the department that appears, whose word opens as an office's does, heads the
    item; the councillor's own label below it speaks."""
    root = tabled_tei("es-parlamento-capitals-department-heading.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1].endswith(
        "Comparecencia a petición propia sobre los presupuestos."
    )
    assert texts(root, "//t:sp[2]/t:p") == ["Gracias, presidente. Comparezco para explicar los presupuestos."]


def test_the_court_s_sentence_with_a_spaced_stop_is_no_witness() -> None:
    """ "Prisoner's Defence . I found it in the street." / "Confined Six Months . Whipped .": the
    sentence's capitalised words and spaced stop have no sentence in lower case after them, so
    they stay the record's lines under the defence, no speaker."""
    root = tabled_tei("en-uk-oldbailey-ocr-sentence-spaced-stop.txt")
    assert texts(root, "//t:sp[4]/t:p") == [
        "I found it in the street.",
        "Confined Six Months . Whipped .",
        "Before Mr. Recorder .",
    ]


def test_a_thai_roll_of_absent_members_with_a_tab_and_a_dash_is_no_turn() -> None:
    """ "นายสมชาย ใจดี ส.อบต.หมู่ที่ 1<tab>- ลาป่วย": the absent member's reason in a word after
    the dash is a roll's note, no speech; the members who speak after the sitting opens are
    labels."""
    root = tabled_tei("th-obt-minutes-absent-roll-tab.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert "นายสมชาย ใจดี ส.อบต.หมู่ที่ 1 - ลาป่วย" in paragraphs
    assert texts(root, "//t:sp[2]/t:p") == ["ขอสอบถามเรื่องถนนในหมู่บ้าน ซึ่งชำรุดมาก"]


def test_a_numbered_roll_of_one_member_with_a_bare_name_is_no_turn() -> None:
    """ "１．欠席議員（川田花子）　届出あり。": the front matter's roll of absent members, numbered
    as the turns are, holds one bare name in its bracket: the roll's heading, no speaker."""
    root = tabled_tei("ja-chogikai-numbered-roll-bare-name.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert "１．欠席議員（川田花子） 届出あり。" in paragraphs
    assert texts(root, "//t:sp[1]/t:p") == ["ただいまから本日の会議を開きます。"]

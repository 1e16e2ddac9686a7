"""Records of genres beyond parliaments, in the shapes the real ones print (names invented): a
US Supreme Court transcript's caption and appearances (middle initials in CAPITALS, a caption's
column of colons), the United Nations' verbatim records in Chinese (full-width parentheses) and
Arabic (a foreign name's hyphen set apart) and the field over their first turn, Taiwan's
Legislative Yuan, a Soviet trial's court commandant printed once, an Irish tribunal's numbered
questions under "… PREVIOUSLY SWORN, WAS EXAMINED … BY MR. X:", the ICTY's numbered lines and
time lines, and a British inquiry's hard-wrapped notes in parentheses."""

from __future__ import annotations

import pytest

from label_samples import NS, SAMPLES, sample_tei, speakers
from stenogram.tei.convert import convert_text

CASES = {
    "en-scotus-appearances.txt": [
        "CHIEF JUSTICE HALE:",
        "MR. FOSTER:",
        "JUSTICE OKAFOR:",
        "MR. FOSTER:",
        "CHIEF JUSTICE HALE:",
    ],
    "zh-un-fullwidth-roles.txt": [
        "主席（以英语发言）：",
        "韦斯特伦先生（北方联邦）（以法语发言）：",
        "林多女士（南海群岛）：",
        "主席（以英语发言）：",
    ],
    "zh-tw-chair-holder.txt": [
        "主席（王大明）：",
        "李委員志強（青年黨）：",
        "陳部長文華：",
        "主席（王大明）：",
    ],
    "ar-un-hyphenated-name.txt": [
        "الرئيس (تكلم بالفرنسية):",
        "السيدة ماري - لويز دوران (بلاد الشمال) (تكلمت بالإنكليزية):",
        "السيد كريم (جزر الجنوب):",
    ],
    "ru-trial-commandant.txt": [
        "Комендант суда:",
        "Председательствующий:",
        "Лавров:",
        "Прокурор:",
        "Председательствующий:",
    ],
    "en-un-president-field.txt": [
        "The President:",
        "Ms. Dovrenko (Southern Isles) (spoke in French):",
        "The President:",
        "Mr. Halloran (Eastmark):",
    ],
    "en-ie-tribunal-numbered-questions.txt": [
        "CHAIRMAN:",
        "MR. BRENNAN:",
        "114 Q.",
        "A.",
        "115 Q.",
        "A.",
        "CHAIRMAN:",
    ],
    "en-icty-numbered-lines.txt": [
        "JUDGE VANSTONE:",
        "THE REGISTRAR:",
        "JUDGE VANSTONE:",
        "MR. KELLERMAN:",
        "JUDGE VANSTONE:",
    ],
    "en-inquiry-wrapped-notes.txt": [
        "SIR ANTHONY WEBB:",
        "MS CARROW:",
        "MS CARROW:",
        "A.",
        "Q.",
        "A.",
        "SIR ANTHONY WEBB:",
    ],
}


@pytest.mark.parametrize(("sample", "expected"), CASES.items())
def test_a_record_of_another_genre_keeps_its_labels(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_a_middle_initial_in_capitals_cuts_no_appearance_into_a_label() -> None:
    tei = sample_tei("en-scotus-appearances.txt")
    ids = tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert ids == ["chief-justice-hale", "mr-foster", "justice-okafor"]
    # the appearance is a line of the head's roll, whole, no turn
    roll = tei.xpath("//t:front/t:div[@type='list']/t:p/text()", namespaces=NS)
    assert roll[:2] == [
        "APPEARANCES:",
        "DANIEL R. FOSTER, ESQ., Denver, Colorado; on behalf of the Petitioners.",
    ]


def test_the_un_record_s_president_field_is_front_matter_not_a_turn() -> None:
    tei = sample_tei("en-un-president-field.txt")
    chair = tei.xpath("//t:front/t:div[@type='presiding']/t:p/text()", namespaces=NS)
    assert [" ".join(text.split()) for text in chair] == ["President: Mr. Arvelo Tamsin (Northland)"]
    assert tei.xpath("//t:sp[1]/@who", namespaces=NS) == ["#arvelo-tamsin"]  # the president named


def test_a_numbered_question_is_the_examiner_s_whom_the_sworn_line_names() -> None:
    tei = sample_tei("en-ie-tribunal-numbered-questions.txt")
    who = [w.lstrip("#") for w in tei.xpath("//t:sp/@who", namespaces=NS)]
    assert who == [
        "chairman",
        "mr-brennan",
        "mr-brennan",
        "declan-keane",
        "mr-brennan",
        "declan-keane",
        "chairman",
    ]
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2002-06-12"
    # the tribunal's opening line stays text, never the title
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) != (
        "THE TRIBUNAL RESUMED AS FOLLOWS ON WEDNESDAY, 12TH JUNE, 2002 AT 10:30AM:"
    )


def test_the_tribunal_s_time_lines_are_stage_directions() -> None:
    tei = sample_tei("en-icty-numbered-lines.txt")
    stages = [" ".join(s.split()) for s in tei.xpath("//t:stage/text()", namespaces=NS)]
    assert "--- Upon commencing at 9.01 a.m." in stages
    assert "--- Recess taken at 10.30 a.m." in stages
    assert "--- On resuming at 10.50 a.m." in stages


def test_a_wrapped_line_in_parentheses_is_a_note_of_its_own() -> None:
    tei = sample_tei("en-inquiry-wrapped-notes.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "Tuesday, 8 March 2022"
    stages = tei.xpath("//t:stage/text()", namespaces=NS)
    assert "(10.00 am)" in stages and "(The witness withdrew)" in stages
    last = tei.xpath("(//t:sp)[last()]/t:p[1]/text()", namespaces=NS)
    assert last == ["Thank you very much, Mr Pell."]


def test_a_supreme_court_arguments_heading_wrapped_after_a_comma_is_a_heading_of_two_lines() -> None:
    """The heading of each argument, in CAPITALS, wrapped after the comma of the counsel's suffix
    ("ORAL ARGUMENT OF GERALD T. DUNLEAVY, JR.," / "ON BEHALF OF THE PETITIONER"): both lines
    head the argument, the first no words of the turn above."""
    tei = sample_tei("en-scotus-argument-heading-wrapped.txt")
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert heads[::2] == ["ORAL ARGUMENT OF GERALD T. DUNLEAVY, JR.,", "ORAL ARGUMENT OF SUSAN P. OYELARAN,"]
    assert heads[1::2] == ["ON BEHALF OF THE PETITIONER", "ON BEHALF OF THE RESPONDENT"]
    assert not tei.xpath("//t:sp[contains(., 'ORAL ARGUMENT')]", namespaces=NS)


def test_an_items_heading_in_title_case_around_a_colon_between_turns_is_a_heading() -> None:
    """The Dáil's record names the item it takes up next and its stage around a colon, in Title
    Case, between two turns ("Harbour Safety Bill 2024: Second Stage"): a heading, no label and no
    words of the chair's turn above, as a sentence's words after a colon are in lower case."""
    tei = sample_tei("en-dail-item-heading-colon.txt")
    heads = tei.xpath("//t:body//t:head/text()", namespaces=NS)
    assert heads == ["Harbour Safety Bill 2024: Second Stage", "Fisheries Quotas: Statements"]
    assert not tei.xpath("//t:sp[contains(., 'Second Stage') and contains(., 'Harbour')]", namespaces=NS)

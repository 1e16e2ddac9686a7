"""Records of Asia, Africa, the Americas and Oceania met in the twenty-first round: live captions
that name no one, a Commonwealth Hansard's narrative lines, Trinidad and Tobago's running heads,
the Legislative Yuan's minutes read out and its deputy chair (samples in tests/data/labels/,
written in the shapes the real records print, names invented)."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts


def test_captions_that_name_no_one_open_an_unnamed_turn_at_each_mark() -> None:
    tei = tabled_tei("en-us-council-captions-none-named.txt")
    assert texts(tei, "//t:sp[last()]/t:p") == ["THE FIRST OF THE MONTH AFTER THE SECOND READING."]
    assert not tei.xpath("//t:person[contains(@xml:id, 'second-reading')]", namespaces=NS)
    assert texts(tei, "//t:sp[1]/t:p")[-1] == "THE EVENING RATE GOES AWAY ENTIRELY."


@pytest.mark.parametrize(
    ("name", "stages"),
    [
        (
            "en-zw-hansard-member-left.txt",
            [
                "The Hon. Member left the Chamber.",
                "Hon. Chikwanha walked out of the House.",
                "Motion put and agreed to.",
                "Third Order read: Adjourned debate on motion on the Report of the Portfolio Committee on Health.",
                "Question again proposed.",
            ],
        ),
        (
            "en-tt-election-seconded.txt",
            [
                "Seconded by Mr. K. Mohammed.",
                "There being no other nominations, the Clerk of the House declared Mrs. Avril"
                " Baptiste-Lewis duly elected Speaker of the House.",
            ],
        ),
        ("en-au-nt-bill-presented.txt", ["Bill presented and read a first time."]),
    ],
)
def test_a_hansards_narrative_lines_stand_between_the_turns(name: str, stages: list[str]) -> None:
    tei = tabled_tei(name)
    assert texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]") == stages
    assert not any(stage in text for stage in stages for text in texts(tei, "//t:sp/t:p"))


def test_a_page_head_of_number_subject_and_date_is_furniture() -> None:
    tei = tabled_tei("en-tt-hansard-subject-dated-page-head.txt")
    body = " ".join(texts(tei, "//t:body//t:p"))
    assert "Papers Laid" not in body and "UNREVISED" not in body and "2022.05.13" not in body
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "HOUSE OF REPRESENTATIVES"
    assert texts(tei, "(//t:sp)[2]/t:p")[-1] == "September 30, 2021."


def test_the_roll_of_minutes_read_out_and_a_deputy_chair() -> None:
    tei = tabled_tei("zh-tw-ly-minutes-read-roll.txt")
    assert "出席委員:林家豪 陳怡君 王志明 張淑芬" in texts(tei, "//t:body//t:p[not(ancestor::t:sp)]")
    assert not tei.xpath("//t:person[@xml:id='出席委員']", namespaces=NS)
    assert texts(tei, "//t:person[@xml:id='游副院長美蘭']/t:persName/t:roleName") == ["副院長"]


def test_an_arbitration_reporters_page_head_is_furniture() -> None:
    tei = tabled_tei("en-arbitration-pipe-page-firm-phone.txt")
    body = " ".join(texts(tei, "//t:body//t:p"))
    assert "Page |" not in body and "Reporters" not in body
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Thank you, Madam President. I have a few questions on the second report."
    ]
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) != "Page | 1418"


def test_an_argentine_councils_flag_raised_is_a_stage() -> None:
    tei = tabled_tei("es-ar-concejo-izar-pabellon.txt")
    stages = texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]")
    assert len(stages) == 1 and "procede a izar el Pabellón Nacional" in stages[0]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Invito al Concejal Hernán Ledesma a izar el Pabellón Nacional, y al público presente a ponerse de pie.-"
    ]


def test_three_initials_without_stops_before_a_surname_are_no_spaced_heading() -> None:
    tei = tabled_tei("en-za-provincial-initials-unstopped.txt")
    assert texts(tei, "//t:sp[t:speaker='Mr D J B HENDRICKS:']/t:p")[0].startswith(
        "Thank you, Madam Speaker."
    )


def test_a_county_assemblys_page_of_pages_head_is_furniture() -> None:
    tei = tabled_tei("en-ke-county-page-of-pages-head.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[-1].endswith(
        "we ask that the Executive explains the delays to this House."
    )
    assert not any("Page 2 of 9" in text for text in texts(tei, "//t:body//t:p"))


@pytest.mark.parametrize(
    ("name", "chair"),
    [
        ("en-au-nt-chair-styled-surname.txt", "Lawrie"),
        ("en-au-vic-chair-prayer-country.txt", "Margaret Dunstan"),
        ("en-au-qld-prayers-before-chair.txt", "Peter Kallinikos"),
        ("en-au-tas-chair-comma-acknowledged.txt", "Fennimore"),
        ("en-au-act-chair-silence.txt", "Dellacroce"),
        ("en-ug-speaker-in-chair-commas.txt", "Florence Akiteng"),
        ("en-ph-senate-called-to-order.txt", "Ramon T. Villacorta"),
    ],
)
def test_the_chair_a_hansards_opening_line_names_speaks_as_the_chair(name: str, chair: str) -> None:
    tei = tabled_tei(name)
    chair_id = str(tei.xpath("string((//t:sp)[1]/@who)", namespaces=NS)).lstrip("#")
    assert chair in " ".join(texts(tei, f"//t:person[@xml:id='{chair_id}']/t:persName[1]"))


def test_the_publishing_offices_graphic_marks_are_furniture() -> None:
    tei = tabled_tei("en-us-hearing-gpo-graphic-omitted.txt")
    assert not tei.xpath("//t:body//t:head", namespaces=NS)
    assert not any("GRAPHIC" in text for text in texts(tei, "//t:body//t:p"))


def test_a_member_who_rose_between_dashes_is_a_stage() -> None:
    tei = tabled_tei("en-gh-member-rose.txt")
    assert texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]") == ["Mr Asamoah-Boadu — rose —"]


def test_a_holders_form_of_address_in_brackets_of_its_own() -> None:
    tei = tabled_tei("en-ke-chair-nested-title.txt")
    assert tei.xpath("string(//t:person[@xml:id='hon-ms-rehema-jaldesa']/@role)", namespaces=NS) == "chair"
    assert texts(tei, "//t:front//t:div[@type='presiding']/t:p") == [
        "[The Temporary Deputy Speaker (Hon. (Ms.) Rehema Jaldesa) in the Chair]"
    ]


def test_ocrs_semicolon_after_a_surname_in_capitals_ends_a_label() -> None:
    tabled_tei("en-hansard-ocr-semicolon.txt")
    tei = text_tei("M. le président ; mes chers collègues, je vous remercie.\n\nBien ; Nous passons.\n")
    assert not tei.xpath("//t:sp", namespaces=NS)


def test_a_paragraph_ending_on_a_conjunction_goes_on_below() -> None:
    tei = tabled_tei("en-zw-pdf-lines-blank-between.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "I move that Orders of the Day, Numbers 2 and 3 on today’s Order Paper be stood over until"
        " the rest of the Orders of the Day have been disposed of."
    ]
    assert texts(tei, "(//t:sp)[3]/t:p")[-1].endswith("Hon. Mavetera and Hon. Ncube.")


def test_the_gavel_struck_is_a_stage_and_the_chair_goes_on() -> None:
    tei = tabled_tei("id-dprd-ketok-palu.txt")
    assert texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]") == ["KETOK PALU 3X", "KETOK PALU 1X"]
    assert not tei.xpath("//t:body//t:head", namespaces=NS)
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Acara kita hari ini")

"""Courts' and commissions' covers: a line-numbered excerpt under a cover whose lines bear no
number, the chair the cover names under the office its label prints ("Before the Commissioner:"
over "THE COMMISSIONER:"), and the witness no line names, who carries no label the record did
not print."""

from __future__ import annotations

from label_samples import NS, sample_tei, texts, turn_ids


def _labels(tei, ident: str) -> list[str]:  # type: ignore[no-untyped-def]
    return tei.xpath(f"//t:person[@xml:id='{ident}']/t:persName[@type='label']/text()", namespaces=NS)


def test_numbered_excerpt_under_cover_loses_its_numbers() -> None:
    tei = sample_tei("en-au-commission-excerpt-cover.txt")
    printed = tei.xpath("//t:sp/t:speaker/text()", namespaces=NS)
    assert printed == ["THE COMMISSIONER:", "MR PRYOR:", "THE COMMISSIONER:", "MS RUSK:"]
    assert "Ms Anne Hollis." in "".join(tei.xpath("//t:sp[2]/t:p//text()", namespaces=NS))


def test_numbered_list_in_speech_keeps_its_numbers() -> None:
    tei = sample_tei("en-not-numbered-list-in-speech.txt")
    text = " ".join(tei.xpath("//t:body//t:p//text()", namespaces=NS))
    assert "1 a single freight timetable" in text and "6 a standing forum" in text
    assert turn_ids(tei) == ["corrin", "mr-hobday", "corrin", "ms-lind", "mr-hobday"]


def test_commissioner_label_is_the_commissioner_the_head_names() -> None:
    tei = sample_tei("en-au-commission-excerpt-cover.txt")
    assert turn_ids(tei) == ["ruth-kellaway-ac", "mr-pryor", "ruth-kellaway-ac", "ms-rusk"]
    assert "THE COMMISSIONER" in _labels(tei, "ruth-kellaway-ac")
    before = sample_tei("en-au-royal-commission-before-head.txt")
    assert turn_ids(before)[0] == "margaret-oakley-ao"


def test_unnamed_witness_is_named_by_the_records_language() -> None:
    tei = sample_tei("fr-qc-inquiry-q-r-unnamed-witness.txt")
    assert "le-temoin" in turn_ids(tei)
    assert _labels(tei, "le-temoin") == ["R"]
    english = sample_tei("en-inquiry-q-a-unnamed-witness.txt")
    assert _labels(english, "the-witness") == ["A"]


def test_tribunal_clock_before_line_number_is_furniture() -> None:
    tei = sample_tei("en-tribunal-clock-line-numbers.txt")
    text = " ".join(tei.xpath("//t:body//t:p//text()", namespaces=NS))
    assert "ready, and he will testify in Krio." in text and "09:36:40" not in text
    left = tei.xpath("//t:list[@type='furniture']/t:item[@ana='timestamp']/text()", namespaces=NS)
    assert left == ["09:31:12", "09:36:40", "09:37:05"]
    assert "the-prosecutor-of-the-special-court" not in tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert tei.xpath("string(//t:front/t:docDate/@when)", namespaces=NS) == "2006-03-15"


def test_court_room_over_its_day_is_no_speaker() -> None:
    tei = sample_tei("en-proceedings-court-room-dated.txt")
    assert turn_ids(tei) == ["henry-ashdown", "ellen-marsden", "thomas-briggs"]
    assert tei.xpath("//t:docDate/@when", namespaces=NS) == ["1874-03-10"]
    assert not tei.xpath("//t:docDate/t:placeName", namespaces=NS)
    assert "MESSRS. TREVELYAN and COLE conducted the Prosecution." in tei.xpath(
        "//t:body//t:div/t:p/text()", namespaces=NS
    )


def test_trial_labels_glued_to_their_dash() -> None:
    printed = sample_tei("en-trial-dash-glued-printed.txt")
    assert turn_ids(printed)[6:9] == ["mr-calloway", "the-court", "mr-brandt"]
    assert "That is all." in texts(printed, "(//t:sp)[7]/t:p")
    web = sample_tei("en-trial-dash-glued-web.txt")
    assert turn_ids(web)[7:11] == ["calloway", "quill", "calloway", "quill"]  # the heading names both
    assert texts(web, "//t:body//t:head") == ["Examination of Martha Quill by Mr. Calloway, for the State:"]
    assert texts(web, "(//t:sp)[8]/t:p") == ["You live on the Mill Road, Mrs. Quill?"]


def test_court_notes_clock_with_its_word_before_the_label() -> None:
    tei = sample_tei("de-court-notes-clock-uhr.txt")
    assert turn_ids(tei) == ["brandl", "voss", "brandl", "voss", "brandl"]
    assert texts(tei, "//t:sp/t:speaker/t:time") == ["10:02 Uhr.", "10:47 Uhr."]


def test_inquest_cover_date_under_its_field_is_the_hearing_s() -> None:
    tei = sample_tei("en-inquest-cover-on-field.txt")
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "1988-09-14"
    assert turn_ids(tei) == ["the-coroner", "mr-ashworth", "the-coroner"]

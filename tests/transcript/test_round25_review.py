"""A reviewer's counter-examples to the twenty-fifth round's rules (samples in tests/data/labels/,
names invented): the shapes a widened rule took for what they are not."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_speaker_s_link_after_words_that_go_on_stays_in_the_speech() -> None:
    tei = tabled_tei("en-council-speech-photo-link.txt")
    assert texts(tei, "//t:sp/t:p") == [
        "The bridge has been closed since October. Residents sent us the photo: "
        "https://ashcombe.example.org/bridge.jpg and it shows the cracks plainly.",
        "Thank you. The engineer's report says the same, under copyright: "
        "https://ashcombe.example.org/report I propose we repair it this spring.",
    ]


def test_a_page_s_link_glued_after_a_sentence_is_still_furniture() -> None:
    tei = tabled_tei("ja-diet-web-speech-url-glued.txt")
    assert all("https://" not in p for p in texts(tei, "//t:sp/t:p"))


def test_a_copyright_line_naming_the_site_or_by_the_holder_is_furniture() -> None:
    tei = tabled_tei("de-bundestag-web-copyright-site.txt")
    assert texts(tei, "//t:sp[last()]/t:p") == ["Die Sitzung ist geschlossen."]
    assert texts(tei, "//t:list[@type='furniture']/t:item") == [
        "© bundestag.de 2026",
        "Copyright by Deutscher Bundestag",
        "(c) copyright 2026, alle Rechte vorbehalten",
    ]


def test_a_lettered_list_read_after_a_question_stays_in_the_speech() -> None:
    tei = tabled_tei("en-council-survey-lettered-options.txt")
    assert not tei.xpath("//t:person[@xml:id='the-witness']", namespaces=NS)
    assert texts(tei, "//t:sp[2]/t:p")[0].endswith("Housing. Most chose the library. I move that we fund it.")


def test_a_misread_semicolon_before_an_address_to_the_chair_and_members_is_a_label_s() -> None:
    tei = tabled_tei("en-committee-ocr-semicolon-chair-and-members.txt")
    assert texts(tei, "//t:sp[4]/t:p") == [
        "Mr. Chairman and members of the subcommittee, the pilings on the north side had rotted."
    ]


def test_a_surname_in_capitals_cutting_into_an_unfinished_line_is_a_label() -> None:
    tei = tabled_tei("en-committee-capitals-surname-cuts-in.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["We resume. Before the break you were answering the question of"]


def test_a_unit_after_a_number_ends_the_sentence_before_a_flattened_label() -> None:
    tei = tabled_tei("en-committee-flattened-unit-before-label.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Thank you, Chairman. In May the rainfall in the valley was only 12 mm."
    ]


def test_a_misread_semicolon_before_a_colleague_and_the_speaker_is_a_label_s() -> None:
    tei = tabled_tei("en-committee-ocr-semicolon-witness-and-i.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Mrs. Hale and I made it together. We found the pilings rotted."]

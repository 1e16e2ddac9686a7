"""A reviewer's read of the round's later rules: the shapes a widened rule took wrongly, each
narrowed and shown in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_numbered_points_of_minutes_are_no_page_and_line_numbers() -> None:
    """Minutes whose every paragraph opens with its item's and point's number ("5.1", "6.1")
    keep those numbers in their paragraphs, where they had been taken off as a court reporter's
    page and line numbers."""
    root = tabled_tei("en-council-minutes-numbered-paragraphs.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert paragraphs[0].startswith("5.1 The Chair welcomed members")
    assert paragraphs[-1] == "7.1 The Chair closed the meeting at 8.40 pm."


def test_a_spaced_sentence_asking_an_office_up_to_its_colon_is_no_label() -> None:
    """A justified Chinese record's member asks the director in a paragraph of her own, spaced
    like her label ("我 想 再 問 局 長 ："): the pronoun makes it her sentence, kept in her turn,
    where it had opened a turn of a person named by the sentence."""
    root = tabled_tei("zh-hk-council-pdf-spaced-question-to-office.txt")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("我 想 再 問 局 長 ：")


def test_a_speech_line_ending_in_a_count_beside_the_pages_stays_in_the_speech() -> None:
    """A Sejm PDF's member's line ends with a count a page from the pages around it and cuts her
    sentence; a comma parts its words, a clause's, no facing page's title: it stays in her
    speech, where it had been taken off as that page's head."""
    root = tabled_tei("pl-sejm-pdf-speech-line-ends-near-page.txt")
    assert "Lewicy, razem 37 posłów, a przeciw" in texts(root, "//t:sp[1]/t:p")[0]
    assert not texts(root, "//t:list[@type='furniture']/t:item[@ana='running-head']")


def test_a_speech_opening_with_a_portrait_it_names_twice_keeps_its_words() -> None:
    """A member's paragraph opens "The Churchill portrait was moved from the Churchill Room":
    the words before "portrait" and the name again after it are no caption of her photo, as its
    sentence goes on in lower case; they stay, where they had been taken off as furniture."""
    root = tabled_tei("en-uk-web-portrait-in-a-speech.txt")
    assert texts(root, "//t:sp[1]/t:p")[1].startswith("The Churchill portrait was moved")
    captions = texts(root, "//t:list[@type='furniture']/t:item[@ana='photo-caption']")
    assert captions == ["Helen Marsh Portrait", "Martin Oakes Portrait"]


def test_a_double_names_hyphen_at_a_lines_end_is_kept_before_its_particle() -> None:
    """A Dutch member's double name broken at its hyphen ("Mevrouw Jansen-" / "van der Berg
    (CDA):") names the person her whole label names later, where the hyphen had been read as a
    word's break and made her two persons."""
    root = tabled_tei("nl-tk-double-name-hyphen-at-line-end.txt")
    assert turn_ids(root) == ["de-voorzitter", "mevrouw-jansen-van-der-berg"] * 2


def test_a_records_number_a_speech_cites_on_its_own_line_stays_in_the_speech() -> None:
    """A Landtag PDF's member cites "Plenarprotokoll 18/41", a narrow column setting it alone
    on a line: no running head without its date, it stays in his speech, where it had been
    taken off; the page's head with its date is still furniture."""
    root = tabled_tei("de-landtag-pdf-speech-cites-plenarprotokoll.txt")
    assert "wie man im Plenarprotokoll 18/41 nachlesen kann" in texts(root, "//t:sp[2]/t:p")[0]
    heads = texts(root, "//t:list[@type='furniture']/t:item[@ana='running-head']")
    assert heads == ["Bayerischer Landtag – 18. Wahlperiode Plenarprotokoll 18/52 v. 04.06.2025"]


def test_a_lettered_item_opening_with_a_financial_year_is_no_copyright_line() -> None:
    """A chair reads out items lettered (a) to (c), the third "(c) 2025/26 revenue budget …":
    a financial year, no copyright's year, so the item stays in her turn, where it had been taken
    off as a web page's copyright line."""
    root = tabled_tei("en-council-lettered-item-financial-year.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1] == "(c) 2025/26 revenue budget and council tax."


def test_a_range_opening_an_unnumbered_line_of_a_numbered_page_stays() -> None:
    """A court reporter's page numbers its lines alone; one line of counsel's speech bears no
    number and opens with a range ("2-4 weeks, as …"): no page and line where no other line is
    so numbered, it stays in her speech, where it had been taken off."""
    root = tabled_tei("en-court-numbered-line-opening-with-a-range.txt")
    assert "She was off for 2-4 weeks, as the records show." in texts(root, "//t:sp[2]/t:p")[0]

"""The twenty-fifth round's last pass over shapes its reviewers left: an office spaced by a
justified line is the office printed close; a heading's last word carried to a line of its own,
and a heading naming a minister in a case of its sentence, are no labels; a web page's row of
buttons under a speaker's card is furniture."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_two_ideograph_office_spaced_by_one_space_is_the_office_set_close() -> None:
    """ "主 席 ：" beside "主席：" is one person, the id of the office as printed close."""
    tei = tabled_tei("zh-hk-council-pdf-spaced-two-ideograph-office.txt")
    assert turn_ids(tei) == ["主席", "梁偉強議員", "主席", "民政事務局局長"]
    assert texts(tei, "//t:sp/t:speaker")[0] == "主 席 ："


def test_an_examination_headings_last_word_on_its_own_line_is_no_label() -> None:
    """ "… EXAMINED BY MR. GALLAGHER AS" / "FOLLOWS:": the word ends the heading, and the
    questions under it are the examiner's."""
    tei = tabled_tei("en-ie-tribunal-sworn-heading-last-word-wrapped.txt")
    assert texts(tei, "//t:body//t:head") == [
        "MS. NOREEN KILBRIDE, HAVING BEEN SWORN, WAS EXAMINED BY MR. GALLAGHER AS FOLLOWS:"
    ]
    assert "follows" not in turn_ids(tei)


def test_a_row_of_buttons_under_a_speakers_card_is_furniture() -> None:
    """ "Share this | | Hansard source" right under the second card: the card is the label, the
    answer the minister's turn."""
    tei = tabled_tei("en-au-web-share-row-under-second-card.txt")
    assert texts(tei, "//t:sp/t:p")[-1].startswith("I thank the member")
    assert "Hansard source" not in " ".join(texts(tei, "//t:body"))


def test_a_heading_naming_the_minister_inflected_is_no_label() -> None:
    """ "Отчёт министра Д.Жұмабаева" and "Сұрақ министр Д.Жұмабаевқа" beside the minister's own
    label are headings; his label stays his."""
    tei = tabled_tei("kk-mazhilis-headings-name-minister-inflected.txt")
    assert texts(tei, "//t:body//t:head") == ["Отчёт министра Д.Жұмабаева", "Сұрақ министр Д.Жұмабаевқа"]

"""The twenty-fifth round's regressions found after its merges, and shapes its hunts left: a
label keeps the evidence of the furniture taken off its line, and headings and items shaped
like labels are none."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import load_config


def test_a_label_printed_once_keeps_the_mark_of_its_photos_caption() -> None:
    """The caption of the speaker's photo taken off the label's line as furniture still marks
    the line as a label: the one label of the excerpt opens its turn, printed without it."""
    tei = tabled_tei("en-au-web-photo-caption-one-label.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["Bronwyn Teasdale (Carrowbrook, Australian Labor Party)"]
    assert texts(tei, "//t:sp/t:p")[0].startswith("My question is to the Minister")


def test_a_portrait_caption_before_the_label_marks_it_too() -> None:
    """ "X Portrait" before the name, a speech archive's caption, gives the same mark."""
    tei = text_tei(
        "Commons Chamber\n\nAlan Brierley Portrait Alan Brierley (Eastham North) (Lab)\n\n"
        "I believe the Leader of the House has a choice before him: withdraw the motion or lose it "
        "in the Division Lobbies.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Alan Brierley (Eastham North) (Lab)"]


def test_a_wrapped_sworn_heading_without_a_comma_heads_the_examination() -> None:
    """ "X HAVING BEEN SWORN WAS EXAMINED BY MR. Y AS FOLLOWS:" over two lines is no label: the
    answers are the witness's, the questions the examiner's."""
    tei = tabled_tei("en-ie-tribunal-sworn-heading-wrapped.txt")
    assert texts(tei, "//t:body//t:head") == [
        "BRIAN BRANNIGAN HAVING BEEN SWORN WAS EXAMINED BY MR. HALLORAN AS FOLLOWS:"
    ]
    assert turn_ids(tei)[2:4] == ["mr-halloran", "brian-brannigan"]


def test_an_agenda_item_citing_a_section_in_brackets_is_no_label() -> None:
    """The bracket's "לסעיף 10" cites a rule, no role: the item stays the head's, no empty turn."""
    tei = tabled_tei("he-knesset-committee-agenda-cited-section.txt")
    assert turn_ids(tei) == ["יושב-ראש-הכנסת-עמוס-ברזילי", "יואב-קדמי", "מיכל-לנדאו"]


def test_a_bracket_citing_a_provision_by_number_is_told_from_a_seat() -> None:
    """The words that cite a provision need its number after them: a seat or party stays a role."""
    provisions = load_config().provisions
    for cited in ("בהתאם לסעיף 10 לתקנון הכנסת", "gemäß § 12 GO", "under Rule 45", "согласно статье 5"):
        assert provisions.search(cited), cited
    for seat in ("Dunmore, Liberal Party", "Article Nineteen Group", "Section for Rural Affairs"):
        assert not provisions.search(seat), seat


def test_an_examiner_named_once_over_the_questions_heads_them() -> None:
    """ "검사 박민수" alone over "문 …" is the examination's heading: the first question is its
    own turn under its letter, the examiner's, as the later questions are."""
    tei = tabled_tei("ko-court-examiner-named-once-over-questions.txt")
    assert texts(tei, "//t:body//t:head") == ["검사 박민수"]
    assert texts(tei, "(//t:sp)[2]/t:speaker") == ["문"]
    assert texts(tei, "(//t:sp)[2]/t:p") == ["증인은 피고인을 언제부터 알았나요?"]


def test_the_chair_calling_a_member_with_the_club_is_the_chairs_words() -> None:
    """ "Pan poseł X, Konfederacja." over "Bardzo proszę." stays in the Marshal's turn: the
    member's own label with its colon opens the speech below."""
    tei = tabled_tei("pl-sejm-pdf-chair-calls-member-club.txt")
    assert turn_ids(tei) == ["marszalek", "posel-tomasz-zawilski", "marszalek", "poslanka-ewa-rutkowska"]
    assert "Pan poseł Tomasz Zawilski, Konfederacja." in " ".join(texts(tei, "//t:sp[1]/t:p"))


def test_a_note_of_members_consulting_in_brackets_is_a_stage() -> None:
    """ "(Hon. X consulted with Hon. Y)" read into a member's paragraph is the hall's event."""
    tei = tabled_tei("en-ke-assembly-member-action-notes.txt")
    assert texts(tei, "//t:sp[2]//t:stage") == ["(Hon. David Ng’ang’a consulted with Hon. Amina Hassan)"]
    walked = text_tei(
        "Hon. Speaker: Proceed.\n\nHon. Jane Wairimu (Nyeri Town, UDA): I beg to move. (Hon. Members "
        "of the Minority Party walked out) The Bill is overdue.\n"
    )
    assert texts(walked, "//t:stage") == ["(Hon. Members of the Minority Party walked out)"]


def test_an_annexs_items_under_bullets_alone_on_their_lines_are_no_labels() -> None:
    """ "港 鐵 ：" under "─" names an operator in a list, no speaker: the members' labels alone
    open turns."""
    tei = tabled_tei("zh-hk-council-pdf-annex-bulleted-items.txt")
    assert turn_ids(tei) == ["陳家明議員", "運輸及房屋局局長", "陳家明議員"]

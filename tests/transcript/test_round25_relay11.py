"""The samples laid out again as users' copies lay them out, an eleventh pass: the shapes those
copies showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, texts


def test_question_and_answer_letters_alone_on_their_lines_are_labels() -> None:
    """A deposition's copy with `Q` and `A` alone on their lines, no stop, the words below: each
    opens its turn, the question the examiner's, the answer the witness's."""
    root = tabled_tei("en-deposition-q-a-unstopped-alone.txt")
    assert texts(root, "//t:sp/t:speaker") == ["MR. HARGREAVE:", "Q", "A", "Q", "A", "MS. OKAFOR:"]
    assert texts(root, "(//t:sp)[3]/t:p") == ["Margaret Ellwood."]


def test_a_briefing_question_alone_on_its_line_asks_in_the_paragraph_below() -> None:
    """A briefing with every label alone on its line: the reporters' `Вопрос:` asks in the
    paragraph under it and the spokeswoman answers, so it is the reporters' turn."""
    root = tabled_tei("ru-briefing-vopros-alone-on-line.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["Светлана Игоревна, когда будет опубликован доклад о паводке?"]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 4


def test_an_answer_alone_on_its_line_under_counsels_question_is_the_witness() -> None:
    """A trial's transcript with every label alone on its line, counsel asking under his own
    label: the answer's `A:` under the question is the witness's turn."""
    root = tabled_tei("en-court-answer-alone-under-counsel.txt")
    assert texts(root, "(//t:sp)[4]/t:p") == ["I drive a minibus."]
    assert texts(root, "(//t:sp)[4]/t:speaker") == ["A:"]


def test_a_caseless_sentence_under_a_label_alone_on_its_line_keeps_its_label() -> None:
    """An Arabic council's copy with no final stops, each label alone above its words: the words
    under the second member's label are a sentence, so the label opens the member's turn."""
    root = tabled_tei("ar-council-labels-alone-no-stops.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("المخصصات الحالية كافية")


def test_a_numbered_list_under_a_heading_alone_is_no_caseless_sentence() -> None:
    """A Majlis record's contents, their heading alone on its line over numbered items in a
    caseless script (`فهرست مطالب:` / `1ـ اعلام رسمیت جلسه …`): a list's, not a speech, so the
    heading stays in the record's head."""
    tei = sample_tei("fa-majlis-contents-unstopped-chair.txt")
    assert "فهرست مطالب:" not in texts(tei, "//t:sp/t:speaker")


def test_a_spaced_colon_label_under_an_unstopped_caseless_line_opens_a_turn() -> None:
    """An Arabic news copy wrapped with no blank lines and no stops: the member's label with its
    spaced colon under a full line of the speech before opens the member's turn."""
    root = tabled_tei("ar-news-wrapped-label-after-unstopped-line.txt")
    assert texts(root, "(//t:sp)[1]/t:p")[0].endswith("الى اللجنة")
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("اللجنة طلبت البيانات")

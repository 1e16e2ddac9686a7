"""The twenty-sixth round's examinations and courts: shapes earlier rounds left in the records of
examinations, trials and hearings."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts, turn_ids


def test_chinese_questions_and_answers_with_no_examiner_named_are_the_roles() -> None:
    """ "问："/"答：" under a record's title that names only the witness: the asking and the
    answering roles, as "Q."/"A." are, never two persons called "问" and "答"."""
    tei = tabled_tei("zh-record-wen-da-no-examiner.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["问：", "答：", "问：", "答："]
    assert turn_ids(tei) == ["提问人", "证人", "提问人", "证人"]
    assert texts(tei, "//t:listPerson/t:person/t:persName[not(@type)]") == ["提问人", "证人"]


def test_a_tribunals_office_with_the_officer_in_parentheses_is_the_officers() -> None:
    """ "LANGUAGE ARBITER (Major X):" is an office with its holder in parentheses, as "THE
    INTERPRETER (Major X):" is: the person is the officer, the office his role, the rank his
    title; "THE MONITOR:" is an office alone, no surname."""
    tei = tabled_tei("en-tribunal-arbiter-officer-in-parens.txt")
    assert tei.xpath("//t:person[@xml:id='major-pelham']/@role", namespaces=NS) == ["LANGUAGE ARBITER"]
    assert texts(tei, "//t:person[@xml:id='major-pelham']/t:persName[1]/t:roleName") == ["Major"]
    assert texts(tei, "//t:person[@xml:id='the-monitor']/t:persName[1]") == ["The Monitor"]
    assert not tei.xpath("//t:person[@xml:id='the-monitor']//t:surname", namespaces=NS)


def test_a_trials_witness_entering_after_a_dash_is_a_stage() -> None:
    """ "- Ingresa el testigo." and "- Se retira el testigo." on their own lines are the record's
    narration of the hall, no words of the president's speech above them."""
    tei = tabled_tei("es-ar-juicio-testigo-ingresa-dash.txt")
    assert texts(tei, "//t:body//t:stage") == ["- Ingresa el testigo.", "- Se retira el testigo."]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Se reanuda la audiencia. Que ingrese el testigo."]


def test_an_examiner_alone_on_the_excerpts_first_line_heads_the_questions() -> None:
    """ "検察官（X）" as the excerpt's first line, right above "問"/"答": the examination's heading
    naming who asks, as it is further down a record, not the document's title."""
    tei = tabled_tei("ja-court-examiner-first-line.txt")
    assert texts(tei, "//t:body//t:head") == ["検察官（小野寺）"]
    assert texts(tei, "//t:titleStmt/t:title") != ["検察官（小野寺）"]
    assert tei.xpath("//t:person[@xml:id='小野寺']/@role", namespaces=NS) == ["検察官"]


def test_a_grade_read_out_under_an_answer_is_no_answers_letter() -> None:
    """The witness reads a table out under "A. The report reads as follows:", a grade "A" alone
    on its line: the record prints its letters with their stop, so the bare letter is a word of
    the answer, and the answer's letter opens its turn though its sentence ends in a colon."""
    tei = tabled_tei("en-court-grades-read-out-under-answer.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "The report reads as follows:",
        "North block",
        "A",
        "South block",
        "B",
    ]
    assert not tei.xpath("//t:body//t:head[. = 'North block']", namespaces=NS)

"""Historical records in their OCR'd and typed copies: a head set apart over one block of
hard-wrapped turns, a page's head with its number at the left and the issue's at the right, the
Convention's name over the Moniteur's turns, the Globe's narration of motions and petitions and a
colonial council's opening prayer, a head's chair named with an abbreviated particle and the old
Reichstag's government bench in the spelling before 1901; and what only looks so (a board's
narration under a head, a member's own motion to adjourn, the Governor's own words), each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, texts


def test_a_head_set_apart_over_one_block_of_wrapped_turns_reads_the_block_as_wrapped() -> None:
    """A trial's head ("ВЕЧЕРНЕЕ ЗАСЕДАНИЕ …", "Стенографический отчет") set apart by the only
    blank line over turns typed with none, hard-wrapped ("Гусаров. Подсудимый Лемешев, где и
    когда вы познакомились с" / "Гордеевым?"): each surname and its stop opens a turn, as in a
    text with no blank line at all, and the wrapped line goes on with its speech."""
    root = tabled_tei("ru-trial-head-over-wrapped-turns.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["Подсудимый Лемешев, где и когда вы познакомились с Гордеевым?"]


def test_a_board_s_narration_under_a_head_stays_one_paragraph_of_no_turn() -> None:
    """A board's minutes under their head, one block of narration with "Resolved." and
    "Mr. Tanner. The clerk reported …" inside it: no turn, as before."""
    root = sample_tei("en-report-head-over-wrapped-narrative.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    assert "Mr. Tanner. The clerk reported" in " ".join(texts(root, "//t:body//t:p"))


def test_a_page_head_numbered_at_the_left_with_the_issue_at_the_right_is_furniture() -> None:
    """ "847          DIARIO DE SESIONES DE LAS CORTES.          NÚM. 31", an OCR'd page's
    head: the page at the left margin, the issue's number after "NÚM." at the right (no word
    for page): the running head, no label of the journal's title."""
    root = tabled_tei("es-cortes-ocr-page-head-left-number.txt")
    assert "DIARIO DE SESIONES" not in " ".join(texts(root, "//t:text//t:p"))


def test_the_convention_s_name_in_capitals_over_the_moniteur_s_turns_is_the_house() -> None:
    """ "CONVENTION NATIONALE." over "Présidence de Varennes." names the house as "ASSEMBLÉE
    NATIONALE." does: the record's title, no speaker, and the president's turn is Varennes's."""
    root = tabled_tei("fr-moniteur-convention-nationale-title.txt")
    assert texts(root, "//t:titleStmt/t:title[1]")[0].startswith("CONVENTION NATIONALE")


def test_the_globe_s_narrated_motion_and_petition_are_the_record_s_no_turns() -> None:
    """ "Mr. ALDERTON presented the memorial of …; which was referred to the Committee on
    Finance." and "Mr. GRAYLING moved that the Senate adjourn." narrate what members did: events
    of the sitting (the second its own paragraph under the last speech's sentence), no turns;
    "Mr. PELLEW. I move that the Senate adjourn; …" is the member's own motion, a turn."""
    root = tabled_tei("en-globe-narrated-motion-petition.txt")
    stages = texts(root, "//t:body//t:stage")
    assert stages[0].startswith("Mr. ALDERTON presented the memorial")
    assert "Mr. GRAYLING moved that the Senate adjourn." in stages
    assert texts(root, "//t:sp[2]/t:p") == ["The committee will report within the week."]
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("I move that the Senate adjourn;")


def test_a_colonial_council_s_opening_prayer_is_an_event_and_the_governor_s_words_a_turn() -> None:
    """ "HIS EXCELLENCY opened the Council with prayer." between the head and the turns: an event
    of the sitting, no label of a whole sentence; "HIS EXCELLENCY: Honourable Members, …" below
    such a line is the Governor's turn."""
    root = tabled_tei("en-legco-excellency-opened-with-prayer.txt")
    assert texts(root, "//t:body//t:stage") == ["HIS EXCELLENCY opened the Council with prayer."]
    root = tabled_tei("en-legco-excellency-speaks-after-prayer.txt")
    assert texts(root, "//t:body//t:stage") == ["HIS EXCELLENCY opened the Council with prayer."]


def test_a_head_s_chair_named_with_an_abbreviated_particle_is_a_field() -> None:
    """ "Vorsitzender: Eduard v. Simsfeld." in the Frankfurt assembly's head names who presides,
    the particle "v." abbreviated as the protocols print it: a field, no turn of the office's,
    as "Vorsitzender: Eduard Simsfeld." is."""
    root = tabled_tei("de-frankfurt-1848-chair-field-particle-v.txt")
    assert "Vorsitzender: Eduard v. Simsfeld." in " ".join(texts(root, "//t:text//t:p[not(ancestor::t:sp)]"))


def test_the_old_reichstag_s_government_bench_in_the_old_spelling_is_no_label() -> None:
    """ "Am Tische des Bundesraths: Staatssekretär Freiherr von Wendlingen." set apart over the
    first turn names who sat at the government's bench, as "Am Tische des Bundesrats:" does:
    no speaker."""
    root = tabled_tei("de-reichstag-1890-bench-field-old-spelling.txt")
    assert "am-tische-des-bundesraths" not in root.xpath("//t:person/@xml:id", namespaces=NS)


def test_asides_alone_in_brackets_under_a_head_are_no_lines_a_wrap_cut() -> None:
    """The Diet's committee under its head, set apart by the only blank line, one turn a line
    and its stenography's stops alone in their brackets ("〔速記中止〕"): the bracket's end is no
    sentence cut, so the lines stay one paragraph each and each aside its own stage, as before."""
    root = tabled_tei("ja-committee-stenography-stopped.txt")
    assert texts(root, "//t:sp[4]/t:p") == [
        "速記を起こしてください。",
        "それでは、政府参考人、簡潔にお答えください。",
    ]
    assert texts(root, "//t:sp/t:stage") == ["〔速記中止〕", "〔速記中止〕"]

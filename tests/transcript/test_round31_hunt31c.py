"""Shapes of congresses' and company calls' records: a party congress's sitting headed by its
number in Roman numerals and the body in CAPITALS; a company call's speaker in CAPITALS as name,
role and firm between commas; a wire's call transcript with each speaker between rules as wide as
the page; a council's roll call result under the last vote, and a board's note of a motion and
its result."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_congress_heading_with_its_roman_number_is_the_title() -> None:
    """ "XXIV СЪЕЗД КПСС. Вечернее заседание" over "Председательствующий (т. Воронов). …" and
    "Сомов. Товарищи делегаты! …": the congress is the house the record heads, its title, no
    speaker; the delegate's speech and its applause kept."""
    tei = tabled_tei("ru-syezd-heading-roman-numeral.txt")
    title = "".join(tei.xpath("//t:titleStmt/t:title[@type='main']//text()", namespaces=NS))
    assert "СЪЕЗД КПСС" in title
    assert not any("СЪЕЗД" in text for text in texts(tei, "//t:body//t:p"))
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[0].startswith("Товарищи делегаты! Хлеборобы Зауралья")
    assert tei.xpath("(//t:sp)[2]//t:incident | (//t:sp)[2]//t:stage | (//t:sp)[2]//t:kinesic", namespaces=NS)


def test_a_capitals_name_role_and_firm_is_one_label() -> None:
    """ "DELIA FONTAINE, CEO, MARWOOD FREIGHT: Thank you. …" and "SAM OKORO, ANALYST, HALE &
    BRIGG: Delia, …": name, role and firm up to the colon are one label, the role the person's
    and the firm the affiliation; each speech whole."""
    tei = tabled_tei("en-earnings-call-capitals-name-role-firm.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Thank you. Volumes rose in every lane we run."]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Delia, how much of that is pricing?"]
    delia = tei.xpath("//t:person[@xml:id='delia-fontaine']", namespaces=NS)[0]
    assert delia.get("role") == "CEO"
    assert texts(delia, "t:affiliation") == ["MARWOOD FREIGHT"]


def test_wide_rules_around_a_call_speaker_are_the_page_separators() -> None:
    """ "-----…-----" (eighty dashes) / "Irene Castell - Tallis Marine - CEO" / "-----…-----" and
    "=====…=====" / "Questions and Answers": the rules are no words of the record; the lines
    between them are the labels and the sections' headings, each speech a turn."""
    tei = tabled_tei("en-earnings-call-wide-rules-around-labels.txt")
    assert not any("---" in text or "===" in text for text in texts(tei, "//t:text//t:p | //t:text//t:head"))
    assert texts(tei, "//t:body//t:head") == ["Presentation", "Questions and Answers"]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Thanks. Will the two vessels be on long charters?"]


def test_a_council_roll_calls_result_is_no_words_of_the_last_voter() -> None:
    """ "COUNCILMEMBER IBARRA: No." / "Ayes: Teasdale, Moreau, Hargrove." / "Noes: Ibarra." /
    "Motion carried 3-1.": the result's lists, their names closed by a stop, are the record's
    notes after the turns, the member's vote his only words."""
    tei = tabled_tei("en-council-roll-call-ayes-noes-stop.txt")
    assert texts(tei, "(//t:sp)[8]/t:p") == ["No."]
    stages = texts(tei, "//t:body//t:stage")
    assert stages == ["Ayes: Teasdale, Moreau, Hargrove.", "Noes: Ibarra.", "Motion carried 3-1."]


def test_a_boards_note_of_a_motion_and_its_result_are_no_words_of_the_chair() -> None:
    """ "President Kowalek: … Is there a motion?" / "Motion by Amadi, seconded by Whitcombe, to
    adopt Ordinance 26-14. Vote: 5-0. Motion carried." and "CARRIED" / "For: Trustees …" /
    "Against: Trustee Haskins": the minutes' notes between the turns, every word kept, the
    chair's turns his words alone."""
    tei = tabled_tei("en-village-board-motion-seconded-carried.txt")
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Thank you. Is there a motion?"]
    assert texts(tei, "(//t:sp)[5]/t:p") == ["Next is the water main bid."]
    stages = texts(tei, "//t:body//t:stage")
    assert stages[0].startswith("Motion by Amadi, seconded by Whitcombe") and stages[0].endswith(
        "Motion carried."
    )
    assert stages[1] == "CARRIED For: Trustees Amadi, Whitcombe, Lund, Perez Against: Trustee Haskins"

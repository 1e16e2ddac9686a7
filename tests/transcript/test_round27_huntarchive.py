"""The twenty-seventh round's hunt in archival stenograms of party, state and government meetings:
a conference's minutes in the reporter's third person, a translated record's supplied forename and
translator's notes, the Polish citizen's address, an edition's sheet marks and archival reference."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_conferences_minutes_report_each_speaker_by_his_verb() -> None:
    """``THE PRESIDENT stated that …`` is the President's turn, no label of a whole sentence, and
    ``MARSHAL VOLKOV agreed …`` the Marshal's."""
    root = tabled_tei("en-memcon-minutes-reported-stated.txt")
    assert root.xpath("//t:person/@xml:id", namespaces=NS) == [
        "the-president",
        "marshal-volkov",
        "mr-halloran",
    ]
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("stated that the Foreign Ministers")
    assert texts(root, "//t:sp[4]/t:p") == ["then read the text of the report."]


def test_the_editors_supplied_forename_is_the_names() -> None:
    """``[Pak] Chol Su:`` opens Pak Chol Su's turns, his words no paragraph of nobody's."""
    root = tabled_tei("en-memcon-supplied-forename.txt")
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#pak-chol-su", "#sokolov", "#pak-chol-su"]
    assert root.xpath(
        "//t:person[@xml:id='pak-chol-su']/t:persName[@type='label']/text()", namespaces=NS
    ) == ["Pak Chol Su"]


def test_the_translators_note_in_brackets_is_a_note_not_a_voice() -> None:
    """``[Note by the translator: …]`` and ``[Translator's note: …]`` are the edition's notes,
    no person called the translator speaking in the turn."""
    root = tabled_tei("en-memcon-translator-note.txt")
    notes = texts(root, "//t:sp//t:note")
    assert [note.split(":")[0] for note in notes] == ["Note by the translator", "Translator's note"]
    assert not root.xpath("//t:said", namespaces=NS)
    assert root.xpath("//t:person/@xml:id", namespaces=NS) == ["gorshenin", "li-weiming"]


def test_the_polish_citizens_abbreviation_is_a_form_of_address() -> None:
    """``Ob. Nowicki:`` is a label as ``Tow. Nowicki:`` is, its speech no paragraph."""
    root = tabled_tei("pl-narada-obywatel.txt")
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#ob-nowicki", "#ob-zawadzka", "#ob-nowicki"]


def test_an_archival_sheet_mark_is_furniture_and_the_reference_the_sources() -> None:
    """``/Л. 45/`` between the halves of a sentence is the file's sheet, no stage; the reference
    ``РГАСПИ. Ф. 17. …`` under the last speech stands after it and names the file."""
    root = tabled_tei("ru-stenogramma-archive-sheet-reference.txt")
    assert not root.xpath("//t:stage", namespaces=NS)
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("так как обстановка в области еще не ясна.")
    assert texts(root, "//t:sp[3]/t:p") == ["Через месяц, не раньше."]
    assert texts(root, "//t:body//t:div/t:p")[-1].startswith("РГАСПИ. Ф. 17.")
    assert root.xpath("//t:msIdentifier/t:idno[@type='delo']/text()", namespaces=NS) == ["384"]


def test_a_hungarian_comrade_after_the_surname_alone_is_the_same_person() -> None:
    """``Fazekas elvtárs:`` is ``Fazekas Béla elvtárs:``, the comrade no word of the name."""
    root = tabled_tei("hu-kb-elvtars-surname-alone.txt")
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#fazekas-bela", "#toth-ilona", "#fazekas-bela"]

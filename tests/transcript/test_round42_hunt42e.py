"""Shapes of trials as their typed and copied records print them, each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml): an examination's heading alone with
its stop and no examiner ("DIRECT EXAMINATION.", "CROSS-EXAMINATION."), a title line with a dash
right above an office's label ("Ata da audiência – degravação" / "JUIZ: …"), and a numbered
accused with the name in brackets ("ACCUSED No. 1 (MOKOENA):")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_examination_heading_alone_with_its_stop_heads_the_questions() -> None:
    """ "DIRECT EXAMINATION." / "(By Mr. Adderly.)" / "Q. …": the heading of an examination that
    names no examiner, its stop after it, is the record's heading, no one's label; the questions
    below are the examiner's, the answers the witness's."""
    root = tabled_tei("en-trial-examination-heading-stopped.txt")
    assert texts(root, "//t:body//t:head") == ["DIRECT EXAMINATION.", "CROSS-EXAMINATION."]
    assert texts(root, "(//t:sp)[1]/t:p") == ["Where do you live, Mrs. Quinlan?"]


def test_an_examination_heading_with_its_colon_is_no_label_either() -> None:
    paragraphs = [
        "THE COURT: Call your witness.",
        "MR. HART: The defense calls Ruth Akers.",
        "REDIRECT EXAMINATION:",
        "Q. Did you see the car?",
        "A. I did.",
        "THE COURT: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE COURT:", "MR. HART:", "Q.", "A.", "THE COURT:"]


def test_an_examiner_s_office_stays_a_label() -> None:
    """Negative: an office that holds the word ("MEDICAL EXAMINER:", "THE EXAMINER:") is a
    speaker's label, no examination's heading."""
    paragraphs = [
        "THE CORONER: Please state your position.",
        "MEDICAL EXAMINER: I am the deputy chief medical examiner for the county.",
        "THE CORONER: Thank you. Go on.",
        "THE EXAMINER: The wounds were consistent with a fall.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "THE CORONER:",
        "MEDICAL EXAMINER:",
        "THE CORONER:",
        "THE EXAMINER:",
    ]


def test_a_title_line_over_an_office_s_label_is_no_head_of_it() -> None:
    """ "Ata da audiência de instrução – degravação do depoimento" / "JUIZ: Está aberta …": a
    line the wrap did not cut, right above an office's label whole with its colon, is the
    record's title, no name and role the office's line would end; the label is the office's."""
    root = tabled_tei("pt-tribunal-juri-titulo-travessao.txt")
    assert texts(root, "//t:body/t:div/t:p")[0] == "Ata da audiência de instrução – degravação do depoimento"
    assert texts(root, "(//t:sp)[1]/t:p") == ["Está aberta a audiência. Pode entrar a testemunha."]


def test_a_label_a_wrap_cut_inside_its_brackets_still_joins() -> None:
    """Negative: a label the wrap cut inside its brackets ("MR. JONES (Minister for" /
    "Finance): …") is still read whole over the two lines."""
    paragraphs = [
        "MADAM SPEAKER: The Minister.",
        "MR. JONES (Minister for\nFinance): Thank you, Madam Speaker.",
        "MADAM SPEAKER: Order.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "MADAM SPEAKER:",
        "MR. JONES (Minister for Finance):",
        "MADAM SPEAKER:",
    ]


def test_a_numbered_accused_with_the_name_in_brackets() -> None:
    """ "ACCUSED No. 1 (MOKOENA): …": an office, the sign of a number and its number, the
    holder's name in brackets, then the colon: one label, as "ACCUSED No. 1:" is."""
    root = tabled_tei("en-za-trial-accused-numbered-bracket.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["My Lady, I wish to say something about my statement."]


def test_a_numbered_item_with_a_note_in_brackets_stays_no_label() -> None:
    """Negative: an item of business so numbered ("Item No. 3 (continued): …") is the record's
    heading, no one's label."""
    paragraphs = [
        "CHAIR: We move on.",
        "Item No. 3 (continued): the budget for the coming year.",
        "MS LEE: Thank you, Chair.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["CHAIR:", "MS LEE:"]

"""Lines of the same shapes as the last round's rules that must keep their old reading, each in
an invented sample (labels in turns.toml, persons in ids.toml) or a few lines: an appearances
list's side under a counsel's name, a label in CAPITALS cut after its forename, a topic's word
with its stop over the speech among labels that all carry a form of address or an office."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_appearances_side_under_a_counsel_s_name_makes_no_label() -> None:
    """ "MR. DAVID LAM" / "On behalf of the Respondent:" in the appearances: the side he appears
    for leads on to no sentence after its colon, no speech; the name stays out of the turns."""
    root = tabled_tei("en-court-appearances-side-under-counsel.txt")
    assert "MR. DAVID LAM" not in texts(root, "//t:sp/t:speaker")
    assert texts(root, "(//t:sp)[1]/t:p")[0].startswith("My Lady, I appear for the applicant")


def test_a_phrase_leading_on_to_its_sentence_under_a_name_is_still_its_speech() -> None:
    """ "MS. HALE" / "On the first point:" / "the notice was never served.": the phrase leads on
    in lower case, the name over it a label."""
    paragraphs = [
        "THE CHAIR\nGood morning. Ms. Hale, you appear for the tenant.",
        "MS. HALE\nOn the first point:\nthe notice was never served, and the landlord knew it.",
        "THE CHAIR\nThank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIR", "MS. HALE", "THE CHAIR"]


def test_a_label_in_capitals_cut_after_its_forename_is_joined() -> None:
    """ "Mr. JOHN" / "HENRY SMITH: Mr. President, …": a narrow column's label cut in two, the
    form of address and a forename in CAPITALS no label whole."""
    root = tabled_tei("en-council-address-capitals-name-cut.txt")
    assert texts(root, "//t:sp[1]/t:speaker") == ["Mr. JOHN HENRY SMITH:"]
    assert "Mr. JOHN" not in texts(root, "//t:body//t:head")


def test_a_topic_word_with_its_stop_over_speech_among_addressed_labels_is_a_heading() -> None:
    """ "IRRIGATION." / blank line / "The Government has spent …" among "Mr. LANE:" turns, and
    "HAUSHALT." among "Abg. Keller (SPD):": a word alone where no speaker goes by a bare name is
    the topic's heading, no surname."""
    for sample in (
        "en-assembly-topic-word-stop-over-speech.txt",
        "de-landtag-topic-word-stop-over-speech.txt",
    ):
        root = tabled_tei(sample)
        assert not {"IRRIGATION.", "BUDGET.", "HAUSHALT."} & set(texts(root, "//t:sp/t:speaker"))


def test_two_topic_words_make_no_bare_names_of_each_other() -> None:
    """Two words alone with their stop ("HOUSING.", "DEFENCE.") among "Mr. X:" turns, each over
    speech: neither is the bare name that lets the other be a surname's label."""
    paragraphs = [
        "Mr. HART: I ask the Minister a question on notice.",
        "HOUSING.",
        "The waiting list has grown by a third this year.",
        "Mr. OAKES: The Minister will reply.",
        "DEFENCE.",
        "The barracks at the port are unfit for use.",
        "Mr. OAKES: That is noted.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Mr. HART:", "Mr. OAKES:", "Mr. OAKES:"]


def test_a_numbered_speaker_alone_after_a_turn_stays_a_label() -> None:
    """ "Member 2:" / "Juror 3:" alone over their speech after a turn: speakers, no numbered
    item's heading as "Q 2:" or "Item 4:" is."""
    text = (
        "CHAIR: The questions were sent in advance.\nMR ELLIS: Yes.\nQ 2:\nDid you sign it?\n"
        "MR ELLIS: I did.\nMember 2:\nWho approved the overrun?\nMR ELLIS: The board.\n"
        "Juror 3:\nMay I ask the witness a question?\nCHAIR: You may.\n"
    )
    root = text_tei(text, "en.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Member 2:" in speakers
    assert "Juror 3:" in speakers
    assert texts(root, "//t:body//t:head") == ["Q 2:"]
    assert not root.xpath("//t:body//t:head[contains(., 'Member')]", namespaces=NS)

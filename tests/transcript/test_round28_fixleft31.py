"""Shapes earlier rounds left, courts, hearings and notebooks: an office abbreviated word by word,
a witness's answer typed in CAPITALS after the label."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers, tabled_tei, text_tei, texts


def test_offices_abbreviated_word_by_word_are_whole_labels() -> None:
    """ "Ch. of Ex.: I can't find more than £4 m. …", "For. Sec.: …", "Ld. Pres.: …": each office's
    abbreviated words to its colon are one label, no stop cutting it, and "Pres.:" inside "Ld.
    Pres.:" no second turn; every speech stays whole."""
    tei = tabled_tei("en-cabinet-notebook-abbreviated-offices.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "I can't find more than £4 m. this year. Anything beyond that means a supplementary estimate."
    ]
    assert texts(tei, "(//t:sp)[3]/t:p") == [
        "The Americans will read any concession as weakness on the dollar."
    ]
    assert texts(tei, "(//t:sp)[4]/t:p")[0].startswith("The unions will not wait")


def test_a_witness_answer_in_capitals_is_the_witness_speech() -> None:
    """ "SVJEDOK: NISAM GA VIDIO.": the words after the label are a sentence of the record's
    language, the witness's answer in its turn, no heading naming the witness."""
    tei = tabled_tei("hr-sud-svjedok-answer-capitals.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["NISAM GA VIDIO."]
    assert not tei.xpath("//t:body//t:head[contains(., 'NISAM')]", namespaces=NS)


def test_a_reported_saying_at_a_line_start_stays_the_speech() -> None:
    """ "मंत्री ने कहा: हम इस पर विचार कर रहे हैं …" and "وزیر بهداشت گفت: ذخیره دارو …" set at a
    line's start by a hard wrap inside a member's speech: the verb of saying before the colon is
    narration, the member's turn goes on to its end."""
    hindi = tabled_tei("hi-sabha-reported-speech-wrapped.txt")
    said = " ".join(texts(hindi, "(//t:sp)[2]/t:p"))
    assert "मंत्री ने कहा: हम इस पर विचार" in said and said.endswith("लाभ मिलेगा?")
    persian = tabled_tei("fa-majlis-reported-speech-wrapped.txt")
    said = " ".join(texts(persian, "(//t:sp)[2]/t:p"))
    assert "وزیر بهداشت گفت: ذخیره دارو" in said and said.endswith("پاسخ بدهد.")


def test_a_lettered_list_read_twice_stays_the_speech() -> None:
    """ "… two options before it tonight:" / "A: Keep Route 7 …" / "B: Move Route 7 …", and again
    after "To repeat the two choices for the minutes:": each run of letters opens after a
    lead-in's colon and goes on in the alphabet's order, the officer's list, no turns."""
    tei = tabled_tei("en-council-lettered-options-read.txt")
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[1].startswith("A: Keep Route 7") and said[2].startswith("B: Move Route 7")
    assert said[-1] == "B: Move Route 7 to Harbour Road."


def test_a_conversation_lettered_a_and_b_still_takes_turns() -> None:
    """ "A: The water came up …" / "B: We had nowhere to go …" / "A: …" / "B: …": the letters go
    back and forth with no lead-in before each run, two voices taking turns."""
    tei = text_tei(
        "Recorded interview, 3 May 2019. Two residents of the estate describe the flood.\n\n"
        "A: The water came up the stairs by six in the morning.\n\n"
        "B: We had nowhere to go. The ground floor was gone by seven.\n\n"
        "A: The council sent a boat at noon, not before.\n\n"
        "B: And nobody told us where we would sleep that night.\n"
    )
    assert speakers(etree.tostring(tei)) == ["A:", "B:", "A:", "B:"]


def test_a_court_minutes_clause_giving_the_floor_opens_the_turn() -> None:
    """ "Aberta a audiência, pelo MM. Juiz foi dito: que tentou a conciliação …" / "Dada a palavra
    ao advogado da autora, por ele foi dito: que reitera …": the clause names who speaks, a turn
    of the judge and of each counsel, the clause kept whole as the printed label and the speech
    after it."""
    tei = tabled_tei("pt-br-audiencia-termo-foi-dito.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("que tentou a conciliação")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "que reitera os termos da inicial e requer a juntada dos recibos apresentados nesta data."
    ]
    assert texts(tei, "//t:body//t:p")[0].startswith("Processo nº 0001234")


def test_a_video_clip_played_is_a_turn_of_no_person() -> None:
    """ "[Video Clip]: Our family has run the bakery …": the clip's words are a turn apart from the
    mayor's who announced it, and what speaks is a recording, a ``personGrp`` of that role, no
    person."""
    tei = tabled_tei("en-council-video-clip-played.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Our family has run the bakery")
    assert tei.xpath("//t:personGrp[@xml:id='video-clip']/@role", namespaces=NS) == ["recording"]
    assert not tei.xpath("//t:person[@xml:id='video-clip']", namespaces=NS)


def test_offices_in_a_record_typed_in_lower_case_open_turns() -> None:
    """ "predsednik: začenjam sejo odbora. …" / "sekretar: hvala. …" / "poročevalka: …" in minutes
    whose lines never open with a capital: the offices open turns, the head's line a paragraph
    of its own."""
    tei = tabled_tei("sl-odbor-labels-lower-case.txt")
    assert texts(tei, "//t:body//t:div/t:p") == ["zapisnik 4. seje odbora za kulturo, 12. marca 2024"]
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("začenjam sejo odbora.")


def test_an_office_in_lower_case_under_capitalised_lines_opens_no_turn() -> None:
    """ "Predsednik: Začenjam sejo." / "sekretar: …" where the record's lines open with capitals:
    the line in lower case is a wrapped sentence's, no office's label."""
    tei = text_tei(
        "Predsednik: Začenjam sejo odbora. Besedo dajem\nsekretar: tako je zapisal v gradivu.\n\n"
        "Poročevalka: Hvala za besedo.\n"
    )
    assert speakers(etree.tostring(tei)) == ["Predsednik:", "Poročevalka:"]

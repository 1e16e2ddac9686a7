"""A fourth reviewer's counter-examples to the twenty-seventh round's last rules: a speaker's own
words that a new rule took for the edition's notes or the record's stages (a list after cited
sections, a minute read out in the first person, a deputy's list after dashes)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_numbered_amendments_after_cited_sections_stay_the_speech() -> None:
    """ "1 Strike out …" / "2 Add after …" closing the last turn, the speech having cited
    "Section 2.1" and "section 4.2": the digits after a point are the sections', no marks of
    notes; the list stays Ms. Farrow's and no note is made."""
    tei = tabled_tei("en-committee-amendments-read-at-end.txt")
    assert not tei.xpath("//t:body//t:note", namespaces=NS)
    last = texts(tei, "(//t:sp)[4]/t:p")
    assert last[0] == "Our amendments read:"
    assert last[-1].startswith("2 Add after the last line")


def test_a_committee_minute_read_in_the_first_person_stays_the_witness() -> None:
    """ "The Committee - Agreed that we would hold the report back …, and that I would tell the
    minister myself.": the witness reads the minute out, her words; no stage and her turn goes
    on unbroken to "That is what it says"."""
    tei = tabled_tei("en-inquiry-witness-reads-committee-minute.txt")
    assert not tei.xpath("//t:body//t:stage", namespaces=NS)
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[1].startswith("The Committee - Agreed that we would hold")
    assert said[2].startswith("That is what it says")


def test_a_deputys_dashed_list_of_a_mayors_acts_stays_her_speech() -> None:
    """ "- Suspende a sessão da Câmara Municipal sempre que …" / "- Encerra a sessão sem votar o
    orçamento, …": no chair nor hour after the session's verb, her list, no notes of the
    assembly's acts; the assembly's own "- Abre a sessão o Sr. X." is still a stage."""
    tei = tabled_tei("pt-br-assembleia-speech-dash-list-sessao.txt")
    stages = texts(tei, "//t:body//t:stage")
    assert stages == ["- Abre a sessão o Sr. Ricardo Teixeira."]
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[1].startswith("- Suspende a sessão") and said[2].startswith("- Encerra a sessão")
    assert said[-1] == "Isso não é democracia. Muito obrigada."


def test_a_deputys_dashed_list_of_another_chair_stays_her_speech() -> None:
    """ "- O prefeito deixa a presidência do consórcio …" / "- Passa-se ao largo de tudo, …": no
    chair of the sitting and no order of the day in capitals, her list, no notes."""
    tei = tabled_tei("pt-br-assembleia-speech-dash-presidencia.txt")
    assert texts(tei, "//t:body//t:stage") == ["- Abre a sessão o Sr. Ricardo Teixeira."]
    said = texts(tei, "(//t:sp)[2]/t:p")
    assert said[1].startswith("- O prefeito deixa") and said[2].startswith("- Passa-se ao largo")


def test_a_count_read_line_by_line_keeps_its_numbers() -> None:
    """ "Ward 1, Mr Abbot, votes 11" / "Ward 2, Ms Bell, votes 12" …: numbers rising at the lines'
    ends one space after the words are the count's, no right margin's line numbers; the votes
    stay in the clerk's speech."""
    tei = tabled_tei("en-council-count-numbers-line-ends.txt")
    said = " ".join(texts(tei, "(//t:sp)[2]/t:p"))
    assert "Mr Abbot, votes 11" in said and "Ms Frost, votes 16" in said

"""Short excerpts of the records of the Americas in the shapes their copies print: a web page's
space before a label's stop (Chile), a chair's label alone over the agenda with its party
(Brazil), a heading naming the chair with a particle (Mexico), a Caribbean Hansard flattened to a
paragraph a page, a town council's ata quoting each speech (Brazil), a US state journal's
narration: the speakers, the persons and the stages."""

from __future__ import annotations

from label_samples import NS, sample_tei, speakers, text_tei, texts, turn_ids
from stenogram.tei.convert import convert_text


def test_a_label_with_its_stop_set_apart_before_the_dash_is_a_turn() -> None:
    """A label whose stop a web copy set apart ("El señor FERRADA .-") is a turn of its own: the
    space before the stop had run it into the chair's speech above."""
    tei = sample_tei("es-cl-camara-stop-apart.txt")
    assert turn_ids(tei)[1:4] == ["el-senor-ferrada", "el-senor-valdebenito", "la-senora-carrasco"]
    assert texts(tei, "//t:sp[2]/t:p[1]")[0].startswith("Señor Presidente , la bancada")
    spaced = "El señor RIVAS.- Tiene la palabra.\nEl señor MORA .- Gracias.\n"
    assert speakers(convert_text(spaced.encode(), "x.txt").tei) == ["El señor RIVAS.-", "El señor MORA .-"]


def test_a_chair_label_alone_on_its_line_keeps_the_party_between_its_dashes() -> None:
    """The chair's label alone over the agenda ("O SR. PRESIDENTE - ROBERTO MACEDÔNIA - PSB -") is
    the label as printed, the party with it; "PSB -" had been read as his speech."""
    tei = sample_tei("pt-br-alesp-label-alone-party.txt")
    assert (
        tei.xpath("//t:sp/t:speaker/text()", namespaces=NS)[2]
        == "O SR. PRESIDENTE - ROBERTO MACEDÔNIA - PSB -"
    )
    assert "PSB -" not in texts(tei, "//t:sp/t:p")


def test_a_heading_names_the_chair_in_full_with_the_particles_inside_the_surnames() -> None:
    """A heading naming the chair ("Presidencia del" / "C. RAMIRO DE LA GARZA TREVIÑO") names him
    in full, not cut at the particle after the forename ("C. Ramiro")."""
    tei = sample_tei("es-mx-diario-presidencia-particula.txt")
    assert turn_ids(tei)[0] == "c-ramiro-de-la-garza-trevino"
    name = tei.xpath("//t:person[@xml:id='c-ramiro-de-la-garza-trevino']/t:persName[1]", namespaces=NS)[0]
    assert " ".join(name.xpath("string()").split()) == "C. Ramiro de la Garza Treviño"


def test_a_flattened_hansard_reads_the_labels_after_the_item_headings() -> None:
    """A label in Mixed case after an item's heading in CAPITALS ("LEAVE OF ABSENCE Madam
    Speaker:"), after an applause in brackets ("[Desk thumping] Sen. X:") and a minister's office
    after a sentence ("The Minister of Works (Hon. X):") each open a turn; no heading is a label
    or a person, and the chair's bracket names no one by the heading after it."""
    tei = sample_tei("en-tt-flattened-headings-labels.txt")
    assert "madam-speaker" in turn_ids(tei)
    persons = tei.xpath("//t:person/@xml:id", namespaces=NS)
    assert not any("absence" in ident or "election" in ident for ident in persons)
    headed = text_tei("ELECTION OF SPEAKER Clerk of the House: Hon. Members, I invite nominations.\n")
    assert headed.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["Clerk of the House:"]


def test_a_journal_paragraph_saying_the_chair_took_its_seat_is_a_stage() -> None:
    """A journal's paragraph saying the chair took its seat ("The Speaker assumed the chair.") is
    its narration: a stage, no label over the paragraph below."""
    tei = sample_tei("en-us-state-journal-assumed-chair.txt")
    assert "The Speaker assumed the chair." in texts(tei, "//t:stage")
    assert turn_ids(tei) == ["representative-okafor", "representative-lindgren"]


def test_an_ata_quoting_each_speech_after_its_speaker_gives_each_a_turn() -> None:
    """A town council's ata in one paragraph, each speech quoted after "O Senhor Presidente:" or
    "O vereador X:" and the sentence before it: the article before the office or the form of
    address opens a label inside the line."""
    tei = sample_tei("pt-br-ata-falas-entre-aspas.txt")
    assert turn_ids(tei)[:3] == [
        "o-senhor-presidente",
        "o-vereador-joaquim-prado-neves",
        "o-senhor-presidente",
    ]
    assert texts(tei, "//t:sp[5]/t:p")[0] == "“apoio o pedido do colega”."

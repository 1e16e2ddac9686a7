"""Hearings and trials whose outline headings stand beside labels that look like them: a German
criminal court's record, whose judge is printed by initial and surname ("I. Hartmann:") while a
defendant reads a statement under an outline's headings ("I. Zur Person:" / "II. Zur Sache:").
The heading is read so only in the shape a heading is printed in; the initial's label speaks. A
Brazilian Câmara CPI's shorthand notes, each page headed by the house, the committee and the
file's number and date, where a speech's line that ends a page reads as the committee's line. A
British inquiry's transcript, labels alone on their line in Mixed case, naming each witness
examined in CAPITALS over the part.
Each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_judges_initial_i_speaks_beside_an_outline_in_mixed_case() -> None:
    """ "I. Hartmann:" before the judge's speech on its line is an initial and a surname, though
    the statement read below sets "I. Zur Person:" over "II. Zur Sache:": the judge keeps both
    turns, and the statement's headings stay in the defendant's speech, no turn of their own."""
    root = tabled_tei("de-lg-hauptverhandlung-initial-gliederung.txt")
    weber = texts(root, "//t:sp[@who='#k-weber'][1]")[0]
    assert "I. Zur Person:" in weber and "II. Zur Sache:" in weber


def test_a_judges_initial_alone_on_its_line_speaks_over_an_outline() -> None:
    """The same record with its labels alone above the speech: "I. Hartmann:" is one word after
    the numeral, a surname, where a heading names its part in more ("I. Zur Person:")."""
    root = text_tei(
        "I. Hartmann:\nIch eröffne die Verhandlung.\n\n"
        "K. Weber:\nIch lese vor.\n\nII. Zur Sache:\n\nIch war nicht dort.\n\n"
        "I. Hartmann:\nDanke.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["I. Hartmann:", "K. Weber:", "I. Hartmann:"]


def test_a_speech_line_like_the_pages_committee_line_stays_in_the_speech() -> None:
    """The house and the committee over each page's dated head are furniture, but a speech's
    last line before the page's end that reads as the committee's line ("CPI - Fraudes no
    INSS") is no twin of the head: the house's line taken off between them parts them, and the
    speech keeps its words across the page."""
    root = tabled_tei("pt-br-camara-cpi-fala-igual-cabecalho.txt")
    souza = texts(root, "//t:sp[@who='#o-sr-joao-souza'][1]/t:p")
    assert souza == [
        "Obrigado, Sr. Presidente. Em março, o relatório parcial da CPI - Fraudes no INSS "
        "chegou ao meu gabinete, e eu o encaminhei ao Ministério no mesmo dia."
    ]
    assert "CÂMARA DOS DEPUTADOS" not in " ".join(texts(root, "//t:body//t:p"))


def test_a_head_printed_twice_at_the_top_of_each_page_is_still_taken_off() -> None:
    """A running head with its page number that a copy prints twice over each page, a blank line
    between, stays furniture in both its printings: the speeches keep their labels and none of
    the head's words."""

    def page(number: int) -> str:
        head = f"Deutscher Bundestag – 21. Wahlperiode – 45. Sitzung. Berlin, 4. Dezember 2026 {number}"
        return f"{head}\n\n{head}\n\n"

    root = text_tei(
        page(5431)
        + "Präsidentin Julia Klöckner: Die Sitzung ist eröffnet.\n\f"
        + page(5432)
        + "Dr. Anna Lenz (SPD): Vielen Dank, Frau Präsidentin.\n\f"
        + page(5433)
        + "Präsidentin Julia Klöckner: Die Sitzung ist geschlossen.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Präsidentin Julia Klöckner:",
        "Dr. Anna Lenz (SPD):",
        "Präsidentin Julia Klöckner:",
    ]
    assert "Wahlperiode" not in " ".join(texts(root, "//t:body//t:p"))


def test_a_witness_named_in_capitals_over_the_part_heads_it() -> None:
    """ "THOMAS BRANDT" in CAPITALS alone over "Counsel" names the witness examined next, as
    "ANNA WEBER" does above the first part: where his labels with words are printed in Mixed case
    ("Thomas Brandt"), the line in CAPITALS with nothing under it is the part's heading, a
    paragraph kept as printed, no silent turn."""
    root = tabled_tei("en-inquiry-witness-heading-capitals.txt")
    assert "THOMAS BRANDT" in texts(root, "//t:body//t:p")
    assert not root.xpath("//t:sp[not(t:p[normalize-space()])]", namespaces=NS)


def test_a_label_in_capitals_alone_of_one_printed_so_throughout_stays_a_turn() -> None:
    """A speaker whose every label is in CAPITALS keeps a label with nothing under it as a
    turn of its own: no Mixed-case printing of his says the CAPITALS head a part."""
    root = text_tei(
        "COUNSEL\nGood morning.\n\nTHOMAS BRANDT\n\nCOUNSEL\nMr Brandt?\n\n"
        "THOMAS BRANDT\nYes.\n\nCOUNSEL\nThank you.\n"
    )
    speakers = texts(root, "//t:sp/t:speaker")
    assert speakers.count("THOMAS BRANDT") == 2

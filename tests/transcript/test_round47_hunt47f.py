"""Shapes of round 47 in Lusophone and Hispanophone records outside Europe, each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml): a paragraph of a speech that
opens by addressing the chair ("Señor presidente: vamos a …") under the Argentine record's "Sr.
Presidente (X).-" labels; the Spanish "Excmo."/"Excma." stacked before "Sr."/"Sra." ("EXCMO. SR.
PRESIDENTE:"); OCR's spaced hyphen glued to the speech's capital ("O SR. X -Sr. Presidente,
…"); and a bill's enacting formula read out ("La Legislatura de la Provincia resuelve:"), no
label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_the_chair_addressed_as_a_paragraph_opens_under_abbreviated_chair_labels() -> None:
    """ "Señor presidente: nuestro interbloque …" inside Sra. Quintana's turn: the chair is
    labelled "Sr. Presidente (Almirón).-", so the words are her vocative, no turn of their own."""
    root = tabled_tei("es-ar-diputados-vocative-paragraph.txt")
    assert any(p.startswith("Señor presidente: nuestro interbloque") for p in turn_paragraphs(root))
    assert turn_ids(root)[1] == "sra-quintana"


def test_the_chair_words_alone_stay_the_label_where_no_label_names_the_chair() -> None:
    """With no other label naming the president, "Señor presidente:" over lower case may be
    the chair's own label, as before: an excerpt that prints only it."""
    root = text_tei(
        "Acta de la sesión\n\nSeñor presidente: se abre la sesión y se pone a consideración el acta.\n\n"
        "Señor secretario: hay quórum, señor presidente.\n"
    )
    assert turn_speakers(root)[:1] == ["Señor presidente:"]


def test_excelentisimo_stacked_before_the_form_of_address_is_the_label_s() -> None:
    """ "EXCMO. SR. PRESIDENTE:", "EXCMA. SRA. DIPUTADA X:": the abbreviation's stop is no
    sentence's end; the whole line start is the label."""
    root = tabled_tei("es-gq-camara-excmo-stacked.txt")
    assert turn_speakers(root)[0] == "EXCMO. SR. PRESIDENTE:"
    assert not any(p == "EXCMO." for p in turn_paragraphs(root))


def test_an_ocr_hyphen_glued_to_the_speech_after_a_titled_label() -> None:
    """ "O SR. OSVALDO PIMENTA -Sr. Presidente, …": OCR's spaced dash lost its space after."""
    root = tabled_tei("pt-br-anais-ocr-hyphen-glued.txt")
    assert turn_paragraphs(root)[1].startswith("Sr. Presidente, Srs. Deputados")
    assert turn_paragraphs(root)[2] == "Com a palavra o Deputado Rui Toledo."


def test_a_hyphen_glued_to_a_capital_after_plain_words_is_no_dash() -> None:
    """ "Porto Alegre -Capital …", a sentence's words with no form of address nor office before
    the hyphen: no label."""
    root = text_tei(
        "ATA DA SESSÃO\n\nO SR. PRESIDENTE - Está aberta a sessão.\n\n"
        "Porto Alegre -Capital do Estado foi escolhida para o encontro.\n\n"
        "O SR. PRESIDENTE - Obrigado.\n"
    )
    assert turn_speakers(root) == ["O SR. PRESIDENTE -", "O SR. PRESIDENTE -"]


def test_a_bill_s_enacting_formula_read_out_is_no_label() -> None:
    """ "La Legislatura de la Provincia resuelve:" over the articles the secretary reads."""
    tabled_tei("es-ar-legislatura-resuelve-read.txt")
    root = text_tei(
        "Sr. Secretario (Godoy).- Dice así:\n\nLa Legislatura de la Provincia resuelve:\n\n"
        "Artículo 1°: Declarar de interés legislativo la Feria del Libro.\n\nArtículo 2°: De forma.\n"
    )
    assert turn_speakers(root) == ["Sr. Secretario (Godoy).-"]
    assert "La Legislatura de la Provincia resuelve:" in turn_paragraphs(root)


def test_an_office_holder_who_resolves_with_a_capital_after_is_still_a_label() -> None:
    """The verbs are narration only as a label's last word: "Sr. Presidente (Barrionuevo).-"
    saying "Se resuelve: …" keeps his label."""
    root = text_tei(
        "Sr. Presidente (Barrionuevo).- Se resuelve: aprobar el acta.\n\nSra. Maldonado.- Pido la palabra.\n"
    )
    assert turn_speakers(root) == ["Sr. Presidente (Barrionuevo).-", "Sra. Maldonado.-"]

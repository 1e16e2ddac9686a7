"""Labels of Latin America, Iberia and the Portuguese-speaking world: the roll of those present
that a Brazilian assembly's record opens with, the members named after the plural form of
address ("ACHAM-SE PRESENTES OS SRS. DEPUTADOS:"), and the row of fields a transcription
office's head sets side by side ("Sessão: 087.3.57.O   Hora: 14:36   Fase: GE"): no turns; and
what only looks so (a secretary's tally read in columns on his label's line), each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, texts


def _outside(root: object) -> str:
    """The text of the record outside its turns, the head's title with it."""
    return " ".join(texts(root, "//t:text//t:p[not(ancestor::t:sp)]") + texts(root, "//t:titleStmt/t:title"))


def test_the_members_a_roll_names_after_the_plural_form_of_address_are_no_label() -> None:
    """ "ÀS 15 HORAS ACHAM-SE PRESENTES OS SRS. DEPUTADOS:" over the names present: the stop of
    "SRS." ends no sentence, so "DEPUTADOS:" opens no turn; the roll stays the head's text."""
    root = tabled_tei("pt-br-assembleia-presentes-os-srs.txt")
    assert "ACHAM-SE PRESENTES OS SRS. DEPUTADOS:" in _outside(root)
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Havendo número legal")


def test_the_salute_to_the_members_after_the_plural_stays_the_speech() -> None:
    """ "— Sr. Presidente, Srs. Deputados: O Governo falhou …", a speech's salute with the same
    plural before its colon: no label "Srs. Deputados:", the deputy's speech goes on."""
    root = sample_tei("pt-ar-deputado-party-bracket.txt")
    assert len(root.xpath("//t:sp", namespaces=NS)) == 5
    assert "Srs. Deputados: O Governo falhou e continua a falhar." in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_the_spanish_plural_before_the_councillors_present_is_no_label_either() -> None:
    """ "… se reúnen en la Sala de Sesiones los Sres. Concejales:" over the councillors' names: the
    sentence goes on past "Sres.", no "Concejales:" turn; the acta's labels follow."""
    root = tabled_tei("es-acta-concejo-presentes-los-sres.txt")
    assert "los Sres. Concejales:" in _outside(root)


def test_a_transcription_office_s_row_of_fields_is_no_label() -> None:
    """The Câmara's stenographic department's head, "CÂMARA DOS DEPUTADOS - DETAQ" over
    "Sessão: 087.3.57.O   Hora: 14:36   Fase: GE" and "Orador: …   Data: …": its lines joined
    into one paragraph read as "… DETAQ Sessão:", but another field with its colon after the
    value and a wide gap makes it a form's row, no turn."""
    root = tabled_tei("pt-br-detaq-campos-cabecalho.txt")
    outside = _outside(root)
    assert "DETAQ" in outside
    assert "Hora: 14:36" in outside
    assert root.xpath("count(//t:sp)", namespaces=NS) == 3


def test_a_tally_read_in_columns_after_a_label_keeps_the_label() -> None:
    """ "El señor SECRETARIO: Votos a favor: 14     En contra: 3     Abstenciones: 1": the gaps and
    the fields come after the speech's own first field, its colon before the first gap: the
    secretary's turn, read once."""
    root = tabled_tei("es-comision-secretario-votos-en-columnas.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Votos a favor: 14")

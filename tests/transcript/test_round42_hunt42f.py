"""Municipal and regional councils' minutes of continental Europe and Latin America (invented
samples; labels in turns.toml, persons in ids.toml): the ordinals that number a Spanish,
Catalan or Portuguese resolution's points ("PRIMERO.- Aprobar …", "SEGUNDO: Facultar …",
"ÚNICO: Instar …"), the minutes' closing note ("Nota: La sesión se transmitió …",
"Observaciones: …"), a French council's deputy by an ordinal in figures ("Mme la 1ère
Adjointe :", "M. le 2e adjoint :"), Vienna's feminine abbreviated mayor and deputy mayor
("Bgm.in", "Vbgm.in"), a Mexican cabildo's master's title ("MTRA.", "MTRO.") and the mayor
of the Balearic Islands' councils ("El batle:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_resolution_s_numbered_points_are_no_speakers() -> None:
    """ "PRIMERO.-", "SEGUNDO:", "TERCERO.-" and "ÚNICO:" number what the Pleno resolves."""
    root = tabled_tei("es-pleno-acuerdo-ordinales.txt")
    paragraphs = texts(root, "//t:div//t:p")
    assert "SEGUNDO: Facultar a la Alcaldía para su firma." in paragraphs
    assert "ÚNICO: Instar a la Consejería de Educación a establecer una segunda ruta." in paragraphs


def test_an_ordinal_inside_an_office_still_names_a_speaker() -> None:
    """The ordinal after an office or opening a deputy's title is no resolution's point."""
    paragraphs = [
        "ACTA DEL PLENO",
        "El Sr. Vicepresidente Segundo: Se abre la sesión.",
        "SEGUNDO TENIENTE DE ALCALDE: Lo explico ahora.",
        "El Sr. Vicepresidente Segundo: Gracias.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "es.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "El Sr. Vicepresidente Segundo:",
        "SEGUNDO TENIENTE DE ALCALDE:",
        "El Sr. Vicepresidente Segundo:",
    ]


def test_the_minutes_closing_note_is_a_field() -> None:
    """ "Nota:" and "Observaciones:" under the last turn are the secretary's, no voice."""
    root = tabled_tei("es-concejo-nota-final.txt")
    assert "Nota" not in " ".join(texts(root, "//t:sp/t:speaker"))
    assert "Observaciones: El regidor Arias se retiró a las 20:15." in texts(root, "//t:div//t:p")


def test_a_deputy_numbered_by_an_ordinal_in_figures() -> None:
    """ "Mme la 1ère Adjointe :" and "M. le 2e adjoint :" are the first and second deputies."""
    root = tabled_tei("fr-conseil-adjointe-ordinal.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["J'ajoute que le quotient familial est maintenu."]


def test_an_ordinal_in_figures_in_a_sentence_stays_speech() -> None:
    """A sentence with a date's ordinal before its colon is no deputy's label."""
    paragraphs = [
        "M. le Maire : Les tarifs changent.",
        "Le 1er janvier prochain, voici ce qui entre en vigueur : la gratuité pour le troisième enfant.",
        "Mme Royer : Très bien.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "fr.txt")
    assert texts(root, "//t:sp/t:speaker") == ["M. le Maire :", "Mme Royer :"]


def test_vienna_s_feminine_mayor_and_deputy_mayor() -> None:
    """ "Bgm.in" and "Vbgm.in" are the mayor's and deputy mayor's offices, the interjection's
    "(Zwischenruf von Vbgm.in …)" stays a stage direction."""
    root = tabled_tei("de-at-gemeinderat-vbgm-in.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Danke, Frau Bürgermeisterin.")
    assert "Zwischenruf von Vbgm.in Sabine Lechner." in " ".join(texts(root, "//t:stage"))


def test_a_master_s_title_in_a_cabildo_s_label() -> None:
    """ "MTRA." and "MTRO." (maestra, maestro) before the name end no sentence."""
    root = tabled_tei("es-mx-cabildo-mtra.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Antes de votar, pido que conste mi voto razonado en el acta."]


def test_the_batle_is_a_mayor() -> None:
    """ "El batle:" is the mayor of a Mallorcan council, as "L'alcalde:" is."""
    root = tabled_tei("ca-ple-batle-mallorca.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Bon vespre.")


def test_the_minutes_narrating_the_batle_stay_narration() -> None:
    """The minutes' sentence about the mayor before a colon is no label."""
    paragraphs = [
        "El batle: Passam al segon punt.",
        "El batle explica que hi ha tres propostes sobre la taula:",
        "El Sr. Riera: Hi votarem a favor.",
    ]
    root = text_tei("\n".join(paragraphs) + "\n", "ca.txt")
    assert texts(root, "//t:sp/t:speaker") == ["El batle:", "El Sr. Riera:"]

"""The samples laid out again as users' copies lay them out, a ninth pass: the shapes those
copies showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_dialogue_dash_under_a_name_alone_stays_the_speechs() -> None:
    """A name alone on its line with the speech's dialogue dash glued to the first word of the
    line below, no blank line between ("El señor PRESIDENTE" / "—Se abre la sesión."): the label
    without the dash, which stays the speech's, where the dash had been read as the label's
    stop cut onto the next line."""
    root = tabled_tei("es-senado-etiqueta-sobre-guion-sin-blanco.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "—Se abre la sesión. Tiene la palabra el senador Quintana Roldán."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["—Muchas gracias, señoría."]


def test_bar_labels_in_wrapped_lines_without_blank_lines_open_their_turns() -> None:
    """A report hard-wrapped with no blank line between turns, each speaker before a bar: the
    member's label under the wrapped end of the chair's sentence and the chair's under the
    repeated page title open their turns, where both had run on in the speech above."""
    root = tabled_tei("lb-chamber-bar-wrapped-no-blank.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Merci, Monsieur le Président. Le ministre")
    assert texts(root, "//t:sp[3]/t:p") == ["Madame la Ministre, vous avez la parole."]


def test_a_verb_of_saying_alone_over_a_whole_quotation_is_a_label() -> None:
    """A council's minutes with who said it, the verb and a colon alone on a line and the
    direct speech wholly quoted on the line below ("La Concejal Arrieta expresó:" / "“Gracias,
    …”."): the labels, as with the quotation on their line, where all three had stayed the
    narration's paragraphs."""
    root = tabled_tei("es-ar-concejo-expreso-cita-abajo.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["“Acompañamos el pedido”."]

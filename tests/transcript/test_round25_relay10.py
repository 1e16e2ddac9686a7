"""The samples laid out again as users' copies lay them out, a tenth pass: the shapes those
copies showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_caseless_sentence_wrapped_after_its_comma_keeps_its_label() -> None:
    """An Arabic news copy wrapped at a narrow width, no final stops: the member's clause after
    the comma runs on onto the line below, a sentence and not a roll of names, so the member's
    label opens a turn where it had run on in the speech above."""
    root = tabled_tei("ar-news-wrapped-clause-after-comma.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("اللجنة البرلمانية المختصة")


def test_the_chairs_office_after_a_form_of_address_alone_on_its_line_is_a_label() -> None:
    """A Senate copy with each label alone above its speech: the chair's form of address, article
    and office ("Mme la présidente.") opens the chair's turns, where it had been read as a
    sentence and the chair's words had run on in the record's head and the member's speech."""
    root = tabled_tei("fr-senat-presidente-seule-sur-sa-ligne.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["La parole est à Mme la ministre."]


def test_a_quotation_opened_after_the_verb_of_saying_and_going_on_below_is_quoted() -> None:
    """A typed acta whose member's quotation is parted after its first sentence at the line's
    end: who said it and the verb open the member's turn, as with the quotation closed on the
    line, where the label and its quotation had run on as narration."""
    root = tabled_tei("es-ar-concejo-expreso-cita-mecanografiada.txt")
    assert texts(root, "//t:sp[2]//t:p") == [
        "“Gracias, señor Presidente.",
        "Solicito que el expediente vuelva a comisión”.",
    ]

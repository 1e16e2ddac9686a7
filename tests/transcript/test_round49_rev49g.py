"""Round 49's review of the Latin American range (hunt49d): the vereador's "ver." read as a
second form of address only after an abbreviated one ("O SR. VER. X –"), where a whole word that
is a form of address in another language ("me", the French Maître) before the Portuguese verb
"ver." left the sentence unended and swallowed the label run on after it."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

_CHAIR = "O SR. PRESIDENTE (Rogério Tavares) –"
_HEAD = f"CÂMARA MUNICIPAL DE VALE DO JACUÍ\n\n{_CHAIR} Declaro aberta a reunião.\n"


def test_ver_after_a_pronoun_ends_its_sentence_before_a_run_on_label() -> None:
    """ "… vieram me ver. O SR. PRESIDENTE (X) – …" on one line: "me" is the Portuguese pronoun,
    no abbreviated form of address, so "ver." is the verb ending the sentence and the chair's
    label run on after it opens its turn (sample with the range's "O SR. VER. X –" beside it)."""
    root = tabled_tei("pt-br-camara-me-ver-runon.txt")
    assert any(para.endswith("vieram me ver.") for para in turn_paragraphs(root))


def test_ver_after_an_abbreviated_form_of_address_is_still_the_labels() -> None:
    """ "O SR. VER. OTAVIANO LEITE –": after "SR." the vereador's abbreviation stays one label
    with the name, the range's shape, while "me ver." in the speech before keeps its stop."""
    line = "O SR. VER. OTAVIANO LEITE – Os moradores pediram para me ver. Fui ontem.\n"
    root = text_tei(_HEAD + line + f"{_CHAIR} Obrigado.\n", "pt.txt")
    assert turn_speakers(root) == [_CHAIR, "O SR. VER. OTAVIANO LEITE –", _CHAIR]
    assert "Os moradores pediram para me ver. Fui ontem." in turn_paragraphs(root)

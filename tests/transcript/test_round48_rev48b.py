"""A French minister's portfolio of capitalised areas read with the adjectives after them, and
its limits: a verb of the report ends as the adjective does ("Le Ministre de la Santé réplique :",
"… applique :", "… critique :"), and one such word alone after one area, last before the colon,
is left to the office's other readings; a verb opening with its elided reflexive pronoun ("Le
Ministre de l'Intérieur s'explique :") is a clause, no adjective. A portfolio of two adjectives
("Le Ministre de l'Enseignement technique et professionnel :") or of several areas stays whole."""

from __future__ import annotations

from label_samples import sample_tei, text_tei, turn_paragraphs, turn_speakers

_OPENING = (
    "ASSEMBLÉE NATIONALE\nQuestions au Gouvernement\n\n"
    "M. le Président : La parole est à M. Ebogo.\n"
    "M. Ebogo : Monsieur le Ministre, où en est la campagne ?\n"
)


def test_a_report_verb_ending_as_an_adjective_stays_speech() -> None:
    """ "Le Ministre de la Santé réplique : les travaux …" and "… s'explique : les listes …", a
    report's sentences inside the member's turn; the minister with two adjectives a label."""
    root = sample_tei("fr-cm-assemblee-ministre-verbe-ique.txt")
    speakers = turn_speakers(root)
    assert "Le Ministre de l'Enseignement technique et professionnel :" in speakers
    assert not any("réplique" in label or "explique" in label for label in speakers)
    said = turn_paragraphs(root)
    assert any(p.startswith("Le Ministre de la Santé réplique : les travaux") for p in said)
    assert any(p.startswith("Le Ministre de l'Intérieur s'explique : les listes") for p in said)


def test_one_area_and_a_verb_in_ique_before_a_lower_case_speech() -> None:
    """ "applique", "critique", "communique" after one area: the report's verbs, no portfolio's
    adjective; the line stays in the member's turn."""
    for verb in ("applique", "critique", "communique"):
        text = (
            _OPENING + f"Le Ministre de la Santé {verb} : les crédits arrivent bientôt.\nM. Ebogo : Merci.\n"
        )
        root = text_tei(text, "fr.txt")
        assert f"Le Ministre de la Santé {verb} :" not in turn_speakers(root), verb
        assert any(f"{verb} : les crédits" in p for p in turn_paragraphs(root)), verb


def test_a_portfolio_of_areas_and_adjectives_stays_a_label() -> None:
    """Negative of the narrowing: "de la Santé publique" alone, "de l'Intérieur et de la Sécurité
    publique" and "de l'Enseignement technique et professionnel" remain the minister's labels."""
    for office in (
        "Le Ministre de la Santé publique",
        "Le Ministre de l'Intérieur et de la Sécurité publique",
        "Le Ministre de l'Enseignement technique et professionnel",
    ):
        root = text_tei(_OPENING + f"{office} : Les crédits arrivent bientôt.\nM. Ebogo : Merci.\n", "fr.txt")
        assert f"{office} :" in turn_speakers(root), office
        assert "Les crédits arrivent bientôt." in turn_paragraphs(root), office

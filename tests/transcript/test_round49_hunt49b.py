"""Shapes of sub-national parliaments' records, each in an invented sample (labels in turns.toml,
persons in ids.toml): a cantonal council's resolution after its body's office, the decision or
the vote's tally after the colon ("Der Kantonsrat beschliesst:", "Der Kantonsrat beschliesst mit
104 : 61 Stimmen …"), a sentence and no speaker; the Parlament de Catalunya's member printed
alone on a line with two surnames, the chair having announced her by her forename and first
surname ("té la paraula la diputada senyora Marta Vilaró." over "Marta Vilaró i Casals"), and the
member's request to the office she addresses, a sentence of her speech ("Consellera, li demano
el següent:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. A house's resolution after its body's office


def test_cantonal_resolution_and_tally_are_no_labels() -> None:
    """The council's resolution, with its tally or its decision below, stays the text of the turn
    it follows;
    the members' labels with party and place and the executive's office stay labels."""
    root = tabled_tei("de-kantonsrat-resolution-tally.txt")
    paragraphs = turn_paragraphs(root)
    tally = "Der Kantonsrat beschliesst mit 104 : 61 Stimmen (bei 2 Enthaltungen), dem Antrag der Kommission"
    assert any(para.startswith(tally) for para in paragraphs)
    assert "Der Kantonsrat beschliesst:" in paragraphs
    # a tally inside a member's speech stays hers
    assert any("mit 9 : 6 Stimmen" in para for para in turn_paragraphs(root))


def test_resolution_in_french_and_motion_formula_are_no_labels() -> None:
    """ "Le Conseil d'Etat décide :" and "Der Landtag wolle beschließen:" are a decree's and a
    motion's sentences; an office with its holder and an office with its body in the genitive
    ("M. le conseiller d'Etat Dufour.", "Der Präsident der Kommission:") stay labels."""
    root = text_tei(
        "Le président. Nous passons au vote.\n"
        "M. Jean Dufresne (PLR). Merci, Monsieur le président.\n"
        "Le Conseil d'Etat décide :\n"
        "Art. 2 Entrée en vigueur.\n"
        "M. le conseiller d'Etat Dufour. Merci.\n"
        "Le président. Merci.\n",
        "fr.txt",
    )
    assert turn_speakers(root) == [
        "Le président.",
        "M. Jean Dufresne (PLR).",
        "M. le conseiller d'Etat Dufour.",
        "Le président.",
    ]
    root = text_tei(
        "Präsident Wilfried: Ich lasse abstimmen.\n"
        "Abg. Mair (FPÖ): Ich stelle den Antrag.\n"
        "Der Landtag wolle beschließen:\n"
        "Die Landesregierung wird aufgefordert.\n"
        "Der Präsident der Kommission: Ich berichte kurz.\n"
        "Präsident Wilfried: Danke.\n",
        "de.txt",
    )
    assert turn_speakers(root) == [
        "Präsident Wilfried:",
        "Abg. Mair (FPÖ):",
        "Der Präsident der Kommission:",
        "Präsident Wilfried:",
    ]


def test_surname_like_resolution_verb_stays_a_label() -> None:
    """A member whose surname is spelt as a resolution's word ("Abg. Wolle (SPD):", "Präsident
    Wolle:") keeps the label: only a word in lower case after the office reads as the verb."""
    root = text_tei(
        "Präsident Wolle: Ich eröffne die Sitzung.\n"
        "Abg. Wolle (SPD): Danke, Herr Präsident.\n"
        "Präsident Wolle: Danke.\n",
        "de.txt",
    )
    assert turn_speakers(root) == ["Präsident Wolle:", "Abg. Wolle (SPD):", "Präsident Wolle:"]


# 2. A Catalan member alone on her line, two surnames, announced by the first


def test_two_surnames_announced_by_the_first_are_a_label() -> None:
    """The member printed alone with no punctuation, once, after the chair gave her the floor by
    forename and first surname: a label; her request to the minister is her speech."""
    root = tabled_tei("ca-parlament-two-surnames-bare.txt")
    assert "Marta Vilaró i Casals" in turn_speakers(root)
    assert any(
        para.startswith("Gràcies, presidenta. Consellera, li demano") for para in turn_paragraphs(root)
    )

"""Round 49's reviewer (rev49j) of fix49d and fix49e: a State speaking for a group
(`group_behalf`) narrowed so a speech's thanks or a member's own group before the colon stays
speech, the State's label still taken."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_thanks_on_behalf_of_a_group_stay_the_speech() -> None:
    """ "Thanks on behalf of the Government: Mr. President, …", "Congratulations on behalf of our
    group: …": a speech's thanks (an opener of the language) or a group the speaker owns (a
    possessive) before the colon is no State; "Eastland on behalf of a group of countries:" stays
    the State's label."""
    root = tabled_tei("en-unhrc-thanks-on-behalf-speech.txt")
    paragraphs = turn_paragraphs(root)
    assert paragraphs[4].startswith("Thanks on behalf of the Government: Mr. President, our")
    assert paragraphs[5].startswith("Congratulations on behalf of our group: Mr. President, we")


def test_french_thanks_au_nom_de_mon_groupe_stay_the_speech() -> None:
    """ "Merci au nom de mon groupe : Monsieur le Président, …": French thanks (`openers` fr) and a
    possessive (`phrase_openers` fr) before the colon are a speech's words; "Norlande au nom des
    pays nordiques :" is still the State's label."""
    root = text_tei(
        "Le Président : Je donne la parole à la délégation de la Norlande.\n\n"
        "Norlande au nom des pays nordiques : Merci, Monsieur le Président. Nous saluons le rapport.\n\n"
        "Le Président : La parole est à la délégation suivante.\n\n"
        "Merci au nom de mon groupe : Monsieur le Président, nous regrettons les retards.\n\n"
        "Merci au nom de tous : Monsieur le Président, la délégation d'Ostrie remercie l'Expert.\n\n"
        "Le Président : Merci. L'Expert indépendant a la parole.\n",
        "fr-cdh.txt",
    )
    assert turn_speakers(root) == [
        "Le Président :",
        "Norlande au nom des pays nordiques :",
        "Le Président :",
        "Le Président :",
    ]


def test_congratulations_on_behalf_of_us_all_stay_the_speech() -> None:
    """ "Congratulations on behalf of us all: Mr. President, …": congratulations open a speech's
    sentence (`openers` en) as thanks do, no State's name; the State after it keeps its label."""
    root = text_tei(
        "President: I now give the floor to Norland.\n\n"
        "Norland on behalf of the Nordic-Baltic group: Thank you, Mr. President. We welcome the report.\n\n"
        "President: I give the floor to Westmark.\n\n"
        "Westmark: Thank you, Mr. President.\n\n"
        "Congratulations on behalf of us all: Mr. President, we thank the Rapporteur.\n\n"
        "President: Thank you.\n"
    )
    assert turn_speakers(root) == [
        "President:",
        "Norland on behalf of the Nordic-Baltic group:",
        "President:",
        "Westmark:",
        "President:",
    ]

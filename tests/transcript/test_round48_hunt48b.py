"""Shapes of African francophone and Malagasy records, each in an invented sample (labels in
turns.toml, persons in ids.toml): the no-break or narrow space French typography sets before a
label's colon ("M. le Président\u00a0:"); a minister's portfolio of capitalised areas with their
adjectives and nouns in lower case ("Le Ministre de l'Intérieur et de la Décentralisation du
territoire :", "La Ministre de l'Enseignement primaire, secondaire et de l'Alphabétisation, chargée
de la Formation professionnelle :"); the Malagasy forms of address, chair and minister ("Andriamatoa
Filoha :", "Ramatoa Minisitry ny Fahasalamana sy ny Fanabeazana :"); a committee report's
"Observations de la commission :" over its text, a field."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, outside_turns, speakers, tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. The no-break space before the colon


def test_no_break_space_before_colon_keeps_office_labels() -> None:
    root = tabled_tei("fr-ne-assemblee-nbsp-colon.txt")
    printed = speakers(etree.tostring(root))
    assert printed[0] == "M. le Président\u00a0:"  # as printed, its no-break space kept
    assert printed[2] == "M. le Ministre de l’Hydraulique\u202f:"
    assert "Merci. La séance est levée." in turn_paragraphs(root)


def test_no_break_space_before_a_sentence_colon_stays_speech() -> None:
    root = text_tei(
        "Séance du 2 mars 2026\n\nM. le Président\u00a0: La séance est ouverte.\n\n"
        "M. Paul Koné\u00a0: Monsieur le Président, je cite l’article 12\u00a0:\n"
        "Le mandat des conseillers est de cinq ans.\n\n"
        "Le Ministre de la Justice explique\u00a0:\nLe texte sera amendé.\n\n"
        "M. le Président\u00a0: Merci.\n"
    )
    assert turn_speakers(root) == ["M. le Président :", "M. Paul Koné :", "M. le Président :"]


# 2. A minister's portfolio: capitalised areas, their adjectives and nouns in lower case


def test_portfolio_with_adjectives_and_nouns_is_one_label() -> None:
    root = tabled_tei("fr-cg-assemblee-portefeuille-adjectifs.txt")
    assert "Le Ministre de l'Intérieur et de la Décentralisation du territoire :" in turn_speakers(root)
    assert "Quatre cents enseignants" not in " ".join(outside_turns(root))


def test_portfolio_then_a_verb_stays_a_sentence() -> None:
    root = tabled_tei("fr-cg-assemblee-portefeuille-adjectifs.txt")
    assert not any("explique" in label for label in turn_speakers(root))
    root = text_tei(
        "Séance du 9 avril 2026\n\nLe Président : La séance est ouverte.\n\n"
        "M. Alain Mbemba : Je rappelle ce que nous avons entendu.\n"
        "Le Ministre de la Santé publique déclare :\nLes hôpitaux sont prêts.\n"
        "Le Ministre de l'Intérieur a répondu ceci :\nNous avons renforcé les patrouilles.\n\n"
        "Le Président : Merci.\n"
    )
    assert turn_speakers(root) == ["Le Président :", "M. Alain Mbemba :", "Le Président :"]


def test_adjective_endings_are_read_in_french_only() -> None:
    # the same shape in Spanish keeps its reading: a sentence's adjective and verb after the area
    root = text_tei(
        "Sesión del 9 de abril de 2026\n\nEl señor Presidente: Se abre la sesión.\n\n"
        "El señor Gómez: Señor Presidente, lo dijo ayer\n"
        "el Ministro de la Salud pública y explicó:\nel plan está listo.\n\n"
        "El señor Presidente: Gracias.\n",
        "es.txt",
    )
    assert turn_speakers(root) == ["El señor Presidente:", "El señor Gómez:", "El señor Presidente:"]


# 3. Malagasy: forms of address, the chair, the minister and her portfolio


def test_malagasy_minister_with_portfolio_is_a_label() -> None:
    root = tabled_tei("mg-antenimierampirenena-minisitra.txt")
    chair = root.xpath("//t:person[@xml:id='andriamatoa-filoha']/@role", namespaces=NS)
    assert chair == ["chair"]


def test_malagasy_sentence_about_the_minister_stays_speech() -> None:
    root = text_tei(
        "Fivoriana ampahibemaso\n\nAndriamatoa Filoha : Manokatra ny fivoriana aho.\n\n"
        "Atoa Rabe Naivo : Misaotra. Ny Minisitra dia nilaza tamin'ny herinandro fa:\n"
        "tsy misy vola intsony.\n\nAndriamatoa Filoha : Misaotra.\n"
    )
    assert turn_speakers(root) == ["Andriamatoa Filoha :", "Atoa Rabe Naivo :", "Andriamatoa Filoha :"]


# 4. A committee report's observations: a field over its text


def test_observations_of_the_committee_is_a_field() -> None:
    root = tabled_tei("fr-sn-commission-observations.txt")
    assert "Observations de la commission :" not in turn_speakers(root)
    assert "Les commissaires ont approuvé le budget du ministère à la majorité." in " ".join(
        outside_turns(root) + turn_paragraphs(root)
    )


def test_observations_in_a_speech_stay_speech() -> None:
    root = text_tei(
        "Séance du 2 mars 2026\n\nM. le Président : La séance est ouverte.\n\n"
        "Mme Awa Sall : J'ai deux observations : la première porte sur le calendrier.\n\n"
        "M. le Président : Merci.\n"
    )
    assert turn_speakers(root) == ["M. le Président :", "Mme Awa Sall :", "M. le Président :"]
    assert "J'ai deux observations : la première porte sur le calendrier." in turn_paragraphs(root)

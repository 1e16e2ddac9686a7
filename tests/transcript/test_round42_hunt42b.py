"""Shapes of the records of international assemblies, constituent conventions and sports
federations' congresses, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a Dutch chair's heading ("Voorzitterschap van mevrouw X, voorzitster"), an
agenda's point numbered in words ("Ponto Um:"), a Nordic minutes' dissent ("Reservation:"), a
convention's member by her title ("La convencional señora X.-"), a hearing's title over the chair
and its holder alone on their line ("Chairperson (Mr X, Hungary, EPP/CD):"), an Estonian
minutes' decision ("Otsus:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_dutch_chair_s_heading_names_the_chair_and_is_no_label() -> None:
    """ "Voorzitterschap van mevrouw Wouters, voorzitster" heads the Handelingen as "Présidence de
    M. X" heads the compte rendu: who presides, no turn; "De voorzitster. —" below is her."""
    root = tabled_tei("nl-benelux-voorzitterschap-van.txt")
    assert "Voorzitterschap van mevrouw Wouters, voorzitster" not in texts(root, "//t:sp/t:speaker")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Geachte collega's")


def test_a_dutch_sentence_on_the_chair_s_term_stays_speech() -> None:
    """A speech that opens with the same words ("Voorzitterschap van de Raad: …") is no heading."""
    root = text_tei(
        "De voorzitter. — Het woord is aan de heer Maes.\n\n"
        "De heer Maes (B). — Voorzitterschap van de Raad: dat is wat wij vragen, voorzitter.\n\n"
        "De voorzitter. — Dank u.\n",
        "nl.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["De voorzitter. —", "De heer Maes (B). —", "De voorzitter. —"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Voorzitterschap van de Raad:")


def test_an_agenda_point_numbered_in_words_is_no_speaker() -> None:
    """ "Ponto Um:" / "Ponto Dois:", as a Portuguese association's ata numbers its order of the
    day, is a point and its number spelled out, as "Ponto 1:" is: no label."""
    root = tabled_tei("pt-federacao-ponto-um.txt")
    assert "Ponto Dois:" in texts(root, "//t:body//t:head | //t:body//t:p")
    for line in ("Item one:", "Punto primero:"):
        tei = text_tei(f"{line}\n\nChair: Good morning.\n\nMs Lee: Thank you.\n\nChair: Next.\n", "en.txt")
        assert texts(tei, "//t:sp/t:speaker") == ["Chair:", "Ms Lee:", "Chair:"]


def test_a_name_after_a_division_word_stays_a_speaker() -> None:
    """Only a number after the word makes a division: "Ponto Silva:" is no point, and a member
    whose name is a division's word with his surname ("Mr Item:") keeps his label."""
    root = text_tei(
        "Presidente: Bom dia.\n\nPonto Silva: Obrigado, Presidente.\n\nPresidente: Obrigado.\n",
        "pt.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Presidente:", "Ponto Silva:", "Presidente:"]


def test_a_nordic_minutes_dissent_is_the_secretary_s_entry() -> None:
    """ "Reservation: X reserverade sig mot beslutet." under "Beslut:" is the minutes' entry of
    who reserved, no speaker: it stays in the last turn, as the decision does."""
    root = tabled_tei("sv-forbund-stamma-reservation.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("Reservation: Göteborgs Kanotklubb")


def test_a_speaker_named_reservation_within_a_sentence_stays_speech() -> None:
    """The word inside a speech ("… med en reservation: vi …") is no field."""
    root = text_tei(
        "Ordföranden: Ordet är fritt.\n\nAnna Berg, Kanotklubben: Vi stöder förslaget med en reservation: avgiften.\n\n"
        "Ordföranden: Tack.\n",
        "sv.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Ordföranden:", "Anna Berg, Kanotklubben:", "Ordföranden:"]


def test_a_convention_s_member_by_her_title_is_a_label() -> None:
    """ "La convencional señora FUENTES.-" / "El convencional señor IBACACHE.-": the member of the
    convention by that title before her form of address, as "El diputado señor X.-" is."""
    root = tabled_tei("es-convencion-convencional-senora.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Coordinadora, no estoy de acuerdo con ese orden."]
    assert texts(root, "//t:sp[3]/t:stage") == ["-(Murmullos en la sala)."]


def test_the_title_in_a_sentence_stays_speech() -> None:
    """A speech opening with the word ("Convencional Fuentes, ¿desea responder?") and a sentence
    about arms ("Las armas convencionales.-") stay no labels."""
    root = text_tei(
        "La señora PRESIDENTA.- Convencional Fuentes, ¿desea responder? Le quedan dos minutos.\n\n"
        "La convencional señora FUENTES.- Sí. Hablamos de armas convencionales y de nada más, Presidenta.\n\n"
        "La señora PRESIDENTA.- Gracias.\n",
        "es.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "La señora PRESIDENTA.-",
        "La convencional señora FUENTES.-",
        "La señora PRESIDENTA.-",
    ]


def test_a_hearing_s_title_over_the_chair_and_its_holder_is_no_head_of_that_label() -> None:
    """ "Hearing on … – transcript" / blank / "Chairperson (Mr X, Hungary, EPP/CD):" / speech: the
    title's line, its own and uncut, is the title; the office and its holder in brackets alone
    on their line with the colon last are the whole label."""
    root = tabled_tei("en-coe-hearing-title-over-chairperson.txt")
    assert texts(root, "//t:front//t:titlePart | //t:body/t:div/t:head")[-1] == (
        "Hearing on the detention of asylum seekers – transcript"
    )


def test_an_office_cut_by_the_wrap_over_its_holder_stays_one_label() -> None:
    """A long office whose line the wrap cut ("… Foreign Affairs and" / "Minister for Europe (Ms
    X):") is one label over the two lines: only a line not cut stays above the label."""
    root = text_tei(
        "Committee on Foreign Affairs\n"
        "Deputy Minister of Foreign Affairs and\nMinister for Europe (Ms Anna Holm):\nThank you, Chair.\n\n"
        "Chairperson:\nThank you.\n\nMs Lee (Norway):\nA question.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker")[0] == (
        "Deputy Minister of Foreign Affairs and Minister for Europe (Ms Anna Holm):"
    )


def test_an_estonian_minutes_decision_is_no_speaker() -> None:
    """ "Otsus: Kinnitada …" under the turns is the minutes' decision, as "Beslut:" is."""
    root = tabled_tei("et-olumpiakomitee-uldkogu-otsus.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("Otsus: Kinnitada")


def test_a_flemish_minutes_decision_is_no_speaker() -> None:
    """ "Beslissing: De jaarrekening wordt goedgekeurd." stays in the last turn, no label."""
    root = text_tei(
        "Voorzitter Hilde Claes: Welkom. We keuren de jaarrekening goed.\n\n"
        "Penningmeester Jan Wouters: Er is een klein overschot.\n\n"
        "Beslissing: De jaarrekening wordt goedgekeurd.\n",
        "nl.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Voorzitter Hilde Claes:", "Penningmeester Jan Wouters:"]
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("Beslissing:")

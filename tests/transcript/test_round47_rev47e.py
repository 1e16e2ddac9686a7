"""Narrowings of the disciplinary tribunals' shapes, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): an office and its body in the genitive before a verb
of saying in the present that no list named yet is a sentence that reports a speech ("La
secrétaire du comité note :", "El alcalde de la ciudad señala:", "A ministra da saúde lembra:"),
where the body closing the label is one ("Le représentant du conseil départemental :"); a name
in CAPITALS, its dash and a party's or a body's short names in CAPITALS before the office held
in Mixed case is a label ("ANGUS REID — SNP MSP, Cabinet Secretary:"), no heading run into a
field; a panel's seats in the plural are a count or a field ("Lay members: two"), where the seat
printed once is a label ("Lay member:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_body_in_the_genitive_before_a_present_verb_stays_speech() -> None:
    """ "La secrétaire du comité note :" and "Le préfet du département annonce :" in the chair's
    speech report what was written, the body's noun and the verb two words in lower case as an
    adjective would be; "Le représentant du conseil départemental :" printed once is a label."""
    root = tabled_tei("fr-ordre-pv-organe-genitif-verbe-present.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Le président du conseil :",
        "Le représentant du conseil départemental :",
        "Mme Lestrade :",
        "Le président du conseil :",
    ]
    said = " ".join(texts(root, "//t:body//t:p"))
    assert "La secrétaire du comité note : trois établissements" in said
    assert "Le préfet du département annonce : une inspection" in said


def test_romance_sentences_of_an_office_its_body_and_a_verb() -> None:
    """Negative, each line a sentence reporting a speech in French, Spanish, Italian or
    Portuguese, its verb in the present or the preterite after the body in the genitive."""
    text = (
        "El alcalde: Se abre la sesión.\n"
        "La ministra de sanidad recuerda: no habrá cierres.\n"
        "El alcalde de la ciudad señala: el presupuesto está cerrado.\n"
        "El consejero de hacienda advierte: No hay fondos.\n"
        "El presidente del gobierno respondió: Hay que esperar.\n"
        "Il ministro della salute dichiara: nessuna chiusura.\n"
        "A ministra da saúde lembra: nada muda.\n"
        "Le président du tribunal tranche : la demande est rejetée.\n"
        "Sra. Ruiz: Votaremos a favor.\n"
    )
    assert _speakers(text) == ["El alcalde:", "Sra. Ruiz:"]


def test_a_genitive_body_label_printed_once_holds() -> None:
    """A short excerpt, each label once: the body in the genitive closing the label, two parts
    of it, and the French doctor by article and title."""
    text = (
        "Le représentant du conseil départemental : Nous maintenons la plainte.\n"
        "Le président de la commission de discipline : Merci.\n"
        "Le docteur Martin : Je conteste.\n"
    )
    assert _speakers(text) == [
        "Le représentant du conseil départemental :",
        "Le président de la commission de discipline :",
        "Le docteur Martin :",
    ]


def test_a_capitals_name_and_an_office_after_short_names_in_capitals() -> None:
    """ "ANGUS REID — SNP MSP, Cabinet Secretary:", "ANNA BERG — UN OHCHR Representative:": the
    role turns from CAPITALS to Mixed case, but its last word is an office or a participant's,
    the capitals a party's and a body's short names: one label each, the whole role kept."""
    root = tabled_tei("en-panel-capitals-name-party-office.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "CHAIR:",
        "ANGUS REID — SNP MSP, Cabinet Secretary:",
        "ANNA BERG — UN OHCHR Representative:",
        "CHAIR:",
    ]


def test_a_capitals_heading_run_into_a_field_stays_no_label() -> None:
    """Negative: the heading in CAPITALS and its dash run into the next line's field, whose word
    is no office ("APPEAL TRIBUNAL Parties:"), is still no label."""
    text = (
        "NATIONAL ANTI-DOPING PANEL — APPEAL TRIBUNAL Parties: UK Anti-Doping and Mr. D. Harrow\n"
        "THE CHAIR: Good morning.\n"
        "MR. HARROW: Good morning.\n"
    )
    assert _speakers(text) == ["THE CHAIR:", "MR. HARROW:"]


def test_a_panels_seats_in_the_plural_are_a_count_or_a_field() -> None:
    """Negative: "Lay members: two.", "Committee members: see appendix B.", "Représentants
    présents : six.", "Arbitres assistants : deux." count or list the seats or the officials;
    the singular, alone or before the holder's name or the body, is a label ("Panel member
    Smith:", "La représentante du personnel :", "L'arbitre de la rencontre :")."""
    text = (
        "Chair: We begin with apologies.\n"
        "Lay members: two.\n"
        "Committee members: see appendix B.\n"
        "Board members present: four.\n"
        "Committee member: I have a question on item 4.\n"
        "Panel member Smith: The evidence is thin.\n"
        "Chair: Thank you.\n"
    )
    assert _speakers(text) == [
        "Chair:",
        "Committee member:",
        "Panel member Smith:",
        "Chair:",
    ]
    french = (
        "Le président : La séance est ouverte.\n"
        "Représentants présents : six.\n"
        "Arbitres assistants : deux.\n"
        "L'arbitre de la rencontre : J'ai vu le geste.\n"
        "La représentante du personnel : Nous demandons un vote.\n"
        "Le président : Entendu.\n"
    )
    assert _speakers(french) == [
        "Le président :",
        "L'arbitre de la rencontre :",
        "La représentante du personnel :",
        "Le président :",
    ]

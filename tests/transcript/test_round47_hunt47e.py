"""Shapes of professional disciplinary tribunals, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): a French disciplinary chamber's doctor or professor
by the article and the title before the surname ("Le docteur X :", "La professeure Y :"), and an
office with the body whose it is in the genitive after its link, closing the label in lower case
("Le représentant du conseil départemental :", "Le président de la chambre :"); and a tribunal's
heading in CAPITALS with its dash over a field of the head, which a paragraph's reading joins
("NATIONAL ANTI-DOPING PANEL — APPEAL TRIBUNAL" / "Parties: …"), no label; a fitness-to-practise
panel's members by their seat in Mixed case ("Lay member:", "Registrant member:"); a labour
arbitration's arbitrator and grievant printed once ("Arbitrator:", "Grievant:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_the_doctor_and_the_professor_by_article_and_title() -> None:
    """ "Le docteur Ferrand :" and "La professeure Olivier :" printed once each: the title after
    its article before the surname, as "La veuve X :" is; the sentence in the chair's speech that
    reports what the doctor said stays hers."""
    root = tabled_tei("fr-chambre-disciplinaire-docteur-article.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Le docteur Ferrand :" in speakers
    assert "La professeure Olivier :" in speakers
    said = texts(root, "//t:body//t:p")
    assert any(p.startswith("Silence, je vous prie. Le docteur nous a dit : il a remis") for p in said)


def test_a_doctor_reported_stays_speech() -> None:
    """Negative: the title after its article before a verb of saying reports what the doctor said
    ("Le docteur nous a dit :", "Le professeur a écrit :"), no label."""
    text = (
        "Le président : La parole est au témoin.\n"
        "Le docteur nous a dit : Rien de grave.\n"
        "Le professeur a écrit : Le patient va bien.\n"
        "Me Renaud : Merci.\n"
    )
    assert _speakers(text) == ["Le président :", "Me Renaud :"]


def test_an_office_with_its_body_in_the_genitive() -> None:
    """ "Le représentant du conseil départemental :", "Le représentant du ministère public :":
    the body whose the office is after "du", two words in lower case closing the label, no
    sentence; the line that reports what the jury's president answered stays speech."""
    root = tabled_tei("fr-ordre-representant-organe-genitif.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert speakers[1:3] == [
        "Le représentant du conseil départemental :",
        "Le représentant du ministère public :",
    ]
    assert "Le président du jury répond :" not in speakers
    text = (
        "Le président de la commission de discipline : La séance est ouverte.\n"
        "La présidente du conseil de l'ordre : Merci.\n"
    )
    assert _speakers(text) == [
        "Le président de la commission de discipline :",
        "La présidente du conseil de l'ordre :",
    ]


def test_a_body_in_the_genitive_before_a_verb_of_saying_stays_speech() -> None:
    """Negative: the office, its body in the genitive and a verb of saying is a sentence that
    reports a speech ("La présidente de séance conclut :", "El presidente de la comisión dijo:"),
    and so does one whose auxiliary follows the body ("Le président du jury a tranché :")."""
    text = (
        "Le président : La parole est au témoin.\n"
        "La présidente de séance conclut : Merci à tous.\n"
        "El presidente de la comisión dijo: Basta.\n"
        "Le président du jury a tranché : Pas de remise.\n"
        "Me Renaud : Merci.\n"
    )
    assert _speakers(text) == ["Le président :", "Me Renaud :"]


def test_a_heading_with_its_dash_over_a_field_is_no_label() -> None:
    """ "NATIONAL ANTI-DOPING PANEL — APPEAL TRIBUNAL" over "Parties: UK Anti-Doping and …", read
    as one paragraph: the role's words turn from CAPITALS to Mixed case before the colon, the next
    line's field run into the heading, no speaker; the turns below are the tribunal's."""
    root = tabled_tei("en-sport-tribunal-heading-dash-field.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert speakers[0] == "THE CHAIR:"
    assert not any("Parties" in speaker for speaker in speakers)


def test_a_name_in_capitals_and_its_role_after_the_dash_stay_labels() -> None:
    """Negative: a name in CAPITALS, its dash and a role all in Mixed case or all in CAPITALS
    ("JANE MOSS — Shareholder:", "PETER LANG – FINANCE DIRECTOR:") is a label still."""
    text = (
        "CHAIR: We take questions.\n"
        "JANE MOSS — Shareholder: Why was the dividend cut?\n"
        "PETER LANG – FINANCE DIRECTOR: Because of the write-down.\n"
        "CHAIR: Thank you.\n"
    )
    assert _speakers(text) == [
        "CHAIR:",
        "JANE MOSS — Shareholder:",
        "PETER LANG – FINANCE DIRECTOR:",
        "CHAIR:",
    ]


def test_a_panels_members_by_their_seat() -> None:
    """ "Lay member:" and "Registrant member:" printed once each in Mixed case: a disciplinary
    panel's seats, as "Council member" is an office; the panel's list in the head stays a field."""
    root = tabled_tei("en-uk-fitness-to-practise-lay-registrant-member.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Lay member:" in speakers
    assert "Registrant member:" in speakers
    assert not any(speaker.startswith("Panel members") for speaker in speakers)


def test_a_sentence_about_a_panel_member_stays_speech() -> None:
    """Negative: the seat's words opening a sentence that reports what the member did ("The lay
    member asked:", "Panel member then said:") are no label."""
    text = (
        "Chair: We resume.\n"
        "Ms Hart: The lay member asked: Why did you wait?\n"
        "Panel member then said: That is not what the notes show.\n"
        "Chair: Thank you.\n"
    )
    assert _speakers(text) == ["Chair:", "Ms Hart:", "Chair:"]


def test_a_labour_arbitrations_grievant_and_arbitrator() -> None:
    """ "Grievant:" printed once, as "Complainant:" is a party; "Arbitrator:" an office, printed
    once after another label too."""
    root = tabled_tei("en-us-labor-arbitration-grievant.txt")
    assert "Grievant:" in texts(root, "//t:sp/t:speaker")
    text = "Chair: We resume.\nArbitrator: I have read the briefs.\nMs Lowe: Thank you.\n"
    assert _speakers(text) == ["Chair:", "Arbitrator:", "Ms Lowe:"]


def test_grievants_and_an_arbitrators_sentence_stay_speech() -> None:
    """Negative: the plural is a count or a list's field ("Grievants: 14 drivers"), and a
    sentence about the arbitrator reports what he said ("The arbitrator said: …")."""
    text = (
        "Chair: The figures, please.\n"
        "Ms Lowe: They are these.\n"
        "Grievants: 14 drivers, 3 mechanics.\n"
        "The arbitrator said: the award stands.\n"
        "Chair: Thank you.\n"
    )
    assert _speakers(text) == ["Chair:", "Ms Lowe:", "Chair:"]

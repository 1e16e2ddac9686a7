"""Round 47's OCR hyphen and chair's vocative, narrowed (samples invented; labels in turns.toml,
persons in ids.toml): a double name's hyphen read with a space before it ("El señor VIAL
-ORTÚZAR.-", "Mme Anne -Marie Dupont :") is the name's, no dash before the speech; a list's
entry with no sentence after the hyphen ("Prof. Dr. X -Universität Kassel") is no label; the
chair's office inside another label makes a salutation a vocative only whole and after a form of
address or an article ("The SPEAKER" names no "Madam Deputy Speaker:"), and never on the body's
first paragraph, where no turn is there to address the chair in."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_double_surname_s_hyphen_set_apart_is_the_name_s() -> None:
    """ "El señor VIAL -ORTÚZAR.- Señor Presidente, …": the whole double surname is the label,
    the speech its own, the person one."""
    root = tabled_tei("es-cl-camara-ocr-double-surname.txt")
    assert turn_ids(root)[1] == "el-senor-vial-ortuzar"
    assert turn_paragraphs(root)[1].startswith("Señor Presidente, anuncio que votaremos")
    assert not any(p.startswith("ORTÚZAR") for p in turn_paragraphs(root))


def test_a_double_forename_s_hyphen_set_apart_in_mixed_case() -> None:
    """ "Mme Anne -Marie Dupont :", "Abg. Dr. Hans -Peter Uhl (CDU/CSU):": the name goes on
    after the hyphen to the label's own stop."""
    root = text_tei(
        "CONSEIL MUNICIPAL\n\nM. le Maire : La séance est ouverte.\n\n"
        "Mme Anne -Marie Dupont : Je remercie le maire.\n\nM. le Maire : Merci.\n"
    )
    assert turn_speakers(root) == ["M. le Maire :", "Mme Anne -Marie Dupont :", "M. le Maire :"]
    root = text_tei(
        "Deutscher Bundestag\n\nPräsident Dr. Lammert: Ich eröffne die Sitzung.\n\n"
        "Abg. Dr. Hans -Peter Uhl (CDU/CSU): Herr Präsident! Meine Damen und Herren!\n\n"
        "Präsident Dr. Lammert: Danke.\n"
    )
    assert turn_speakers(root)[1] == "Abg. Dr. Hans -Peter Uhl (CDU/CSU):"
    assert turn_paragraphs(root)[1] == "Herr Präsident! Meine Damen und Herren!"


def test_an_affiliation_after_an_expert_s_name_and_a_hyphen_is_no_label() -> None:
    """ "Prof. Dr. Konrad Weidner -Universität Kassel" in the list of experts: no sentence after
    the hyphen, a list's entry, not the expert's first turn."""
    root = tabled_tei("de-ausschuss-ocr-experts-hyphen.txt")
    assert not any(s.endswith("-") for s in turn_speakers(root))
    assert turn_ids(root)[1] == "prof-dr-konrad-weidner"


def test_the_ocr_hyphen_before_a_sentence_after_a_titled_name_stays_a_dash() -> None:
    """The narrowing keeps round 47's shape, each label printed once: "O SR. X -Sr. Presidente, …"."""
    root = text_tei(
        "ANAIS DA ASSEMBLÉIA LEGISLATIVA\n\n"
        "O SR. PRESIDENTE (Artur Nogueira) -Está aberta a sessão.\n"
        "O SR. LUÍS CARDOSO -Sr. Presidente, peço a palavra pela ordem.\n"
        "A SRA. MARTA REGO -Sr. Presidente, apoio o requerimento.\n"
    )
    assert turn_speakers(root) == [
        "O SR. PRESIDENTE (Artur Nogueira) -",
        "O SR. LUÍS CARDOSO -",
        "A SRA. MARTA REGO -",
    ]
    assert turn_paragraphs(root)[1] == "Sr. Presidente, peço a palavra pela ordem."


def test_a_deputy_addressed_is_no_vocative_of_the_speaker_s_label() -> None:
    """ "Madam Deputy Speaker: order. the …" where "The SPEAKER" labels the chair: the deputy's
    own label, her office whole in no other label."""
    root = tabled_tei("en-assembly-deputy-speaker-lower.txt")
    assert turn_ids(root)[2] == "madam-deputy-speaker"


def test_the_speaker_and_the_deputy_each_their_own_label() -> None:
    """ "Mr. Speaker:" and "Mr. Deputy Speaker:" each printed once over lower case: neither
    names the other; both stay labels."""
    root = text_tei(
        "HOUSE OF ASSEMBLY\nTuesday 4 March\n\nMr. Speaker: order, order. the house will come to order.\n"
        "Mr. Deputy Speaker: thank you, the member for Eastwood has the floor.\nMr. Allen: Thank you.\n"
    )
    assert turn_speakers(root) == ["Mr. Speaker:", "Mr. Deputy Speaker:", "Mr. Allen:"]


def test_the_chair_s_salutation_on_the_body_s_first_paragraph_stays_its_label() -> None:
    """ "Señor Presidente: se abre la sesión …" first under the title, "Sr. Presidente (Vera).-"
    after: no turn before it to address the chair in, the chair's own label."""
    root = text_tei(
        "CONCEJO MUNICIPAL\nActa de la sesión\n\nSeñor Presidente: se abre la sesión con quórum.\n"
        "Sr. Presidente (Vera).- Tiene la palabra la concejala Ríos.\nSra. Ríos.- Gracias, señor presidente.\n"
    )
    assert turn_speakers(root)[0] == "Señor Presidente:"


def test_the_salutation_inside_a_turn_is_still_a_vocative() -> None:
    """Negative of the narrowing: "Mr. Speaker: the Premier has not …" inside Mr. Hale's turn,
    "The SPEAKER" labelling the chair, stays his speech."""
    root = text_tei(
        "LEGISLATIVE ASSEMBLY\nQuestion Time\n\nThe SPEAKER: The Member for Riverton.\n"
        "Mr. HALE: My question is to the Premier.\nMr. Speaker: the Premier has not answered one question today.\n"
        "The PREMIER: I reject that.\n"
    )
    assert turn_speakers(root) == ["The SPEAKER:", "Mr. HALE:", "The PREMIER:"]
    assert "Mr. Speaker: the Premier has not answered one question today." in turn_paragraphs(root)

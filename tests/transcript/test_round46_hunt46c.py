"""Public inquiries and regulatory hearings, each shape in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): a police rank abbreviated with a slash before the
name; a Canadian commission's French oath heading over the evidence; the Folketing's lettered
consultation question over an open consultation; an American agency hearing's caption column,
its "BEFORE:" and its counsel listed with "ESQ."; a planning inquiry's objector and applicant."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_rank_abbreviated_with_a_slash_opens_the_label() -> None:
    """ "S/SGT. MARC RUEL:" is one label, not "S/SGT." with the name in its speech."""
    root = tabled_tei("en-ca-inquiry-slash-rank.txt")
    assert "S/SGT. MARC RUEL:" in _speakers(root)
    assert "C/SUPT. DIANE FORTIN:" in _speakers(root)
    assert "At 10:42 that evening, from the dispatcher in Truro." in _said(root)


def test_a_slash_in_a_sentence_opens_no_rank() -> None:
    """ "S/he" and "and/or" open no label: the slash's word is no rank."""
    root = text_tei(
        "Hearing\n\nTHE CHAIR: Good morning.\n\nMS. VANCE: S/he said: the file was closed.\n\n"
        "THE CHAIR: Thank you.\n"
    )
    assert _speakers(root) == ["THE CHAIR:", "MS. VANCE:", "THE CHAIR:"]


def test_a_french_oath_heading_is_no_label() -> None:
    """ "Mme X, Assermentée :" and "M. Y, Sous affirmation solennelle :" head the evidence."""
    root = tabled_tei("fr-ca-commission-assermente-heading.txt")
    assert "Mme HÉLÈNE BRISSON, Assermentée :" not in _speakers(root)
    assert "Mme HÉLÈNE BRISSON :" in _speakers(root)
    assert "J'étais directrice des achats au ministère." in _said(root)


def test_a_witness_named_with_another_word_after_the_comma_stays_a_label() -> None:
    """ "M. X, ingénieur :" names the witness by an office: a label, no oath."""
    root = text_tei(
        "Audience\n\nLA PRÉSIDENTE : Bonjour.\n\nM. PAUL ROY, ingénieur : Bonjour, Madame.\n\n"
        "LA PRÉSIDENTE : Merci.\n"
    )
    assert "M. PAUL ROY, ingénieur :" in _speakers(root)


def test_the_lettered_consultation_question_is_a_field() -> None:
    """ "Samrådsspørgsmål B:" over the question's text: no one's label."""
    root = tabled_tei("da-folketing-samraad-question-field.txt")
    assert not any(s.startswith("Samrådsspørgsmål") for s in _speakers(root))
    assert _speakers(root)[0] == "Formanden (Lotte Brink):"


def test_a_question_word_of_a_member_stays_a_label() -> None:
    """ "Spørgeren:" names who asks: the field's list holds only the consultation's question."""
    root = text_tei("Samråd\n\nFormanden: Velkommen.\n\nSpørgeren: Tak for ordet.\n\nFormanden: Tak.\n")
    assert "Spørgeren:" in _speakers(root)


def test_an_agency_hearings_caption_and_appearances_are_no_labels() -> None:
    """ "CEDAR BLUFF ENERGY CO.   )", "BEFORE:" and "MARISA J. HOLT, ESQ." open no turn."""
    root = tabled_tei("en-us-agency-hearing-appearances-caption.txt")
    assert _speakers(root)[0] == "CHAIR DRISCOLL:"
    assert not any("ESQ" in s or s == "BEFORE:" for s in _speakers(root))


def test_a_name_with_its_stop_stays_a_label_without_a_degree() -> None:
    """ "MR. HALE." with a period, no degree after a comma: a label as before."""
    root = text_tei("MR. HALE. Thank you, sir.\n\nTHE COURT. Proceed.\n\nMR. HALE. I will.\n")
    assert _speakers(root) == ["MR. HALE.", "THE COURT.", "MR. HALE."]


def test_a_closing_bracket_inside_a_speech_is_no_caption() -> None:
    """A speech whose first words hold a bracket closed after an opened one is a speech."""
    root = text_tei(
        "THE CHAIR: We begin.\n\nMR. ORR: (a) the first point; (b) the second.\n\nTHE CHAIR: Thank you.\n"
    )
    assert _speakers(root) == ["THE CHAIR:", "MR. ORR:", "THE CHAIR:"]


def test_the_objector_and_the_applicant_speak_in_mixed_case() -> None:
    """ "Objector:" and "Applicant:" are parties of the hearing: labels, the speech kept."""
    root = tabled_tei("en-uk-planning-inquiry-objector.txt")
    assert _speakers(root).count("Objector:") == 2
    assert "Applicant:" in _speakers(root)
    assert "Yes, madam. The junction works are agreed with the county council." in _said(root)


def test_the_objector_as_a_field_of_the_front_matter_stays_none() -> None:
    """ "Objector: Hensley Village Society" among the appeal's fields names a party, no turn."""
    root = tabled_tei("en-uk-planning-inquiry-objector.txt")
    assert "Hensley Village Society" not in _said(root)


def _whos(root: object) -> list[str]:
    return [str(sp.get("who", "")).lstrip("#") for sp in root.iter("{http://www.tei-c.org/ns/1.0}sp")]  # type: ignore[attr-defined]


def test_the_witness_named_over_was_called_answers() -> None:
    """ "Whereupon," / "REBECCA A. THORNBURY" / "was called as a witness … and, having been first
    duly sworn, …": the answers are hers, the words "was called" no part of her name."""
    root = tabled_tei("en-us-agency-hearing-whereupon-called.txt")
    assert "rebecca-a-thornbury" in _whos(root)
    assert not any("called" in who for who in _whos(root))


def test_was_called_with_no_name_above_names_no_witness() -> None:
    """The oath's line alone names no one: "was called as a witness and" is no person."""
    root = text_tei(
        "MR. ORR:  Pipeline calls its witness.\n"
        "was called as a witness and, having been first duly sworn, was examined and testified as follows:\n"
        "Q    Please state your name.\nA    David Kessler.\nQ    Where do you work?\nA    At the pipeline.\n"
    )
    assert not any("called" in who for who in _whos(root))


def test_a_question_announcing_a_quotation_keeps_its_letter() -> None:
    """ "Q.  Your note reads:" over the quoted note: the question's letter, its words the speech."""
    root = tabled_tei("en-uk-inquiry-question-announces-quotation.txt")
    assert "Q." in _speakers(root)
    assert not any(s.startswith("Q. Your") for s in _speakers(root))
    assert any(p.startswith("Your note reads:") for p in _said(root))


def test_an_initial_before_a_name_with_its_particles_stays_the_name() -> None:
    """ "A. de la Cruz:" is a name under its initial: the particles are no sentence's words."""
    root = text_tei(
        "THE CHAIR: Who is next?\n\nA. de la Cruz: I am, Chair.\n\nTHE CHAIR: Go ahead.\n\n"
        "A. de la Cruz: Thank you.\n"
    )
    assert "A. de la Cruz:" in _speakers(root)


def test_an_items_applicant_and_objector_fields_in_the_body_stay_none() -> None:
    """ "Applicant: The Crown Inns Ltd" / "Objector: Mrs K Hale" under an item name the parties."""
    root = text_tei(
        "Licensing Sub-Committee\n\nCHAIR: Good evening. We have two applications tonight.\n\n"
        "Item 1 — The Crown, 12 High Street\nApplicant: The Crown Inns Ltd\nObjector: Mrs K Hale\n\n"
        "CHAIR: Mr Mistry, please begin.\n\nMR MISTRY: Thank you. We seek later hours on Fridays.\n\n"
        "CHAIR: Thank you.\n"
    )
    assert _speakers(root) == ["CHAIR:", "CHAIR:", "MR MISTRY:", "CHAIR:"]

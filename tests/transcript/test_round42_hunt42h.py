"""Shapes of truth commissions' hearings and citizens' assemblies, each in an invented sample
(labels in turns.toml, persons in ids.toml): one of the hall the record does not name, after an
indefinite article ("Une citoyenne :", "Un participant :"), and a field giving a witness's or a
statement's code in the record's head ("Witness ID: TRC-07-311")."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_an_unnamed_citizen_or_participant_is_a_speaker() -> None:
    """ "Une citoyenne :", "Un participant :": an assembly's member the record does not name, a
    voice of the hall, as "Un actionnaire :" is a general meeting's."""
    root = tabled_tei("fr-atelier-citoyen-participant-indefini.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Je voudrais savoir")


def test_a_sentence_reporting_what_a_citizen_said_stays_speech() -> None:
    """ "Un citoyen a dit : « … »": a verb after the participant's word, narration in a speech."""
    root = tabled_tei("fr-atelier-citoyen-participant-indefini.txt")
    assert any(p.startswith("Un citoyen a dit :") for p in texts(root, "//t:sp/t:p"))


def test_a_field_giving_an_identifier_is_no_speaker() -> None:
    """ "Witness ID: TRC-07-311", "Statement ref: BO/4412": the code after the colon, a field of
    the record's head, not a turn of the witness who speaks below as "Witness:"."""
    root = tabled_tei("en-trc-hearing-identifier-field.txt")
    assert "Witness ID:" not in speakers(etree.tostring(root))
    assert texts(root, "//t:person[@xml:id='witness']/t:persName[@type='label']") in ([], ["Witness"])


def test_a_surname_after_its_form_of_address_is_no_identifier() -> None:
    """ "MR NO: 1990 was …": the word a surname after "MR", a speaker's label, no field."""
    root = text_tei(
        "HEARING\n\nCHAIRPERSON: Good morning.\nMR NO: 1990 was a hard year for us.\nCHAIRPERSON: Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["CHAIRPERSON:", "MR NO:", "CHAIRPERSON:"]

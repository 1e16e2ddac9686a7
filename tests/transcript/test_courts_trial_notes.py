"""Trials' records other readings left wrong (samples in tests/data/labels/, in the layouts the
real records print, the names invented): the unnamed examiner's question after a ruling where the witness
has a label and no one is named as asking; a court reporter's notes naming the judge in full and
then by the surname's letter; a newspaper's transcript printing each name in CAPITALS with no
punctuation; a plain surname printed once among labels with offices; an audio description
between the speeches; the Sessions Papers' verdicts under the last witness."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts, turn_ids


def test_questions_after_a_ruling_stay_with_the_examiner_where_the_witness_has_a_label() -> None:
    tei = tabled_tei("en-trial-q-after-ruling-witness-labelled.txt")
    assert turn_ids(tei)[4] == "the-examiner"  # "Q." after "THE COURT: Overruled.": not the court's


def test_a_surname_s_letter_is_the_person_named_in_full_before() -> None:
    tei = tabled_tei("de-prozess-notizen-initial.txt")
    assert not tei.xpath("//t:person[@xml:id='k']", namespaces=NS)
    forms = texts(tei, "//t:person[@xml:id='kernbach']/t:persName")
    assert "K" in forms
    # the witness's letter printed once, as the judge's is printed twice: a turn of the witness
    assert texts(tei, "//t:sp[last()]/t:p") == ["Ja, ich habe sie sichergestellt und gezählt."]


def test_names_in_capitals_with_no_punctuation_open_each_turn() -> None:
    tei = tabled_tei("de-prozess-versalien-ohne-punkt.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Am 4.2.2017 wurde")


def test_a_plain_surname_printed_once_among_labels_with_offices_is_a_turn() -> None:
    tei = tabled_tei("en-trial-plain-surname-once.txt")
    assert texts(tei, "//t:sp[5]/t:p") == [
        "There are counsel from out of the state on both sides, and I would like them introduced to the court."
    ]


def test_the_audio_description_is_a_stage_not_a_speaker() -> None:
    tei = tabled_tei("en-trial-audio-description.txt")
    assert texts(tei, "//t:stage") == [
        "AUDIO DESCRIPTION: Jury leaving courtroom.",
        "AUDIO DESCRIPTION: Witness leaving courtroom.",
        "AUDIO DESCRIPTION: whereupon, the trial in this matter stood adjourned to Tuesday, May 14, 2024, "
        "at 9:30 a.m.",
    ]
    assert not tei.xpath("//t:person[@xml:id='audio-description']", namespaces=NS)


def test_the_verdict_ends_the_trial_between_turns() -> None:
    tei = tabled_tei("en-sessions-paper-verdicts.txt")
    body = "//t:body/t:div"
    assert texts(tei, f"{body}/t:stage") == ["NOT GUILTY .", "GUILTY .— Nine Months' Hard Labour."]
    # the next trial's indictment below the verdict: the record's narrative, no witness's words
    assert "413. MARY ANN TUCKETT (41) , Unlawfully uttering counterfeit coin." in texts(tei, f"{body}/t:p")
    assert not tei.xpath("//t:sp//*[contains(., 'GUILTY')]", namespaces=NS)

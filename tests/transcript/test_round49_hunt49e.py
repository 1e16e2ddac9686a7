"""Shapes of church synods' and union congresses' records, each in an invented sample (labels in
turns.toml, persons in ids.toml): a Dutch synod's chair and clerk by office alone and its minister
abbreviated before the name ("De preses, ds. X:", "Ds. Y (Hoorn):", "De scriba:"); a union
congress's delegate with the union and the number of the delegates' list after commas
("Kollege X, IG Metall, Delegierter Nr. 041:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. A Dutch synod's officers and its minister abbreviated


def test_synod_preses_scriba_and_dominee_are_labels() -> None:
    """The chair ("preses") and the clerk ("scriba") by office alone, and the minister's "Ds."
    before the name, whose stop ends no label (the sample's five turns, where only the elder's
    was one): "ds." inside a sentence and the chair's office as a sentence's subject stay speech."""
    paragraphs = turn_paragraphs(tabled_tei("nl-synode-preses-dominee.txt"))
    assert any("Daarna sprak ds. Hoekstra over het beleidsplan" in para for para in paragraphs)
    assert any(para.startswith("De preses heeft ons vorige keer") for para in paragraphs)


def test_detective_sergeant_without_stop_stays_a_label() -> None:
    """The English "DS" before a name, printed with no stop, is still a rank's label."""
    interview = (
        "DS Harlow: This interview is being recorded. Please state your name.",
        "Witness: Martin Coyle.",
        "DS Harlow: Thank you. Where were you on the night of the fire?",
    )
    root = text_tei("Interview of the witness, 4 May 2026\n\n" + "\n\n".join(interview) + "\n", "en.txt")
    speakers = turn_speakers(root)
    assert speakers[0] == speakers[2] == "DS Harlow:"
    assert speakers[1:] == ["Witness:", "DS Harlow:"]


# 2. A union congress's delegate with the union and the delegate's number


def test_delegate_with_union_and_list_number_is_a_label() -> None:
    """ "Kollege X, IG Metall, Delegierter Nr. 041:": the number's sign's stop ends no label (the
    sample's turns); a sentence naming the delegate and the motion's number ("…, hat zu Antrag
    Nr. 14 folgendes erklärt:") stays the chair's speech."""
    paragraphs = turn_paragraphs(tabled_tei("de-dgb-delegierte-nummer.txt"))
    assert any(para.startswith("Kollege Thamsen, IG Metall, hat zu Antrag Nr. 14") for para in paragraphs)

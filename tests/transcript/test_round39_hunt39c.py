"""Courts and trials in languages other than English: a Chinese court's examiners by their
letters over the answers, a Turkish court's intervening party's counsel and helpers, a juror of
the French assizes, a court chronicle's case and its rubric after a dash, and the nineteenth
century's witnesses by their civil state. Invented samples (names invented; labels in
turns.toml, persons in ids.toml) and the counter-examples that read as before."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_turkish_court_s_intervening_party_s_counsel_and_helpers_are_labels() -> None:
    """ "Katılan vekili Av. X:", "Müşteki X:", "Bilirkişi Dr. X:": the parties and helpers of
    a Turkish court's record, offices as the accused's and the prosecutor's are; the head's
    fields ("BAŞKAN : X") stay fields, no turn (turns.toml)."""
    root = tabled_tei("tr-agir-ceza-katilan-vekili.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Sanığa sormak istiyorum, telefon hattı kimin adına kayıtlı?"]


def test_a_juror_of_the_assizes_is_a_label() -> None:
    """ "Un juré. —", "Une jurée. —", "Un giurato:": a juror who asks the witness, no sentence
    opening with an article."""
    root = tabled_tei("fr-assises-un-jure-questions.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Le témoin peut-il dire s'il faisait encore jour ?"]
    text = "PRESIDENTE: Il teste può andare.\n\nUn giurato: Posso fare una domanda?\n\nPRESIDENTE: Prego.\n"
    assert speakers_of(text) == ["PRESIDENTE:", "Un giurato:", "PRESIDENTE:"]


def test_a_witness_by_her_civil_state_is_a_label() -> None:
    """ "La femme Lenoir, blanchisseuse :", "La veuve X :", "Le sieur Y, marchand de vin :": the
    nineteenth century's assizes name a witness so; a sentence about "la femme du fermier" with
    a colon stays in the speech."""
    root = tabled_tei("fr-assises-1880-femme-veuve-sieur.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("La femme du fermier pleurait")

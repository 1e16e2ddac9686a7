"""Shapes the round's rules could have caught wrongly: a PDF's page numbers over two-line running
heads that facing pages print swapped, read as a web record's numbered speech cards; and the
counter-examples of the round's other rules (a verb of saying after an office, ordinal marks in
labels in capitals, action items among fields) that read as before. Invented samples (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts

# Counter-examples that read as before the round's rules: the text and its printed labels.
KEPT = {
    # an office-holder's label repeated with the verb of saying after its office: as before
    "office then said": (
        "The Chairman: We resume the debate.\n\nMr. Harold Finch, Minister of Finance, said:\n\n"
        '"The deficit will be smaller than forecast."\n\nThe Chairman: Thank you. Mr. Oduya.\n\n'
        "Mr. Oduya: I have a question.\n\nMr. Harold Finch, Minister of Finance, said:\n\n"
        '"We stand by the figures."\n',
        [
            "The Chairman:",
            "Mr. Harold Finch, Minister of Finance, said:",
            "The Chairman:",
            "Mr. Oduya:",
            "Mr. Harold Finch, Minister of Finance, said:",
        ],
    ),
    # an office whose words hold a verb of saying's spelling, capitalised or a noun: a label
    "office holding reads": (
        "Ms. Dana Kirk, Director of Adult Reading Programs: Good morning.\n\n"
        "Mr. Leo Park, Coordinator of the reads program: Thank you.\n\n"
        "Ms. Dana Kirk, Director of Adult Reading Programs: We served four hundred adults.\n",
        [
            "Ms. Dana Kirk, Director of Adult Reading Programs:",
            "Mr. Leo Park, Coordinator of the reads program:",
            "Ms. Dana Kirk, Director of Adult Reading Programs:",
        ],
    ),
    # a Portuguese chamber's secretaries and vice-presidents numbered with ordinal marks
    "ordinal offices alone above the speech": (
        "ATA DA SESSÃO ORDINÁRIA\n\nO SR. PRESIDENTE: Declaro aberta a sessão.\n\n"
        "1º SECRETÁRIO:\nAta da sessão anterior, lida e aprovada sem emendas.\n\n"
        "2ª VICE-PRESIDENTE:\nSenhor Presidente, peço a palavra pela ordem.\n\n"
        "O SR. PRESIDENTE: Tem a palavra Vossa Excelência.\n",
        ["O SR. PRESIDENTE:", "1º SECRETÁRIO:", "2ª VICE-PRESIDENTE:", "O SR. PRESIDENTE:"],
    ),
    # a Spanish acta's numbered offices with their speech on the line
    "ordinal offices on the line": (
        "ACTA DE LA SESIÓN PLENARIA\n\nPRESIDENTE: Se abre la sesión.\n\n"
        "2ª VICEPRESIDENTA: Gracias, señor Presidente.\n\n1º SECRETARIO: Queda aprobada el acta.\n\n"
        "PRESIDENTE: Muchas gracias.\n",
        ["PRESIDENTE:", "2ª VICEPRESIDENTA:", "1º SECRETARIO:", "PRESIDENTE:"],
    ),
    # an office whose first word is "Action": a label, no minutes' action item
    "action officer": (
        "Chair: Let us start with the timeline.\n\n"
        "Action Officer Smith: The alarm came in at ten past nine.\n\nChair: Any questions?\n\n"
        "Action Officer Smith: None from me.\n",
        ["Chair:", "Action Officer Smith:", "Chair:", "Action Officer Smith:"],
    ),
}


@pytest.mark.parametrize("shape", sorted(KEPT))
def test_counter_examples_read_as_before(shape: str) -> None:
    """Each counter-example gives the labels it gave before the round's rules."""
    text, labels = KEPT[shape]
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels


def test_page_numbers_over_swapped_running_heads_are_no_speech_cards() -> None:
    """ "14" / "Legislative Assembly" / "Official Report" over one page, "15" / "Official Report" /
    "Legislative Assembly" over the next: a PDF's facing pages, whose numbers go to the furniture
    and whose heads into no speech, as a web record's numbered cards would."""
    root = tabled_tei("en-assembly-pdf-swapped-running-heads.txt")
    speech = " ".join(texts(root, "//t:sp"))
    assert "Official Report" not in speech and "Legislative Assembly" not in speech
    assert texts(root, "//t:list[@type='furniture']/t:item") == ["14", "15"]

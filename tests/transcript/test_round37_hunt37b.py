"""Lines of a parliament's record shaped like labels that name no speaker: the Nationalrat
chair's call of the next speaker on a line of its own ("Nächste Rednerin: …") and the Seimas
protocol's items considered and decided ("SVARSTYTA.", "NUTARTA."). Invented samples (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, texts


def test_the_chair_s_call_of_the_next_speaker_stays_in_the_chair_s_turn() -> None:
    """ "Nächste Rednerin: Frau Abgeordnete Mag. Karin Pölzl. – Bitte, …" on a line of its own
    names who speaks below, under her own label: the chair's words."""
    tei = tabled_tei("de-at-nationalrat-naechste-rednerin.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[-1] == (
        "Nächste Rednerin: Frau Abgeordnete Mag. Karin Pölzl. – Bitte, Frau Abgeordnete."
    )
    assert texts(tei, "(//t:sp)[3]/t:p")[-1] == "Nächster Redner: Herr Abgeordneter Franz Wimmer. – Bitte."


def test_the_seimas_protocol_s_items_considered_and_decided_are_no_labels() -> None:
    """ "SVARSTYTA. … projektas …" and "NUTARTA. Pritarti …": the protocol's own words, in
    CAPITALS before their stop as the Seimas prints them; no turn, no word lost."""
    tei = sample_tei("lt-seimas-protokolas-svarstyta-nutarta.txt")
    assert texts(tei, "//t:sp") == []
    body = texts(tei, "//t:body//t:p")
    assert any(p.startswith("SVARSTYTA. Miškų įstatymo projektas") for p in body)
    assert any(p.startswith("NUTARTA. Pritarti šiam projektui po pateikimo.") for p in body)

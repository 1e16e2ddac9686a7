"""Records of Asia, Africa, the Middle East and Oceania from the round's blind battery: Turkic
offices printed after the body they belong to, initials glued to a surname before a dash, and a
Malay form of address abbreviated inside a label in CAPITALS, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_malay_councillor_s_abbreviated_form_of_address_keeps_his_label_whole() -> None:
    """ "AHLI MAJLIS EN. HAFIZUL BIN OTHMAN: …": the stop of "EN." (Encik) ends no label, so the
    office and the form of address are the councillor's label, not words of the chair's speech."""
    root = tabled_tei("ms-majlis-perbandaran-ahli-majlis-en.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Ahli-ahli Majlis, kita teruskan dengan laporan jawatankuasa kewangan."
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["Yang Dipertua, lampu jalan di Kampung Tebak masih rosak."]

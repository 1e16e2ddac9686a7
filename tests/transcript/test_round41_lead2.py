"""A party's short name that a narrow column's wrap sets at a line's start with its stop
(`… Secretário-Geral do` / `PCP. Seguiu-se o debate …`), where the record prints it in brackets
after members' names (`Deputado Luís Faria (PCP)`): the party, no speaker (invented samples;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_party_s_short_name_at_a_wrapped_line_s_start_is_no_label() -> None:
    """The summary's sentence goes on through "PCP." into the chair's first label."""
    root = tabled_tei("pt-assembleia-colunas-sigla-partido.txt")
    assert "PCP." not in texts(root, "//t:sp/t:speaker")
    assert any("Secretário-Geral do PCP. Seguiu-se" in p for p in texts(root, "//t:p"))


def test_a_surname_in_capitals_the_text_prints_in_mixed_case_in_brackets_stays_a_label() -> None:
    """ "GRANT." over his speech, "(Grant)" elsewhere in Mixed case and after no name: the
    brackets hold no party's short name in capitals, and the label stands."""
    root = text_tei(
        "MINUTES OF THE BOARD\n\nTHE CHAIRMAN. We begin with the accounts (Grant) as circulated.\n\n"
        "GRANT. I move that they be accepted.\n\nTHE CHAIRMAN. Agreed.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN.", "GRANT.", "THE CHAIRMAN."]


def test_a_party_speaking_with_its_colon_keeps_its_label() -> None:
    """A fraction's voice with its colon ("F-PKB:", the Indonesian DPR's minutes), the fraction
    printed in brackets after a member's name too: the colon's label, no wrap's stop."""
    root = text_tei(
        "RISALAH RAPAT\n\nKETUA RAPAT: Kami persilakan Ibu Siti Aminah (F-PKB) menyampaikan.\n\n"
        "F-PKB: Terima kasih, Pimpinan. Kami setuju.\n\nKETUA RAPAT: Baik, terima kasih.\n",
        "id.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["KETUA RAPAT:", "F-PKB:", "KETUA RAPAT:"]

"""A record's title of its house and its sitting's date on one line, parted by a dash
(`CHAMBRE DES DÉPUTÉS — SÉANCE DU 17 MARS 1908`), over labels each printed once: the title, no
name over its role as a web copy prints a speaker (`Meera Rao - CFO`) (invented samples; labels
in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_house_and_its_dated_sitting_after_a_dash_is_the_title() -> None:
    """The chair's label under the title opens the first turn; the title is the document's."""
    root = tabled_tei("fr-chambre-titre-seance-tiret-date.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["La parole est à M. Vaillant."]
    assert texts(root, "//t:titleStmt/t:title") == ["CHAMBRE DES DÉPUTÉS — SÉANCE DU 17 MARS 1908"]


def test_a_name_over_its_role_after_a_dash_stays_a_speaker_s_label() -> None:
    """An earnings call's copy: the name and its role after the dash alone on the line over the
    speech, no date in the role, each printed once."""
    root = text_tei(
        "Acme Corp Q3 Earnings Call\n\nMeera Rao - CFO\nThank you. Revenue grew nine percent.\n\n"
        "Tom Hale - Analyst, UBS\nCould you say more about margins?\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Meera Rao - CFO", "Tom Hale - Analyst, UBS"]

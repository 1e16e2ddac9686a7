"""A Dutch particle of two words ("in 't", "op de") is a name's only where the label prints a
form of address before the name or the member's group or office after it ("Sophie in 't Veld
(Renew). –", "Mevrouw in 't Veld:"); a run-in heading's capitalised words before a dash around
the same words ("Wonen in de Binnenstad. –", "Feest op de Dam. –") stay the paragraph's text."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_speakers


def test_a_particle_after_a_form_of_address_is_the_name_s() -> None:
    """ "Mevrouw in 't Veld:" and "De heer op de Beeck:" are labels, their particles the name's;
    the run-in heading "Wonen in de Binnenstad. –" above them stays a paragraph outside the turns."""
    root = tabled_tei("nl-gemeenteraad-particle-run-in-heading.txt")
    assert "mevrouw-in-t-veld" in turn_ids(root)
    assert outside_turns(root)[0].startswith("Wonen in de Binnenstad. – Het college stelt voor")


def test_a_run_in_heading_with_a_particle_before_a_dash_is_no_label() -> None:
    """The negative: a heading's capitalised words with "in de" / "op de" between them before a
    dash, no form of address, group nor office, are no name ("Feest op de Dam. –")."""
    root = text_tei(
        "Verslag van de raadsvergadering\n\nWonen in de Binnenstad. – Het college stelt voor de"
        " bestemming te wijzigen.\n\nFeest op de Dam. – De burgemeester geeft een toelichting op"
        " de vergunning.\n\nDe voorzitter: Dank u. Het woord is aan de heer Visser.\n\nDe heer"
        " Visser: Dank u wel.\n"
    )
    assert turn_speakers(root) == ["De voorzitter:", "De heer Visser:"]


def test_a_european_parliament_member_with_a_particle_keeps_the_label() -> None:
    """The group or the office after the name still makes the particle the name's, each label
    printed once ("Sophie in 't Veld, on behalf of the Renew Group. –", "Jan op de Beeck (PPE). –")."""
    root = text_tei(
        "Debate\n\nSophie in 't Veld, on behalf of the Renew Group. – Mr President, the Commission"
        " is late.\n\nJan op de Beeck (PPE). – Voorzitter, ik sluit mij aan.\n"
    )
    assert turn_ids(root) == ["sophie-in-t-veld", "jan-op-de-beeck"]

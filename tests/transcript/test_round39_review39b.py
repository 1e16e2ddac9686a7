"""Shapes the round's rules could catch wrongly: a programme's items at their dotted hours
("10.30 Keynote Address") in a record that prints such hours, and a committee's list of members,
each with the party and the place held in brackets ("Mikko Laine ps (varapuheenjohtaja)").
Invented samples (names invented; labels in turns.toml, persons in ids.toml) and
counter-examples of the round's other rules that read as the rules mean them."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts


def test_programme_items_at_dotted_hours_are_no_labels() -> None:
    """A capitalised item after a dotted hour names no speaker: the speaker's label on the line
    under the last one opens the turn, and the items stay the programme's paragraphs."""
    tei = tabled_tei("en-conference-programme-dotted-hours.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Thank you all for coming")
    assert not texts(tei, "//t:speaker/t:time")


def test_members_listed_with_their_places_are_no_labels() -> None:
    """A member listed with the party and the place held in brackets opens no turn; a member
    with the kind of speech in brackets alone over the speech does."""
    tei = tabled_tei("fi-valiokunta-poytakirja-lasna-puolue-tehtava.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["Arvoisa puheenjohtaja! Arvio perustuu kuntien omiin lukuihin."]
    assert not [text for text in texts(tei, "//t:sp/t:p") if "varajäsen" in text]


# Counter-examples the round's rules leave as they are, each its text and printed labels.
KEPT = [
    # the speaker after a dotted hour still carries it as the label's time
    pytest.param(
        "Pöytäkirja\n\n14.03 Valtiovarainministeri Riikka Purra\nArvoisa puhemies! Esitys on valmis.\n\n"
        "14.10 Ville Tavio ps\nArvoisa puhemies! Kannatan esitystä.\n",
        ["14.03 Valtiovarainministeri Riikka Purra", "14.10 Ville Tavio ps"],
        id="speakers at dotted hours",
    ),
    # German hours with "Uhr" over the speaker's label: no label of their own
    pytest.param(
        "Plenarprotokoll\n\n14.03 Uhr\nPräsidentin Bärbel Bas: Die Sitzung ist eröffnet.\n\n"
        "14.05 Uhr\nDr. Hans Weber (CDU/CSU): Frau Präsidentin! Ich beginne.\n",
        ["Präsidentin Bärbel Bas:", "Dr. Hans Weber (CDU/CSU):"],
        id="hours with Uhr",
    ),
    # a minister named in brackets after a lower-case office inside a speech: reported speech
    pytest.param(
        "El señor PRESIDENTE: Tiene la palabra el señor Gómez.\n\n"
        "El señor GÓMEZ LÓPEZ: Como dijo ayer en esta Cámara\nel ministro de hacienda (Juan Pérez):\n"
        "«no habrá subida de impuestos».\nPues bien, la ha habido.\n\nEl señor PRESIDENTE: Gracias.\n",
        ["El señor PRESIDENTE:", "El señor GÓMEZ LÓPEZ:", "El señor PRESIDENTE:"],
        id="lower-case office quoted in speech",
    ),
    # German emphasis spaced out letter by letter in speech: no name read set close
    pytest.param(
        "Abg. Anna Vogt (SPD): Das ist  n i c h t  richtig, was Sie sagen.\n\n"
        "Präsident Klaus Meyer: Das Wort hat Herr Roth.\n",
        ["Abg. Anna Vogt (SPD):", "Präsident Klaus Meyer:"],
        id="spaced emphasis in speech",
    ),
]


@pytest.mark.parametrize(("text", "labels"), KEPT)
def test_kept(text: str, labels: list[str]) -> None:
    """Each counter-example gives the labels it prints, its clock with it, and no more."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels

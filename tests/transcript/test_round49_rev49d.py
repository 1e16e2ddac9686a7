"""Over-catches of round 49's sub-national parliaments range, each a negative that stays speech
beside the range's positive still taken: a line opening with the forename and first surname the
chair announced, a place or a body after them ("Pablo Ruiz Castilla.", "Anna Roca Barcelona"),
is the speech's, where a member's two surnames under her announcement are her label only when her
speech below answers the floor ("Gràcies, presidenta.")."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

_CATALAN = (
    "DIARI DE SESSIONS DEL PARLAMENT DE CATALUNYA\n"
    "Sessió plenària núm. 31\n"
    "La presidenta\n"
    "Té la paraula el diputat senyor Jordi Puig.\n"
    "Jordi Puig i Serra\n"
    "Gràcies, presidenta. Conseller, hem de parlar del tren.\n"
    "La presidenta\n"
    "Un moment, si us plau. Té la paraula la consellera de Territori.\n"
    "La consellera de Territori (Núria Vidal i Font)\n"
    "Gràcies, presidenta. Diputat, crec que s'equivoca.\n"
    "La presidenta\n"
    "Gràcies. Té la paraula la senyora Anna Roca.\n"
    "Anna Roca Barcelona\n"
    "És el nom de la fundació que va signar el conveni.\n"
    "La presidenta\n"
    "Se suspèn la sessió.\n"
)

_SPANISH = (
    "DIARIO DE SESIONES DE LAS CORTES DE CASTILLA Y LEÓN\n"
    "Pleno, sesión número 42, celebrada el 14 de marzo.\n"
    "El señor PRESIDENTE (Gómez Arranz):\n"
    "Buenos días. Se abre la sesión. Para formular su pregunta, tiene la palabra la señora Ana Torres.\n"
    "La señora TORRES MEDINA:\n"
    "Gracias, presidente. Señor consejero, le pregunto por el hospital comarcal.\n"
    "El señor PRESIDENTE (Gómez Arranz):\n"
    "Gracias. Tiene la palabra el señor Luis Martín.\n"
    "Luis Martín Herrero, alcalde de Aranda, lo dijo ayer en la radio.\n"
    "Y yo le pregunto, señor consejero, si piensa usted escucharle.\n"
    "El señor PRESIDENTE (Gómez Arranz):\n"
    "Gracias. Para contestar, tiene la palabra el consejero de Sanidad, señor Pablo Ruiz.\n"
    "Pablo Ruiz Castilla.\n"
    "Es el nombre del centro que inauguramos el lunes, señoría.\n"
    "El señor PRESIDENTE (Gómez Arranz):\n"
    "Se levanta la sesión.\n"
)


_CAPITALS_CHAIR = "El señor PRESIDENTE (Gómez Arranz):"


@pytest.mark.parametrize(
    ("text", "name", "speakers", "line"),
    [
        (
            _CATALAN,
            "ca.txt",
            [
                "La presidenta",
                "Jordi Puig i Serra",
                "La presidenta",
                "La consellera de Territori (Núria Vidal i Font)",
                "La presidenta",
                "La presidenta",
            ],
            "Anna Roca Barcelona",
        ),
        (
            _SPANISH,
            "es.txt",
            [_CAPITALS_CHAIR, "La señora TORRES MEDINA:", *[_CAPITALS_CHAIR] * 3],
            "Pablo Ruiz Castilla.",
        ),
    ],
)
def test_announced_first_surname_over_no_thanks_stays_speech(
    text: str, name: str, speakers: list[str], line: str
) -> None:
    """A line of three capitalised words under the chair's announcement of its first two, bare
    (Catalan bare labels around it) or with its stop (a record labelled in CAPITALS), the speech
    below naming the body or the centre so called and thanking no one, is speech; the member with
    two surnames whose speech thanks the chair stays a label."""
    root = text_tei(text, name)
    assert turn_speakers(root) == speakers
    assert any(para.startswith(line) for para in turn_paragraphs(root))


def test_range_two_surnames_sample_still_taken() -> None:
    """The range's sample: members announced by forename and first surname, their speech thanking
    the chair ("Gràcies, presidenta.", "Gràcies."), are labels still."""
    speakers = turn_speakers(tabled_tei("ca-parlament-two-surnames-bare.txt"))
    assert "Marta Vilaró i Casals" in speakers
    assert "Pau Roig Sanahuja" in speakers

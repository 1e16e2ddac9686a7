"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a qualifier after an office that is no ordinal the holder's surname, a name
in capitals with an office held once and a verb after its comma a sentence, and a Spanish name in
full printed again in capitals one person."""

from __future__ import annotations

from label_samples import tabled_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.identity import same, signature
from stenogram.transcript.names import office_after_comma

_CONFIG = load_config()


def _one(a: str, b: str, lang: str = "und") -> bool:
    first, second = signature(a, _CONFIG, lang), signature(b, _CONFIG, lang)
    return first is not None and second is not None and same(first, second)


def test_a_qualifier_after_an_office_that_is_no_ordinal_is_a_surname() -> None:
    """ "Councillor Senior:" and "Mr. Senior:": one person, "Senior" no ordinal of the office;
    "El Sr. Vicepresidente Segundo:" still no "Segundo Ramírez:"."""
    root = tabled_tei("en-council-councillor-qualifier-surname.txt")
    who = root.xpath("//t:sp/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert who[0] == who[2] == "#councillor-senior"
    assert _one("Mayor Town", "Mr. Town", "en") and _one("Judge Junior", "Ms. Junior", "en")
    assert signature("El Sr. Vicepresidente Segundo", _CONFIG, "es") is None
    assert signature("La Sra. Vicepresidenta Primera", _CONFIG, "es") is None
    assert "senior" not in _CONFIG.office_ordinals and "segundo" in _CONFIG.office_ordinals


def test_a_name_in_capitals_and_an_office_held_once_narrated() -> None:
    """ "ROSSI, ex ministro, ha detto: …": a sentence quoting him in the speech, no label and no
    office "ex ministro, ha detto"; "VERDI, ex ministro." stays a label with its office."""
    root = tabled_tei("it-senato-ex-ministro-narrato.txt")
    assert "ROSSI, ex ministro, ha detto: il governo ha sbagliato sui conti." in texts(root, "//t:sp[2]/t:p")
    assert office_after_comma("ROSSI, ex ministro, ha detto", _CONFIG) is None
    assert office_after_comma("VERDI, ex ministro", _CONFIG) == ("VERDI", "ex ministro")


def test_a_spanish_name_in_full_and_in_capitals_is_one_person() -> None:
    """ "El Sr. Juan Ramírez (PSOE):" and "JUAN RAMÍREZ:" one person, as "El Sr. Pérez García"
    and "PÉREZ GARCÍA" are; another forename with the surname another ("LUIS RAMÍREZ:")."""
    root = tabled_tei("es-congreso-nombre-en-mayusculas.txt")
    who = root.xpath("//t:sp/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert who[1] == who[3] == "#el-sr-juan-ramirez" and who[4] == who[5] == "#el-sr-luis-ramirez"
    assert _one("El Sr. Juan Pérez García", "JUAN PÉREZ GARCÍA", "es")
    assert not _one("El Sr. Luis Ramírez", "JUAN RAMÍREZ", "es")
    assert not _one("El Sr. Juan Pérez López", "JUAN PÉREZ GARCÍA", "es")

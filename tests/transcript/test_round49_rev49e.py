"""Round 49 (rev49e): the head's line naming the sitting's officer over the narration of the
sitting opened (fix49a) narrowed to a line standing as its own paragraph over an hour in figures,
where it had taken the chair's own first turn of a record labelled `OFFICE: holder`."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_speakers

_SPOKEN_BELOW = (
    "ALCALDE: Rómulo Casas Ventura\n"
    "{below}\n\n"
    "REGIDORA: Elvira Mendoza Paz\n"
    "Señor alcalde, solicito la palabra.\n\n"
    "ALCALDE: Tiene la palabra.\n"
)


def test_holder_over_speech_on_the_next_line_opens_the_chairs_turn() -> None:
    """`ALCALDE: Rómulo Casas Ventura` with `Siendo las 10:15 horas, se abre la sesión …` on the
    line right under it, in one paragraph: the mayor's own words (he says the hour), his turn,
    as every `OFFICE: holder` label of the record runs its speech on its next line."""
    tei = tabled_tei("es-pe-concejo-alcalde-holder-hour-spoken.txt")
    assert turn_speakers(tei)[0] == "ALCALDE: Rómulo Casas Ventura"
    assert not any("Siendo las 10:15" in text for text in outside_turns(tei))


def test_sitting_ordinal_is_no_hour() -> None:
    """`PREDSJEDNIK: dr. Josip Kralj` alone over `…, 9. sjednica … je otvorena.`: the sitting's
    ordinal (a figure with its stop before a word) is no hour of a narrated opening, so the
    chair's own words stay his first turn."""
    tei = tabled_tei("hr-sabor-holder-sitting-ordinal-opened.txt")
    assert turn_speakers(tei)[0] == "PREDSJEDNIK: dr. Josip Kralj"
    assert turn_ids(tei)[0] == turn_ids(tei)[1] == "dr-josip-kralj"


def test_head_line_over_the_narrated_hour_stays_the_heads() -> None:
    """The range's shape still read: the holder's line a paragraph of its own over the narration
    with its hour (`La seduta comincia alle 10.`, `Sjednica je počela u 10 sati.`) is the head's."""
    tei = tabled_tei("it-resoconto-head-presidente-opened.txt")
    assert "PRESIDENTE: on. MARIO ROSSI" not in turn_speakers(tei)
    tei = text_tei(
        "PREDSJEDNIK: dr. Ivo Perić\n\nSjednica je počela u 10.05 sati.\n\n"
        "PREDSJEDNIK: Otvaram raspravu. Riječ ima zastupnik Kos.\n\n"
        "ZASTUPNIK KOS: Hvala, predsjedniče.\n"
    )
    assert turn_speakers(tei) == ["PREDSJEDNIK:", "ZASTUPNIK KOS:"]


def test_same_narration_on_the_next_line_is_the_chairs_turn() -> None:
    """The same opening sentence right under the holder's line, no blank line between: the
    layout of a record whose labels run their speech on the next line, the chair's turn."""
    tei = text_tei(_SPOKEN_BELOW.format(below="Se abre la sesión a las 10 horas."))
    assert turn_speakers(tei) == ["ALCALDE: Rómulo Casas Ventura", "REGIDORA: Elvira Mendoza Paz", "ALCALDE:"]

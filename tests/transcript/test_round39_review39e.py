"""A vote's tally of one abstention under a short exchange of bare names ("Stimmenthaltung:
keine"), which the exchange's rule had believed as one more name replying in lower case, and a
chair calling two speakers by name with a stop above the first speech ("Präsident: Herr Jucho,
Herr Biedermann."), which the head's rule of officers named had read as a field, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_tally_s_one_abstention_under_an_exchange_is_no_speaker() -> None:
    """ "Stimmenthaltung: keine" after the exchange's last reply stays the minutes' text; the
    replies above keep their turns."""
    root = tabled_tei("de-verein-exchange-tally-singular-abstention.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["dann angenommen", "Stimmenthaltung: keine"]


def test_the_singular_abstention_in_spanish_and_italian() -> None:
    """ "Abstención: ninguna" and "Astensione: nessuna" under the exchange are no speakers."""
    spanish = "Acta\n\nGarcía: votamos\nLópez: de acuerdo\nGarcía: aprobado\nAbstención: ninguna\n"
    assert texts(text_tei(spanish, "es.txt"), "//t:sp/t:speaker") == ["García:", "López:", "García:"]
    italian = "Verbale\n\nRossi: votiamo\nBianchi: d'accordo\nRossi: approvato\nAstensione: nessuna\n"
    assert texts(text_tei(italian, "it.txt"), "//t:sp/t:speaker") == ["Rossi:", "Bianchi:", "Rossi:"]


def test_a_chair_calling_two_speakers_who_answer_below_keeps_the_turn() -> None:
    """ "Präsident: Herr Jucho, Herr Biedermann.": names under their forms of address, each
    speaking below, are the chair's call of the speakers, not the head's officers."""
    root = tabled_tei("de-landtag-chair-calls-two-speakers-stopped.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Herr Jucho, Herr Biedermann."]


def test_the_head_s_secretaries_as_bare_surnames_who_read_below_stay_a_field() -> None:
    """ "Schriftführer: Biedermann, Jucho." names no form of address: the head's field, though
    both secretaries speak below."""
    root = tabled_tei("de-frankfurt-1848-head-officers-names-stopped.txt")
    assert "Schriftführer: Biedermann, Jucho." in texts(root, "//t:body//t:p")

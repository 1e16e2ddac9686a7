"""A vote's tally of one abstention under a short exchange of bare names ("Stimmenthaltung:
keine"), which the exchange's rule had believed as one more name replying in lower case, in an
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

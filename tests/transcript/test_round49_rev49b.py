"""Over-catches of round 49's synod and union shapes (hunt49e), each a negative that stays speech
beside the range's positive still taken: the Dutch synod's "preses" is the Latvian press's word
("Preses paziņojums:"), so the office is Dutch alone (``language_offices``)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. The Dutch synod's "preses" in a Latvian record


def test_latvian_press_notice_is_no_synod_chair() -> None:
    """ "Preses paziņojums:" (the press's notice) at a line's start in a Latvian council's record
    stays the chair's speech, where the Dutch word made it an office's label; the press
    secretary ("Preses sekretāre X:") is still a label, her office named after the word."""
    paragraphs = turn_paragraphs(tabled_tei("lv-dome-preses-pazinojums.txt"))
    assert any("Preses paziņojums:" in para for para in paragraphs)


def test_dutch_synod_preses_and_scriba_stay_labels() -> None:
    """The range's shape in a Dutch classis: "De preses:" and "De scriba:" by office alone are
    labels, and "De preses van de vorige synode schreef:" inside the chair's turn stays speech."""
    lines = (
        "De preses: Ik open de vergadering. Welkom aan alle afgevaardigden.",
        "Ds. Pieter de Wit (Enkhuizen): Dank u, preses. De kerkenraad heeft het rapport besproken.",
        "De preses: Dank u. De preses van de vorige synode schreef:\nhet beleidsplan moet worden herzien.",
        "De scriba: De notulen worden ongewijzigd vastgesteld.",
        "Ouderling Jan Smit: Ik dank de scriba voor het werk.",
    )
    root = text_tei(
        "Verslag van de vergadering van de classis Hoorn\n\n" + "\n\n".join(lines) + "\n", "nl.txt"
    )
    assert turn_speakers(root) == [
        "De preses:",
        "Ds. Pieter de Wit (Enkhuizen):",
        "De preses:",
        "De scriba:",
        "Ouderling Jan Smit:",
    ]


# 2. The number's sign's stop in a union delegate's label


def test_number_sign_stop_ending_a_sentence_still_ends_it() -> None:
    """A stop after a figure that follows "Nr." ends the sentence ("hat zu Antrag Nr. 7. eine
    Erklärung abgegeben:" stays the chair's speech), where the delegate's "Delegierter Nr. 87:"
    after the union is still a label: only the sign's own stop before the figure is no end."""
    lines = (
        "Vorsitzende Karin Weller:\nWir kommen zum Sachgebiet B. Das Wort hat die Kollegin Roth.",
        "Kollegin Sabine Roth, ver.di, Delegierte Nr. 212:\nIch spreche zu Antrag B 3.",
        "Vorsitzende Karin Weller:\nDanke. Kollege Brandt, IG BCE, hat zu Antrag Nr. 7. eine Erklärung abgegeben:"
        "\nEr zieht den Antrag zurück.",
        "Kollege Udo Fink, NGG, Delegierter Nr. 87:\nIch unterstütze die Empfehlung.",
    )
    root = text_tei("Ordentlicher Bundeskongress, 2. Sitzungstag\n\n" + "\n\n".join(lines) + "\n", "de.txt")
    assert turn_speakers(root) == [
        "Vorsitzende Karin Weller:",
        "Kollegin Sabine Roth, ver.di, Delegierte Nr. 212:",
        "Vorsitzende Karin Weller:",
        "Kollege Udo Fink, NGG, Delegierter Nr. 87:",
    ]

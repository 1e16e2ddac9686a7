"""The twenty-sixth round's samples laid out again: a copy hard-wrapped with no blank lines,
whose label opens a line under one that ends no sentence as a stop would."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_heading_run_onto_the_chairs_last_line_ends_his_turn() -> None:
    """ "… I now call on the Minister. ROAD TRAFFIC BILL, 2026" over "The Minister of Transport
    (Hon. X): …": the heading in CAPITALS ends the chair's line, the minister's label below opens
    his turn, and the heading is the next item's, no words of the chair's speech."""
    tei = tabled_tei("en-bb-hansard-heading-ran-onto-wrapped-line.txt")
    assert texts(tei, "//t:sp/t:speaker") == [
        "Mr. Speaker:",
        "The Minister of Transport (Hon. Desmond Carrington):",
        "Mr. Speaker:",
        "The Leader of Government Business (Hon. Sheila Boyce):",
    ]
    assert texts(tei, "//t:body//t:head") == ["ROAD TRAFFIC BILL, 2026", "ADJOURNMENT"]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Hon. Members, the Clerk has read the Order of the Day and I now call on the Minister."
    ]


def test_a_note_in_braces_with_its_stop_inside_ends_a_sentence() -> None:
    """ "{अध्यक्ष महोदय (श्री …) पीठासीन हुए.}" over "अध्यक्ष महोदय-- …" with no blank line: the
    note's stop inside its braces ends it, and the chair's label below opens the first turn."""
    tei = tabled_tei("hi-vidhansabha-brace-note-wrapped.txt")
    assert texts(tei, "//t:sp/t:speaker")[0] == "अध्यक्ष महोदय--"
    assert turn_ids(tei) == ["सुरेन्द्र-प्रताप-वर्मा", "श्री-दिनेश-यादव", "श्री-अजय-शुक्ला", "सुरेन्द्र-प्रताप-वर्मा"]


def test_a_description_the_wrap_cut_before_its_stop_stays_the_labels() -> None:
    """ "Mme X, présidente de la Fédération nationale des" / "communes forestières. Merci, …",
    with "Mme X." believed elsewhere: the label runs to its stop on the next line."""
    tei = tabled_tei("fr-commission-audition-description-wrapped.txt")
    assert texts(tei, "(//t:sp)[2]/t:speaker") == [
        "Mme Élodie Ferrand, présidente de la Fédération nationale des communes forestières."
    ]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Merci, monsieur le président.")
    assert turn_ids(tei)[1] == turn_ids(tei)[3] == "mme-elodie-ferrand"


def test_an_office_with_its_speech_opens_the_first_turn_under_an_unstopped_list() -> None:
    """ "… Rechtsanwältin X als Verteidigerin des Angeklagten" / "Vorsitzende: Ich rufe …" with no
    blank line: the presiding judge's office opens the first turn, no word of the list above."""
    tei = tabled_tei("de-amtsgericht-anwesende-ohne-leerzeilen.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["Vorsitzende:", "Staatsanwalt:", "Verteidigerin:"]
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Ich rufe die Sache auf")

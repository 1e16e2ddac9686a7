"""Regional and minority-language assemblies' records: the Catalan Parliament's office alone on
its line with its holder in parentheses (`El secretari general (X i Y)`), printed once, is a
label, no heading; Luxembourg's Chamber ends each label with a bar set apart by spaces
(`M. X (CSV) | Merci, …`), which a table's row, printing more than one, never does. An item's
number and words with its stage in brackets after them (`2. Election of a judge (Second round)`)
head the item, as does the Senedd's heading given in Welsh and English, a line each. A house's
name alone on its line (`Grand Conseil`) is no label whose speech opens under it, and a party in
brackets after a name (`M. X (MR). -`) is an affiliation, however like a form of address. A
speech archive's link after the bar (`X (Seat, Party) | Oireachtas source`) is no speech. The
Åland Lagting's member and deputy speaker by their abbreviated offices alone on their lines
(`Ltl X`, `Vtm Y`) are labels, one printed once too where the speech below addresses the chair."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_an_office_held_alone_on_its_line_once_is_a_label() -> None:
    tei = tabled_tei("ca-dspc-clerk-held-alone-once.txt")
    assert texts(tei, "//t:sp/t:p")[0].startswith("Bon dia a tothom")
    assert texts(tei, "//t:person/t:persName")[0] == "Jordi Pujades i Ferrer"


def test_a_bare_office_alone_once_is_still_no_label() -> None:
    tei = text_tei("Ple del Parlament\n\nEl secretari general\n\nBon dia a tothom, senyores i senyors.\n")
    assert turn_ids(tei) == []


def test_a_bar_after_the_label_ends_it() -> None:
    tei = tabled_tei("lb-chamber-bar-after-label.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Merci, Här President.")
    assert tei.xpath("//t:personGrp/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == ["une-voix"]


def test_a_tables_rows_are_no_labels() -> None:
    tei = text_tei(
        "The committee heard two members.\n\nMember | Seat | Party\nAnne Kieffer | Centre | DP\n"
        "Marc Hoffmann | Nord | CSV\n\nThe sitting closed at noon.\n"
    )
    assert turn_ids(tei) == []


def test_a_numbered_items_stage_in_brackets_heads_it() -> None:
    tei = tabled_tei("coe-pace-numbered-item-with-round.txt")
    assert texts(tei, "//t:head") == [
        "1. Election of a judge to the Court (Result of first round)",
        "2. Election of a judge to the Court (Second round)",
    ]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["The sitting is open."]


def test_a_bilingual_items_two_lines_head_it() -> None:
    tei = tabled_tei("cy-senedd-bilingual-item-heading.txt")
    assert texts(tei, "//t:head") == [
        "Teyrnged er cof am Gareth Morgan, cyn Aelod Tribute in memory of Gareth Morgan, former Member"
    ]
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Order. I call the Plenary meeting to order."]


def test_two_lines_of_a_speech_with_a_stop_stay_its_words() -> None:
    tei = text_tei(
        "Y Llywydd: Trefn.\n\nThe Presiding Officer: Order.\n\nI call the first item now\n"
        "Questions to the First Minister.\n\nY Llywydd: Cwestiwn 1.\n"
    )
    assert texts(tei, "//t:head") == []


def test_the_chairs_label_once_under_the_houses_name_is_a_label() -> None:
    tei = tabled_tei("ch-ge-memorial-president-once-under-house.txt")
    assert texts(tei, "//t:head") == ["Grand Conseil"]


def test_a_party_spelled_as_a_form_of_address_is_an_affiliation() -> None:
    tei = tabled_tei("be-wallonie-party-mr-after-name.txt")
    assert texts(tei, "//t:person[@xml:id='m-lambert']/t:affiliation") == ["MR"]


def test_a_form_of_address_in_brackets_before_the_name_stays_the_names() -> None:
    tei = text_tei("Hon. (Eng.) Kamal Perera: Thank you, Sir.\n\nMr. Speaker: Order.\n")
    assert turn_ids(tei) == ["hon-eng-kamal-perera", "mr-speaker"]


def test_a_source_link_after_the_bar_is_no_speech() -> None:
    tei = tabled_tei("ie-debates-archive-bar-source-link.txt")
    assert texts(tei, "//t:sp/t:p")[0].startswith("The number of homes")


def test_abbreviated_offices_alone_on_their_lines_are_labels() -> None:
    tabled_tei("ax-lagting-question-time-names-alone.txt")


def test_an_office_and_name_alone_once_over_a_saluting_speech_is_a_label() -> None:
    tei = tabled_tei("ax-lagting-member-alone-once-saluting.txt")
    assert texts(tei, "//t:head") == []


def test_a_heading_with_an_office_in_lower_case_words_stays_a_heading() -> None:
    tei = text_tei(
        "Första behandling\n\nReport of the Minister for Finance\n\n"
        "Mr Speaker, I rise to present the supplementary budget for this year.\n"
    )
    assert turn_ids(tei) == []

"""OCR'd scans and PDF text of printed records, 1900–1995: a label's colon read as a semicolon
after a holder's initials or party, a stop read as a comma set off by a space, a zero for the O
of a name in CAPITALS, an old Hansard's bench glued to its stop and dash, column heads numbered
at both ends, a page's head printed once beside its number alone and again with it, and the
Riksdag's chamber over its protocol. What only looks so (a list of names with semicolons or
spaced commas, the excerpt's title at its top) stays as it was. Each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_semicolon_after_an_office_and_initials_is_the_label_colon() -> None:
    """ "Shri K. V. Ramaswamy ; I support …": OCR's semicolon after a form of address, the
    holder's initials and surname, printed once: a label, as "Poseł Grabski ;" is."""
    tabled_tei("en-in-loksabha-ocr-semicolon-initials.txt")


def test_a_semicolon_after_a_name_and_its_party_is_the_label_colon() -> None:
    """ "Sr. Ruiz Toledo (AP) ; Nosotros …": a double surname and its party in brackets."""
    tabled_tei("es-ayuntamiento-ocr-semicolon-party.txt")


def test_names_listed_with_semicolons_stay_a_sentence() -> None:
    """A minute's list of members, a semicolon after each, opens no turn."""
    root = text_tei(
        "Mr. Speaker: Order, order.\n\n"
        "Shri A. K. Rao ; Shri B. Nair and Shri C. Das were present at the meeting.\n\n"
        "Mr. Speaker: The House stands adjourned.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Mr. Speaker:", "Mr. Speaker:"]


def test_a_comma_set_off_by_a_space_after_a_surname_in_capitals_is_the_stop() -> None:
    """ "Mr. HALLORAN , I yield.": the Congressional Record's stop read as a comma, a space
    before it as OCR sets it; the turn is Halloran's, no sentence of the speech above."""
    root = tabled_tei("en-congrec-ocr-comma-for-stop.txt")
    assert texts(root, "//t:sp[6]/t:p") == ["I yield."]


def test_a_comma_set_off_by_a_space_after_the_chair_is_the_stop() -> None:
    """ "PRESIDENTE , Ha facoltà …" opening the excerpt: the chair's label, printed once so."""
    tabled_tei("it-camera-ocr-comma-chair.txt")


def test_names_listed_with_spaced_commas_open_no_turn() -> None:
    """ "Mr. ORR , Mr. HALE and …": a second name after the comma is a list's, no speech."""
    root = text_tei(
        "Mr. WEXLER. I ask who was present.\n"
        "Mr. ORR , Mr. HALE and Mr. DENBY were present at the hearing.\n"
        "Mr. WEXLER. I thank the Senator.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Mr. WEXLER.", "Mr. WEXLER."]


def test_a_zero_for_the_o_of_a_name_in_capitals() -> None:
    """ "COUNCILMAN 0LSEN:", "COUNCILWOMAN BR0OKS:": OCR's zero for O inside a typed council's
    labels in CAPITALS; the labels stay as printed."""
    tabled_tei("en-council-ocr-zero-for-o.txt")


def test_figures_are_no_name_in_capitals() -> None:
    """A line opening with figures and a colon stays text: a zero reads as O only beside letters."""
    root = text_tei(
        "MAYOR HENDRICKS: The vote was:\n\n100: in favour of the motion.\n\nMAYOR HENDRICKS: Carried.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["MAYOR HENDRICKS:", "MAYOR HENDRICKS:"]


def test_a_bench_glued_to_its_stop_and_dash_is_a_group() -> None:
    """ "Government supporters.—Rubbish!" and "Opposition members.—Hear, hear!": the old
    Australian Hansard glues the dash to the stop; the benches are groups, their own turns."""
    root = tabled_tei("en-au-hansard-ocr-group-glued-dash.txt")
    assert root.xpath("//t:personGrp[@xml:id='government-supporters']", namespaces=NS)


def test_column_heads_numbered_at_both_ends_are_furniture() -> None:
    """ "2213   Coal Industry Bill.   3 JUNE 1946   Coal Industry Bill.   2214" between two
    turns: a Hansard's head with a column's number at each end, the same words on each page
    however the numbers run; neither head is speech nor a label."""
    root = tabled_tei("en-hansard-ocr-column-heads-both-ends.txt")
    assert not [p for p in texts(root, "//t:body//t:p") if "Coal Industry Bill" in p]
    assert len(root.xpath("//t:list[@type='furniture']/t:item[@ana='running-head']", namespaces=NS)) == 2


def test_a_head_beside_its_page_alone_then_with_it() -> None:
    """ "1843" / "ASSEMBLEE NATIONALE — 2e SEANCE DU 1er JUIN 1953" at the top, then "1844
    ASSEMBLEE NATIONALE — …" mid-text: the later one is the page's head, no label; the first
    stays the excerpt's title."""
    root = tabled_tei("fr-an-ocr-page-alone-then-numbered-head.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["ASSEMBLEE NATIONALE — 2e SEANCE DU 1er JUIN 1953"]


def test_the_riksdag_chamber_over_its_protocol_is_no_label() -> None:
    """ "ANDRA KAMMAREN." / "Nr 17." / "Tisdagen den 4 mars.": the chamber's name over its
    sitting, a house as "HOUSE OF LORDS." is; the members' labels stay."""
    tabled_tei("sv-riksdag-ocr-kammaren-title.txt")


def test_a_believed_label_with_its_stop_and_dash_runs_on_inside_a_block() -> None:
    """ "Une voix. — Et la discipline ?" / "Delorme. — La discipline, …": a congress's record
    whose turns run on without a blank line; the speaker believed at a paragraph's start opens
    his turn again under the voice, as a one-word label with its stop does."""
    root = tabled_tei("fr-congres-ocr-run-on-stop-dash.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("La discipline")


def test_a_word_with_a_stop_and_dash_inside_a_speech_is_no_label() -> None:
    """ "Paris. — La ville …" inside a speech, no label believed by that name: the speech's."""
    root = text_tei(
        "Le président. — La parole est au citoyen Marchal.\n\n"
        "Marchal. — Citoyens, je commence par la capitale.\n"
        "Paris. — La ville a voté contre nous, et nous le savons.\n\n"
        "Le président. — Merci.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Le président. —", "Marchal. —", "Le président. —"]


def test_a_party_title_with_its_acronym_is_no_holder_over_a_speech() -> None:
    """ "PARTI RÉPUBLICAIN (P. R. S.)" / "21e CONGRÈS NATIONAL": two words in CAPITALS and an
    acronym in brackets, no office among them, is the congress's title, not an office's holder
    alone over a speech."""
    root = tabled_tei("fr-congres-party-title-acronym.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["PARTI RÉPUBLICAIN (P. R. S.) 21e CONGRÈS NATIONAL"]


def test_an_item_heading_with_its_stop_alone_among_colon_labels() -> None:
    """ "EDUCATION." alone on its line over "Considered in Committee.", printed once, where the
    members' labels end with a colon: an old Hansard's item, its division's heading, no speaker."""
    root = tabled_tei("en-hansard-ocr-item-heading-stop.txt")
    assert texts(root, "//t:body//t:head") == ["EDUCATION."]


def test_a_name_alone_with_its_stop_among_stop_labels_stays_a_label() -> None:
    """ "ROSSI." alone over the speech where every label ends with its stop: the record's shape."""
    root = text_tei(
        "PRESIDENTE. Ha facoltà di parlare l'onorevole Rossi.\n\n"
        "ROSSI.\nOnorevoli colleghi, il Governo ha torto.\n\n"
        "PRESIDENTE. Grazie, onorevole Rossi.\n\nBIANCHI. Chiedo di parlare.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["PRESIDENTE.", "ROSSI.", "PRESIDENTE.", "BIANCHI."]

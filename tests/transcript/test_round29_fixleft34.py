"""Shapes earlier rounds left: a vote table typed a cell a line, offices abbreviated before a
name, a club in parentheses with no group word under a member's name."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_vote_table_typed_a_cell_a_line_keeps_its_cells() -> None:
    """ "Puhemies Anna Lehto: Äänestyksen tulos on seuraava." / "Jaa" / "Ei" / "Tyhjiä" / "Poissa"
    / "102" / "64" / "2" / "31": the figures are a table's cells, no page numbers, and "Jaa" no
    share button; each cell is its own paragraph of the chair's turn."""
    tei = tabled_tei("fi-eduskunta-vote-table-cells.txt")
    cells = ["Jaa", "Ei", "Tyhjiä", "Poissa", "102", "64", "2", "31"]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Äänestyksen tulos on seuraava.", *cells]


def test_a_group_in_lower_case_among_the_cells_is_its_own_cell() -> None:
    """ "Jaa" / "Ei" / "Poissa" / "kesk" / "21" / "10" / "3" / "ps" / …: a group's abbreviation in
    lower case opens its row, no sentence a page break cut; nothing is joined."""
    tei = text_tei(
        "Puhemies Anna Lehto: Äänestyksen tulos ryhmittäin:\n\nJaa\nEi\nPoissa\nkesk\n21\n10\n3\n"
        "vihr\n12\n4\n1\n\nPuhemies Anna Lehto: Ehdotus on hyväksytty.\n"
    )
    cells = ["Jaa", "Ei", "Poissa", "kesk", "21", "10", "3", "vihr", "12", "4", "1"]
    assert texts(tei, "(//t:sp)[1]/t:p")[1:] == cells
    assert not tei.xpath("//t:milestone", namespaces=NS)


def test_a_vote_result_by_club_inside_a_speech_stays_in_the_turn() -> None:
    """ "… Výsledek podle klubů:" / "Za" / "Proti" / "Zdržel se" / "ANO" / "54" / "0" / "3" /
    "ODS" / "12" / …: the cells stay in the chair's turn, a club over its figures no heading, and
    the chair's words after the table his."""
    tei = tabled_tei("cs-psp-vote-result-cells.txt")
    said = texts(tei, "(//t:sp)[1]/t:p")
    assert said[2:] == ["Za", "Proti", "Zdržel se", "ANO", "54", "0", "3", "ODS", "12", "30", "1", said[-1]]
    assert said[-1].startswith("Děkuji. Nyní vystoupí")
    assert not tei.xpath("//t:body//t:head", namespaces=NS)


def test_page_numbers_counting_up_stay_furniture() -> None:
    """ "12" / "13" / "14" one under another: the pages' numbers counting up one by one, no table."""
    tei = text_tei("THE SPEAKER: The House will come to order.\n12\n13\n14\nMR. LEE: Thank you.\n")
    assert not any(text.isdigit() for text in texts(tei, "//t:p"))


def test_superscript_figures_alone_are_no_table() -> None:
    """ "²" / "³" / "⁴" alone on their lines: digits to Python, no figures of a table; read as before."""
    tei = text_tei("THE SPEAKER: Order.\n²\n³\n⁴\nMR. LEE: Thank you.\n")
    assert tei.xpath("//t:sp", namespaces=NS)


def test_a_secretary_of_state_abbreviated_is_one_label() -> None:
    """ "Staatssekr. Dr. Anna Lindner: Herr Vorsitzender, …" and "Parl. Staatssekr. Jonas Weber:
    …": the abbreviated office's stop ends no sentence; each is a whole label."""
    tei = tabled_tei("de-ausschuss-staatssekr-abbreviated.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Herr Vorsitzender")


def test_a_polish_chair_and_deputy_marshal_abbreviated_are_labels() -> None:
    """ "Przew. Anna Nowak: Otwieram …" / "Wicemarsz. Jan Kowalski: Dziękuję, …": whole labels."""
    tei = tabled_tei("pl-senat-komisja-przew-abbreviated.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Dziękuję, pani przewodnicząca. Mam pytanie do pana ministra."]


def test_a_czech_deputy_chair_abbreviated_is_a_label() -> None:
    """ "Místopř. Jan Dvořák: Zahajuji jednání výboru. …": the office and the name, no label
    "Místopř" alone."""
    tei = tabled_tei("cs-vybor-mistopr-abbreviated.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Zahajuji jednání výboru. Slovo má pan ministr."]


def test_a_russian_deputy_chair_abbreviated_is_a_label() -> None:
    """ "Зам. председателя Иванов А.П.: Коллеги, …": a label, no sentence "Зам." read into the
    speech of the one member who spoke."""
    tei = tabled_tei("ru-komitet-zam-abbreviated.txt")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Спасибо."]


def test_a_club_without_a_group_word_under_a_name_is_the_affiliation() -> None:
    """ "Poseł Jan Kowalski" / "(PSL)" / "Pani przewodnicząca! …", "(Lewica)", "(Konfederacja)":
    each club is the member's affiliation, no stage; the hall's "(Oklaski)" stays a stage."""
    tei = tabled_tei("pl-sejm-komisja-club-acronym-below-name.txt")
    assert texts(tei, "//t:stage") == ["(Oklaski)"]
    clubs = tei.xpath("//t:person/t:affiliation/text()", namespaces=NS)
    assert clubs == ["PSL", "Lewica", "Konfederacja"]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Pani przewodnicząca!")


def test_an_event_in_capitals_under_a_name_stays_a_stage() -> None:
    """ "Poseł Ewa Sadowska" / "(OKLASKI)" / "Panie Marszałku! …": an event of the hall in
    CAPITALS, no club."""
    tei = text_tei(
        "Marszałek:\nGłos ma pani poseł Ewa Sadowska.\n\nPoseł Ewa Sadowska\n(OKLASKI)\n"
        "Panie Marszałku! Wysoka Izbo! Projekt jest potrzebny.\n\nMarszałek:\nDziękuję.\n"
    )
    assert texts(tei, "//t:stage") == ["(OKLASKI)"]

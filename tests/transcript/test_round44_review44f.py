"""Narrowings of the round's business-meeting shapes (sample in turns.toml, persons in ids.toml):
an analyst's bank after a name's dash is believed where the turn above announces the person, not
where a chair names the street or the region an item's heading opens with ("… the path along
Mill Lane." / "Mill Lane – Footpath Repairs: …"); a number read past where the words before it
hold a seat, which an article does not ("Report of the Working Group 2 (Finance): …"); a firm's
joining words are the portfolios' (``portfolio_joins``)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels.matcher import LabelMatcher
from stenogram.transcript.labels.shapes import firm_role


def test_a_headings_halves_after_a_dash_stay_speech_where_the_chair_names_the_place() -> None:
    """ "… the path along Mill Lane." / "Mill Lane – Footpath Repairs: …" beside "Anna Price –
    Chair:": the street named above is no person announced, the heading stays the chair's."""
    root = tabled_tei("en-parish-council-dashed-item-headings.txt")
    paragraphs = texts(root, "//t:sp/t:p")
    assert (
        "Mill Lane – Footpath Repairs: The contractor has agreed to start in May, weather permitting."
        in paragraphs
    )
    assert (
        "North Africa – Twinning Visit: Eight members of the group travelled to Sfax in October."
        in paragraphs
    )


def test_an_analyst_announced_with_her_bank_is_a_label() -> None:
    """ "… from Kevin Lee with Morgan Stanley." over "Kevin Lee – Morgan Stanley:": the operator
    names the analyst and, a few words on, the bank after her dash."""
    root = text_tei(
        "Quarterly Call – Excerpt\n\nOperator: Our next question comes from Kevin Lee with Morgan Stanley.\n\n"
        "Kevin Lee – Morgan Stanley: Thanks. A question on margins, please.\n\n"
        "Sarah Pike – Chief Financial Officer: Margins were stable.\n\nOperator: That concludes the call.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "Operator:",
        "Kevin Lee – Morgan Stanley:",
        "Sarah Pike – Chief Financial Officer:",
        "Operator:",
    ]


def test_a_region_named_above_a_regional_heading_is_no_announcement() -> None:
    """ "… the report on North Africa." over "North Africa – Regional Review: …": no form of
    address before the "surname", no word of the "firm" after it."""
    root = text_tei(
        "Annual General Meeting — Verbatim\n\nHelen Ward – Chairman: Welcome. I will now turn to the report on"
        " North Africa.\n\nNorth Africa – Regional Review: Sales in the region rose by a fifth in the year.\n\n"
        "David Stone – Finance Director: The figures are in the annual report.\n\nHelen Ward – Chairman: Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "Helen Ward – Chairman:",
        "David Stone – Finance Director:",
        "Helen Ward – Chairman:",
    ]


def test_a_number_after_an_article_and_a_groups_words_is_read_as_speech() -> None:
    """ "Report of the Working Group 2 (Finance): …": "the" holds no seat; "Member for District 3
    (Oakdale):" beside it does."""
    root = text_tei(
        "Board of Supervisors – Transcript\n\nChair: We move to the reports of the working groups.\n\n"
        "Report of the Working Group 2 (Finance): The group met twice and has nothing to add.\n\n"
        "Member for District 3 (Oakdale): I support the report.\n\n"
        "Resolution of the Board on Item 6 (Parks): Approved.\n\nChair: Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["Chair:", "Member for District 3 (Oakdale):", "Chair:"]
    assert "Resolution of the Board on Item 6 (Parks): Approved." in texts(root, "//t:sp/t:p")


def test_a_firms_joining_words_are_the_portfolios() -> None:
    """ "Kepler und Co", "Kepler & Co": a firm's name; "Kepler für Co": words of a sentence."""
    config = default_config()
    matcher = LabelMatcher(config)
    for line, firm in (
        ("Anna Roth – Kepler und Co", True),
        ("Anna Roth – Kepler & Co", True),
        ("Anna Roth – Kepler für Co", False),
    ):
        dashed = matcher.dashed_role(line)
        assert dashed is not None and firm_role(dashed, config) is firm


def test_a_debates_names_and_parties_after_dashes_printed_once_are_labels() -> None:
    """ "Lucía X – Podemos:" / "Andrés Y – Vox:", each printed once between the moderator's turns:
    names taking turns, the party after the dash no heading's half ("firm" blocks no dialogue)."""
    root = text_tei(
        "Debate electoral – transcripción\n\nModerador: Buenas noches. Empezamos con la vivienda.\n\n"
        "Lucía Romero – Podemos: Gracias. Los alquileres no paran de subir.\n\n"
        "Andrés Gil – Vox: Eso es culpa de la okupación.\n\nModerador: Gracias a los dos.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "Moderador:",
        "Lucía Romero – Podemos:",
        "Andrés Gil – Vox:",
        "Moderador:",
    ]


def test_a_party_after_a_dash_printed_once_beside_one_printed_again_is_a_label() -> None:
    """ "Marco X – Lega:" twice, believed by itself, beside "Giulia Y – Azione:" once."""
    root = text_tei(
        "Dibattito televisivo – trascrizione\n\nModeratrice: Buonasera. Cominciamo con la sanità.\n\n"
        "Marco Bellini – Lega: Grazie. Le liste d'attesa sono troppo lunghe.\n\n"
        "Giulia Ferri – Azione: Su questo siamo d'accordo, ma servono medici.\n\n"
        "Marco Bellini – Lega: Li abbiamo chiesti.\n\nModeratrice: Grazie a entrambi.\n"
    )
    assert "Giulia Ferri – Azione:" in speakers(etree.tostring(root))

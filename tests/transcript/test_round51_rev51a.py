"""Round 51 (rev51a): a review of the round's merged rules at their edges. The reader glues a
furniture line that is wholly a label's prefix ("Anf. 1") before the label under it, and only that:
a page's number, its dashes or a section sign over a label stay what they were. A presiding field
of the head whose value names or describes the chair stays the head's; a chair's first question
is a turn. The Polish court's legal adviser ("r.pr.") and advocate ("adw.") keep their titles."""

from __future__ import annotations

import pytest

from label_samples import outside_turns, text_tei, texts, turn_ids, turn_paragraphs, turn_speakers

_COURT = (
    "IN THE CROWN COURT AT LEEDS\n\nR v. HOLLOWAY\n\n"
    "THE COURT: Please be seated. Mr Grant, are you ready to proceed?\n\n"
    "MR GRANT: I am, my Lord. I call the first witness.\n\n"
    "{marker}\nTHE COURT: Very well. Bring her in.\n\n"
    "MR GRANT: Please state your full name for the record.\n\n"
    "THE WITNESS: Margaret Ellen Shaw.\n"
)


@pytest.mark.parametrize("marker", ["12", "- 4 -", "Page 3", "§"])
def test_page_marker_over_a_label_is_not_glued_into_it(marker: str) -> None:
    """A court transcript's page number, its dashed form, a "Page 3" line or a lone section sign
    printed right over a label: none of them is a label's prefix (`[labels] prefix`), so the
    reader's gluing of a speech number before the label under it leaves the label bare, and the
    marker outside every speaker."""
    tei = text_tei(_COURT.format(marker=marker))
    assert turn_speakers(tei) == ["THE COURT:", "MR GRANT:", "THE COURT:", "MR GRANT:", "THE WITNESS:"]


def test_riksdag_speech_number_over_each_label_is_glued() -> None:
    """A web copy of the Riksdag's record prints each speech's number on its own line over the
    label (`Anf. 1` / `Talmannen:`): every label keeps its number, and the last number, over the
    speech itself (`Anf. 3` / `Herr talman! …`), stays furniture, no label invented."""
    tei = text_tei(
        "Riksdagens protokoll 2025/26:41\n\nAnf. 1\nTalmannen:\n"
        "Jag ber att få meddela att interpellationen ska besvaras i dag.\n\n"
        "Anf. 2\nStatsrådet ANNA BERG (S):\nHerr talman! Tack för frågan. Regeringen har vidtagit åtgärder.\n\n"
        "Anf. 3\nHerr talman! Jag tackar statsrådet för svaret.\n"
    )
    assert turn_speakers(tei) == ["Anf. 1 Talmannen:", "Anf. 2 Statsrådet ANNA BERG (S):"]


def test_chair_field_naming_a_judge_with_her_office_stays_the_heads() -> None:
    """An employment tribunal's head names the chair with her office after a comma (`Chair: Ms J.
    Okafor, Employment Judge`), no question and no clause: the head's fields stay outside the
    turns, and the chair's first turn, which asks a party a question, is hers."""
    tei = text_tei(
        "EMPLOYMENT TRIBUNAL\nCase No. 2401/2025\nChair: Ms J. Okafor, Employment Judge\n"
        "Members: Mr P. Lane, Ms R. Singh\n\n"
        "CHAIR: Good morning. We are here for the final hearing. Mr Dale, do you represent the claimant?\n\n"
        "MR DALE: I do, madam. I appear for Mr Burton.\n\n"
        "CHAIR: Thank you. Ms Webb, you appear for the respondent?\n\nMS WEBB: Yes, madam.\n"
    )
    assert turn_speakers(tei) == ["CHAIR:", "MR DALE:", "CHAIR:", "MS WEBB:"]
    assert texts(tei, "//t:front//t:div[@type='presiding']/t:p") == ["Chair: Ms J. Okafor, Employment Judge"]


def test_inquiry_chair_described_in_the_head_is_no_turn() -> None:
    """An inquiry's head describes who presides with an office, a comma and a clause in lower case
    (`In the Chair: Commissioner, sitting with two assessors.`), the shape a chair's spoken vocative
    has: the field and the roll under it stay outside the turns, the commissioner's three turns
    and counsel's one are the record's."""
    tei = text_tei(
        "PUBLIC INQUIRY INTO THE HARBOUR FIRE\n\n"
        "In the Chair: Commissioner, sitting with two assessors.\n\n"
        "Counsel Assisting: Ms L. Dunn SC\n\n"
        "COMMISSIONER: Good morning. Ms Dunn, are you ready to open?\n\n"
        "MS DUNN: I am, Commissioner. I call the harbour master.\n\n"
        "COMMISSIONER: Thank you.\n"
    )
    assert turn_speakers(tei) == ["COMMISSIONER:", "MS DUNN:", "COMMISSIONER:"]
    assert not any("assessors" in text for text in turn_paragraphs(tei))


def test_polish_legal_adviser_and_advocate_keep_their_titles() -> None:
    """A Polish court's protocol prints the legal adviser's `r.pr.` (radca prawny, no space) and
    the advocate's `adw.` in lower case before the name: both are labels with their titles, the
    presiding judge's turns around them."""
    tei = text_tei(
        "Protokół rozprawy głównej\n\n"
        "Przewodnicząca: Proszę o zajęcie miejsc. Sąd otwiera rozprawę.\n\n"
        "r.pr. Tomasz Lis: Wysoki Sądzie, wnoszę o odroczenie rozprawy.\n\n"
        "adw. Ewa Nowicka: Sprzeciwiam się temu wnioskowi.\n\n"
        "Przewodnicząca: Sąd postanawia nie uwzględnić wniosku.\n"
    )
    assert turn_speakers(tei) == [
        "Przewodnicząca:",
        "r.pr. Tomasz Lis:",
        "adw. Ewa Nowicka:",
        "Przewodnicząca:",
    ]
    assert len(set(turn_ids(tei))) == 3


def test_titled_office_in_a_signature_block_takes_no_turn() -> None:
    """Municipal minutes end with the signatures, the mayor's office, his title and name alone on a
    line (`Oberbürgermeister Dr. Klaus Weber`) over the clerk's: an office, a title and a name
    alone are a label's candidate now (round 51), but at the record's end with no speech under them
    they open no turn of their own, and their text is kept."""
    tei = text_tei(
        "Niederschrift über die öffentliche Sitzung des Stadtrates\n\n"
        "Oberbürgermeister Dr. Klaus Weber: Ich eröffne die Sitzung.\n\n"
        "Stadträtin Petra Lang: Ich beantrage die Vertagung von Punkt 4.\n\n"
        "Oberbürgermeister Dr. Klaus Weber: Dann stimmen wir darüber ab. Der Antrag ist angenommen. "
        "Ich schließe die Sitzung um 19.30 Uhr.\n\n"
        "Oberbürgermeister Dr. Klaus Weber\nSchriftführerin Anna Klein\n"
    )
    assert turn_speakers(tei) == [
        "Oberbürgermeister Dr. Klaus Weber:",
        "Stadträtin Petra Lang:",
        "Oberbürgermeister Dr. Klaus Weber:",
    ]
    assert "Schriftführerin Anna Klein" in " ".join(turn_paragraphs(tei) + outside_turns(tei))

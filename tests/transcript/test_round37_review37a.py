"""Shapes the court and hearing rules of the round had caught wrongly: a forum's chat whose first
speaker's welcome after its bar is long and unstopped, a hearing's witnesses numbered after
"Núm.", a record typed in capitals or a speech opening with an acronym after a label whose colon
was lost, and a live page's hour with its half of the day before a bar or a colon. Invented
samples (names invented; labels in turns.toml, persons in ids.toml) and the counter-examples
that read as before."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts

# Counter-examples that read as before the round's rules: the text and its printed labels.
KEPT = {
    # a live page's headline after its bar over labels with colons: no other bar speaks
    "headline": (
        "LIVE | High Court hears challenge to the state election result – Day 4\n\n"
        "Justice Mehta: Counsel, begin.\n\nMr Rao: May it please the court.\n",
        ["Justice Mehta:", "Mr Rao:"],
    ),
    # a section's short title after its bar is no speech: the headline stays the page's title
    "headline beside a section": (
        "LIVE | High Court hears challenge to the state election result – Day 4\n\n"
        "Key Updates | Bench reserves order\n\n"
        "Justice Mehta: Counsel, begin.\n\nMr Rao: May it please the court.\n",
        ["Justice Mehta:", "Mr Rao:"],
    ),
    # a case's number after "Núm." in the caption: no label
    "caption's number": (
        "TRIBUNAL DE PRIMERA INSTANCIA\nEXPEDIENTE NÚM. 1234/2022\n\nJUEZ: Buenos días.\n\n"
        "FISCAL: Buenos días, Su Señoría.\n\nJUEZ: Proceda.\n",
        ["JUEZ:", "FISCAL:", "JUEZ:"],
    ),
    # a speaker's number after "No.": the label's
    "juror's number": (
        "THE COURT: Juror number twelve, please stand.\n\nJUROR No. 12: Yes, Your Honor.\n\n"
        "THE COURT: Have you read about this case?\n\nJUROR No. 12: No, I have not.\n",
        ["THE COURT:", "JUROR No. 12:", "THE COURT:", "JUROR No. 12:"],
    ),
    # an hour alone on its line, then a speaker's initials "AM:": a speaker still
    "initials AM": (
        "10:42 AM\nAM: Good morning, and thank you for joining us.\nJK: Thanks for having me.\n"
        "10:44 AM\nAM: Let's start with the budget.\n",
        ["AM:", "JK:", "AM:"],
    ),
}


@pytest.mark.parametrize("shape", sorted(KEPT))
def test_counter_examples_read_as_before(shape: str) -> None:
    """Each counter-example gives the labels it gave before the round's rules."""
    text, labels = KEPT[shape]
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels


def test_a_chat_s_first_welcome_after_its_bar_is_a_turn_where_others_speak_after_theirs() -> None:
    """ "Moderator | Welcome everyone to the live Q and A on …" over "Priya Raman | Will …?":
    the bar marks the chat's turns, the first speaker's long unstopped line no headline."""
    root = tabled_tei("en-forum-chat-bar-welcome-unstopped.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Welcome everyone to the live Q and A on the Eastside transit plan with the project team"
    ]


def test_a_witness_numbered_after_num_keeps_the_number_in_the_label() -> None:
    """ "DEPONENTE NÚM. 1:": the sign's stop is an abbreviation's, the number and its colon the
    label's; no case's number after a caption's sign."""
    root = tabled_tei("es-pr-vista-publica-deponente-num.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Buenos días, señora Presidenta.")


def test_a_record_typed_in_capitals_keeps_a_turn_whose_colon_was_lost() -> None:
    """ "MR. PIKE THE STATE CALLS OFFICER DALE MERCER." in a record typed in capitals: speech
    in capitals as every speech of the record, no line of the record's own."""
    root = tabled_tei("en-us-court-capitals-colon-lost.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["THE STATE CALLS OFFICER DALE MERCER."]


def test_a_speech_opening_with_an_acronym_after_a_lost_colon_is_a_turn() -> None:
    """ "MR. PIKE FBI agents will testify …": one word in capitals opens the speech, the line
    in Mixed case."""
    root = tabled_tei("en-us-court-colon-lost-acronym-speech.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("FBI agents will testify")


def test_a_court_s_procedural_lines_in_a_record_typed_in_capitals_open_no_turn() -> None:
    """ "COURT ADJOURNS [11:15]" / "COURT RESUMES ON 18 MARCH 2025 [09:58]" beside "COURT:",
    all typed in capitals: the record's procedural lines, no turns of the court."""
    root = tabled_tei("en-za-court-capitals-record-adjourns.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["WE WILL TAKE HIM AFTER THE ADJOURNMENT."]


def test_a_live_page_s_hour_before_its_bar_or_colon_is_no_speaker() -> None:
    """ "10:42 AM | Hearing begins", "11:05 AM: The bench rises …": the clock's half of the
    day, no label "AM"."""
    root = tabled_tei("en-in-live-blog-hour-bar-colon.txt")
    assert "AM" not in " ".join(texts(root, "//t:sp/t:speaker"))


def test_counsel_s_abbreviated_title_stays_in_the_label() -> None:
    """ "LCDO. RIVERA:", "LCDA. ORTIZ:": the stop is the title's, no label's; the title is
    printed with the name."""
    root = tabled_tei("es-pr-tribunal-lcdo-abogados.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Buenos días, Su Señoría. Por el acusado, listos."]

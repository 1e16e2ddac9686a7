"""The lead's reading of the twenty-third round's merges against real records of earlier rounds:
counter-examples to the round's rules, each failing on the merge that first had it."""

from __future__ import annotations

from label_samples import text_tei, texts

HEARING = """INTERNATIONAL ARBITRATION TRIBUNAL

HEARING ON JURISDICTION

Tuesday, March 3, 2020

The hearing in the above-entitled matter came on at 9:30 a.m. before:

PROF. HELENA MARSH, President of the Tribunal
DR. OSWALDO RUIZ PEÑA, Co-Arbitrator
PROF. DAVID KELLER, Co-Arbitrator

PRESIDENT MARSH: Good morning. We begin with the Respondent's opening.

MR. DANIELS: Thank you, Madam President.
"""


def test_a_hearings_list_of_who_sits_names_no_speaker_where_a_comma_gives_the_office() -> None:
    tei = text_tei(HEARING)
    assert texts(tei, "//t:speaker") == ["PRESIDENT MARSH:", "MR. DANIELS:"]
    assert "PROF. HELENA MARSH, President of the Tribunal" in " ".join(texts(tei, "//t:body//t:p"))


def test_the_chairs_office_calling_a_member_by_name_opens_an_excerpt_as_his_turn() -> None:
    tei = text_tei(
        "Le Président : Madame Lefort.\n"
        "Mme Hélène Lefort (Écologiste) : Merci, monsieur le président. Cet amendement est "
        "nécessaire.\n"
    )
    assert texts(tei, "//t:speaker") == ["Le Président :", "Mme Hélène Lefort (Écologiste) :"]
    assert texts(tei, "//t:sp[1]/t:p") == ["Madame Lefort."]

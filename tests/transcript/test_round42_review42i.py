"""Shapes the round's new readings caught that are no labels of theirs, each narrowed: a person's
initials that spell an abbreviated office of the old trials ("L. K. Varma:", "L. C. B. Mehta
(Secretary):", "L. K. Varma." alone on its line), an Italian association abbreviated as the
assessore is ("Ass. Sportiva Dilettantistica Aurora: contributo …"), and "一番" (the most) before
a phrase and its colon, read as a Japanese seat number."""

from __future__ import annotations

from label_samples import tabled_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

_CONFIG = load_config()
_MATCHER = LabelMatcher(_CONFIG)


def _printed(line: str) -> str | None:
    found = _MATCHER.candidate(line)
    return None if found is None else found.printed


def test_initials_before_a_name_and_its_colon_are_the_names() -> None:
    """ "L. K. Varma: Sir, …", "L. C. B. Mehta (Secretary): …": the whole name the label, its
    initials no Lord Chief Baron's; the speech after the colon."""
    root = tabled_tei("en-assembly-initials-before-name.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Sir, I rise to oppose the Bill in its present form."]
    assert texts(root, "//t:sp[4]/t:p") == ["The hon. Member has ten minutes."]
    assert _printed("L. C. J. Holt: Read it.") == "L. C. J. Holt:"


def test_initials_before_a_name_alone_or_stopped_are_the_names() -> None:
    """A name with its initials alone on its line, or with its stop before the speech, is the
    name's; the offices still open the old trials' speech ("L. C. J. Prisoner at the bar, …")."""
    assert _printed("L. C. B. Mehta.") == "L. C. B. Mehta."
    found = _MATCHER.candidate("L. C. J. Rao. I rise to oppose.")
    assert found is not None and found.name == "L. C. J. Rao"
    assert _printed("L. C. J. Prisoner at the bar, what say you?") == "L. C. J."
    assert _printed("Sol. Gen. Mr. Smith, did you see the prisoner?") == "Sol. Gen."
    # "L. K." is no office: too many persons' initials ("L. K. Varma asked about the roof.")
    assert _printed("L. K. Varma asked about the roof repairs.") != "L. K."


def test_an_abbreviated_office_with_a_link_in_lower_case() -> None:
    """ "Cl. of Arr.", the clerk of arraigns, its "of" in lower case between its abbreviations."""
    assert _printed("Cl. of Arr. Thomas Weller, hold up thy hand.") == "Cl. of Arr."


def test_the_assessore_abbreviated_only_before_a_short_name() -> None:
    """ "Ass. Moretti:", "Ass. Maria de Luca:" the assessore's label (a name of two capitalised
    words at most, a particle between them); "Ass. Sportiva Dilettantistica Aurora:" and "Ass.
    Culturale Amici del Teatro:" an association's name in a list of grants, no label."""
    assert _printed("Ass. Moretti: Grazie, Presidente.") == "Ass. Moretti:"
    assert _printed("Ass. Laura Moretti: Grazie.") == "Ass. Laura Moretti:"
    assert _printed("Ass. Maria de Luca: Grazie.") == "Ass. Maria de Luca:"
    assert _printed("VER.ª Maria da Silva – Obrigada.") == "VER.ª Maria da Silva –"  # up to four words
    assert _printed("Ass. Sportiva Dilettantistica Aurora: contributo di 5.000 euro.") != (
        "Ass. Sportiva Dilettantistica Aurora:"
    )
    assert _printed("Ass. Culturale Amici del Teatro: 3.000 euro.") != "Ass. Culturale Amici del Teatro:"


def test_a_seat_number_before_a_name_of_han_characters_only() -> None:
    """ "７番　森本議員：" the seat set off as the label's prefix; "一番 大事なこと：" (the most
    important thing) no seat: its phrase holds kana, no member's name."""
    found = _MATCHER.candidate("７番　森本議員：おはようございます。")
    assert found is not None and found.name == "森本議員"
    found = _MATCHER.candidate("一番 大事なこと：安全です。")
    assert found is None or found.name != "大事なこと"

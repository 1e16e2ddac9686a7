"""A council's name in CAPITALS run into its verb of deciding is the minutes' formula, no label
("… PAŠVALDĪBAS DOME NOLEMJ:"), but only of the body's nouns alone: a particle or an office
before the decision's word names the person who speaks to it, a congress's role in CAPITALS
("MOVER OF THE RESOLUTION:", "RAPPORTEUR ON THE DECISION:"), printed once or often."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_the_mover_and_seconder_of_the_resolution_are_labels() -> None:
    """ "MOVER OF THE RESOLUTION:" / "SECONDER OF THE RESOLUTION:": a role in CAPITALS whose last
    word is a decision's, the article and particle before it a person's description."""
    root = tabled_tei("en-union-conference-mover-of-the-resolution.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("President, conference, I move Composite 4")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("President, I second.")


def test_a_role_named_by_the_decision_printed_once() -> None:
    """Each role printed once in a short excerpt: still a label, as before the formula's rule."""
    text = (
        "ANNUAL CONFERENCE OF THE UNION\nReport of proceedings\n\n"
        "THE PRESIDENT: Conference, we now take Motion 12 on housing. I call the mover.\n"
        "DELEGATE MOVING THE RESOLUTION: President, conference, I move Motion 12.\n"
        "RAPPORTEUR ON THE DECISION: Thank you, President. The committee agreed.\n"
    )
    assert _speakers(text) == [
        "THE PRESIDENT:",
        "DELEGATE MOVING THE RESOLUTION:",
        "RAPPORTEUR ON THE DECISION:",
    ]


def test_a_bodys_nouns_run_into_its_verb_of_deciding_stay_the_minutes() -> None:
    """Negative: a Russian executive committee's name in CAPITALS and "ПОСТАНОВИЛ:", no particle
    nor office among its words, is the minutes' formula over the decision, no speaker's label."""
    text = (
        "ПРОТОКОЛ № 5\nзаседания исполнительного комитета\n\n"
        "ПРЕДСЕДАТЕЛЬ: Открываю заседание.\n"
        "ИВАНОВ: Предлагаю принять проект.\n"
        "ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ ГОРОДСКОГО СОВЕТА ПОСТАНОВИЛ:\n"
        "1. Принять проект.\n"
        "ПРЕДСЕДАТЕЛЬ: Заседание закрыто.\n"
    )
    assert _speakers(text) == ["ПРЕДСЕДАТЕЛЬ:", "ИВАНОВ:", "ПРЕДСЕДАТЕЛЬ:"]

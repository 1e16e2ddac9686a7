"""Shapes of historic trials' printed records, each in an invented sample (names invented; labels
in turns.toml, persons in ids.toml): the bench a Soviet court's record lists with dashes over turns
set off by colons, a Czech, Slovak or Polish trial's accused, witness and counsel abbreviated
before the name, a US trial's caption with "et al.", its judge after "Before:" and its counsel
after each side's colon, and an answer resumed after an objection with a dash before words in
lower case."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_bench_listed_with_dashes_over_colon_turns_is_the_head() -> None:
    """ "Председательствующий — армвоенюрист Н. П. Громов." / "Члены суда — …" / "Секретарь — …"
    over "Председательствующий: Подсудимый …": the cast's entries are the front's list, no turns;
    the chair's office speaks below with its colon."""
    root = tabled_tei("ru-voennaya-kollegiya-sostav-tire.txt")
    assert texts(root, "//t:front//t:div[@type='list']/t:p") == [
        "Председательствующий — армвоенюрист Н. П. Громов.",
        "Члены суда — диввоенюристы П. С. Лебедев и К. А. Орлов.",
        "Секретарь — военюрист 2-го ранга И. М. Зайцев.",
    ]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Подсудимый Семёнов, вы получили копию обвинительного заключения?"
    ]
    root = tabled_tei("ru-sud-sostav-tire-podryad.txt")
    assert not texts(root, "//t:person[@xml:id='sekretar']")


def test_dashed_turns_under_dashed_turns_stay_turns() -> None:
    """Negative: where the turns below take the dash too, the first lines are turns, however
    short ("Marszałek - Otwieram posiedzenie." / "Poseł Kowal - Dziękuję." / …)."""
    assert _speakers(
        "Marszałek - Otwieram posiedzenie.\n"
        "Poseł Kowal - Dziękuję bardzo.\n"
        "Marszałek - Proszę o ciszę.\n"
        "Poseł Nowak - Wnoszę o przerwę, bo nie ma kworum na sali obrad.\n"
    ) == ["Marszałek -", "Poseł Kowal -", "Marszałek -", "Poseł Nowak -"]


def test_a_single_dashed_line_over_colon_turns_is_no_cast() -> None:
    """Negative: one dashed line alone is no cast's list: the chair's turn under it keeps it."""
    assert _speakers("Председательствующий — Продолжаем заседание.\nПодсудимый Орлов: Я прошу слова.\n") == [
        "Председательствующий —",
        "Подсудимый Орлов:",
    ]


def test_a_trials_abbreviated_accused_and_witness() -> None:
    """ "Obž. Hrubý:", "Sv. Vaněk:", "Obh. Dr. Kolář:"; "Oskarż. Zieliński:", "Św. Dąbrowski:":
    the stop of the abbreviated party ends no label, the name after it is the label's."""
    root = tabled_tei("cs-statni-soud-obz-sv-zkratky.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Bylo to na podzim roku 1948, v kavárně na Příkopech."]
    root = tabled_tei("pl-sad-wojskowy-oskarz-sw-skroty.txt")
    assert texts(root, "//t:sp[5]/t:speaker") == ["Św. Dąbrowski:"]


def test_an_abbreviated_saint_inside_speech_opens_no_turn() -> None:
    """Negative: "Sv. Vít" inside a speech, no colon after it, is the speech's words."""
    assert _speakers("Předs.: Kde jste byl?\nObž. Hrubý: U chrámu Sv. Víta. Čekal jsem tam.\n") == [
        "Předs.:",
        "Obž. Hrubý:",
    ]


def test_a_slovak_public_prosecutor() -> None:
    """ "Verejný žalobca:": the public prosecutor's office, a label beside "Predseda senátu:"."""
    root = tabled_tei("sk-narodny-sud-verejny-zalobca.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["Pán predseda, obvinený hovorí nepravdu."]


def test_a_caption_with_et_al_its_judge_and_appearances_are_the_head() -> None:
    """ "PEOPLE … v. HAROLD MARSH, et al." / "Before: HON. …, Justice …." / "Appearances:" / "For
    the People: WALTER J. BRISCOE, Assistant District Attorney.": the title, the presiding judge
    and the roll, the stops no speech's; the turns open at "THE COURT:"."""
    root = tabled_tei("en-court-caption-et-al-before-appearances.txt")
    assert texts(root, "//t:front//t:titlePart") == [
        "PEOPLE OF THE STATE OF NEW YORK v. HAROLD MARSH, et al."
    ]
    assert texts(root, "//t:front//t:div[@type='list']/t:p")[1:] == [
        "For the People: WALTER J. BRISCOE, Assistant District Attorney.",
        "For the defendants: SAMUEL P. ORTIZ.",
    ]
    assert not texts(root, "//t:person[@xml:id='for-the-people']")


def test_a_sentence_citing_a_case_et_al_is_no_caption() -> None:
    """Negative: speech cut above that cites a case among its sentences stays speech, no title."""
    root = text_tei(
        "We won that one. See Smith v. Jones, et al.\n\nTHE COURT: Proceed.\n\nMR. LEE: Thank you.\n"
    )
    assert not texts(root, "//t:front//t:titlePart")


def test_an_answer_resumed_with_a_dash_keeps_its_letter() -> None:
    """ "A. - and walk to the back of the car.": the dash resumes the answer an objection cut
    off, the label is "A." as elsewhere; the dash is the speech's."""
    root = tabled_tei("en-court-answer-resumed-dash-lower.txt")
    assert texts(root, "//t:sp[5]/t:speaker") == ["A."]
    assert texts(root, "//t:sp[5]/t:p") == ["- and walk to the back of the car."]


def test_a_letter_with_a_stop_and_dash_before_a_capital_keeps_the_dash() -> None:
    """Negative: "D. - Senta, …" / "R. - Sì, …", an Italian court's letters with the stop and the
    dash before the speech's capital: the dash stays the label's."""
    assert _speakers("D. - Senta, dove si trovava quella sera?\nR. - Ero a casa con mia moglie.\n") == [
        "D. -",
        "R. -",
    ]

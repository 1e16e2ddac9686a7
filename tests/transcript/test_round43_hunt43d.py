"""Bilingual records, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml): the Dáil's Minister of State printed in Irish with the department after its link
("Aire Stáit ag an Roinn Iompair (Deputy X):") and the Irish article's mutation glued to the
office ("An tAire Oideachais"), and South Africa's minister whose office runs on past a short
link into the article of its portfolio ("The MINISTER IN THE PRESIDENCY:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_minister_of_state_in_irish_with_the_department_after_its_link() -> None:
    """ "Aire Stáit ag an Roinn Iompair (Deputy Jack Kelleher):": the office in Irish, its
    department after "ag an" (at the), the holder in brackets, who is the turn's person."""
    root = tabled_tei("ga-dail-aire-stait-roinn.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Go raibh maith agat, a Leas-Cheann Comhairle."]


def test_the_irish_article_s_mutation_glued_to_the_office_splits_no_line() -> None:
    """ "An tAire Oideachais (…):": the "t" the article prefixes to the office is no word a
    flattened label was glued to; the line stays one label, no "An t" left as speech."""
    root = tabled_tei("ga-dail-aire-stait-roinn.txt")
    assert texts(root, "//t:sp[5]/t:speaker") == ["An tAire Oideachais (Deputy Norma Brennan):"]
    assert not any(p.strip() == "An t" for p in texts(root, "//t:p"))


def test_a_label_glued_to_a_longer_word_still_opens_a_turn() -> None:
    """Negative: a label a copy glued to the word before it ("… yesterdayMr SPEAKER:") is still
    found inside the line; only a one-letter word before the capital is an Irish mutation."""
    root = text_tei(
        "The SPEAKER: Hon members, order! The vote was carried yesterdayMr SPEAKER: Order, order.\n"
    )
    assert texts(root, "//t:speaker") == ["The SPEAKER:", "Mr SPEAKER:"]


def test_an_office_in_french_that_only_spells_like_the_irish_is_no_label() -> None:
    """Negative: "Aire de repos : 12 km." (a French rest area) is no office; "aire" alone is
    not in the vocabulary, only the Irish "Aire Stáit"."""
    root = text_tei(
        "Le président : La séance est ouverte.\nM. Dupont : Nous passons par là.\nAire de repos : 12 km.\n"
    )
    assert texts(root, "//t:speaker") == ["Le président :", "M. Dupont :"]


def test_an_office_run_on_past_a_short_link_is_one_label() -> None:
    """ "The MINISTER IN THE PRESIDENCY:": the article inside the run of capitals opens no
    second label after "IN"; the whole office is the speaker, the line no speech of the turn
    above."""
    root = tabled_tei("en-za-minister-in-the-presidency.txt")
    assert texts(root, "//t:sp[3]/t:speaker") == ["The MINISTER IN THE PRESIDENCY:"]
    assert "The MINISTER IN" not in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_a_heading_before_the_chair_still_gives_the_chair_its_turn() -> None:
    """Negative: a flattened heading in capitals before the chair's article ("ANNOUNCEMENTS THE
    SPEAKER:", "The CLERK READ THE PRAYER THE SPEAKER:" whose last word is no short link)."""
    for heading in ("ANNOUNCEMENTS", "The CLERK READ THE PRAYER"):
        root = text_tei(
            f"The SPEAKER: Hon members, order!\nMr J SMITH: Speaker, thank you.\n{heading} THE SPEAKER: Be seated.\n"
        )
        assert texts(root, "//t:speaker")[-1] == "THE SPEAKER:", heading

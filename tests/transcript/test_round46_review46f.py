"""Narrowings of the international organisations' rules, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): a pronoun or a verb of any language after
a member's spaced dash makes the words a sentence, but an article or a particle of another
language's office is none ("Marco Verdi – sottosegretario di Stato per il lavoro:", the French
"il" the Italian article); the running speaker with the country after a comma is page furniture,
but a form of address after the comma names the person who takes the chair ("(The Deputy
Speaker, Mrs Lowe)"), the chair's note."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def test_an_article_of_an_office_after_a_dash_is_no_clause_word() -> None:
    """ "Marco Verdi – sottosegretario di Stato per il lavoro:", printed once: "il" is a French
    pronoun but the Italian article of the office's portfolio, the label stands."""
    root = tabled_tei("it-senato-audizione-dash-article.txt")
    assert "Marco Verdi – sottosegretario di Stato per il lavoro:" in _speakers(root)
    assert any(p.startswith("Grazie, presidente. Il decreto attuativo") for p in texts(root, "//t:sp/t:p"))


def test_a_pronoun_after_a_dash_still_makes_a_sentence() -> None:
    """Negative: a pronoun and a verb after a member's spaced dash ("Ms X (Y) – The chairman was
    clear: …") are still a sentence of the member's speech, no office."""
    root = text_tei(
        "Sitting\n\nThe PRESIDENT: I give the floor to Ms Dahl.\n\nMs DAHL (Norland) – The chairman "
        "was clear: we must act now.\n\nThe PRESIDENT: Thank you.\n"
    )
    assert _speakers(root) == ["The PRESIDENT:", "Ms DAHL (Norland) –", "The PRESIDENT:"]
    assert any(p.startswith("The chairman was clear: we must act") for p in texts(root, "//t:sp/t:p"))


def test_a_person_named_after_the_comma_is_the_chair_s_note() -> None:
    """ "(The Deputy Speaker, Mrs Lowe)" names who takes the chair after the office's comma, no
    country: it stays the record's stage direction, not a running head removed as furniture."""
    root = tabled_tei("en-hor-chair-note-comma.txt")
    assert texts(root, "//t:stage[contains(., 'Lowe')]") == ["(The Deputy Speaker, Mrs Lowe)"]
    assert not texts(root, "//t:item[@ana='running-head']")


def test_a_country_after_the_comma_is_still_a_running_head() -> None:
    """Negative: "(Mr. Torvaldsen, Westmarch)" at a page's top, the country after the comma, is
    still the running speaker, removed as furniture."""
    root = text_tei(
        "The PRESIDENT: I call on the representative of Westmarch.\n\nMr. TORVALDSEN (Westmarch): "
        "We agree with the draft.\n\n(Mr. Torvaldsen, Westmarch)\n\nWe shall vote for it.\n\n"
        "The PRESIDENT: Thank you.\n"
    )
    assert texts(root, "//t:item[@ana='running-head']") == ["(Mr. Torvaldsen, Westmarch)"]

"""Round 51 (fix51a): the Polish court's counsel printed in lower case before the name ("adw.",
"apl. adw.", "r. pr."), a form of address as "dr" and "prof." are."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_polish_counsel_titles_open_labels() -> None:
    """A Polish court protocol prints the advocate, the trainee advocate and the legal adviser
    with their abbreviated title in lower case before the name (`adw. Katarzyna Wróbel:`,
    `apl. adw. Ewa Kaczmarek:`, `r. pr. Michał Dąbrowski:`): each is a turn of its own, its id
    the title and the name as `dr Jan Nowak:` gives `dr-jan-nowak`; the narration that names the
    same advocate before a verb and a colon (`adw. Katarzyna Wróbel złożyła … podniosła:`) stays
    speech of the turn it is in."""
    tei = tabled_tei("pl-sad-protokol-adwokaci.txt")
    assert "apl-adw-ewa-kaczmarek" in turn_ids(tei)
    assert any(p.startswith("adw. Katarzyna Wróbel złożyła") for p in turn_paragraphs(tei))


def test_trainee_stop_is_no_sentence_end() -> None:
    """The trainee's `apl.` is an abbreviation (`abbreviations`): its stop ends no sentence, so
    the label is printed whole and no `apl.` is left behind as a paragraph of the turn above."""
    tei = text_tei(
        "Przewodniczący: Udzielam głosu obrońcy.\n"
        "apl. adw. Piotr Zając: Nie mam pytań do świadka.\n"
        "Przewodniczący: Dziękuję.\n"
    )
    assert turn_speakers(tei)[1] == "apl. adw. Piotr Zając:"
    assert "apl." not in turn_paragraphs(tei)


def test_advocate_in_a_sentence_stays_speech() -> None:
    """Negative: the title before a name does not make a line a label when a sentence goes on
    after the name (`adw. Jan Nowak wniósł o odroczenie, wskazując:`): the line stays the
    chair's speech and the advocate's own label further on is the only turn he has."""
    tei = text_tei(
        "Przewodniczący: Sąd odnotowuje, że na poprzednim terminie\n"
        "adw. Jan Nowak wniósł o odroczenie rozprawy, wskazując:\n"
        "Oskarżony przebywa w szpitalu.\n"
        "Prokurator: Sprzeciwiam się.\n"
        "adw. Jan Nowak: Podtrzymuję wniosek.\n"
    )
    assert turn_speakers(tei) == ["Przewodniczący:", "Prokurator:", "adw. Jan Nowak:"]
    assert turn_ids(tei)[-1] == "adw-jan-nowak"

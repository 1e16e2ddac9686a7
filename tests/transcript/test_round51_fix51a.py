"""Round 51 (fix51a): the Polish court's counsel printed in lower case before the name ("adw.",
"apl. adw.", "r. pr."), a form of address as "dr" and "prof." are; a speech's number alone on
its line right over a label ("Anf. 1" / "Talmannen:"), the label's, no page furniture."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids, turn_paragraphs, turn_speakers


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


def test_speech_number_alone_over_label_is_the_labels() -> None:
    """A web copy of the Riksdag's record breaks the speech's number onto a line of its own over
    the label (`Anf. 1` / `Talmannen:`) where another speech prints it on the label's line
    (`Anf. 3 MARIA HOLM (S):`): the number alone right over a label's shape is the label's, no
    page furniture, so every label is printed with its number and none is lost to the header."""
    tei = tabled_tei("sv-riksdag-anf-egen-rad.txt")
    assert not tei.xpath("//t:list[@type='furniture']", namespaces=NS)


def test_speech_number_over_speech_stays_furniture() -> None:
    """Negative: the same number alone over a line of speech (`Anf. 2` / `Herr talman! …`, no
    label's colon) is the page's speech button as before: listed as furniture in the header,
    and the speech is the turn's paragraph, no number glued before it."""
    tei = text_tei(
        "Anf. 1\nTalmannen:\nJag förklarar sammanträdet öppnat.\n"
        "Anf. 2\nHerr talman! Propositionen bör bifallas.\n"
        "Anf. 3\nTalmannen:\nÖverläggningen var härmed avslutad.\n"
    )
    assert texts(tei, "//t:list[@type='furniture']/t:item") == ["Anf. 2"]
    assert "Herr talman! Propositionen bör bifallas." in turn_paragraphs(tei)

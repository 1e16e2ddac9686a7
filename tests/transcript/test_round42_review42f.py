"""A review of round 42's trials and hearings: a numbered office's holder in brackets is a name,
no reference's page ("See Exhibit No. 4 (page 12): …" stays speech); an office's label whole
under a title line, alone or with its holder in brackets, is one question ("JUIZ: …",
"Chairperson (Ms X, SOC):"), while a label the wrap broke over two lines still joins; a former
office in a sentence after a comma and a spaced emphasis in speech stay speech (sample
en-zw-trial-accused-exhibit-reference.txt; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(paragraphs: list[str], name: str = "en.txt") -> list[str]:
    return texts(text_tei("\n\n".join(paragraphs) + "\n", name), "//t:sp/t:speaker")


def test_an_exhibit_s_page_in_brackets_is_no_holder_s_name() -> None:
    """ "See Exhibit No. 4 (page 12): the kitchen door …" in counsel's speech: a page in
    brackets after a number's sign is no holder's name, the line is counsel's; the accused
    numbered with their names in brackets are labels."""
    root = tabled_tei("en-zw-trial-accused-exhibit-reference.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[1:] == [
        "See Exhibit No. 4 (page 12): the kitchen door, shown open, with the lock removed.",
        "Also Exhibit No. 5 (pages 13 to 15): the yard behind the house.",
    ]
    assert texts(root, "(//t:sp)[3]/t:p") == ["My Lord, that door was always open."]


def test_a_numbered_accused_s_name_in_mixed_case_still_ends_the_label() -> None:
    assert _speakers(
        [
            "COURT: Proceed.",
            "Accused No. 2 (Mapfumo): I was not there, My Lord.",
            "COURT: Noted.",
            "See Annex No. 3 (para. 4): the list of the goods taken.",
        ]
    ) == ["COURT:", "Accused No. 2 (Mapfumo):", "COURT:"]


def test_a_title_over_an_office_held_alone_and_a_wrapped_office_still_joined() -> None:
    """A title line above a chair's label with the holder in brackets stays the title; an
    office's label the wrap broke after "FOR" is read whole over its two lines."""
    root = text_tei(
        "Hearing on the budget – transcript\nChairperson (Ms Lind, Sweden, SOC):\n\n"
        "Good morning, colleagues.\n\n"
        "MINISTER OF STATE FOR\nHOME AFFAIRS: I thank the Chairperson.\n\n"
        "Chairperson (Ms Lind, Sweden, SOC): Thank you.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Chairperson (Ms Lind, Sweden, SOC):",
        "MINISTER OF STATE FOR HOME AFFAIRS:",
        "Chairperson (Ms Lind, Sweden, SOC):",
    ]


def test_a_former_office_in_a_sentence_after_a_comma_stays_speech() -> None:
    """Negative: "Kovács, volt miniszter, azt mondta:" (the Hungarian "volt", was): a verb in
    lower case after the office's own comma makes the line a sentence."""
    assert _speakers(
        [
            "ELNÖK: Megnyitom az ülést.",
            "Tisztelt Bizottság! Kovács, volt miniszter, azt mondta:",
            "SZABÓ PÉTER: Köszönöm szépen.",
        ],
        "hu.txt",
    ) == ["ELNÖK:", "SZABÓ PÉTER:"]


def test_a_spaced_emphasis_run_into_unspaced_words_stays_as_printed() -> None:
    """Negative: a line of speech that opens with a word spaced for emphasis and runs on unspaced
    ("В а ж н о   и   другое: …") is no label and is not set close."""
    root = text_tei(
        "П р е д с е д а т е л ь.   Слово имеет товарищ Петров.\n\n"
        "П е т р о в.   Товарищи!\n\n"
        "В а ж н о   и   другое: план не выполнен.\n",
        "ru.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председатель.", "Петров."]
    assert (
        texts(root, "//t:sp/t:p")[-1] == "В а ж н о и другое: план не выполнен."
    )  # runs of spaces read as one


def test_a_spaced_word_and_one_letter_is_an_appendix_no_member() -> None:
    """Negative: one capital and its stop after a spaced word ("П р и л о ж е н и е   А.", an
    appendix's letter) is no member's initials: the line stays as printed, no label; a member
    with both initials ("П е т р о в   И. И.") is read set close."""
    root = text_tei(
        "П р е д с е д а т е л ь.   Слово имеет товарищ Петров.\n\n"
        "П р и л о ж е н и е   А.\n\n"
        "Список членов комиссии.\n\n"
        "П е т р о в   И. И.   Товарищи!\n",
        "ru.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председатель.", "Петров И. И."]
    assert "П р и л о ж е н и е А." in texts(root, "//t:sp/t:p")

"""Records copied in narrow columns, as subtitles' cues or from a speech-to-text service: a wrap
cutting the chair's first sentence after a few capitalised words (the Grand National Assembly's
`BAŞKAN – Türkiye Büyük Millet Meclisinin` / `41’inci Birleşimini açıyorum.` is the office's dash
and its speech, no office with its holder alone on the line), and one speech's name over its
clock whose speech holds a colon (invented samples; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_office_s_dash_over_words_going_on_in_lower_case_is_the_label_alone() -> None:
    """The capitalised words after the dash are the speech's first, the line below going on with
    a number: the chair's label is "BAŞKAN –", as on one line, and the words stay the speech."""
    root = tabled_tei("tr-tbmm-column-office-dash-wrapped.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Türkiye Büyük Millet Meclisinin 41’inci")


def test_a_sentence_cut_after_capitalised_words_goes_on_in_lower_case_too() -> None:
    """ "ПРЕДСЕДАТЕЛЬ – Заседание Государственной" / "думы объявляю открытым.": the chair's
    sentence cut by a column's width, its next word in lower case."""
    root = text_tei(
        "ПРЕДСЕДАТЕЛЬ – Заседание Государственной\nдумы объявляю открытым.\n\n"
        "ИВАНОВ П.С. – Уважаемые коллеги!\n\nПРЕДСЕДАТЕЛЬ – Спасибо.\n",
        "ru.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["ПРЕДСЕДАТЕЛЬ –", "ИВАНОВ П.С. –", "ПРЕДСЕДАТЕЛЬ –"]


def test_an_office_and_its_holder_over_a_capitalised_speech_stay_one_label() -> None:
    """The role after a name's dash alone on its line over a speech that opens as one ("Marcus
    Feld - Vice President, Investor Relations" / "Thank you, …", an earnings call's copy) is the
    label's, as before."""
    root = text_tei(
        "Operator\nGood morning and welcome to the call.\n\n"
        "Marcus Feld - Vice President, Investor Relations\nThank you, operator. Good morning.\n\n"
        "Operator\nOur first question comes from Ann Lee.\n",
        "en.txt",
    )
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Marcus Feld - Vice President, Investor Relations" in speakers
    assert texts(root, "//t:sp[t:speaker='Marcus Feld - Vice President, Investor Relations']/t:p") == [
        "Thank you, operator. Good morning."
    ]


def test_one_speech_s_name_over_its_clock_is_its_label_whatever_colon_its_speech_holds() -> None:
    """ "Aino Lehtonen  0:02" over a speech whose first paragraph holds "Edustaja Virtanen nosti
    esiin tärkeän asian: koulutuksen.", an excerpt of one speech a speech-to-text service exported:
    the name is the text's first label, set off from its clock, though a candidate with a colon
    stands in the speech below it on its paragraph."""
    root = tabled_tei("fi-eduskunta-stt-clock-colon-in-speech.txt")
    assert root.xpath("string(//t:sp/t:speaker/t:time)", namespaces=NS) == "0:02"
    assert len(texts(root, "//t:sp/t:p")) == 2

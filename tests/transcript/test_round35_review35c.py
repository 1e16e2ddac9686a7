"""A reviewer's counter-examples to the round's rules, in invented samples (names invented; labels
in turns.toml, persons in ids.toml): shapes the rules must leave as they were read before."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_speaker_labelled_by_initials_like_a_reply_prefix_quotes_the_record() -> None:
    """ "RV: Let me read you what the minister told the committee, word for word:" over "> SENATOR
    LOPEZ: Will the program be funded?" …: initials a reply's prefix also spells, a sentence
    ending with its colon, are the speaker's label, no reply's subject; the quoted labels stay his
    words with their marks."""
    root = tabled_tei("en-interview-initials-quote-in-speech.txt")
    assert texts(root, "//t:sp/t:speaker") == ["RV:"]
    assert "> SENATOR LOPEZ: Will the program be funded?" in texts(root, "//t:sp/t:p")


def test_a_german_interview_s_initials_before_a_quotation_keep_it_in_the_speech() -> None:
    """ "AW: Ich lese Ihnen vor, was im Ausschuss" / "gesagt wurde:" over "> Vorsitzende: …": the
    initials are the interviewee's, the colon ends his sentence, so the quotation is his."""
    text = (
        "AW: Ich lese Ihnen vor, was im Ausschuss\n"
        "gesagt wurde:\n"
        "> Vorsitzende: Wird das Programm finanziert?\n"
        "> Staatssekretär Hall: Vollständig.\n"
        "> Vorsitzende: Danke.\n"
        "Einen Monat später wurden die Mittel gekürzt.\n"
    )
    root = text_tei(text, "de.txt")
    assert texts(root, "//t:sp/t:speaker") == ["AW:"]


def test_a_reply_s_subject_over_the_quotation_still_frees_its_labels() -> None:
    """ "Re: Mr Harlow's evidence" over the forum's "Quote from: …" and "> THE CORONER: …": the
    subject, a title with no stop, is the message's, so the quote marks go and the turns open."""
    text = (
        "Re: Mr Harlow's evidence\n"
        "Quote from: watcher22 on May 3, 2024\n"
        "> THE CORONER: Where were you that night?\n"
        "> MR HARLOW: At home, with my wife.\n"
        "> THE CORONER: Thank you.\n"
    )
    root = text_tei(text, "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE CORONER:", "MR HARLOW:", "THE CORONER:"]


def test_a_page_s_break_after_a_sentence_keeps_two_paragraphs_where_blank_lines_part_them() -> None:
    """ "Mme Odile Ferrand. Monsieur le président, ce texte oublie …ferroviaires." / "\\fNous voterons
    donc contre, …" in a text whose blank lines part its paragraphs: the page's form feed after a
    sentence's stop ends the paragraph, as it did before form feeds at a line's start were dropped."""
    root = tabled_tei("fr-an-pdf-formfeed-paragraph-end.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Monsieur le président, ce texte oublie les petites lignes ferroviaires.",
        "Nous voterons donc contre, sans hésitation.",
    ]


def test_a_page_s_break_inside_a_sentence_joins_its_paragraph_where_blank_lines_part_them() -> None:
    """ "… ne règle pas la question des" / "\\ftransports scolaires …": the page cut the sentence, so
    the form feed is a line's break, no paragraph's."""
    text = (
        "M. le président. La parole est à M. Hugo Castagnet.\n\n"
        "M. Hugo Castagnet. Monsieur le président, ce texte ne règle pas la question des\n"
        "\ftransports scolaires dans nos communes rurales.\n\n"
        "M. le président. La parole est à Mme la ministre.\n"
    )
    root = text_tei(text, "fr.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Monsieur le président, ce texte ne règle pas la question des transports scolaires dans nos "
        "communes rurales."
    ]

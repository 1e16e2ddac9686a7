"""A reviewer's read of the round's merged rules, each tried on the shapes it could misfire on in
other records: a sitting's or a chamber's number on the first speaker's short wrapped line, a
speech's word opening with a figure in a copy whose margin numbers every fifth line, and the
shapes that held (a page's footer in a greedy wrap, a list of members with their office and
party, an office's word as a surname, a disclaimer quoted); each shape in an invented sample or
text (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_surname_s_wrapped_speech_naming_a_sitting_and_its_number_is_no_title() -> None:
    """ "FERRANTE — Signor Presidente, la seduta n. 14" / "si è chiusa senza il voto …": the
    first speaker, printed once, whose short line the wrap cut after the sitting's number; the
    sentence goes on in lower case below, so no record's title."""
    root = tabled_tei("it-consiglio-surname-dash-seduta-number-wrapped.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Signor Presidente, la seduta n. 14 si è chiusa senza il voto sul bilancio."
    ]


def test_a_surname_s_wrapped_speech_naming_a_chamber_and_its_number_is_no_title() -> None:
    """ "LEBRETON — Monsieur le président, la 3e chambre" / "a déjà statué …": the first turn."""
    root = tabled_tei("fr-conseil-surname-dash-chambre-number-wrapped.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Monsieur le président, la 3e chambre a déjà statué sur ce point en mars."
    ]


def test_a_speech_word_opening_with_a_figure_is_no_glued_margin_number() -> None:
    """ "Amprion, TenneT, TransnetBW und" / "50Hertz, haben ihre Pläne vorgelegt." between the
    margin's "5" and "10": out of step with them, the company's name whole; the margin's
    numbers are still taken off."""
    root = tabled_tei("de-landtag-margin-number-speech-50hertz.txt")
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "TransnetBW und 50Hertz, haben ihre Pläne vorgelegt." in speech
    assert "5 Die" not in speech and "10 für" not in speech
    assert "Die Übertragungsnetzbetreiber" in speech and "für falsch" in speech


def test_a_5g_opening_a_speech_line_leaves_the_margin_numbers_read() -> None:
    """ "5 Netz kommt. …" / "dass bis zum Jahr 2025 das" / "5G-Netz jede Gemeinde erreicht.":
    the "5G" two lines under the margin's "5" is the speech's word, and the margin's "5" and
    "10" are still taken off."""
    root = tabled_tei("de-landtag-margin-number-speech-5g.txt")
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "wann das neue Netz kommt." in speech
    assert "das 5G-Netz jede Gemeinde erreicht." in speech
    assert "zu unserem Antrag, der" in speech or "Antrag, der klare" in speech
    assert "10 Antrag" not in speech


def test_a_page_footer_in_a_greedy_wrap_stays_the_page_s() -> None:
    """ "… which has been closed since the" / "Page 2" / "spring, …" in a copy wrapped to its
    width: the wrap would have set the next word beside it, so the page's footer."""
    root = text_tei(
        "CHAIR: Thank you. Councillor Reid.\n"
        "CLLR REID: Thank you, Chair. I want to raise the matter of\n"
        "the library on Mill Road, which has been closed since the\n"
        "Page 2\n"
        "spring, and the residents of the ward want answers from the\n"
        "council about when it will reopen.\n"
        "CHAIR: Noted.\n"
    )
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "Page 2" not in speech and "closed since the" in speech and "spring, and the residents" in speech


def test_members_listed_with_office_and_party_after_a_dash_stay_the_chair_s_words() -> None:
    """ "Ante Perić, vijećnik – HDZ" / "Ana Kovač, vijećnica – SDP" under "… nazočni vijećnici:":
    the chair's list of those present, no turns of theirs."""
    root = text_tei(
        "Predsjednik: Otvaram sjednicu. Sjednici su nazočni vijećnici:\n"
        "Ante Perić, vijećnik – HDZ\n"
        "Ana Kovač, vijećnica – SDP\n"
        "Marko Babić, vijećnik – Most\n"
        "Predsjednik: Utvrđujem kvorum.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Predsjednik:", "Predsjednik:"]
    assert "Ana Kovač, vijećnica – SDP" in texts(root, "//t:sp[1]/t:p")


def test_an_office_s_word_after_an_office_and_a_forename_is_the_surname() -> None:
    """ "Mayor John Judge:", "Councillor Mary Clerk:": the surname spelt as an office, each
    label a turn of its own."""
    root = text_tei(
        "Mayor John Judge: I call the meeting to order.\nCouncillor Mary Clerk: Thank you, Mayor.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Mayor John Judge:", "Councillor Mary Clerk:"]


def test_a_disclaimer_quoted_in_a_speech_stays_the_speech_s() -> None:
    """ "… and I quote, "Disclaimer:" / "the figures are provisional." …": a member's quotation,
    no publisher's notice."""
    root = text_tei(
        "THE SPEAKER: Order. The Member for Nyeri.\n"
        "HON. WANJIRU: Thank you, Mr Speaker. The ministry's website says, and I quote, \"Disclaimer:\n"
        'the figures are provisional." That is not good enough for this House.\n'
        "THE SPEAKER: Proceed.\n"
    )
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert '"Disclaimer: the figures are provisional."' in speech

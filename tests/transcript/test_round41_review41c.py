"""The old parliaments' shapes of round 41 narrowed where real labels of other records share
them: a salutation of the chair before a colon and lower case is the speech's vocative only where
the record labels the chair with those words and more ("O Sr. Presidente:" over "Sr. Presidente:
a Câmara …"), an excerpt's "Chair: welcome everyone …" printed once being the chair's label; a
Dutch chamber is the title line's whole words ("TWEEDE KAMER."), no stem that opens a surname
("KAMERBEEK.") or a word of address ("KAMERAD HOFFMANN."); a form of address is left out of the
words asked in lower case only where no other capitalised word is beside it ("Herr talmannen:"),
never before a surname that is a word of the speech too ("Mr. Brown:" beside "… brown barn …");
"zu" opens no label in lower case ("zu Protokoll: …"), "von" and "v." still do. Invented samples
(labels in turns.toml, persons in ids.toml) and inline negatives."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_chair_s_label_once_before_lower_case_is_a_label() -> None:
    """ "Chair: welcome everyone, …": a typed recording in lower case after each colon, the chair
    printed once; no other label names the chair, so the salutation's words are the chair's own."""
    tabled_tei("en-parish-council-chair-lower-case-once.txt")


def test_a_dutch_chair_once_before_lower_case_is_a_label() -> None:
    """ "Voorzitter: ik open de vergadering.": the salutation list's one word, the chair's label."""
    root = text_tei(
        "Gemeenteraad, vergadering van 3 maart\n\n"
        "Voorzitter: ik open de vergadering.\n\n"
        "Piet Bakker: dank u, ik heb een vraag over de notulen.\n\n"
        "Anna Smit: ik ook.\n"
    )
    assert texts(root, "//t:sp/t:speaker")[0] == "Voorzitter:"


def test_the_vocative_under_the_chair_s_articled_label_stays_speech() -> None:
    """ "Sr. Presidente: a Câmara …" where the record labels the chair "O Sr. Presidente:": the
    member's paragraph, no turn (the negative of the narrowing)."""
    root = tabled_tei("pt-camara-1911-vocativo-sr-presidente.txt")
    assert "Sr. Presidente:" not in texts(root, "//t:sp/t:speaker")


def test_a_surname_opening_with_kamer_in_capitals_is_a_label() -> None:
    """ "KAMERBEEK.": a member's surname in CAPITALS with its stop, no chamber; "TWEEDE KAMER." over
    the record stays its title."""
    root = tabled_tei("nl-gemeenteraad-kamerbeek-hoofdletters.txt")
    assert "TWEEDE KAMER." not in texts(root, "//t:sp/t:speaker")


def test_a_word_of_address_opening_with_kamer_is_a_label() -> None:
    """ "KAMERAD HOFFMANN.": the word of address in CAPITALS before the surname, no chamber."""
    root = text_tei(
        "Protokoll der Versammlung vom 3. März 1932\n\n"
        "VORSITZENDER. Ich eröffne die Versammlung.\n\n"
        "KAMERAD HOFFMANN. Ich bitte ums Wort.\n\n"
        "KAMERAD BECKER. Ich schließe mich an.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["VORSITZENDER.", "KAMERAD HOFFMANN.", "KAMERAD BECKER."]


def test_the_dutch_chamber_alone_over_the_record_is_no_label() -> None:
    """ "TWEEDE KAMER." opening the text: the house, a heading's words (the negative)."""
    root = text_tei(
        "TWEEDE KAMER.\n\nZitting 1908—1909.\n\n"
        "De Voorzitter: De vergadering is geopend.\n\n"
        "De heer Van Houten: Mijnheer de Voorzitter! Ik wensch een woord.\n\n"
        "De Voorzitter: Aangenomen.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["De Voorzitter:", "De heer Van Houten:", "De Voorzitter:"]


def test_a_title_before_a_surname_the_speech_uses_in_lower_case() -> None:
    """ "Mr. Brown:", "Judge Young:", "Mrs. Hope:" each printed once in a text that says "brown",
    "young" and "hope": labels, the form of address still asked beside the surname."""
    tabled_tei("en-planning-committee-title-surname-common-word.txt")


def test_swedish_officers_named_by_nouns_are_labels() -> None:
    """ "General Lind:", "Major Ek:" beside "en lind", "en ek": the rank and the surname."""
    root = text_tei(
        "Utskottets sammanträde\n\n"
        "Ordföranden: Vi börjar med ärendet.\n\n"
        "General Lind: Försvaret behöver mer resurser, och en lind växer vid kasernen.\n\n"
        "Major Ek: Jag instämmer, även om en ek är starkare än en lind.\n\n"
        "Ordföranden: Tack.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Ordföranden:", "General Lind:", "Major Ek:", "Ordföranden:"]


def test_the_chair_addressed_by_his_title_alone_is_still_no_lower_case_name() -> None:
    """ "Herr talmannen:" beside "… herr statsministern …": the form of address before an office,
    no other capitalised word, asked of nothing (the Riksdag's sample, as before)."""
    root = tabled_tei("sv-riksdag-hans-excellens-statsministern.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == "Herr talmannen:"


def test_zu_opens_no_label_in_lower_case() -> None:
    """ "zu Protokoll: …", "zu Drucksache: …": a preposition's phrase, speech of the chair's turn;
    "von Bethmann Hollweg, Reichskanzler:" printed once is still a label."""
    root = text_tei(
        "Landtag, 12. Sitzung\n\n"
        "Präsident: Wir kommen zur Abstimmung.\n\n"
        "zu Protokoll: Die Fraktion enthält sich.\n\n"
        "zu Drucksache: Die Vorlage liegt vor.\n\n"
        "Präsident: Das ist so beschlossen.\n\n"
        "von Bethmann Hollweg, Reichskanzler: Meine Herren, die Lage ist ernst.\n\n"
        "Ledebour: Das glauben wir Ihnen nicht!\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Präsident:",
        "Präsident:",
        "von Bethmann Hollweg, Reichskanzler:",
        "Ledebour:",
    ]
    assert any(p.startswith("zu Protokoll: Die Fraktion") for p in texts(root, "//t:sp[1]/t:p"))


def test_the_chamber_in_mixed_case_after_a_page_s_break_ends_the_sentence() -> None:
    """ "… aangenomen door de" / "Tweede Kamer.": the sentence a page's break cut, its last words
    the speech's, no heading (the negative of the chamber's heading)."""
    root = text_tei(
        "HANDELINGEN\n\n"
        "De Voorzitter: Het woord is aan den heer Kamerling.\n\n"
        "De heer Kamerling: Het ontwerp is aangenomen door de\n\n"
        "Tweede Kamer.\n\n"
        "De Voorzitter: Gesloten.\n"
    )
    assert texts(root, "//t:head") == []
    assert texts(root, "//t:sp[2]/t:p")[-1].endswith("Tweede Kamer.")

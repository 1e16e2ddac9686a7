"""Shapes of international organisations' verbatim records, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): the European Parliament's member on behalf
of a group where the language prints the group before its word ("X, PPE-ryhmän puolesta. –", "X,
PPE grupas vārdā. –"); an office and a predicate before a colon inside a speech ("The rapporteur
is right:"), after a spaced dash too ("Ms X (Y) – The chairman was clear: …"); NATO's reporter
named in square brackets after "Question", the word used in lower case in the speech; the older United Nations records' running speaker with
the country after a comma ("(Mr. X, USSR)"); the ILO's heading over its second line with the note
that the item goes on ("DISCUSSION (cont.)") and its interpretation before the label
("Interpretation from French: Mr. X (…) —")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_a_group_before_its_word_on_whose_behalf_is_the_role() -> None:
    """ "Aino X, PPE-ryhmän puolesta. –": the Finnish record's member for a group, as "on behalf
    of the PPE Group" is in English; the Latvian "PPE grupas vārdā" too."""
    root = tabled_tei("fi-ep-cre-ryhman-puolesta.txt")
    assert "Aino Vesterinen, PPE-ryhmän puolesta. –" in _speakers(root)
    assert texts(root, "//t:person[@xml:id='aino-vesterinen']/t:persName[@type='label']") == [
        "Aino Vesterinen"
    ]
    root = tabled_tei("lv-ep-cre-grupas-varda.txt")
    assert "Rūdolfs Ozols, S&D grupas vārdā. –" in _speakers(root)


def test_a_capitalised_description_with_no_word_of_behalf_stays_speech() -> None:
    """Negative: a capitalised phrase after a name's comma that says on whose behalf nothing is
    no role: "Ville X, Helsingin Sanomat kertoi. –" stays the chair's speech."""
    root = text_tei(
        "Puhemies. – Seuraavana on keskustelu.\n\nVille Nieminen, Helsingin Sanomat kertoi. – "
        "Tämä ei ole puheenvuoro.\n\nPuhemies. – Keskustelu on päättynyt.\n"
    )
    assert _speakers(root) == ["Puhemies. –", "Puhemies. –"]


def test_an_office_and_its_predicate_inside_a_speech_is_no_label() -> None:
    """ "Thank you, Mr President. The rapporteur is right:" inside a speech, and "The chairman
    was clear: …" after a member's spaced dash: sentences, the member's speech goes on."""
    root = tabled_tei("en-pace-office-predicate-wrapped.txt")
    assert "Ms KOVALENKO (Ukraine) –" in _speakers(root)
    assert not any("rapporteur" in speaker for speaker in _speakers(root))
    assert any("The rapporteur is right:" in p for p in _said(root))
    assert any(p.startswith("The chairman was clear: we must act") for p in _said(root))


def test_an_office_with_its_body_stays_a_label() -> None:
    """Negative: an office and its body in lower case before the colon ("The Chairman of the
    committee:") is still a label: no pronoun nor verb among the words."""
    root = text_tei(
        "Minutes\n\nThe Chairman of the committee: I open the meeting.\n\nMs. Hale: Thank you.\n\n"
        "The Chairman of the committee: The meeting is closed.\n"
    )
    assert _speakers(root)[0] == "The Chairman of the committee:"


def test_a_spaced_dash_role_up_to_the_colon_stays_one_label() -> None:
    """Negative: a role of a few capitalised words after a name's spaced dash, up to the colon
    ("Ms. Priya Nair - CFO:"), is still the label's role."""
    root = text_tei(
        "Annual General Meeting\n\nMr. Ashok Jain - Shareholder: When will the dividend be paid?\n\n"
        "Ms. Priya Nair - CFO: In September.\n\nMr. Ashok Jain - Shareholder: Thank you.\n"
    )
    assert "Ms. Priya Nair - CFO:" in _speakers(root)


def test_a_question_names_its_reporter_in_square_brackets() -> None:
    """NATO's "Question [X, Financial Times]:" is a label naming the reporter in its brackets,
    though the speech around it uses "question" in lower case."""
    root = tabled_tei("en-nato-question-bracketed-outlet.txt")
    assert "Question [Hanna Ostrova, Financial Times]:" in _speakers(root)


def test_another_word_before_brackets_used_in_lower_case_stays_speech() -> None:
    """Negative: a word no question's pair knows, used in lower case in the speech, before
    brackets and a colon ("Notice [Reuters]: …" beside "take notice") is no label."""
    root = text_tei(
        "Press conference\n\nNATO Spokesperson: Good morning. Please take notice of the new rules."
        "\n\nNotice [Reuters]: The embargo lifts at noon.\n\nNATO Spokesperson: Thank you.\n"
    )
    assert _speakers(root) == ["NATO Spokesperson:", "NATO Spokesperson:"]


def test_the_running_speaker_with_a_country_is_page_furniture() -> None:
    """ "(Mr. Torvaldsen, Westmarch)" at a page's top repeats the label "Mr. TORVALDSEN
    (Westmarch):": no new turn, his speech goes on."""
    root = tabled_tei("en-un-pv-ocr-running-speaker-country.txt")
    assert not any(speaker.startswith("(") for speaker in _speakers(root))
    assert "My Government has made its position clear on many occasions." in _said(root)


def test_a_bracketed_name_and_place_no_speaker_names_stays() -> None:
    """Negative: "(Mr. Brandt, Norland)" naming no speaker of the record is not removed."""
    root = text_tei(
        "The PRESIDENT: I call on the representative.\n\nMr. TORVALDSEN (Westmarch): We agree.\n\n"
        "(Mr. Brandt, Norland)\n\nThe PRESIDENT: Thank you.\n"
    )
    assert any("Brandt" in text for text in texts(root, "//t:body"))


def test_a_heading_over_its_continued_note_is_no_label() -> None:
    """ "REPORT OF THE DIRECTOR-GENERAL AND …:" over "DISCUSSION (cont.)" is the item's heading;
    "Interpretation from Spanish:" before a label is its note, the label read after it."""
    root = tabled_tei("en-ilo-heading-continued-note.txt")
    assert not any(speaker.startswith("REPORT") for speaker in _speakers(root))
    assert "Interpretation from Spanish: Mr. ARANGO (Government delegate, Colombia) —" in _speakers(root)


def test_an_office_over_its_speech_in_capitals_stays_a_label() -> None:
    """Negative: "THE PRESIDENT:" alone over a line in CAPITALS with no note that it goes on is
    still a label."""
    root = text_tei(
        "Record\n\nTHE PRESIDENT:\nORDER, PLEASE. THE SITTING IS OPEN.\n\nMR. OKAFOR (Nigeria):\n"
        "Thank you, Mr. President.\n\nTHE PRESIDENT:\nThank you.\n"
    )
    assert _speakers(root)[:2] == ["THE PRESIDENT:", "MR. OKAFOR (Nigeria):"]


def test_the_chair_s_note_after_a_comma_is_no_running_speaker() -> None:
    """Negative: "(The President, in the Chair)" names the chair's act after the comma, no
    country: it is no page's running speaker."""
    root = text_tei(
        "The PRESIDENT: The meeting is open.\n\nMr. TORVALDSEN (Westmarch): We agree.\n\n"
        "(The President, in the Chair)\n\nThe PRESIDENT: Thank you.\n"
    )
    assert any("in the Chair" in text for text in texts(root, "//t:body"))

"""A review of the forty-third round's bilingual rules on invented lines: a label glued to a
section's or an item's number with its letter ("… under section 5aMr SPEAKER:", "§ 3a") is still
found, while the Irish mutation's one letter ("An tAire") splits no line; "AG" in capitals, a
canton or a company's suffix, is no Irish particle to a Swiss member's label; a flattened heading
whose last word is no short link still gives the chair its turn."""

from __future__ import annotations

from label_samples import text_tei, texts, turn_ids


def test_a_label_glued_to_a_numbered_section_s_letter_opens_a_turn() -> None:
    """ "… under section 5aMr SPEAKER:": the letter ends a number, no word by itself, and the
    label a flattened copy glued to it opens a turn (as "§ 3aPředseda PSP …:" in Czech)."""
    root = text_tei(
        "The SPEAKER: Order. The debate is on section 5aMr SPEAKER: The question is put.\nMr Jones: I rise.\n"
    )
    assert texts(root, "//t:speaker") == ["The SPEAKER:", "Mr SPEAKER:", "Mr Jones:"]
    root = text_tei(
        "Předseda PSP Jan Novák: Zahajuji schůzi.\n"
        "Poslanec Petr Malý: Děkuji. Tak to je podle § 3aPředseda PSP Jan Novák: Děkuji.\n"
    )
    assert texts(root, "//t:speaker")[-1] == "Předseda PSP Jan Novák:"


def test_an_irish_mutation_inside_a_speech_splits_no_line() -> None:
    """Negative: "i bPárlaimint", "na hÉireann" inside a speech are a one-letter prefix and its
    word, no label glued to a word; the speech is kept whole."""
    speech = "Labhair sé i bPárlaimint na hÉireann inné."
    root = text_tei(f"An Ceann Comhairle: Glaoim ar an Teachta.\nDeputy Éamon Ó Cuív: {speech}\n")
    assert texts(root, "//t:speaker") == ["An Ceann Comhairle:", "Deputy Éamon Ó Cuív:"]
    assert texts(root, "//t:sp[2]/t:p") == [speech]


def test_a_swiss_member_s_canton_aargau_is_kept_with_the_person() -> None:
    """ "Müller Thomas (V, AG):": the canton's "AG" in capitals is no Irish "ag" (at); the
    member is the turn's person, the same at each label."""
    root = text_tei(
        "Nationalrat\n\nPräsidentin (Bürgi Anna, Präsidentin): Ich eröffne die Sitzung.\n"
        "Müller Thomas (V, AG): Wir lehnen den Antrag ab.\nHuber Lisa (S, ZH): Das sehe ich anders.\n"
        "Müller Thomas (V, AG): Dann stimmen wir ab.\n"
    )
    assert texts(root, "//t:speaker")[1] == "Müller Thomas (V, AG):"
    assert turn_ids(root) == ["burgi-anna", "muller-thomas", "huber-lisa", "muller-thomas"]


def test_a_flattened_heading_not_ending_on_a_link_still_gives_the_chair_its_turn() -> None:
    """Negative of the office run on past its link: "ORDERS OF THE DAY THE SPEAKER:" (no
    article or form of address opens it) and "The MINISTER OF FINANCE THE SPEAKER:" (its last
    word no short link) end a heading, the chair's label after it."""
    for heading in ("ORDERS OF THE DAY", "The MINISTER OF FINANCE"):
        root = text_tei(
            f"The SPEAKER: Hon members, order!\nMr J SMITH: Thank you.\n{heading} THE SPEAKER: Order!\n"
        )
        assert texts(root, "//t:speaker")[-1] == "THE SPEAKER:", heading

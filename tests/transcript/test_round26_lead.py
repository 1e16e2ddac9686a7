"""Label shapes the lead's checks of the twenty-sixth round's merges met: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_member_with_his_seat_right_under_a_heading_opens_his_turn() -> None:
    """Under the heading naming an urgent matter, "Mr Tembo (Chisamba): On an Urgent Matter
    Without Notice, Madam Speaker." is the member's turn, not a field of who comes before the
    House: a field names no seat in brackets."""
    root = tabled_tei("en-zm-urgent-matter-under-heading.txt")
    assert turn_ids(root) == ["madam-speaker", "hon-members", "mr-tembo", "madam-speaker"]
    assert texts(root, "(//t:sp)[3]/t:p") == ["On an Urgent Matter Without Notice, Madam Speaker."]


def test_a_callers_line_inside_an_open_bracket_is_no_first_turn() -> None:
    """A PDF page with no label: "(Lebhafter Beifall bei den GRÜNEN – Konrad" / "Lindmayr
    (CSU): Sie täuschen …)" is the hall's call the column broke, never the page's first turn."""
    root = tabled_tei("de-landtag-pdf-interjection-voice-wrapped-no-label-above.txt")
    assert turn_ids(root) == []
    assert any(
        "Konrad Lindmayr (CSU): Sie täuschen die Leute!" in text for text in texts(root, "//t:body//t:p")
    )


def test_a_factions_quoted_name_keeps_its_dash_in_the_description() -> None:
    """ "Голованов В. К., фракция "СПРАВЕДЛИВАЯ РОССИЯ - ЗА ПРАВДУ".": the dash inside the
    faction's quoted name ends no label; the description runs to its stop after the quote."""
    root = tabled_tei("ru-duma-faction-quoted-dash.txt")
    assert texts(root, "//t:sp/t:speaker")[1] == 'Голованов В. К., фракция "СПРАВЕДЛИВАЯ РОССИЯ - ЗА ПРАВДУ".'
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("Уважаемый Вячеслав Викторович!")


def test_a_panels_heading_with_its_next_witness_below_opens_no_turn() -> None:
    """ "STATEMENTS OF MAI OKAFOR, M.D., …;" / "AND PAUL BRANDT, …": the panel's heading goes on
    to its next witness after the semicolon; each witness speaks under her own label, and no
    empty turn of the first witness stands under the panel's heading."""
    root = tabled_tei("en-us-hearing-panel-heading-and-below.txt")
    assert turn_ids(root) == ["chairman-halvorsen", "dr-okafor", "chairman-halvorsen", "mr-brandt"]
    assert not root.xpath("//t:sp//t:gap", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_short_excerpts_label_naming_its_holder_is_no_wrapped_speech() -> None:
    """ "2. KUASA HUKUM PEMOHON: SRI LESTARI" / "Terima kasih, Yang Mulia. …" in a record of nine
    lines: the holder's name after the colon ends in a letter, but the line is no wrapped line
    of a speech, so the counsel's label keeps her turn."""
    root = tabled_tei("id-mk-risalah-numbered-labels-short.txt")
    assert turn_ids(root) == ["budi-hartono", "budi-hartono", "sri-lestari", "budi-hartono"]


def test_officials_in_the_plural_open_a_speechs_sentence_not_a_turn() -> None:
    """ "Члены комиссии считают: …" and "Начальники управлений знают: …" inside a member's speech
    stay his words; the department's head under her name and office opens her turn."""
    root = tabled_tei("ru-sovet-officials-plural-in-speech.txt")
    assert turn_ids(root) == [
        "predsedatelstvuyushchii",
        "petrov-i-s",
        "belova-n-a-nachalnik-upravleniya-finansov",
        "predsedatelstvuyushchii",
    ]

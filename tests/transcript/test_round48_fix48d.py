"""A European Parliament verbatim report's labels before the dash (`Sophie in 't Veld (Renew).
–`, a Dutch particle of two words; `Ylva Johansson, Member of the Commission. –`, the
Commission's and the Council's offices in the report's languages), a Swedish council's
letterhead printed in columns (`KOMMUNFULLMÄKTIGE   Protokoll   2019-11-25`, no label), the
captions' change of speaker before a note of lost words (`>> [ INAUDIBLE ]`, a turn, no heading)
and an earnings call's name with its office after a double hyphen, printed once
(`Jane Whitaker -- Chief Financial Officer`). Each in an invented sample (labels in turns.toml,
persons in ids.toml) and with a line of the same shape that keeps its reading."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_dutch_particle_of_two_words_and_the_commission_s_office_make_labels() -> None:
    """ "Sophie in 't Veld (Renew). –": "in 't" is the name's, no sentence's words, and the group
    her affiliation; "Ylva Johansson, Member of the Commission. –" is the commissioner's label,
    the office her role."""
    root = tabled_tei("en-europarl-cre-group-office-dash.txt")
    assert turn_paragraphs(root)[1].startswith("I still do not see")
    groups = root.xpath("//t:person[@xml:id='sophie-in-t-veld']/t:affiliation/text()", namespaces=NS)
    assert groups == ["Renew"]
    roles = root.xpath("//t:person[@xml:id='ylva-johansson']/@role", namespaces=NS)
    assert roles == ["Member of the Commission"]


def test_the_commission_s_office_in_other_languages_makes_the_label() -> None:
    """ "Maroš Šefčovič, Mitglied der Kommission. –" and "…, membre de la Commission. –": the
    office in the report's other languages, each label printed once."""
    root = text_tei(
        "Aussprache\n\nMaroš Šefčovič, Mitglied der Kommission. – Herr Präsident, die Kommission"
        " hat einen Vorschlag vorgelegt.\n\nHelena Dalli, membre de la Commission. – Monsieur le"
        " Président, je vous remercie.\n"
    )
    assert turn_ids(root) == ["maros-sefcovic", "helena-dalli"]


def test_words_in_lower_case_before_a_dash_stay_a_sentence() -> None:
    """The negative: words in lower case between capitalised ones that are no particle ("Paris in
    the Spring") keep their sentence, no label."""
    root = text_tei(
        "Notes\n\nChair. – We begin.\n\nParis in spring was beautiful. – It was, and we went"
        " twice.\n\nChair. – Thank you.\n"
    )
    assert all("Paris" not in speaker for speaker in turn_speakers(root))


def test_a_letterhead_in_columns_is_no_label() -> None:
    """ "KOMMUNFULLMÄKTIGE        Protokoll        2019-11-25": the body's name, the document's word
    and its date in columns on the first line are the record's title, no turn; the colon labels
    under it take turns."""
    root = tabled_tei("sv-kommunfullmaktige-column-head.txt")
    assert "KOMMUNFULLMÄKTIGE" not in " ".join(turn_speakers(root))


def test_a_first_line_label_set_off_by_a_gap_over_a_speech_stays() -> None:
    """The negative: a label set off by a gap on the first line whose words are a speech, no
    document's name and date ("ORDFÖRANDEN        Jag förklarar sammanträdet öppnat.")."""
    root = text_tei(
        "ORDFÖRANDEN        Jag förklarar sammanträdet öppnat.\n\nKARIN LINDQVIST        Tack.\n\n"
        "ORDFÖRANDEN        Då går vi vidare.\n"
    )
    assert turn_ids(root)[0] == "ordforanden"


def test_the_captions_mark_before_a_note_of_lost_words_is_a_turn() -> None:
    """ ">> [ INAUDIBLE ]": the unnamed speaker's turn holding the note, as ">> HERE." is, no
    heading opening a division; the front matter in CAPITALS above stays one division."""
    root = tabled_tei("en-council-cart-inaudible-note.txt")
    assert len(root.xpath("//t:body/t:div", namespaces=NS)) == 1
    assert not root.xpath("//t:head[contains(., 'INAUDIBLE')]", namespaces=NS)
    lost = root.xpath("//t:sp[@xml:id='sp-5']//t:gap", namespaces=NS)
    assert lost


def test_the_captions_mark_before_a_sound_is_no_turn_nor_heading() -> None:
    """The negative: ">> [ GAVEL ]", the hall's sound, opens no unnamed turn (the note stays in
    the turn before), nor a heading."""
    root = text_tei(
        "REGULAR MEETING\n>> MAYOR ALVAREZ: WE ARE CALLED TO ORDER.\n>> [ GAVEL ]\n"
        ">> MAYOR ALVAREZ: FIRST ITEM.\n>> COUNCILMEMBER REED: MOVE APPROVAL.\n"
    )
    assert not root.xpath("//t:head[contains(., 'GAVEL')]", namespaces=NS)
    assert turn_ids(root) == ["mayor-alvarez", "mayor-alvarez", "councilmember-reed"]


def test_a_name_and_its_dashed_office_alone_printed_once_is_a_label() -> None:
    """ "Jane Whitaker -- Chief Financial Officer" alone over the prepared remarks, printed once,
    and "Priya Raman -- Northgate Securities -- Analyst" over her question are labels."""
    root = tabled_tei("en-earnings-call-dashed-office-once.txt")
    assert turn_paragraphs(root)[0].startswith("Thank you, Daniel.")


def test_a_dashed_title_alone_stays_a_heading() -> None:
    """The negative: "Prepared Remarks -- Third Quarter", no office after its dash, is the
    section's heading."""
    root = tabled_tei("en-earnings-call-dashed-office-once.txt")
    heads = root.xpath("//t:head/text()", namespaces=NS)
    assert "Prepared Remarks -- Third Quarter" in heads

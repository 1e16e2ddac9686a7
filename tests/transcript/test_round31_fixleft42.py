"""The blind batteries' leftovers, part three: an old court's OCR, each shape in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, texts


def test_ocr_s_double_quote_for_counsel_s_raised_e_is_the_counsel_s_title() -> None:
    """ "M" VAUDRIN. — Je prie la Cour …" between "LE TÉMOIN. — …" and "M. LE PRÉSIDENT. — …": OCR
    reads the raised "e" of the counsel's "Me" as a double quote; the line is the counsel's turn,
    "M"" the honorific, and the witness's wrapped speech is one paragraph."""
    root = tabled_tei("fr-assises-ocr-counsel-quote-title.txt")
    assert name_parts_of(root, "m-vaudrin") == [("roleName", "honorific", 'M"'), ("surname", None, "Vaudrin")]
    assert texts(root, "//t:sp[2]/t:p") == ["J'ai vu l'accusé sortir de la boutique, un paquet sous le bras."]
    assert texts(root, "//t:sp[3]/t:p") == [
        "Je prie la Cour de demander au témoin à quelle distance il se trouvait."
    ]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 4


def test_a_name_alone_before_an_ideographic_space_opens_a_turn_under_a_spaced_title() -> None:
    """ "第五回中央委員会総会　討論（要旨）" over "山際信夫　ただいまから討論に入ります。…" and "沢渡千秋　報告の
    第三章について…": a name in Han with its speech in kana after the ideographic space is a turn's
    label, printed once or twice; the title's body and part, no sentence after them, stay the
    title; the line under a speech with no name is that speech's paragraph."""
    root = tabled_tei("ja-party-plenum-name-ideographic-space.txt")
    assert texts(root, "//t:titleStmt/t:title[@type='main']") == ["第五回中央委員会総会 討論（要旨）"]
    assert texts(root, "//t:sp[2]/t:p") == [
        "報告の第三章について、地方組織の現状から意見を述べます。",
        "支部の会議が月に一度も開かれていない地区があります。",
    ]


def test_a_column_bar_after_a_stop_ends_the_line_above_a_label() -> None:
    """ "M . le ministre des finances. Je demande à répondre. |" over "M . Darnetal. Vous répondrez
    quand j'aurai fini," / "monsieur le ministre. (Très bien! à gauche.)": OCR's bar for the
    column's rule after the stop ends the sentence as the stop does, so the label under it opens
    the fourth turn; the bar is kept in the minister's words."""
    root = tabled_tei("fr-chambre-ocr-column-bar-label.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Je demande à répondre. |"]
    assert texts(root, "//t:sp[4]/t:p")[0].startswith(
        "Vous répondrez quand j'aurai fini, monsieur le ministre."
    )


def test_a_prosecutor_abbreviated_with_two_capitals_first_keeps_the_whole_label() -> None:
    """ "OStA Dr. Pfeiffer: Waren Sie allein dort?" between the witness's turns: the capital "A"
    after "OSt" opens no label glued inside the abbreviation, so the turn is the senior
    prosecutor's with all its letters, and his question stays his."""
    root = tabled_tei("de-strafprozess-osta-camel-case.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Waren Sie allein dort?"]
    assert not root.xpath("//t:person[@xml:id='a-dr-pfeiffer']", namespaces=NS)

"""Words the reader lost or misplaced: a page's word capitalised and a photo named on lines of
their own inside a speech's sentence, a margin's line numbers glued to the text or standing in
an excerpt's margin, a Hansard's disclaimer at the page's foot; each shape in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_capitalised_page_word_inside_a_wrapped_sentence_stays_the_speech_s() -> None:
    """ "… sadaļā ar virsrakstu" / "Lapa 2" / "ir norādīti …": the record's only page line,
    inside a sentence of a wrapped speech with no blank line, head or form feed beside it, is the
    title the speaker names, kept in the speech."""
    root = tabled_tei("lv-saeima-lapa-wrapped-in-speech.txt")
    (speech,) = texts(root, "//t:sp[2]/t:p")
    assert "sadaļā ar virsrakstu Lapa 2 ir norādīti visi priekšlikumi" in speech
    assert not root.xpath("//t:milestone[@type='join']", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_capitalised_page_footer_between_blank_lines_stays_a_page() -> None:
    """ "… sadaļā ar virsrakstu" / "" / "Lapa 2" / "" / "ir norādīti …": a page's footer set apart
    by blank lines, the page's furniture still."""
    root = text_tei(
        "Sēdes vadītāja. Vārds deputātam Jānim Ozoliņam.\n\nJ. Ozoliņš (Zaļo un lauku apvienība). "
        "Godātie kolēģi! Grozījumu tabulā, kuru saņēmāt vakar,\nsadaļā par pašvaldību ceļiem\n\nLapa 2\n\n"
        "ir norādīti visi priekšlikumi, un es lūdzu\ntos atbalstīt otrajā lasījumā.\n\n"
        "Sēdes vadītāja. Paldies.\n"
    )
    assert not any("Lapa 2" in text for text in texts(root, "//t:sp/t:p"))


def test_a_photo_named_inside_a_wrapped_sentence_stays_the_speech_s() -> None:
    """ "… zeigte uns ein" / "Foto von Herrn Albers" / "aus dem Jahr 1990, …": the photo the
    member shows, no caption of the speaker's photo; the applause after it stays a stage."""
    root = tabled_tei("de-bundestag-foto-von-wrapped-in-speech.txt")
    (speech,) = texts(root, "//t:sp[2]/t:p")
    assert "Gestern zeigte uns ein Foto von Herrn Albers aus dem Jahr 1990," in speech
    assert texts(root, "//t:sp[2]/t:stage") == ["(Beifall bei der SPD)"]


def test_a_speaker_s_photo_caption_apart_stays_furniture() -> None:
    """ "Foto von Anna Berg" between blank lines over the label: the page's caption still."""
    root = text_tei(
        "Präsidentin Hanna Rehberg: Das Wort hat Anna Berg.\n\nFoto von Anna Berg\n\n"
        "Anna Berg (SPD): Frau Präsidentin! Wir stimmen zu.\n"
    )
    assert not any("Foto" in text for text in texts(root, "//t:sp/t:p"))


def test_margin_numbers_glued_to_the_line_s_first_word_are_the_page_s() -> None:
    """ "5Frau Präsidentin! …", "10Präsidentin Anna Vogt:", "15Präsidentin Anna Vogt:" in a copy
    numbering every fifth line, the lines between counted: the numbers go, the label is read and
    the speech keeps its own "12 Millionen"."""
    root = tabled_tei("de-landtag-pdf-margin-number-glued.txt")
    (speech,) = texts(root, "//t:sp[2]/t:p")
    assert speech.startswith("Frau Präsidentin! Meine Damen und Herren!")
    assert "12 Millionen Euro" in speech
    assert texts(root, "//t:sp[2]/t:stage") == ["(Beifall SPD)"]
    assert texts(root, "//t:sp[3]/t:p") == ["Danke. Das Wort hat Frau Abgeordnete Lenz."]


def test_numbers_in_an_excerpt_s_margin_are_no_label_s() -> None:
    """ "10 COURT: Yes, Mr Dlamini?" and "20 COURT: Noted. …", the lines between them cut and
    indented to where the numbered lines' words begin: the margin's numbers, no label's."""
    root = tabled_tei("en-za-court-margin-every-tenth-excerpt.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Yes, Mr Dlamini?"]
    assert texts(root, "//t:sp[5]/t:p") == ["Noted. Proceed, Mr Dlamini."]


def test_a_figure_at_the_margin_of_an_indented_text_stays() -> None:
    """ "10 members voted" and "20 abstained" at the margin where the other lines are indented
    past it by more than the figure's width: the speech's figures, no margin's numbers."""
    root = text_tei(
        "COURT: Yes?\n      MR DLAMINI: M'Lord, the minutes say that\n10 members voted for it and\n"
        "      that some\n20 abstained.\n      COURT: Noted.\n"
    )
    speech = " ".join(texts(root, "//t:sp/t:p"))
    assert "10 members" in speech
    assert "20 abstained" in speech


def test_a_hansard_disclaimer_between_turns_is_the_page_s() -> None:
    """ "Disclaimer: The electronic version of the Official Hansard Report is for information
    purposes" / "only. A certified version … Hansard Editor." inside a member's speech: the
    publisher's notice, no words of the speech, whose paragraphs around it stay."""
    root = tabled_tei("en-ke-hansard-disclaimer-between-turns.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Thank you, Hon. Speaker. I rise to support this Bill because the sugarcane farmers in my "
        "constituency have waited for their payments for three seasons.",
        "We must pay them before the next planting season. I beg to support.",
    ]

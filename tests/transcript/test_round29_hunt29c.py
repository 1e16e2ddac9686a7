"""Shapes of the copies users make of their records (a PDF's text, OCR, a web page, a forum post)
that a blind battery of short excerpts found, each in an invented sample (names invented; labels
in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import tabled_tei, text_tei, texts, turn_ids


def _furniture(root: etree._Element, kind: str) -> list[str]:
    """The texts of the furniture items of *kind* the conversion left out."""
    return texts(root, f"//t:list[@type='furniture']/t:item[@ana='{kind}']")


def test_a_first_line_head_with_the_word_for_page_after_a_wide_gap_is_furniture() -> None:
    """ "HỘI ĐỒNG NHÂN DÂN TỈNH – KỲ HỌP THỨ 9          Trang 4" over "Chủ tọa Lê Văn Tâm: Mời …":
    the page's head, its page after a wide gap and the word for page, is furniture; the dash in
    it opens no label that would take the chair's label, printed once, into its speech."""
    root = tabled_tei("vi-quochoi-pdf-head-page-word.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Mời đại biểu Trần Thị Mai phát biểu."]
    assert _furniture(root, "running-head") == ["HỘI ĐỒNG NHÂN DÂN TỈNH – KỲ HỌP THỨ 9 Trang 4"]


def test_a_first_line_head_with_its_page_between_dashes_is_furniture() -> None:
    """ "수원지방법원 증인신문조서          - 7 -" over "재판장" / "증인은 …": the head with its page
    between dashes after a wide gap is furniture, no label of the court's record over the
    judge's question."""
    root = tabled_tei("ko-court-pdf-head-dashed-page.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["증인은 피고인과 어떤 관계입니까."]
    assert len(_furniture(root, "running-head")) == 1


def test_a_page_number_between_full_width_dashes_is_furniture() -> None:
    """ "－２３－" alone on its line inside a member's question, as a Japanese council's PDF sets
    its page numbers: the page's number, no paragraph of the speech, which reads on across it."""
    root = tabled_tei("ja-council-pdf-fullwidth-page-dashes.txt")
    assert _furniture(root, "page-number") == ["－２３－"]
    assert texts(root, "//t:sp[2]/t:p") == [
        "通告に従い、学校給食について質問いたします。無償化の見通しを伺います。"
    ]


def test_a_record_quoted_in_a_forum_post_has_its_quote_marks_taken_off() -> None:
    """ "> THE COURT: Ms. Arnott, you may cross-examine." / "> MS. ARNOTT: … you told" / "> the
    officers …": the reply's marks are furniture, the labels open their lines again and the
    wrapped line joins its speech; the poster's words stay outside the turns' labels."""
    root = tabled_tei("en-forum-trial-quoted-lines.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Thank you, Your Honor. Mr. Pike, you told the officers you left at ten?"
    ]
    assert len(_furniture(root, "quote-mark")) == 5


def test_a_hearing_quoted_under_a_forum_subject() -> None:
    """ "Sujet : Procès Morvan, …" over "> LA PRÉSIDENTE : Monsieur, …": the marks are furniture,
    and the subject line's field is no label."""
    root = tabled_tei("fr-forum-proces-sujet-quoted.txt")
    assert _furniture(root, "quote-mark") == [">", ">", ">"]
    assert texts(root, "//t:sp[1]/t:p") == ["Monsieur, reconnaissez-vous les faits ?"]


def test_one_quoted_line_in_a_speech_keeps_its_mark() -> None:
    """A speech quoting one line behind a mark ("> the motion as printed") is no message quoting
    a record: the mark stays in the speech."""
    text = "THE CHAIR: The motion reads:\n> the motion as printed\nMR. DOE: Thank you.\nTHE CHAIR: Next.\n"
    assert "> the motion as printed" in " ".join(texts(text_tei(text), "//t:sp[1]/t:p"))


def test_closed_captions_marking_each_speaker_change_keep_their_marks() -> None:
    """ ">> MAYOR X: …" / its wrapped lines unmarked / ">> COUNCILMEMBER Y: …": a caption's
    change of speaker, every mark ">>", is no message's quotation; the labels keep the marks."""
    text = (
        ">> MAYOR REYES: THE NEXT ITEM IS THE BUDGET. COUNCILMEMBER\nPOLK, GO AHEAD.\n"
        ">> COUNCILMEMBER POLK: THANK YOU, MAYOR.\n>> MAYOR REYES: THANK YOU.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='quote-mark']") == []
    assert turn_ids(root) == ["mayor-reyes", "councilmember-polk", "mayor-reyes"]


def test_a_video_title_dated_after_its_dash_and_a_transcript_heading_over_the_first_label() -> None:
    """ "City Council Budget Workshop - March 11, 2025" … "Transcript" / "Mayor Okafor: Let's get
    started. …": a date alone after the first line's dash (the month first, as an American title
    dates its meeting) is the title's, no speech; a heading's word alone on the line above
    ("Transcript") ends what was above, and the mayor, printed once, opens the first turn."""
    root = tabled_tei("en-council-video-title-dated.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Let's get started. We have one item tonight, the road repairs."]
    assert texts(root, "//t:titleStmt/t:title") == ["City Council Budget Workshop - March 11, 2025"]


def test_the_congressional_records_proof_stamp_is_furniture() -> None:
    """ "VerDate Sep 11 2014   02:14 Apr 17, 2024   Jkt 049060 … H16APPT1" inside a speech, then "The
    SPEAKER pro tempore. The time …": the printer's stamp at the page's foot is furniture; the
    speech reads on across it and the chair's turn, printed once, is no paragraph of the stamp."""
    root = tabled_tei("en-congrec-pdf-verdate-foot.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Madam Speaker, the water systems in the towns I represent were built before the Second World"
        " War, and the pipes are failing."
    ]
    assert len(_furniture(root, "printer-line")) == 1


def test_the_diario_de_sesiones_verification_code_is_furniture() -> None:
    """ "cve: DSCD-15-PL-88" alone between a member's speech and the minister's label: the page's
    code is furniture, no paragraph of the speech."""
    root = tabled_tei("es-congreso-pdf-cve-foot.txt")
    assert _furniture(root, "printer-line") == ["cve: DSCD-15-PL-88"]
    assert len(texts(root, "//t:sp[2]/t:p")) == 1

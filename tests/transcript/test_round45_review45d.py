"""Lines of other records shaped as the round's new Balkan, Greek and Romanian rules read them,
each in an invented sample (labels in turns.toml, persons in ids.toml): a table's dated rows
under a sentence that announces them are no running head printed once; the Romanian forename
"Alin" before an initial is no paragraph's abbreviation and its number; an old record's
forenames abbreviated past three letters keep a head field a name in full; the Greek chair
addressed with the abbreviated Mr is a vocative, no label. Each with the shape the round's rule
was for beside it, still read so."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def _furniture(root: object) -> list[str]:
    return texts(root, "//t:list[@type='furniture']/t:item")  # type: ignore[arg-type]


def test_a_tables_dated_rows_under_a_sentence_stay_the_speech() -> None:
    """ "Year ending 31 March 2020          450" and the rows under it, after "… as follows.", are
    the minister's table: each row's date and figure past a wide gap is no page's head."""
    root = tabled_tei("en-hansard-dated-table-rows.txt")
    said = " ".join(_said(root))
    assert "Year ending 31 March 2020 450" in said
    assert "Year ending 31 March 2022 530" in said
    assert not _furniture(root)


def test_a_running_head_printed_once_between_two_sentences_is_still_furniture() -> None:
    """The page's head with its date and page, between a speech's last sentence and the next
    label, with no row of its shape below, is taken off as before."""
    root = text_tei(
        "MR. HALE: The committee will come to order. We begin with the first witness.\n"
        "Monday, 3 May 2021          Page 4\nMS. ROE: Thank you, Chairman.\nMR. HALE: Please go on.\n"
    )
    assert _furniture(root) == ["Monday, 3 May 2021 Page 4"]
    assert _speakers(root) == ["MR. HALE:", "MS. ROE:", "MR. HALE:"]


def test_a_forename_before_an_initial_is_no_paragraph_read_out() -> None:
    """ "Alin M.:" is a guest's label, the forename and the initial (no "alin." and a Roman
    number), printed once."""
    root = tabled_tei("ro-tv-dezbatere-initial-forename.txt")
    assert "Noi credem că legea trebuie schimbată cât mai repede." in _said(root)


def test_a_romanian_article_read_out_is_still_no_label() -> None:
    """ "Articolul 3:" and "Alineatul 2:" read out between the turns stay the chair's text."""
    root = text_tei(
        "Domnul Cornel Bălan:\nTrecem la vot.\nArticolul 3:\nAlineatul 2:\nSe aprobă.\n"
        "Domnul Lucian Stoica:\nMulţumesc.\n"
    )
    assert _speakers(root) == ["Domnul Cornel Bălan:", "Domnul Lucian Stoica:"]


def test_a_head_field_with_an_old_abbreviated_forename_is_no_turn() -> None:
    """ "Moderator: Saml. Adams." and "Clerk: Richd. Wells." name who presides and who keeps the
    minutes: the stop after the abbreviated forename is no sentence's."""
    root = tabled_tei("en-town-meeting-abbreviated-forenames.txt")
    said = _said(root)
    assert "Moderator: Saml. Adams." in said
    assert "Clerk: Richd. Wells." in said


def test_an_excerpts_label_over_two_one_word_sentences_is_still_a_turn() -> None:
    """ "Jones: Hello. Begin." opening an excerpt is Jones's turn, no field's full name."""
    root = text_tei("Jones: Hello. Begin.\nSmith: Thank you. I will.\n")
    assert _speakers(root) == ["Jones:", "Smith:"]


def test_the_greek_chair_addressed_with_the_abbreviated_mr_is_a_vocative() -> None:
    """ "κ. Πρόεδρε:" over a line in lower case opens the member's speech, as "Κύριε Πρόεδρε:"
    does; "κα Νικολάου:" and "κ. Λαμπράκης:" stay labels."""
    root = tabled_tei("el-dimotiko-kyrios-vocative.txt")
    assert any(p.startswith("κ. Πρόεδρε:") for p in _said(root))

"""Shapes of the Balkan, Greek, Albanian and Romanian records, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): the Greek minutes' Mr and Mrs abbreviated
in lower case; an excerpt opening with a label and two one-word sentences; a Croatian court's
counsel with the party abbreviated after the office; the Albanian Mrs abbreviated; a running
head printed once between a speech and a wrapped label; a Romanian record typed with the
cedilla, its thanks and its vocatives so spelt."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_the_greek_mr_and_mrs_abbreviated_in_lower_case_open_labels() -> None:
    """ "κ. Αναστασίου:", "κα Δημητρίου:" and "κος Λαμπράκης:" open turns; "Ο κ. Λαμπράκης είπε
    στην επιτροπή: …" stays the member's speech, its verb before the colon."""
    root = tabled_tei("el-dimotiko-kyrios-kyria-abbreviated.txt")
    assert "Ο κ. Λαμπράκης είπε στην επιτροπή: θα το δούμε τον Σεπτέμβριο." in _said(root)


def test_a_sentence_after_mr_abbreviated_stays_speech() -> None:
    """ "Ο κ. Υπουργός μας είπε: θα το φέρουμε." reports what was said: no label."""
    root = text_tei(
        "ΠΡΟΕΔΡΟΣ: Τον λόγο έχει ο κ. Παπαδόπουλος.\nκ. Παπαδόπουλος: Ευχαριστώ.\n"
        "Ο κ. Υπουργός μας είπε: θα το φέρουμε.\nΠΡΟΕΔΡΟΣ: Ευχαριστούμε.\n"
    )
    assert _speakers(root) == ["ΠΡΟΕΔΡΟΣ:", "κ. Παπαδόπουλος:", "ΠΡΟΕΔΡΟΣ:"]
    assert "Ο κ. Υπουργός μας είπε: θα το φέρουμε." in _said(root)


def test_two_one_word_sentences_after_the_first_label_are_no_field() -> None:
    """ "Σ. ΒΑΡΔΑΚΗΣ: Καλημέρα. Αρχίζουμε." opening an excerpt is a turn: the stop after a word
    of its own inside the value ends a sentence, no full name's initial."""
    root = tabled_tei("el-epitropi-excerpt-greeting-opens.txt")
    assert _said(root)[0] == "Καλημέρα. Αρχίζουμε."


def test_a_head_field_naming_a_full_name_stays_the_heads() -> None:
    """ "Πρόεδρος: Γιώργος Παπαδόπουλος" over the first turn names the chair, no turn; "Clerk:
    Geo. Fox." with its abbreviated forename is no turn either."""
    root = text_tei(
        "Πρόεδρος: Γιώργος Παπαδόπουλος\nΓραμματέας: Ελένη Κώστα\n\n"
        "Γ. ΠΑΠΑΔΟΠΟΥΛΟΣ: Καλημέρα. Αρχίζουμε.\nΕ. ΚΩΣΤΑ: Ευχαριστώ, κύριε Πρόεδρε.\n"
    )
    assert _speakers(root) == ["Γ. ΠΑΠΑΔΟΠΟΥΛΟΣ:", "Ε. ΚΩΣΤΑ:"]
    assert not any("Γιώργος Παπαδόπουλος" in p for p in _said(root))
    root = text_tei("Clerk: Geo. Fox.\n\nMR. HALE: Good morning. We begin.\nMR. FOX: Thank you, sir.\n")
    assert _speakers(root) == ["MR. HALE:", "MR. FOX:"]


def test_a_courts_counsel_with_the_party_abbreviated_opens_a_turn() -> None:
    """ "Branitelj okr.:" and "Zastupnik tuž.:" are labels, the stop before the colon an
    abbreviation's."""
    root = tabled_tei("hr-sud-branitelj-abbreviated-party.txt")
    assert "Gdje ste stajali kad se to dogodilo?" in _said(root)


def test_counsel_abbreviated_without_a_colon_stays_speech() -> None:
    """ "Branitelj okr. Ivan Marić predlaže vještačenje." narrates: no label."""
    root = text_tei(
        "Sudac: Izvolite.\nBranitelj okr.: Imam pitanje.\n"
        "Branitelj okr. Ivan Marić predlaže vještačenje.\nSudac: Odbija se.\n"
    )
    assert _speakers(root) == ["Sudac:", "Branitelj okr.:", "Sudac:"]
    assert "Branitelj okr. Ivan Marić predlaže vještačenje." in _said(root)


def test_the_albanian_mrs_abbreviated_opens_a_label() -> None:
    """ "Znj. Mirela Hoxha:" opens a turn beside "Z. Arben Dervishi:"; "Znj. Hoxha tha se …"
    stays speech."""
    root = tabled_tei("sq-kuvendi-znj-abbreviated.txt")
    assert "Znj. Hoxha tha se ligji është i gatshëm, por nuk është." in _said(root)


def test_a_running_head_printed_once_over_a_wrapped_label_is_furniture() -> None:
    """The page's head with the sitting's date and its page past a wide gap, between a speech's
    last sentence and the next label, is taken off: the label wrapped below it opens its turn."""
    root = tabled_tei("ro-cdep-pdf-running-head-once.txt")
    assert not any("Stenograma" in p for p in _said(root))


def test_a_dated_line_before_lower_case_stays_text() -> None:
    """ "Votul final din 9 aprilie 2025        17" over a line in lower case goes on with it:
    no running head."""
    root = text_tei(
        "Domnul Vasile Drăgan:\nMulţumesc, domnule preşedinte. Propunerea are avizul favorabil al\n"
        "comisiei şi vă rog să o votaţi.\nVotul final din 9 aprilie 2025        17\n"
        "pentru, 3 împotrivă.\nDoamna Corina Manole:\nMulţumesc.\n"
    )
    assert any(p.startswith("Votul final din 9 aprilie 2025") for p in _said(root))


def test_thanks_and_vocatives_typed_with_the_cedilla_are_speech() -> None:
    """ "Domnule preşedinte:" over a line in lower case is a vocative, and "Mulţumesc." at a
    line's start the speech's first word, as with the comma below."""
    root = tabled_tei("ro-senat-cedilla-thanks-vocative.txt")
    assert "Domnule preşedinte:" in _said(root)
    config = default_config()
    assert "mulţumesc" in config.openers["ro"]
    assert "mulțumesc" in config.openers["ro"]
    assert "domnule preşedinte" in config.salutations


def test_the_comma_below_spelling_keeps_its_reading() -> None:
    """The same record with the comma below gives the same turns."""
    text = (
        "Domnul Radu Onea:\nStimați colegi,\nDomnule președinte:\nlegea aceasta nu are finanțare.\n"
        "Domnul Gheorghe Vlădescu:\nMulțumesc.\nDoamna senator Ciobanu, vă rog.\n"
        "Doamna Elena Ciobanu:\nMulțumesc.\nGrupul nostru va vota pentru.\n"
    )
    root = text_tei(text)
    assert _speakers(root) == ["Domnul Radu Onea:", "Domnul Gheorghe Vlădescu:", "Doamna Elena Ciobanu:"]


def test_a_second_readings_proposal_read_out_is_the_rapporteurs() -> None:
    """ "Предложение на народния представител X:" over the proposal's text heads what the
    rapporteur reads, no turn of X's; "ПРЕДСЕДАТЕЛ …:" and "ДОКЛАДЧИК …:" stay labels."""
    root = tabled_tei("bg-ns-second-reading-proposal-read.txt")
    assert "Предложение на народния представител Велина Кръстева:" in _said(root)


def test_a_proposals_maker_speaking_keeps_his_label() -> None:
    """ "ВЕЛИНА КРЪСТЕВА (от място):" after the proposal is her own turn."""
    root = text_tei(
        "ДОКЛАДЧИК ЯНКО ДРАГНЕВ: Благодаря.\nПредложение на народния представител Велина Кръстева:\n"
        "„В § 2 думите се заменят.“\nКомисията не подкрепя предложението.\n"
        "ПРЕДСЕДАТЕЛ МАРИН ТОДОРОВ: Изказвания?\nВЕЛИНА КРЪСТЕВА (от място): Да, моля.\n"
    )
    assert _speakers(root)[-1] == "ВЕЛИНА КРЪСТЕВА (от място):"


def test_an_article_and_a_numbered_amendment_read_out_are_no_labels() -> None:
    """ "Articolul 3:" and "Amendamentul nr. 4:" (the number after "nr.") are a bill's divisions
    read out by the chair; "Domnul Lucian Stoica:" stays a label."""
    root = tabled_tei("ro-cdep-amendment-article-read.txt")
    assert "Articolul 3:" in " ".join(texts(root, "//t:body"))
    assert "Amendamentul nr. 4:" in _said(root)


def test_a_division_word_without_its_number_is_no_division() -> None:
    """ "Punctul de vedere al Guvernului:" names no numbered division: the division's weight is
    not asked of it (its words a heading's or a speech's as before)."""
    from stenogram.transcript.names import division_number

    config = default_config()
    assert division_number("nr. 4", config)
    assert division_number("br. 3", config)
    assert not division_number("de vedere", config)


def test_the_greek_subject_in_capitals_is_a_field() -> None:
    """ "ΘΕΜΑ: …" between the turns and "Θέμα: …" in a speech are no labels."""
    root = tabled_tei("el-epitropi-thema-field-between.txt")
    said = _said(root)
    assert any(p.startswith("ΘΕΜΑ: Επεξεργασία") for p in said)
    assert "Θέμα: η στελέχωση των κέντρων υγείας." in said

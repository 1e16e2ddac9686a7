"""Records of public inquiries, committees' evidence, councils and older printed debates met in
the twenty-second round's hunt (samples in tests/data/labels/, written in the shapes the real
records print, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_minus_sign_inside_a_name_is_its_hyphen() -> None:
    tei = tabled_tei("en-inquiry-minus-in-names.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Take your time, Mr Pellow."]
    assert texts(tei, "//t:person[@xml:id='sir-graham-ashworth-lee']//t:surname") == ["Ashworth-Lee"]


def test_a_flattened_pages_cover_sets_no_width_for_its_wraps() -> None:
    tei = tabled_tei("en-inquiry-flattened-cover.txt")
    assert texts(tei, "//t:sp[1]/t:p") == [
        "Good morning, everyone, and welcome back. Today we are going to hear the evidence of"
        " Ms Pellow, who was the inspector of the bridge from 2014 until it was closed.",
        "Before we begin, I should say that the hearing will rise at about 1 o'clock, so that"
        " the shorthand writers can have a break.",
        "Ms Halloran, could I invite you to begin.",
    ]


def test_a_committee_protocols_page_foot_and_head_are_furniture() -> None:
    tei = tabled_tei("de-untersuchungsausschuss-page-break.txt")
    assert texts(tei, "//t:sp[4]/t:p") == [
        "Herr Zeuge, seit wann waren Sie in dem Referat tätig, und wer war damals Ihr Vorgesetzter?"
    ]
    assert not [text for text in texts(tei, "//t:body") if "Wahlperiode" in text or "Stenografisches" in text]


def test_a_blue_card_question_named_by_a_quoted_term_opens_a_turn() -> None:
    french = tabled_tei("fr-europarl-carton-bleu.txt")
    assert texts(french, "//t:sp[3]/t:p") == [
        "Madame Marchetti, pouvez-vous nous dire combien coûterait votre proposition?"
    ]
    german = tabled_tei("de-europarl-blaue-karte.txt")
    assert texts(german, "//t:sp[4]/t:p") == ["Herr Verhulst, weniger als das Nichtstun."]


def test_a_middle_initial_between_capitals_is_the_reported_names() -> None:
    tei = tabled_tei("en-hansard-middle-initial-reported.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("said the papers were being prepared")


def test_an_older_printed_debates_running_head_printed_once_is_furniture() -> None:
    globe = tabled_tei("en-globe-running-head-once.txt")
    assert texts(globe, "//t:sp[1]/t:p")[0].endswith(
        "the attention it deserves at the hands of that committee."
    )
    hansard = tabled_tei("en-hansard-column-head-once.txt")
    assert texts(hansard, "//t:sp[1]/t:p")[0].endswith(
        "at Aldershot were correct, and what steps the Government proposed to take."
    )
    reichstag = tabled_tei("de-reichstag-page-head-once.txt")
    assert texts(reichstag, "//t:sp[2]/t:p") == [
        "Meine Herren, der Herr Staatssekretär hat uns gestern versichert, daß die Vorlage den kleinen"
        " Gewerbetreibenden nicht schaden werde. Ich bezweifle das."
    ]


def test_a_witness_sworn_after_three_hyphens_heads_the_evidence() -> None:
    tei = tabled_tei("en-ca-commission-sworn-line.txt")
    assert texts(tei, "//t:body//t:head") == ["--- INSPECTOR CAROLE FENWICK, Sworn:"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Thank you, Commissioner. The first witness is Inspector Fenwick."
    ]


def test_an_irish_tribunals_stop_lines_are_blank_and_a_continued_examination_heads() -> None:
    tei = tabled_tei("en-ie-tribunal-stop-lines.txt")
    assert "." not in texts(tei, "//t:body//t:p")
    assert texts(tei, "//t:body//t:head") == ["CONTINUATION OF EXAMINATION OF MR. DUNLEAVY BY MR. FERRITER."]


def test_a_questions_letter_before_counsels_label_is_no_initial() -> None:
    tei = tabled_tei("en-ie-tribunal-first-question-named.txt")
    assert not texts(tei, "//t:person[@xml:id='ms-harnett']//t:forename")


def test_a_flattened_pages_number_before_its_first_line_is_furniture() -> None:
    tei = tabled_tei("en-inquiry-flattened-page-number.txt")
    assert texts(tei, "//t:sp[7]/t:p")[0].endswith("where the water stood after rain for days at a time.")

"""Labels of records copied in another layout than the one their samples print: a long office a
narrow column wrapped over two lines of a hard-wrapped copy (samples in tests/data/labels/)."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts


@pytest.mark.parametrize(
    ("sample", "turn", "speech"),
    [
        # "Parliamentary Under-Secretary of State for Transport and Local" / "Infrastructure (Mr X): …"
        ("en-hansard-pdf-office-wrapped.txt", 3, "I thank the honourable Member"),
        # "Secretario de Hacienda y Crédito Público, Ernesto Villaseñor" / "Prado: Con su venia, …"
        ("es-diario-pdf-office-wrapped.txt", 2, "Con su venia, señor presidente."),
    ],
)
def test_an_office_label_a_wrap_cut_opens_its_turn(sample: str, turn: int, speech: str) -> None:
    tei = tabled_tei(sample)
    assert texts(tei, f"//t:sp[{turn}]/t:p")[0].startswith(speech)


def test_a_sentence_a_wrap_cut_before_a_parenthesis_and_a_colon_stays_text() -> None:
    tei = text_tei(
        "The Deputy Speaker: I call the Member for Harrowfield.\n"
        "Mrs Lorna Keddie (Harrowfield): Thank you, Deputy Speaker.\n"
        "I asked a question last week. The Minister then told the\n"
        "House (Mr Declan Ashworth): the review would come in spring.\n"
        "The Deputy Speaker: Order. We must move on.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "The Deputy Speaker:",
        "Mrs Lorna Keddie (Harrowfield):",
        "The Deputy Speaker:",
    ]


@pytest.mark.parametrize(
    ("sample", "speeches"),
    [
        # "… (Beifall bei der SPD) Präsidentin Dr. Helga" / "Reimers: Nächster Redner …"
        ("de-flattened-wrapped-party-cut.txt", ["Nächster Redner ist Herr Tiefenbach."]),
        # "… M. le" / "président. La parole est à Mme Odile" / "Marchal. Je partage …"
        ("fr-flattened-wrapped-title-cut.txt", ["La parole est à Mme Odile Marchal.", "Je partage cet avis"]),
    ],
)
def test_a_label_inside_a_flattened_record_that_a_wrap_cut_opens_its_turn(
    sample: str, speeches: list[str]
) -> None:
    said = texts(tabled_tei(sample), "//t:sp/t:p")
    assert all(any(text.startswith(speech) for text in said) for speech in speeches)


def test_a_question_ending_a_line_over_a_label_in_capitals_is_no_label_the_wrap_cut() -> None:
    tei = text_tei(
        "THE PRESIDING JUDGE: Very well. Mr Lyle, any objection?\n"
        "MR LYLE: None, Your Honour.\n"
        "THE PRESIDING JUDGE: Then we proceed.\n"
    )
    assert texts(tei, "//t:sp/t:p")[0] == "Very well. Mr Lyle, any objection?"

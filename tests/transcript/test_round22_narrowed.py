"""Rules of the twenty-second round narrowed where real records of earlier rounds showed them
taking a speech's words for a label (samples in tests/data/labels/, names invented)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_stop_and_dash_of_the_lines_own_label_end_no_sentence() -> None:
    tei = tabled_tei("en-fj-hansard-dash-label-salutation-colon.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0] == "Madam Speaker, I move:"


def test_an_office_said_again_before_the_name_is_the_speech_of_one_introducing_himself() -> None:
    tei = tabled_tei("ko-council-secretary-names-himself.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("의회사무국장 박정수입니다.")


def test_a_witness_brought_in_sworn_is_no_label_and_the_questions_stay_counsels() -> None:
    tei = tabled_tei("en-court-martial-witness-sworn-alone.txt")
    assert tei.xpath("//t:sp[t:speaker='Q.']/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == [
        "#prosecutor",
        "#prosecutor",
    ]
    assert "Corporal DANIEL WHITCOMBE, sworn." in texts(tei, "//t:sp[2]/t:stage")


def test_a_formulas_minus_between_single_letters_stays_a_minus() -> None:
    tei = text_tei(
        "SIR GRAHAM ASHWORTH\u2212LEE: The gap is x\u2212y, as the expert said.\n\n"
        "MS HALLORAN\u2212DUFF: Thank you, sir.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["SIR GRAHAM ASHWORTH-LEE:", "MS HALLORAN-DUFF:"]
    assert texts(tei, "//t:sp[1]/t:p") == ["The gap is x\u2212y, as the expert said."]


def test_a_flattened_line_of_many_bracketed_events_is_one_turn_with_its_stages() -> None:
    # "Words (Laughter)." is shaped as a name and its region inside a flattened line: no label,
    # each bracket a stage of the one turn (how its time grows is measured in bench_convert.py)
    tei = text_tei("IVANOV. " + " ".join("Words (Laughter)." for _ in range(300)))
    assert texts(tei, "//t:sp/t:speaker") == ["IVANOV."]
    assert len(tei.xpath("//t:stage", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == 300

"""Short records of Asia, Africa and the Americas met in the twenty-first round's second eastern
hunt (samples in tests/data/labels/, written in the shapes the real records print, names
invented)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_office_whose_last_area_takes_seven_words_answers_the_question() -> None:
    tei = tabled_tei("sw-bunge-tamisemi-answers.txt")
    assert texts(tei, "//t:sp/t:speaker") == [
        "MHE. HAMISI J. MWAKILEMA aliuliza:-",
        "NAIBU WAZIRI, OFISI YA RAIS, TAWALA ZA MIKOA NA SERIKALI ZA MITAA alijibu:-",
    ]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Mheshimiwa Spika, kwa niaba ya Waziri wa Nchi")


def test_a_member_named_after_the_office_in_lower_case_opens_a_turn() -> None:
    tei = tabled_tei("fr-ci-assemblee-depute-once.txt")
    assert texts(tei, "//t:sp[2]/t:speaker") == ["Le député Koffi Brou Mathias :"]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Merci, Monsieur le Président.")
    assert texts(tei, "//t:person[@xml:id='le-depute-koffi-brou-mathias']//t:roleName") == ["député"]


def test_a_federal_minister_alone_above_the_answer_opens_a_turn() -> None:
    tei = tabled_tei("ur-senate-federal-minister-alone.txt")
    assert texts(tei, "//t:sp[3]/t:speaker") == ["وفاقی وزیر برائے توانائی"]
    assert texts(tei, "//t:sp[2]/t:p")[-1].endswith("کیوں بڑھ گئے ہیں؟")


def test_a_councillors_abbreviated_office_is_the_labels_and_no_heading() -> None:
    tei = tabled_tei("tl-barangay-kagawad-once.txt")
    assert texts(tei, "//t:sp[2]/t:speaker") == ["KGD. ROSALINDA MACARAEG:"]
    assert not texts(tei, "//t:body//t:head")


def test_a_minister_addressed_before_the_office_alone_above_the_answer_opens_a_turn() -> None:
    tei = tabled_tei("fr-sn-assemblee-ministre-alone.txt")
    assert texts(tei, "//t:sp[3]/t:speaker") == [
        "MONSIEUR LE MINISTRE DE L'HYDRAULIQUE ET DE L'ASSAINISSEMENT"
    ]
    assert texts(tei, "//t:sp[2]/t:p")[-1].endswith("Quand les travaux commenceront-ils ?")

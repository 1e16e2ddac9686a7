"""A reviewer's counter-examples to the short-excerpts hunt's rules of this round: the shapes
where a widened rule took a speaker's own words for a label, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_sentence_naming_a_minister_after_a_lower_case_clause_is_no_label() -> None:
    """A paragraph of one sentence that names a minister with the initial after a clause in lower
    case, closed by its stop ("Бұл мәселені былтыр көтерген министр Н.Бекмұратов."), reads as a
    portfolio before the office; the stop closes a sentence, so its words in lower case are a
    sentence's and it stays in the member's speech."""
    root = tabled_tei("kk-mazhilis-minister-named-in-own-sentence.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Құрметті Төраға! Ауылдық емханаларда зертханалар жетіспейді.",
        "Бұл мәселені былтыр көтерген министр Н.Бекмұратов.",
        "Бірақ ол әлі шешілген жоқ.",
    ]


def test_a_minister_reported_with_the_speech_in_lower_case_after_is_no_label() -> None:
    """A paragraph that reports a minister's promise after a clause in lower case, his name and a
    colon, the promise going on in lower case ("Өнгөрсөн намар ярьсан сайд Н.Батсүх: ирэх жил
    …"), reads as a portfolio before the office; no capital opens a speech after it, so its
    words in lower case are a sentence's and the paragraph stays in the member's speech."""
    root = tabled_tei("mn-khural-minister-quoted-lower-case.txt")
    assert texts(root, "//t:sp[2]/t:p")[1:] == [
        "Өнгөрсөн намар ярьсан сайд Н.Батсүх: ирэх жил замыг засна гэж.",
        "Хэзээ засах вэ?",
    ]


def test_a_citation_of_the_gazette_on_a_wrapped_line_stays_in_the_speech() -> None:
    """A member's citation of the Romanian gazette that a hard wrap leaves alone on its line
    ("Monitorul Oficial al României, Partea a II-a, nr. 21/16.III.2022") is no running head,
    which prints the gazette's name in capitals: the line stays in the speech."""
    root = tabled_tei("ro-camera-gazette-cited-wrapped-line.txt")
    assert texts(root, "//t:sp[2]/t:p")[1] == (
        "Stenograma ședinței în care s-a votat această lege a fost publicată în Monitorul Oficial al "
        "României, Partea a II-a, nr. 21/16.III.2022 și oricine o poate citi. Vă mulțumesc."
    )

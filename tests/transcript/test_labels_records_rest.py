"""Short excerpts of records of Asia and of old European chambers, each label printed once: a
member's forename abbreviated with its stop inside the label (the Dewan Rakyat's "Mohd.", "Abd."),
a heading over the chair's first turn, a speaker counting his points, the Camera's second chair
named in its head, and a session's field over a single minister's speech."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, turn_ids


def _speakers(sample: str) -> list[str]:
    return [str(text) for text in sample_tei(sample).xpath("//t:sp/t:speaker/text()", namespaces=NS)]


@pytest.mark.parametrize(
    ("sample", "labels"),
    [
        # a forename abbreviated with its stop ("Mohd.", "Abd.") inside the label, not its end
        (
            "ms-dewan-rakyat-abbreviated-forename.txt",
            [
                "Tuan Rahman bin Osman [Kuala Sepetang]:",
                "Dr. Haji Mohd. Faizal Rashid [Bukit Kayu]:",
                "Timbalan Yang di-Pertua [Datuk Haji Abd. Karim bin Salleh]:",
                "Dr. Haji Mohd. Faizal Rashid [Bukit Kayu]:",
                "Tuan Rahman bin Osman [Kuala Sepetang]:",
            ],
        ),
        # a heading in capitals over the secretary's first turn on the next line, and a heading
        # over the chair's turn that names the chair: the label below is the turn
        (
            "ms-dewan-rakyat-oath-heading.txt",
            [
                "Setiausaha Dewan Rakyat:",
                "Perdana Menteri [Dato' Seri Hashim bin Yusof]:",
                "Timbalan Perdana Menteri [Dato' Sri Kamal bin Haji Ramli]:",
                "Setiausaha Dewan Rakyat:",
                "Tuan Yang di-Pertua:",
            ],
        ),
        # "One, I will ask the Minister:" counts a speaker's points: no label
        ("en-sg-enumerated-points.txt", ["Mr Tan Wei Ming:"]),
        # the head's "QUINDI PRESIDENZA DEL PRESIDENTE X." names the chair, no turn
        ("it-camera-quindi-presidenza.txt", ["Presidente.", "FANTONI.", "Presidente."]),
        # "Sesión:" over the date is the head's field, no turn
        ("es-cortes-session-field.txt", ["El Sr. Ministro de la GOBERNACIÓN (Ferrández):"]),
    ],
)
def test_the_turns_are_the_labels(sample: str, labels: list[str]) -> None:
    assert _speakers(sample) == labels


def test_the_holder_in_brackets_after_a_deputy_office_is_the_person() -> None:
    root = sample_tei("ms-dewan-rakyat-oath-heading.txt")
    assert turn_ids(root)[2] == "dato-sri-kamal-bin-haji-ramli"
    heads = [str(h) for h in root.xpath("//t:body//t:head/text()", namespaces=NS)]
    assert heads == ["TUAN YANG DI-PERTUA MENGANGKAT SUMPAH"]


def test_the_second_chair_of_the_head_is_the_presidente() -> None:
    root = sample_tei("it-camera-quindi-presidenza.txt")
    assert turn_ids(root) == ["bertoldi", "fantoni", "bertoldi"]

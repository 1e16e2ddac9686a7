"""Short excerpts of records of Asia and of old European chambers, each label printed once: a
member's forename abbreviated with its stop inside the label (the Dewan Rakyat's "Mohd.", "Abd."),
a heading over the chair's first turn, a speaker counting his points, the Camera's second chair
named in its head, a session's field over a single minister's speech, and an Arabic record's
minutes naming the chair and the government's bench in fields of the head, and an old Handelingen's
numbered sitting with its chair's field."""

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
        # the minutes' fields "الرئاسة :" and "تمثيل الحكومة :" are the head's, no turns
        ("ar-dz-minutes-head-fields.txt", ["الرئيس :", "السيد الوزير :"]),
        # an old Handelingen's numbered sitting ("9DE ZITTING. — …") and its chair's field with
        # its stop ("Voorzitter: de heer X.") are the head's, no turns
        # the Duma's fragment under its fields: the member's name, initials and faction alone
        # on the line under "Строки с … по …" opens the first turn
        ("ru-duma-api-fragment.txt", ['СОКОЛОВ А. В., фракция "Родина".', "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ."]),
        (
            "nl-handelingen-numbered-sitting.txt",
            ["De Voorzitter:", "De heer Van Dorp:", "De Voorzitter:"],
        ),
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


def test_the_chair_named_in_the_head_before_the_chamber_is_the_chair() -> None:
    root = sample_tei("ar-dz-minutes-head-fields.txt")
    assert turn_ids(root)[0] == "كريم-بن-سالم"
    fronts = root.xpath("//t:front/t:div/@type", namespaces=NS)
    assert fronts == ["presiding", "list", "time"]  # the government's representation, a field of who sits


def test_the_congressional_record_notes_of_the_house_are_stages() -> None:
    root = sample_tei("en-ph-congressional-record-notes.txt")
    stages = [" ".join("".join(s.itertext()).split()) for s in root.xpath("//t:body//t:stage", namespaces=NS)]
    assert "Everybody rose to sing the Philippine National Anthem." in stages
    assert "The Secretary General called the roll, and the result is reflected in Journal No. 41." in stages
    assert turn_ids(root) == [
        "rep-abrenica",
        "rep-abrenica",
        "rep-dumalag",
        "rep-abrenica",
        "the-secretary-general",
    ]

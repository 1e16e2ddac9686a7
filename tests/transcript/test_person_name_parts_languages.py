"""The parts of a person's name as each language orders them, and one person for the forms a
record prints of one name: Spanish double surnames, Hungarian surname first, a Russian full
name with its patronymic, a Turkish group's speaker and a minister's portfolio before the
office. Each sample is in the shape of a real record (names invented)."""

from __future__ import annotations

from label_samples import name_parts_of, sample_tei, text_tei, turn_ids


def test_spanish_double_surnames() -> None:
    tei = sample_tei("es-congreso-two-surnames.txt")
    assert name_parts_of(tei, "el-senor-perez-garcia")[-2:] == [
        ("surname", None, "PÉREZ"),
        ("surname", None, "GARCÍA"),
    ]
    assert name_parts_of(tei, "el-senor-pablo-echenique-robba")[-3:] == [
        ("forename", None, "PABLO"),
        ("surname", None, "ECHENIQUE"),
        ("surname", None, "ROBBA"),
    ]
    assert name_parts_of(tei, "la-senora-martinez-de-la-fuente")[-4:] == [
        ("surname", None, "MARTÍNEZ"),
        ("nameLink", None, "DE"),
        ("nameLink", None, "LA"),
        ("surname", None, "FUENTE"),
    ]
    assert turn_ids(tei)[1] == turn_ids(tei)[5] == "el-senor-perez-garcia"


def test_hungarian_surname_first() -> None:
    tei = sample_tei("hu-orszaggyules-surname-first.txt")
    assert name_parts_of(tei, "kovacs-janos") == [("surname", None, "Kovács"), ("forename", None, "János")]
    assert name_parts_of(tei, "dr-nagy-peter") == [
        ("roleName", "honorific", "Dr."),
        ("surname", None, "Nagy"),
        ("forename", None, "Péter"),
    ]


def test_russian_full_name_with_patronymic_is_surname_first() -> None:
    tei = sample_tei("ru-full-patronymic.txt")
    assert turn_ids(tei) == ["ivanov-i-p", "petrov-s-a", "ivanov-i-p", "ivanov-i-p", "petrov-s-a"]
    assert name_parts_of(tei, "ivanov-i-p") == [
        ("surname", None, "Иванов"),
        ("forename", None, "Иван"),
        ("forename", None, "Петрович"),
    ]


def test_turkish_group_speaker_is_the_member() -> None:
    tei = sample_tei("tr-tbmm-group-behalf.txt")
    minister = "cevre-ve-sehircilik-bakani-ahmet-koc"
    assert turn_ids(tei) == ["baskan", "murat-yildiz", "baskan", minister, "murat-yildiz", "ayse-kaya"]
    assert name_parts_of(tei, "murat-yildiz") == [("forename", None, "Murat"), ("surname", None, "Yıldız")]
    assert tei.xpath("//*[@xml:id='murat-yildiz']/*[local-name()='affiliation']/text()") == ["CHP"]
    assert [kind for kind, _, _ in name_parts_of(tei, minister)][-3:] == ["roleName", "forename", "surname"]


def test_korean_office_before_or_after_the_name_is_one_person() -> None:
    tei = sample_tei("ko-committee-office-either-side.txt")
    chair = "위원장-박영호"
    assert turn_ids(tei) == [chair, "김민수-위원", chair, "장관-이정훈", chair]
    assert name_parts_of(tei, chair) == [
        ("roleName", "office", "위원장"),
        ("surname", None, "박"),
        ("forename", None, "영호"),
    ]


def test_taiwanese_office_joined_to_the_name_and_alone_after_the_surname() -> None:
    tei = sample_tei("zh-tw-ly-office-joined-short.txt")
    assert turn_ids(tei) == ["主席", "王委員小明", "陳部長志強", "王委員小明", "陳部長志強", "主席"]
    assert name_parts_of(tei, "王委員小明") == [
        ("surname", None, "王"),
        ("roleName", "office", "委員"),
        ("forename", None, "小明"),
    ]


def test_dutch_capital_particle_after_an_office_opens_the_surname() -> None:
    tei = sample_tei("nl-tk-capital-particles.txt")
    assert turn_ids(tei)[1] == turn_ids(tei)[3] == "de-heer-van-der-berg"
    assert name_parts_of(tei, "minister-van-den-heuvel")[-3:] == [
        ("nameLink", None, "Van"),
        ("nameLink", None, "den"),
        ("surname", None, "Heuvel"),
    ]


def test_a_constituent_assembly_honorific_is_no_forename() -> None:
    tei = sample_tei("en-in-constituent-honorifics.txt")
    # the chair the sentence over the first turn names ("Mr. President (The Honourable Dr. Ravi
    # Menon) in the Chair.") is the holder of every "Mr. President:"
    assert turn_ids(tei) == [
        "ravi-menon",
        "pandit-hari-narayan-tiwari",
        "the-honourable-dr-s-n-rao",
        "acharya-k-l-sharma",
        "ravi-menon",
    ]
    assert name_parts_of(tei, "the-honourable-dr-s-n-rao")[:3] == [
        ("roleName", "honorific", "The"),
        ("roleName", "honorific", "Honourable"),
        ("roleName", "honorific", "Dr."),
    ]
    assert name_parts_of(tei, "pandit-hari-narayan-tiwari")[0] == ("roleName", "honorific", "Pandit")
    assert name_parts_of(tei, "acharya-k-l-sharma")[-1] == ("surname", None, "Sharma")


def test_the_holder_a_bracketed_line_puts_in_the_chair_is_the_chair() -> None:
    tei = text_tei(
        "LEGISLATIVE ASSEMBLY\n\n(Mr. Deputy Speaker (Sardar Amar Singh) in the Chair.)\n\n"
        "Mr. Deputy Speaker: The House will now resume the debate.\n\n"
        "Shri P. K. Varma (Madras: General): Sir, I rise to support the Bill.\n"
    )
    assert turn_ids(tei) == ["amar-singh", "shri-p-k-varma"]

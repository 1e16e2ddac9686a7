"""The forty-fourth round's review: a dialogue's glued dash before a form of address and an
office in lower case is a vocative quoted (no label), the German voices of a party only a word or
two after the article, a roll's vocative an office or a form of address (no counsel's surname),
and a short vocative's full stop still its mark after the hall's word and its office."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.salutations import saluting

_CONFIG = default_config()


@pytest.mark.parametrize(
    ("sample", "quoted"),
    [
        ("es-pleno-dash-vocative-quoted.txt", "—Señor alcalde: ¿y las farolas que nos prometieron?"),
        ("ru-gorsovet-dash-vocative-quoted.txt", "—Товарищ председатель: почему во дворе нет света?"),
    ],
)
def test_a_glued_dash_before_an_office_addressed_is_a_quoted_vocative(sample: str, quoted: str) -> None:
    """ "—Señor alcalde: ¿y las farolas …?" quoted inside a councillor's speech: the office
    called, no holder named, stays her words; "—Alcalde (Ruiz):", "—Concejala Vidal:",
    "—Председатель:" stay labels."""
    root = tabled_tei(sample)
    speakers = texts(root, "//t:sp/t:speaker")
    assert not any(speaker.startswith(quoted.partition(":")[0]) for speaker in speakers)
    assert any(quoted in p for p in texts(root, "(//t:sp)[2]/t:p"))
    assert len(speakers) == (5 if sample.startswith("es") else 4)


def test_a_novel_s_dialogue_line_calling_an_office_is_no_label() -> None:
    """A novel's glued dialogue dash before a form of address and an office: no speaker."""
    root = text_tei(
        "Capítulo tres\n\nEntró en el despacho sin llamar.\n"
        "—Señor presidente: le traigo las cuentas.\n"
        "—Déjelas ahí —dijo él sin levantar la vista.\n"
        "—Mañana.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_stimmen_of_a_party_are_the_hall_and_a_sentence_of_them_is_speech() -> None:
    """ "Stimmen von der SPD:" is a group's voice; "Stimmen von der Opposition wurden laut:"
    is the record's sentence, no label."""
    root = tabled_tei("de-stadtrat-stimmen-sentence.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Stimmen von der SPD:" in speakers
    assert not any(speaker.startswith("Stimmen von der Opposition") for speaker in speakers)
    assert any("Stimmen von der Opposition wurden laut:" in p for p in texts(root, "//t:body//t:p"))


def test_a_roll_naming_counsel_by_surname_and_a_clause_stays_the_roll() -> None:
    """ "Counsel Assisting: Hale, with her learned friend Mr Ng.": a surname before the comma,
    no office called; the roll of the front, no turn of counsel."""
    root = tabled_tei("en-inquiry-counsel-assisting-roll-with.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Counsel Assisting:" not in speakers
    assert speakers[:2] == ["THE COMMISSIONER:", "MS HALE:"]


@pytest.mark.parametrize(
    ("speech", "addressed"),
    [
        ("Товарищи депутаты.", True),
        ("Товарищи делегаты.", True),
        ("Comrades delegates.", True),
        ("Колеги депутати.", True),
        ("Members agreed.", False),
        ("Members noted the paper.", False),
        ("Members and guests agreed.", False),
        ("Kollegen wissen das.", False),
    ],
)
def test_a_short_vocative_s_stop_marks_it_where_the_hall_s_office_follows(
    speech: str, addressed: bool
) -> None:
    """The hall's word and its office ("депутаты", the last word of a salutation) before a full
    stop are addressed; a verb after the hall's word makes it the subject."""
    assert saluting(speech, _CONFIG) is addressed

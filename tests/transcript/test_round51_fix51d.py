"""Round 51 (fix51d): a head's block of fields naming offices' holders. Two lines or more set one
under another, each an office, its colon or spaced dash and a holder's name alone (forms of
address, abbreviations, initials, capitalised words, a stop at most; after a comma the holder's
office or the oath taken), are the head's ("Председатель собрания: тов. Сидоров." / "Секретарь:
тов. Кузнецова.", "Przewodniczący: SSR Jan Kowalski" / "Protokolant: sekr. sąd. Anna Nowak",
"Counsel: Mr. S. Fernando, SSC …" / "Witness: W. Bandara, affirmed."); one such line alone is a
chair calling the next speaker, and the same office over speech stays a label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.config import default_config
from stenogram.transcript.heldfields import held_field

_RU_TURNS = "\nСидоров: Товарищи, начнём собрание.\nПетров: Товарищи, слово о плане.\n"


def test_soviet_protocol_head_names_chair_and_secretary() -> None:
    """A factory meeting's protocol names its chair and secretary, each under `тов.` with a
    stop, one line under another, above the turns: the head's fields, no turns of
    `Председатель собрания:` and `Секретарь:`."""
    tei = tabled_tei("ru-protocol-held-fields-head.txt")
    assert "Председатель собрания:" not in turn_speakers(tei)
    assert not any("Кузнецова" in text for text in turn_paragraphs(tei))


def test_dashed_protocol_fields_are_the_head() -> None:
    """A kolkhoz board's protocol sets the office off by a spaced dash and the holder's surname
    alone (`Председатель собрания — Волков.` / `Секретарь — Миронова.`): the head's, though
    `Волков.` speaks below under his surname."""
    text = (
        "ПРОТОКОЛ ЗАСЕДАНИЯ ПРАВЛЕНИЯ КОЛХОЗА «ЗАРЯ»\nПредседатель собрания — Волков.\nСекретарь — Миронова.\n\n"
        "Волков. Начнём, товарищи. Первым вопросом у нас посевная.\n"
        "Миронова. Семян хватает только на две трети площади.\n"
        "Волков. Значит, надо просить в районе.\n"
    )
    tei = text_tei(text)
    assert turn_speakers(tei)[0] == "Волков."
    assert not any(text == "Миронова." for text in turn_paragraphs(tei))


def test_chair_calling_one_speaker_stays_a_turn() -> None:
    """NEGATIVE: one line `Председатель: тов. Радек.` with no other office's field beside it,
    the member called answering below, is the chair's turn calling him, no head's block."""
    text = "ЗАСЕДАНИЕ\n\nПредседатель: тов. Радек.\nРадек: Товарищи, я буду краток.\n"
    tei = text_tei(text)
    assert turn_speakers(tei)[0] == "Председатель:"


def test_offices_over_speech_stay_labels() -> None:
    """NEGATIVE: the same offices one under another over sentences of speech (`Председатель:
    Товарищи, …` / `Секретарь: Присутствует …`) are turns: a word in lower case is no holder's
    name."""
    text = (
        "ПРОТОКОЛ\n\nПредседатель: Товарищи, открываем.\nСекретарь: Присутствует двести человек.\n"
        + _RU_TURNS
    )
    assert turn_speakers(text_tei(text))[:2] == ["Председатель:", "Секретарь:"]


def test_polish_court_head_clerk_is_no_turn() -> None:
    """A Polish trial's protocol names the presiding judge (`SSR Jan Kowalski`) and the clerk
    (`sekr. sąd. Anna Nowak`, abbreviations of her office before the name) and goes on with
    `przy udziale prokuratora …` in lower case: all the head's; `Protokolant:` no turn."""
    tei = tabled_tei("pl-court-held-fields-protokolant.txt")
    assert "Protokolant:" not in turn_speakers(tei)
    assert not any("Anna Nowak" in text for text in turn_paragraphs(tei))


def test_sri_lankan_court_head_witness_affirmed_is_no_turn() -> None:
    """A Sri Lankan High Court's head: counsel with their offices after the comma, counsel
    joined by `with` and `for the Accused`, then `Witness: W. Bandara, affirmed.` (``holder_marks``):
    the head's fields; `WITNESS:` speaks below."""
    tei = tabled_tei("en-court-held-fields-witness-affirmed.txt")
    assert turn_speakers(tei).count("WITNESS:") == 2
    assert "Witness:" not in turn_speakers(tei)


def test_holder_field_shapes() -> None:
    """The field's value: a holder's name and no speech. NEGATIVE: a call with its request
    (`Mr Smith, please.`), words of thanks, a figure or a sentence in lower case are none."""
    config = default_config()
    assert held_field("Witness: W. Bandara, affirmed.", config, "en") == "witness"
    assert held_field("Counsel: Mr. S. Fernando, SSC for the Attorney General", config, "en") == "counsel"
    assert held_field("Chair: Mr Smith, please.", config, "en") is None
    assert held_field("Clerk: Thank You", config, "en") is None
    assert held_field("Witness: W. Bandara, I was there.", config, "en") is None
    assert held_field("Присутствовало: 214 человек.", config, "ru") is None

"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): the old English trials' offices abbreviated word by word before the speech on
their line, the Italian assessore's and the Brazilian vereador's abbreviations before a name, a
sentence reporting a clause after its conjunction and colon, an ordinal after a chair's office, a
web page's field naming the interviewer above the transcript, and a Japanese seat number set off
by a space before the member."""

from __future__ import annotations

from label_samples import tabled_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.identity import same, signature
from stenogram.transcript.labels import LabelMatcher

_CONFIG = load_config()
_MATCHER = LabelMatcher(_CONFIG)


def test_an_abbreviated_office_before_the_speech_on_its_line() -> None:
    """ "L. C. J. Prisoner at the bar, …", "Att. Gen. My lord, …": the office the label, the speech
    after its last stop; "Serj. Maynard. Call Mr. Smith.": the serjeant's name after his office."""
    root = tabled_tei("en-old-bailey-abbreviated-offices.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Prisoner at the bar, what say you?")
    assert texts(root, "//t:sp[3]/t:p") == [
        "My lord, we shall prove that the prisoner did keep company with the conspirators at the sign of the Bell."
    ]
    assert texts(root, "//t:sp[4]/t:p") == ["Call Mr. Smith."]
    found = _MATCHER.candidate("Att. Gen. Mr. Smith, did you see him?")
    assert found is not None and found.printed == "Att. Gen."  # "Mr." is no serjeant's name


def test_an_abbreviated_office_of_one_word_needs_a_name() -> None:
    """ "Serj. Yes. I call him.": an office of one word is one only before its holder's name and
    its stop, no sentence's opener; a word in lower case after the office's stops is no speech's
    start; and the offices' words end no sentence elsewhere."""
    found = _MATCHER.candidate("Serj. Yes. I call him.")
    assert found is None or "Yes" not in found.name
    found = _MATCHER.candidate("L. C. J. the prisoner said so.")
    assert found is None or found.printed != "L. C. J."
    found = _MATCHER.candidate("Just. Eyre. Read the record.")
    assert found is not None and (found.name, found.role) == ("Eyre", "Just")
    assert "att" not in _CONFIG.abbreviations and "serj" not in _CONFIG.abbreviations


def test_the_assessore_and_the_vereador_abbreviated_before_a_name() -> None:
    """ "Ass. Moretti:", "VER. Silva –", "VER.ª Costa –": forms of address before a capitalised
    name, while "… vamos ver." still ends its sentence and its line."""
    root = tabled_tei("it-consiglio-comunale-ass-abbreviated.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Grazie, Presidente. Illustro la delibera sul bilancio."]
    root = tabled_tei("pt-camara-municipal-ver-abbreviated.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Senhor Presidente, quero falar sobre a iluminação do bairro. Ainda não sei o custo, vamos ver."
    ]
    found = _MATCHER.candidate("VER.ª Costa – Concordo com o colega.")
    assert found is not None and found.name == "VER.ª Costa"
    assert "ver" not in _CONFIG.abbreviations and "ass" not in _CONFIG.abbreviations
    found = _MATCHER.candidate("Vamos ver. Depois voltamos ao tema.")
    assert found is None or found.name != "Vamos ver. Depois"


def test_a_sentence_ending_in_a_conjunction_before_its_colon() -> None:
    """ "El Alcalde dice que: no hay quórum.": a sentence reporting the clause after its colon, no
    label; a name in capitals that reads as a conjunction stays one ("Mr. Che:")."""
    root = tabled_tei("es-pleno-alcalde-dice-que-colon.txt")
    assert "El Alcalde dice que: no hay quórum suficiente para votar." in texts(root, "//t:sp/t:p")
    assert _MATCHER.candidate("Der Vorsitzende erklärt, dass: alles gut ist.") is None
    found = _MATCHER.candidate("Mr. Che: Thank you, Chair.")
    assert found is not None and found.name == "Mr. Che"


def test_an_ordinal_after_a_chair_office_is_the_office() -> None:
    """ "El Sr. Vicepresidente Segundo:" and "Segundo Ramírez:": two persons, the ordinal no
    surname; a surname after an office that is no ordinal still joins its holder."""
    root = tabled_tei("es-parlamento-vicepresidente-segundo-ordinal.txt")
    assert texts(root, "//t:person[@xml:id='segundo-ramirez']/t:persName[@type='label']") == [
        "Segundo Ramírez"
    ]
    a = signature("El Sr. Vicepresidente Ramírez", _CONFIG, "es")
    b = signature("Ramírez", _CONFIG, "es")
    assert a is not None and b is not None and same(a, b)
    assert signature("El Sr. Vicepresidente Segundo", _CONFIG, "es") is None


def test_a_field_naming_the_interviewer_above_the_transcript() -> None:
    """ "Interviewer: Sam Whitaker." under a web page's lead, the interviewer speaking below as
    "Sam Whitaker:": the head's field, no turn of "Interviewer"; a chair that calls a speaker
    and speaks again stays a turn."""
    root = tabled_tei("en-oral-history-interviewer-field-named.txt")
    assert "Interviewer: Sam Whitaker." in texts(root, "//t:body//t:p[not(ancestor::t:sp)]")
    persons = root.xpath("//t:person/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert persons == ["sam-whitaker", "edith-calloway"]


def test_a_japanese_seat_number_set_off_by_a_space() -> None:
    """ "７番　森本議員：", "7番 森本議員：": the seat printed before the member, the id the
    member's; a seat number in a sentence ("７番、森本議員。") opens no label."""
    root = tabled_tei("ja-shigikai-seat-number-spaced.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["７番 森本議員："]  # its space collapsed here
    assert texts(root, "//t:sp[1]/t:p")[0].endswith("７番、森本議員。")
    assert _MATCHER.candidate("７番　森本議員の質問にお答えします。") is None

"""A group's voice whose stop OCR read as a comma (`Голоса слѣва, Довольно!`), a long dash glued
to the speech after a French label's stop (`M. Dupont. —Sur ce point …`), the public offices of
audit (`The Auditor:`, `El interventor:`, `Аудитор:`) and a credit's noun after a dated sentence
in the record's last line (`Записано в мае 1998 г. Расшифровка Е. Васильевой.`), each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml) and with a line of the
same shape that keeps its reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.blocks import credit_line
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.labels.patterns import DASH_AFTER
from stenogram.transcript.model import Para


def test_a_group_s_voice_with_a_comma_for_its_stop_is_a_label() -> None:
    root = tabled_tei("ru-duma-golosa-zapyataya.txt")
    assert "Довольно!" in texts(root, "//t:body//t:p")
    root = tabled_tei("en-assembly-voices-comma.txt")
    assert "Hear, hear!" in texts(root, "//t:body//t:p")


def test_a_group_word_and_a_comma_before_a_sentence_stays_speech() -> None:
    """A comma after a group's word before a long sentence, before one in lower case or before no
    exclamation is a vocative or a sentence's: no voice's label."""
    matcher = LabelMatcher(default_config())
    found = matcher.candidate("Голоса слѣва, Довольно!")
    assert found is not None and (found.name, found.punct) == ("Голоса слѣва", ",")
    long = "Members, I ask you all to consider the amendment before you vote on it!"
    for line in (long, "Members, order!", "Members, Thank you for coming.", "Mr. Carter, Hear, hear!"):
        found = matcher.candidate(line)
        assert found is None or found.punct != ",", line
    root = text_tei(f"The Speaker: Order.\n\n{long}\n\nMr. Carter: I agree.\n")
    assert turn_ids(root) == ["the-speaker", "mr-carter"]


def test_a_dash_glued_to_the_speech_after_a_french_label_is_the_label_s() -> None:
    root = tabled_tei("fr-chambre-tiret-colle.txt")
    paras = texts(root, "//t:body//t:p")
    assert "Sur ce point, je dois dire que le projet n'est pas prêt." in paras
    assert not any(p.startswith("—") for p in paras)


def test_a_hyphen_or_a_small_letter_after_the_stop_keeps_the_dash_the_speech_s() -> None:
    assert DASH_AFTER.match(" —Sur ce point") is not None
    assert DASH_AFTER.match(" — Sur ce point") is not None
    assert DASH_AFTER.match(" -Sur ce point") is None  # a hyphen glued: no label's dash
    assert DASH_AFTER.match(" —sur ce point") is None


def test_offices_of_audit_give_a_once_printed_label_its_evidence() -> None:
    tabled_tei("en-parish-auditor-registrar.txt")
    tabled_tei("es-pleno-interventor.txt")
    tabled_tei("ru-sobranie-auditor-revizor.txt")
    config = default_config()
    for office in ("auditor", "rechnungsprüferin", "аудитор", "ревизор", "interventora", "контролёр"):
        assert config.offices.match(office), office
    assert not config.offices.match("auditorium")  # a hall, no office: the auditor a whole word


def test_an_auditor_s_sentence_stays_speech() -> None:
    root = text_tei(
        "Chairman: We turn to the accounts.\n\n"
        "The auditor told us in March that the accounts were late: nobody disputed it.\n\n"
        "Councillor Hale: That is right.\n"
    )
    assert turn_ids(root) == ["chairman", "councillor-hale"]


def test_a_credit_s_noun_after_a_dated_sentence_stands_after_the_last_turn() -> None:
    root = tabled_tei("ru-interview-zapisano-rasshifrovka.txt")
    assert texts(root, "//t:sp[last()]/t:p") == ["Трудно, но весело. Мы были молодые."]
    assert "Записано в мае 1998 г. Расшифровка Е. Васильевой." in texts(root, "//t:body//t:p")


def test_a_dated_sentence_without_a_credited_name_stays_speech() -> None:
    config = default_config()
    assert credit_line(Para("Записано в мае 1998 г. Расшифровка Е. Васильевой.", 1), config)
    assert not credit_line(Para("В мае 1998 г. Расшифровка шла долго.", 1), config)
    assert not credit_line(Para("We met in 1998. Transcription of the tapes took years.", 1), config)
    assert not credit_line(Para("We met in 1998. Then Mary Quinn left.", 1), config)

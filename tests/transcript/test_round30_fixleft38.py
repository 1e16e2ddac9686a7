"""The last round's leftover layouts and furniture, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml), and the genre's defaults holding each word once."""

from __future__ import annotations

import tomllib
from pathlib import Path

import stenogram.transcript.config as config
from label_samples import NS, tabled_tei, texts

DEFAULTS = Path(config.__file__).resolve().parent / "data" / "defaults.toml"


def _repeated(node: object, where: str) -> list[str]:
    """The entries a list of words in *node* holds twice, as ``where: word``."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _repeated(value, f"{where}.{key}")
    elif isinstance(node, list):
        words = [item for item in node if isinstance(item, str)]
        found += [f"{where}: {word}" for i, word in enumerate(words) if word in words[:i]]
        for i, item in enumerate(node):
            if not isinstance(item, str):
                found += _repeated(item, f"{where}[{i}]")
    return found


def test_the_defaults_lists_hold_each_entry_once() -> None:
    """ "offices = [… 'svedok', … 'svedok', …]": a word a vocabulary lists twice is read once, so
    the second is dead weight that hides which list was meant to hold it; every list of the
    genre's defaults (offices, particles, announcements, openers, months, a language's words)
    holds each entry once."""
    defaults = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    assert _repeated(defaults, "defaults") == []


def test_an_acronym_after_a_stop_stays_in_the_speech_over_a_whole_label() -> None:
    """ "MS CALLOWAY: … applied it in every region. OK" / "SENATOR BRENNER: How much …": one word
    in CAPITALS after a sentence's stop, over a label that opens with its own office or form of
    address, ends the speech; no label's first word the wrap cut ("OK SENATOR BRENNER:"), and
    the last turn's "UN" is no heading."""
    root = tabled_tei("en-hearing-acronym-after-stop-flattened.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("in every region. OK")
    assert texts(root, "//t:sp[4]/t:p") == ["Most of it, Senator. The rest went to our partners abroad. UN"]
    assert not root.xpath("//t:head", namespaces=NS)


def test_a_table_s_rows_numbered_one_by_one_keep_their_figures() -> None:
    """ "Lp." / "Nazwisko" / "Klub" / "1" / "Adam Nowak" / "KO" / "2" / …: figures counting up one
    by one a row's cells apart are the table's numbers, no page numbers a page's length apart;
    none is taken off as furniture."""
    root = tabled_tei("pl-komisja-table-rows-numbered.txt")
    speech = texts(root, "//t:sp[2]/t:p")
    assert [text for text in speech if text.isdigit()] == ["1", "2", "3"]
    assert "Adam Nowak KO" in speech
    assert not root.xpath("//t:item[@ana='page-number']", namespaces=NS)


def test_the_word_for_page_alone_inside_a_sentence_stays_in_the_speech() -> None:
    """ "… na tabelę, druk numer 245," / "strona 12" / "i następne, gdzie …": the word for page and
    a number a wrap set alone between two lines of one sentence, the record showing no pages
    (no other page number, no running head), are the minister's words, no page furniture."""
    root = tabled_tei("pl-komisja-strona-in-sentence.txt")
    assert "druk numer 245, strona 12 i następne" in texts(root, "//t:sp[2]/t:p")[0]
    assert not root.xpath("//t:item[@ana='page-number']", namespaces=NS)


def test_captions_mark_an_item_with_three_chevrons_and_a_speaker_with_two() -> None:
    """ ">> THANK YOU. THE CONSENT CALENDAR IS APPROVED. …" / ">>> ITEM FOUR. A RESOLUTION …" /
    ">> THANK YOU. …": in closed captions ">>" marks a change of speaker and ">>>" a new item,
    whose line is the item's heading (no speaker "ITEM FOUR.", no speech glued above); the
    first ">>" line is the first unnamed turn, no title."""
    root = tabled_tei("en-council-captions-item-chevrons.txt")
    heads = texts(root, "//t:body//t:head")
    assert [head[:15] for head in heads] == [">>> ITEM FOUR. ", ">>> ITEM FIVE. "]
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("THANK YOU. THE CONSENT CALENDAR")
    assert texts(root, "(//t:sp)[5]/t:p") == ["SECOND."]
    assert not root.xpath("//t:titlePart", namespaces=NS)


def test_a_member_abbreviated_dip_in_capitals_stays_in_the_label() -> None:
    """ "PRESIDENTA DIP. LAURA MÉNDEZ ROJAS: Se abre la sesión. …", "DIP. ANA TORRES VEGA: …": the
    Spanish-speaking member abbreviated as the senator is ("Dip.", "Sen."), its stop no label's
    end nor a sentence's; the item in CAPITALS between turns is a heading."""
    root = tabled_tei("es-congreso-estatal-dip-capitals.txt")
    assert texts(root, "//t:body//t:head") == [
        "LECTURA, DISCUSIÓN Y EN SU CASO APROBACIÓN DEL ACTA DE LA SESIÓN ANTERIOR"
    ]
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "Se abre la sesión. Solicito a la secretaría pasar lista de asistencia."
    ]
    assert not root.xpath("//t:gap", namespaces=NS)


def test_a_surname_with_its_stop_alone_is_a_label_where_the_record_prints_its_labels_so() -> None:
    """ "… решён на прошлом заседании." / "Сидоров." / "Я не согласен …", no blank lines, the
    record's labels "Председательствующий." and "Петров." alone on their lines with their stop:
    the surname printed once under a sentence's end is a label as they are, its speech its own
    turn, no line of the speech above."""
    root = tabled_tei("ru-sezd-surname-stop-no-blank-lines.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Я не согласен с товарищем Петровым, вопрос не решён."]
    assert texts(root, "(//t:sp)[2]/t:p")[-1].endswith("на прошлом заседании.")

"""Round 50 (fix50c): a Kazakh council's fields of attendance over their lists in the head; a
Turkish court's parties abbreviated before their names."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_attendance_fields_are_the_heads_list() -> None:
    """`Қатысқандар: облыс әкімінің орынбасарлары, …` and `Шақырылғандар: …` (those who took part,
    those invited) are the head's fields over their lists, as `Присутствовали:` is (``never``, the
    front's `list`), no speakers; the chair's and the members' turns below are read as before."""
    tei = tabled_tei("kk-maslikhat-qatysqandar.txt")
    fields = tei.xpath("//t:front//t:div[@type='list']/t:p/text()", namespaces=NS)
    assert [field.split(":")[0] for field in fields] == ["Қатысқандар", "Шақырылғандар"]


def test_attendance_word_in_a_sentence_stays_speech() -> None:
    """A member's sentence that opens with the word and a colon of its own (`Қатысқандар саны:
    отыз бір депутат`, the count of those present) stays in her turn: the field's word alone
    before the colon is no label, the sentence around it no field."""
    tei = tabled_tei("kk-maslikhat-qatysqandar.txt")
    assert any("Қатысқандар саны: отыз бір депутат" in p for p in turn_paragraphs(tei))


def test_attendance_field_between_turns_is_no_turn() -> None:
    """The field printed under the chair's first turn, a list of offices after its colon, opens no
    turn of its own: the chair's and the deputy's turns are the only ones."""
    tei = text_tei(
        "Төраға: Сессияны ашық деп жариялаймын.\n"
        "Қатысушылар: аудан әкімінің орынбасарлары, бөлім басшылары\n"
        "Депутат Нұрланова А.Б.: Ұсыныс бар.\n"
        "Төраға: Айтыңыз.\n"
    )
    assert "Қатысушылар:" not in turn_speakers(tei)


def test_turkish_party_abbreviated_before_name() -> None:
    """`Dvl. Sevgi Arslan:` (davalı, the defendant) is the label whole, as `Dvc. Vek. Av. X:` is:
    the abbreviation's stop is no label's end (``language_abbreviations`` tr), where `Dvl.` alone
    had been the label and the name its speech; the court's note that opens with the same word
    and no colon (`Dvl. Sevgi Arslan'a … süre verildi.`) opens no turn."""
    tei = tabled_tei("tr-asliye-hukuk-dvl-kisaltma.txt")
    assert "Dvl." not in turn_speakers(tei)
    assert any(p.startswith("Dvl. Sevgi Arslan'a dekontları") for p in turn_paragraphs(tei))


def test_turkish_abbreviation_in_a_note_opens_no_turn() -> None:
    """The court's note that opens with the defendant's abbreviation and her name, no colon after
    them (`Dvl. Nazlı Erkan duruşmaya geldi.`), is no label: the stop after `Dvl.` ends none, so the
    note stays outside the turns, and `Sns. Vek. Av. Derya Tan:` below reads whole."""
    note = "Dvl. Nazlı Erkan duruşmaya geldi."
    turns = "Hakim: Beyanlarınızı alalım.\nSns. Vek. Av. Derya Tan: Müvekkilimin beraatini talep ederiz.\n"
    tei = text_tei(f"Celse açıldı.\n\n{note}\n\n{turns}Hakim: Anlaşıldı.\n")
    assert turn_speakers(tei) == ["Hakim:", "Sns. Vek. Av. Derya Tan:", "Hakim:"]
    assert note in outside_turns(tei)

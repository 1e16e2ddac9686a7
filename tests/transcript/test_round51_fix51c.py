"""Round 51 (fix51c): a label alone over a numbered first point. A one-word label in CAPITALS
over one item that is a sentence of speech, no second item after it, is a speaker opening with
his first point ("SÖZCÜ:" / "1- Komisyonumuz … kabul etmiştir."), where an agenda's heading heads
its items; a heading in capitalised Mixed case heads its list where the second item follows
past the 40 characters the model reads after a label. A minutes' formula of two words or more
with its finding after its colon ("Dosya incelendi: … görüldü.") is the record's, out of the turn
above, where a one-word field so opening ("Decision: the board …") is a speaker's sentence. A
name's comma before a phrase naming the turn ("Senator Reed, follow-up question:") is a label,
where one counting the question put to the person named ("Mr. Dunmore, one question:") is speech."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers

_AGENDA_HEAD = "YEŞİLOVA BELEDİYE MECLİSİ\n\nGÜNDEM:\n"
_AGENDA_TURNS = (
    "\nMECLİS BAŞKANI: Değerli üyeler, birleşimi açıyorum.\n\n"
    "Meclis Üyesi Serdar KORKMAZ: Sayın Başkan, teşekkür ederim.\n"
)


def test_capitals_label_over_a_spoken_first_point_is_a_speaker() -> None:
    """A Turkish committee's rapporteur (`SÖZCÜ:`) and a member by his surname (`KARAKAYA:`),
    each printed once alone over `1- …`, a sentence of speech with no second item below it: a
    speaker reading out his first point, no heading over a list."""
    tei = tabled_tei("tr-komisyon-capitals-numbered-point.txt")
    assert turn_speakers(tei)[1] == "SÖZCÜ:"


def test_agenda_heading_over_two_spoken_items_stays_a_heading() -> None:
    """`GÜNDEM:` over two items, each a long sentence with its stop: the second item makes it
    an agenda's heading, out of the turns, however much each item reads as a sentence."""
    items = (
        "1- Mayıs ayı toplantısına ait karar özetlerinin okunarak onaylanması.\n"
        "2- Park ve bahçeler müdürlüğünün ek ödenek talebinin görüşülmesi.\n"
    )
    tei = text_tei(_AGENDA_HEAD + items + _AGENDA_TURNS)
    assert turn_speakers(tei) == ["MECLİS BAŞKANI:", "Meclis Üyesi Serdar KORKMAZ:"]
    assert outside_turns(tei)[0].startswith("GÜNDEM: 1- Mayıs")


def test_agenda_heading_over_items_set_apart_stays_a_heading() -> None:
    """`GÜNDEM:` over `1- … onaylanması.`, its second item a paragraph below a blank line: the
    label's reading stops at the first item, but the paragraph below opens with the second, so
    the agenda's heading is no speaker opening with his first point."""
    items = (
        "1- Mayıs ayı toplantısına ait karar özetlerinin okunarak onaylanması.\n\n"
        "2- Park ve bahçeler müdürlüğünün ek ödenek talebinin görüşülmesi.\n"
    )
    tei = text_tei(_AGENDA_HEAD + items + _AGENDA_TURNS)
    assert turn_speakers(tei) == ["MECLİS BAŞKANI:", "Meclis Üyesi Serdar KORKMAZ:"]


def test_agenda_heading_over_one_titled_item_stays_a_heading() -> None:
    """`GÜNDEM:` over one item, `1- Yoklama` (the roll call), a title with no stop and no
    sentence: the heading of a one-item agenda, no speaker."""
    tei = text_tei(_AGENDA_HEAD + "1- Yoklama\n" + _AGENDA_TURNS)
    assert turn_speakers(tei) == ["MECLİS BAŞKANI:", "Meclis Üyesi Serdar KORKMAZ:"]


def test_mixed_case_heading_over_a_long_first_item_heads_its_list() -> None:
    """`Beschlussempfehlung Bauausschuss:` over `1. Der Gemeinderat beschließt die Änderung des
    Bebauungsplans …` and `2. …`: the second item falls past the 40 characters the model reads,
    but it follows, so the capitalised words head a list; `Gemeinderat Brandl:` over one
    numbered point alone is a councillor's speech (the negative)."""
    tei = tabled_tei("de-gemeinderat-capitalised-heading-long-item.txt")
    assert "Beschlussempfehlung Bauausschuss:" not in turn_speakers(tei)
    assert "Gemeinderat Brandl:" in turn_speakers(tei)


_COURT = (
    "T.C.\nANKARA 12. ASLİYE CEZA MAHKEMESİ\nDURUŞMA TUTANAĞI\n\n"
    "HAKİM: Sanığa soruldu, önceki beyanlarını tekrar eder misiniz?\n\n"
    "SANIK: Önceki beyanlarımı aynen tekrar ederim, suçlamayı kabul etmiyorum.\n\n"
    "Dosya incelendi: Bilirkişi raporunun dosyaya eklendiği görüldü.\n\n"
    "KATILAN VEKİLİ: Rapora karşı beyanlarımızı sunmak için süre istiyoruz.\n"
)
_BOARD = (
    "MINUTES OF THE BOARD\n\n"
    "Chair Lindqvist: We turn to the tender for the new depot.\n\n"
    "Director Osei: Thank you, Chair. The two offers are close in price.\n\n"
    "Decision: the board has to choose between them before the end of the month.\n\n"
    "Chair Lindqvist: Thank you. We vote next week.\n"
)


def test_court_formula_with_its_finding_is_out_of_the_turn() -> None:
    """A Turkish court's `Dosya incelendi: Bilirkişi raporunun … görüldü.` under the accused's
    turn: the formula of the court's examination (``decided``, two words) with what it showed
    after it on the line is the record's own paragraph, out of the accused's turn."""
    tei = text_tei(_COURT)
    assert turn_speakers(tei) == ["HAKİM:", "SANIK:", "KATILAN VEKİLİ:"]
    assert "Dosya incelendi: Bilirkişi raporunun dosyaya eklendiği görüldü." in outside_turns(tei)
    assert not any(p.startswith("Dosya incelendi") for p in turn_paragraphs(tei))


def test_one_word_field_opening_a_sentence_stays_in_the_turn() -> None:
    """`Decision: the board has to choose …` after the director's turn: one word of the
    decided fields before a sentence is the director's own words going on, in his turn."""
    tei = text_tei(_BOARD)
    assert any(p.startswith("Decision: the board") for p in turn_paragraphs(tei))


def test_name_comma_turn_named_is_a_label_and_counted_question_speech() -> None:
    """A hearing's `Senator Reed, follow-up question:` opening a paragraph: the senator's name
    and what his turn is, a label with his person; `Mr. Dunmore, one question: do you …?` in
    the general's turn counts the question he puts to the man named: speech (the negative)."""
    tei = tabled_tei("en-senate-hearing-name-comma-follow-up.txt")
    assert "Mr. Dunmore, one question: do you have the exact figure?" in turn_paragraphs(tei)


def test_announced_question_with_no_name_is_speech() -> None:
    """`Another question: what is …?` alone in a senator's turn names no one: his speech."""
    tei = text_tei(
        "HEARING\n\nChairman Whitcomb: Senator Reed.\n\n"
        "Senator Reed: Thank you. General, how ready are the units?\n\n"
        "Another question: what is the figure for the reserve?\n\n"
        "General Alvarez: About seventy percent, Senator.\n"
    )
    assert turn_speakers(tei) == ["Chairman Whitcomb:", "Senator Reed:", "General Alvarez:"]
    assert "Another question: what is the figure for the reserve?" in turn_paragraphs(tei)


def test_member_reading_points_set_apart_stays_a_speaker() -> None:
    """`Meclis Üyesi Leyla DEMİRTAŞ:` alone over `1- …`, her second point a paragraph below a
    blank line: an office and a name read out their points, no agenda's heading, however the
    paragraph below opens with `2- …`."""
    tei = text_tei(
        "YEŞİLOVA BELEDİYE MECLİSİ\n\n"
        "MECLİS BAŞKANI: Değerli üyeler, ikinci maddeye geçiyoruz. Buyurun.\n\n"
        "Meclis Üyesi Leyla DEMİRTAŞ:\n"
        "1- Park ve bahçeler müdürlüğünün ek ödenek talebini destekliyoruz.\n\n"
        "2- Ancak harcamaların her ay meclise raporlanmasını istiyoruz.\n\n"
        "MECLİS BAŞKANI: Teşekkür ederim.\n"
    )
    assert turn_speakers(tei) == ["MECLİS BAŞKANI:", "Meclis Üyesi Leyla DEMİRTAŞ:", "MECLİS BAŞKANI:"]

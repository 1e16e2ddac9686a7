"""Round 49 (fix49h): a report's sentence opening with when or where before a comma and a body,
no label; an Indonesian salutation of doubled nouns, no label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_english_occasion_before_a_department_is_speech() -> None:
    """`Last Tuesday, Department of Health:` and `Yesterday Afternoon, Ministry of Transport:`
    open a report's sentence with its occasion (`occasion_words` en), no name before its office;
    `Dr Anna Lee, Department of Health:` beside them stays a label."""
    tei = tabled_tei("en-hearing-occasion-before-body.txt")
    paragraphs = turn_paragraphs(tei)
    assert any(p.startswith("Last Tuesday, Department of Health:") for p in paragraphs)
    assert any(p.startswith("Yesterday Afternoon, Ministry of Transport:") for p in paragraphs)


def test_vietnamese_place_and_day_before_a_body_are_speech() -> None:
    """`Tại Hà Nội, Trường Đại học Bách khoa:` (a place after its preposition) and `Hôm Thứ Hai,
    Bộ Tài chính:` (a day) open a report's sentence (`occasion_words` vi), no label."""
    tei = tabled_tei("vi-quochoi-occasion-before-body.txt")
    assert any(p.startswith("Tại Hà Nội, Trường Đại học Bách khoa:") for p in turn_paragraphs(tei))


def test_french_place_before_a_ministry_is_speech() -> None:
    """`À Lyon, Ministère de la Culture :` opens a sentence with its place (`occasion_words` fr),
    where `Mme Claire Dubois, directrice au Ministère de la Culture :` is a label."""
    tei = text_tei(
        "M. le président : La séance est ouverte.\n\n"
        "À Lyon, Ministère de la Culture : la réunion de janvier a fixé le calendrier.\n\n"
        "Mme Claire Dubois, directrice au Ministère de la Culture : Merci, monsieur le président.\n\n"
        "M. le président : Je vous remercie.\n"
    )
    assert turn_speakers(tei) == [
        "M. le président :",
        "Mme Claire Dubois, directrice au Ministère de la Culture :",
        "M. le président :",
    ]


def test_occasion_word_of_another_language_opens_a_name() -> None:
    """The words are the record's language's alone: in a German record `Last` is no occasion, so
    `Last Hansen, Bundesministerium der Finanzen:` (a surname before its body) stays a label."""
    tei = text_tei(
        "Präsidentin Maria Lindner: Das Wort hat der Vertreter des Ministeriums.\n\n"
        "Last Hansen, Bundesministerium der Finanzen: Vielen Dank, Frau Präsidentin. Wir haben "
        "den Bericht vorgelegt.\n\n"
        "Präsidentin Maria Lindner: Vielen Dank.\n"
    )
    assert "Last Hansen, Bundesministerium der Finanzen:" in turn_speakers(tei)


def test_indonesian_salutations_of_doubled_nouns_are_speech() -> None:
    """`Yang Terhormat Bapak-Bapak:` (the salutation, `salutations` id, before a doubled noun)
    and `Bapak-Bapak dan Ibu-Ibu Anggota Dewan:` (a noun doubled as its plural first,
    `doubled_nouns` id) address the hall, no label: their lines stay in the chair's speech."""
    tei = tabled_tei("id-dpr-doubled-salutation.txt")
    paragraphs = turn_paragraphs(tei)
    assert any(p.startswith("Yang Terhormat Bapak-Bapak:") for p in paragraphs)
    assert any(p.startswith("Bapak-Bapak dan Ibu-Ibu Anggota Dewan:") for p in paragraphs)


def test_name_doubled_with_capitals_after_a_form_of_address_stays_a_label() -> None:
    """A syllable capitalised twice and no listed noun is a name (`Yang Berhormat Lim-Lim:`, a
    Malaysian member's label), no hall addressed."""
    tei = text_tei(
        "Tuan Yang di-Pertua: Yang Berhormat Lim-Lim.\n\n"
        "Yang Berhormat Lim-Lim: Terima kasih, Tuan Yang di-Pertua. Saya ingin bertanya tentang bajet.\n\n"
        "Tuan Yang di-Pertua: Terima kasih.\n"
    )
    assert turn_speakers(tei)[1] == "Yang Berhormat Lim-Lim:"


def test_japanese_office_and_half_width_bracket_one_space_apart_is_a_label() -> None:
    """`○委員長 (山田太郎君)　…`: an office, a half-width bracket one space apart holding a name
    with its suffix of address (`address_suffixes`), then the gap, is the label
    `○委員長（山田太郎君）` is, the same person."""
    tei = tabled_tei("ja-kokkai-office-bracket-spaced.txt")
    assert turn_paragraphs(tei)[0].startswith("これより会議を開きます。")


def test_chinese_office_and_member_in_bracket_one_space_apart_is_a_label() -> None:
    """`○主席 (陳大文議員)　…`: the chair's office and the member's name with `議員` in a
    half-width bracket one space apart open the chair's turns."""
    tei = tabled_tei("zh-legco-office-bracket-spaced.txt")
    assert turn_paragraphs(tei)[0].startswith("會議現在開始。")


def test_agenda_item_in_bracket_one_space_apart_stays_outside_turns() -> None:
    """`○議事日程 (第三号)　…`: the bracket one space apart holds no name with its suffix of
    address, so the agenda's line opens no turn."""
    tei = text_tei(
        "○委員長（山田太郎君）　これより会議を開きます。\n\n"
        "○議事日程 (第三号)　本日の会議に付した案件は次のとおりです。\n\n"
        "○佐藤花子君　ありがとうございます。\n"
    )
    assert turn_speakers(tei) == ["○委員長（山田太郎君）", "○佐藤花子君"]

"""The label model's leftovers, part seven: offices in CAPITALS printed once alone on their line
with a portfolio too long for a name, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts
from stenogram.tei.convert import convert_text


def test_an_office_in_capitals_with_a_long_portfolio_alone_over_its_speech_is_a_label() -> None:
    """ "THE PRESIDENT" / "Order. …" and "HEAD OF THE DEPARTMENT OF JUSTICE" / "Thank you,
    President. …", printed once: the record's labels are offices in CAPITALS alone over the
    speech, so the head of the department speaks in a turn of her own, not in the chair's."""
    root = tabled_tei("en-council-capitals-long-office-alone.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Order. I call the head of the department to report on the courts."
    ]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Thank you, President.")


def test_a_vice_president_and_minister_in_capitals_alone_is_one_label() -> None:
    """ "VICEPRESIDENTE PRIMERO DEL GOBIERNO Y MINISTRO DE HACIENDA" / "Gracias, señora
    presidenta. …": both offices are the label, the speech below it his, no label cut at
    "GOBIERNO"."""
    root = tabled_tei("es-congreso-capitals-long-office-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Gracias, señora presidenta. El Gobierno presenta hoy unos presupuestos que cumplen con la"
        " senda de estabilidad."
    ]


def test_a_council_s_heading_in_capitals_opened_by_its_body_stays_no_label() -> None:
    """ "COUNCIL MEETING OF THE TOWN OF NORTHBRIDGE HELD ON MONDAY" over the minutes' first line:
    the body's word that names an office too opens a heading, never a speaker's label."""
    text = (
        "THE MAYOR\nI declare the meeting open.\n\n"
        "COUNCIL MEETING OF THE TOWN OF NORTHBRIDGE HELD ON MONDAY\n"
        "The Council met at seven in the Council Chambers.\n"
    )
    tei = convert_text(text, "council.txt").tei.decode()
    assert "<speaker>COUNCIL MEETING" not in tei
    assert "<speaker>THE MAYOR</speaker>" in tei


def test_a_word_before_a_salutation_under_the_applause_goes_on_the_called_speech() -> None:
    """ "Слово имеет тов. Жихарев." / "Жихарев. Товарищи! …" / "… угля. (Аплодисменты.)" /
    "Довольно. Товарищи! Пора строить …": the chair calls the record's speakers by name and no
    call names the word, so the speech Жихарев was called to goes on, no speaker "Довольно"."""
    root = tabled_tei("ru-syezd-ocr-applause-word-before-salutation.txt")
    paragraphs = texts(root, "//t:sp[2]/t:p")
    assert paragraphs[-1] == "Довольно. Товарищи! Пора строить жильё по-новому и строить больше."
    assert texts(root, "//t:sp/t:speaker") == ["Председательствующий.", "Жихарев.", "Председательствующий."]


def test_a_german_member_s_speech_goes_on_after_the_applause_with_a_word_and_his_salutation() -> None:
    """ "Das Wort hat der Abgeordnete Brandauer." / "Brandauer. Meine Damen und Herren! …" /
    "(Beifall.)" / "Genug. Meine Damen und Herren! …": the word under the applause no call names
    opens the member's next paragraph, the applause a stage inside his turn."""
    root = tabled_tei("de-reichstag-ocr-applause-word-before-salutation.txt")
    assert (
        texts(root, "//t:sp[2]/t:p")[-1]
        == "Genug. Meine Damen und Herren! Es muß jetzt anders gebaut werden."
    )
    assert texts(root, "//t:sp[2]/t:stage")[0] == "(Beifall.)"


def test_a_town_s_numbered_turns_with_the_bare_name_in_the_bracket_are_turns() -> None:
    """ "１．議長（森本和夫） ただいまから本日の会議を開きます。…": the bracket holds the holder's
    name with no suffix of address, the speech after it a sentence, so each numbered line is a
    turn, its number printed with the label."""
    root = tabled_tei("ja-chogikai-numbered-bare-name.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["お答えいたします。来年度から運行経路を見直す予定でございます。"]


def test_a_numbered_front_matter_list_stays_no_turn_beside_bare_names() -> None:
    """ "１．出席議員（全員） 以上１２名", "１．説明員（町長以下） 別紙のとおり": a count and an
    office in the bracket, no sentence after them, are the front matter's list, no turns."""
    text = (
        "令和５年第２回南川町議会定例会会議録\n\n"
        "１．出席議員（全員） 以上１２名\n"
        "１．説明員（町長以下） 別紙のとおり\n\n"
        "１．議長（大島修二） ただいまから本日の会議を開きます。\n"
    )
    tei = convert_text(text, "front.txt").tei.decode()
    assert tei.count("<sp ") == 1
    assert "<speaker>１．議長（大島修二）</speaker>" in tei


def test_the_last_item_of_a_list_after_a_marker_stays_in_the_speech() -> None:
    """ "○　道路　整備" / "○　防災　無線" / "以上でございます。": the list's last item under the
    items refused as lines with no sentence is one of them, the mayor's answer going on, no
    speaker "防災"."""
    root = tabled_tei("ja-chogikai-speech-list-after-marker.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "来年度の重点事業は次のとおりでございます。",
        "○ 学校 改修",
        "○ 道路 整備",
        "○ 防災 無線",
        "以上でございます。",
    ]


def test_a_thai_council_member_with_his_post_and_village_before_a_tab_and_dash_is_a_label() -> None:
    """ "นายวิชัย ใจงาม ส.อบต.หมู่ที่ 5<tab>- ขอสอบถาม …": the name after the joined form of address,
    the post and the village's number are the label, the question his turn, not the chair's."""
    root = tabled_tei("th-obt-minutes-member-village-tab.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["เชิญสมาชิกที่จะสอบถามครับ"]
    assert texts(root, "//t:sp[2]/t:p") == ["ขอสอบถามเรื่องประปาหมู่บ้านที่น้ำไม่ไหลมาสองสัปดาห์"]


def test_the_prisoner_s_defence_printed_with_the_witnesses_spaced_stop_is_a_turn() -> None:
    """ "MARY ASHCROFT . I keep the shop. …" / "Prisoner's Defence . I bought the cotton …":
    where every label is printed with its stop set off by a space, the defence so printed is the
    accused's turn, not the last witness's words."""
    root = tabled_tei("en-uk-oldbailey-ocr-defence-spaced-stop.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "I bought the cotton of a man in the street, and did not know it was stolen."
    ]
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("which I had left on the counter.")

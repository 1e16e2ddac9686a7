"""Real records of Europe, the former USSR, the Middle East and international bodies: the shapes
they showed read wrongly, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids


def test_letter_spaced_notes_of_the_hall_are_typed_stage_directions() -> None:
    """ "(О п л е с к и)", "(Ш у м  у  з а л і)": the notes set letter-spaced are read set close,
    the applause, noise and laughter they name, inside a speech and alone on a line."""
    root = tabled_tei("uk-stage-rada-spaced-letters.txt")
    assert root.xpath("//t:stage/@type", namespaces=NS) == ["noise", "applause", "laughter"]
    assert root.xpath("//t:stage[@type='applause']/text()", namespaces=NS) == ["(О п л е с к и)"]
    german = text_tei("Präsident Löbe: Das Wort hat der Abgeordnete Kranz. (H e i t e r k e i t .)\n")
    assert german.xpath("//t:stage/@type", namespaces=NS) == ["laughter"]


def test_the_chair_after_a_dash_in_the_head_presides() -> None:
    """ "Председательствующий – Председатель Законодательного Собрания" / "Н.П.Воронцов": the head's
    line naming who presides, the holder on the next line; the office alone below is that person."""
    root = tabled_tei("ru-zaks-presiding-dash-holder-below.txt")
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p") == [
        "Председательствующий – Председатель Законодательного Собрания Н.П.Воронцов"
    ]
    assert root.xpath("//t:person[@xml:id='n-p-vorontsov']/@role", namespaces=NS) == ["chair"]


def test_the_holder_on_the_line_below_a_sentence_naming_the_chair_goes_on_it() -> None:
    """ "Заседание ведет Председатель Законодательного Собрания" / "Н.П.Воронцов", or the holder
    after the dash with the initials after the surname: the chair is the holder, never the words
    of the office ("Законодательного Собрания") nor the office alone."""
    speech = "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Прошу зарегистрироваться.\nЛАРИОНОВА И.С. Уважаемые коллеги!\n"
    for head, chair in (
        ("Заседание ведет Председатель Законодательного Собрания\nН.П.Воронцов\n\n", "n-p-vorontsov"),
        ("Председательствующий – Воронцов Н.П.\n\n", "vorontsov-n-p"),
    ):
        root = text_tei("СТЕНОГРАММА\nзаседания Законодательного Собрания\n\n" + head + speech)
        assert turn_ids(root) == [chair, "larionova-i-s"]


def test_a_court_rising_closes_the_record_after_the_last_turn() -> None:
    """ "The Court rose at 12.55 p.m.", "L'audience est levée à 13 heures.": the court's closing
    line stands after the last turn, a stage direction, no words of the president's."""
    root = tabled_tei("en-icj-court-rose.txt")
    assert texts(root, "//t:body//t:div/t:stage") == ["The Court rose at 12.55 p.m."]
    assert texts(root, "//t:sp[last()]/t:p")[-1].endswith("tomorrow at 10 a.m.")
    french = text_tei("Le PRÉSIDENT : Je vous remercie.\n\nL'audience est levée à 13 heures.\n")
    assert texts(french, "//t:body//t:div/t:stage") == ["L'audience est levée à 13 heures."]


def test_president_named_before_presiding_on_a_courts_cover_is_the_chair() -> None:
    """ "President Almqvist presiding,": the cover's line naming the chair, the president who
    speaks below Almqvist; so in a tribunal's cover in one sentence ("Public sitting held on …,
    President Albert Hoffmann presiding")."""
    root = tabled_tei("en-icj-cover-president-presiding.txt")
    assert root.xpath("//t:person[@xml:id='almqvist']/@role", namespaces=NS) == ["chair"]
    assert texts(root, "//t:front/t:div[@type='presiding']/t:p")[0].startswith(
        "President Almqvist presiding,"
    )
    tribunal = text_tei(
        "ITLOS/PV.24/C32/2\n\nPublic sitting held on Monday, 9 September 2024, at 10 a.m., at the"
        " International Tribunal for the Law of the Sea, Hamburg, President Albert Hoffmann"
        " presiding\n\nTHE PRESIDENT: Good morning.\n\nMR KOSTER: Mr President, thank you.\n"
    )
    assert turn_ids(tribunal) == ["albert-hoffmann", "mr-koster"]


def test_a_member_the_chair_gave_the_floor_to_is_a_label_in_persian_arabic_and_hebrew() -> None:
    """ "آقای حسینی بفرمایید." (the name before the word that gives the floor), "الكلمة للنائب خالد
    منصور.", "רשות הדיבור לחבר הכנסת דוד כהן.": the label after it, printed once with a dash, is the
    member's turn."""
    root = tabled_tei("fa-majlis-announced-dash.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("بسم الله")
    for text, member in (
        (
            "الرئيس: الكلمة للنائب خالد منصور.\n\nخالد منصور - شكرا سيادة الرئيس. أود أن أسأل الحكومة.\n",
            "خالد منصور -",
        ),
        ('היו"ר משה לוי: רשות הדיבור לחבר הכנסת דוד כהן.\n\nדוד כהן - תודה אדוני היושב-ראש.\n', "דוד כהן -"),
    ):
        assert texts(text_tei(text), "//t:sp/t:speaker")[1:] == [member]


def test_a_german_adjournment_closes_the_record_after_the_last_turn() -> None:
    """ "[Das Gericht vertagt sich bis 14. Mai 1946, 10.00 Uhr.]": the closing line stands after
    the president's last turn, no note inside it."""
    root = tabled_tei("de-imt-gericht-vertagt.txt")
    assert texts(root, "//t:body//t:div/t:stage") == [
        "[Das Gericht vertagt sich bis 14. Mai 1946, 10.00 Uhr.]"
    ]
    assert not root.xpath("//t:sp//t:stage", namespaces=NS)


def test_a_page_head_set_apart_by_blank_lines_inside_a_sentence_is_furniture() -> None:
    """ "… τους παραγωγούς της" / blank / "ΠΡΑΚΤΙΚΑ ΒΟΥΛΗΣ   21 ΝΟΕΜΒΡΙΟΥ 2019   2143" / blank /
    "ορεινής Θεσσαλίας …": the head, its parts far apart, is taken off; the member's sentence goes
    on in her turn."""
    root = tabled_tei("el-vouli-page-head-cuts-speech.txt")
    assert not root.xpath("//t:body//t:head", namespaces=NS)
    assert texts(root, "//t:sp[2]/t:p")[0].endswith(
        "ορεινής Θεσσαλίας και δεν μπορεί να ψηφιστεί χωρίς διάλογο."
    )


def test_a_ministers_label_wrapped_before_the_surname_and_seat_is_one_label() -> None:
    """ "ÇEVRE, ŞEHİRCİLİK VE İKLİM DEĞİŞİKLİĞİ BAKANI SELİM" / "KARACA (Antalya) – …": the office's
    line and the surname with its seat and dash are one label, whether the office's line stands
    under a stage direction or inside the chair's paragraph."""
    root = tabled_tei("tr-tbmm-minister-label-wrapped.txt")
    assert not root.xpath("//t:body//t:head", namespaces=NS)
    inside = text_tei(
        "BAŞKAN – Hükûmet adına Sayın Bakan, buyurun.\nÇEVRE, ŞEHİRCİLİK VE İKLİM DEĞİŞİKLİĞİ BAKANI"
        " SELİM\nKARACA (Antalya) – Sayın Başkan, değerli milletvekilleri; çalışmalar sürüyor.\n"
        "BAŞKAN – Teşekkür ederiz Sayın Bakan.\n"
    )
    assert turn_ids(inside) == [
        "baskan",
        "cevre-sehircilik-ve-iklim-degisikligi-bakani-selim-karaca",
        "baskan",
    ]


def test_a_courts_french_cover_gives_the_date_and_the_chair() -> None:
    """ "tenue le mercredi 13 septembre 2023, à 10 heures, au Palais de la Paix," is the date,
    the place after the hour no part of the line's width; "sous la présidence de Mme Almqvist,
    présidente," names the president who speaks below. So the English cover's long day."""
    root = tabled_tei("fr-cij-couverture-presidence.txt")
    assert root.xpath("//t:front/t:docDate/@when", namespaces=NS) == ["2023-09-13"]
    assert root.xpath("//t:person[@xml:id='almqvist']/@role", namespaces=NS) == ["chair"]
    english = text_tei(
        "CR 2023/7\n\nPublic sitting\n\nheld on Wednesday 13 September 2023, at 10 a.m., at the Peace"
        " Palace,\n\nPresident Almqvist presiding,\n\nThe PRESIDENT: Please be seated.\n\n"
        "Mr. HALLORAN: Madam President, thank you.\n"
    )
    assert english.xpath("//t:front/t:docDate/@when", namespaces=NS) == ["2023-09-13"]


def test_notes_of_the_hall_in_turkish_russian_hebrew_romanian_and_luxembourgish_are_typed() -> None:
    """ "(Mikrofon otomatik cihaz tarafından kapatıldı)", "(Микрофон отключён.)": the microphone
    switched off is an event of the hall, no words of the member's; "(תשואות)" is applause,
    "(צחוק באולם)" and "(Laachen.)" laughter, "(Discuții în sală.)" noise."""
    root = tabled_tei("tr-stage-mikrofon-kapatildi.txt")
    assert texts(root, "//t:sp[2]//t:stage[@type='other']") == [
        "(Mikrofon otomatik cihaz tarafından kapatıldı)"
    ]
    for note, kind in (
        ("(Микрофон отключён.)", "other"),
        ("(תשואות)", "applause"),
        ("(צחוק באולם)", "laughter"),
        ("(Laachen.)", "laughter"),
        ("(Discuții în sală.)", "noise"),
    ):
        root = text_tei(f"ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Время истекло. {note}\n\nКОВАЛЁВ А.Н. Спасибо.\n")
        assert root.xpath("//t:stage/@type", namespaces=NS) == [kind], note


def test_the_majlis_acclamations_and_murmurs_of_other_halls_are_typed() -> None:
    """ "(صلوات حضار)", "(احسنت نمایندگان)": the hall's acclamations, applause, no words of the
    member's; the Serbian "(Žagor u sali.)", "(Граја у сали.)" and the Italian "(Mormorii in
    aula.)" are noise."""
    root = tabled_tei("fa-stage-majlis-salavat.txt")
    assert root.xpath("//t:sp[2]//t:stage/@type", namespaces=NS) == ["applause", "applause"]
    for note in ("(Žagor u sali.)", "(Граја у сали.)", "(Mormorii in aula.)"):
        root = text_tei(f"PREDSEDNIK: Molim za mir. {note}\n\nMARKO JOVIĆ: Hvala.\n")
        assert root.xpath("//t:stage/@type", namespaces=NS) == ["noise"], note


def test_a_name_with_initials_set_close_opens_a_turn_inside_a_flattened_line() -> None:
    """ "… депутату Остапенку. ОСТАПЕНКО В.М. Шановний Голово! …": the name in CAPITALS with its
    initials unspaced and a stop is a label inside the line, its speech the member's."""
    root = tabled_tei("uk-rada-flattened-unspaced-initials.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Шановний Голово!")


def test_a_label_in_capitals_glued_to_the_sentence_before_it_opens_a_turn() -> None:
    """ "… ο κ. Παπαθανασίου.ΓΙΑΝΝΗΣ ΠΑΠΑΘΑΝΑΣΙΟΥ: Ευχαριστώ …" and the Turkish "…
    Arslan.ZEYNEP ARSLAN (İzmir) – Sayın Başkan …": a name in CAPITALS glued to a sentence's stop,
    with its colon or its seat and dash, is a label, in Greek capitals too."""
    tabled_tei("el-vouli-glued-after-stop.txt")
    turkish = text_tei(
        "BAŞKAN – Buyurun Sayın Arslan.ZEYNEP ARSLAN (İzmir) – Sayın Başkan, değerli milletvekilleri;"
        " hepinizi saygıyla selamlıyorum.BAŞKAN – Teşekkür ederiz.\n"
    )
    assert turn_ids(turkish) == ["baskan", "zeynep-arslan", "baskan"]


def test_a_name_with_initials_the_chair_announced_opens_a_turn_inside_a_flattened_line() -> None:
    """ "… Слово предоставляется Кузьмину Сергею Петровичу. Кузьмин С. П., фракция КПРФ.
    Уважаемые коллеги! …": the name in Mixed case with its initials, announced by the sentence
    before it, is a label inside the line; a name with initials no one announced is none."""
    root = tabled_tei("ru-duma-flattened-announced-initials.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Уважаемые коллеги!")
    unannounced = text_tei(
        "Председательствующий. Коллеги, продолжаем. Иванов И. И. предлагал другое. Есть ли вопросы"
        " по ведению заседания?\n"
    )
    assert turn_ids(unannounced) == ["predsedatelstvuyushchii"]


def test_the_chairs_office_answering_in_one_word_opens_a_turn_inside_a_flattened_line() -> None:
    """ "… у першому читанні. ГОЛОВУЮЧИЙ. Дякую.": the chair's office alone in CAPITALS with its
    stop is a label inside the line though one word follows it."""
    root = tabled_tei("uk-rada-flattened-chair-one-word.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Дякую."]

"""Shapes of the records of the Turkic, Central Asian and Mongolian legislatures and councils and
of the Soviet republics' sessions, each in an invented sample (labels in turns.toml, persons in
ids.toml): the ordinal that opens a speech's point in the area's languages, the head of a
department or a working group printed after the body he heads before his initials and name, a
council's decision in Uzbek and Kyrgyz, a Soviet protocol's fields, a republic's session's note
of who presides with its dash, and a Kazakh excerpt's language told from Ukrainian."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_an_ordinal_opening_a_point_is_no_label_in_azerbaijani() -> None:
    """ "Birincisi: suvarma kanallarının …", "İkincisi:", "Əvvəla:": the speaker's points, in his
    turn; the chair's and the members' labels stay."""
    root = tabled_tei("az-milli-meclis-ordinal-point.txt")
    said = texts(root, "//t:sp[2]/t:p")
    assert any(p.startswith("Birincisi: suvarma kanallarının") for p in said)
    assert any(p.startswith("İkincisi: fermerlərə") for p in said)


def test_an_ordinal_opening_a_point_is_no_label_in_kazakh() -> None:
    """ "Бірінші: жолдарды жөндеуге …", "Екінші:": the deputy's points; the ordinal before an
    office and its holder stays a label ("Бірінші орынбасар Қасымова Л.Т.:", the first deputy)."""
    root = tabled_tei("kk-maslikhat-ordinal-point.txt")
    said = texts(root, "//t:sp[2]/t:p")
    assert any(p.startswith("Бірінші: жолдарды жөндеуге") for p in said)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "kk"


def test_ordinals_of_the_areas_other_languages_open_points() -> None:
    """Uzbek, Kyrgyz, Tajik, Mongolian and Turkish points after a wrap: no one's label."""
    text = (
        "Raislik qiluvchi: Soʻz deputat Karimovga.\nD. Karimova: Rahmat. Ikki taklifim bor.\n"
        "Birinchidan: maktablar taʼmirlansin.\nIkkinchidan: yoʻllar qurilsin.\n"
        "Raislik qiluvchi: Rahmat.\nD. Karimova: Qoʻllab-quvvatlashingizni soʻrayman.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == [
        "Raislik qiluvchi:",
        "D. Karimova:",
        "Raislik qiluvchi:",
        "D. Karimova:",
    ]
    text = (
        "Раиси ҷаласа: Марҳамат, Ҳакимов Р.\nҲакимов Р.: Ташаккур. Ду пешниҳод дорам.\n"
        "Аввалан: маблағ зиёд карда шавад.\nРаиси ҷаласа: Ташаккур.\nҲакимов Р.: Хоҳиш мекунам.\n"
    )
    assert "Аввалан:" not in speakers(etree.tostring(text_tei(text)))


def test_the_head_of_a_department_after_the_body_he_heads_is_a_label() -> None:
    """ "Obodonlashtirish boshqarmasi boshligʻi S. Nematov:", printed once: the Uzbek head's word
    after his department in the genitive, before his initial and name; the council's decision
    under the turns ("Qaror: …") stays the minutes' words."""
    root = tabled_tei("uz-kengash-boshligi-qaror.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Bu yil shahar bogʻlarida")
    assert "Qaror: obodonlashtirish boshqarmasining hisoboti maʼlumot uchun qabul qilinsin." in texts(
        root, "//t:p"
    )


def test_a_working_groups_head_is_a_label_in_mongolian() -> None:
    """ "Ажлын хэсгийн ахлагч Б.Мөнхцэцэг:": the head of the working group, printed once, before
    her initial; her points and the committee's decision stay text."""
    root = tabled_tei("mn-khoroo-akhlagch-holder.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Ажлын хэсэг таван удаа")
    assert "Нэгдүгээрт: хөнгөлөлтийн хугацаа гурван жил байна." in texts(root, "//t:sp[5]/t:p")


def test_a_heads_word_in_a_sentence_opens_no_label() -> None:
    """ "Moliya boshqarmasi boshligʻi maʼlum qildi: …", "Ажлын хэсгийн ахлагч хэлэхдээ: …": the
    head reported by a verb, no holder named: the speaker's sentence."""
    text = (
        "Kengash raisi: Hurmatli deputatlar, davom etamiz.\n"
        "Deputat L. Karimova: Savolim bor. Nega ishlar kechikmoqda?\n"
        "Moliya boshqarmasi boshligʻi maʼlum qildi: mablagʻ yetarli emas.\n"
        "Kengash raisi: Rahmat.\nDeputat L. Karimova: Tushunarli.\n"
    )
    assert "Moliya boshqarmasi boshligʻi maʼlum qildi:" not in " ".join(
        speakers(etree.tostring(text_tei(text)))
    )
    text = (
        "Дарга: Хуралдаанаа үргэлжлүүлье.\nН.Ганзориг: Баярлалаа. Нэг асуулт байна.\n"
        "Ажлын хэсгийн ахлагч хэлэхдээ: төсөл бэлэн болсон гэсэн.\nДарга: Баярлалаа.\nН.Ганзориг: Ойлголоо.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == ["Дарга:", "Н.Ганзориг:", "Дарга:", "Н.Ганзориг:"]


def test_a_kyrgyz_councils_decision_is_no_speaker() -> None:
    """ "Чечим: мыйзам долбоору …": the decision entered under the turns."""
    text = (
        "Төрага: Урматтуу депутаттар, добушка коёбуз.\nД.Бекешев: Мен колдойм.\nТөрага: Рахмат.\n"
        "Чечим: мыйзам долбоору биринчи окууда кабыл алынды.\n"
    )
    root = text_tei(text)
    assert speakers(etree.tostring(root)) == ["Төрага:", "Д.Бекешев:", "Төрага:"]
    assert "Чечим: мыйзам долбоору биринчи окууда кабыл алынды." in texts(root, "//t:p")


def test_a_soviet_protocols_fields_are_no_turns() -> None:
    """ "Председательствовал: т. X.", "Докладчик: т. X.", "Содокладчик: …", "ВЫСТУПИЛИ: тт. X, Y."
    beside "СЛУШАЛИ:" and "ПОСТАНОВИЛИ:": the protocol's fields, no one's turn."""
    root = tabled_tei("ru-soviet-protocol-dokladchik-vystupili.txt")
    assert speakers(etree.tostring(root)) == []
    assert "Докладчик: т. Исаков." in texts(root, "//t:p")


def test_a_rapporteur_named_stays_a_label() -> None:
    """ "Докладчик Петров А.И.:": the rapporteur with his name speaks; the field alone does not."""
    text = (
        "Председательствующий: Слово предоставляется докладчику.\n"
        "Докладчик Петров А.И.: Уважаемые депутаты! Законопроект подготовлен комитетом.\n"
        "Председательствующий: Спасибо. Вопросы?\nДокладчик Петров А.И.: Готов ответить.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == [
        "Председательствующий:",
        "Докладчик Петров А.И.:",
        "Председательствующий:",
        "Докладчик Петров А.И.:",
    ]


def test_a_sessions_note_of_who_presides_with_a_dash_names_the_chair() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат К. Д. X.": the note over the sitting, no turn; the chair's
    office below is that deputy."""
    root = tabled_tei("ru-soviet-sessiya-predsedatelstvuyushchiy-dash.txt")
    assert "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — депутат К. Д. ДИКАМБАЕВ." in texts(root, "//t:p")
    assert root.xpath("//t:sp[1]/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == ["#k-d-dikambaev"]


def test_the_chairs_dash_before_a_capital_stays_his_label() -> None:
    """ "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — Депутат Петрова, вам слово.": a speech after the dash opens with a
    capital, the chair's turn in a record that labels with dashes."""
    text = (
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — Слово имеет депутат Иванов.\n"
        "ИВАНОВ (Фрунзенский избирательный округ) — Товарищи депутаты! План выполнен.\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ — Депутат Петрова, вам слово.\n"
        "ПЕТРОВА (Ошский избирательный округ) — Товарищи! Поддерживаю.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == [
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ —",
        "ИВАНОВ (Фрунзенский избирательный округ) —",
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ —",
        "ПЕТРОВА (Ошский избирательный округ) —",
    ]


def test_a_vice_minister_before_the_surname_and_initials_is_a_label() -> None:
    """ "Вице-министр энергетики Жаксылыков Р.О. Уважаемый Председатель! …", printed once with
    its stop: "вице" qualifies the office as "заместитель" does; the holder's later turns under
    his surname are his."""
    root = tabled_tei("ru-kz-mazhilis-vice-minister-initials.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Уважаемый Председатель! Уважаемые депутаты!")


def test_a_vice_speaker_in_a_sentence_opens_no_label() -> None:
    """ "Вице-спикер Мажилиса ответила, что …": a sentence about her, the speaker's words."""
    root = tabled_tei("ru-kz-mazhilis-vice-minister-initials.txt")
    assert any(p.startswith("Вице-спикер Мажилиса ответила") for p in texts(root, "//t:sp[5]/t:p"))


def test_a_digraph_initial_of_a_latin_transliteration_is_the_names() -> None:
    """ "Sh. Qodirov:", "Ch. Ergasheva:": the Uzbek Latin initial of Ш and Ч is two letters, the
    name's, no label of its own ("Sh." had been the label, "Qodirov: …" its speech); a sentence
    opening with such a name stays the speech ("Sh. Qodirov aytganidek, …")."""
    root = tabled_tei("uz-majlis-digraph-initials.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Rahmat, hurmatli Raislik qiluvchi.")
    assert "Sh. Qodirov aytganidek, suv tanqis. Imtiyozlar necha yilga beriladi?" in texts(
        root, "//t:sp[4]/t:p"
    )


def test_a_mongolian_digraph_initial_glued_to_the_name_is_the_names() -> None:
    """ "Ts.Batbayar:", "Ch.Ulaan:", an English copy's transliteration glued as "G.Zandanshatar:"
    is; the name before a verb of saying is a sentence's ("Ts.Batbayar said: …")."""
    text = (
        "Session record\n\nG.Zandanshatar: Members, let us begin.\n"
        "Ts.Batbayar: Thank you. I have a question.\nG.Zandanshatar: Please.\nCh.Ulaan: I answer.\n"
        "Ts.Batbayar said: the deficit will grow.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == [
        "G.Zandanshatar:",
        "Ts.Batbayar:",
        "G.Zandanshatar:",
        "Ch.Ulaan:",
    ]

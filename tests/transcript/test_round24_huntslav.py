"""Records of Central and Eastern Europe and the former USSR in the shapes their copies print
(samples written for these tests in the records' layouts, the names invented; their labels in
turns.toml, their persons in ids.toml): the unnamed asker of a city council or a hearing
speaking from the hall, a question or a remark from the hall or the seats."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, text_tei, texts


def _groups(tei: etree._Element) -> list[str]:
    """The ids of the groups *tei* lists, in order."""
    return [str(ident) for ident in tei.xpath("//t:personGrp/@xml:id", namespaces=NS)]


def test_a_question_and_a_remark_from_the_hall_are_the_halls_voices() -> None:
    # "Вопрос из зала:" had been the question's word of a court's pair ("vopros"), "Реплика из
    # зала:" no label at all, its words the deputy's
    tei = tabled_tei("ru-city-duma-question-from-hall.txt")
    assert _groups(tei) == ["vopros-iz-zala", "replika-iz-zala"]
    assert texts(tei, "//t:sp[5]/t:p") == ["Их уже обещали на дороги."]
    assert texts(tei, "//t:sp[4]/t:p") == ["Из остатков прошлого года."]


def test_a_ukrainian_question_and_remark_from_the_seats_in_capitals_are_groups() -> None:
    tei = tabled_tei("uk-council-remark-from-hall.txt")
    assert _groups(tei) == ["zapitannya-iz-zalu", "replika-z-mistsya"]
    assert not tei.xpath("//t:person[@xml:id='zapitannya-iz-zalu']", namespaces=NS)


def test_a_polish_question_from_the_hall_is_no_question_of_a_pair() -> None:
    tei = tabled_tei("pl-rada-miasta-pytanie-z-sali.txt")
    assert _groups(tei) == ["pytanie-z-sali"]


def test_a_remark_from_the_hall_inside_a_speech_is_an_interjection_of_the_hall() -> None:
    tei = text_tei(
        "Председательствующий. Слово предоставляется Ковригиной Ирине Юрьевне.\n\n"
        "Ковригина И.Ю. Уважаемые депутаты! Предлагаем внести изменения в бюджет. "
        "(Реплика из зала: «А дороги?») Дороги предусмотрены.\n\n"
        "Председательствующий. Спасибо.\n"
    )
    assert tei.xpath("//t:said/@who", namespaces=NS) == ["#replika-iz-zala"]
    assert _groups(tei) == ["replika-iz-zala"]


def test_a_courts_question_naming_its_asker_stays_the_pairs_question() -> None:
    # the asker named in the genitive is no hall: the pair's word stays the label's key
    tei = text_tei(
        "Председательствующий: Допрашивается свидетель Лебедев.\n\n"
        "Вопрос защитника: Где вы находились вечером?\n\n"
        "Ответ: Дома, с семьей.\n"
    )
    assert tei.xpath("//t:sp/@who", namespaces=NS) == ["#predsedatelstvuyushchii", "#vopros", "#otvet"]
    assert not _groups(tei)


def test_a_voice_from_the_seats_with_its_stop_opens_a_line_of_a_wrapped_plenum() -> None:
    # "Голос с места. А паровозы?" under a sentence's end had stayed in the speaker's paragraph
    tei = tabled_tei("ru-plenum-voice-from-seat-wrapped.txt")
    assert texts(tei, "//t:sp[3]/t:p") == ["А паровозы?"]
    assert "Голос с места" not in " ".join(texts(tei, "//t:sp[2]/t:p"))
    assert _groups(tei) == ["golosa", "golos-s-mesta"]


def test_the_sejm_pdfs_running_head_is_furniture_and_the_cut_sentence_joins() -> None:
    # "8. posiedzenie Sejmu w dniu 12 marca 2020 r." under the page's number had been a
    # paragraph of the member's speech between the halves of its sentence
    tei = tabled_tei("pl-sejm-pdf-running-head.txt")
    speech = " ".join(texts(tei, "//t:sp[2]/t:p"))
    assert "posiedzenie Sejmu" not in speech
    assert "na potrzeby gmin i powiatów." in speech
    assert texts(tei, "//t:docDate") == ["Rzeczypospolitej Polskiej w dniu 12 marca 2020 r."]


def test_a_dumas_minister_with_his_office_in_capitals_after_the_initials_is_a_label() -> None:
    # "Сорокин А. Г., Министр финансов Российской Федерации." had been a paragraph of the
    # chair's turn, the minister's answer with it
    tei = tabled_tei("ru-duma-minister-office-capitalised.txt")
    assert texts(tei, "//t:sp[4]/t:p")[0].startswith("Сергей Анатольевич, спасибо")
    assert "Министр финансов" not in " ".join(texts(tei, "//t:sp[3]/t:p"))


def test_a_surname_and_an_office_in_capitals_after_a_comma_are_no_description() -> None:
    # without initials the office after the comma is a sentence's apposition, no label's role
    tei = text_tei(
        "Председательствующий. Пожалуйста.\n\n"
        "Сорокин, Министр финансов, выступит позже.\n\n"
        "Председательствующий. Спасибо.\n"
    )
    assert tei.xpath("//t:sp/@who", namespaces=NS) == ["#predsedatelstvuyushchii"] * 2
    assert texts(tei, "//t:sp[1]/t:p")[1] == "Сорокин, Министр финансов, выступит позже."


def test_a_sejm_sitting_written_without_its_number_stays_the_title() -> None:
    tei = text_tei(
        "Posiedzenie Sejmu w dniu 12 marca 2020 r.\n\n"
        "Marszałek:\nOtwieram posiedzenie.\n\n"
        "Poseł Jan Kowalczyk:\nPani Marszałek! Wysoka Izbo!\n"
    )
    assert texts(tei, "//t:titleStmt/t:title") == ["Posiedzenie Sejmu w dniu 12 marca 2020 r."]


def test_bulgarian_voices_and_remarks_of_a_groups_benches_are_groups() -> None:
    # "ГЛАСОВЕ ОТ ГЕРБ:" had been a person of that name
    tei = tabled_tei("bg-ns-voices-from-group.txt")
    assert _groups(tei) == ["glasove-ot-gerb", "repliki-ot-dps"]
    assert not tei.xpath("//t:person[@xml:id='glasove-ot-gerb']", namespaces=NS)

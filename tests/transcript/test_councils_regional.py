"""Regional and city councils' records: a cantonal parliament's member printed with the place
after the name's comma, the party and an office after the brackets, each label ended by a stop;
a minute's title or dateline whose date the line's wrap cut."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, texts, turn_ids


def test_a_members_place_party_and_office_around_the_name_end_with_the_stop() -> None:
    sample = "de-ch-grosser-rat-place-office.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    # the place after the comma is no part of the name; the party is the member's
    assert texts(tei, "//t:person[@xml:id='anna-wyssbrunner']/t:persName[1]") == ["Anna Wyssbrunner"]
    assert texts(tei, "//t:person[@xml:id='anna-wyssbrunner']/t:affiliation") == ["SP"]
    assert "Oberhofen" not in " ".join(texts(tei, "//t:person/t:persName"))


def test_a_spelled_year_the_dateline_wraps_after_its_thousand_dates_the_sitting() -> None:
    sample = "es-acta-spelled-year-wrapped.txt"
    tei = sample_tei(sample)
    assert texts(tei, "//t:front/t:docDate") == [
        "CORRESPONDIENTE AL DÍA NUEVE DE MARZO DE DOS MIL VEINTITRÉS."
    ]
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "2023-03-09"
    # the year's last word, alone on its line with its stop, opens no turn
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]


def test_a_title_the_wrap_cut_after_the_days_number_keeps_its_month_and_year() -> None:
    sample = "it-verbale-title-day-wrapped.txt"
    tei = sample_tei(sample)
    title = "VERBALE DELLA SEDUTA ORDINARIA DEL CONSIGLIO COMUNALE DEL 14 MARZO 2022"
    assert texts(tei, "//t:front/t:docTitle/t:titlePart[@type='main']") == [title]
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "2022-03-14"
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]

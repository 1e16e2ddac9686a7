"""Regional and city councils' records: a cantonal parliament's member printed with the place
after the name's comma, the party and an office after the brackets, each label ended by a stop;
a minute's title or dateline whose date the line's wrap cut; a regional council's web page of
its sitting dated with the year in two figures; a Spanish acta's margin roll copied one line a
paragraph, office by office over its holders; a Catalan acta's roll under its headings and its
date spelled out; a flattened head whose ordinals' stops are no label's; a US city council's
minutes whose every page opens with the meeting's date and the page's number."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, tabled_tei, texts


def _turned(sample: str, day: str = "") -> etree._Element:
    """The TEI of *sample*, asserted to give the turns and persons its tables give, and the
    sitting's *day* where one is given."""
    tei = tabled_tei(sample)
    if day:
        assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == day
    return tei


def _title(tei: etree._Element) -> list[str]:
    return texts(tei, "//t:front/t:docTitle/t:titlePart[@type='main']")


def test_a_members_place_party_and_office_around_the_name_end_with_the_stop() -> None:
    tei = _turned("de-ch-grosser-rat-place-office.txt")
    # the place after the comma is no part of the name; the party is the member's
    assert texts(tei, "//t:person[@xml:id='anna-wyssbrunner']/t:persName[1]") == ["Anna Wyssbrunner"]
    assert texts(tei, "//t:person[@xml:id='anna-wyssbrunner']/t:affiliation") == ["SP"]
    assert "Oberhofen" not in " ".join(texts(tei, "//t:person/t:persName"))


def test_a_spelled_year_the_dateline_wraps_after_its_thousand_dates_the_sitting() -> None:
    # the year's last word, alone on its line with its stop, opens no turn
    tei = _turned("es-acta-spelled-year-wrapped.txt", "2023-03-09")
    assert texts(tei, "//t:front/t:docDate") == [
        "CORRESPONDIENTE AL DÍA NUEVE DE MARZO DE DOS MIL VEINTITRÉS."
    ]


def test_a_title_the_wrap_cut_after_the_days_number_keeps_its_month_and_year() -> None:
    tei = _turned("it-verbale-title-day-wrapped.txt", "2022-03-14")
    assert _title(tei) == ["VERBALE DELLA SEDUTA ORDINARIA DEL CONSIGLIO COMUNALE DEL 14 MARZO 2022"]


def test_a_sittings_page_dates_it_by_the_short_year_after_its_number() -> None:
    # "seduta n.41 del 14/03/23": the sitting's day, not the legislature's first ("dal 26 maggio
    # 2019"); the rapporteur's name alone on its line over a speech that opens with the chair's address
    _turned("it-consiglio-regionale-short-year.txt", "2023-03-14")


def test_a_margin_roll_office_by_office_one_line_a_paragraph_is_the_heads() -> None:
    # no office of the roll is a speaker, no holder's name a turn
    tei = _turned("es-acta-margin-roll.txt")
    divs = [(div.get("type"), texts(div, "t:p")) for div in tei.xpath("//t:front/t:div", namespaces=NS)]
    assert divs == [
        ("presiding", ["ALCALDE-PRESIDENTE:", "D. MANUEL ORTIZ LLORENTE."]),
        (
            "list",
            [
                "CONCEJALES:",
                "Dª LUCÍA BENAVENTE ROJO",
                "D. ANDRÉS QUIROGA SALAS.",
                "Dª MARTA IBÁÑEZ CORTÉS.",
                "SECRETARIA:",
                "Dª ELENA VIDAL MORENO.",
            ],
        ),
    ]
    # the roll's chair, named in full, is the mayor who speaks
    chair = tei.xpath("//t:person[@role='chair']/t:persName[@type='label']/text()", namespaces=NS)
    assert chair == ["MANUEL ORTIZ LLORENTE", "SR. ALCALDE"]  # "D." (Don) a form of address as "Sr."


def test_a_catalan_actas_roll_headings_and_spelled_date_are_the_heads() -> None:
    # "vint-i-sis de gener de dos mil vint-i-quatre"; the roll's headings ("Assisteixen:",
    # "Regidors:") and the agenda's ("PUNTS A TRACTAR:") no speakers
    tei = _turned("ca-acta-regidors-roll.txt", "2024-01-26")
    assert texts(tei, "//t:front/t:div[@type='list']/t:p")[:2] == ["Assisteixen:", "Regidors:"]


def test_an_ordinals_stop_in_a_flattened_head_ends_no_label() -> None:
    # "Gemeinderat 21. Wahlperiode 42. Sitzung vom 14. März 2024 …": the title, no speaker "Gemeinderat 21."
    tei = _turned("de-at-sitzungsbericht-ordinal.txt", "2024-03-14")
    title = "Gemeinderat 21. Wahlperiode 42. Sitzung vom 14. März 2024 Sitzungsbericht (Beginn um 9.01 Uhr)"
    assert _title(tei) == [title]


def test_a_minutes_page_head_of_date_and_dashed_number_is_furniture() -> None:
    tei = sample_tei("en-us-council-minutes-page-head.txt")
    assert _title(tei) == ["MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL"]
    assert "DRAFT" not in tei.xpath("string(//t:text)", namespaces=NS)
    assert tei.xpath("//t:sp", namespaces=NS) == []  # summary minutes: no turn

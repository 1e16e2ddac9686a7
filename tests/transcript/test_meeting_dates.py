"""The date of the meeting, read into the header from the lines before the first turn, in the
forms the records of many languages print it: the month's name in its genitive or locative, a
particle between the parts ("5 de marzo de 2020"), or the year first ("2022. március 3.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import find_date, month_first
from stenogram.transcript.heldtext import HeldText

CONFIG = load_config()
LABELS = Path(__file__).resolve().parents[1] / "data" / "labels"
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("w dniu 15 marca 2005 r.", "2005-03-15"),  # Polish
        ("Sesión plenaria del 5 de marzo de 2020", "2020-03-05"),  # Spanish
        ("Reunião plenária de 5 de março de 2020", "2020-03-05"),  # Portuguese
        ("Sessió plenària del 5 d'abril de 2020", "2020-04-05"),  # Catalan
        ("Seduta di giovedì 5 marzo 2020", "2020-03-05"),  # Italian
        ("Vergadering van 5 maart 2020", "2020-03-05"),  # Dutch
        ("2022. március 3., csütörtök", "2022-03-03"),  # Hungarian, the year first
        ("2020 m. kovo 5 d. posėdis", "2020-03-05"),  # Lithuanian
        ("2020. gada 5. martā", "2020-03-05"),  # Latvian
        ("torstai 5. maaliskuuta 2020", "2020-03-05"),  # Finnish
        ("Πέμπτη 5 Μαρτίου 2020", "2020-03-05"),  # Greek
        ("TBMM 12 Aralık 2023 Salı", "2023-12-12"),  # Turkish
        ("Sjednice od 20. studenoga 2019.", "2019-11-20"),  # Croatian
        ("Schůze 8. února 1995", "1995-02-08"),  # Czech
        ("Ședința din 7 februarie 2005", "2005-02-07"),  # Romanian
        ("Il-Ġimgħa, 22 ta' Mejju, 1998", "1998-05-22"),  # Maltese, "ta'" between day and month
        ("Seduta Nru. 12, It-Tlieta, 3 ta’ Diċembru, 2013", "2013-12-03"),  # Maltese
        ("Þriðjudaginn 12. nóvember 2019", "2019-11-12"),  # Icelandic
        ("Dé Céadaoin, 15 Bealtaine 2019", "2019-05-15"),  # Irish
        ("Dydd Mercher, 14 Gorffennaf 2021", "2021-07-14"),  # Welsh
        ("Sitzung vum 5. Mäerz 2020", "2020-03-05"),  # Luxembourgish
        ("4 декабря 1936 г.", "1936-12-04"),
        ("December 4, 1936", "1936-12-04"),
    ],
)
def test_a_date_in_the_words_of_its_language(line: str, iso: str) -> None:
    found = find_date(line, CONFIG)
    assert found is not None and found[0] == iso


@pytest.mark.parametrize(
    ("line", "lang", "iso"),
    [
        ("Diario de Sesiones 44, de fecha 16/10/2008", "es", "2008-10-16"),  # the day first
        ("Séance du 3/4/2020", "fr", "2020-04-03"),
        ("Hearing of 3/14/2020", "en", "2020-03-14"),  # English: the month first where it must be
        ("Hearing of 14/3/2020", "en", "2020-03-14"),
    ],
)
def test_a_date_with_slashes(line: str, lang: str, iso: str) -> None:
    assert find_date(line, CONFIG, lang) == (iso, line.rsplit(" ", 1)[1])


@pytest.mark.parametrize(
    ("line", "iso", "words"),
    [
        ("October 10, 20235:00 AM ET", "2023-10-10", "October 10, 2023"),
        ("10 October 202312:30", "2023-10-10", "10 October 2023"),
    ],
)
def test_a_year_with_the_hour_glued_to_it_is_the_first_four_figures(line: str, iso: str, words: str) -> None:
    """A news site's dateline copied without the space between the year and the hour."""
    assert find_date(line, CONFIG) == (iso, words)


def test_a_year_of_more_figures_without_an_hour_is_no_year() -> None:
    assert find_date("October 10, 20235 visitors", CONFIG) is None


def test_a_date_with_slashes_in_english_that_could_be_either_is_none() -> None:
    assert find_date("Hearing of 3/4/2020", CONFIG, "en") is None


def test_a_month_name_of_two_months_in_two_languages_is_read_in_the_documents_language() -> None:
    """Croatian "listopada" is October, Polish November: read only where the language is known."""
    assert find_date("12 listopada 2019", CONFIG) is None
    assert find_date("12 listopada 2019", CONFIG, "pl") == ("2019-11-12", "12 listopada 2019")
    assert find_date("12. listopada 2019.", CONFIG, "hr") == ("2019-10-12", "12. listopada 2019")


@pytest.mark.parametrize(
    ("line", "iso", "words"),
    [
        # the Ethiopian calendar: its months by name, the day's word before the year
        ("መጋቢት 12 ቀን 2016 ዓ.ም", "2024-03-21", "መጋቢት 12 ቀን 2016"),
        ("መስከረም 1 ቀን 2016 ዓ.ም", "2023-09-12", "መስከረም 1 ቀን 2016"),  # its new year, after a leap year's eve
        ("ጳጉሜን 6 ቀን 2015 ዓ.ም", "2023-09-11", "ጳጉሜን 6 ቀን 2015"),  # the thirteenth month's sixth day
        ("ሰኑይ 12 መጋቢት 2016 ዓ.ም", "2024-03-21", "12 መጋቢት 2016"),  # Tigrinya, the day first
        ("12/07/2016 ዓ.ም", "2024-03-21", "12/07/2016 ዓ.ም"),  # in figures, its era's mark after it
        # the Iranian solar year in Pashto's months and in figures with its era's mark
        ("د ۱۴۰۲ لمریز کال د وري میاشتې ۱۵مه", "2023-04-04", "۱۴۰۲ لمریز کال د وري میاشتې ۱۵"),
        ("۱۵ وری ۱۴۰۲", "2023-04-04", "۱۵ وری ۱۴۰۲"),
        ("15/01/1402 هـ.ش", "2023-04-04", "15/01/1402 هـ.ش"),
        # the Islamic lunar date is not reckoned: the Gregorian one beside it is the day
        ("الأحد 01/09/1445هـ الموافق 10/03/2024م", "2024-03-10", "10/03/2024"),
        # Latin: the day's ordinal or Roman numeral, the month in the genitive, the year in Roman
        (
            "Die quarto mensis Decembris anno Domini MMXXVI",
            "2026-12-04",
            "quarto mensis Decembris anno Domini MMXXVI",
        ),
        (
            "die tertio decimo mensis Martii anno MMXXVI",
            "2026-03-13",
            "tertio decimo mensis Martii anno MMXXVI",
        ),
        ("die IV mensis Decembris anno MMXXVI", "2026-12-04", "IV mensis Decembris anno MMXXVI"),
        ("Datum die 12 mensis Augusti 1631", "1631-08-12", "12 mensis Augusti 1631"),
        # Chuvash: the year's word, the month in the genitive, the day's ordinal ending, Latin
        # letters of the same shapes for the Chuvash ones
        ("2026 ҫулхи раштавӑн 4-мӗшӗ", "2026-12-04", "2026 ҫулхи раштавӑн 4-мӗшӗ"),
        ("2021 çулхи юпан (октябрĕн) 21-мĕшĕнче", "2021-10-21", "2021 çулхи юпан (октябрĕн) 21-мĕшĕнче"),
        ("2026 ҫулхи раштав уйӑхӗн 4-мӗшӗнче", "2026-12-04", "2026 ҫулхи раштав уйӑхӗн 4-мӗшӗнче"),
        # Aymara and Quechua: the day's word, the month (of two words, or the Spanish one), its word
        ("14ni uru lapaka phaxsin 1781ni maran", "1781-11-14", "14ni uru lapaka phaxsin 1781"),
        ("13 uru saraqkipana aka Lapaqa (noviembre) phaxsina, 2021", "2021-11-13", None),
        ("4 p'unchaw qhapaq raymi killapi 2026 watapi", "2026-12-04", "4 p'unchaw qhapaq raymi killapi 2026"),
        ("4 p'unchaw diciembre killapi 2026 watapi", "2026-12-04", "4 p'unchaw diciembre killapi 2026"),
        # Yoruba, the month its ordinal after the word for month; Igbo, the words for month and year
        ("Ọjọ́ 4 oṣù Kejìlá ọdún 2026", "2026-12-04", "4 oṣù Kejìlá ọdún 2026"),
        ("20 osu kejo, 2026", "2026-08-20", "20 osu kejo, 2026"),
        ("N'ụbọchị 4 nke ọnwa Disemba afọ 2026", "2026-12-04", "4 nke ọnwa Disemba afọ 2026"),
    ],
)
def test_a_date_of_another_calendar_or_language_is_the_gregorian(
    line: str, iso: str, words: str | None
) -> None:
    assert find_date(line, CONFIG) == (iso, words or line)


@pytest.mark.parametrize("line", ["ጳጉሜን 6 ቀን 2016 ዓ.ም", "01/09/1445 هـ", "01/09/1445 هـ.ق"])
def test_a_day_no_calendar_has_or_one_of_the_lunar_year_is_no_date(line: str) -> None:
    """The thirteenth month has six days only before a leap year; a lunar date in figures is no
    Gregorian year 1445."""
    assert find_date(line, CONFIG) is None


@pytest.mark.parametrize(
    ("sample", "iso"),
    [
        ("am-hopr-ethiopian-date.txt", "2024-03-21"),
        ("ps-jirga-solar-date.txt", "2023-04-04"),
        ("ar-court-hijri-figures.txt", "2024-03-10"),
        ("cs-psp-office.txt", "1995-02-08"),
        ("hu-council-role-after.txt", "2022-03-03"),
        ("pl-ocr-sejm-interwar.txt", "1925-03-12"),
        ("ro-cdep-alone.txt", "2005-02-07"),
        ("tr-tbmm-dash.txt", "2023-12-12"),
        ("pl-senat-committee-agenda.txt", "2006-11-09"),  # under a notice, two committees and a number
        ("mt-kamra-head.txt", "2014-10-14"),  # "14 ta' Ottubru, 2014"
    ],
)
def test_the_header_dates_the_meeting(sample: str, iso: str) -> None:
    root = etree.fromstring(convert_text((LABELS / sample).read_bytes(), sample).tei)
    dates = [d.get("when") for d in root.iter(f"{TEI}date") if d.getparent().tag == f"{TEI}setting"]
    assert dates == [iso]


@pytest.mark.parametrize(
    ("line", "month_first", "iso"),
    [
        ("Hearing Date: 12/04/2026", True, "2026-12-04"),  # a record of the United States
        ("Hearing Date: 12/04/2026", False, "2026-04-12"),  # one that prints the day first
        ("Hearing Date: 12/14/2026", False, "2026-12-14"),  # past a twelfth: the day either way
        ("Date: 12/4/26", True, "2026-12-04"),  # the year in two figures
        ("12/4/26", True, "2026-12-04"),  # alone on its line
    ],
)
def test_an_english_date_in_figures_is_read_in_the_records_order(
    line: str, month_first: bool, iso: str
) -> None:
    found = find_date(line, CONFIG, "en", month_first)
    assert found is not None and found[0] == iso


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("CITY COUNCIL\n12/4/26\n\nMAYOR: The minutes of November 20, 2026.", True),  # its dates in words
        ("Hearing of 4/12/2026\n\nCHAIR: The minutes of 20 November 2026.", False),
        ("Hearing of 4/12/2026, and of 4/14/2026", True),  # a date past a twelfth
        ("UNITED STATES DISTRICT COURT\nHearing Date: 12/04/2026", True),  # the head names the country
        ("COUNTY COUNCIL\nHearing Date: 12/04/2026", None),  # nothing tells
    ],
)
def test_the_order_of_an_english_records_dates_in_figures(text: str, order: bool | None) -> None:
    assert month_first(HeldText(text), CONFIG) is order


def test_a_year_of_two_figures_alone_on_its_line_is_no_date_in_english_of_no_known_order() -> None:
    assert find_date("12/4/26", CONFIG, "en") is None
    assert find_date("12/4/26", CONFIG, "fr") == ("2026-04-12", "12/4/26")


@pytest.mark.parametrize("line", ["I March 2024", "Parte I May 2024"])
def test_a_day_in_roman_numerals_is_read_only_with_a_year_in_them(line: str) -> None:
    assert find_date(line, CONFIG) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("26 Nov. 45", ("1945-11-26", "26 Nov. 45")),  # alone on its line: a trial's day
        ("14 December 46\n", ("1946-12-14", "14 December 46")),
        ("Exhibit 26 Nov. 45 was read.", None),  # inside a sentence: no date
    ],
)
def test_a_short_year_with_its_month_in_words_alone_on_its_line(
    text: str, found: tuple[str, str] | None
) -> None:
    assert find_date(text, CONFIG, "en") == found


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("२०८१ साल असार १५ गते", "2024-06-28"),
        ("१५ असार २०८१", "2024-06-28"),
        ("मिति २०८० साल चैत्र ५ गते, सोमबार", "2024-03-18"),  # a Monday, as printed
        ("2073 चैत 15 गते", "2017-03-28"),
        ("२०८१ साल असार ३३ गते", None),  # no such day
        ("31 आषाढ़ 1946", None),  # a year of another era, out of the table
    ],
)
def test_a_date_of_the_bikram_sambat(text: str, iso: str | None) -> None:
    found = find_date(text, CONFIG, "ne")
    assert (found[0] if found else None) == iso

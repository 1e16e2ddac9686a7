"""Dates a record's head spells out in words, day and year ("the fourteenth day of March,
nineteen hundred and twelve", "a los nueve días del mes de junio del año dos mil veintidós",
"czternastego marca tysiąc dziewięćset dwudziestego piątego roku", "двадцать третьего апреля
тысяча девятьсот двадцать пятого года"), read as the sitting's date as figures are (samples in
tests/data/labels/, invented names)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, sample_tei, speakers
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import find_date

SPELLED = [
    ("en-hearing-date-words.txt", "1912-03-14", "THE CHAIRMAN:"),
    ("es-ar-senado-fecha-letras.txt", "2022-06-09", "Sr. Presidente (Quiroga).-"),
    ("pl-protokol-data-slownie.txt", "1925-03-14", "Przewodniczący:"),
    ("ru-stenogramma-data-propisyu.txt", "1925-04-23", "Председатель."),
]


@pytest.mark.parametrize(("sample", "when", "first"), SPELLED, ids=[case[0] for case in SPELLED])
def test_a_date_spelled_out_in_the_head_is_the_sittings_date(sample: str, when: str, first: str) -> None:
    tei = sample_tei(sample)
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == when
    assert speakers(etree.tostring(tei))[:1] == [first]


@pytest.mark.parametrize(
    ("text", "iso", "words"),
    [
        (
            "this 21st day of June, two thousand and five",
            "2005-06-21",
            "21st day of June, two thousand and five",
        ),
        (
            "on the twenty-first of June nineteen hundred and one",
            "1901-06-21",
            "twenty-first of June nineteen hundred and one",
        ),
        (
            "a los treinta y un días de enero de mil novecientos noventa",
            "1990-01-31",
            "treinta y un días de enero de mil novecientos noventa",
        ),
        (
            "третьего мая тысяча девятьсот двенадцатого года",
            "1912-05-03",
            "третьего мая тысяча девятьсот двенадцатого",
        ),
    ],
)
def test_the_spelled_day_and_year_give_the_date_and_its_words(text: str, iso: str, words: str) -> None:
    assert find_date(text, load_config()) == (iso, words)


@pytest.mark.parametrize(
    "text",
    [
        "the third day of May, one hundred",  # no year of the calendar
        "the thirty-second of May, nineteen hundred",  # no such day
        "we may two thousand people",  # no day before the month
    ],
)
def test_words_that_spell_no_date_give_none(text: str) -> None:
    assert find_date(text, load_config()) is None

"""Front matter: the lines before the first turn that tell what the document is.

The title, the published source, the archival reference and the date of the meeting are read
from these lines into the header; the lines themselves stay in the text (``text/front``) as
printed, so nothing is lost and every header fact can be checked against its line.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator

from stenogram.transcript import datescan
from stenogram.transcript.candidate import MARKS
from stenogram.transcript.config import ROMAN_DAY, ROMAN_YEAR, Config
from stenogram.transcript.heldtext import HeldText
from stenogram.transcript.model import Archive, Published
from stenogram.transcript.names import office_ends
from stenogram.transcript.regexcache import regex

# A month's word, with the vowel signs of its script ("दिसम्बर"), perhaps hyphenated (the Yoruba
# ordinal "karùn-ún" of the fifth month).
_MONTH = rf"(?:[^\W\d_]|[{MARKS}])+(?:-(?:[^\W\d_]|[{MARKS}])+)?"
# "4th of December 1936", "5TH MARCH, 2002", "5 de marzo de 2020", "5 d'abril de 2020", a head in
# CAPITALS too ("REUNIÃO PLENÁRIA DE 14 DE OUTUBRO DE 2020"), the Maltese "22 ta' Mejju, 1998"
# the Kurmanji day's, the Somali day's and the Greek ordinal day's ending ("4ê Gulanê 2021", "3da
# Luulyo 2022", "7ης Μαρτίου 2023"), the Hausa,
# Romansh and Tongan word between day and month ("9 ga Nuwamba, 2021", "3 da december 2021", "14 'o
# Mē 2019"), the Fijian, Breton, Corsican and Hawaiian ("12 ni Maji 2024", "14 a viz Meurzh 2024",
# "14 di marzu di u 2024", "12 o Malaki, 2024"), the Filipino ("ika-12 ng Pebrero, 2024") and
# the Esperanto day's ending ("la 12-an de marto")
# the Igbo words for the month and the year between the parts ("4 nke ọnwa Disemba afọ 2026"), the
# Yoruba word for the year ("4 oṣù Kejìlá ọdún 2026", read below)
# ("١٧ من مارس سنة ٢٠٢٤ م", the Egyptian record's Gregorian date after its Hijri one; "12 مارچ 2024ء",
# the Urdu year's hamza; digits of any script)
# The Slavic year's word abbreviated and set right after the figures ("30 мая, 1989г.",
# "12.03.1937г.", the Ukrainian "1991р."), the space lost in print or in the copy. A Thai year may
# follow its era's abbreviation ("6 กันยายน พ.ศ. 2566").
_YEAR_WORD = r"(?=[гр]\.)"
_ERA_GLUED = r"(?=[ءمهዓ])"  # an era's mark set right after the year: "2024م", "1445هـ", "2016ዓ.ም"
_DAY_END = r"(?:\.|(?i:st|nd|rd|th|da|ης|η)|-?го|-?е|-an|º|ê)?"
_BEFORE_MONTH = r"(?i:(?:of|de|da|ga|ni|ng|a viz|di|o|من|(?:nke\s+)?[ọo]nwa)\s+|d['’]|ta['’]\s*|['’]o\s+)?"
_BEFORE_YEAR = r"(?i:(?:del?|di(?: u)?|سنة|عام|соли|[ọo]d[uú]n|af[ọo])\s+|พ\.\s?ศ\.\s*)?"
_DAY_MONTH_YEAR = regex(
    rf"\b(\d{{1,2}}){_DAY_END}\s+{_BEFORE_MONTH}({_MONTH})\.?,?\s+{_BEFORE_YEAR}"
    rf"(\d{{4}})(?:\b|{_ERA_GLUED}|{_YEAR_WORD}|(?=\d{{1,2}}:\d{{2}}(?!\d)))"
)
# The year first: Hungarian "2020. március 5.", Lithuanian "2020 m. kovo 5 d.", Latvian "2020. gada
# 5. martā" (the day before the month; the Saeima's older records set no space: "2005.gada 18.novembrī").
# The year's word after it, then the day and the month, in the Caucasus and Central Asia: Georgian
# "2024 წლის 12 მარტი", Kazakh "2024 жылғы 13 наурыз", Uzbek "2024-yil 14-mart", Kyrgyz "2024-жылдын
# 13-марты", Tatar "2024 елның 12 марты", Bashkir "2024 йылдың 12 марты", Uyghur "2024-يىلى 12-مارت";
# Armenian the month
# first ("2024 թվականի մարտի 12"); Basque the year's suffix, the month in the genitive and the
# day's ("2023ko martxoaren 14a", "… 14an"); Pashto the year's word and "of" before the month
# ("د ۱۴۰۲ کال د وری ۱۵", "د ۱۴۰۲ لمریز کال د وري میاشتې ۱۵مه").
_YEAR_MONTH_DAY = regex(
    rf"\b(\d{{4}})(?:\.|\s*m\.|\s+թ(?:վականի|\.)|-?ko|\s+(?:لمریز\s+)?کال\s+د)\s+({_MONTH})"
    r"(?:\s+(?:د\s+)?میاشتې)?\s+(\d{1,2})(?:\b|(?=an?\b)|(?=مه))"
)
_YEAR_DAY_MONTH = regex(
    rf"\b(\d{{4}})(?:\.\s*gada|\s+წლის|\s+жылғы|-?\s?yil|-?\s?йил(?:и)?|-?жылдын|\s+елның|\s+йылдың|-?\s?يىلى?)\s+(\d{{1,2}})[.-]?\s*({_MONTH})"
)
# The Levant's months of two words, "كانون الثاني" (January), "تشرين الأول" (October): "12 كانون
# الثاني 2024", as Iraqi, Syrian, Jordanian and Lebanese records date their sittings.
_TWO_WORD_MONTH = regex(
    r"(?<!\d)(\d{1,2})\s+((?:كانون|تشرين)\s+ال[^\W\d_]+)\s+(?:سنة\s+|عام\s+)?(\d{4})(?!\d)"
)
# The Chuvash date, the year's word after the year, the month in the genitive (perhaps with its
# word "уйӑхӗн" and the Russian month in brackets), the day's ordinal ending after a hyphen: "2026
# ҫулхи раштавӑн 4-мӗшӗ", "2021 çулхи юпан (октябрĕн) 21-мĕшĕнче" (Latin letters of the same
# shapes for the Chuvash ӑ, ӗ, ҫ, as the republic's pages often print them).
_CHUVASH = regex(
    rf"(?<!\d)(\d{{4}})\s+[ҫçс]улхи\s+({_MONTH})(?:\s+уй[ӑă]х[ӗĕ]н)?(?:\s+\([^()\d]{{1,20}}\))?"
    r"\s+(\d{1,2})-[^\W\d_]+"
)
# The Aymara and Quechua date, the day's word after the day and the month's after the month,
# the month perhaps of two words or the Spanish one: "14ni uru lapaka phaxsin 2026", "aka Lapaqa
# (noviembre) phaxsina", "4 p'unchaw qhapaq raymi killapi 2026 watapi".
_ANDEAN_WORD = rf"(?:[^\W\d_]|[{MARKS}]|['’])+"
_ANDEAN = regex(
    r"(?<!\d)(\d{1,2})(?:-?ni)?\s+(?i:(?:uru|p['’]unchaw|p['’]unchay)[^\W\d_]*\s+)?(?i:saraqkipan[^\W\d_]*\s+)?"
    rf"(?i:aka\s+)?((?:{_ANDEAN_WORD}\s+)?{_ANDEAN_WORD})\s+(?:\([^()\d]{{1,20}}\)\s+)?(?i:phaxsi|killa)[^\W\d_]*"
    r",?\s+(\d{4})(?!\d)"
)
# The Yoruba date, the month its ordinal after the word for month ("Ọjọ́ 4 oṣù Kejìlá ọdún 2026",
# "20 oṣù Kẹjọ, 2026"), read with Yoruba's month words whatever language the record was taken for:
# its tones and dots are Igbo's letters too.
_YORUBA = regex(rf"(?<!\d)(\d{{1,2}})\s+(?i:o(?:ṣ|s|sh)[uùú])\s+({_MONTH}),?\s+{_BEFORE_YEAR}(\d{{4}})(?!\d)")
# The Mongolian date, its month a number: "2024 оны 3 дугаар сарын 14".
_MONGOLIAN = regex(r"(?<!\d)(\d{4})\s+оны\s+(\d{1,2})(?:\s*(?:дугаар|дүгээр)|-р)?\s+сарын\s+(\d{1,2})(?!\d)")
# The hour a web page sets right after the year, the space between lost as its parts are copied
# ("October 10, 20235:00 AM ET", a news site's dateline): the year is the first four figures.
_GLUED_HOUR = r"(?=\d{1,2}:\d{2}(?!\d))"
# The month first in Spanish too, the day's ordinal mark and "de" before the year: the
# Argentine Diario's "DICIEMBRE 1° DE 1999", "AGOSTO 25 DE 1999"; the Amharic day's word before the
# year ("መጋቢት 12 ቀን 2016").
_MONTH_DAY_YEAR = regex(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:(?i:st|nd|rd|th)|[°º])?,?\s+(?i:de\s+|ቀን\s+)?(\d{{4}})(?:\b|{_GLUED_HOUR})"
)
# The Burmese date, the year's word after the year, the month's joined to its name and the day's
# after the day, perhaps in brackets: "၂၀၁၉ ခုနှစ်၊ မေလ ၆ ရက်", "၂၀၂၀ ပြည့်နှစ်၊ စက်တင်ဘာလ (၁)ရက်".
_BURMESE = regex(rf"(?<!\d)(\d{{4}})\s*(?:ခုနှစ်|ပြည့်နှစ်)[\s၊,]*({_MONTH}?)လ\s*\(?(\d{{1,2}})\)?\s*ရက်")
# The Khmer date, each part after its word: the day's, the month's and the year's ("ថ្ងៃអង្គារ
# ទី១៤ ខែមីនា ឆ្នាំ២០២៣").
_KHMER = regex(rf"ទី\s*(\d{{1,2}})\s*ខែ\s*({_MONTH})\s*ឆ្នាំ\s*(\d{{4}})")
# The Nepali date of the Bikram Sambat, the year first with its word, the day's after the day:
# "२०८१ साल असार १५ गते" (the year's word may be left out).
_NEPALI = regex(rf"(?<!\d)(\d{{4}})\s+(?:साल\s+)?({_MONTH})\s+(\d{{1,2}})\s*गते")
_ISO = regex(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A calendar's day in figures: the year, the month and the day → the Gregorian ISO date, or none.
Calendar = Callable[[int, int, int], str | None]
_ETHIOPIAN_EPOCH = 2796  # 1 Meskerem of the year 1 as the proleptic Gregorian calendar counts days
# The era a date in figures may print after it, which tells its calendar: the Ethiopian "ዓ.ም"
# ("12/07/2016 ዓ.ም"), the Iranian solar year's "هـ.ش" and the Islamic lunar year's "هـ" / "هـ.ق"
# (a day no calendar here reckons: read as no date, never as the Gregorian year 1445).
_ERA_AFTER = regex(
    r"[ \t]*(?:(?P<ethiopian>ዓ\.?[ ]?ም)|(?P<solar>ه[\u200dـ]?[ ]?\.?[ ]?ش)"
    r"|(?P<lunar>ه[\u200dـ]?[ ]?\.?[ ]?ق|هـ))"
    r"(?![^\W\d_])"  # the mark, no word that opens with its letters ("هشت")
)
# The year first, then the month and the day, in figures with slashes or stops (the ISO date's
# hyphens are :data:`_ISO`): an Iranian record's "۱۴۰۲/۱۲/۱۵" (a year of the solar calendar), the
# Korean "2023. 9. 12.", the Hungarian "(2014.09.24.)", the Japanese "2024/03/05". A year before
# :data:`_MODERN_YEAR` with no era after it is the solar calendar's in a record in Persian or
# Pashto, and no date elsewhere (the Islamic lunar year's is not reckoned).
_YEAR_FIRST = regex(r"(?<![\d./])(\d{4})([./])[ ]?(\d{1,2})\2[ ]?(\d{1,2})(?![\d/]|\.\d)")
_MODERN_YEAR = 1600
_SOLAR_LANGUAGES = frozenset({"fa", "ps"})
# The Bikram Sambat, Nepal's calendar: its almanac sets each year's months anew, by no rule, so
# each year from the first day of 2000 (14 April 1943) to 2090 is a row of twelve figures, its
# months' days past 29 (2000: 30, 32, 31, 32, …), the rows run on.
_BIKRAM_SAMBAT_START = (2000, datetime.date(1943, 4, 14))
_BIKRAM_SAMBAT_MONTHS = (
    "132321110102223222101011223321101011232321110012132321110102223222101011223321101011"
    "232321110012222322011002223222101011223321101011232321110012222322011011223222101011"
    "223321101011232321110012222322011011223222101011232321101011232321110102222322101011"
    "223222101011232321110011232321110102222322101011223222101011232321110012132321110102"
    "223222101011223231101011232321110012132321110102223222101011223321101011232321110012"
    "132322011002223222101011223321101011232321110012222322011011223222101011223321101011"
    "232321110012222322011011223222101011232321101011232321110012222322101011223222101011"
    "232321110011232321110102222322101011223222101011232321110011232321110102223222101011"
    "223231101011232321110012132321110102223222101011223321101011232321110012132322010102"
    "223222101011223321101011232321110012222322011002223222101011223321101011232321110012"
    "222322011011223222101011232321101011232321110012222322101011223222101011232321110011"
    "232321110102222322101011223222101011232321110011223321110111132321110111223221110111"
    "223221110111232312110111132321110111223222110111123312110111132321110111132321110111"
)
_YEAR_MONTHS = 12  # figures of a year's row
_BUDDHIST_ERA = 543  # the Buddhist era's years past the Gregorian ones: 2566 is 2023
_BUDDHIST_YEARS = 2400  # a year past this one, printed with a Thai month, is the Buddhist era's
# The year, month and day each with its unit: Chinese and Japanese "2024年1月10日", Korean
# "2023년 9월 14일", Vietnamese "ngày 7 tháng 11 năm 2023" (the day first).
_UNITS = regex(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_VIETNAMESE = regex(r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4})\b")
# Day, month and year in figures with their stops, a space after a stop too, as Central and
# Southeastern Europe types a date ("12.06.1986", "12. 6. 1986", "1. 12. 1945."), a space before
# each stop too as an older Turkish record's head sets it ("11 . 6 . 1997 Çarşamba").
_DOTTED = regex(rf"\b(\d{{1,2}})[ ]?\.[ ]?(\d{{1,2}})[ ]?\.[ ]?(\d{{4}})(?:\b|{_YEAR_WORD}|{_ERA_GLUED})")
# the day first, but in English; an era's mark may be set right after the year ("11/03/2024م")
_SLASHED = regex(rf"\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})(?:\b|{_ERA_GLUED})")
# A date with its year in two figures, read only where the head's words before it name it a date
# (``[head] short_year``): elsewhere such figures may be anything ("Continued from 13.5.19").
_SHORT_YEAR = regex(r"[ \t]*(\d{1,2})[./](\d{1,2})[./](\d{2})\b")
# … or with slashes alone on its line, as a head prints the day under the meeting's name ("CITY
# COUNCIL REGULAR MEETING" / "12/4/26"); no number of a section is so written.
_SHORT_ALONE = regex(r"(?m)^(?=[ \t]*\d{1,2}/\d{1,2}/\d{2}[ \t]*$)")
# … or with its month in words, day first, alone on its line, as a trial's day heads its pages
# ("26 Nov. 45"): a month's word makes the figures a date.
_WORDED_SHORT_ALONE = regex(rf"(?m)^[ \t]*(\d{{1,2}})\s+({_MONTH})\.?,?[ \t]+(\d{{2}})[ \t]*$")
_CENTURY_PIVOT = 30  # "96" is 1996, "05" 2005
_LEAST_YEAR = 1000  # of a year spelled out: "the first of May, one hundred" is no date
_ROMAN = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_ROMAN_NUMERAL = regex(rf"{ROMAN_YEAR}|{ROMAN_DAY}")  # in capitals, as a Latin date prints them
_MARKS_SPAN = 3000  # characters of a record's head read for the marks of the United States
# Each pattern and its groups of the year, the month and the day.
_WORDED = (
    (_DAY_MONTH_YEAR, (3, 2, 1)),
    (_MONTH_DAY_YEAR, (3, 1, 2)),
    (_YEAR_MONTH_DAY, (1, 2, 3)),
    (_YEAR_DAY_MONTH, (1, 3, 2)),
    (_TWO_WORD_MONTH, (3, 2, 1)),
    (_BURMESE, (1, 2, 3)),
    (_KHMER, (3, 2, 1)),
    (_CHUVASH, (1, 2, 3)),
    (_ANDEAN, (3, 2, 1)),
    (_YORUBA, (3, 2, 1)),
    (_NEPALI, (1, 2, 3)),
)
# The patterns whose month words are a language's, read whatever language the record was taken for.
_WORDED_LANGUAGE = {_YORUBA: "yo"}
_NUMBERED = (
    (_ISO, (1, 2, 3)),
    (_DOTTED, (3, 2, 1)),
    (_SLASHED, (3, 2, 1)),
    (_UNITS, (1, 2, 3)),
    (_VIETNAMESE, (3, 2, 1)),
    (_MONGOLIAN, (1, 2, 3)),
)
# A year of an era, its month and day, in figures or Chinese numerals: the Japanese
# "令和五年十一月七日" (the era's first year "元年"), Taiwan's "中華民國113年4月1日".
_NUMERAL = r"[\d〇零一二三四五六七八九十元]{1,4}"
_ERA = regex(rf"(?P<era>[^\W\d_]{{2}})(?P<year>{_NUMERAL})年(?P<month>{_NUMERAL})月(?P<day>{_NUMERAL})日")
_DIGITS = {char: value for value, char in enumerate("〇一二三四五六七八九")} | {"零": 0, "元": 1}
# A Taiwanese record's year of the Republic in three figures with no era before it, as a council's
# minutes print it ("日期:108 年 5 月 27 日"): no other calendar writes a year of three figures so.
_REPUBLIC_BARE = regex(r"(?<![\d年])(1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_REPUBLIC = "民國"
_FIGURE = regex(r"\d")  # a figure: the dates in figures and in words need one, the eras' none


def _numeral(text: str) -> int:
    """The number *text* writes in figures or in Chinese numerals ("十一", "二十五", "元")."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_DIGITS[char]) for char in text))
    tens, _, units = text.partition("十")
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


def dated(text: str, config: Config) -> bool:
    """Whether *text* holds a calendar date in figures (:func:`find_date`), as a record's title
    dates its sitting after a dash ("CHAMBRE DES DÉPUTÉS — SÉANCE DU 4 JUILLET 1905"): no one's
    role or name is dated. A text with no figure, most, is answered before the months are read."""
    return any(char.isdigit() for char in text) and find_date(text, config) is not None


def find_date(
    text: str, config: Config, lang: str = "", month_first: bool | None = None
) -> tuple[str, str] | None:
    """The first calendar date in *text* as ``(ISO date, the words printed)``; month words of
    the document's language *lang* that name another month elsewhere are read too. A date in
    figures of an English record that may be read either way ("12/4/2026") is read in the order
    *month_first* says the record prints (see :func:`month_first`), none where it is unknown."""
    months = config.months_in(lang)
    # each calendar's month words and how a day of it is given in the Gregorian calendar
    calendars: tuple[tuple[dict[str, int], Calendar], ...] = (
        (months, _gregorian_iso),
        (config.solar_months, _solar_iso),
        (config.ethiopian_months, _ethiopian_iso),
        (config.buddhist_months, _buddhist_iso),
        (config.bikram_sambat_months, _bikram_sambat_iso),
    )
    found: list[tuple[int, str | None, str]] = []  # (where, ISO date or None if impossible, words)
    # each pattern but the eras' and the spelled dates' reads a figure of its year or day (their
    # groups are read as numbers): a text with none is not scanned by them, a third of those asked
    figured = _FIGURE.search(text) is not None
    for pattern, (year, month, day) in _WORDED if figured else ():
        own = config.month_words.get(_WORDED_LANGUAGE.get(pattern, ""))
        for match in pattern.finditer(text):
            word = " ".join(match.group(month).casefold().split())
            for names, given in ((own, _gregorian_iso),) if own else calendars:
                # a month of two words, or one after a word the pattern did not know ("aka lapaka")
                if number := names.get(word) or names.get(word.rpartition(" ")[2]):
                    iso = given(int(match.group(year)), number, int(match.group(day)))
                    found.append((match.start(), iso, match.group(0)))
                    break
    for pattern, (year, month, day) in _NUMBERED if figured else ():
        for match in pattern.finditer(text):
            if pattern is _SLASHED and lang == "en":  # "3/4/2020": the 3rd of April, or March the 4th
                if (order := _english_order(match, month_first)) is None:
                    continue
                month, day = order
            era = _ERA_AFTER.match(text, match.end())
            given = _ERA_CALENDARS[era.lastgroup or ""] if era else _gregorian_iso
            numbers = (int(match.group(year)), int(match.group(month)), int(match.group(day)))
            found.append((match.start(), given(*numbers), match.group(0) + (era.group() if era else "")))
    for match in _YEAR_FIRST.finditer(text) if figured else ():
        era = _ERA_AFTER.match(text, match.end())
        year = int(match.group(1))
        if era:
            given = _ERA_CALENDARS[era.lastgroup or ""]
        elif year >= _MODERN_YEAR:
            given = _gregorian_iso
        elif lang in _SOLAR_LANGUAGES:
            given = _solar_iso
        else:
            continue
        numbers = (year, int(match.group(3)), int(match.group(4)))
        found.append((match.start(), given(*numbers), match.group(0) + (era.group() if era else "")))
    lead = config.head.get("short_year")  # "Date: 16.04.96", "seduta n.298 del 26/02/08"
    fields = [field.end() for field in lead.finditer(text)] if lead and figured else []
    fields += [alone.start() for alone in _SHORT_ALONE.finditer(text)] if figured else []  # "12/4/26" alone
    for field in fields:
        if short := _SHORT_YEAR.match(text, field):
            year = _century(int(short.group(3)))
            words = text[short.start(1) : short.end()]
            order = _english_order(short, month_first) if lang == "en" and "/" in words else (2, 1)
            if order is None:
                continue
            month, day = order
            found.append((short.start(1), _iso(str(year), int(short.group(month)), short.group(day)), words))
    for short in _WORDED_SHORT_ALONE.finditer(text) if figured else ():
        if number := months.get(short.group(2).casefold()):
            year = _century(int(short.group(3)))
            found.append(
                (short.start(1), _iso(str(year), number, short.group(1)), text[short.start(1) : short.end(3)])
            )
    for match in _ERA.finditer(text):
        base = config.eras.get(match.group("era"))
        if base is not None:
            year, month, day = (_numeral(match.group(g)) for g in ("year", "month", "day"))
            found.append((match.start(), _iso(str(base + year), month, str(day)), match.group(0)))
    spelled = config.spelled_date
    if spelled is not None and spelled.search(text):
        # a spelled year its line's wrap cut after the thousand ("… DE DOS MIL" / "DOCE") read as
        # one line's, a space for the break: the places found stay the text's
        unwrapped = config.wrapped_date.sub(lambda cut: cut.group().replace("\n", " "), text)
        found += _spelled_dates(spelled.finditer(unwrapped), config.numbers, months)
    republic = config.eras.get(_REPUBLIC)
    for match in _REPUBLIC_BARE.finditer(text) if figured else ():
        if republic is not None:
            counted = str(republic + int(match.group(1)))
            found.append((match.start(), _iso(counted, int(match.group(2)), match.group(3)), match.group(0)))
    valid = [(pos, iso, words) for pos, iso, words in found if iso is not None]
    if not valid:
        return None
    _, iso, words = min(valid)
    return iso, words


def _english_order(match: re.Match[str], month_first: bool | None) -> tuple[int, int] | None:
    """The groups of the month and the day of an English date in figures with slashes
    (groups 1 and 2): the one past twelve is the day, else the record's order *month_first*;
    none where the record's order is unknown."""
    first, second = int(match.group(1)), int(match.group(2))
    if max(first, second) <= 12 and month_first is None:
        return None
    return (1, 2) if second > 12 or (first <= 12 and month_first) else (2, 1)


def month_first(text: HeldText, config: Config) -> bool | None:
    """Whether the dates in figures of an English record *text* print the month first
    ("12/4/2026", December the 4th, as the United States writes them) or the day: the order of
    most of its dates in words ("December 4, 2026" against "4 December 2026") and of its dates in
    figures past a twelfth ("12/14/2026"), else the month first where its head names the United
    States (``[head] month_first``); ``None`` where nothing tells. The text is read a run of
    lines at a time (:meth:`HeldText.matches`: a date may be wrapped)."""
    votes = 0
    for pattern, starts, at, vote in (
        (_MONTH_DAY_YEAR, datescan.before_days, 1, 1),
        (_DAY_MONTH_YEAR, datescan.figures, 2, -1),
    ):
        votes += sum(
            vote
            for match in text.matches(_date_scan(pattern, starts), _DATE_BREAKS)
            if match.group(at).casefold() in config.months
        )
    for match in text.matches(_date_scan(_SLASHED, datescan.before_slashes), _DATE_BREAKS):
        first, second = int(match.group(1)), int(match.group(2))
        votes += (second > 12) - (first > 12)
    if votes:
        return votes > 0
    marks = config.head.get("month_first")
    return True if marks and marks.search(text.head(_MARKS_SPAN)) else None


# The most runs of white space holding a line end that a date of :func:`month_first` crosses: the
# day's, the month's and the year's, the words before the month and the Thai era's two ("12\nnke
# ọnwa\nDisemba", "6 กันยายน พ.\nศ.\n2566").
_DATE_BREAKS = 6


def _date_scan(
    pattern: re.Pattern[str], starts: Callable[[str], Iterable[int]]
) -> Callable[[str, int], Iterator[re.Match[str]]]:
    """The scan of a run for *pattern*'s dates from a place on, asked only where *starts* says
    one may begin (:mod:`~stenogram.transcript.datescan`)."""
    return lambda run, begin: datescan.found(pattern, run, (at for at in starts(run) if at >= begin))


def _spelled_dates(
    matches: Iterator[re.Match[str]], numbers: dict[str, int], months: dict[str, int]
) -> list[tuple[int, str | None, str]]:
    """The dates spelled out that *matches* found (see :attr:`Config.spelled_date`) as ``(where,
    ISO date or None, words)``; a year below a thousand is none."""
    found: list[tuple[int, str | None, str]] = []
    for match in matches:
        if _ROMAN_NUMERAL.fullmatch(match.group("day")) and not _ROMAN_NUMERAL.fullmatch(match.group("year")):
            continue  # a day in Roman numerals only with its year: "I March 2024" is no date
        day, year = (_spelled(match.group(group), numbers) for group in ("day", "year"))
        month = months.get(match.group("month").casefold())
        if month and day and year and year >= _LEAST_YEAR:
            found.append((match.start(), _iso(str(year), month, str(day)), match.group(0)))
    return found


def _spelled(words: str, numbers: dict[str, int]) -> int:
    """The number *words* spell ("nineteen hundred and twelve" 1912, "dos mil veintitrés" 2023)
    or print ("3rd", "7TH" in a caption's capitals); 0 where they are none. A thousand multiplies
    what comes before it, a hundred does after a number under twenty; every other word adds."""
    figures = words.casefold().rstrip("stndrh")
    if figures.isdigit():
        return int(figures)
    if _ROMAN_NUMERAL.fullmatch(words):  # "MMXXVI", "IV"
        return _roman(words)
    total = current = 0
    for word in re.split(r"[\s-]+", words.casefold()):
        value = numbers.get(word)
        if value is None:  # "and", "y"
            continue
        if value == 1000:
            total, current = total + (current or 1) * 1000, 0
        elif value == 100 and 0 < current < 20:
            current *= 100
        else:
            current += value
    return total + current


def _roman(numeral: str) -> int:
    """The number a Roman *numeral* in capitals writes: each letter's value, less where a greater
    follows it ("MMXXIV" 2024)."""
    values = [_ROMAN[char] for char in numeral]
    pairs = zip(values, [*values[1:], 0], strict=True)
    return sum(-value if value < after else value for value, after in pairs)


def _century(year: int) -> int:
    """The year a date printed in two figures means (see :data:`_CENTURY_PIVOT`)."""
    return year + (1900 if year >= _CENTURY_PIVOT else 2000)


def _iso(year: str, month: int, day: str) -> str | None:
    return _gregorian_iso(int(year), month, int(day))


def _gregorian_iso(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day of the Gregorian calendar; none where no such day is."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _buddhist_iso(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day whose year a Thai record counts in the Buddhist era (2566 is 2023);
    a year not past :data:`_BUDDHIST_YEARS` is taken as the Gregorian one."""
    return _gregorian_iso(year - _BUDDHIST_ERA if year > _BUDDHIST_YEARS else year, month, day)


def _bikram_sambat_iso(year: int, month: int, day: int) -> str | None:
    """The Gregorian ISO date of a day of the Bikram Sambat (see :data:`_BIKRAM_SAMBAT_MONTHS`);
    none where no such day is or its year is not in the table."""
    first, start = _BIKRAM_SAMBAT_START
    if not first <= year < first + len(_BIKRAM_SAMBAT_MONTHS) // _YEAR_MONTHS or not 1 <= month <= 12:
        return None
    figures = _BIKRAM_SAMBAT_MONTHS[: (year - first + 1) * _YEAR_MONTHS]
    lengths = [
        [29 + int(days) for days in figures[at : at + _YEAR_MONTHS]]
        for at in range(0, len(figures), _YEAR_MONTHS)
    ]
    if not 1 <= day <= lengths[-1][month - 1]:
        return None
    days = sum(map(sum, lengths[:-1])) + sum(lengths[-1][: month - 1]) + day - 1
    return (start + datetime.timedelta(days=days)).isoformat()


def _ethiopian_iso(year: int, month: int, day: int) -> str | None:
    """The Gregorian ISO date of a day of the Ethiopian calendar (twelve months of thirty days and
    a thirteenth of five, six in the year before a Julian leap year; its first day, 1 Meskerem of
    year 1, was 27 August 8 of the Julian calendar); none where no such day is."""
    last = 30 if month < 13 else 6 if year % 4 == 3 else 5
    if not (1 <= month <= 13 and 1 <= day <= last and year >= 1):
        return None
    fixed = _ETHIOPIAN_EPOCH - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return datetime.date.fromordinal(fixed).isoformat()


def _solar_iso(year: int, month: int, day: int) -> str | None:
    """The Gregorian ISO date of a day of the Iranian solar year (its 33-year cycle of leap years,
    as the Iranian calendar's tables reckon it for these centuries); none where no such day is."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    shifted = year + 1595
    days = -355668 + 365 * shifted + shifted // 33 * 8 + (shifted % 33 + 3) // 4 + day
    days += (month - 1) * 31 if month <= 7 else (month - 7) * 30 + 186
    return datetime.date.fromordinal(days - 365).isoformat()  # ``days`` counts from a year before 1 AD


def _lunar_iso(year: int, month: int, day: int) -> str | None:
    """None: the Islamic lunar calendar's months follow the moon as sighted, which no table here
    reckons, so a date in it gives no Gregorian date rather than a wrong one."""
    return None


_ERA_CALENDARS: dict[str, Calendar] = {"ethiopian": _ethiopian_iso, "solar": _solar_iso, "lunar": _lunar_iso}


def front_kind(line: str, config: Config) -> str | None:
    """``source``, ``archive``, ``byline`` or ``date`` when *line* opens with that kind's words,
    or a kind of the source chain (``translation``, ``retrieved``, ``url``, ``place``) when the
    whole line is one of its forms (tried first: "Source: https://…" names a copy, not a book)."""
    scan = config.front_any
    # the line as printed and without its margin, once where it has none
    if scan is not None and not scan.match(line):
        stripped = line.strip()
        if stripped == line or not scan.match(stripped):
            return None
    kind = chain_kind(line, config)
    if kind:
        return kind
    for kind in ("archive", "source", "byline", "date"):
        if config.front[kind].match(line) and not (kind == "byline" and _spoken_by(line, config)):
            return kind
    return None


_SPOKEN_BY_WORDS = 3  # "COURT", "THE COURT", "DEFENCE COUNSEL": an office after "by" before its colon


def _spoken_by(line: str, config: Config) -> bool:
    """Whether *line*, opening as a byline does ("By X"), is a court's label and the speech after
    its colon: the words before the colon end with an office ("BY COURT: The accused is in
    court.") or are an examiner's heading ("BY MR. ADEYEMI: Where were you …?"). A writer's byline
    stays one whatever follows its colon ("By Staff Reporter Updated: 12 March 2026", "By Maria
    Lopez | Published: …", "By AP: …", "By Courtney Hale: …")."""
    head, colon, speech = line.strip().partition(":")
    if not colon or not speech.strip():
        return False
    words = head.split()[1:]
    if 0 < len(words) <= _SPOKEN_BY_WORDS and office_ends(" ".join(words).casefold(), config):
        return True
    return config.examiner.fullmatch(head) is not None


def strip_lead(line: str, config: Config, kind: str) -> str:
    """The line without its lead-in words ("A source:", "Archive:")."""
    found = config.front[kind].match(line)
    rest = line[found.end() :] if found and kind != "byline" else line
    return rest.strip()


def parse_archive(text: str, config: Config) -> Archive:
    """Repository, fond/opis/delo and folios of an archival reference; the rest is physical."""
    archive = Archive(text=text)
    parts = config.archive
    first = len(text)
    last = 0
    for field_name in ("fond", "opis", "delo"):
        match = parts[field_name].search(text)
        if match:
            setattr(archive, field_name, match.group(1).rstrip(".-"))
            first, last = min(first, match.start()), max(last, match.end())
    folios = parts["folios"].search(text, last)
    if folios:
        archive.folio_from = folios.group(1)
        archive.folio_to = folios.group(2)
        archive.folios = folios.group(0).strip()
        first, last = min(first, folios.start()), max(last, folios.end())
    repository = text[:first].strip(" .,;") if first < len(text) else ""
    archive.repository = repository or None
    physical = text[last:].strip(" .,;") if last else ""
    archive.physical = physical or None
    locate_repository(archive, config)
    return archive


def chain_kind(line: str, config: Config) -> str | None:
    """The kind of source-chain line *line* is (a key of ``[chain]``), if it is one."""
    return next((kind for kind, forms in config.chain.items() if chain_match(line, forms)), None)


def chain_match(line: str, forms: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    """The first of *forms* that *line* is, as a match with the facts in its named groups."""
    text = line.strip()
    return next((found for form in forms if (found := form.match(text))), None)


def dates_the_meeting(kind: str) -> bool:
    """Whether a front-matter line of *kind* may give the meeting's date: the day a copy was
    retrieved, or a date inside a URL or a translator's credit, never does."""
    return kind not in ("retrieved", "url", "translation")


def locate_repository(archive: Archive, config: Config) -> None:
    """Give *archive* the settlement and country of its repository, when the table knows it."""
    place = config.repositories.get((archive.repository or "").casefold())
    if place:
        archive.settlement, archive.country = place


def parse_published(text: str, config: Config) -> Published:
    """A published source line with its title, place, publisher, date and pages located, when
    it has the shape of ``[published] pattern``; otherwise the line alone."""
    found = config.published.match(text.strip()) if config.published else None
    published = Published(text=text.strip())
    if found:
        parts = found.groupdict()  # a project's pattern may name fewer parts
        published.spans = [
            (part, found.start(part), found.end(part))
            for part in ("title", "place", "publisher", "date", "pages")
            if parts.get(part)
        ]
    return published


_PLACE_WORDS = 4  # words of the place a dateline prints before its date ("Washington")
_PLACE_END = regex(r"(,|\.\s)")  # what ends it: a comma, or the stop of a hall's sentence
# A place set apart from its date by the layout's gap, as a court's protocol prints the town at the
# left and the day at the right ("г. Москва          12 марта 2024 года"); the town may follow
# its abbreviation in lower case ("г.").
_PLACE_GAP = regex(r"((?:[^\W\d_]{1,3}\.\s*)?[^\W\d_][^\d,]{0,60}?)[ \t]{3,}")


def dateline_place(text: str, words: str, config: Config, hall: bool = False) -> str | None:
    """The place a dateline *text* prints before its date *words*, set off by a comma ("Berlin,
    Donnerstag, den 14. März 2024", "Springfield, September 8, 2021"): capitalised words with
    no figure, not ending in a day of the week ("Tuesday, 14 April 2026", "On Friday, 21 August
    2015"), read past a colon ("Sixty-Sixth Day: Saturday, 23rd February, 1946" names no place);
    a *hall* named before the date
    by a sentence of its own ("Сесійний зал Верховної Ради України. 26 травня 1994 року")."""
    at = text.find(words)
    gap = _PLACE_GAP.fullmatch(text[: max(at, 0)].lstrip())
    field = config.head.get("day_field")
    if gap and field and field.fullmatch(gap.group(1).strip()):
        return None  # the field's name set apart from its day: "Date          4 May 2021"
    if gap and len(gap.group(1).split()) <= _PLACE_WORDS:
        return gap.group(1).strip()
    before, comma, _ = (*_PLACE_END.split(text[: max(at, 0)], maxsplit=1), "", "")[:3]
    place = before.rpartition(":")[2].strip()  # past a field's name: "Sixty-Sixth Day: Saturday, …"
    weekday = config.head.get("weekday")
    if not comma.strip() or not place[:1].isupper() or any(char.isdigit() for char in place):
        return None
    if comma.strip() == "." and not hall:
        return None
    # its last word a weekday, past a dash too ("THIRD COURT.—Tuesday, March 10th, 1874."): no place
    last = re.split(r"[\s—–]+", place.strip(" .—–"))[-1]
    if (len(place.split()) > _PLACE_WORDS and not hall) or (weekday and weekday.fullmatch(last)):
        return None
    return place


def archival(text: str, config: Config) -> bool:
    """Whether *text* is an archival reference by its shape, with no lead-in word: a fond and a
    file ("РГАСПИ. Ф. 17. Оп. 2. Д. 573. Л. 1–45.")."""
    parts = config.archive
    return bool(parts["fond"].search(text) and parts["delo"].search(text))

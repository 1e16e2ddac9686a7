"""The twenty-first round's speed work: the same answers, asked for with less work."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from label_samples import SAMPLES, speakers, tabled_tei
from stenogram.tei.convert import convert_text
from stenogram.transcript import parser
from stenogram.transcript.config import ROMAN_DAY, ROMAN_YEAR, Config, load_config
from stenogram.transcript.frontmatter import find_date
from stenogram.transcript.labels.patterns import HANGUL_SYLLABLES, MARKS, TOKEN
from stenogram.transcript.listed import Shaped, shaped

CONFIG = load_config()


def _flat_spelled_date(config: Config) -> re.Pattern[str]:
    """The spelled date's pattern as it was written before its words became tries: each
    vocabulary one flat alternation, the longest word first."""
    words = {*config.months, *(word for table in config.month_words.values() for word in table)}
    flat = {
        "numbers": "|".join(map(re.escape, sorted(config.numbers, key=len, reverse=True))),
        "months": "|".join(map(re.escape, sorted(sorted(words), key=len, reverse=True))),
    }
    numbers = flat["numbers"]
    between = "|".join(map(re.escape, config.date_words))
    gap = rf"(?:[ \t]*,)?(?:[ \t]+(?:{between}))*(?:[ \t]*,)?[ \t]+"
    repeated = rf"(?:{numbers})(?:(?:[ \t]*-[ \t]*|[ \t]+(?:(?:and|y|e)[ \t]+)?)(?:{numbers}))*"
    day = rf"(?P<day>{repeated}|\d{{1,2}}(?:st|nd|rd|th)?|(?-i:{ROMAN_DAY}))"
    year = rf"(?P<year>{repeated}|\d{{4}}|{ROMAN_YEAR})"
    return re.compile(
        rf"(?<![^\W\d_]){day}{gap}(?P<month>{flat['months']}){gap}{year}(?![^\W\d_])", re.IGNORECASE
    )


# Dates whose words hold shorter words of the vocabularies ("doscientos" holds "dos", "twenty"
# "two" none, "mayo" "ma…"): the longest is read, as the flat alternation read it.
_SPELLED = [
    "Buenos Aires, a los veintitrés días del mes de mayo de dos mil doce, siendo las 15 horas",
    "the third day of May, nineteen hundred and twelve, at the Court House",
    "THIS 21ST DAY OF OCTOBER, TWO THOUSAND TWENTY-FOUR",
    "die IV mensis Decembris anno MMXXVI",
    "el día uno de enero de mil novecientos noventa y nueve",
    "na dzień dwudziestego pierwszego maja dwa tysiące dwunastego roku",
]


@pytest.mark.parametrize("text", _SPELLED)
def test_the_spelled_dates_tries_find_what_the_flat_alternations_found(text: str) -> None:
    spelled = CONFIG.spelled_date
    assert spelled is not None
    flat = _flat_spelled_date(CONFIG)
    assert [m.groupdict() | {"at": m.span()} for m in spelled.finditer(text)] == [
        m.groupdict() | {"at": m.span()} for m in flat.finditer(text)
    ]


def test_the_samples_spelled_dates_are_read_as_before() -> None:
    """Every sample whose head spells its date out: the same matches, the same date found."""
    spelled = CONFIG.spelled_date
    assert spelled is not None
    flat = _flat_spelled_date(CONFIG)
    heads = [path.read_text(encoding="utf-8")[:3000] for path in sorted(SAMPLES.glob("*.txt"))]
    dated = [head for head in heads if spelled.search(head)]
    assert len(dated) >= 5
    for head in dated:
        assert [m.span() for m in spelled.finditer(head)] == [m.span() for m in flat.finditer(head)]
    assert find_date("the third day of May, nineteen hundred and twelve", CONFIG) == (
        "1912-05-03",
        "third day of May, nineteen hundred and twelve",
    )


def test_a_date_cut_by_a_wrap_inside_its_spelled_year_is_still_one() -> None:
    assert CONFIG.cuts_date("SIENDO EL VEINTE DE MAYO DEL AÑO DOS MIL", "DOCE. En la ciudad de …")
    assert CONFIG.cuts_date("Sitzung vom 15", "Mai 2000")
    assert not CONFIG.cuts_date("Sitzung vom 15", "Teilnehmer 2000")


def test_a_labels_tokens_are_read_as_before_its_words_became_runs() -> None:
    """The token pattern with a word's letters read as runs gives the tokens the pattern with a
    branch tried at every letter gave, at every word's start of the samples' heads."""
    run = rf"[\w'’‘°{MARKS}\u200c\u200d○◯×]*"
    # a slash joins a word's runs except after Hangul, where it opens a role ("김영숙/교장 :")
    joiner = rf"-(?![ \t-])|[\"״&·・－](?=[^\W\d_])|(?<![{HANGUL_SYLLABLES}])/(?=[^\W\d_])"
    branched = rf"(?:[\w'’‘°{MARKS}\u200c\u200d○◯×]|{joiner})*"
    runs = rf"{run}(?:(?:{joiner}){run})*"
    assert TOKEN.pattern.count(runs) == 1
    before = re.compile(TOKEN.pattern.replace(runs, branched), TOKEN.flags)
    words = [
        "Krüger-Lenz",
        'היו"ר',
        "S&D",
        "FDP/DVP:",
        "Wirtschafts- und",
        "ප්‍රේ",
        "O'Brien--",
        "x-",
        "卡瓦略·达席尔瓦先生",
        "피고인 김○○:",
        "[인터뷰] 최순자/마을 주민 :",
    ]
    heads = [path.read_text(encoding="utf-8")[:1000] for path in sorted(SAMPLES.glob("*.txt"))]
    for text in [*words, *heads]:
        for start in (0, *(found.end() for found in re.finditer(r"\s+", text))):
            now, then = TOKEN.match(text, start), before.match(text, start)
            assert (now and (now.span(), now.groupdict())) == (then and (then.span(), then.groupdict()))


def _sweeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of paragraphs each sweep for listed blocks is asked of, as a conversion runs."""
    asked: list[int] = []

    def counted(paragraphs: Sequence[Sequence[str]], config: Config) -> Shaped:
        asked.append(len(paragraphs))
        return shaped(paragraphs, config)

    monkeypatch.setattr(parser, "shaped", counted)
    return asked


def test_a_record_with_no_listed_block_is_swept_for_them_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _sweeps(monkeypatch)
    tei = convert_text(
        "Sitting of 3 May 2020\n\nMr. SMITH: I rise to speak.\n\nMs. JONES: I thank the Member.\n", "a.txt"
    ).tei
    assert speakers(tei) == ["Mr. SMITH:", "Ms. JONES:"]
    assert len(asked) == 1  # the head's sweep of all paragraphs: the body's are among them


def test_a_record_of_listed_blocks_is_swept_again_for_its_body(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _sweeps(monkeypatch)
    tabled_tei("cy-twfy-photo-once.txt")  # the blocks still open the turns
    assert len(asked) == 2 and asked[1] < asked[0]

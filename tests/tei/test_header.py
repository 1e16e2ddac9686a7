"""The TEI header says what the editor knows: the source chain (this text ← the copy it was made
from ← a translation ← the published edition ← the archival document), the published line's
parts, where an archive is, the author of a speech, the edition's date, idno and place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.frontmatter import chain_match, front_kind
from stenogram.validate.run import default_checks, validate_file

ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
DATA = ROOT / "tests" / "data"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
TITLE = "Speech of Comrade Petrov, 12 March 1938"

BODY = """PETROV. Comrades, the session is open. We have much work before us, and I will speak at
length about the plan, the harvest and the roads of the whole region.

IVANOV. Right!

PETROV. So the plan is fulfilled, the harvest is in, and the roads are built across the whole
region this year, as the committee promised the workers in the spring.
"""


def header(text: str, config_text: str | None = None, tmp_path: Path | None = None) -> etree._Element:
    """The TEI of a transcript whose front matter is *text* (and the body above)."""
    config = None
    if config_text is not None:
        assert tmp_path is not None
        path = tmp_path / "stenogram.toml"
        path.write_text(config_text, encoding="utf-8")
        config = load_config(path)
    result = convert_text(f"{text}\n\n{BODY}", "petrov-1938.txt", config or load_config())
    return etree.fromstring(result.tei)


def one(root: etree._Element, path: str) -> str:
    found = root.xpath(path, namespaces=NS)
    if isinstance(found, str):
        return found
    assert len(found) == 1, (path, found)
    return found[0] if isinstance(found[0], str) else etree.tostring(found[0], encoding="unicode")


def values(root: etree._Element, path: str) -> list[str]:
    return [str(v) for v in root.xpath(path, namespaces=NS)]


# -- the bundled edition ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edition() -> etree._Element:
    return etree.parse(str(EDITION)).getroot()


def test_the_edition_carries_the_whole_source_chain(edition: etree._Element) -> None:
    source = "/t:TEI/t:teiHeader/t:fileDesc/t:sourceDesc"
    # this text: an English translation, translator unknown, of the published edition …
    assert values(edition, f"{source}/*/@type") == ["copy", "published"]
    assert values(edition, f"{source}/t:bibl[@type='copy']/t:editor[@role='translator']/text()") == [
        "unknown"
    ]
    assert values(edition, f"{source}/t:bibl[@type='copy']/t:textLang/@mainLang") == ["en"]
    assert values(
        edition, f"{source}/t:bibl[@type='copy']/t:relatedItem[@type='translation-of']/@target"
    ) == ["#source-published"]
    assert "blog page" in one(edition, f"string({source}/t:bibl[@type='copy']/t:note)")
    # … the ROSSPEN volume of 2017, in Russian, which publishes …
    published = f"{source}/t:bibl[@type='published'][@xml:id='source-published']"
    assert values(edition, f"{published}/t:pubPlace/text()") == ["Moscow"]
    assert values(edition, f"{published}/t:publisher/text()") == ["ROSSPEN"]
    assert values(edition, f"{published}/t:date/@when") == ["2017"]
    assert values(edition, f"{published}/t:title/text()")[0].startswith("December plenum of the Central")
    assert values(edition, f"{published}/t:textLang/@mainLang") == ["ru"]
    assert values(edition, f"{published}/t:relatedItem[@type='edition-of']/@target") == ["#source-archive"]
    # … the typescript in RGASPI, Moscow, f. 17, op. 2, d. 574, l. 76-103.
    ident = f"{source}/t:msDesc[@xml:id='source-archive']/t:msIdentifier"
    assert values(edition, f"{ident}/*/text()") == ["Russia", "Moscow", "RGASPI", "17", "2", "574"]
    assert values(edition, f"{ident}/../t:msContents/t:msItem/t:locus/@from") == ["76"]


def test_the_published_line_keeps_its_printed_words(edition: etree._Element) -> None:
    printed = one(edition, "string(//t:text/t:front/t:div[@type='source']/t:p[starts-with(., 'A source:')])")
    line = one(edition, "string(//t:sourceDesc/t:bibl[@type='published'])")
    assert printed == f"A source: {line}"


def test_the_edition_names_its_author_date_idno_and_place(edition: etree._Element) -> None:
    assert values(edition, "//t:titleStmt/t:author/@ref") == ["#kaganovich"]
    assert values(edition, "//t:titleStmt/t:author/text()") == ["Lazar Moiseyevich Kaganovich"]
    assert values(edition, "//t:publicationStmt/t:date/@when") == ["2026-12-02"]
    assert values(edition, "//t:publicationStmt/t:idno[@type='stenogram']/text()") == [
        "kaganovich-1936-12-04"
    ]
    assert values(edition, "//t:revisionDesc/t:change/@when") == ["2026-12-02"]
    assert values(edition, "//t:settingDesc/t:setting/t:placeName/text()") == ["Moscow"]
    assert values(edition, "//t:settingDesc/t:setting/t:date/@when") == ["1936-12-04"]


# -- the front matter's lines, in the languages of the genre ---------------------------------------

FRONT_LINES = [
    (
        "en",
        "Translated from the Russian by John Smith.\n"
        "Retrieved from https://example.org/petrov-1938.html on 12 May 2020.",
        "John Smith",
        "ru",
        "https://example.org/petrov-1938.html",
        "2020-05-12",
    ),
    (
        "ru",
        "Перевод с немецкого: И. И. Иванов\nИсточник: https://example.ru/petrov\nДата обращения: 12 мая 2020",
        "И. И. Иванов",
        "de",
        "https://example.ru/petrov",
        "2020-05-12",
    ),
    (
        "de",
        "Aus dem Russischen übersetzt von Anna Schmidt.\nhttps://example.de/rede\nAbgerufen am 4. Juni 2021.",
        "Anna Schmidt",
        "ru",
        "https://example.de/rede",
        "2021-06-04",
    ),
    (
        "fr",
        "Traduit du russe par Jean Dupont.\nSource URL: https://example.fr/discours\n"
        "Consulté le 3 juin 2021.",
        "Jean Dupont",
        "ru",
        "https://example.fr/discours",
        "2021-06-03",
    ),
    ("pl", "Przekład z języka rosyjskiego: Jan Kowalski", "Jan Kowalski", "ru", None, None),
    ("uk", "Переклад з російської мови: Іван Петренко", "Іван Петренко", "ru", None, None),
]


@pytest.mark.parametrize(("lang", "lines", "translator", "original", "url", "retrieved"), FRONT_LINES)
def test_front_matter_lines_give_the_copy_and_the_translation(
    lang: str, lines: str, translator: str, original: str, url: str | None, retrieved: str | None
) -> None:
    title = "Speech of Comrade Petrov at the session of the Supreme Soviet, 12 March 1938"
    root = header(f"{title}\n\n{lines}\nA source: Stenographic report. Moscow: Politizdat, 1938")
    copy = "//t:sourceDesc/t:bibl[@type='copy']"
    assert values(root, f"{copy}/t:editor[@role='translator']/text()") == [translator], lang
    assert values(root, "//t:sourceDesc/t:bibl[@type='published']/t:textLang/@mainLang") == [original]
    assert values(root, f"{copy}/t:ref/@target") == ([url] if url else [])
    assert values(root, f"{copy}/t:date[@type='retrieved']/@when") == ([retrieved] if retrieved else [])
    # the day a page was copied is never the meeting's date
    assert values(root, "//t:settingDesc//t:date/@when") == ["1938-03-12"]
    # every line stays in the text as printed
    front = values(root, "//t:text/t:front/t:div[@type='source']/t:p/text()")
    assert front[: len(lines.splitlines())] == lines.splitlines()


def test_a_url_after_source_is_the_copy_not_a_book() -> None:
    root = header("Speech of Comrade Petrov, 12 March 1938\n\nSource: https://example.org/p")
    assert values(root, "//t:sourceDesc/t:bibl/@type") == ["copy"]
    assert values(root, "//t:sourceDesc/t:bibl/t:ref/@target") == ["https://example.org/p"]


def test_a_language_the_table_does_not_know_is_reported_not_guessed() -> None:
    result = convert_text(
        f"Speech of Comrade Petrov, 12 March 1938\n\nTranslated from the Klingon.\n\n{BODY}", "p.txt"
    )
    root = etree.fromstring(result.tei)
    assert values(root, "//t:sourceDesc/t:bibl[@type='copy']/t:textLang/@mainLang") == ["en"]
    assert any("'Klingon'" in message for _, message in result.report.warnings)


def test_the_place_of_the_meeting_from_its_line() -> None:
    root = header("Sitting of the Rada, 3 May 1995\n\nМісце: Київ, Верховна Рада")
    assert values(root, "//t:settingDesc/t:setting/t:placeName/text()") == ["Київ, Верховна Рада"]


# -- the project's [source] table ---------------------------------------------------------------------

SOURCE_TABLE = """
[source]
url = "https://example.org/copy.html"
retrieved = "2021-03"
language = "ru"
translator = "unknown"
translation_of = "Речь тов. Петрова"
published = "Stenographic report. Moscow: Politizdat, 1938. P. 12-15"
archive = "GARF. F. 7523. Op. 1. D. 12. L. 3-9"
place = "Moscow"
"""


def test_the_source_table_states_the_chain_the_text_does_not(tmp_path: Path) -> None:
    root = header("Speech of Comrade Petrov, 12 March 1938", SOURCE_TABLE, tmp_path)
    copy = "//t:sourceDesc/t:bibl[@type='copy']"
    assert values(root, f"{copy}/t:ref/@target") == ["https://example.org/copy.html"]
    assert values(root, f"{copy}/t:date[@type='retrieved']/@when") == ["2021-03"]
    assert values(root, f"{copy}/t:title[@type='original']/text()") == ["Речь тов. Петрова"]
    assert values(root, f"{copy}/t:editor[@role='translator']/text()") == ["unknown"]
    published = "//t:sourceDesc/t:bibl[@type='published']"
    assert values(root, f"{published}/t:biblScope[@unit='page']/text()") == ["P. 12-15"]
    assert values(root, f"{published}/t:textLang/@mainLang") == ["ru"]
    assert values(root, "//t:msIdentifier/t:settlement/text()") == ["Moscow"]
    assert values(root, "//t:msIdentifier/t:repository/text()") == ["GARF"]
    assert values(root, "//t:settingDesc/t:setting/t:placeName/text()") == ["Moscow"]


def test_the_source_table_wins_over_the_front_matter(tmp_path: Path) -> None:
    front = "Speech of Comrade Petrov, 12 March 1938\n\nTranslated from the German by Hans Meier."
    root = header(front, '[source]\ntranslator = "Olga Petrova"\nlanguage = "ru"\n', tmp_path)
    assert values(root, "//t:bibl[@type='copy']/t:editor/text()") == ["Olga Petrova"]
    assert values(root, "//t:bibl[@type='copy']/t:textLang/@mainLang") == ["en"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[source]\nretrieved = "12 May 2020"\n', "source.retrieved must be an ISO date"),
        ('[edition]\ndate = "soon"\n', "edition.date must be an ISO date"),
        ('[source]\nlanguage = "Russian"\n', "source.language 'Russian' is not a language code"),
        ("[source]\nurl = 1\n", "source.url must be str"),
        ('[source]\nsomething = "x"\n', "unknown key source.something"),
    ],
)
def test_a_wrong_source_table_is_refused_naming_the_file(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "stenogram.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=says) as info:
        load_config(path)
    assert info.value.location is not None and info.value.location.file == str(path)


# -- structured facts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Stenographic report. Moscow: Politizdat, 1938",
            ["Stenographic report", "Moscow", "Politizdat", "1938"],
        ),
        (
            "Стенографический отчёт. М.: РОССПЭН, 2017. С. 76–103",
            ["Стенографический отчёт", "М", "РОССПЭН", "2017", "С. 76–103"],
        ),
        ("Hansard, Fifth Series. London, HMSO, 1950", ["Hansard, Fifth Series", "London", "HMSO", "1950"]),
        ("The plenum's papers as kept by the party", []),
    ],
)
def test_a_published_line_is_read_into_its_parts(line: str, parts: list[str]) -> None:
    root = header(f"Speech of Comrade Petrov, 12 March 1938\n\nA source: {line}")
    bibl = root.xpath("//t:sourceDesc/t:bibl[@type='published']", namespaces=NS)[0]
    assert [child.text for child in bibl if child.text] == parts
    assert bibl.xpath("string()") == line


@pytest.mark.parametrize(
    ("repository", "where"),
    [("RGASPI", ["Russia", "Moscow"]), ("Bundesarchiv", ["Germany", "Koblenz"]), ("Stadtarchiv Hameln", [])],
)
def test_a_known_archive_is_placed(repository: str, where: list[str]) -> None:
    root = header(f"Speech of Comrade Petrov, 12 March 1938\n\nArchive: {repository}. F. 1. Op. 2. D. 3.")
    assert values(root, "//t:msIdentifier/t:country/text() | //t:msIdentifier/t:settlement/text()") == where
    assert values(root, "//t:msIdentifier/t:repository/text()") == [repository]


def test_the_speaker_of_a_speech_is_its_author_not_a_voice_of_a_debate() -> None:
    result = convert_text(f"Speech of Comrade Petrov, 12 March 1938\n\n{BODY}", "petrov.txt")
    assert any(note.startswith("author: Petrov (opens") for note in result.report.decisions)
    speech = etree.fromstring(result.tei)
    assert values(speech, "//t:titleStmt/t:author/@ref") == ["#petrov"]
    excerpt = "ROBERTO GIACHETTI. Chiedo di parlare.\n\nPRESIDENTE. Ne ha facoltà.\n\n" + (
        "ROBERTO GIACHETTI. "
        + "Signor Presidente, vorrei proporre un intervento a norma del Regolamento. " * 9
    )
    cut = etree.fromstring(convert_text(excerpt.encode(), "excerpt.txt").tei)
    assert values(cut, "//t:titleStmt/t:author") == []  # the longest speech of an excerpt comes first
    for name in ("en-hansard.txt", "ru-plenum.txt", "de-bundestag.txt"):
        debate = etree.fromstring(convert_text((DATA / name).read_bytes(), name).tei)
        assert values(debate, "//t:titleStmt/t:author") == [], name


# -- the edition's date: the build's or the configuration's, never the clock -------------------------


def test_the_date_is_source_date_epoch_else_the_configuration_else_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = '[edition]\npublisher = "P"\ndate = "2024-05-01"\n'
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    plain = header("Speech of Comrade Petrov, 12 March 1938", '[edition]\npublisher = "P"\n', tmp_path)
    assert values(plain, "//t:publicationStmt/t:date | //t:change/@when") == []
    dated = header("Speech of Comrade Petrov, 12 March 1938", config, tmp_path)
    assert values(dated, "//t:publicationStmt/t:date/@when | //t:change/@when") == [
        "2024-05-01",
        "2024-05-01",
    ]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    built = header("Speech of Comrade Petrov, 12 March 1938", config, tmp_path)
    assert values(built, "//t:publicationStmt/t:date/@when | //t:change/@when") == [
        "2023-11-14",
        "2023-11-14",
    ]
    again = header("Speech of Comrade Petrov, 12 March 1938", config, tmp_path)
    assert etree.tostring(again) == etree.tostring(built)


# -- valid: our schema and rules, and tei_all -----------------------------------------------------------


def test_headers_with_the_whole_chain_are_valid(
    tmp_path: Path, corpus: Path, tei_all: Callable[[list[Path]], list[str]]
) -> None:
    files = []
    for index, (_, lines, *_rest) in enumerate(FRONT_LINES):
        root = header(
            f"Speech of Comrade Petrov, 12 March 1938\n\n{lines}\nArchive: RGASPI. F. 17. Op. 2. D. 5."
        )
        files.append(tmp_path / f"front-{index}.xml")
        files[-1].write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    table = header("Speech of Comrade Petrov, 12 March 1938", SOURCE_TABLE, tmp_path)
    files.append(tmp_path / "table.xml")
    files[-1].write_bytes(etree.tostring(table, xml_declaration=True, encoding="UTF-8"))
    for file in files:
        assert validate_file(str(file), default_checks()).findings == (), file.name
    assert tei_all([*files, EDITION]) == []


# -- the lines themselves -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "facts"),
    [
        ("Retrieved 12 May 2020.", "retrieved", {"date": "12 May 2020"}),
        ("Retrieved from https://x.org/a", "retrieved", {"url": "https://x.org/a"}),
        ("Accessed on 2020-05-12", "retrieved", {"date": "2020-05-12"}),
        (
            "Downloaded from https://x.org/a, May 12, 2020",
            "retrieved",
            {"url": "https://x.org/a", "date": "May 12, 2020"},
        ),
        ("Translation: unknown", "translation", {"translator": "unknown"}),
        ("Übersetzt aus dem Russischen.", "translation", {"language": "Russischen"}),
        ("<https://x.org/a>", "url", {"url": "https://x.org/a"}),
        ("Ort: Bonn, Bundeshaus", "place", {"place": "Bonn, Bundeshaus"}),
        (
            "Tradotto dal russo da Mario Rossi.",
            "translation",
            {"language": "russo", "translator": "Mario Rossi"},
        ),
        ("Traducido del ruso por Ana López", "translation", {"language": "ruso", "translator": "Ana López"}),
        ("Přeloženo z ruštiny: Jan Novák", "translation", {"language": "ruštiny", "translator": "Jan Novák"}),
        ("Prevedeno iz ruščine", "translation", {"language": "ruščine"}),
        ("Consultato il 12.05.2020", "retrieved", {"date": "12.05.2020"}),
        ("Luogo: Roma, Montecitorio", "place", {"place": "Roma, Montecitorio"}),
        ("Aus dem Protokoll.", None, {}),
        ("A source: Report. Moscow: Politizdat, 1938", "source", {}),
    ],
)
def test_a_front_matter_line_is_read_for_its_facts(
    line: str, kind: str | None, facts: dict[str, str]
) -> None:
    config = load_config()
    assert front_kind(line, config) == kind
    if kind in config.chain:
        found = chain_match(line, config.chain[kind])
        assert found is not None
        assert {key: value for key, value in found.groupdict().items() if value} == facts


def test_a_projects_pattern_may_name_fewer_parts_and_a_date_that_is_no_iso_date(tmp_path: Path) -> None:
    config = "[published]\npattern = '(?P<title>.+?)\\.\\s+(?P<date>\\d{4} г)\\.?'\n"
    root = header(f"{TITLE}\n\nИсточник: Правда. 1938 г.", config, tmp_path)
    published = "//t:sourceDesc/t:bibl[@type='published']"
    assert values(root, f"{published}/t:title/text() | {published}/t:date/text()") == ["Правда", "1938 г"]
    assert values(root, f"{published}/t:date/@when") == []

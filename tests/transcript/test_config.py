"""The configuration: the defaults, a project's stenogram.toml over them, and what is refused."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from lxml import etree

from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript import config as config_module
from stenogram.transcript.config import any_of, load_config

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
EXAMPLE = ROOT / "examples" / "stenogram.toml"
DEFAULTS = ROOT / "src" / "stenogram" / "transcript" / "data" / "defaults.toml"
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
STAGE_TYPES = ("noise", "laughter", "applause", "interjection", "other")


def _project(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "stenogram.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _stage_types(tei: bytes) -> list[str]:
    return etree.fromstring(tei).xpath("//t:stage/@type", namespaces=TEI)


def test_the_defaults_hold_the_closed_list_of_stage_types() -> None:
    config = load_config()
    assert config.source == "defaults"
    assert config.stage_types == STAGE_TYPES
    assert {pattern.name for pattern in config.stages} <= set(config.stage_types)


def test_the_types_the_converter_gives_itself_are_in_the_list() -> None:
    # a bracket in which a voice speaks is an interjection; a marked-up one no pattern names, other
    text = "STALIN. We go on. (VOICES. Right.) _[Exit Molotov.]_ (Applause.)\n\nMOLOTOV. Yes.\n"
    types = _stage_types(convert_text(text, "t.txt").tei)
    assert {"interjection", "other", "applause"} <= set(types)
    assert set(types) <= set(load_config().stage_types)


def test_every_sample_uses_only_the_listed_types() -> None:
    config = load_config()
    for sample in sorted(DATA.glob("*.txt")):
        assert set(_stage_types(convert_text(sample.read_bytes(), sample.name, config).tei)) <= set(
            config.stage_types
        ), sample.name


def test_a_stage_type_outside_the_list_is_refused_at_load_time(tmp_path: Path) -> None:
    path = _project(
        tmp_path, "[[stage]]\ntype = 'noise'\npattern = 'x'\n\n[[stage]]\ntype = 'booing'\npattern = 'boo'\n"
    )
    with pytest.raises(InputError) as info:
        load_config(path)
    assert info.value.location is not None and info.value.location.file == str(path)
    assert "stage[1].type: 'booing' is not a stage type" in str(info.value)
    assert "noise, laughter, applause, interjection, other" in str(info.value)


def test_the_list_itself_is_not_a_projects_to_change(tmp_path: Path) -> None:
    path = _project(tmp_path, "[vocabulary]\nstage_types = ['booing']\n")
    with pytest.raises(InputError, match="unknown key vocabulary"):
        load_config(path)


def test_a_projects_stage_pattern_is_tried_first(tmp_path: Path) -> None:
    text = "STALIN. We go on. (Whistles from the gallery.)\n\nMOLOTOV. Yes.\n"
    assert _stage_types(convert_text(text, "t.txt").tei) == []  # no pattern: the speaker's words
    config = load_config(_project(tmp_path, "[[stage]]\ntype = 'noise'\npattern = 'whistles'\n"))
    assert config.stages[0].name == "noise" and len(config.stages) == len(load_config().stages) + 1
    assert _stage_types(convert_text(text, "t.txt", config).tei) == ["noise"]


def test_lists_extend_and_single_values_replace(tmp_path: Path) -> None:
    defaults = load_config()
    config = load_config(
        _project(
            tmp_path,
            "[[furniture.line]]\nname = 'stamp'\npattern = 'RGASPI stamp.*'\n\n"
            "[editorial]\nsupplied_max_words = 9\n\n[edition]\npublisher = 'P'\n",
        )
    )
    assert [p.name for p in config.furniture_lines] == ["stamp", *(p.name for p in defaults.furniture_lines)]
    assert config.supplied_max_words == 9 != defaults.supplied_max_words
    assert config.edition == {"publisher": "P"} and config.source.endswith("stenogram.toml")


def test_a_furniture_line_over_a_label_only_is_furniture_there_only(tmp_path: Path) -> None:
    """A project's `over_label` line ("REF 12" over each turn of its copy) is taken off over a
    label's line and kept where the speech goes on below it."""
    config = load_config(
        _project(tmp_path, "[[furniture.line]]\nname = 'ref'\npattern = 'REF \\d+'\nover_label = true\n")
    )
    text = "REF 12\nMR. SMITH: We object.\n\nTHE COURT: Overruled.\nREF 13\nthe record shows it.\n"
    result = convert_text(text.encode(), "t.txt", config)
    assert [(text, pattern) for _, text, pattern in result.report.furniture] == [("REF 12", "ref")]
    assert "REF 13" in result.tei.decode()


def test_persons_are_read_with_their_facts(tmp_path: Path) -> None:
    config = load_config(
        _project(
            tmp_path,
            "[persons.voices]\nlabels = 'VOICES'\ngroup = true\n\n"
            "[persons.stalin]\nlabels = ['STALIN']\nname = 'J. V. Stalin'\nbirth = 1878\nwikidata = 'Q855'\n",
        )
    )
    stalin, voices = config.persons  # sorted by id
    assert (stalin.id, stalin.labels, stalin.birth, stalin.wikidata, stalin.group) == (
        "stalin",
        ["STALIN"],
        "1878",
        "Q855",
        False,
    )
    assert (voices.labels, voices.group, voices.known) == (["VOICES"], True, True)


@pytest.mark.parametrize(
    "text, says",
    [
        ("[persons.1x]\nlabels = ['X']\n", "person id '1x' is not a valid XML id"),
        ("[labels]\nnever = 'resolved'\n", "labels.never must be"),
        ("[persons.x]\ngroup = 'yes'\n", "persons.x.group must be bool"),
        ("[[stage]]\ntype = 'noise'\n", "stage[0] needs pattern"),
        ("[front]\nsource = '(unclosed'\n", "bad regular expression"),
        ("[edition\n", "invalid TOML"),
    ],
)
def test_a_wrong_file_is_refused_naming_it(tmp_path: Path, text: str, says: str) -> None:
    path = _project(tmp_path, text)
    with pytest.raises(InputError, match=re.escape(says)) as info:
        load_config(path)
    assert info.value.location is not None and info.value.location.file == str(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read configuration"):
        load_config(tmp_path / "absent.toml")


def _keys(table: dict[str, object], prefix: str = "") -> set[str]:
    """Every key of a TOML table as a dotted path; a list of tables contributes its items' keys."""
    keys: set[str] = set()
    for name, value in table.items():
        path = f"{prefix}{name}"
        keys.add(path)
        items = value if isinstance(value, list) and value and isinstance(value[0], dict) else [value]
        for item in items:
            if isinstance(item, dict):
                keys |= _keys(item, f"{path}.")
    return keys


def test_the_example_configuration_loads_and_shows_every_key() -> None:
    config = load_config(EXAMPLE)
    assert config.source == str(EXAMPLE) and config.persons and config.edition["editor"]
    text = EXAMPLE.read_text(encoding="utf-8")
    example = tomllib.loads(text)
    defaults = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    del defaults["vocabulary"]  # the closed list is the defaults' alone
    commented = re.findall(r"^# (\w+) =", text, re.MULTILINE)
    shown = _keys(example) | {f"{_table_before(text, key)}.{key}" for key in commented}
    free = (
        "front.",
        "head.",
        "archive.",
        "languages.words.",
        "languages.letters.",
        "languages.scripts.",
        "languages.names.",
        "languages.translated.",
        "languages.marks.",
        "languages.month_words.",
        "languages.eras.",
        "languages.numbers.",
        "labels.weights.",
        "labels.openers.",
        "labels.clause_words.",
        "labels.second_person.",
        "labels.question_counts.",
        "labels.phrase_openers.",
        "labels.instruction_verbs.",
        "labels.salutations.",
        "labels.thanks.",
        "labels.chair_alone.",
        "labels.counsel_of.",
        "labels.floor_verbs.",
        "headings.lower_words.",
        "labels.witness_word.",
        "labels.examiner_word.",
        "labels.briefing_words.",
        "labels.spokesperson_word.",
        "labels.journalist_word.",
        "labels.unnamed_word.",
        "labels.interview_words.",
        "labels.interview_titles.",
        "labels.letter_variants.",
        "labels.address_spellings.",
        "languages.kin.",
        "languages.unwritten.",
        "languages.script_shares.",
    )
    wanted = {key for key in _keys(defaults) if not key.startswith(free)}
    wanted |= {f"edition.{key}" for key in ("title", "editor", "publisher", "licence", "licence_url")}
    wanted |= {"edition.availability", "edition.date", "front", "head", "archive", "languages.words"}
    wanted |= {"languages.names", "languages.translated", "languages.letters", "languages.scripts"}
    wanted |= {"languages.marks"}
    wanted |= {"languages.month_words", "languages.eras", "languages.numbers"}
    wanted |= {
        "labels.weights",
        "labels.openers",
        "labels.salutations",
        "labels.thanks",
        "labels.chair_alone",
        "labels.counsel_of",
        "labels.floor_verbs",
        "headings.lower_words",
        "labels.witness_word",
        "labels.examiner_word",
        "labels.briefing_words",
        "labels.spokesperson_word",
        "labels.journalist_word",
        "labels.unnamed_word",
        "labels.interview_words",
        "labels.interview_titles",
        "labels.letter_variants",
        "labels.address_spellings",
        "languages.kin",
        "languages.unwritten",
        "languages.script_shares",
    }
    source_keys = "url retrieved language translator translation_of published archive place note"
    wanted |= {f"source.{key}" for key in source_keys.split()}
    assert wanted - shown == set()
    person_keys = {
        key.rsplit(".", 1)[1] for key in shown if key.count(".") == 2 and key.startswith("persons.")
    }
    assert person_keys == {"labels", "name", "group", "role", "sex", "birth", "death", "wikidata", "note"}


def _table_before(text: str, key: str) -> str:
    """The table a commented-out ``# key =`` line of the example stands in."""
    before = text[: text.index(f"# {key} =")]
    return re.findall(r"^\[+([\w.]+)\]+", before, re.MULTILINE)[-1]


def test_one_scan_finds_the_lines_each_furniture_pattern_finds() -> None:
    config = load_config()
    samples = Path(__file__).resolve().parents[1] / "data"
    lines = {line.strip() for path in samples.rglob("*.txt") for line in path.read_text("utf-8").splitlines()}
    lines |= {
        "Page 14",
        "- 3 -",
        "Powered by Blogger.",
        "Subscribe to: Post Comments (Atom)",
        "Advertisement",
    }
    patterns = [start for _, start, _ in config.furniture_blocks] + [p.regex for p in config.furniture_lines]
    scan = config.furniture_any
    assert scan is not None
    for line in lines:
        assert bool(scan.match(line)) == any(p.match(line) for p in patterns), line
    assert any(scan.match(line) for line in lines)


def test_a_pattern_with_a_back_reference_is_scanned_alone() -> None:
    assert any_of([re.compile(r"(\w)\1"), re.compile("x")]) is None
    assert any_of([re.compile(r"(?P<n>a)b"), re.compile("x")]) is not None


def test_the_defaults_are_parsed_once_a_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STENOGRAM_CACHE_DIR", str(tmp_path))
    first = load_config()
    assert (tmp_path / "patterns" / "defaults-kept.marshal").is_file()

    def refused(text: str) -> dict[str, object]:
        raise AssertionError("the defaults were parsed again")

    monkeypatch.setattr(tomllib, "loads", refused)
    again = load_config()
    assert again.weights == first.weights and again.offices.pattern == first.offices.pattern


def test_two_checkouts_defaults_are_both_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A worktree and its base run in turn: each finds its own defaults parsed, not the other's.
    monkeypatch.setenv("STENOGRAM_CACHE_DIR", str(tmp_path))
    other = tmp_path / "defaults.toml"
    other.write_bytes(DEFAULTS.read_bytes() + b"\n# another checkout\n")
    load_config()
    monkeypatch.setattr(config_module, "_DEFAULTS", other)
    load_config()
    monkeypatch.setattr(config_module, "_DEFAULTS", DEFAULTS)

    def refused(text: str) -> dict[str, object]:
        raise AssertionError("the defaults were parsed again")

    monkeypatch.setattr(tomllib, "loads", refused)
    load_config()
    monkeypatch.setattr(config_module, "_DEFAULTS", other)
    load_config()


def test_damaged_kept_defaults_are_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STENOGRAM_CACHE_DIR", str(tmp_path))
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "defaults-kept.marshal").write_bytes(b"\x00not marshal")
    assert load_config().weights == tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))["labels"]["weights"]

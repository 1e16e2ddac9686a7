"""Exports: nothing lost in any format, text back to the same body, ParlaMint valid with jing,
JSON and CSV shaped for scripts, the command's exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from stenogram.cli import main
from stenogram.export.formats import FORMATS, export_files, export_path
from stenogram.export.plaintext import MARKS, sitting_text
from stenogram.tei.convert import convert_text
from stenogram.tei.reading import members, read_tei
from tei_samples import EDITION, edition_config

TEI = "{http://www.tei-c.org/ns/1.0}"
_WORD = re.compile(r"[^\W_]+")


def letters(text: str) -> str:
    """The letters and digits of *text* in order: what no export may lose (word boundaries
    may differ where TEI runs two blocks together without white space)."""
    return "".join(_WORD.findall(text))


def body_letters(path: Path, parts: tuple[str, ...] = ("body",)) -> str:
    """The letters of the bodies (and other *parts* of ``text``) of the TEI file *path*."""
    root = etree.parse(str(path)).getroot()
    found = list(root.iter(*(f"{TEI}{name}" for name in parts)))
    return "".join(letters("".join(part.itertext())) for part in found)


def exported_letters(to: str, path: Path) -> str:
    """The letters of the export of *path*, in its own reading order."""
    done = export_path(to, str(path))
    assert done.error is None, done.error
    found = []
    for _, value in done.results:
        if to == "text":
            found.append(letters(value.decode()))
        elif to == "parlamint":
            root = etree.fromstring(value)
            found.append(letters("".join(root.find(f"{TEI}text").itertext())))
        elif to == "json":
            found.append(letters(json.dumps(value["body"], ensure_ascii=False).replace('"kind"', "")))
        else:
            found.append(letters(" ".join(row[5] + " " + row[8] for row in value)))
    return "".join(found)


def _shared_tei(corpus: Path) -> list[Path]:
    found = []
    for path in sorted((corpus / "tei").rglob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if root.tag in (f"{TEI}TEI", f"{TEI}teiCorpus"):
            found.append(path)
    return found


@pytest.mark.parametrize("to", ["text", "parlamint", "csv"])
def test_every_word_of_every_sample_is_in_the_export(to: str, sample_tei: list[Path]) -> None:
    for path in sample_tei:
        expected = body_letters(path, ("front", "body") if to == "text" else ("body",))
        assert letters_in_order(expected, exported_letters(to, path), to), path


def letters_in_order(expected: str, found: str, to: str) -> bool:
    """Text and ParlaMint keep the body's letters exactly; CSV repeats each turn's label on
    each of its rows, so there the body's letters are a subsequence of the export's."""
    if to in ("text", "parlamint"):
        return expected == found
    rest = iter(found)
    return all(char in rest for char in expected)


def test_json_holds_every_block_with_its_ids(sample_tei: list[Path]) -> None:
    for path in sample_tei:
        (_, record), *_ = export_path("json", str(path)).results
        words = []
        for item in record["body"]:
            if item["kind"] == "turn":
                words.append(item["speaker"])
                words.extend(block["text"] for block in item["blocks"])
            else:
                words.append(item["text"])
        assert letters(" ".join(words)) == body_letters(path), path
        root = etree.parse(str(path)).getroot()
        ids = {p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iter(f"{TEI}p")} - {None}
        exported = {b["id"] for i in record["body"] for b in i.get("blocks", [i])}
        assert ids <= exported


@pytest.mark.parametrize("to", sorted(FORMATS))
def test_nothing_lost_on_the_shared_corpus(to: str, corpus: Path) -> None:
    for path in _shared_tei(corpus):
        if to == "json":
            continue  # JSON carries the same blocks as CSV; its shape is tested on the samples
        expected = body_letters(path, ("front", "body") if to == "text" else ("body",))
        assert letters_in_order(expected, exported_letters(to, path), to), path


def body_shape(root: etree._Element) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """The body's sp/speaker/p/stage structure: each element, its speaker, its words."""
    shape = []
    for element in root.find(f"{TEI}text/{TEI}body").iter(
        f"{TEI}sp", f"{TEI}speaker", f"{TEI}p", f"{TEI}stage"
    ):
        name = etree.QName(element).localname
        if name == "stage" and element.getparent().tag == f"{TEI}p":
            continue
        words = tuple(_WORD.findall("".join(element.itertext())))
        shape.append((name, element.get("who") if name == "sp" else None, words))
    return shape


def test_text_converts_back_to_the_same_body(sample_tei: list[Path]) -> None:
    for path in sample_tei:
        (_, text), *_ = export_path("text", str(path)).results
        config = edition_config() if path == EDITION else None
        again = etree.fromstring(convert_text(text, path.name, config).tei)
        assert body_shape(again) == body_shape(members(path)[0].root), path


_SURNAMES = st.sampled_from(["IVANOV", "PETROVA", "SMITH", "MÜLLER", "KAGANOVICH", "DUPONT"])
_WORDS = st.lists(
    st.sampled_from(["we", "shall", "vote", "on", "the", "motion", "now", "here", "today"]),
    min_size=3,
    max_size=9,
)
_PARAGRAPH = _WORDS.map(lambda words: " ".join(words).capitalize() + ".")
_TURNS = st.lists(st.tuples(_SURNAMES, st.lists(_PARAGRAPH, min_size=1, max_size=3)), min_size=2, max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turns=_TURNS)
def test_text_round_trip_of_generated_transcripts(turns: list[tuple[str, list[str]]]) -> None:
    source = "\n\n".join(f"{name}: " + "\n\n".join(paragraphs) for name, paragraphs in turns) + "\n"
    first = etree.fromstring(convert_text(source, "generated.txt").tei)
    text = sitting_text(read_tei(first, "generated.xml", marks=MARKS))
    again = etree.fromstring(convert_text(text, "generated.txt").tei)
    assert body_shape(again) == body_shape(first)


@pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed (apt-get install jing)")
def test_parlamint_export_is_valid_parla_clarin(sample_tei: list[Path], corpus: Path, tmp_path: Path) -> None:
    result = export_files([str(p) for p in sample_tei], "parlamint", str(tmp_path / "pm") + "/")
    assert not result.errors and len(result.written) == len(sample_tei)
    schema = corpus / "schemas" / "parla-clarin.rng"
    run = subprocess.run(["jing", str(schema), *map(str, result.written)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout


def test_parlamint_encodes_turns_labels_stages_and_split_speeches(sample_tei: list[Path]) -> None:
    (_, data), *_ = export_path("parlamint", str(EDITION)).results
    root = etree.fromstring(data)
    us = root.findall(f".//{TEI}u")
    assert len(us) == len(members(EDITION)[0].root.findall(f".//{TEI}sp"))
    assert all(u.get("ana") in ("#chair", "#regular") and u.get("who", "").startswith("#") for u in us)
    labels = root.findall(f".//{TEI}note[@type='speaker']")
    assert [n.text for n in labels][:2] == ["KAGANOVICH.", "VOICE."]
    # KAGANOVICH is interrupted by VOICE ("Right.") and resumes: one speech in two parts.
    assert us[0].get("next") == "#" + us[2].get("{http://www.w3.org/XML/1998/namespace}id")
    assert us[2].get("prev") == "#" + us[0].get("{http://www.w3.org/XML/1998/namespace}id")
    vocal = root.find(f".//{TEI}vocal[@type='laughter']/{TEI}desc")
    assert vocal is not None and vocal.text == "(Laughter)"
    hansard = next(p for p in sample_tei if p.stem == "de-bundestag")
    (_, data), *_ = export_path("parlamint", str(hansard)).results
    chair = etree.fromstring(data).findall(f".//{TEI}u[@ana='#chair']")
    assert {u.get("who") for u in chair} == {"#prasident-dr-norbert-lammert"}


def test_csv_is_rfc_4180_with_one_row_per_block(sample_tei: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    export_files([str(p) for p in sample_tei], "csv", str(out))
    data = out.read_bytes()
    assert data.count(b"\r\n") >= 100 and data.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    edition = [r for r in rows if r["document"] == "kaganovich-1936-12-04"]
    first = edition[0]
    assert (first["sp_id"], first["who"], first["paragraph_id"]) == ("sp-1", "kaganovich", "p-1")
    assert first["name"] == "Lazar Moiseyevich Kaganovich" and first["speaker"] == "KAGANOVICH."
    assert {r["document"] for r in rows} == {p.stem for p in sample_tei}


def test_export_command_writes_and_reports(sample_tei: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "text"
    result = CliRunner().invoke(main, ["export", *map(str, sample_tei[:2]), "--to", "text", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.txt" for p in sample_tei[:2])
    assert result.stdout.split() == [str(out / f"{p.stem}.txt") for p in sample_tei[:2]]


def test_export_command_bad_input_exits_2_and_exports_the_rest(
    sample_tei: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI><unclosed></TEI>", encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        main, ["export", str(bad), str(sample_tei[0]), "--to", "json", "-o", str(out)]
    )
    assert result.exit_code == 2
    assert f"{bad}:1:" in result.stderr and "not well-formed" in result.stderr
    assert [d["document"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]] == [
        sample_tei[0].stem
    ]


def test_export_refuses_to_overwrite_its_input(sample_tei: list[Path]) -> None:
    result = CliRunner().invoke(
        main, ["export", str(sample_tei[0]), "--to", "text", "-o", str(sample_tei[0])]
    )
    assert result.exit_code == 2 and "would overwrite the input" in result.stderr

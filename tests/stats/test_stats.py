"""Statistics: the figures of the bundled edition counted by hand, the corpus sums, the
interruption network read back by networkx, the three formats and the command's exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from stenogram.cli import main
from stenogram.stats.run import statistics, stats_files
from stenogram.tei.reading import read_file
from tei_samples import EDITION


def test_the_editions_speakers_add_up(sample_tei: list[Path]) -> None:
    found = statistics([str(EDITION)], jobs=1)
    by_id = {entry.who: entry for entry in found.speakers}
    # STALIN has five turns in the edition, one with "(Laughter)" in it.
    assert by_id["stalin"].turns == 5 and by_id["stalin"].stages["laughter"] == 1
    # The voices interject inside KAGANOVICH's paragraphs ("(VOICES. Right)" and others).
    assert by_id["voices"].turns == 0 and by_id["voices"].interjections_made >= 2
    assert sum(e.turns for e in found.speakers) == len(list(read_file(EDITION)[0].turns()))
    assert abs(sum(e.share for e in found.speakers) - 1) < 1e-9
    assert by_id["kaganovich"].share > 0.9
    assert found.documents[0].interjections == sum(e.interjections_made for e in found.speakers)


def test_corpus_rows_sum_the_documents(sample_tei: list[Path]) -> None:
    found = statistics([str(p) for p in sample_tei], jobs=1)
    assert len(found.documents) == len(sample_tei)
    for total in found.corpus:
        parts = [e for e in found.speakers if e.who == total.who]
        assert total.words == sum(p.words for p in parts) and total.turns == sum(p.turns for p in parts)
    assert sum(d.words for d in found.documents) == sum(t.words for t in found.corpus)


def test_network_is_written_as_gexf_and_graphml(sample_tei: list[Path], tmp_path: Path) -> None:
    for suffix, reader in ((".gexf", nx.read_gexf), (".graphml", nx.read_graphml)):
        out = tmp_path / f"net{suffix}"
        stats_files([str(EDITION)], fmt="csv", network=out, jobs=1)
        graph = reader(str(out))
        assert graph.is_directed() and graph.has_edge("voices", "kaganovich")
        assert graph.edges["bukharin", "kaganovich"]["weight"] >= 5
        assert graph.nodes["kaganovich"]["label"] == "Lazar Moiseyevich Kaganovich"
        assert graph.nodes["kaganovich"]["betweenness"] >= 0
    again = tmp_path / "again.gexf"
    stats_files([str(EDITION)], fmt="csv", network=again, jobs=1)
    assert again.read_bytes() == (tmp_path / "net.gexf").read_bytes()


def test_csv_and_json_agree(sample_tei: list[Path]) -> None:
    paths = [str(p) for p in sample_tei]
    text, _ = stats_files(paths, "document", "csv", jobs=1)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    data = json.loads(stats_files(paths, "document", "json", jobs=1)[0])
    assert [r["document"] for r in rows] == [r["document"] for r in data["rows"]]
    assert [int(r["words"]) for r in rows] == [r["words"] for r in data["rows"]]
    metrics = data["network"]["metrics"]
    assert 0 < metrics["density"] <= 1 and metrics["nodes"] >= 10
    assert set(metrics["speakers"]["kaganovich"]) == {"degree", "weighted_degree", "betweenness", "closeness"}


def test_table_names_every_speaker(sample_tei: list[Path]) -> None:
    text, found = stats_files([str(EDITION)], "speaker", "table", jobs=1, width=250)
    for entry in found.speakers:
        assert entry.who in text
    assert "interruption network:" in text


def test_stats_command_prints_csv(sample_tei: list[Path]) -> None:
    result = CliRunner().invoke(main, ["stats", str(EDITION), "--format", "csv", "--by", "document"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("kaganovich-1936-12-04,")
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--network", "net.png"], "must end in .gexf or .graphml"),
        (["nothing-here.xml"], "cannot read file"),
    ],
)
def test_stats_command_failures_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", str(EDITION), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_the_html_charts_show_the_same_word_counts(sample_tei: list[Path]) -> None:
    from lxml import html as lxml_html

    from stenogram.render.html import html_page
    from stenogram.xmlsafe import parse_file

    for path in sample_tei:
        page = lxml_html.fromstring(html_page(parse_file(path)).text)
        charted = {}
        for person in page.xpath("//li[@class='person'][@id]"):
            title = person.xpath(".//*[local-name()='svg']/*[local-name()='title']/text()")
            if title and title[0].startswith("words: "):
                charted[person.get("id").removeprefix("person-")] = int(title[0].split()[1])
        counted = {e.who: e.words for e in statistics([str(path)], jobs=1).speakers}
        assert charted and all(counted[who] == words for who, words in charted.items()), path

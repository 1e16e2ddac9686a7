"""stenogram render: the format table, typed options, output layouts, pages and sites, the command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from html_text import NS, parse_page
from stenogram.cli import main
from stenogram.errors import InputError, UsageError
from stenogram.render import formats as render
from stenogram.render.request import OutputFormat, RenderOptions

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "profile-sample.xml"


def test_every_registered_format_renders_the_sample(tmp_path: Path) -> None:
    for name in render.FORMATS:  # every registered renderer imports and renders
        result = render.render_files([SAMPLE], name, tmp_path / name / f"sample.{name}")
        assert result.written and all(p.is_file() and p.stat().st_size for p in result.written)


def test_one_input_gives_a_page_and_its_css(tmp_path: Path) -> None:
    result = render.render_files([SAMPLE], "html", tmp_path / "out" / "s.html")
    assert result.written == [tmp_path / "out" / "s.html", tmp_path / "out" / "edition.css"]
    page = parse_page((tmp_path / "out" / "s.html").read_text(encoding="utf-8"))
    assert page.xpath("//h:link/@href", namespaces=NS) == ["edition.css"]


def test_several_inputs_give_a_site_with_an_index(tmp_path: Path, corpus: Path) -> None:
    plays = corpus / "tei" / "rusdracor"
    result = render.render_files(
        [plays / "chekhov-tragik-ponevole.xml", SAMPLE], "html", tmp_path / "site", jobs=1
    )
    names = [p.name for p in result.written]
    assert names == ["index.html", "chekhov-tragik-ponevole.html", "profile-sample.html", "edition.css"]
    index = parse_page((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    rows = index.xpath("//h:tbody/h:tr", namespaces=NS)
    assert [r.xpath("string(h:th/h:a/@href)", namespaces=NS) for r in rows] == names[1:3]
    assert rows[1].xpath("string(h:td[@class='number'])", namespaces=NS) == "3"
    page = parse_page((tmp_path / "site" / "profile-sample.html").read_text(encoding="utf-8"))
    assert page.xpath("//h:nav[@aria-label='Site']/h:a/@href", namespaces=NS) == ["index.html"]


def test_a_directory_is_its_xml_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.xml").write_bytes(SAMPLE.read_bytes())
    assert render.tei_inputs([tmp_path / "in"]) == (tmp_path / "in" / "a.xml",)


def test_a_css_of_ones_own_is_copied_and_linked(tmp_path: Path) -> None:
    css = tmp_path / "house.css"
    css.write_text("body { color: black; }", encoding="utf-8")
    render.render_files([SAMPLE], "html", tmp_path / "o" / "s.html", RenderOptions(css=css))
    assert (tmp_path / "o" / "house.css").read_text(encoding="utf-8") == css.read_text(encoding="utf-8")
    assert 'href="house.css"' in (tmp_path / "o" / "s.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "to, options, error, text",
    [
        (
            "html",
            RenderOptions(params={"colour": "red"}),
            UsageError,
            "unknown parameter 'colour' for --to html",
        ),
        ("html", RenderOptions(paper="a4"), UsageError, "--paper does not apply to --to html"),
        ("html", RenderOptions(css=Path("/nonexistent.css")), InputError, "not a file"),
        ("typst", RenderOptions(pdfa=True), UsageError, "--pdfa does not apply to --to typst"),
        ("pdf", RenderOptions(css=SAMPLE), UsageError, "--css does not apply to --to pdf"),
        ("pdf", RenderOptions(params={"css": "x"}), UsageError, "unknown parameter 'css' for --to pdf"),
    ],
)
def test_wrong_calls_are_refused_before_anything_is_written(
    tmp_path: Path, to: str, options: RenderOptions, error: type, text: str
) -> None:
    with pytest.raises(error, match=text):
        render.render_files([SAMPLE], to, tmp_path / "out" / f"s.{to}", options)
    assert not (tmp_path / "out").exists()


def test_every_option_is_known_by_name() -> None:
    assert RenderOptions().chosen() == ()
    assert RenderOptions(SAMPLE, "a4", True, True).chosen() == ("css", "paper", "pdfa", "separate")
    for fmt in render.FORMATS.values():
        assert fmt.suffixes and all(s.startswith(".") for s in fmt.suffixes), fmt.name
    with pytest.raises(ValueError, match="colour"):
        OutputFormat(
            "odt", render.FORMATS["html"].renderer, (".odt",), frozenset({"colour"}), (), False, False
        )


def test_an_unknown_paper_is_refused_when_the_options_are_made() -> None:
    with pytest.raises(UsageError, match="unknown paper size 'a3'"):
        RenderOptions(paper="a3")  # type: ignore[arg-type]


def test_the_print_options_of_the_library_refuse_what_render_refuses() -> None:
    from stenogram.render.pdf import PrintOptions

    with pytest.raises(UsageError, match="unknown parameter 'colour' for --to pdf; known: edition-title"):
        PrintOptions(params={"colour": "red"})
    with pytest.raises(UsageError, match="unknown paper size 'a3'"):
        PrintOptions(paper="a3")  # type: ignore[arg-type]
    assert PrintOptions(paper="us-letter", params={"short-title": "Plenum"}).params == {
        "short-title": "Plenum"
    }


@pytest.mark.parametrize(
    "to, output, several, written",
    [
        ("html", "s.html", False, ["s.html", "edition.css"]),
        ("html", "site", False, ["site/profile-sample.html", "site/edition.css"]),
        (
            "html",
            "site",
            True,
            ["site/index.html", "site/profile-sample.html", "site/b.html", "site/edition.css"],
        ),
        ("typst", "v.typ", True, ["v.typ"]),
        ("typst", "out/", False, ["out/profile-sample.typ"]),
    ],
)
def test_one_layout_rule_for_every_format(
    tmp_path: Path, to: str, output: str, several: bool, written: list[str]
) -> None:
    other = tmp_path / "in" / "b.xml"
    other.parent.mkdir()
    other.write_bytes(SAMPLE.read_bytes())
    inputs = [SAMPLE, other] if several else [SAMPLE]
    name = str(tmp_path / output) + ("/" if output.endswith("/") else "")
    result = render.render_files(inputs, to, name, jobs=1)
    assert [p.relative_to(tmp_path).as_posix() for p in result.written] == written
    assert all((tmp_path / p).is_file() for p in written)


def test_two_inputs_with_one_name_are_refused(tmp_path: Path) -> None:
    twin = tmp_path / "twin" / SAMPLE.name
    twin.parent.mkdir()
    twin.write_bytes(SAMPLE.read_bytes())
    with pytest.raises(UsageError, match="would both be written to"):
        render.render_files([SAMPLE, twin], "html", tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_an_input_named_like_the_site_index_is_refused(tmp_path: Path) -> None:
    index = tmp_path / "in" / "index.xml"
    index.parent.mkdir()
    index.write_bytes(SAMPLE.read_bytes())
    with pytest.raises(UsageError, match="which --to html writes itself"):
        render.render_files([SAMPLE, index], "html", tmp_path / "site")


def test_cli_renders_and_names_what_it_wrote(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["render", str(SAMPLE), "--to", "html", "-o", str(tmp_path / "s.html"), "--param", "debug=yes"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(tmp_path / "s.html"), str(tmp_path / "edition.css")]
    assert result.stderr == ""


def test_cli_reports_stylesheet_messages_with_their_place(tmp_path: Path, corpus: Path) -> None:
    play = corpus / "tei" / "tei-p5" / "testdrama.xml"
    result = CliRunner().invoke(main, ["render", str(play), "--to", "html", "-o", str(tmp_path / "d.html")])
    assert result.exit_code == 0
    assert "persons.xsl:" in result.stderr and "SG101" in result.stderr


@pytest.mark.parametrize(
    "args, text",
    [
        (["--to", "html"], "Missing option"),
        (["--to", "odt", "-o", "x"], "Invalid value for '--to'"),
        (["--to", "html", "-o", "x", "--param", "nonsense"], "expected name=value"),
        (["--to", "html", "-o", "x", "--pdfa"], "--pdfa does not apply to --to html"),
    ],
)
def test_cli_usage_errors_exit_2_without_a_traceback(tmp_path: Path, args: list[str], text: str) -> None:
    result = CliRunner().invoke(main, ["render", str(SAMPLE), *args])
    assert result.exit_code == 2
    assert text in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout == ""


def test_cli_refuses_a_file_that_is_not_tei(tmp_path: Path) -> None:
    bad = tmp_path / "page.xml"
    bad.write_text("<html/>", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(bad), "--to", "html", "-o", str(tmp_path / "o.html")])
    assert result.exit_code == 2
    assert f"{bad}:1: not a TEI document" in result.stderr

"""The rendered edition in headless Chromium: it loads with no console error and no failed
request, from file://, wide and narrow; the filter by speaker, a paragraph's citation and "back to
top" work with scripts switched off; on a phone a note does not cut its paragraph in two.
Screenshots are saved in the test's tmp dir."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from stenogram import convert_text
from stenogram.render import formats as render
from stenogram.render.request import RenderOptions

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
SOURCE = EDITION if EDITION.exists() else ROOT / "tests" / "data" / "profile-sample.xml"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"
    ),
]

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.parametrize("width", [1280, 390], ids=["wide", "narrow"])
def test_the_page_renders_cleanly_in_chromium(tmp_path: Path, width: int) -> None:
    from playwright.sync_api import sync_playwright

    page_path = render.render_files([SOURCE], "html", tmp_path / "site" / "edition.html").written[0]
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": width, "height": 1000},
        )
        try:
            page = browser.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(page_path.resolve().as_uri() + "#p-3", wait_until="load")
            shot = tmp_path / f"edition-{width}.png"
            page.screenshot(path=str(shot))
            page.screenshot(path=str(tmp_path / f"edition-{width}-full.png"), full_page=True)
            # the stylesheet applied: the paragraph numbers are styled, the page does not scroll sideways
            assert page.evaluate("getComputedStyle(document.querySelector('a.pn')).fontFamily") != ""
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
            # the linked stylesheet, and the page's own rules of the filter by speaker
            linked = "[...document.styleSheets].filter(s => s.href && s.href.endsWith('/edition.css'))"
            assert page.evaluate(f"{linked}.length") == 1
        finally:
            browser.close()
    assert problems == []
    assert shot.stat().st_size > 10_000


@contextmanager
def chromium(tmp_path: Path, width: int, javascript: bool = False) -> Iterator[Any]:
    """A page of headless Chromium (scripts off unless asked: the edition needs none)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path / f"profile-{width}"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": width, "height": 900},
            java_script_enabled=javascript,
        )
        try:
            yield browser.new_page()
        finally:
            browser.close()


def visible_turns(page: Any) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('.text .sp')].filter(e => e.offsetParent !== null)"
        ".map(e => e.dataset.who)"
    )


def test_filter_by_speaker_cite_a_paragraph_and_back_to_top_without_script(tmp_path: Path) -> None:
    page_path = render.render_files([SOURCE], "html", tmp_path / "site" / "edition.html").written[0]
    url = page_path.resolve().as_uri()
    with chromium(tmp_path, 1280) as page:
        page.goto(url, wait_until="load")
        everyone = visible_turns(page)
        assert len(set(everyone)) > 3
        page.click("a#only-rykov")
        assert page.url.endswith("#only-rykov")
        shown = visible_turns(page)
        assert shown == [who for who in everyone if "rykov" in who.split()] != []
        page.screenshot(path=str(tmp_path / "filtered.png"))
        page.click("a.filter-all")
        assert visible_turns(page) == everyone
        # a paragraph's number leads to it, and its citation line appears under it (only there)
        page.click("#p-12 > a.pn")
        cites = page.evaluate(
            "[...document.querySelectorAll('.cite-p')].filter(e => e.offsetParent !== null)"
            ".map(e => e.parentElement.id + ' ' + e.textContent)"
        )
        assert len(cites) == 1 and cites[0].startswith("p-12 ") and cites[0].endswith("edition.html#p-12")
        page.screenshot(path=str(tmp_path / "cite-paragraph.png"))
        # back to top: always at hand, and it leads to the top
        assert page.evaluate("window.scrollY") > 500
        assert page.is_visible("a.to-top")
        page.click("a.to-top")
        assert page.evaluate("window.scrollY") == 0


def test_on_a_phone_a_note_does_not_cut_its_paragraph(tmp_path: Path) -> None:
    root = convert_text((ROOT / "tests" / "data" / "ru-plenum.txt").read_bytes(), "ru-plenum.txt").tei
    (tmp_path / "plenum.xml").write_bytes(root)
    page_path = render.render_files(
        [tmp_path / "plenum.xml"], "html", tmp_path / "site" / "plenum.html"
    ).written[0]
    with chromium(tmp_path, 390) as page:
        page.goto(page_path.resolve().as_uri(), wait_until="load")
        note = "document.querySelector('.text p span.note')"
        assert page.evaluate(f"{note} !== null")
        assert page.evaluate(f"getComputedStyle({note}).display") == "inline"
        # the words after the note go on in the line where the note ends
        gap = page.evaluate(
            f"""(() => {{
              const note = {note};
              const after = document.createRange();
              after.setStartAfter(note);
              after.setEnd(note.parentElement, note.parentElement.childNodes.length);
              const end = [...note.getClientRects()].pop();
              const next = after.getClientRects()[0];
              return Math.abs(next.top - end.top);
            }})()"""
        )
        assert gap < 4
        page.evaluate(f"{note}.scrollIntoView({{block: 'center'}})")
        page.screenshot(path=str(tmp_path / "phone-note.png"))


@contextmanager
def served(directory: Path) -> Iterator[str]:
    """*directory* over HTTP on 127.0.0.1 (Pagefind fetches its index, which file:// forbids),
    on a free port, stopped when the block ends."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_search_a_site_offline_and_follow_a_hit_to_its_paragraph(tmp_path: Path) -> None:
    pytest.importorskip("pagefind.index", reason="Pagefind (extra 'search') is not installed")
    hearing = tmp_path / "hearing.xml"
    hearing.write_bytes(convert_text((ROOT / "tests" / "data" / "en-hearing.txt").read_bytes(), "h.txt").tei)
    site = tmp_path / "site"
    options = RenderOptions(search=True)
    written = render.render_files([EDITION, hearing], "html", str(site) + "/", options).written
    assert site / "pagefind" in written and (site / "pagefind" / "pagefind-ui.js").is_file()
    with served(site) as root, chromium(tmp_path, 1280, javascript=True) as page:
        problems: list[str] = []
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(root + "index.html", wait_until="load")
        page.fill(".pagefind-ui__search-input", "Glavkontseskom")
        link = page.wait_for_selector(".pagefind-ui__result-link", timeout=20_000)
        assert link.get_attribute("href").endswith("kaganovich-1936-12-04.html#p-64")
        assert "§ 64" in link.inner_text()
        # the filters of the index: speaker and sitting (Pagefind draws them as they load)
        page.wait_for_function(
            "document.querySelectorAll('.pagefind-ui__filter-name').length >= 2", timeout=20_000
        )
        filters = page.eval_on_selector_all(
            ".pagefind-ui__filter-name", "es => es.map(e => e.textContent.trim())"
        )
        assert {"speaker", "sitting"} <= {f.lower() for f in filters}
        page.screenshot(path=str(tmp_path / "search.png"))
        link.click()
        page.wait_for_url("**/kaganovich-1936-12-04.html#p-64")
        target = page.evaluate("document.querySelector(':target').id")
        assert target == "p-64"
        assert "Glavkontseskom" in page.inner_text("#p-64")
        assert problems == []

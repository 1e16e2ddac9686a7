"""The rendered edition in headless Chromium: it loads with no console error and no failed
request, from file://, wide and narrow; screenshots are saved in the test's tmp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from stenogram.render import formats as render

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

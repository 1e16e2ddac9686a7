"""A saved web page → the transcript's text, with the page furniture left out and listed.

Readability-style rules on lxml.html (measured against trafilatura in
``benchmarks/bench_sources_html.py``): the main text is the container whose paragraphs hold the
most text, widened to its ``article`` or ``main``; inside it, elements whose tag, class or id
say navigation, comments, sharing, advertising or post metadata are furniture, and so is
everything outside it. Block elements make paragraphs, ``<br>`` a line break; preformatted
text (``<pre>``, as official records such as the Congressional Record publish their pages) is
plain text laid out by the page, so its lines are kept and its paragraphs are found as in a
typed page: between blank lines, and where the page indents a paragraph's first line instead,
at each such line. A paragraph that only names the printed page or column
(``19 July 2011 : Column 772``, ``[[Page H6115]]``) is the print edition's page marker: left
out and listed, and the next paragraph starts with a page break carrying that number, so the
edition cites the printed pages. Bold at a paragraph's start is noted as label evidence,
italics inside parentheses as stage-direction evidence; the page's title, canonical URL, date
and author go to the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from stenogram.errors import InputError, Location
from stenogram.transcript.model import Origin
from stenogram.transcript.regexcache import regex
from stenogram.transcript.sources import Extracted, Left, Mark, italic_in_brackets
from stenogram.xmlsafe import parse_html

_SILENT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select", "head")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "address",
        "hr",
        "form",
        "fieldset",
        "details",
        "summary",
        "center",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LINK_DENSITY = 0.8  # a paragraph this much of links is navigation (a heading may be a link)
_BOLD = frozenset(["b", "strong"])
_ITALIC = frozenset(["i", "em"])
# Tags that are furniture wherever they stand outside the main text's heading.
_FURNITURE_TAGS = {
    "nav": "navigation",
    "aside": "sidebar",
    "footer": "footer",
    "form": "form",
    "menu": "navigation",
}
# What a class or id says of an element, first match wins: (pattern, kind of furniture).
_FURNITURE_NAMES = [
    (regex(r"comment|respond|disqus|reply", re.I), "comments"),
    (regex(r"\bnav|menu|breadcrumb|pager|pagination|skip-link", re.I), "navigation"),
    (regex(r"sidebar|widget|related|popular|recommend", re.I), "sidebar"),
    (regex(r"footer|copyright|colophon", re.I), "footer"),
    (regex(r"masthead|banner|site-header|site-title|branding|logo", re.I), "page-header"),
    (regex(r"(?:^|[\s_-])ads?(?:$|[\s_-])|advert|sponsor|promo|adsense", re.I), "advertisement"),
    (regex(r"share|social|sharing|subscribe|newsletter|cookie", re.I), "sharing"),
    (regex(r"post-meta|entry-meta|byline|post-footer|post-labels|tags|dateline", re.I), "post-metadata"),
]
_MAIN_HINT = regex(r"post-body|entry-content|article-body|articlebody|story-body|transcript", re.I)
_SPACE = regex(r"[ \t\r\n\f]+")
_BLANK_LINES = regex(r"\n[ \t\f\r]*\n")
_INDENT = 2  # columns past a preformatted block's margin that make a line a paragraph's first
# Words that name a printed page or column (single letters such as "S." or "p." are left out:
# "S. 1250" is a bill). A marker may follow a date or a title and a colon, and sit in brackets.
_PAGE_WORDS = (
    "page",
    "column",
    "col.",
    "seite",
    "spalte",
    "стр.",
    "страница",
    "стор.",
    "сторінка",
    "pagina",
    "pag.",
    "página",
    "pág.",
    "strona",
    "str.",
    "strana",
    "sida",
    "oldal",
)
_PAGE_MARKER = regex(
    r"\[*(?:[^\[\]:\n]{1,40}:\s*)?(?:"
    + "|".join(re.escape(word) for word in _PAGE_WORDS)
    + r")\s*([A-Z]?\d{1,5}[A-Z]?)\]*",
    re.IGNORECASE,
)
_ISO_DATE = regex(r"\d{4}-\d{2}-\d{2}")


@dataclass
class _Run:
    text: str
    bold: bool
    italic: bool
    link: bool


@dataclass
class _Paragraphs:
    """Paragraphs of an element's text, with the evidence of their formatting."""

    texts: list[str] = field(default_factory=list)
    bold_starts: list[tuple[str, str]] = field(default_factory=list)
    italic_brackets: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)  # paragraphs the page marks as headings
    links: list[str] = field(default_factory=list)  # paragraphs that are links only
    pages: list[tuple[int, str, str]] = field(default_factory=list)  # (next paragraph, n, marker)
    runs: list[_Run] = field(default_factory=list)

    def add(self, text: str, bold: bool, italic: bool, link: bool) -> None:
        if text:
            self.runs.append(_Run(text, bold, italic, link))

    def line_break(self) -> None:
        """A ``<br>``; a second one with nothing between ends the paragraph."""
        text = "".join(run.text for run in self.runs)
        if "\n" in text and not text.rsplit("\n", 1)[1].strip():
            self.flush()
        else:
            self.runs.append(_Run("\n", False, False, False))

    def flush(self, heading: bool = False) -> None:
        runs, self.runs = self.runs, []
        text = "\n".join(line.strip() for line in "".join(run.text for run in runs).split("\n")).strip("\n")
        if not text.strip():
            return
        linked = sum(len(run.text.strip()) for run in runs if run.link)
        if not heading and linked > _LINK_DENSITY * len(text.replace("\n", "")):
            self.links.append(text)
            return
        marker = _PAGE_MARKER.fullmatch(text)
        if marker:
            self.pages.append((len(self.texts), marker.group(1), text))
            return
        self.texts.append(text)
        if heading:
            self.headings.append(text)
        first = next(run for run in runs if run.text.strip())
        if first.bold:
            self.bold_starts.append((first.text.strip(), text))
        self.italic_brackets += italic_in_brackets([(run.text, run.italic) for run in runs])


def _walk(
    element: etree._Element, out: _Paragraphs, style: tuple[bool, bool, bool] = (False, False, False)
) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SILENT:
        return
    block = tag in _BLOCKS
    if block:
        out.flush()
    bold, italic, link = style
    style = (bold or tag in _BOLD, italic or tag in _ITALIC, link or tag == "a")
    if tag == "br":
        out.line_break()
    if tag == "pre":
        for paragraph in _preformatted("".join(str(text) for text in element.itertext())):
            out.add(paragraph, *style)
            out.flush()
        return
    out.add(_SPACE.sub(" ", element.text or ""), *style)
    for child in element:
        _walk(child, out, style)
        out.add(_SPACE.sub(" ", child.tail or ""), *style)
    if block:
        out.flush(heading=tag in _HEADINGS)


def _preformatted(text: str) -> list[str]:
    """The paragraphs of preformatted text: its blocks between blank lines, each cut again
    before every line indented past the block's margin (its least indented lines), as a typed
    page indents a paragraph's first line; a block all at one indentation stays whole."""
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text.expandtabs(8)):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        margin = min(_indent(line) for line in lines)
        current: list[str] = []
        for line in lines:
            if current and _indent(line) >= margin + _INDENT:
                paragraphs.append("\n".join(current))
                current = []
            current.append(line)
        paragraphs.append("\n".join(current))
    return paragraphs


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _paragraphs(element: etree._Element) -> _Paragraphs:
    out = _Paragraphs()
    _walk(element, out)
    out.flush()
    return out


def _furniture_kind(element: etree._Element) -> str | None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _FURNITURE_TAGS:
        return _FURNITURE_TAGS[tag]
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return next((kind for pattern, kind in _FURNITURE_NAMES if pattern.search(names)), None)


def _describe(element: etree._Element) -> str:
    described = str(element.tag)
    if element.get("id"):
        described += f"#{element.get('id')}"
    if element.get("class"):
        described += "." + ".".join(element.get("class", "").split())
    return described


def _text_length(element: etree._Element) -> int:
    return len(_SPACE.sub(" ", "".join(str(text) for text in element.itertext())).strip())


def _main(body: etree._Element) -> etree._Element:
    """The element holding the main text: the parent of the most paragraph text, widened to
    its ``article`` or ``main``, unless a class or id names the body of a post."""
    for element in body.iter():
        if isinstance(element.tag, str) and _MAIN_HINT.search(
            f"{element.get('class', '')} {element.get('id', '')}"
        ):
            best = element
            break
    else:
        scores: dict[etree._Element, int] = {}
        for p in body.iter("p", "br"):
            parent = p.getparent()
            if parent is not None and _furniture_kind(parent) is None:
                scores[parent] = scores.get(parent, 0) + (_text_length(p) if p.tag == "p" else 40)
        best = max(scores, key=scores.__getitem__) if scores else body
    for ancestor in best.iterancestors("article", "main"):
        return ancestor
    return best


def _strip(main: etree._Element, body: etree._Element) -> list[tuple[etree._Element, str]]:
    """The furniture inside *main* and everything outside it, each with the kind it is."""
    removed: list[tuple[etree._Element, str]] = []
    for element in list(main.iterdescendants()):
        if element.getparent() is None or not isinstance(element.tag, str):
            continue
        kind = _furniture_kind(element)
        if kind and _inside(element, main):
            removed.append((element, kind))
    outside: list[tuple[etree._Element, str]] = []
    node = main
    parent = node.getparent()
    while node is not body and parent is not None:
        for sibling in parent:
            if sibling is not node and isinstance(sibling.tag, str):
                outside.append((sibling, _furniture_kind(sibling) or "outside-main-text"))
        node, parent = parent, parent.getparent()
    return removed + outside


def _inside(element: etree._Element, main: etree._Element) -> bool:
    """True when no ancestor of *element* below *main* is furniture already (removed whole)."""
    for ancestor in element.iterancestors():
        if ancestor is main:
            return True
        if _furniture_kind(ancestor):
            return False
    return False


def _meta(root: etree._Element, *keys: str) -> str | None:
    for key in keys:
        for meta in root.iter("meta"):
            if key in (meta.get("property"), meta.get("name"), meta.get("itemprop")) and meta.get("content"):
                return str(meta.get("content")).strip()
    return None


def _facts(
    root: etree._Element, main: etree._Element
) -> tuple[str | None, str | None, str | None, str | None]:
    title = (
        _meta(root, "og:title", "dc.title", "DC.title")
        or _SPACE.sub(" ", root.findtext(".//title") or "").strip()
    )
    url = next(
        (
            str(link.get("href"))
            for link in root.iter("link")
            if "canonical" in (link.get("rel") or "").split()
        ),
        None,
    ) or _meta(root, "og:url")
    date = _meta(
        root, "article:published_time", "datePublished", "date", "dc.date", "DC.date", "dcterms.created"
    )
    if date is None:
        stamp = next((t.get("datetime") for t in main.iter("time") if t.get("datetime")), None)
        date = str(stamp) if stamp else None
    found = _ISO_DATE.match(date or "")
    author = _meta(root, "author", "article:author", "dc.creator", "DC.creator")
    return title or None, url, found.group() if found else date, author


def extract_html(data: bytes, name: str) -> Extracted:
    """The main text of a saved web page as paragraphs, with its facts and its furniture."""
    root = parse_html(data, name)
    body = root.find("body")
    if body is None:
        raise InputError("an HTML page without a body", Location(name))
    for silent in list(body.iter(*_SILENT)):
        holder = silent.getparent()
        if holder is not None:
            holder.remove(silent)
    main = _main(body)
    title, url, date, author = _facts(root, main)
    left: list[Left] = []
    for element, kind in _strip(main, body):
        removed = _paragraphs(element)
        left.extend(Left(_describe(element), text, kind) for text in removed.texts + removed.links)
        parent = element.getparent()
        if parent is not None:
            _keep_tail(element)
            parent.remove(element)
    kept = _paragraphs(main)
    left.extend(Left(_describe(main), text, "links") for text in kept.links)
    left.extend(Left(_describe(main), text, "page-number") for _, _, text in kept.pages)
    if not kept.texts:
        raise InputError("no text in this HTML page (only page furniture)", Location(name))
    return Extracted(
        "\n\n".join(kept.texts) + "\n",
        Origin("HTML", title=title, url=url, date=date, author=author),
        bold_starts=kept.bold_starts,
        italic_brackets=kept.italic_brackets,
        headings=kept.headings,
        marks=_page_marks(kept),
        left=left,
    )


def _page_marks(kept: _Paragraphs) -> list[Mark]:
    """A page break before the first line of the paragraph after each page marker (none after
    the last paragraph: no text follows it there)."""
    first_lines = [1]
    for text in kept.texts:
        first_lines.append(first_lines[-1] + text.count("\n") + 2)  # its lines and a blank one
    return [Mark("page", first_lines[index], 0, n) for index, n, _ in kept.pages if index < len(kept.texts)]


def _keep_tail(element: etree._Element) -> None:
    """Move the text after *element* to its predecessor, so removing it loses no main text."""
    if not element.tail:
        return
    previous = element.getprevious()
    parent = element.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + element.tail
    elif parent is not None:
        parent.text = (parent.text or "") + element.tail

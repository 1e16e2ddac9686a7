"""Property tests of the converter over generated transcripts (hypothesis).

Two sources of input: plausible stenographic texts built from the genre's parts (speaker labels
in every common style, Latin and Cyrillic, stage directions, interjections, editorial brackets,
stray brackets, page furniture, both paragraph layouts, CRLF) in the encodings the reader must
know, and arbitrary text. For every input the converter either refuses it with an
:class:`InputError` or writes well-formed, deterministic TEI whose ``@who`` pointers resolve and
whose text keeps every word of the input that was not recorded as page furniture. The words are
re-counted here, independently of :mod:`stenogram.tei.lossless`.

Runs are derandomised and use no example database, so CI sees the same examples every time.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from genre_words import CYRILLIC_WORDS, FURNITURE, LATIN_WORDS
from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import check_characters
from stenogram.xmlsafe import parse_bytes

with warnings.catch_warnings():
    # When a property fails, hypothesis's pytest plugin imports libcst to print a patch; that import
    # warns (mypy_extensions.TypedDict is deprecated) and, with warnings as errors, turns the failure
    # into an INTERNALERROR. Importing it here, quietly, keeps a failure readable.
    warnings.simplefilter("ignore", DeprecationWarning)
    with contextlib.suppress(ImportError):  # libcst absent: hypothesis skips the patch
        import hypothesis.extra._patching  # noqa: F401

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
CONFIG = load_config()
PROPERTIES = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# For the properties that known bugs still break (marked xfail): fail fast, without shrinking.

# --- the parts of a transcript -------------------------------------------------------------------
NAMES = [
    "KAGANOVICH",
    "Bukharin",
    "RYKOV",
    "Stalin",
    "Smith",
    "Petrov",
    "КАГАНОВИЧ",
    "Бухарин",
    "Петров",
    "Молотов",
]
INLINE = [
    "(Laughter)",
    "(Noise in the hall)",
    "(Applause)",
    "(VOICES. Right)",
    "(Petrov. That is not so!)",
    "(Смех)",
    "(Голоса: правильно)",
    "(Шум в зале)",
    "[?]",
    "[:]",
    "[-]",
    "[illegible]",
    "[two pages missing]",
    "[Text abridged. - Ed.]",
    "[KAGANOVICH].",
    "[Петров]:",
    "_[smiling]_",
    "(",
    ")",
    "[",
    "]",
    "_[",
    "]_",
    "...",
    "—",
    "«",
    "»",
    "“",
    "”",
    "-\n",
]
UNICODE_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]
LEGACY_ENCODINGS = ["cp1251", "koi8_r"]


def _label(style: str, name: str) -> str:
    """A speaker label for *name* in one of the printed styles (``alone``: on its own line)."""
    upper = name.upper()
    return {
        "UPPER.": f"{upper}. ",
        "Mixed.": f"{name.capitalize()}. ",
        "UPPER:": f"{upper}: ",
        "Mr. UPPER:": f"Mr. {upper}: ",
        "role": f"{name.capitalize()} ({'председательствующий' if name[0] > 'z' else 'presiding'}). ",
        "glued": f"{upper}.",
        "alone": f"{upper}.\n",
        "ellipsis": f"{name.capitalize()}.... ",
    }[style]


@st.composite
def sentences(draw: st.DrawFn, russian: bool = False) -> str:
    """A sentence of words from one script or both, with inline items between the words."""
    vocabulary = (
        CYRILLIC_WORDS
        if russian
        else draw(st.sampled_from([LATIN_WORDS, CYRILLIC_WORDS, LATIN_WORDS + CYRILLIC_WORDS]))
    )
    tokens = draw(
        st.lists(
            st.one_of(
                st.sampled_from(vocabulary),
                st.sampled_from(vocabulary),
                st.sampled_from(vocabulary),
                st.sampled_from(INLINE),
            ),
            min_size=1,
            max_size=14,
        )
    )
    words = " ".join(tokens)
    if draw(st.integers(0, 4)):  # now and then a lower-case start, as after a page break
        words = words[:1].upper() + words[1:]
    return words + draw(st.sampled_from([".", ".", "!", "?", ",", ""]))


@st.composite
def paragraphs(draw: st.DrawFn, russian: bool = False) -> str:
    """A paragraph, often opened by a speaker label."""
    text = " ".join(draw(st.lists(sentences(russian), min_size=1, max_size=4)))
    if draw(st.integers(0, 3)):
        style = draw(
            st.sampled_from(
                ["UPPER.", "UPPER.", "Mixed.", "UPPER:", "Mr. UPPER:", "role", "glued", "alone", "ellipsis"]
            )
        )
        text = _label(style, draw(st.sampled_from(NAMES[6:] if russian else NAMES))) + text
    return text


@st.composite
def transcripts(draw: st.DrawFn, russian: bool = False) -> str:
    """A plausible transcript: an optional title, paragraphs, furniture lines, a layout, line ends."""
    speech = paragraphs(russian)
    blocks = draw(
        st.lists(st.one_of(speech, speech, speech, st.sampled_from(FURNITURE)), min_size=1, max_size=12)
    )
    if not any(block not in FURNITURE for block in blocks):
        blocks.append(draw(speech))
    if draw(st.booleans()):
        blocks.insert(0, "Stenographic record of the plenum on December 4, 1936")
    text = draw(st.sampled_from(["\n\n", "\n"])).join(blocks) + draw(st.sampled_from(["", "\n"]))
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


# --- the properties --------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W_]+")


def _lines(text: str) -> list[str]:
    """The input's lines as the issue defines them: any line end, Unicode NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return unicodedata.normalize("NFC", text).split("\n")


def check_tei(text: str, data: bytes, *, furniture_only: bool = False) -> None:
    """Every property of one successful conversion of *data*, whose text is *text*."""
    first = convert_text(data, "generated.txt", CONFIG)
    assert convert_text(data, "generated.txt", CONFIG).tei == first.tei, "output is not deterministic"
    root = parse_bytes(first.tei).getroot()  # raises InputError if not well-formed

    ids = set(root.xpath("//tei:person/@xml:id | //tei:personGrp/@xml:id", namespaces=NS))
    for element in root.xpath("//tei:sp | //tei:said | //tei:stage[@who]", namespaces=NS):
        pointers = element.get("who", "").split()
        assert pointers, f"{etree.QName(element).localname} without @who"
        for pointer in pointers:
            assert pointer.startswith("#") and pointer[1:] in ids, f"@who={pointer!r} names no person"

    lines = _lines(text)
    removed = {}
    for item in root.xpath("//tei:list[@type='furniture']/tei:item", namespaces=NS):
        number = int(item.get("n"))
        assert lines[number - 1].strip() == item.text, f"furniture item {number} is not that line"
        if furniture_only:
            assert item.text in FURNITURE, f"a line of speech was removed as furniture: {item.text!r}"
        removed[number] = item.text
    expected = [w for n, line in enumerate(lines, 1) if n not in removed for w in _WORD.findall(line)]
    body = root.find("tei:text", NS)
    found = _WORD.findall(" ".join(body.itertext()))
    assert found == expected, _first_difference(expected, found)


def _first_difference(expected: list[str], found: list[str]) -> str:
    index = next(
        (i for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b),
        min(len(expected), len(found)),
    )
    return (
        f"words differ at {index}: input {expected[index : index + 5]!r}, TEI {found[index : index + 5]!r} "
        f"(after {expected[max(0, index - 5) : index]!r})"
    )


def convert_or_refuse(text: str, data: bytes) -> None:
    """Arbitrary input: refused with an InputError, or converted with every property holding."""
    try:
        check_tei(text, data)
    except InputError as err:
        # Refused only for what a reader cannot take: no words, a character no transcript may
        # hold (binary bytes, a surrogate, a noncharacter such as U+FFFE), furniture only.
        wordless = not re.search(r"[^\W_]", text)
        assert wordless or _unreadable(text) or "furniture" in str(err), f"refused {text!r}: {err}"


def _unreadable(text: str) -> bool:
    """Whether *text* holds a character the reader refuses (see ``check_characters``)."""
    try:
        check_characters(text, "generated.txt")
    except InputError:
        return True
    return False


@PROPERTIES
@given(text=transcripts())
def test_generated_transcripts_in_utf8(text: str) -> None:
    check_tei(text, text.encode("utf-8"), furniture_only=True)


@PROPERTIES
@given(text=transcripts(), encoding=st.sampled_from(UNICODE_ENCODINGS))
def test_generated_transcripts_in_unicode_encodings(text: str, encoding: str) -> None:
    check_tei(text, text.encode(encoding), furniture_only=True)


@PROPERTIES
@given(text=transcripts(), encoding=st.sampled_from(LEGACY_ENCODINGS))
def test_generated_transcripts_in_legacy_encodings_keep_what_was_read(text: str, encoding: str) -> None:
    """Whatever single-byte encoding the reader settles on, the TEI keeps the text so read."""
    data = _encode(text, encoding)
    read_as = convert_text(data, "generated.txt", CONFIG).report.encoding
    check_tei(data.decode(read_as), data, furniture_only=True)


@PROPERTIES
@given(text=transcripts(russian=True), encoding=st.sampled_from(LEGACY_ENCODINGS))
def test_generated_russian_transcripts_in_legacy_encodings(text: str, encoding: str) -> None:
    check_tei(text, _encode(text, encoding), furniture_only=True)


# --- minimal reproductions of the bugs the properties found ---------------------------------------
@pytest.mark.parametrize(
    "text", ["КАГАНОВИЧ. Товарищи, речь Бухарина.", "Молотов. Товарищи.\n\nМолотов. Правильно."]
)
def test_short_russian_text_in_koi8_r(text: str) -> None:
    check_tei(text, text.encode("koi8_r"))


def test_title_is_not_taken_from_after_the_text() -> None:
    text = "Yes, we\nagree.\n\nNext point."
    check_tei(text, text.encode())


@pytest.mark.parametrize(
    "text",
    [
        "x.\n\nSTALIN. a (Laughter [KAGANOVICH]. b) c",
        "x.\n\nSTALIN. a (VOICES. Right [KAGANOVICH]. b) c",
        "x.\n\nSTALIN. _[[KAGANOVICH]. b]_",
    ],
)
def test_bracketed_label_inside_a_stage_direction(text: str) -> None:
    check_tei(text, text.encode())


def _encode(text: str, encoding: str) -> bytes:
    """*text* in *encoding*, characters it lacks (dashes, curly quotes in KOI8-R) made ASCII."""
    plain = text.translate(str.maketrans({"—": "-", "“": '"', "”": '"', "«": '"', "»": '"'}))
    return plain.encode(encoding)


@PROPERTIES
@given(text=st.text())
def test_arbitrary_text_in_utf8(text: str) -> None:
    convert_or_refuse(text, text.encode("utf-8"))


@PROPERTIES
@given(text=st.text(), encoding=st.sampled_from(["utf-16", "utf-8-sig"]))
def test_arbitrary_text_in_utf16_and_with_bom(text: str, encoding: str) -> None:
    convert_or_refuse(text, text.encode(encoding))


@PROPERTIES
@given(text=st.text(st.characters(codec="cp1251")))
def test_arbitrary_text_in_cp1251_keeps_what_was_read(text: str) -> None:
    """A few single bytes are ambiguous (``¤`` in CP1251 is ``д`` in KOI8-R): judge by the reading."""
    data = text.encode("cp1251")
    try:
        read_as = convert_text(data, "generated.txt", CONFIG).report.encoding
    except InputError:
        return
    check_tei(data.decode(read_as), data)


@PROPERTIES
@given(data=st.binary())
def test_arbitrary_bytes(data: bytes) -> None:
    """Any bytes at all: an InputError, or TEI that is well-formed and deterministic."""
    try:
        first = convert_text(data, "generated.txt", CONFIG)
    except InputError:
        return
    assert convert_text(data, "generated.txt", CONFIG).tei == first.tei
    parse_bytes(first.tei)

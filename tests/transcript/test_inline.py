"""Inline phenomena inside a paragraph: stage directions, interjections, editorial brackets."""

from __future__ import annotations

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def first_paragraph(text: str) -> etree._Element:
    source = f"KAGANOVICH. Comrades.\n\nSTALIN. {text}\n"
    root = etree.fromstring(convert_text(source.encode(), "x.txt").tei)
    return root.xpath("//t:sp[2]/t:p", namespaces=NS)[0]


def serialise(p: etree._Element) -> str:
    inner = etree.tostring(p, encoding="unicode", with_tail=False)
    return inner.replace(' xmlns="http://www.tei-c.org/ns/1.0"', "").split(">", 1)[1].rsplit("</p", 1)[0]


@pytest.mark.parametrize(
    ("text", "tei"),
    [
        ("So (Laughter).", 'So <stage type="laughter">(Laughter)</stage>.'),
        ("So (Prolonged applause.)", 'So <stage type="applause">(Prolonged applause.)</stage>'),
        ("So (Noise in the hall)", 'So <stage type="noise">(Noise in the hall)</stage>'),
        ("So (Pause).", 'So <stage type="other">(Pause)</stage>.'),
        ("It (the plan) works.", "It (the plan) works."),
        (
            "So (Petrov. That is not so!) we go.",
            'So <stage type="interjection" who="#petrov">(<said who="#petrov"><label>Petrov.</label> '
            "That is not so!</said>)</stage> we go.",
        ),
        (
            "So (Laughter. Sidorov. Nobody believes you!)",
            'So <stage type="laughter" who="#sidorov">(Laughter. <said who="#sidorov"><label>Sidorov.</label> '
            "Nobody believes you!</said>)</stage>",
        ),
        (
            "So (VOICES. Right. BERIA. Quite right.)",
            'So <stage type="interjection" who="#voices #beria">(<said who="#voices"><label>VOICES.</label> '
            'Right. </said><said who="#beria"><label>BERIA.</label> Quite right.</said>)</stage>',
        ),
        (
            'So [Hon. Members: "Rubbish!"] we go.',
            'So <stage type="interjection" who="#hon-members">[<said who="#hon-members"><label>Hon. Members:</label> '
            '"Rubbish!"</said>]</stage> we go.',
        ),
        (
            "So (Zuruf von der SPD: Falsch!)",
            'So <stage type="interjection" who="#zuruf-von-der-spd">(<said '
            'who="#zuruf-von-der-spd"><label>Zuruf von der SPD:</label> Falsch!</said>)</stage>',
        ),
        ("So (Loud, prolonged applause.)", 'So <stage type="applause">(Loud, prolonged applause.)</stage>'),
        (
            "prepared by [KAGANOVICH]. He will",
            'prepared by <supplied reason="editorial">KAGANOVICH</supplied>. He will',
        ),
        ("end [...] here", 'end <gap reason="omitted"><desc>...</desc></gap> here'),
        ("in touch [?].", 'in touch <supplied reason="editorial">?</supplied>.'),
        ("the [illegible] plan", 'the <gap reason="illegible"><desc>illegible</desc></gap> plan'),
        ("end [two pages missing]", 'end <gap reason="missing"><desc>two pages missing</desc></gap>'),
        ("end. [Text abridged. - Ed.]", 'end. <note type="editorial">Text abridged. - Ed.</note>'),
        ("the [new] plan", 'the <supplied reason="editorial">new</supplied> plan'),
        ("a stray ] here", 'a stray <c type="stray-bracket">]</c> here'),
        ("an open [ here", 'an open <c type="stray-bracket">[</c> here'),
        ("an open ( here", "an open ( here"),
    ],
)
def test_inline_encoding(text: str, tei: str) -> None:
    assert serialise(first_paragraph(text)) == tei


def test_bracketed_label_mid_paragraph_starts_a_turn() -> None:
    source = "KAGANOVICH. Comrades.\n\nBUKHARIN. I said: why print it illegally? [KAGANOVICH]. In your answer, you admit it.\n"
    root = etree.fromstring(convert_text(source.encode(), "x.txt").tei)
    turns = root.xpath("//t:sp", namespaces=NS)
    assert [sp.get("who") for sp in turns] == ["#kaganovich", "#bukharin", "#kaganovich"]
    assert etree.tostring(turns[2][0], encoding="unicode", with_tail=False).endswith(
        '<supplied reason="editorial">KAGANOVICH</supplied>.</speaker>'
    )
    assert turns[1].xpath("string(t:p)", namespaces=NS) == "I said: why print it illegally?"
    assert turns[2].xpath("string(t:p)", namespaces=NS) == "In your answer, you admit it."


def test_unbalanced_brackets_are_reported_with_their_line() -> None:
    result = convert_text(b"STALIN. Yes.\n\nMOLOTOV. A stray ] bracket.\n", "x.txt")
    assert [(line, "unbalanced bracket" in m) for line, m in result.report.warnings] == [(3, True)]


def test_a_unanimous_decision_in_parentheses_is_an_event_not_a_voice() -> None:
    """The Storting prints its unanimous decisions as "(Enst.: …)": no one of that name speaks."""
    text = "Presidenten: Da er sakene ferdigbehandlet.\n\n(Enst.: Vedlegges protokollen.)\n\nPresidenten: Møtet er hevet.\n"
    root = etree.fromstring(convert_text(text.encode(), "storting.txt").tei)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    stage = root.find(".//t:stage", ns)
    assert stage is not None and stage.get("type") == "other" and stage.find("t:said", ns) is None
    assert "enst" not in root.xpath("//t:person/@xml:id", namespaces=ns)

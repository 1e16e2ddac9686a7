"""The twenty-eighth round's pass over the record furniture and notes earlier hunts left: a
transcript numbering its lines at the right margin, a Brazilian assembly's notes of the sitting after
a dash, a contents page with dot leaders at a record's head, notes numbered in plain digits after
the last speech."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_line_numbers_at_the_right_margin_are_the_pages_furniture() -> None:
    """``JUDGE HALVORSEN: … would        5`` / ``you please call the case.       6``: the numbers
    rising by one at the lines' ends are left out and listed, the wrapped sentence whole."""
    root = tabled_tei("en-icty-numbers-right-margin.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "Good morning to everyone. Madam Registrar, would you please call the case."
    ]
    assert texts(root, "(//t:sp)[7]/t:p") == ["Mr. Lasic, where were you living in the spring of 1993?"]
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='line-number']") == ["1–16"]
    assert not root.xpath("//t:body//t:p[contains(., '  ')]", namespaces=NS)


def test_a_brazilian_assemblys_notes_after_a_dash_are_stages_between_turns() -> None:
    """``- Abre a sessão o Sr. Ricardo Teixeira.``, ``- É lido o seguinte:``, ``- Assume a
    Presidência a Sra. Helena Moura.`` and ``- Passa-se à`` are the record's notes of the
    sitting; the ``* * *`` after them opens no turn of the speaker before."""
    root = tabled_tei("pt-br-assembleia-dash-notes.txt")
    assert texts(root, "//t:body//t:stage") == [
        "- Abre a sessão o Sr. Ricardo Teixeira.",
        "- É lido o seguinte:",
        "- Assume a Presidência a Sra. Helena Moura.",
        "- Passa-se à",
    ]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 5
    assert not root.xpath("//t:sp[not(t:speaker)]", namespaces=NS)


def test_a_contents_page_with_dot_leaders_is_the_front_matter() -> None:
    """``Ministro de Transportes (Molina Sáez) ...... 4`` under ``SUMARIO``: the contents stand in
    the front, the body opens with the first turn."""
    root = tabled_tei("es-senado-contents-leaders.txt")
    front = texts(root, "//t:front//t:p")
    assert "Ministro de Transportes (Molina Sáez) ................................ 4" in front
    assert "Mociones" in front
    assert not root.xpath("//t:body//t:p[contains(., '.....')]", namespaces=NS)
    assert root.xpath("//t:body/t:div[1]/*[1]/@who", namespaces=NS) == ["#el-senor-presidente"]


def test_notes_numbered_in_plain_digits_after_the_last_speech_are_notes() -> None:
    """``1 Transcript of 5 May 2022, pp. 14-19.`` and ``2 …`` under the chair's last words, the
    text marked ``week.1`` and ``predicted.2``: notes after the last turn, not the chair's."""
    root = tabled_tei("en-commission-digit-endnotes.txt")
    assert texts(root, "(//t:sp)[last()]/t:p") == ["Thank you. We will adjourn until two o'clock."]
    assert texts(root, "//t:body//t:note") == [
        "1 Transcript of 5 May 2022, pp. 14-19.",
        "2 Regional Water Quality Survey 2021, table 4.",
    ]

"""Round 51 (fix51j): a record's UTF-8 once read as Windows-1252 and saved again (mojibake).

Every non-ASCII letter of such a copy stands as two or three characters ("PrÃ¤sidentin",
"Ð¡Ð¼Ð¸Ñ€Ð½Ð¾Ð²"): labels were scored on broken words, persons named wrong, and a Cyrillic
record found no label at all. The reading reads each run of such characters back as the UTF-8
it was where the text is consistently so, and says so beside the encoding; a text whose
accented capitals only look alike ("SÃO PAULO", "CÂMARA") is left as printed.
"""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.sources.mojibake import repaired_mojibake


def _mojibake(text: str) -> str:
    """*text*'s UTF-8 read as Windows-1252, its undefined bytes as Latin-1's C1 controls."""
    return "".join(
        chr(byte)
        if byte >= 0x80 and not bytes([byte]).decode("cp1252", "ignore")
        else bytes([byte]).decode("cp1252")
        for byte in text.encode()
    )


def _encoded(tei: etree._Element) -> str:
    """The encoding description of *tei*: where the reading reports its encoding."""
    return str(tei.xpath("string(//t:encodingDesc)", namespaces=NS))


def test_landtag_copy_read_in_the_wrong_code_page() -> None:
    """A Landtag record whose umlauts and "ß" stand as mojibake, a dash as "â€“": its labels and
    persons read repaired, the speech too, and the header reports the repair."""
    tei = tabled_tei("de-landtag-mojibake-labels.txt")
    assert "Frau Präsidentin! Wir stimmen dem Antrag zu." in turn_paragraphs(tei)
    assert "mojibake of Windows-1252 repaired" in _encoded(tei)


def test_cyrillic_mojibake_finds_its_labels() -> None:
    """A Duma excerpt whose Cyrillic went through the wrong code page (bytes Windows-1252 leaves
    undefined kept as C1 controls): repaired, its surname-and-initials labels are found."""
    text = _mojibake(
        "Председательствующий. Уважаемые коллеги, начинаем работу.\n\n"
        "Смирнов А. В. Спасибо. Я коротко по законопроекту.\n\n"
        "Председательствующий. Пожалуйста.\n"
    )
    assert any("\u0080" <= char <= "\u009f" for char in text)
    tei = text_tei(text)
    assert turn_speakers(tei) == ["Председательствующий.", "Смирнов А. В.", "Председательствующий."]


def test_a_real_dash_typed_after_the_damage_stays() -> None:
    """A copy whose letters are mojibake but whose dash was typed later as a real "–": the
    letters are repaired, the dash (no UTF-8 run of its own) stays as printed."""
    text, repaired = repaired_mojibake("Landtag von Baden-WÃ¼rttemberg – PrÃ¤sidentin KeÃŸler")
    assert repaired
    assert text == "Landtag von Baden-Württemberg – Präsidentin Keßler"


def test_portuguese_capitals_are_no_mojibake() -> None:
    """NEGATIVE: a Brazilian assembly's record prints "SÃO PAULO" and "CÂMARA": the capital Ã and
    Â before an ASCII letter are real letters, so nothing is repaired or reported."""
    text = (
        "ASSEMBLEIA LEGISLATIVA DO ESTADO DE SÃO PAULO – CÂMARA\n\n"
        "O SR. PRESIDENTE (João Câmara): Declaro aberta a sessão.\n\n"
        "O SR. ANTÔNIO MAGALHÃES: Sr. Presidente, SÃO PAULO precisa de recursos.\n\n"
        "O SR. PRESIDENTE (João Câmara): Obrigado.\n"
    )
    assert repaired_mojibake(text) == (text, False)
    tei = text_tei(text)
    assert turn_speakers(tei)[1] == "O SR. ANTÔNIO MAGALHÃES:"
    assert "mojibake" not in _encoded(tei)


def test_one_real_accented_letter_keeps_the_text_as_read() -> None:
    """NEGATIVE: a text holding pairs that would repair ("Ã©") beside a real accented letter
    ("été") is not consistently mojibake: it is left as read, pairs and all."""
    text = "M. le prÃ©sident. La sÃ©ance est ouverte, l'été est là."
    assert repaired_mojibake(text) == (text, False)


def test_one_stray_pair_is_no_copy() -> None:
    """NEGATIVE: a text about encodings that quotes a single mojibake pair ("Ã©" for "é") is
    not such a copy: fewer than two runs repair, and it stays as printed."""
    text = "The witness said the form showed Ã© instead of the accent."
    assert repaired_mojibake(text) == (text, False)

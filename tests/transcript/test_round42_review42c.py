"""A form of two words that a Malaysian member prints whole at the end of a sentence ("… Terima
kasih, Tan Sri.", "… kepada Dato' Sri."): since the South Indian "Sri." with its stop became an
abbreviation, a line so ending read as a form of address the wrap cut from its name and took the
label below for the name's; the tail of a form printed whole, never with a stop, ends the
sentence. A form abbreviated in each word ("… the Rt. Hon.") or alone ("… heard Sri.") still
leaves its line open. Each in an invented sample (names invented; labels in turns.toml, persons
in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config


def test_a_malaysian_member_thanking_tan_sri_and_dato_sri_leaves_the_next_label() -> None:
    """ "Timbalan Menteri Kerja Raya [Dato' Haji Yusof bin Ali]: Terima kasih, Tan Sri." over
    "Yang di-Pertua Dewan Negara: …", and "… kepada Dato' Sri." over the deputy minister's label:
    the thanks end the sentence, each label below its own."""
    root = tabled_tei("ms-dewan-negara-tan-sri-dato-sri-thanks.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Terima kasih, Tan Sri."]
    assert texts(root, "//t:sp[5]/t:p") == ["Saya ingin merakamkan terima kasih kepada Dato' Sri."]


def test_the_tail_of_a_form_printed_whole_closes_its_line() -> None:
    """ "Tan Sri." and "Dato' Sri." at a line's end close it; "Sri." after a verb, "MR." after
    "BY" and "Rt. Hon." (each word abbreviated) leave it open for the name below."""
    config = load_config()
    assert not config.leaves_open("Terima kasih, Tan Sri.")
    assert not config.leaves_open("Saya berterima kasih kepada Dato' Sri.")
    assert config.leaves_open("Heard Sri.")
    assert config.leaves_open("12 WAS EXAMINED BY MR.")
    assert config.leaves_open("I give way to the Rt. Hon.")


def test_the_south_indian_sri_before_initials_still_opens_the_label() -> None:
    """ "SRI. K. RAO:" under a sentence that ends with a form of two words: the label whole."""
    root = text_tei(
        "Tan Sri Dato' Haji Ali: Terima kasih, Tan Sri.\n\nSRI. K. RAO: Sir, I object.\n\n"
        "Tan Sri Dato' Haji Ali: Noted.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "Tan Sri Dato' Haji Ali:",
        "SRI. K. RAO:",
        "Tan Sri Dato' Haji Ali:",
    ]

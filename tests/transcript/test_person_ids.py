"""Persons' xml:id values made from labels: each an NCName that libxml2 accepts, in any script."""

from __future__ import annotations

import pytest

from stenogram import xmlsafe
from stenogram.transcript.persons import slug


@pytest.mark.parametrize(
    ("label", "ident"),
    [
        ("Г-н Иванов", "g-n-ivanov"),
        ('היו"ר יולי אדלשטיין', "היו-ר-יולי-אדלשטיין"),
        # a Hangul syllable stays one letter (its decomposed jamo are no letters of XML 1.0)
        ("의장 우원식", "의장-우원식"),
        # the vowel signs of Devanagari and Thai are letters of XML 1.0: kept in their word
        ("श्री मोहन लाल", "श्री-मोहन-लाल"),
        ("นางสาวมาลี ศรีสุข", "นางสาวมาลี-ศรีสุข"),
        # scripts Unicode added after XML 1.0's fourth edition: each letter spelt by its Unicode
        # name where that spells it (an Ethiopic syllable's consonant and vowel), else as its code
        # point (the vowel signs, no letters of that edition either, are left out)
        ("ክቡር አፈ ጉባኤ", "kbur-afe-gubae"),
        ("ගරු කථානායකතුමා", "u0d9cu0dbb-u0d9au0daeu0db1u0dbau0d9au0dadu0db8"),
    ],
)
def test_an_id_of_any_script_is_an_xml_id(label: str, ident: str) -> None:
    assert slug(label) == ident
    xmlsafe.parse_bytes(f'<a xml:id="{slug(label)}"/>'.encode())

"""Over-catches a reviewer found in round 49's Asian scripts' range and narrowed: a Bengali word
cut by its visarga before a name's visarga glued as its colon is a name only when it is a
forename's abbreviation (``abbreviated_forenames``), no post office's address or note. Each with
the range's positive still taken."""

from __future__ import annotations

from label_samples import tabled_tei, turn_paragraphs, turn_speakers


def test_a_bengali_address_or_note_cut_by_its_visarga_stays_the_speech() -> None:
    """ "পোঃ রামপুর বাজারঃ" (the post office of an address), "সাঃ দক্ষিণপাড়াঃ" (the village one
    lives in), "বিঃ দ্রঃ …ঃ" (nota bene): a word cut after a vowel's sign by its visarga opens no
    name unless it is a forename's abbreviation (``abbreviated_forenames``, bn), where "মোসাঃ
    নাসরিন আক্তারঃ", the member, is still a label."""
    root = tabled_tei("bn-sangsad-visarga-address-note.txt")
    paragraphs = turn_paragraphs(root)
    for line in ("পোঃ রামপুর বাজারঃ", "সাঃ দক্ষিণপাড়াঃ", "বিঃ দ্রঃ সভার কার্যবিবরণীঃ"):
        assert any(line in text for text in paragraphs)
    assert "মোসাঃ নাসরিন আক্তারঃ" in turn_speakers(root)


def test_the_hall_s_kin_and_fellows_doubled_after_the_honourable_stay_the_speech() -> None:
    """ "Yang Berhormat Kawan-Kawan:", "Yang Berhormat Datuk-Datuk:", "Yang Berhormat Bapa-Bapa dan
    Ibu-Ibu:": a Malay noun capitalised twice is the plural the minister addresses when the
    language doubles it (``doubled_nouns``, ms), the speech going on under her label, where an
    unlisted syllable so doubled ("Yang Berhormat Lim-Lim:") is still a member's name."""
    root = tabled_tei("ms-dewan-rakyat-doubled-kin-salutation.txt")
    paragraphs = turn_paragraphs(root)
    for line in ("Yang Berhormat Kawan-Kawan:", "Yang Berhormat Datuk-Datuk:", "Yang Berhormat Adik-Adik:"):
        assert any(line in text for text in paragraphs)
    named = tabled_tei("ms-dewan-rakyat-hyphenated-chinese-name.txt")
    assert any(speaker.startswith("Yang Berhormat Lim-Lim") for speaker in turn_speakers(named))

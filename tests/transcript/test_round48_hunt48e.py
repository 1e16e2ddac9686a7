"""South Asian label shapes, each in an invented sample (labels in turns.toml, persons in
ids.toml): a minister of two or three ministries whose offices a semicolon parts, as the Rajya
Sabha and the Lok Sabha print them ("THE MINISTER OF PARLIAMENTARY AFFAIRS; AND THE MINISTER OF
…(SHRI X):"); the Bengali visarga glued to a label's last word as Bangladeshi typists print the
colon ("জনাব স্পীকারঃ …"); Odisha's Shri and Shrimati ("ଶ୍ରୀ X :"); and the members of an Indian
or Pakistani house answering together ("कुछ माननीय सदस्य :", "چند معزز اراکین:")."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

# 1. Two offices a semicolon parts


def test_offices_parted_by_semicolon_are_one_label() -> None:
    """The minister's two offices, "; AND" between them, and three offices, a bare semicolon after
    the first and a comma in the last ministry's name: one label each, the holder's the turn."""
    root = tabled_tei("en-rajya-sabha-minister-offices-semicolon.txt")
    said = turn_paragraphs(root)
    # a semicolon inside the speech stays the speech's
    assert "Sir, I thank all the hon. Members who took part; the points raised will be examined." in said
    assert "Sir, the coastal districts are covered; the funds were released in January." in said


def test_label_after_semicolon_in_flattened_speech_stays_found() -> None:
    """Negative: a label after a speech's semicolon, as a flattened copy runs turns together, is
    still a turn of its own; only a semicolon inside the line's opening label is passed over."""
    root = text_tei(
        "MR. CHAIRMAN: The House will now take up the Bill; THE MINISTER OF LAW (SHRI A. K. RAO): "
        "Sir, I move that the Bill be taken into consideration.\n\nSHRI B. C. DAS: Sir, I oppose it.\n\n"
        "MR. CHAIRMAN: Noted.\n"
    )
    assert turn_speakers(root) == [
        "MR. CHAIRMAN:",
        "THE MINISTER OF LAW (SHRI A. K. RAO):",
        "SHRI B. C. DAS:",
        "MR. CHAIRMAN:",
    ]


def test_semicolon_before_no_office_parts_no_label() -> None:
    """Negative: after the semicolon no office but a heading's words: the label read runs not on
    past the semicolon into them."""
    matcher = LabelMatcher(load_config())
    cand = matcher.candidate("THE MINISTER OF FINANCE; AND PAPERS LAID ON THE TABLE (CONTD.): The statement.")
    assert cand is None or "PAPERS" not in cand.printed


# 2. The Bengali visarga glued as the colon


def test_glued_visarga_ends_a_bengali_label() -> None:
    """ "জনাব স্পীকারঃ", "বেগম সালমা চৌধুরীঃ": the visarga glued to the last word is the colon;
    inside a word ("দুঃখের") and after a sentence's adverb ("মূলতঃ") it stays the speech's, and
    the compound's hyphen ("সংসদ-সদস্যবৃন্দ") ends no label."""
    root = tabled_tei("bn-sangsad-visarga-glued-colon.txt")
    said = turn_paragraphs(root)
    assert said[0] == "মাননীয় সংসদ-সদস্যবৃন্দ, আজকের আলোচনা শুরু হচ্ছে।"
    assert "মূলতঃ কৃষিনির্ভর। দুঃখের বিষয়" in said[1]


def test_glued_visarga_after_sentence_words_is_no_colon() -> None:
    """Negative: a paragraph whose third word ends in a glued visarga, no form of address nor
    office before it, is speech; a Hindi word's glued visarga ("अतः") is a letter as before."""
    root = text_tei(
        "জনাব স্পীকারঃ আলোচনা শুরু হচ্ছে।\n\nজনাব করিম উদ্দিনঃ জনাব স্পীকার, ধন্যবাদ।\n\n"
        "আমাদের দেশের অর্থনীতি মূলতঃ কৃষিনির্ভর। এ কথা সবাই জানেন।\n\nজনাব স্পীকারঃ ধন্যবাদ।\n"
    )
    assert turn_speakers(root) == ["জনাব স্পীকারঃ", "জনাব করিম উদ্দিনঃ", "জনাব স্পীকারঃ"]
    assert "আমাদের দেশের অর্থনীতি মূলতঃ কৃষিনির্ভর। এ কথা সবাই জানেন।" in turn_paragraphs(root)
    hindi = text_tei(
        "अध्यक्ष महोदय : प्रश्न संख्या 5.\n\nश्री राम कुमार : अध्यक्ष जी, मेरा प्रश्न है।\n\n"
        "विभाग के अधिकारी अतः मौन रहे।\n\nअध्यक्ष महोदय : बैठिए।\n"
    )
    assert turn_speakers(hindi) == ["अध्यक्ष महोदय :", "श्री राम कुमार :", "अध्यक्ष महोदय :"]


# 3. Odisha's forms of address


def test_odia_shri_and_shrimati_name_members() -> None:
    """ "ଶ୍ରୀ ପ୍ରମୋଦ ମହାନ୍ତି :" and "ଶ୍ରୀମତୀ ସୁଜାତା ସାହୁ :", each printed once: members' labels."""
    tabled_tei("or-vidhan-sabha-shri.txt")


def test_odia_field_stays_no_label() -> None:
    """Negative: a subject's field ("ବିଷୟ : …") between the turns stays the speech's."""
    root = text_tei("ମାନ୍ୟବର ବାଚସ୍ପତି : ବିଷୟ ଆରମ୍ଭ ହେଉ।\n\nବିଷୟ : ଜଳ ସମସ୍ୟା\n\nଶ୍ରୀ ରମେଶ ଦାସ : ମାନ୍ୟବର ବାଚସ୍ପତି, ଧନ୍ୟବାଦ।\n")
    assert turn_speakers(root) == ["ମାନ୍ୟବର ବାଚସ୍ପତି :", "ଶ୍ରୀ ରମେଶ ଦାସ :"]


# 4. The house's members answering together


def test_some_members_answering_are_a_group() -> None:
    """ "कुछ माननीय सदस्य :", "एक माननीय सदस्य :", "چند معزز اراکین:": the house's voices, a
    group each, no person."""
    for sample, group in (
        ("hi-rajya-sabha-some-members-voice.txt", "कुछ-माननीय-सदस्य"),
        ("ur-assembly-some-members-voice.txt", "چند-معزز-اراکین"),
    ):
        root = tabled_tei(sample)
        assert root.xpath(f"//t:personGrp[@xml:id='{group}']", namespaces=NS)
        assert not root.xpath(f"//t:person[@xml:id='{group}']", namespaces=NS)


def test_member_reported_asking_is_no_group_label() -> None:
    """Negative: "एक माननीय सदस्य ने पूछा: …", a member's question reported with its verb, is
    the record's sentence, no voice's label."""
    root = text_tei(
        "अध्यक्ष महोदय : प्रश्न संख्या 5.\n\nश्री राम कुमार : अध्यक्ष जी, मेरा प्रश्न है।\n\n"
        "एक माननीय सदस्य ने पूछा: क्या यह सही है?\n\nअध्यक्ष महोदय : बैठिए।\n"
    )
    assert turn_speakers(root) == ["अध्यक्ष महोदय :", "श्री राम कुमार :", "अध्यक्ष महोदय :"]

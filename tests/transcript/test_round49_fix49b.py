"""Asian scripts' shapes a fixer took up in round 49: a Chinese-Malaysian member's name doubled by
its hyphen after the Malay honourable (`Yang Berhormat Lim-Lim:`), a Bengali member's name opened
by the abbreviated Mohammad with no form of address (`মোঃ রহিম উদ্দিনঃ`), a Korean minister of
state with his portfolio and name in a bracket one space apart (`○국무위원 (법무부장관 김철수)`), a
Vietnamese speaker's institute after the name's comma (`TS. Nguyễn Văn An, Viện Kinh tế:`). Each
in an invented sample (labels in turns.toml, persons in ids.toml) and with a line of the same
shape that keeps its reading."""

from __future__ import annotations

from label_samples import NS, outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_a_name_doubled_by_its_hyphen_after_the_honourable_is_a_label() -> None:
    """ "Yang Berhormat Lim-Lim:": a syllable capitalised twice is a Chinese-Malaysian member's
    name, no Malay plural, where "Yang Berhormat Rakan-Rakan: …" (a noun the language doubles,
    ``doubled_nouns``) addresses the members and stays the minister's speech."""
    root = tabled_tei("ms-dewan-rakyat-hyphenated-chinese-name.txt")
    assert any(text.startswith("Yang Berhormat Rakan-Rakan:") for text in turn_paragraphs(root))


def test_a_plural_doubled_in_lower_case_stays_the_speech() -> None:
    """The negative: a noun doubled with its second half in lower case is the plural whatever the
    noun ("Yang Berhormat Sahabat-sahabat:", "Yang Berhormat Kawan-kawan:"), the hall addressed."""
    root = text_tei(
        "DEWAN RAKYAT\n\nTuan Yang di-Pertua: Sila, Menteri.\n\nMenteri Kewangan: Terima kasih.\n\n"
        "Yang Berhormat Kawan-kawan: bajet ini untuk rakyat.\n\nTuan Yang di-Pertua: Terima kasih.\n"
    )
    assert turn_speakers(root) == ["Tuan Yang di-Pertua:", "Menteri Kewangan:", "Tuan Yang di-Pertua:"]


def test_a_bengali_name_opened_by_its_abbreviated_forename_is_a_label() -> None:
    """ "মোঃ রহিম উদ্দিনঃ", "মোসাঃ রাশিদা খাতুনঃ": a member's name opened by the abbreviated
    Mohammad or Mosammat, no "জনাব" before it, its colon a visarga glued to the last word; the
    same name before a verb of saying ("মোঃ রহিম উদ্দিন বলেনঃ …", ``clause_words``) reports him and
    stays the speech."""
    root = tabled_tei("bn-sangsad-abbreviated-forename-untitled.txt")
    assert any(text.startswith("মোঃ রহিম উদ্দিন বলেনঃ") for text in turn_paragraphs(root))


def test_a_sentence_s_word_glued_to_its_visarga_stays_the_speech() -> None:
    """The negative: an adverb glued to its visarga after a consonant opening a sentence ("মূলতঃ",
    an older spelling) is no abbreviated forename, and the line stays the speech."""
    root = text_tei("জাতীয় সংসদ\n\nমাননীয় স্পীকারঃ প্রশ্ন করুন।\n\nমূলতঃ আমাদের দাবিঃ রাস্তা চাই।\n\nমাননীয় স্পীকারঃ ধন্যবাদ।\n")
    assert turn_speakers(root) == ["মাননীয় স্পীকারঃ", "মাননীয় স্পীকারঃ"]


def test_a_minister_of_state_s_portfolio_and_name_in_brackets_are_who_speaks() -> None:
    """ "○국무위원 (법무부장관 김철수)": a minister of state, the bracket one space apart holding his
    portfolio and name: the person is the portfolio's holder, the same as "○법무부장관 김철수"
    below, and the minister of state his role; the agenda's item with its bracket so set
    ("○의사일정 (정부 제출)  형사소송법 …") stays outside the turns."""
    root = tabled_tei("ko-bonhoeui-state-minister-portfolio-bracket.txt")
    roles = root.xpath("//t:person[@xml:id='법무부장관-김철수']/@role", namespaces=NS)
    assert roles == ["국무위원"]
    assert outside_turns(root)[0].startswith("○의사일정 (정부 제출)")


def test_a_cased_label_s_bracket_one_space_apart_needs_its_punctuation() -> None:
    """The negative: in a cased script a bracket one space apart before two spaces is no label's
    end ("The Speaker (Mr Brown)  Order. …" reads as before: no label without its punctuation)."""
    root = text_tei(
        "HOUSE OF ASSEMBLY\n\nThe Speaker (Mr Brown)  Order. The House will come to order.\n\n"
        "Mr Smith (Labour)  I rise to speak.\n\nThe Speaker (Mr Brown)  Thank you.\n"
    )
    assert turn_speakers(root) == []


def test_a_speaker_s_institute_after_the_name_s_comma_is_the_role() -> None:
    """ "TS. Nguyễn Văn An, Viện Kinh tế:": the institute after the comma (Vietnamese writes its
    generic words in lower case, ``affiliations``) is the speaker's role, the person the titled
    name; "Hôm qua, Bộ Tài chính: …" (a sentence's words before the comma) stays the speech."""
    root = tabled_tei("vi-hoi-thao-name-comma-institute.txt")
    roles = root.xpath("//t:person[@xml:id='ts-nguyen-van-an']/@role", namespaces=NS)
    assert roles == ["Viện Kinh tế"]
    assert any(text.startswith("Hôm qua, Bộ Tài chính:") for text in turn_paragraphs(root))


def test_an_office_before_the_comma_keeps_its_reading() -> None:
    """The negative: an office before the comma and a body after it is no person's name and
    affiliation ("Bộ trưởng, Bộ Tài chính:" reads as before, no person "bo-truong" with the
    ministry as role)."""
    root = text_tei(
        "HỘI THẢO\n\nChủ trì hội thảo: Xin mời.\n\nBộ trưởng, Bộ Tài chính: Xin cảm ơn.\n\nChủ trì hội thảo: Cảm ơn.\n"
    )
    assert "Bộ Tài chính" not in root.xpath("//t:person/@role", namespaces=NS)

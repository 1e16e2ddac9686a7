"""Broadcast and press transcripts read as before where the genre's and the press's words meet
other shapes (names invented; the sample's labels in turns.toml, persons in ids.toml): a role
compounded with a genre's word, the press's attendance as a field, two voices sharing the
initials set in brackets, and a sentence's words after a slash."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_role_compounded_with_a_genre_word_is_a_label() -> None:
    """ "Podcast-Host:", "Interview-Gast:": one word naming the voice its last part names, no
    field of the genre's heading ("Podcast: Folge 12")."""
    root = tabled_tei("de-podcast-bindestrich-rolle.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Danke für die Einladung."]


def test_a_genre_word_alone_or_qualified_by_words_stays_a_heading() -> None:
    """The negative: the genre alone or before other words is the programme's heading."""
    turns = ["Moderator Jan Falk:", "Eva Lang:"]
    for line in ("Podcast: Folge 12", "Interview exclusive : le ministre"):
        text = (
            f"Radio Nord, 4. Mai\n\nModerator Jan Falk: Guten Abend.\n\nEva Lang: Guten Abend.\n\n{line}\n\n"
            "Moderator Jan Falk: Erste Frage.\n\nEva Lang: Gern.\n"
        )
        assert texts(text_tei(text), "//t:sp/t:speaker") == turns * 2


def test_the_press_present_is_a_field() -> None:
    """ "Journalists present: twelve.": the attendance of the press, no journalist speaking,
    as "Members present:" is no member; "Journalist:" alone still is one."""
    text = (
        "Press briefing, City Hall\n\nMayor Brown: We'll begin.\n\nJournalists present: twelve.\n\n"
        "Journalist: Is the budget final?\n\nMayor Brown: Not yet.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["Mayor Brown:", "Journalist:", "Mayor Brown:"]


def test_initials_two_voices_share_name_neither() -> None:
    """ "Anna Weber (AW):" and "Andreas Wolf (AW):": "AW:" below is neither's turn, while one
    voice's own initials still name it ("Henrik Brandt (HB):" … "HB:")."""
    shared = (
        "Radio, Sendung vom 4. Mai\n\nAnna Weber (AW): Danke.\n\nAndreas Wolf (AW): Ich auch.\n\n"
        "AW: Wer spricht jetzt?\n"
    )
    assert turn_ids(text_tei(shared))[2] == "aw"
    own = "Radio\n\nModeratorin (M): Willkommen.\n\nHenrik Brandt (HB): Danke.\n\nHB: Gern.\n"
    assert turn_ids(text_tei(own))[2] == "henrik-brandt"


def test_words_after_a_slash_in_small_letters_are_a_sentences() -> None:
    """ "Das Ergebnis lautet /wie folgt:" is speech; a party of words in capitals after the
    slash is read as before ("Frau Berg /Grüne Liste Stadt:"), so is a Korean role."""
    head = "Landtag, 12. Sitzung\n\nPräsidentin Müller: Ich eröffne die Sitzung.\n\n"
    tail = "\n\nAbg. Dr. Schmidt (SPD): Vielen Dank.\n"
    sentence = text_tei(head + "Das Ergebnis lautet /wie folgt: 12 zu 3." + tail)
    assert texts(sentence, "//t:sp/t:speaker") == ["Präsidentin Müller:", "Abg. Dr. Schmidt (SPD):"]
    party = text_tei(head + "Frau Berg /Grüne Liste Stadt: Danke." + tail)
    assert "Frau Berg /Grüne Liste Stadt:" in texts(party, "//t:sp/t:speaker")
    korean = "KBS 뉴스\n\n[앵커]\n오늘의 소식입니다.\n\n[전화인터뷰] 김민수/기상청 예보관 : 비가 옵니다.\n\n[기자]\n현장입니다.\n"
    assert "[전화인터뷰] 김민수/기상청 예보관 :" in texts(text_tei(korean), "//t:sp/t:speaker")

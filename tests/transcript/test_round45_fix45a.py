"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): the hall's word with a note on how it answers ("Товарищи (хором):") beside
the same word addressing the hall before a sentence; the bare German voices ("Stimmen:") where
the text uses the verb "stimmen"; the members' plural answering a vote with one word ("Депутаты:
за!"); a member named by his constituency with a stop ("Simon aus Trier."); a Hindi minister's
portfolio before the office after the name's comma ("श्री X, कृषि राज्य मंत्री:")."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.names import office_after_comma


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def _groups(root: object) -> list[str]:
    return texts(root, "//t:personGrp/t:name")  # type: ignore[arg-type]


def test_the_hall_in_chorus_is_a_label_beside_its_address() -> None:
    """ "Товарищи (хором): Выполним!" is the hall answering, a group; "Товарищи: мы должны …"
    opening a paragraph of the speech stays the speaker's address."""
    root = tabled_tei("ru-aktiv-comrades-chorus-beside-address.txt")
    assert "Товарищи (хором):" in _speakers(root)
    assert "Товарищи:" not in _speakers(root)
    assert any(p.startswith("Товарищи: мы должны также") for p in _said(root))
    assert "Товарищи" in _groups(root)


def test_the_address_opening_the_excerpt_stays_speech() -> None:
    """ "Коллеги: план …" opening the excerpt is its speech's vocative; "Коллеги (хором):" the hall."""
    root = tabled_tei("ru-aktiv-comrades-address-opens-chorus.txt")
    assert _speakers(root) == ["Коллеги (хором):", "Голоса:"]
    assert any(p.startswith("Коллеги: план по заготовкам") for p in texts(root, "//t:body//t:p"))


def test_the_german_chorus_note_is_no_role() -> None:
    """ "Stimmen (im Chor):" is the hall's voice, a group with no role "im Chor"."""
    root = text_tei(
        "Aus dem Protokoll\n\nBrenner: Ich bitte um Zustimmung zu dem Antrag des Vorstandes.\n\n"
        "Stimmen (im Chor): Jawohl!\n\nBrenner: Danke.\n"
    )
    assert "Stimmen (im Chor):" in _speakers(root)
    assert "Stimmen" in _groups(root)
    assert not texts(root, "//t:person[@role='im Chor']")


def test_an_address_without_the_hall_in_chorus_stays_speech() -> None:
    """Negative: with no printing of the hall's word noted, "Товарищи: …" before a sentence is
    no label, whatever the chorus of another word ("Голоса (хором):")."""
    root = text_tei(
        "Из стенограммы собрания актива\n\nТоварищи: мы обязаны закончить план до конца месяца, "
        "не считаясь ни с какими трудностями.\n\nГолоса (хором): Правильно!\n"
    )
    assert _speakers(root) == ["Голоса (хором):"]


def test_the_bare_german_voices_are_the_hall_beside_the_verb() -> None:
    """ "Stimmen: Sehr richtig!" printed once is the hall's voices though the text says "wir
    stimmen … ab" in lower case; the verb opening a cut sentence stays speech."""
    root = tabled_tei("de-mitglieder-stimmen-alone-verb-lower.txt")
    assert "Stimmen:" in _speakers(root)
    assert "Stimmen" in _groups(root)
    running = sample_tei("de-running-head.txt")
    assert any("stimmen zu." in p for p in _said(running))


def test_the_members_answering_a_vote_are_the_hall() -> None:
    """ "Депутаты: за!" under the chair's question is the members' answer: a label, a group."""
    root = tabled_tei("ru-gorsovet-deputies-vote-answer.txt")
    assert "Депутаты:" in _speakers(root)
    assert "Депутаты" in _groups(root)
    english = text_tei(
        "Minutes of the Town Council\n\nThe Mayor: All those in favour say aye.\n\nMembers: Aye.\n\n"
        "The Mayor: The ayes have it.\n"
    )
    assert "Members:" in _speakers(english)


def test_the_members_addressed_before_a_sentence_stay_speech() -> None:
    """Negative: "Депутаты: сегодня мы должны …" addresses the hall; no vote's answer after it."""
    root = text_tei(
        "Стенограмма заседания городского совета\n\nПредседатель. Слово имеет депутат Орлов.\n\n"
        "Депутаты: сегодня мы должны принять бюджет города на следующий год без всяких задержек.\n\n"
        "Председатель. Спасибо.\n"
    )
    assert "Депутаты:" not in _speakers(root)


def test_a_member_named_by_his_constituency_with_a_stop() -> None:
    """ "Simon aus Trier. Meine Herren, …" printed once is a label, the place an addName."""
    root = tabled_tei("de-nationalversammlung-member-constituency-stop.txt")
    assert "Simon aus Trier." in _speakers(root)
    assert any(p.startswith("Meine Herren, die Versammlung") for p in _said(root))
    assert texts(root, "//t:person[@xml:id='simon-aus-trier']//t:addName") == ["aus Trier"]


def test_a_heading_of_a_noun_and_a_place_stays_a_heading() -> None:
    """Negative: "Briefe aus Berlin." alone on its line over the text is a heading."""
    root = text_tei(
        "Feuilleton\n\nBriefe aus Berlin.\n\nDie Stadt ist in diesen Tagen voller Gerüchte über "
        "die Versammlung in Frankfurt.\n\nEin Leser schreibt uns, dass die Zeitung zu spät eintreffe.\n"
    )
    assert not _speakers(root)


def test_a_hindi_ministers_portfolio_is_his_office() -> None:
    """ "श्री राम प्रसाद, कृषि राज्य मंत्री:" is the member with his office after the comma: his
    id the person's, the same as "श्री राम प्रसाद:" below."""
    root = tabled_tei("hi-lok-sabha-minister-portfolio-after-comma.txt")
    person = root.xpath(
        "//t:person[@xml:id='श्री-राम-प्रसाद']", namespaces={"t": "http://www.tei-c.org/ns/1.0"}
    )
    assert [found.get("role") for found in person] == ["कृषि राज्य मंत्री"]
    config = default_config()
    assert office_after_comma("Shri Ram Prasad, Agriculture Minister", config) == (
        "Shri Ram Prasad",
        "Agriculture Minister",
    )


def test_a_sentence_after_a_comma_is_no_portfolio() -> None:
    """Negative: words in lower case before the office word are a sentence's ("Smith, our minister")."""
    config = default_config()
    assert office_after_comma("Smith, our good minister", config) is None

"""Round 48's review of the English shapes (samples invented; labels in turns.toml, persons in
ids.toml): a short line with its colon alone over a turn is an item's heading only with an
item's number or letter, a date's figures or a maker's genitive ("4. Petitions received:",
"Arbitrator's award:"), a speaker's lead-in ("My answer:", "Zur Sache:", "Ma réponse :") stays
the speech's; a glued hyphen before capitalised words is a minutes' item only with few words
after the title's mark ("-Report of the Director of Finance, tabled."), a vocative and its
sentence stay a label's speech ("-Nobre Vereador da Bancada do Povo, agradeço …")."""

from __future__ import annotations

import pytest

from label_samples import outside_turns, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_lead_in_printed_alone_stays_the_speakers_words() -> None:
    """ "My answer:" and "In reply:" alone over another member's turn: the speech's last words,
    kept in the turn above; "4. Petitions received:", its item's number, a heading."""
    root = tabled_tei("en-commons-lead-in-alone.txt")
    paragraphs = turn_paragraphs(root)
    assert "My answer:" in paragraphs
    assert "In reply:" in paragraphs
    outside = outside_turns(root)
    assert "4. Petitions received:" in outside
    assert "My answer:" not in outside


@pytest.mark.parametrize(
    ("text", "lead_in"),
    [
        (
            "Landtag\n\nPräsident Dr. Keller: Das Wort hat Herr Müller.\n\n"
            "Abg. Müller (SPD): Ich habe zwei Bemerkungen.\n\nZur Sache:\n\n"
            "Abg. Schulz (CDU): Das ist keine Sache!\n",
            "Zur Sache:",
        ),
        (
            "ASSEMBLÉE\n\nM. le président. La parole est à M. Dupont.\n\n"
            "M. Dupont. Je vous ai posé la question.\n\nMa réponse :\n\n"
            "M. le ministre. Je vous répondrai par écrit.\n",
            "Ma réponse :",
        ),
        (
            "СТЕНОГРАММА\n\nПРЕДСЕДАТЕЛЬ: Слово имеет товарищ Иванов.\n\n"
            "ИВАНОВ: Товарищи, я скажу коротко.\n\nМой ответ:\n\nПЕТРОВ: Это не ответ!\n",
            "Мой ответ:",
        ),
        (
            "会议记录\n\n主席：请李代表发言。\n\n李代表：我讲两点意见。\n\n我的回答：\n\n王代表：请继续。\n",
            "我的回答：",
        ),
    ],
)
def test_a_lead_in_alone_in_other_languages_is_no_heading(text: str, lead_in: str) -> None:
    """German, French, Russian and Chinese lead-ins alone over the next turn: no heading."""
    root = text_tei(text)
    assert lead_in not in outside_turns(root)
    assert lead_in in turn_paragraphs(root)


def test_a_lettered_item_with_its_colon_is_a_heading() -> None:
    """ "C. Road salt contract:" over the chair's turn: its letter makes it the agenda's item;
    "A reply:", the letter an article, stays speech (negative)."""
    root = text_tei(
        "TOWN MEETING\n\nChair: We begin.\n\nC. Road salt contract:\n\nChair: The contract is renewed.\n\n"
        "Mr. Hale: I asked the clerk.\n\nA reply:\n\nChair: It was sent on Monday.\n"
    )
    outside = outside_turns(root)
    assert "C. Road salt contract:" in outside
    assert "A reply:" not in outside


def test_a_vocative_after_a_glued_hyphen_keeps_its_label() -> None:
    """ "O SR. CARLOS SOUZA -Nobre Vereador da Bancada do Povo, agradeço …": the vocative's
    capitalised words and particles, a sentence after them: the member's label and speech."""
    root = tabled_tei("pt-camara-vocative-after-hyphen.txt")
    assert "O SR. CARLOS SOUZA -" in turn_speakers(root)
    assert "A SRA. MARIA LIMA -" in turn_speakers(root)
    assert any(p.startswith("Nobre Vereador da Bancada do Povo, agradeço") for p in turn_paragraphs(root))


def test_a_minutes_item_after_a_glued_hyphen_stays_an_item() -> None:
    """ "Councillor Brown -Report of the Director of Finance, tabled.": its title and what
    became of it, no label (negative of the vocative's)."""
    root = text_tei(
        "COUNTY COUNCIL\nMinutes of the committee\n\n"
        "Councillor Brown -Report of the Director of Finance, tabled.\n\n"
        "Chair: We turn to the report.\n\nCouncillor Ahmed: I have read it.\n"
    )
    assert turn_speakers(root) == ["Chair:", "Councillor Ahmed:"]
    assert "Councillor Brown -Report of the Director of Finance, tabled." in outside_turns(root)


def test_a_heading_in_capitals_under_speech_in_mixed_case() -> None:
    """ "ORDERS OF THE DAY:", three words or more in CAPITALS under a paragraph in mixed case:
    the item's heading; "IN REPLY:", two words, stays the speaker's (negative)."""
    root = text_tei(
        "HOUSE JOURNAL\n\nSPEAKER: The minutes are approved.\n\nORDERS OF THE DAY:\n\n"
        "MR. PAINE: I move the second reading.\n\nMR. HALE: I have a question.\n\nIN REPLY:\n\n"
        "MR. PAINE: I will answer it.\n"
    )
    outside = outside_turns(root)
    assert "ORDERS OF THE DAY:" in outside
    assert "IN REPLY:" not in outside
    assert "IN REPLY:" in turn_paragraphs(root)


def test_two_honorifics_of_one_office_are_two_persons() -> None:
    """ "His Excellency the Ambassador:" and "Her Excellency the Ambassador:": two envoys, the
    second not joined to the first through the bare "The Ambassador:"; one honorific's office
    and the bare office stay one person (negative)."""
    root = text_tei(
        "RECEPTION OF ENVOYS\n\nTHE PRESIDENT: I welcome our guests.\n\nThe Ambassador: Thank you.\n\n"
        "His Excellency the Ambassador: My government sends its greetings.\n\n"
        "Her Excellency the Ambassador: And mine joins them.\n\nTHE PRESIDENT: Thank you both.\n"
    )
    ids = turn_ids(root)
    assert ids[1] == ids[2]
    assert ids[3] != ids[2]

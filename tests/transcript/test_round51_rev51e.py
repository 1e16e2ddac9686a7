"""Round 51 (rev51e): review of fix51d's head block of holders' fields. A greeting exchange that
opens a hearing or a sitting, each line an office's label over a form of address and an office's
word ("THE CHAIRMAN: Mr. Secretary." / "SECRETARY HOLT: Mr. Chairman."), is two turns of
speech, no block of fields naming holders: an office's word is no holder's name."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_speakers
from stenogram.transcript.config import default_config
from stenogram.transcript.heldfields import held_field


def test_hearing_greeting_exchange_stays_turns() -> None:
    """A committee hearing opens with the chairman greeting the Secretary and the Secretary
    greeting him back, one line each with no blank line between: both are turns, and the
    hearing keeps all five of them."""
    tei = tabled_tei("en-hearing-greeting-vocative-offices.txt")
    assert turn_speakers(tei)[:2] == ["THE CHAIRMAN:", "SECRETARY HOLT:"]


def test_vocative_of_an_office_names_no_holder() -> None:
    """A form of address before an office's word, in any language ("Mr. Secretary.", "Herr
    Minister.", "Товарищ министр."), addresses the holder in speech: no field's value."""
    config = default_config()
    for line, lang in (
        ("THE CHAIRMAN: Mr. Secretary.", "en"),
        ("Präsident: Herr Minister.", "de"),
        ("Председатель: Товарищ министр.", "ru"),
    ):
        assert held_field(line, config, lang) is None, line


def test_office_word_beside_a_name_still_names_the_holder() -> None:
    """NEGATIVE: an office's word beside the holder's own name ("Registrar: Deputy Registrar P.
    Mensah.", "Секретарь: тов. Кузнецова.") is still a field naming its holder."""
    config = default_config()
    assert held_field("Registrar: Deputy Registrar P. Mensah.", config, "en") == "registrar"
    assert held_field("Секретарь: тов. Кузнецова.", config, "ru") == "секретарь"


def test_greeting_between_offices_in_german_stays_turns() -> None:
    """A Landtag's president greets the minister and the minister her, one line each under the
    protocol's title: both turns, the minister's label read as his."""
    text = (
        "LANDTAG NORDHEIM\nPlenarprotokoll 18/42\n\nPräsident: Herr Minister.\n"
        "Minister Schulz: Frau Präsidentin.\nPräsident: Sie haben das Wort.\n"
        "Minister Schulz: Meine Damen und Herren, der Entwurf liegt Ihnen vor.\n"
    )
    assert turn_speakers(text_tei(text)) == [
        "Präsident:",
        "Minister Schulz:",
        "Präsident:",
        "Minister Schulz:",
    ]


def test_vote_answer_names_no_holder() -> None:
    """A roll-call vote that opens an excerpt stacks the clerk's call of a member and the
    member's one-word answer ("CLERK: Councillor Adams." / "COUNCILLOR ADAMS: Aye."): the
    answer (``vote_answers``) is speech, no holder's name, so the two lines make no head's
    block; the clerk's call naming a member alone is still read as a holder's shape."""
    config = default_config()
    assert held_field("COUNCILLOR ADAMS: Aye.", config, "en") is None
    assert held_field("Депутат Петров: Да.", config, "ru") is None
    assert held_field("CLERK: Councillor Adams.", config, "en") == "clerk"

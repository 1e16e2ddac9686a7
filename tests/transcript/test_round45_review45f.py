"""The round's brackets and arrow narrowed where other records print the same shape, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml): a word in angle
brackets at a line's head is a nick only where the record prints its labels so (a chat's, a
meeting log's) or where it is an office, never an editor's note in lower case ("<Tape change>")
nor a lone name in a record labelled with colons ("<John Carter> wrote: …"); a spaced ``>``
before a figure or after a word with a digit compares ("GDP > 2 percent", "Q3 > Q2"), no
label's arrow. A chat's excerpt with each nick printed once still opens its turns."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_angle_brackets_in_a_record_labelled_with_colons_are_no_labels() -> None:
    """ "<Tape change> …", "<John Carter> wrote: …", "<Exhibit A> …" stay the turn's text."""
    root = tabled_tei("en-zoning-hearing-angle-editor-notes.txt")
    said = _said(root)
    assert any(p.startswith("<Tape change> The discussion") for p in said)
    assert any(p.startswith("<John Carter> wrote: I object") for p in said)
    assert any(p.startswith("<Exhibit A> Site plan") for p in said)


def test_an_office_in_angle_brackets_beside_colon_labels_stays_a_label() -> None:
    """The negative of the narrowing: an office is believed in angle brackets in any record."""
    root = text_tei(
        "PLANNING BOARD\n\nMEMBER KING: I have a question.\n<CHAIR> Go ahead.\nMEMBER KING: Thank you.\n"
    )
    assert _speakers(root) == ["MEMBER KING:", "<CHAIR>", "MEMBER KING:"]


def test_a_chat_excerpt_with_each_nick_once_opens_its_turns() -> None:
    """ "<Agent> Hello, …" / "<Customer> my order …": two nicks, each printed once."""
    root = tabled_tei("en-support-chat-angle-once.txt")
    assert _said(root) == ["Hello, how can I help you today?", "my order has not arrived"]


def test_a_spaced_arrow_comparing_figures_is_no_label() -> None:
    """ "GDP > 2 percent …" and "Q3 > Q2 …" stay the treasurer's speech; "CHAIR >" labels."""
    root = tabled_tei("en-finance-committee-arrow-comparisons.txt")
    said = _said(root)
    assert any("GDP > 2 percent next year" in p for p in said)
    assert any("Q3 > Q2 on every line" in p for p in said)


def test_a_sum_after_the_arrow_is_a_comparison_too() -> None:
    """ "COST > $400 …" compares; "MAYOR > Thank you." is the label still."""
    root = text_tei(
        "CITY COUNCIL\n\nMAYOR > We take up the repair.\nCLERK > The bid is in.\n"
        "COST > $400 per square foot is the estimate.\nMAYOR > Thank you.\n"
    )
    assert _speakers(root) == ["MAYOR >", "CLERK >", "MAYOR >"]


def test_a_numbered_speaker_word_of_another_language_in_square_brackets() -> None:
    """ "[Sprecher 1] Gut, …": a speech-to-text service's word numbered labels in any language
    it lists; "[Anlage 2] Fahrplan …", an annex numbered, stays the speech's."""
    root = tabled_tei("de-interview-sprecher-numbered-squared.txt")
    assert any(p.startswith("Anlage 2 Fahrplan") for p in _said(root))


def test_a_body_numbered_in_square_brackets_is_no_speaker() -> None:
    """ "[Council 2] The council supports …": an office that names a body, numbered, is a
    document's; "[Witness 1] Yes, …" beside it is a label."""
    root = text_tei(
        "JOINT COMMITTEE\nSubmissions received\n\nCHAIR: We turn to the submissions.\n"
        "[Council 2] The council supports the proposal.\n[Witness 1] Yes, I signed it.\nCHAIR: Thank you.\n"
    )
    assert _speakers(root) == ["CHAIR:", "[Witness 1]", "CHAIR:"]
    assert any(p.startswith("Council 2 The council supports") for p in _said(root))

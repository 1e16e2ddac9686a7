"""The round's table rows and reporter's verbs narrowed where other records print the same shape
(invented samples; labels in turns.toml, persons in ids.toml): a dated line with a column of four
figures at its end whose words name the house or its record in CAPITALS is a Hansard's page head
printed once, no table's row ("May 3, 2021      COMMONS DEBATES      6457"); a name and a
reporter's verb at a line's head in a record labelled with colons is the speech quoting or
narrating, no turn ("Sr. GARCÍA señaló, en esta tribuna, que …")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def _furniture(root: object) -> list[str]:
    return texts(root, "//t:list[@type='furniture']/t:item")  # type: ignore[arg-type]


def test_a_column_head_printed_once_is_furniture() -> None:
    """The facing page's head, the date first and the column last, printed once between two
    turns is removed: its words in CAPITALS name the record, no row's label."""
    root = tabled_tei("en-commons-column-head-once.txt")
    assert _furniture(root) == ["May 3, 2021 COMMONS DEBATES 6457"]
    assert not any("COMMONS DEBATES" in p for p in _said(root))


def test_a_house_head_in_words_and_a_column_is_furniture() -> None:
    """ "HOUSE OF COMMONS      3 May 2021      1234" between two sentences is the head, and so is
    a head naming its house in Mixed case ("House of Assembly"); a table's row in a sentence's
    words keeps its amount of four figures (negative)."""
    text = (
        "Oral Answers\n\nMr Grant: What assessment has he made of energy costs.\n\n"
        "HOUSE OF COMMONS          3 May 2021          1234\n\n"
        "Mr Reed: We keep these matters under review.\n\nMr Grant: I thank him.\n"
    )
    assert _furniture(text_tei(text)) == ["HOUSE OF COMMONS 3 May 2021 1234"]
    mixed = text.replace("HOUSE OF COMMONS", "House of Assembly")
    assert _furniture(text_tei(mixed)) == ["House of Assembly 3 May 2021 1234"]
    row = (
        "MINUTES OF THE BOARD\n\nChair: The grant was received as follows.\n"
        "Paid by the Trust on 30 June 2021          4120\n"
        "The Board thanked the Trust.\n\nMr. Lowe: Agreed.\n"
    )
    root = text_tei(row)
    assert any("Paid by the Trust on 30 June 2021 4120" in p for p in _said(root))
    assert _furniture(root) == []


def test_a_reported_verb_in_a_colon_record_is_speech() -> None:
    """ "Sr. GARCÍA señaló, en esta tribuna, …" under a speech that announces it is the speech's
    quotation: no turn of "Sr. GARCÍA", the line kept in the member's turn."""
    root = tabled_tei("es-congreso-quoted-reported-verb.txt")
    assert "Sr. GARCÍA" not in _speakers(root)
    assert "Sr. GARCÍA señaló, en esta tribuna, que no habría recortes." in _said(root)


def test_the_reporters_third_person_stays_a_label_where_the_record_prints_it() -> None:
    """The historic Hansard's "MR. SMITH said, …" is still a label where the record labels so,
    alone in an excerpt or beside one colon label (negative)."""
    alone = "HOUSE OF COMMONS.\n\nMR. SMITH said, he wished to ask the Secretary of State a question.\n"
    assert _speakers(text_tei(alone)) == ["MR. SMITH"]
    mixed = (
        "SUPPLY.\n\nMR. SMITH said, he wished to ask a question of the noble Lord.\n\n"
        "MR. JONES said, the noble Lord would answer in due course.\n\n"
        "MR. SPEAKER: Order, order!\n"
    )
    assert _speakers(text_tei(mixed)) == ["MR. SMITH", "MR. JONES", "MR. SPEAKER:"]

"""Shapes the round's rules could catch wrongly: a member telling his own motion or petition in
the first person ("Mr. President, I moved that the Senate adjourn.") is his speech, no narration
of the Globe's. Invented samples (names invented; labels in turns.toml, persons in ids.toml) and
counter-examples of the round's other rules that read as the rules mean them."""

from __future__ import annotations

import pytest

from label_samples import tabled_tei, text_tei, texts

# Counter-examples the round's rules must leave as they are, each its text and printed labels.
KEPT = [
    # a member's own motion in a record of blank lines: his speech, the narration's verb no event
    pytest.param(
        "IN SENATE.\n\nMr. BENTON. Mr. President, I moved that the Senate adjourn.\n\n"
        "Mr. CLAY. The Senator may renew his motion.\n",
        ["Mr. BENTON.", "Mr. CLAY."],
        id="own motion, blank lines",
    ),
    # "The Convention is clear:" in a witness's answer: speech, no house over it
    pytest.param(
        "SENATOR WARD: What does the text say?\nDR. KLEIN: The Convention is clear:\n"
        "it binds every party from the day of ratification.\nSENATOR WARD: Thank you.\n",
        ["SENATOR WARD:", "DR. KLEIN:", "SENATOR WARD:"],
        id="a convention in speech",
    ),
    # a name, a dash and an office in lower case going on in a sentence: speech
    pytest.param(
        "CHAIR: Who spoke at the last meeting?\n\nMS HALE: Several people.\n"
        "Ivanov – member of the commission, said that the costs were too high.\n\nCHAIR: Thank you.\n",
        ["CHAIR:", "MS HALE:", "CHAIR:"],
        id="dashed office in a sentence",
    ),
    # the chair calling a member named with an abbreviated particle: the chair's turn, no field
    pytest.param(
        "Präsident: Heinrich v. Gagern.\nHeinrich v. Gagern: Meine Herren, ich beginne mit dem Etat.\n"
        "Präsident: Karl v. Rotteck.\nKarl v. Rotteck: Ich danke.\n",
        ["Präsident:", "Heinrich v. Gagern:", "Präsident:", "Karl v. Rotteck:"],
        id="chair calls a member",
    ),
    # a head over one-line turns some of which lost their stops: each line its turn
    pytest.param(
        "Interview with Maria Lopez\nRecorded 3 May 2001\n\nQ: Where were you born\n"
        "A: In a small village near Oaxaca\nQ: And your parents?\n"
        "A: My father was a farmer, my mother sold bread.\n",
        ["Q:", "A:", "Q:", "A:"],
        id="head over one-line turns",
    ),
    # the members present, each a name, a dash and an office, under their field: no turns
    pytest.param(
        "ПРОТОКОЛ № 5\nзаседания комиссии по бюджету\n\nПрисутствовали:\n"
        "Иванов И.И. – председатель комиссии\nПетров П.П. – член комиссии\nСидоров С.С. – секретарь\n\n"
        "Иванов И.И. – председатель комиссии\nКоллеги, начнём с отчёта о расходах.\n\n"
        "Петров П.П. – член комиссии\nОтчёт готов, прошу слова.\n",
        ["Иванов И.И. – председатель комиссии", "Петров П.П. – член комиссии"],
        id="officers under the field of those present",
    ),
]


@pytest.mark.parametrize(("text", "labels"), KEPT)
def test_counter_examples_read_as_before(text: str, labels: list[str]) -> None:
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels


def test_a_member_telling_his_own_motion_and_petition_speaks() -> None:
    """ "Mr. President, I moved that the Senate adjourn." and "Mr. President, I presented the
    memorial of …, which was referred to the Committee on Commerce." under the member's sentence
    in hard-wrapped text are his own words in the first person: speech of his turn, no event;
    "Mr. WINSLOW moved that the Senate adjourn." below is the Globe's narration, an event."""
    root = tabled_tei("en-globe-member-tells-own-motion.txt")
    assert "Mr. President, I moved that the Senate adjourn." in texts(root, "//t:sp[1]/t:p")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("Mr. President, I presented the memorial")
    assert texts(root, "//t:body//t:stage") == [
        "Mr. WINSLOW moved that the Senate adjourn.",
        "The motion was agreed to.",
    ]


def test_a_table_s_rows_of_the_same_words_are_no_running_head() -> None:
    """Two rows of a vote's table, numbered at the left, the same amendment and article at the
    right, one under the other: no page's head (a page's head recurs with its page between),
    so the rows stay the record's text."""
    root = text_tei(
        "VOTES ON THE AMENDMENTS\n\n3     Amendment moved by Senator Hale         Art. 7\n"
        "5     Amendment moved by Senator Hale         Art. 7\n"
        "The PRESIDENT: Both amendments to article 7 are negatived.\nSenator HALE: I regret that.\n"
    )
    assert sum("Amendment moved by Senator Hale" in p for p in texts(root, "//t:text//t:p")) == 2
    assert texts(root, "//t:sp/t:speaker") == ["The PRESIDENT:", "Senator HALE:"]

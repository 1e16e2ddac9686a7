"""Shapes of bilingual and island assemblies, each in an invented sample (names invented; labels
in turns.toml, persons in ids.toml): a Frisian agenda item heading the minutes between the turns
("Agindapunt 2: …"), a Welsh and an Irish one ("Eitem 5: …", "Mír 3: …"), and the printed
question a Manx or Westminster-style member reads out on the line below his label ("To ask the
Minister for X:"), the narration of the question, no label."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_the_frisian_agenda_item_is_no_label() -> None:
    """ "Agindapunt 2: Fêststelling fan de agenda." heads the item; the chair and members speak."""
    root = tabled_tei("fy-steaten-agindapunt-heading.txt")
    assert not any(s.startswith("Agindapunt") for s in _speakers(root))
    assert "Agindapunt 2: Fêststelling fan de agenda." in _said(root)
    assert "Deputearre Dijkstra:" in _speakers(root)


def test_the_welsh_agenda_item_is_no_label() -> None:
    """ "Eitem 5: Dadl y Ceidwadwyr Cymreig." between the turns is the item's heading."""
    root = tabled_tei("cy-senedd-eitem-heading.txt")
    assert not any(s.startswith("Eitem") for s in _speakers(root))
    assert "Eitem 5: Dadl y Ceidwadwyr Cymreig." in _said(root)


def test_the_irish_agenda_item_is_no_label() -> None:
    root = text_tei(
        "Seanad Éireann\n\nAn Cathaoirleach: Go raibh maith agaibh. Tosóimid anois.\n\n"
        "Mír 3: Ráitis faoin bhfeirmeoireacht.\n\nSenator Áine Ní Bhriain: Go raibh maith agat, "
        "a Chathaoirligh.\n\nAn Cathaoirleach: Go raibh maith agat.\n"
    )
    assert _speakers(root) == ["An Cathaoirleach:", "Senator Áine Ní Bhriain:", "An Cathaoirleach:"]


def test_an_item_word_inside_the_speech_stays_speech() -> None:
    """Negative: the chair naming the item in her sentence ("Eitem 4 yw'r datganiad.") keeps
    it in her turn; her label is found."""
    root = tabled_tei("cy-senedd-eitem-heading.txt")
    assert any(p.startswith("Eitem 4 yw'r datganiad.") for p in _said(root))
    assert _speakers(root)[0] == "Y Dirprwy Lywydd (David Rees):"


def test_the_question_read_out_is_no_label() -> None:
    """ "To ask the Minister for Environment, Food and Agriculture:" under "Mr Quayle:" stays his
    speech; the minister who answers is the label."""
    root = tabled_tei("en-im-keys-to-ask-heading.txt")
    assert not any(s.startswith("To ask") for s in _speakers(root))
    assert any("To ask the Minister for Environment, Food and Agriculture:" in p for p in _said(root))
    assert "The Minister for Environment, Food and Agriculture (Mr Kermode):" in _speakers(root)


def test_a_capitalised_ask_in_a_name_stays_a_label() -> None:
    """Negative: only the lower-case verb narrates; a member named "Ask" is a label."""
    root = text_tei(
        "The Speaker: Question 3, the hon. Member for Onchan, Mr Ask.\n\n"
        "Mr Ask: Thank you, Mr Speaker. I rise to ask the Minister about the harbour.\n\n"
        "The Minister for Infrastructure (Mrs Crellin): Thank you, Mr Speaker.\n"
    )
    assert _speakers(root) == [
        "The Speaker:",
        "Mr Ask:",
        "The Minister for Infrastructure (Mrs Crellin):",
    ]


def test_the_chair_named_in_brackets_after_the_office_is_the_holder() -> None:
    """ "In the Chair: The Speaker (Hon. R K Corlett)" puts R K Corlett in the chair, the bracket
    closed out of his name; "The Speaker:" and "Mr Speaker:" below are he."""
    root = tabled_tei("en-im-keys-chair-holder-bracket.txt")
    assert texts(root, "//t:person[@xml:id='r-k-corlett']//t:surname") == ["Corlett"]
    assert not any(name.endswith(")") for name in texts(root, "//t:person/t:persName"))


def test_a_seat_in_brackets_after_the_chair_s_name_stays_the_name() -> None:
    """Negative: a name with its seat in brackets ("Mr J. Quine (Ayre)") is no office and its
    holder: the chair is Mr Quine, the seat no name."""
    root = text_tei(
        "OFFICIAL REPORT\n\nIn the Chair: Mr J. Quine (Ayre)\n\nMr Quine: Good morning.\n\n"
        "Mrs Teare: Thank you.\n\nMr Quine: Next item.\n"
    )
    assert texts(root, "//t:person[@role='chair']//t:surname") == ["Quine"]

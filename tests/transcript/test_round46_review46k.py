"""Review of the bilingual and island assemblies' shapes, each in an invented sample or excerpt
(names invented): the members of a Welsh, Irish, Basque or Galician house answering together
("Aelodau o'r Senedd: Clywch, clywch.", "Teachtaí:", "Legebiltzarkideak:", "Varios deputados:")
are a group; a question paper's asker and the question put ("1. Mr Quayle to ask the Minister
for Health:") stays the asker's label where the printed question read out with no asker ("To
ask the Minister:") narrates; a bracket after the chair's office that names no holder ("The
Speaker (Acting)") leaves the office in the chair."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _groups(root: object) -> list[str]:
    return [str(ident) for ident in root.xpath("//t:personGrp/@xml:id", namespaces=NS)]  # type: ignore[attr-defined]


def test_the_welsh_members_answering_together_are_a_group() -> None:
    """ "Aelodau o'r Senedd:", "Aelodau'r Senedd:" and "Aelodau:" each cry "Clywch, clywch."."""
    root = tabled_tei("cy-senedd-aelodau-group.txt")
    assert _groups(root) == ["aelodau-o-r-senedd", "aelodau-r-senedd", "aelodau"]
    assert "Clywch, clywch." in texts(root, "//t:sp[@who='#aelodau-o-r-senedd']/t:p")


def test_the_irish_basque_and_galician_members_together_are_groups() -> None:
    irish = text_tei(
        "Dáil Éireann\n\nAn Ceann Comhairle: Glaoim ar an Teachta Ó Murchú.\n\n"
        "Deputy Seán Ó Murchú: Go raibh maith agat, a Cheann Comhairle.\n\nTeachtaí: Éist, éist.\n\n"
        "An Ceann Comhairle: Go raibh maith agat.\n"
    )
    assert _groups(irish) == ["teachtai"]
    basque = text_tei(
        "Eusko Legebiltzarra\n\nLehendakaria (Miren Agirre): Hitza du Etxeberria andreak.\n\n"
        "Etxeberria Zubiri andrea: Eskerrik asko, lehendakari andrea.\n\nLegebiltzarkideak: Bravo!\n\n"
        "Lehendakaria: Eskerrik asko.\n"
    )
    assert _groups(basque) == ["legebiltzarkideak"]
    galician = text_tei(
        "Parlamento de Galicia\n\nA señora PRESIDENTA: Ten a palabra a señora Prado.\n\n"
        "A señora PRADO LÓPEZ: Grazas, presidenta. Escoitamos moitas cousas.\n"
        "Voces da mocidade: iso pedimos.\n\nVarios deputados: Moi ben!\n\nUnha voz: Fóra!\n\n"
        "A señora PRESIDENTA: Silencio.\n"
    )
    assert _speakers(galician) == [
        "A señora PRESIDENTA:",
        "A señora PRADO LÓPEZ:",
        "Varios deputados:",
        "Unha voz:",
        "A señora PRESIDENTA:",
    ]
    assert _groups(galician) == ["varios-deputados", "unha-voz"]


def test_a_phrase_opening_with_voces_stays_speech() -> None:
    """Negative: "Voces da mocidade: iso pedimos." in a speech is its sentence, no group."""
    root = text_tei(
        "Parlamento de Galicia\n\nA señora PRESIDENTA: Ten a palabra a señora Prado.\n\n"
        "A señora PRADO LÓPEZ: Grazas, presidenta.\nVoces da mocidade: iso pedimos.\n\n"
        "A señora PRESIDENTA: Grazas.\n"
    )
    assert _speakers(root) == ["A señora PRESIDENTA:", "A señora PRADO LÓPEZ:", "A señora PRESIDENTA:"]
    assert any("Voces da mocidade: iso pedimos." in p for p in texts(root, "//t:sp/t:p"))


_PAPER = (
    "HOUSE OF KEYS\nOFFICIAL REPORT\n\nThe Speaker: Question 1.\n\n"
    "1. Mr Quayle to ask the Minister for Health and Social Care:\n"
    "What plans he has for the hospital waiting lists?\n\n"
    "The Minister for Health and Social Care (Mr Ashford): Thank you, Mr Speaker. The lists are falling.\n\n"
    "Mr Quayle: I thank the Minister.\n\nThe Speaker: Question 2.\n"
)


def test_the_question_paper_s_asker_to_ask_the_minister_is_a_label() -> None:
    """ "1. Mr Quayle to ask the Minister for Health and Social Care:" names the asker before
    the question he puts: his label, the question below his speech, as "1. Hon X to the Prime
    Minister:" is."""
    root = text_tei(_PAPER)
    assert _speakers(root)[1] == "1. Mr Quayle to ask the Minister for Health and Social Care:"
    assert "What plans he has for the hospital waiting lists?" in texts(root, "//t:sp[2]/t:p")


def test_a_question_reported_in_the_past_stays_narration() -> None:
    """Negative: minutes reporting the chair's question ("The Chairman asked the Minister of
    Finance:") narrate; it stays in Mr Black's turn, no label."""
    root = text_tei(
        "Minutes of the Finance Committee\n\nThe Chairman: We turn to item 4.\n\n"
        "Mr Black: Thank you, Chairman.\nThe Chairman asked the Minister of Finance:\n"
        "When will the budget be published?\n\nMr White: In March.\n\nThe Chairman: Thank you.\n"
    )
    assert _speakers(root) == ["The Chairman:", "Mr Black:", "Mr White:", "The Chairman:"]


def test_a_bracket_naming_no_holder_leaves_the_office_in_the_chair() -> None:
    """Negative: "In the Chair: The Speaker (Acting)" tells how the office is held; "Acting" is
    no one, the chair stays the Speaker."""
    root = text_tei(
        "HOUSE OF KEYS\nOFFICIAL REPORT\n\nIn the Chair: The Speaker (Acting)\n\n"
        "The Speaker: Good morning, Hon. Members.\n\nMr Skelly: Good morning.\n\nThe Speaker: Item 2.\n"
    )
    assert texts(root, "//t:person[@role='chair']/t:persName[1]") == ["The Speaker"]
    assert not texts(root, "//t:person[@xml:id='acting']")


def test_the_galician_conselleira_before_her_name_in_brackets_is_the_office() -> None:
    """ "A señora CONSELLEIRA DO MAR (Villar Balado):" is the minister of the sea, Villar Balado
    the holder the brackets name, as the Castilian "CONSEJERA" is."""
    root = text_tei(
        "Parlamento de Galicia\n\nO señor PRESIDENTE: Bos días. Comeza a sesión.\n\n"
        "A señora CONSELLEIRA DO MAR (Villar Balado): Grazas, presidente.\n\n"
        "O señor BARREIRO PÉREZ: Moitas grazas.\n"
    )
    assert [str(who) for who in root.xpath("//t:sp/@who", namespaces=NS)][1] == "#villar-balado"

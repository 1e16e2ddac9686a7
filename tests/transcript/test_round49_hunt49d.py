"""Shapes of Latin American and Brazilian records, each in an invented sample (labels in
turns.toml, persons in ids.toml): a Brazilian council's vereador abbreviated after the form of
address ("O SR. VER. X :-", "A SRA. VER.ª Y :-") and inside the chair's brackets ("O SR.
PRESIDENTE (Ver. Z) :-"), a form of address before the name whose stop ends no label, where
"… fui lá ver." still ends its sentence; the Brazilian Senate's secretariat heading a CPI's notes
("SECRETARIA-GERAL DA MESA"), a department's name and no office alone over a turn; a Colombian
council's "H.C." (honorable concejal) before the name, a form of address and no initials."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers

# 1. The vereador's abbreviation after "O SR." and in the chair's brackets

_HEAD = (
    "CÂMARA MUNICIPAL DE SERRA DOURADA\n\nO SR. PRESIDENTE (Ver. Geraldo Pimentel) – Está aberta a sessão.\n"
)
_CHAIR = "O SR. PRESIDENTE (Ver. Geraldo Pimentel) –"


def test_vereador_abbreviated_after_form_of_address_is_one_label() -> None:
    """ "O SR. VER. OTACÍLIO BRAGA :-": the second form of address's stop is the label's, not a
    sentence's end that would cut "O SR. VER." off as a label of its own and leave the name to
    another; the chair's "(Ver. Geraldo Pimentel)" names its holder, not a person "Ver"."""
    root = tabled_tei("pt-br-camara-ver-after-title.txt")
    assert "ver-geraldo-pimentel" in turn_ids(root)
    # "Fui lá ver. As máquinas …": the verb's stop ends the sentence inside the speech
    assert any("Fui lá ver. As máquinas foram embora." in para for para in turn_paragraphs(root))


def test_ver_ending_a_sentence_before_a_label_still_ends_it() -> None:
    """ "… vamos ver. O SR. X –" run on one line: "ver." after a word that is no form of
    address ends the sentence, and the label after it is found where it starts."""
    line = f"O SR. VER. OTACÍLIO BRAGA – Ainda não sei o custo, vamos ver. {_CHAIR} Conclua, vereador.\n"
    root = text_tei(_HEAD + line, "pt.txt")
    assert turn_speakers(root) == [_CHAIR, "O SR. VER. OTACÍLIO BRAGA –", _CHAIR]


def test_ver_after_a_form_of_address_in_a_sentence_stays_speech() -> None:
    """ "Disse o Sr. Ver. Braga que …" inside a speech: the abbreviation is read as a form of
    address, but the line holds no label's mark after the name, so no turn opens there."""
    said = "Disse o Sr. Ver. Braga que a obra está parada desde março.\n"
    root = text_tei(_HEAD + said + "A SRA. VER.ª LINDALVA CORRÊA – Confirmo.\n", "pt.txt")
    assert turn_speakers(root) == [_CHAIR, "A SRA. VER.ª LINDALVA CORRÊA –"]
    assert any(para.startswith("Disse o Sr. Ver. Braga") for para in turn_paragraphs(root))


# 2. The Brazilian Senate's secretariat over a CPI's notes


def test_secretariat_heading_is_no_label() -> None:
    """ "SECRETARIA-GERAL DA MESA" alone under the house's name: the secretariat's word opens
    with the secretary's stem, but in Portuguese it names the department
    (``department_words``), no holder; the Secretary-General herself keeps her label."""
    root = tabled_tei("pt-br-cpi-secretaria-geral-heading.txt")
    assert "SECRETARIA-GERAL DA MESA" not in turn_speakers(root)
    assert "A SRA. SECRETÁRIA-GERAL DA MESA (Marta Quintela) –" in turn_speakers(root)


def test_spanish_secretary_general_alone_keeps_her_label() -> None:
    """ "SECRETARIA GENERAL" alone over her words in a Spanish council's record: in Spanish the
    word is the secretary's (the department is "Secretaría"), and the Portuguese word is read in
    Portuguese records alone."""
    root = text_tei(
        "CONCEJO MUNICIPAL DE VILLA ROSALES\nACTA N.° 12\n\n"
        "PRESIDENTE\nBuenos días. Señora secretaria, llame a lista.\n\n"
        "SECRETARIA GENERAL\nSí, señor presidente. Hay quórum.\n\n"
        "PRESIDENTE\nSe abre la sesión.\n",
        "es.txt",
    )
    assert turn_speakers(root) == ["PRESIDENTE", "SECRETARIA GENERAL", "PRESIDENTE"]


# 3. The Colombian honorable's letters before a member's name


def test_colombian_honorable_letters_are_a_form_of_address() -> None:
    """ "H.C. MARLENY ZÚÑIGA OBANDO:": a Colombian council prints the honorable councillor's
    letters before the name (and "H.S.", "H.R." the senator's and the representative's): in
    Spanish records a form of address (``letter_titles``), no forename's initials."""
    root = tabled_tei("es-co-concejo-hc-honorable.txt")
    assert name_parts_of(root, "h-c-marleny-zuniga-obando")[:2] == [
        ("roleName", "honorific", "H.C."),
        ("forename", None, "Marleny"),
    ]


def test_letters_h_c_in_english_stay_initials() -> None:
    """ "H.C. Whitfield:" in an English record: the same letters are a forename's initials there."""
    root = text_tei(
        "CITY COUNCIL\n\nTHE MAYOR: We begin.\nH.C. Whitfield: Thank you, Mayor.\nTHE MAYOR: Next item.\n",
        "en.txt",
    )
    whitfield = next(ident for ident in turn_ids(root) if "whitfield" in ident)
    assert name_parts_of(root, whitfield)[0] == ("forename", None, "H.C.")

"""Lines of a parliament's record shaped like labels that name no speaker: an amendment's
instruction before the words it quotes (the Sénat's "Remplacer les mots :"), the Nationalrat
chair's call of the next speaker on a line of its own ("Nächste Rednerin: …"), a resolution's
signatures under their office ("Předseda Senátu:" / "X v. r."), and the Seimas protocol's items
considered and decided ("SVARSTYTA.", "NUTARTA."), and a protocol's head fields set off by a
dash ("Секретарь – Лаптева Н.И."). Invented samples (names invented; labels in turns.toml,
persons in ids.toml) and the counter-examples that stay labels."""

from __future__ import annotations

import pytest

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_an_amendment_s_instruction_stays_in_the_chair_s_turn() -> None:
    """ "Remplacer les mots :" / "« trois mois »" / "par les mots :" / "« six mois »": the
    amendment the chair reads, no label; its quoted words stay his."""
    tei = tabled_tei("fr-senat-amendement-remplacer-les-mots.txt")
    read = " / ".join(texts(tei, "(//t:sp)[1]/t:p")[2:6])
    assert read == "Remplacer les mots : / « trois mois » / par les mots : / « six mois »"
    assert "Supprimer les mots :" in texts(tei, "(//t:sp)[3]/t:p")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "PRESIDENTE. L'emendamento 3.1 è così formulato:\n\nSostituire le parole:\n\n«sei mesi»\n\n"
            "con le seguenti:\n\n«un anno».\n\nROSSI, relatore. Il parere è favorevole.\n",
            ["PRESIDENTE.", "ROSSI, relatore."],
        ),
        (
            "El señor PRESIDENTE: Se da lectura a la enmienda número 12, que dice así:\n\n"
            "Sustituir el texto:\n\n«en el plazo de seis meses»\n\npor el siguiente:\n\n"
            "«en el plazo de un año».\n\nEl señor GARRIDO LÓPEZ: Votaremos a favor.\n",
            ["El señor PRESIDENTE:", "El señor GARRIDO LÓPEZ:"],
        ),
    ],
)
def test_an_amendment_s_instruction_in_italian_and_spanish_is_no_label(text: str, labels: list[str]) -> None:
    """ "Sostituire le parole:", "Sustituir el texto:": the same instruction in other languages."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels


def test_an_article_rewritten_in_full_keeps_the_labels_around_it() -> None:
    """ "Rédiger ainsi cet article :" was never a label; the labels around it are read as before."""
    tei = text_tei(
        "M. le président. L'amendement n° 5, présenté par M. Dufour, est ainsi libellé :\n\n"
        "Rédiger ainsi cet article :\n\n« Art. 3. – Le conseil municipal délibère sur le budget. »\n\n"
        "La parole est à M. Dufour.\n\nM. Paul Dufour. Cet amendement clarifie le texte.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["M. le président.", "M. Paul Dufour."]


def test_the_chair_s_call_of_the_next_speaker_stays_in_the_chair_s_turn() -> None:
    """ "Nächste Rednerin: Frau Abgeordnete Mag. Karin Pölzl. – Bitte, …" on a line of its own
    names who speaks below, under her own label: the chair's words."""
    tei = tabled_tei("de-at-nationalrat-naechste-rednerin.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[-1] == (
        "Nächste Rednerin: Frau Abgeordnete Mag. Karin Pölzl. – Bitte, Frau Abgeordnete."
    )
    assert texts(tei, "(//t:sp)[3]/t:p")[-1] == "Nächster Redner: Herr Abgeordneter Franz Wimmer. – Bitte."


def test_a_resolution_s_signatures_under_their_office_are_no_turns() -> None:
    """ "Předseda Senátu:" / "Václav Dlouhý v. r.", "Ověřovatelé:" / two names signed: no one
    speaks a name and the mark that it was signed; the text stays."""
    tei = sample_tei("cs-senat-usneseni-podpis-vr.txt")
    assert texts(tei, "//t:sp") == []
    body = " ".join(texts(tei, "//t:body//t:p"))
    assert "Předseda Senátu: Václav Dlouhý v. r." in body
    assert "Jitka Lorencová v. r." in body


def test_a_signature_read_out_in_a_turn_stays_in_it() -> None:
    """A committee's resolution read into the debate, its chair's signature under it: the
    reader's turn goes on; the next senator's label is read."""
    tei = text_tei(
        "Místopředsedkyně Senátu Eva Malá:\nPřečtu vám usnesení výboru.\n"
        "Výbor doporučuje návrh zákona schválit.\nPředseda výboru:\nPetr Dvořák v. r.\n\n"
        "Senátor Jan Horák:\nDěkuji za slovo. Výbor se mýlí.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Místopředsedkyně Senátu Eva Malá:", "Senátor Jan Horák:"]
    read = " ".join(texts(tei, "(//t:sp)[1]/t:p"))
    assert read.endswith("Předseda výboru: Petr Dvořák v. r.")


def test_an_office_over_a_speech_stays_a_label() -> None:
    """ "Předseda Senátu:" over "Děkuji. Slovo má …": a speech, no signature."""
    tei = text_tei(
        "Předseda Senátu:\nDěkuji. Slovo má senátor Jan Horák.\n\nSenátor Jan Horák:\nDěkuji za slovo.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Předseda Senátu:", "Senátor Jan Horák:"]


def test_the_seimas_protocol_s_items_considered_and_decided_are_no_labels() -> None:
    """ "SVARSTYTA. … projektas …" and "NUTARTA. Pritarti …": the protocol's own words, in
    CAPITALS before their stop as the Seimas prints them; no turn, no word lost."""
    tei = sample_tei("lt-seimas-protokolas-svarstyta-nutarta.txt")
    assert texts(tei, "//t:sp") == []
    body = texts(tei, "//t:body//t:p")
    assert any(p.startswith("SVARSTYTA. Miškų įstatymo projektas") for p in body)
    assert any(p.startswith("NUTARTA. Pritarti šiam projektui po pateikimo.") for p in body)


def test_a_protocol_s_head_fields_set_off_by_a_dash_are_no_turns() -> None:
    """ "Председательствующий – Ковалёв П.С." and "Секретарь – Лаптева Н.И.", each a paragraph
    of the head: who presides and who keeps the minutes, no turns; the chair who presides is the
    one who speaks as "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ." below."""
    tei = tabled_tei("ru-stenogramma-head-dash-fields.txt")
    assert not tei.xpath("//t:speaker[contains(., 'Секретарь')]", namespaces=NS)
    assert tei.xpath("//t:person[@xml:id='kovalev-p-s']/@role", namespaces=NS) == ["chair"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "ПРЕДСЕДАТЕЛЬ – Товарищи, заседание объявляю открытым.\n\nГОРБУНОВ – Товарищи! План выполнен.\n\n"
            "ПРЕДСЕДАТЕЛЬ – Вопросы есть?\n",
            ["ПРЕДСЕДАТЕЛЬ –", "ГОРБУНОВ –", "ПРЕДСЕДАТЕЛЬ –"],
        ),
        (
            "Председатель – Слово имеет Горбунов А.Ф.\n\nГорбунов А.Ф. – Товарищи! План выполнен.\n\n"
            "Председатель – Вопросы есть?\n",
            ["Председатель –", "Горбунов А.Ф. –", "Председатель –"],
        ),
        (
            "MINUTES\n\nChair – Councillor Jane Roe\n\nCHAIR – Good evening, everyone. Let us begin.\n\n"
            "COUNCILLOR SMITH – Thank you, Chair.\n",
            ["CHAIR –", "COUNCILLOR SMITH –"],
        ),
    ],
)
def test_a_dashed_label_over_a_speech_stays_a_turn(text: str, labels: list[str]) -> None:
    """The chair's dashed label opening a speech, or calling the next speaker in a sentence, is a
    turn as before; a head's field of the same shape (a name and no more) is none."""
    assert texts(text_tei(text), "//t:sp/t:speaker") == labels


@pytest.mark.parametrize(
    "text",
    [
        "Presidente: consigliere Rossi.\n\nConsigliere Rossi: Grazie, presidente.\n\nPresidente: Grazie.\n",
        "BAŞKAN – Buyurun Sayın Arslan.\n\nZEYNEP ARSLAN (İzmir) – Sayın Başkan, teşekkür ederim.\n\n"
        "BAŞKAN – Teşekkür ederiz.\n",
    ],
)
def test_the_chair_calling_a_member_first_stays_a_turn(text: str) -> None:
    """The chair's first words calling a member by office or form of address, who answers under
    a label below, are a turn, with a colon or a dash after an office in CAPITALS."""
    assert len(texts(text_tei(text), "//t:sp/t:speaker")) == 3

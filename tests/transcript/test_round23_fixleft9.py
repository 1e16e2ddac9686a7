"""Round 23: the label shapes the hunters of real records left, each read as its genre prints it."""

from __future__ import annotations

from label_samples import NS, name_parts_of, tabled_tei, text_tei, texts

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_spanish_label_alone_above_a_dialogue_dash() -> None:
    tei = tabled_tei("es-an-diario-alone-dialogue-dash.txt")
    assert texts(tei, "(//t:sp)[1]/t:p[1]") == [
        "—Buenos días, señorías. Se abre la sesión. Pasamos al debate del proyecto de ley."
    ]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "—Gracias, presidente.",
        "Señorías, el proyecto que hoy debatimos llega tarde y llega mal.",
    ]


def test_note_in_brackets_glued_after_the_colon() -> None:
    tei = tabled_tei("fr-tn-arp-note-after-colon.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "(Point d'ordre) Avant de commencer le vote, il faut clôturer le débat général."
    ]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("(Rappel au règlement) Je voulais")


def test_office_capitalised_as_a_title_after_a_dash_is_the_role() -> None:
    tei = tabled_tei("ro-md-parlament-titled-office-dash.txt")
    roles = {p.get(XML_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles == {
        "domnul-ion-rusu": "Președintele Parlamentului",
        "doamna-maria-popa": "ministrul finanțelor",
    }
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Bună ziua, stimați colegi. Declar deschisă ședința."]


def test_bare_arabic_names_printed_once_apart() -> None:
    tei = tabled_tei("ar-web-excerpt-bare-names-once.txt")
    assert texts(tei, "//t:body//t:p[not(ancestor::t:sp)]") == [
        "وافق المجلس على جدول الأعمال، وبدأت مناقشة مشروع قانون الموازنة العامة."
    ]


def test_line_number_between_a_bracket_and_a_label() -> None:
    tei = tabled_tei("en-commission-flattened-bracket-number-label.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Thank you. 11 Please continue")


def test_a_number_after_the_first_word_stays_the_label_s() -> None:
    tei = text_tei(
        "Anf. 1 TALMANNEN:\nFru talman!\n\nAnf. 2 MAGDALENA ANDERSSON (S):\nFru talman! Vi röstar nej.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == ["Anf. 1 TALMANNEN:", "Anf. 2 MAGDALENA ANDERSSON (S):"]


def test_member_rose_is_a_stage_and_i_move_is_speech() -> None:
    tei = tabled_tei("en-ie-dail-rose-and-i-move-alone.txt")
    assert texts(tei, "//t:body//t:stage[not(ancestor::t:sp)]") == [
        "Ms O'Donnell rose.",
        "Deputy Brendan Kiely rose.",
    ]
    assert texts(tei, "(//t:sp)[2]/t:p")[1:3] == ["I move:", '"That the Bill be now read a Second Time."']


def test_item_in_capitals_with_its_stop_heads_the_turns_below() -> None:
    tei = tabled_tei("it-consiglio-regionale-oggetto-capitals-stop.txt")
    assert texts(tei, "//t:body//t:head") == [
        "OGGETTO N. 1 – APPROVAZIONE DEL VERBALE DELLA SEDUTA PRECEDENTE.",
        "OGGETTO N. 2 – COMUNICAZIONI DEL PRESIDENTE DELLA GIUNTA REGIONALE.",
    ]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Buongiorno, colleghi. Dichiaro aperta la seduta. Passiamo all'esame del primo oggetto."
    ]


def test_mixed_case_member_asking_inside_a_flattened_line() -> None:
    tei = tabled_tei("sw-bunge-flattened-mixed-case-aliuliza.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Waheshimiwa Wabunge, tukae."]
    assert name_parts_of(tei, "mhe-juma-hamisi-mkomwa")[-1] == ("surname", None, "Mkomwa")

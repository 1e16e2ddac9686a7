"""Round 23: label shapes the round's passes left, a further pass, each read as its genre prints it."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_chair_typed_once_in_another_spelling_is_one_person() -> None:
    tei = tabled_tei("en-senate-madame-typo.txt")
    persons = [p.get(XML_ID) for p in tei.xpath("//t:person", namespaces=NS)]
    assert persons == ["madam-president", "senator-holloway"]


def test_hall_note_after_the_chairs_colon_is_a_stage() -> None:
    tei = tabled_tei("es-concejo-nota-tras-dos-puntos.txt")
    assert texts(tei, "(//t:sp)[3]/t:speaker") == ["PRESIDENTE:"]
    assert texts(tei, "(//t:sp)[3]/t:p/t:stage[@type='noise']") == ["(Rumores)"]
    assert texts(tei, "(//t:sp)[3]/t:p") == [
        "(Rumores): Silencio, por favor. Tiene la palabra el concejal Aranguren."
    ]
    assert texts(tei, "(//t:sp)[5]/t:p/t:stage[@type='applause']") == ["(Aplausos)"]


def test_page_title_before_a_bar_is_no_speaker() -> None:
    tei = tabled_tei("lb-chamber-page-title-bar.txt")
    assert texts(tei, "//t:body//t:head") == ["Chambre des Députés | Compte rendu analytique"]
    assert "Chambre des Députés" not in " ".join(texts(tei, "//t:sp"))


def test_reporters_closing_narration_stands_after_the_last_turn() -> None:
    tei = tabled_tei("de-ausschuss-meldung-vertagte-sich.txt")
    assert texts(tei, "//t:div/t:stage[@type='other']") == ["Der Ausschuss vertagte sich."]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Vielen Dank. Wir setzen die Beratung am Dienstag fort."]


def test_letter_spaced_surname_the_chair_announced_is_the_label() -> None:
    tei = tabled_tei("it-camera-deputato-spaziato.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Non posso approvare il disegno di legge così come è stato presentato dal Governo, "
        "perché aggrava le condizioni dei contribuenti."
    ]
    labels = texts(tei, "//t:person[@xml:id='marzocchi']/t:persName[@type='label']")
    assert labels == ["Marzocchi", "M A R Z O C C H I"]


def test_label_with_office_filling_its_line_over_the_speech() -> None:
    tei = tabled_tei("de-ch-grosser-rat-label-eigene-zeile.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Die Finanzkommission beantragt")
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Wir kommen zum Geschäft 2024.RRGR.204, Nachkredit für die Kantonsschule Oberhofen. "
        "Das Wort hat der Sprecher der Kommission."
    ]


def test_capitals_heading_run_in_before_a_label_is_a_head() -> None:
    tei = tabled_tei("sw-bunge-kichwa-herufi-kubwa-ndani.txt")
    assert texts(tei, "//t:body//t:head") == ["MKUTANO WA KUMI NA TANO", "MASWALI NA MAJIBU"]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Waheshimiwa Wabunge, tukae. Katibu, tuendelee na shughuli inayofuata."
    ]


def test_czech_label_alone_the_chair_announced_word_order_first() -> None:
    tei = tabled_tei("cs-snemovna-jmeno-na-radku.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Děkuji, pane předsedo. Dovolte mi několik poznámek k návrhu zákona o státním rozpočtu."
    ]

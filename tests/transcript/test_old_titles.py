"""Labels of older records and of their editions: titles of nobility in a name, a label's stop
OCR read as a comma, one surname told apart by its constituency, a Spanish office with its
holder after a comma, and a document a hearing inserts into its record."""

from __future__ import annotations

from label_samples import NS, TURN_IDS, name_parts_of, sample_tei, text_tei, turn_ids
from stenogram.transcript.config import load_config
from stenogram.transcript.names import name_parts


def test_titles_of_nobility_are_no_forenames_and_an_office_after_the_comma_is_the_role() -> None:
    tei = sample_tei("de-reichstag-nobility.txt")
    assert turn_ids(tei) == TURN_IDS["de-reichstag-nobility.txt"]
    assert name_parts_of(tei, "prasident-graf-v-ballenstedt") == [
        ("roleName", "honorific", "Präsident"),
        ("roleName", "nobility", "Graf"),
        ("nameLink", None, "v."),
        ("surname", None, "Ballenstedt"),
    ]
    assert name_parts_of(tei, "abgeordneter-frhr-v-lindenau") == [
        ("roleName", "office", "Abgeordneter"),
        ("roleName", "nobility", "Frhr."),
        ("nameLink", None, "v."),
        ("surname", None, "Lindenau"),
    ]
    person = tei.xpath("//t:person[@xml:id='freiherr-v-stolzenau']", namespaces=NS)[0]
    assert person.get("role") == "Abgeordneter"
    chair = tei.xpath("//t:person[@xml:id='prasident-graf-v-ballenstedt']", namespaces=NS)[0]
    assert chair.get("role") == "chair"


def test_a_title_of_nobility_that_ends_the_name_is_its_surname() -> None:
    config = load_config()
    surnames = {
        label: [part.text for part in name_parts(label, config, "de") if part.kind == "surname"]
        for label in ("Abg. Ritter", "Roman Herzog", "Otto Graf Lambsdorff", "Ritter von Halden")
    }
    assert surnames == {
        "Abg. Ritter": ["Ritter"],
        "Roman Herzog": ["Herzog"],
        "Otto Graf Lambsdorff": ["Lambsdorff"],
        "Ritter von Halden": ["Halden"],
    }


def test_a_label_whose_stop_ocr_read_as_a_comma_is_the_one_believed_with_its_stop() -> None:
    tei = sample_tei("de-ocr-reichstag-comma-stop.txt")
    assert turn_ids(tei) == TURN_IDS["de-ocr-reichstag-comma-stop.txt"]
    kept = tei.xpath("//t:sp[@who='#kranz'][2]/t:p", namespaces=NS)
    assert [p.xpath("string()") for p in kept][-1].startswith("Kranz, der Abgeordnete aus Thüringen")
    ru = sample_tei("ru-ocr-comma-stop.txt")
    assert turn_ids(ru)[3] == "lavrukhin"
    assert ru.xpath("//t:sp[4]/t:p[1]/text()", namespaces=NS)[0].startswith("Я закончу")


def test_a_vocative_in_mixed_case_is_no_misread_label() -> None:
    text = (
        "Mr Speaker: Order. The Minister.\n\n"
        "Minister (Mr Kofi Mensah): Mr Speaker, I beg to move.\n\n"
        "Mr Speaker: Any comment?\n\n"
        "Mr Speaker, I thank you for the opportunity.\n"
    )
    tei = text_tei(text)
    assert len(tei.xpath("//t:sp", namespaces=NS)) == 3


def test_one_name_with_two_constituencies_is_two_members() -> None:
    tei = sample_tei("de-reichstag-constituency.txt")
    assert turn_ids(tei) == TURN_IDS["de-reichstag-constituency.txt"]
    roles = tei.xpath("//t:person[starts-with(@xml:id, 'dr-mahler')]/@role", namespaces=NS)
    assert roles == ["Waldeck", "Sorau"]


def test_one_name_with_one_bracket_or_a_holder_is_one_person() -> None:
    text = (
        "Sr. Presidente (Ledesma).- Tiene la palabra el señor diputado Albornoz.\n\n"
        "Sr. Albornoz (Salta).- Gracias, señor presidente.\n\n"
        "Sr. Presidente (Bustos).- Continúa la sesión.\n\n"
        "Sr. Albornoz (Salta).- Termino enseguida.\n"
    )
    tei = text_tei(text)
    ids = turn_ids(tei)
    assert ids[1] == ids[3] and ids[0] != ids[2]


def test_an_office_then_a_comma_then_its_holder_and_the_citizen_of_the_mexican_diario() -> None:
    tei = sample_tei("es-mx-diario-ciudadano.txt")
    assert turn_ids(tei) == TURN_IDS["es-mx-diario-ciudadano.txt"]
    roles = {
        person.get("{http://www.w3.org/XML/1998/namespace}id"): person.get("role")
        for person in tei.xpath("//t:person", namespaces=NS)
    }
    assert roles["el-c-presidente"] == "chair"
    assert roles["juan-perez-olvera"] == "Secretario de Gobernación"
    assert roles["alberto-carrasco-ruiz"] == "Ministro de Hacienda y Crédito Público"
    assert name_parts_of(tei, "el-c-secretario-rafael-montano")[:3] == [
        ("nameLink", None, "El"),
        ("roleName", "honorific", "C."),
        ("roleName", "office", "secretario"),
    ]


def test_a_letter_and_its_stop_without_an_article_is_an_initial() -> None:
    parts = name_parts("Mr. John C. Calhoun", load_config(), "en")
    assert [(part.kind, part.initial) for part in parts if part.kind][2] == ("forename", True)


def test_a_degree_after_a_name_and_a_list_of_portfolios_are_no_holder_after_a_comma() -> None:
    text = (
        "Präsident: Das Wort hat der Herr Bundesminister.\n\n"
        "Bundesminister für Finanzen Dr. Max Muster, LL.M.: Meine Damen und Herren!\n\n"
        "THE MINISTER OF HOME AFFAIRS, LAW AND JUSTICE: Sir, I reply.\n"
    )
    tei = text_tei(text)
    assert not {"ll-m", "law-and-justice"} & set(turn_ids(tei))


def test_a_prepared_statement_the_hearing_inserts_is_no_words_of_the_turn_above() -> None:
    tei = sample_tei("en-us-hearing-prepared-statement.txt")
    assert turn_ids(tei) == TURN_IDS["en-us-hearing-prepared-statement.txt"]
    chair = tei.xpath("//t:sp[3]", namespaces=NS)[0]
    assert [p.text for p in chair.xpath("t:p", namespaces=NS)] == ["Without objection."]
    notice = chair.getnext()
    assert notice.tag == "{http://www.tei-c.org/ns/1.0}stage"
    assert notice.text == "[The prepared statement of Ms. Lindqvist follows:]"
    quote = notice.getnext()
    assert quote.tag == "{http://www.tei-c.org/ns/1.0}quote" and quote.get("type") == "inserted"
    paras = quote.xpath("t:p/text()", namespaces=NS)
    assert len(paras) == 4 and paras[0].startswith("Prepared Statement of Karin Lindqvist")
    assert quote.getnext().get("who") == "#chairman-reyes"  # the rule under it is the page's


def test_a_bracketed_line_that_inserts_nothing_stays_in_its_turn() -> None:
    text = (
        "Chairman REYES. The hearing will come to order.\n\n"
        "[The prepared statement of Ms. Doe follows:]\n\n"
        "Ms. DOE. Thank you, Mr. Chairman.\n"
    )
    tei = text_tei(text)
    assert not tei.xpath("//t:quote", namespaces=NS)

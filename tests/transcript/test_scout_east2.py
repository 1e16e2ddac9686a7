"""Shapes of records of Latin America and East Asia left wrong before (samples in
tests/data/labels/, written in the shapes the real records print, the names invented)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, sample_tei, speakers
from stenogram.tei.convert import convert_text


def test_a_line_that_gives_the_floor_opens_the_turn_below_it() -> None:
    # the Colombian Gaceta names the speaker in a narrative line ending with a colon, the speech
    # below printed with no label: the turn is that person's, the line stays the record's
    root = sample_tei("es-co-gaceta-palabra.txt")
    turns = root.xpath("//t:body//t:sp", namespaces=NS)
    assert [sp.get("who") for sp in turns] == [
        "#senador-julian-andres-cortes-navarro",
        "#senadora-lucia-esperanza-quintero",
        "#senador-hernando-ruiz-salcedo",
        "#ministro-de-hacienda-y-credito-publico-doctor-ernesto-lozano",
    ]
    assert not root.xpath("//t:speaker", namespaces=NS)
    stages = [" ".join(s.itertext()) for s in root.xpath("//t:body//t:stage", namespaces=NS)]
    assert stages[0] == (
        "La Presidencia concede el uso de la palabra al honorable Senador Julián Andrés Cortés Navarro:"
    )
    assert (
        stages[2] == "Palabras del honorable Senador Hernando Ruiz Salcedo."
    )  # the next line opens the turn
    assert len(stages) == 5
    first = "".join(turns[0].xpath("t:p", namespaces=NS)[0].itertext())
    assert first.startswith("Gracias, señor Presidente. Quiero referirme")


def test_a_line_that_gives_the_floor_before_a_label_opens_no_turn() -> None:
    # the chair's own sentence over the member's label: the label's turn, nothing more
    text = (
        "El señor PRESIDENTE.- Se concede el uso de la palabra al honorable Senador Pérez:\n\n"
        "El señor PÉREZ.- Gracias, señor Presidente.\n"
    )
    tei = convert_text(text.encode(), "es.txt").tei
    assert speakers(tei) == ["El señor PRESIDENTE.-", "El señor PÉREZ.-"]


def test_a_roman_numeral_and_a_heading_in_capitals_head_a_part() -> None:
    # the Chilean Senate's parts of a sitting: "III. TRAMITACIÓN DE ACTAS" is a heading, no
    # speech of the turn above it
    root = sample_tei("es-cl-senado-partes.txt")
    heads = ["".join(h.itertext()) for h in root.xpath("//t:body//t:head", namespaces=NS)]
    assert heads == [
        "VERSIÓN TAQUIGRÁFICA",
        "I. ASISTENCIA",
        "II. APERTURA DE LA SESIÓN",
        "III. TRAMITACIÓN DE ACTAS",
        "IV. CUENTA",
    ]
    assert speakers(etree.tostring(root)) == [
        "El señor ORREGO (Presidente).-",
        "El señor ORREGO (Presidente).-",
        "El señor ORREGO (Presidente).-",
        "El señor SOTO (Prosecretario).-",
        "La señora BUSTOS.-",
        "El señor ORREGO (Presidente).-",
    ]


def test_a_dash_glued_to_the_speech_after_the_labels_stop() -> None:
    # Spanish and Latin American records print the dash close up to the speech
    root = sample_tei("es-dash-glued.txt")
    assert speakers(etree.tostring(root)) == [
        "EL PRESIDENTE.–",
        "El señor QUIROGA.—",
        "La señora ALMIRÓN.–",
        "EL PRESIDENTE.–",
        "La señora ALMIRÓN.–",
        "EL SECRETARIO.-",
    ]
    first = root.xpath("//t:sp[1]/t:p", namespaces=NS)[0]
    assert "".join(first.itertext()) == "Se abre la sesión."


def test_a_name_in_full_width_brackets_beside_enclosed_offices() -> None:
    # "【山中】", a name with no office, is believed for the shape of "【裁判長】"; "【拍手】" is an event
    root = sample_tei("ja-court-enclosed-names.txt")
    assert speakers(etree.tostring(root)) == [
        "【裁判長】",
        "【山中】",
        "【裁判長】",
        "【山中】",
        "【検察官】",
        "【弁護人】",
        "【記者】",
        "【木村】",
    ]
    stages = root.xpath("//t:body//t:stage", namespaces=NS)
    assert [(s.get("type"), s.text) for s in stages] == [("applause", "【拍手】")]


def test_a_heading_in_full_width_brackets_over_an_enclosed_office_is_no_label() -> None:
    text = "【司会】\n会見を始めます。\n【大臣】\n二点申し上げます。\n【質疑応答】\n【記者】\n伺います。\n【大臣】\n以上です。\n"
    tei = convert_text(text.encode(), "ja.txt").tei
    assert speakers(tei) == ["【司会】", "【大臣】", "【記者】", "【大臣】"]


def test_the_kind_of_speech_in_a_brazilian_label_is_no_role() -> None:
    # "(Bloco/PT - SP. Para encaminhar. Sem revisão do orador.)": the bloc, party and state are
    # the affiliation; the kind of speech and its revision describe the speech, not the person
    root = sample_tei("pt-br-camara-tipo-de-fala.txt")
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p for p in root.iter("{*}person")}
    member = persons["o-sr-paulo-mendonca"]
    assert member.get("role") is None
    assert member.findtext("{*}affiliation") == "Bloco/PT - SP"
    assert persons["a-sra-teresa-lima"].findtext("{*}affiliation") == "PSDB - MS"
    assert persons["a-sra-teresa-lima"].get("role") is None
    chair = persons["rodrigo-almeida"]
    assert chair.get("role") == "chair" and chair.findtext("{*}affiliation") == "Bloco/PSD - MG"

"""Older printed records in OCR met in the twenty-second round's hunt: parliaments of the 19th and
20th centuries as digital archives give their scanned pages (samples in tests/data/labels/,
written in the shapes the real records print, names invented)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_office_with_its_portfolio_capitalised_and_the_holders_surname_is_one_label() -> None:
    tei = tabled_tei("ru-duma-old-capitalised-portfolio.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Господа члены Государственной Думы")


def test_a_one_word_sentence_after_a_label_without_punctuation_still_opens_the_speech() -> None:
    tei = text_tei(
        "Předseda PSP Radek Vondráček Děkuji. Vážené kolegyně, vážení kolegové, zahajuji schůzi.\n\n"
        "Ministr kultury Antonín Staněk Děkuji. Pane předsedo, dovolte mi krátce odpovědět.\n"
    )
    assert texts(tei, "//t:sp/t:speaker") == [
        "Předseda PSP Radek Vondráček",
        "Ministr kultury Antonín Staněk",
    ]


def test_the_chairs_office_alone_is_not_the_president_of_the_council_named_before() -> None:
    tei = tabled_tei("es-cortes-president-of-council-and-chair.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["La tiene V. S."]


def test_the_chairs_office_alone_after_the_chair_named_with_the_house_is_that_holder() -> None:
    tei = text_tei(
        "El Sr. Presidente del Senado (Montalvo): Se abre la sesión.\n\n"
        "El Sr. ORTUÑO: Pido la palabra.\n\n"
        "El Sr. Presidente del Senado: La tiene S. S.\n"
    )
    assert tei.xpath("//t:sp/@who", namespaces=NS) == ["#montalvo", "#el-sr-ortuno", "#montalvo"]


def test_a_counsels_abbreviated_office_before_his_doctorate_opens_his_label() -> None:
    tei = tabled_tei("de-prozess-1925-ra-abbreviated.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Hat der Angekl. Bräuning")


def test_a_running_head_between_the_halves_of_a_hyphenated_word_is_page_furniture() -> None:
    tei = tabled_tei("fr-jo-running-head-in-hyphen-wrap.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Messieurs, je suis monté à cette tri- bune pour répondre à l'honorable M. Dastrac."
        " (Très bien ! très bien ! à gauche.)"
    ]
    assert "SÉANCE DU 14 MARS 1907" not in " ".join(texts(tei, "//t:body"))


def test_a_heading_in_capitals_after_a_finished_sentence_stays_a_heading() -> None:
    tei = text_tei(
        "M. le président. La séance est ouverte.\n\nORDRE DU JOUR\n\nM. Valbonne. Je demande la parole.\n"
    )
    assert texts(tei, "//t:body//t:head") == ["ORDRE DU JOUR"]


def test_one_voice_in_the_pre_reform_spelling_is_a_group_of_the_hall() -> None:
    tei = tabled_tei("ru-duma-old-voice-one.txt")
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["golos-sprava", "golos-s-mesta"]


def test_the_atti_parlamentaris_running_head_of_two_lines_is_page_furniture() -> None:
    tei = tabled_tei("it-camera-atti-running-head.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Onorevoli colleghi! Il Governo ha il dovere di parlare con franchezza alla Camera. (Vivissimi applausi.)"
    ]


def test_a_sentence_with_a_number_between_dashes_stays_the_speech() -> None:
    tei = text_tei(
        "PRESIDENTE. Ha facoltà di parlare.\n\nCASTELLANI. Gli articoli — 12 e 13 — sono soppressi.\n"
    )
    assert texts(tei, "//t:sp[2]/t:p") == ["Gli articoli — 12 e 13 — sono soppressi."]

"""Shapes the twenty-ninth round left: OCR's stray stop at a label's colon, a Hungarian name in
CAPITALS with its office alone above the speech, the Oireachtas web copy's party and holder on the
line under the label."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_ocr_stray_stop_at_a_colon_after_capitals_is_the_colon() -> None:
    """ "Mr. HALVERSON.: Mr. Speaker, …", "The SPEAKER.: …", "Mr. DELANEY:. …": a stop OCR set
    before or after the colon of a name in CAPITALS; each a label, the speech whole after it."""
    tei = tabled_tei("en-congrec-ocr-stop-colon.txt")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Mr. Speaker, I reserve a point of order on the motion."]
    assert texts(tei, "//t:person[@xml:id='the-speaker']/t:persName[1]") == ["The Speaker"]


def test_ocr_stray_stop_in_a_polish_committee_record() -> None:
    """ "PRZEWODNICZĄCY.: Otwieram posiedzenie …" / "POSEŁ JAN WIERZBICKI.: Dziękuję, …": labels,
    the first no title of the record."""
    tei = tabled_tei("pl-komisja-ocr-stop-colon.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Otwieram posiedzenie Komisji.")


def test_an_abbreviation_stop_before_a_colon_is_still_the_abbreviation() -> None:
    """ "Vors.: Die Sitzung ist eröffnet.": an abbreviation's stop, in Mixed case, read as before;
    "He said.: no more." a sentence, no label."""
    tei = text_tei("Vors.: Die Sitzung ist eröffnet.\n\nKl.: Ich beantrage Vertagung.\n\nVors.: Abgelehnt.\n")
    assert texts(tei, "//t:sp/t:speaker") == ["Vors.:", "Kl.:", "Vors.:"]
    tei = text_tei("Vors.: Bitte.\n\nHe said.: no more.\n\nKl.: Danke.\n")
    assert "He said.:" not in texts(tei, "//t:sp/t:speaker")


def test_a_name_in_capitals_with_its_office_alone_above_the_speech() -> None:
    """ "SZALAI FERENC pénzügyminiszter" / "Köszönöm a szót, elnök úr. …" and "DR. BAKÓ EDIT
    külügyminisztériumi államtitkár" / "Köszönöm, …": labels with no colon, the office no name."""
    tei = tabled_tei("hu-ogy-web-capitals-office-alone.txt")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Köszönöm a szót, elnök úr.")
    assert texts(tei, "//t:person[@xml:id='szalai-ferenc']/t:persName[1]") == ["Szalai Ferenc"]


def test_capitals_and_a_word_in_lower_case_that_is_no_office_stay_text() -> None:
    """ "BUDAPEST TÁVIRAT jelentés" alone above a sentence: no office ends it, no label."""
    tei = text_tei(
        "ELNÖK: Köszönöm.\n\nBUDAPEST TÁVIRAT jelentés\nA kormány ma ülésezett.\n\nELNÖK: Köszönöm.\n"
    )
    assert "BUDAPEST TÁVIRAT jelentés" not in texts(tei, "//t:speaker")


def test_the_oireachtas_party_under_a_name_is_its_affiliation() -> None:
    """ "Deputy Mary Lou Harte" / "Sinn Féin" / "Rents have gone up …": the party line is the
    member's affiliation, no speech and no heading; the speech below is hers."""
    tei = tabled_tei("en-ie-dail-web-party-holder-below.txt")
    assert texts(tei, "//t:person[@xml:id='deputy-mary-lou-harte']/t:affiliation") == ["Sinn Féin"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Rents have gone up again this quarter and families are leaving the city."
    ]
    assert not tei.xpath("//t:body//t:head[.='Sinn Féin']", namespaces=NS)


def test_the_oireachtas_office_over_its_holder_is_one_label() -> None:
    """ "The Taoiseach" / "Conor Brady" / "The Deputy is wrong …" and "The Minister for Finance" /
    "Aoife Quinlan": the office and its holder one label, the holder the person."""
    tei = tabled_tei("en-ie-dail-web-party-holder-below.txt")
    assert texts(tei, "//t:person[@xml:id='conor-brady']/t:persName[@type='label']") == [
        "Conor Brady",
        "The Taoiseach",
    ]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["I will add one thing, if I may."]


def test_an_address_before_a_name_is_no_office_over_a_holder() -> None:
    """ "Deputy Mary Lou Harte" alone above the speech, "El diputado Esteban Quiroga Lara": a
    form of address and the name, the whole the person, no office over a holder."""
    tei = text_tei(
        "An Ceann Comhairle\n\nI call Deputy Harte.\n\nDeputy Mary Lou Harte\n\nRents have gone up again.\n\n"
        "An Ceann Comhairle\n\nWe must move on.\n"
    )
    assert texts(tei, "//t:person[@xml:id='deputy-mary-lou-harte']/t:persName[1]") == [
        "Deputy Mary Lou Harte"
    ]
    tei = text_tei(
        "-La presidenta diputada Rosalía Cárdenas Ugalde\nSe abre la sesión.\n\n"
        "-El diputado Esteban Quiroga Lara\nPresidenta, pido la palabra.\n\n"
        "-La presidenta diputada Rosalía Cárdenas Ugalde\nAdelante.\n"
    )
    assert tei.xpath("//t:person[@xml:id='el-diputado-esteban-quiroga-lara']", namespaces=NS)


def test_a_note_on_how_a_witness_joins_under_the_name_is_no_party() -> None:
    """ "DR. ELLEN MARSH" / "(VIA VIDEO)" / "Thank you, Madam Chair. …": the note printed with the
    label, the speech whole, and no affiliation "VIA VIDEO" of the witness."""
    tei = tabled_tei("en-hearing-remote-note-under-name.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Thank you, Madam Chair. I am grateful for the chance to testify today."
    ]
    assert not tei.xpath("//t:person/t:affiliation", namespaces=NS)


def test_a_party_in_capitals_under_a_name_is_still_the_affiliation() -> None:
    """ "Poseł Jan Kowalski" / "(PSL)" / "Panie Marszałku! …": a club's acronym, the affiliation."""
    tei = text_tei(
        "Marszałek\nOtwieram posiedzenie.\n\nPoseł Jan Kowalski\n(PSL)\nPanie Marszałku! Wysoka Izbo! Mam pytanie.\n\n"
        "Marszałek\nDziękuję.\n"
    )
    assert texts(tei, "//t:person/t:affiliation") == ["PSL"]

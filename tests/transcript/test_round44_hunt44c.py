"""Shapes of records in African, creole and Southeast Asian languages, each in an invented sample
(labels in turns.toml, persons in ids.toml): the isiXhosa and isiZulu forms of address abbreviated
with a stop ("Mnu. S. X:", "Nksz.", "Nkk."), the Afrikaans indefinite article before a member
unnamed ("'n AGB LID:"), the Indonesian "Sdr." and "Sdri.", the Somali "Md." after a minister's
office and comma, the Philippine police ranks abbreviated before a resource person's name
("PBGEN. X."), a Thai committee's agenda item and its resolution, a barangay's and a Swahili
court's and a gacaca court's entries of what was decided ("Pinagtibay:", "Amri:", "Icyemezo:"),
a Swahili office whose portfolio's areas its links join in Mixed case ("Naibu Waziri wa Uchumi
wa Buluu na Uvuvi:"), the Indonesian "KH." and a Nigerian member's chieftaincy title with a form
of address in brackets after it ("Hon. Chief (Mrs.) X (Seat):"), the Filipino "GNG." and "BB.",
and an Amharic committee's fields and decision printed with the Latin colon ("ቀን:", "ውሳኔ:")."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_isixhosa_forms_of_address_with_their_stop_open_the_label() -> None:
    """ "Mnu. S. DLAMINI:", "Nkk. P. MAJODINA:", "Nksz. T. BOOI:": Mnumzana, Nkosikazi and
    Nkosazana abbreviated, the label the whole line up to its colon."""
    root = tabled_tei("xh-legislature-mnu-nksz-abbreviated.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Somlomo, iingxaki zamanzi")


def test_an_abbreviated_form_of_address_in_a_sentence_stays_speech() -> None:
    """ "Mnu. Dlamini uthe: …": the form of address opens a sentence whose verb follows the name."""
    root = text_tei(
        "USOMLOMO: Ndiyabulela.\nMnu. S. DLAMINI: Somlomo, ndiyabulela.\n"
        "Mnu. Dlamini uthe kwiveki ephelileyo: siza kwakha izikolo.\nUSOMLOMO: Enkosi.\n"
    )
    assert speakers(etree.tostring(root)) == ["USOMLOMO:", "Mnu. S. DLAMINI:", "USOMLOMO:"]


def test_the_afrikaans_indefinite_article_opens_an_unnamed_members_label() -> None:
    """ "'n AGB LID: Dis nie waar nie!": the Afrikaans "an hon member", printed once."""
    root = tabled_tei("af-na-n-agb-lid-interjection.txt")
    assert texts(root, "//t:sp[3]/t:p")[0] == "Dis nie waar nie!"


def test_an_afrikaans_sentence_opening_with_the_article_stays_speech() -> None:
    """ "'n Paar lede het gesê: …": the article opens a sentence, its verbs in lower case."""
    root = text_tei(
        "Die ADJUNKSPEAKER: Agbare lede, orde.\nMnr S N SWART: Voorsitter, ek sal kort wees.\n"
        "'n Paar lede het gister gesê: ons stem nie saam nie.\nDie ADJUNKSPEAKER: Dankie.\n"
    )
    assert speakers(etree.tostring(root)) == ["Die ADJUNKSPEAKER:", "Mnr S N SWART:", "Die ADJUNKSPEAKER:"]


def test_the_indonesian_saudara_and_saudari_abbreviated_open_the_label() -> None:
    """ "Sdr. Agus Priyanto (Fraksi …): … sebagai berikut:" / "1. …": the stop after "Sdr."
    no sentence's end, the speech's list after the colon the member's."""
    root = tabled_tei("id-dprd-notulen-sdr-sdri.txt")
    assert "pupuk bersubsidi harus tepat sasaran" in " ".join(texts(root, "//t:sp[3]//t:p"))


def test_the_somali_mudane_after_a_ministers_office_and_comma_is_the_labels() -> None:
    """ "Wasiirka Waxbarashada, Md. Faarax Sheekh Cabdiqaadir:": the office, a comma, the holder
    with his form of address abbreviated; no label opening after the stop."""
    root = tabled_tei("so-golaha-wasiir-md-comma.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Mudane Guddoomiye, mahadsanid.")


def test_philippine_police_ranks_abbreviated_open_a_stopped_label() -> None:
    """ "PBGEN. MENDOZA.", "PCOL. VILLANUEVA.", "PLTGEN. SANTIAGO.": the rank's stop is no
    label's end, the label the rank and the surname, as the Senate's hearings print them."""
    root = tabled_tei("tl-senate-hearing-police-ranks.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Good morning, Mr. Chair.")


def test_a_police_rank_before_a_sentence_stays_speech() -> None:
    """ "PBGEN. Mendoza arrived at the checkpoint.": a sentence about the officer, its verb in
    lower case, inside the senator's turn."""
    root = text_tei(
        "THE CHAIRPERSON (Sen. Cruz). Please proceed.\n"
        "PCOL. VILLANUEVA. Sir, the report is ready.\n"
        "PBGEN. Mendoza arrived at the checkpoint at noon and took command.\n"
        "THE CHAIRPERSON (Sen. Cruz). Noted.\n"
    )
    assert speakers(etree.tostring(root)) == [
        "THE CHAIRPERSON (Sen. Cruz).",
        "PCOL. VILLANUEVA.",
        "THE CHAIRPERSON (Sen. Cruz).",
    ]


def test_a_thai_agenda_item_and_the_meetings_resolution_are_no_speakers() -> None:
    """ "ระเบียบวาระที่ 1:" (agenda item 1) and "มติที่ประชุม:" (the meeting's resolution): the
    minutes' own entries between the turns."""
    root = tabled_tei("th-committee-agenda-item-resolution.txt")
    assert "ระเบียบวาระที่" not in " ".join(texts(root, "//t:speaker"))
    assert "มติที่ประชุม" not in " ".join(texts(root, "//t:speaker"))


def test_a_numbered_division_in_other_languages_is_no_speaker() -> None:
    """ "Pasal 5:" (Indonesian), "Điều 3:" (Vietnamese), "Kifungu 4:" (Swahili): an article of a
    text read out, never a label; "Kiểm sát viên:" (the prosecutor) below it stays one."""
    for line in ("Pasal 5: Setiap orang berhak atas pekerjaan.", "Kifungu 4: Kila mtu ana haki ya kazi."):
        root = text_tei(f"Ketua: Saya bacakan.\n{line}\nKetua: Demikian.\n")
        assert speakers(etree.tostring(root)) == ["Ketua:", "Ketua:"]
    root = text_tei(
        "Chủ tọa phiên tòa: Mời đọc.\nĐiều 3: Mọi người đều bình đẳng trước pháp luật.\n"
        "Kiểm sát viên: Tôi xin trình bày quan điểm.\nChủ tọa phiên tòa: Cảm ơn.\n"
    )
    assert speakers(etree.tostring(root)) == ["Chủ tọa phiên tòa:", "Kiểm sát viên:", "Chủ tọa phiên tòa:"]


def test_a_barangays_and_a_swahili_courts_decisions_are_no_speakers() -> None:
    """ "Pinagtibay: Resolusyon Blg. 23 …" (approved) and "Amri: Shauri linaahirishwa …" (order):
    the clerk's entry of what was decided, no voice."""
    for sample in ("tl-barangay-katitikan-pinagtibay.txt", "sw-mahakama-amri-shahidi.txt"):
        root = tabled_tei(sample)
        assert not {"Pinagtibay:", "Amri:"} & set(texts(root, "//t:speaker"))


def test_a_forename_that_spells_a_decision_stays_a_label() -> None:
    """ "Amri Juma:": a forename and a surname, a member's label."""
    root = text_tei("Mwenyekiti: Karibu.\nAmri Juma: Ahsante, Mwenyekiti.\nMwenyekiti: Endelea.\n")
    assert speakers(etree.tostring(root)) == ["Mwenyekiti:", "Amri Juma:", "Mwenyekiti:"]


def test_a_swahili_portfolio_joined_by_its_links_is_the_offices() -> None:
    """ "Mhe. Naibu Waziri wa Uchumi wa Buluu na Uvuvi:", "Waziri wa Kilimo na Mifugo:": the
    deputy's word before the office and the links "wa" and "na" between the portfolio's areas in
    capitals, no sentence's words."""
    root = tabled_tei("sw-baraza-naibu-waziri-portfolio.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Mhe. Spika, Serikali imenunua boti")


def test_an_office_and_a_verb_in_lower_case_stay_a_sentence() -> None:
    """ "Waziri alisema na Rais: …": the office's verb of saying, narration, no label."""
    root = text_tei(
        "Mhe. Spika: Endelea.\nMhe. Khamis Juma Maalim: Ahsante.\n"
        "Waziri alisema na Rais: hakuna fedha.\nMhe. Spika: Ahsante.\n"
    )
    assert speakers(etree.tostring(root)) == ["Mhe. Spika:", "Mhe. Khamis Juma Maalim:", "Mhe. Spika:"]


def test_the_indonesian_kyai_haji_abbreviated_opens_the_label() -> None:
    """ "KH. Abdul Mukti Hasyim:": the kiai's title and its stop, no label "KH." alone."""
    root = tabled_tei("id-wawancara-kh-kyai-haji.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Kami mengajarkan kitab kuning")


def test_a_gacaca_courts_decision_is_no_speaker() -> None:
    """ "Icyemezo: Urubanza rwimuriwe …": the court's decision entered under the turns."""
    root = tabled_tei("rw-gacaca-icyemezo.txt")
    assert "Icyemezo:" not in texts(root, "//t:speaker")


def test_a_form_of_address_in_brackets_after_a_chiefs_word_is_the_labels() -> None:
    """ "Hon. Chief (Mrs.) X (Seat):", "Otunba (Dr.) Y (Seat):": a Nigerian member's chieftaincy
    title, the form of address in brackets after it and the name; no label cut at the bracket."""
    root = tabled_tei("en-ng-assembly-chief-bracketed-title.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Mr Speaker, I rise to move the motion")


def test_an_office_with_its_holder_in_brackets_keeps_the_holder_as_its_role() -> None:
    """ "Chief Whip (Mr. Banda):": the holder's name in the brackets, no form of address alone."""
    root = text_tei(
        "Mr Speaker: Order.\nChief Whip (Mr. Banda): Mr Speaker, the House will sit late.\nMr Speaker: Noted.\n"
    )
    assert speakers(etree.tostring(root)) == ["Mr Speaker:", "Chief Whip (Mr. Banda):", "Mr Speaker:"]


def test_amharic_minutes_fields_and_decision_with_the_latin_colon_are_no_speakers() -> None:
    """ "ቀን: …" (date), "ሰዓት:" (time), "ቦታ:" (place) over the turns and "ውሳኔ: …" (decision)
    under them, printed with the Latin colon: the minutes' own entries."""
    root = tabled_tei("am-committee-latin-colon-fields.txt")
    assert not {"ቀን:", "ውሳኔ:"} & set(texts(root, "//t:speaker"))


def test_the_filipino_ginang_and_binibini_abbreviated_open_the_label() -> None:
    """ "GNG. BAUTISTA:", "BB. FLORES:": Mrs and Miss with their stop, the label the whole
    line up to its colon, as "G. AQUINO:" (Mr) is."""
    root = tabled_tei("tl-komite-gng-bb.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Salamat po, Ginoong Tagapangulo.")


def test_an_amharic_office_with_the_latin_colon_stays_a_label() -> None:
    """ "ሰብሳቢ: …" (the chair): an office, no field."""
    root = text_tei("ሰብሳቢ: እንጀምር።\nአቶ ብርሃኑ ተፈራ: አመሰግናለሁ።\nሰብሳቢ: እሺ።\n")
    assert speakers(etree.tostring(root)) == ["ሰብሳቢ:", "አቶ ብርሃኑ ተፈራ:", "ሰብሳቢ:"]

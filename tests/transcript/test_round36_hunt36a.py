"""Records of the Pacific and of South and Southeast Asia: a head's table of fields typed with its
colons in one column, a degree after a field's holder, a Philippine prosecutor's examination
heading, minutes' captions, a minister's portfolio in a script without case, Tongan particles and
seat numbers, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import sample_tei, speakers, tabled_tei, texts


def test_a_head_s_table_of_fields_with_its_colons_in_one_column_opens_no_turn() -> None:
    """ "Ketua Rapat   : Drs. H. Bambang Kusuma, M.Si." among "Tahun Sidang  : 2025", "Acara
    : …", an Indonesian risalah's head typed with its colons in one column: a field naming the
    chair, no turn; the head's table stays out of the body."""
    root = tabled_tei("id-dprd-risalah-table-fields.txt")
    body = " ".join(texts(root, "//t:body"))
    assert "Bambang Kusuma" not in body and "Penyampaian Laporan" not in body


def test_labels_typed_with_their_colons_in_one_column_stay_labels() -> None:
    """ "INT    : Where were you born?" / "RESP   : In a village …": an interview typed with its
    labels padded to one column asks and says sentences, no table of fields."""
    root = tabled_tei("en-interview-typed-aligned-colons.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Where were you born?"]


def test_a_degree_after_a_field_s_holder_is_no_sentence_s_stop() -> None:
    """ "Pimpinan Rapat: Dra. Sri Lestari, M.M." over "Pimpinan Rapat: Rapat kerja … kami buka.":
    the stop of the degree after the holder's name and comma ends no sentence: a field of the
    head naming the chair, no turn of its own."""
    root = tabled_tei("id-dprd-notulen-pimpinan-degree.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Rapat kerja")


def test_a_prosecutor_s_examination_heading_names_who_asks_the_questions() -> None:
    """ "DIRECT EXAMINATION" / "BY PROS. BAYANI:" over "Q    Mr. Witness, …": the public
    prosecutor's heading is no turn; the questions below are the prosecutor's."""
    root = tabled_tei("en-ph-tsn-pros-examination-heading.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Mr. Witness, what is your occupation?"]


def test_a_prosecutor_s_examination_heading_above_the_first_question_opens_no_turn() -> None:
    """ "CROSS EXAMINATION" / "BY PROS. ESPIRITU:" right under the head: a heading, not the
    first turn's label; the first "Q" is a turn of its own."""
    root = tabled_tei("en-ph-tsn-cross-examination-heading-first.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["You said you saw the accused at the gate. How far were you?"]


def test_a_minutes_numbered_proposal_and_decision_open_no_turn() -> None:
    """ "प्रस्ताव नं. १: …" and "निर्णय नं. १: …" between the turns of a Nepali municipal
    assembly: the minutes' numbered proposal and decision, no voice; the turns around them stay."""
    root = tabled_tei("ne-gaunpalika-sabha-prastav-numbered.txt")
    assert "निर्णय नं. १: नीति तथा कार्यक्रम सर्वसम्मतिले पारित ।" in texts(root, "//t:p")


def test_a_notulen_s_results_and_conclusion_over_their_list_open_no_turn() -> None:
    """ "Hasil Rapat:" over "1. Dinas Pendidikan …" and "Kesimpulan:" over its sentence, an
    Indonesian committee's notulen: fields of the minutes, no turn at all."""
    assert speakers(etree.tostring(sample_tei("id-komisi-notulen-hasil-kesimpulan.txt"))) == []


def test_a_pacific_parliament_s_minutes_captions_open_no_turn() -> None:
    """ "2 QUESTIONS: Questions without notice were asked." and "Ruling by the Speaker: The
    Speaker ruled …", a Papua New Guinea minutes of proceedings: an item's heading after its
    number and the clerk's caption, the chair's office its subject; no turn at all."""
    assert speakers(etree.tostring(sample_tei("en-pg-minutes-captions-no-turn.txt"))) == []


def test_a_minister_s_portfolio_before_the_holder_s_name_is_no_clause() -> None:
    """ "मा. शहरी विकास तथा आवास मन्त्री श्री गोपाल खड्का :", Nepal's House: the ministry's words
    before the office and the holder's short name after श्री make a label, however many words;
    a member's sentence naming the minister before a colon ("म माननीय … मन्त्री श्री गोपाल
    खड्कासँग यो प्रश्न सोध्न चाहन्छु :") goes on after the name and stays the speech."""
    root = tabled_tei("ne-pratinidhi-sabha-minister-portfolio-holder.txt")
    assert len(texts(root, "(//t:sp)[2]/t:p")) >= 1
    assert "सोध्न चाहन्छु" in " ".join(texts(root, "(//t:sp)[2]"))


def test_a_tongan_particle_opened_by_its_glottal_stop_joins_an_office() -> None:
    """ "Sea 'o e Komiti Kakato:", "Nōpele 'o Ha'apai:", "Minisita 'o e Pa'anga:": Tongan's "of"
    typed with an apostrophe for its glottal stop joins the office to its body or seat; the
    member's line reading a clause ("'Oku ou fie lau 'a e kupu 'uluaki:") stays the speech."""
    root = tabled_tei("to-fale-alea-komiti-kakato-glottal-particle.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("Mālō Sea. 'Oku ou fie lau")


def test_a_tongan_representative_s_number_and_seat_stay_in_the_label() -> None:
    """ "Fakafofonga Nōpele Fika 2 'o Ha'apai:", "Fakafofonga Fika 7 'o Tongatapu:": the office,
    the word for number, the number and the seat after its particle make one label; an agenda's
    item read in the speech ("Item 3 of Agenda: ko e lipooti …", one word before its number)
    stays the member's speech."""
    root = tabled_tei("to-fale-alea-representative-number-seat.txt")
    assert texts(root, "(//t:sp)[4]/t:p")[-1].endswith("Item 3 of Agenda: ko e lipooti 'a e Komiti Pa'anga.")

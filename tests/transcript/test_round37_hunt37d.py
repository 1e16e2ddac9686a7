"""Records of Asia's, Africa's and the Middle East's parliaments from the round's blind battery:
the numbered headings of a Senate's Votes and Proceedings named by the business alone, an
Indonesian chair's speech that opens with "Baik," before the colon of its conclusions, and a
Speaker's ruling whose paragraphs address "Hon. Members," before a colon, each in an invented
sample (names invented), and the counter-examples that must keep their labels."""

from __future__ import annotations

from lxml import etree

from label_samples import sample_tei, speakers, tabled_tei, text_tei, texts


def test_numbered_items_of_business_in_votes_and_proceedings_are_no_labels() -> None:
    """ "3. Petitions:", "4. Bills:" and "5. Reports and Motions:" number what the Senate did, each
    over its record: the business's own words name no one, so no turn."""
    root = sample_tei("en-ng-senate-votes-numbered-petitions-bills.txt")
    assert speakers(etree.tostring(root)) == []


def test_a_numbered_label_naming_a_person_or_office_stays_a_label() -> None:
    """A number before a member's name or an office keeps its label ("1. Mr Tunde Bello
    (Ikorodu):", "2. Chairman:"): only the business's words alone make an item's heading."""
    text = (
        "Questions to the Minister of Works\n\n"
        "1. Mr Tunde Bello (Ikorodu): When will the Lagos-Ibadan road be completed?\n\n"
        "2. Chairman: The Minister will answer in writing.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == ["1. Mr Tunde Bello (Ikorodu):", "2. Chairman:"]


def test_an_indonesian_chair_s_baik_before_the_colon_of_his_conclusions_is_his_speech() -> None:
    """ "KETUA RAPAT:" alone over "Baik, kesimpulan rapat kerja hari ini sebagai berikut:": the
    chair's "Baik," (well) opens his speech, no name with a role after its comma, so the numbered
    conclusions and "Setuju?" stay in his turn."""
    root = tabled_tei("id-dpr-raker-ketua-baik-kesimpulan.txt")
    assert texts(root, "(//t:sp)[4]/t:p") == [
        "Baik, kesimpulan rapat kerja hari ini sebagai berikut:",
        "1. Komisi IV meminta Menteri menambah kuota solar bersubsidi bagi nelayan kecil.",
        "2. Komisi IV meminta laporan tertulis dalam 30 hari.",
        "Setuju?",
    ]


def test_a_malay_chair_s_baiklah_before_a_colon_is_his_speech() -> None:
    """ "Baiklah, keputusan Dewan seperti berikut:" under the Speaker's label alone: the
    Malay "Baiklah," opens the chair's speech too, no label."""
    text = (
        "Tuan Yang di-Pertua:\n"
        "Baiklah, keputusan Dewan seperti berikut:\n"
        "Rang undang-undang ini diluluskan.\n\n"
        "Dato' Sri Kamal bin Yusof [Kuala Kangsar]:\n"
        "Terima kasih, Tuan Yang di-Pertua.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == [
        "Tuan Yang di-Pertua:",
        "Dato' Sri Kamal bin Yusof [Kuala Kangsar]:",
    ]


def test_a_speaker_s_ruling_addressing_the_members_before_a_colon_is_his_speech() -> None:
    """ "Hon. Members, Standing Order No. 65, which is instructive on this matter, states as
    follows:" and "Hon. Members, I have therefore ruled as follows:" open paragraphs of the
    Speaker's ruling: the members addressed and a clause after the comma, no voice of theirs;
    "Hon. Members: Hear, hear!" below is the members' own turn."""
    root = tabled_tei("en-zm-speaker-ruling-hon-members-clause.txt")
    ruling = texts(root, "(//t:sp)[1]/t:p")
    assert ruling[1].startswith("Hon. Members, Standing Order No. 65")
    assert ruling[3].startswith("Hon. Members, I have therefore ruled as follows:")
    assert ruling[-1] == "I thank you."
    assert texts(root, "(//t:sp)[2]/t:p") == ["Hear, hear!"]


def test_the_members_addressed_before_a_clause_printed_alone_make_no_turn() -> None:
    """The group addressed with a clause after its comma makes no turn even where no turn of the
    members' own is printed: the chair's paragraph stays in his turn."""
    text = (
        "Madam Speaker: Order!\n\n"
        "Hon. Members, you will recall that the House adjourned early on Tuesday:\n\n"
        "Mr Phiri (Chipata Central): Madam Speaker, thank you.\n"
    )
    assert speakers(etree.tostring(text_tei(text))) == ["Madam Speaker:", "Mr Phiri (Chipata Central):"]

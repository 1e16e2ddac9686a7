"""Shapes other readings left wrong (samples in tests/data/labels/, in the layouts the real
records print, the names invented): a form of address in capitals before the name and the same
word in lower case inside a sentence that gives the floor."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, turn_ids
from stenogram.tei.convert import convert_text


def test_honorable_in_capitals_before_a_name_is_a_form_of_address() -> None:
    tei = sample_tei("fr-honorable-capitals.txt")
    chair, first, second = "m-le-president", "honorable-aminata-ndiaye", "honorable-moussa-diop"
    assert turn_ids(tei) == [chair, first, second, chair]
    assert name_parts_of(tei, first) == [
        ("roleName", "honorific", "Honorable"),
        ("forename", None, "Aminata"),
        ("surname", None, "Ndiaye"),
    ]


def test_honorable_in_lower_case_after_words_of_a_sentence_is_one_of_them() -> None:
    tei = sample_tei("es-concede-honorable-senador.txt")
    assert turn_ids(tei) == ["senador-julian-carvajal-ortiz", "senador-marta-lucia-quintero"]
    assert tei.xpath("//t:sp/t:speaker", namespaces=NS) == []
    stages = tei.xpath("//t:body//t:stage/text()", namespaces=NS)
    assert len(stages) == 2 and all(s.startswith("La Presidencia concede") for s in stages)


def test_a_commissions_margin_line_numbers_and_running_head_printed_once_are_the_pages() -> None:
    tei = sample_tei("en-za-commission-margin-numbers.txt")
    counsel, witness, chair = "adv-mabena-sc", "mr-kgosana", "chairperson"
    first_page = [
        counsel,
        witness,
        counsel,
        witness,
        chair,
        witness,
        chair,
        counsel,
        witness,
        counsel,
        witness,
    ]
    second_page = [counsel, witness, chair, witness, chair, counsel, chair]
    assert turn_ids(tei) == first_page + second_page
    printed = tei.xpath("//t:sp/t:speaker/text()", namespaces=NS)
    assert set(printed) == {"ADV MABENA SC:", "MR KGOSANA:", "CHAIRPERSON:"}
    assert tei.xpath("//t:body//t:head", namespaces=NS) == []
    spoken = " ".join(tei.xpath("//t:sp//t:p//text()", namespaces=NS))
    assert "evaluation committee?" in spoken and "Would this be a convenient" in spoken
    assert "DAY 52" not in spoken and "Page 23" not in spoken


def test_the_urdu_interruption_inside_a_speech_is_a_noise_stage() -> None:
    tei = sample_tei("ur-qaumi-assembly-madakhlat.txt")
    chair = "جناب-اسپیکر"
    assert turn_ids(tei) == [chair, "جناب-عمران-قریشی", chair, "محترمہ-نسرین-اختر", chair]
    stages = [(s.get("type"), s.text) for s in tei.xpath("//t:sp//t:stage", namespaces=NS)]
    assert stages == [("noise", "(مداخلت)"), ("noise", "(شور)"), ("laughter", "(قہقہے)")]
    speech = "".join(tei.xpath("//t:sp[2]/t:p", namespaces=NS)[0].itertext())
    assert speech.endswith("میری بات سن لیں، یہ عوام کا مسئلہ ہے۔")


def test_the_indonesian_haji_before_a_name_is_a_form_of_address_no_initial() -> None:
    tei = sample_tei("id-dpr-haji-initial.txt")
    chair, member, minister = "dr-h-andi-setiawan", "hj-siti-rahayu", "prof-dr-h-bambang-wijaya"
    assert turn_ids(tei) == [chair, member, chair, minister, chair]
    assert name_parts_of(tei, chair) == [
        ("roleName", "honorific", "Dr."),
        ("roleName", "honorific", "H."),
        ("forename", None, "ANDI"),
        ("surname", None, "SETIAWAN"),
    ]
    assert [part[2] for part in name_parts_of(tei, minister) if part[0] == "forename"] == ["BAMBANG"]


def test_the_chair_named_in_the_sentence_opening_the_sitting_holds_the_office_alone() -> None:
    tei = sample_tei("de-nationalversammlung-opened-by.txt")
    assert turn_ids(tei) == ["fehrmann", "dr-wendler", "fehrmann", "kessler", "fehrmann"]
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in tei.xpath("//t:person", namespaces=NS)
    }
    assert roles["fehrmann"] == "chair"
    assert tei.xpath("//t:sp/t:speaker/text()", namespaces=NS)[0] == "Präsident:"


def test_a_wrapped_line_of_speech_that_names_a_date_beside_a_page_number_is_no_running_head() -> None:
    # a page's head printed once is in capitals or mostly its date ("DAY 52 – 14 MARCH 2019")
    text = (
        "CHAIRPERSON: Good morning. We resume the hearing.\n\nMR LEKOTA: Chairperson, the board\n"
        "agreed on 14 March 2019 that the\nPage 2 of 3\ncontract would be signed at once.\n"
    )
    result = convert_text(text.encode(), "x.txt")
    assert [item.text for item in result.document.furniture] == ["Page 2 of 3"]

"""Label shapes of the records of Southeast Asia: the Philippine Congress, the Indonesian DPR,
Malaysia's Parliament, Viet Nam, Thailand, Cambodia (samples in tests/data/labels/, written in the
shapes the real records print, the names invented)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, turn_ids

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def test_initial_in_brackets_tells_two_members_apart() -> None:
    tei = sample_tei("en-ph-congress-initials.txt")
    assert turn_ids(tei) == [
        "rep-mendoza",
        "rep-salazar-j",
        "rep-mendoza",
        "rep-salazar-m",
        "rep-salazar-j",
        "rep-villareal",
    ]
    assert name_parts_of(tei, "rep-salazar-m") == [
        ("roleName", "honorific", "Rep."),
        ("surname", None, "Salazar"),
        ("forename", None, "M."),
    ]
    assert not tei.xpath("//*[@role='M.' or @role='J.']")


def test_malay_committee_chair_holder_in_brackets() -> None:
    tei = sample_tei("ms-dewan-rakyat-pengerusi.txt")
    assert turn_ids(tei) == [
        "dato-hamid-bin-yusof",
        "tuan-ravindran-a-l-muthusamy",
        "puan-kavitha-a-p-ramasamy",
        "dato-hamid-bin-yusof",
    ]
    assert tei.xpath("//t:person[@xml:id='dato-hamid-bin-yusof']/@role", namespaces=NS) == ["chair"]


def test_dpr_minister_holder_after_portfolio_and_chair() -> None:
    """The DPR's minister prints the portfolio right after the office, no particle before it, and
    the holder with his titles in brackets; KETUA RAPAT is the chair."""
    tei = sample_tei("id-dpr-risalah.txt")
    assert turn_ids(tei) == [
        "dr-h-andi-setiawan",
        "bambang-sutrisno",
        "prof-dr-rudi-hartono",
        "dr-h-andi-setiawan",
    ]
    roles = {p.get(XML_ID): p.get("role") for p in tei.xpath("//t:person", namespaces=NS)}
    assert roles["dr-h-andi-setiawan"] == "chair"
    assert roles["prof-dr-rudi-hartono"] == "MENTERI HUKUM DAN HAM RI"


def test_quoc_hoi_chair_office_before_name() -> None:
    tei = sample_tei("vi-quoc-hoi-chair-named.txt")
    chairs = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chairs == ["chu-tich-quoc-hoi-tran-van-hai", "pho-chu-tich-quoc-hoi-do-minh-tam"]
    assert len(turn_ids(tei)) == 4


def test_an_alias_after_the_at_sign_and_the_clock_between_speeches() -> None:
    # "Tuan Wong Ah Kow @ Wong Kim Seng [Sandakan]:" is one label; "11.32 pg." (the morning's
    # clock) and the margin's "■1010" are the record's time, no speech
    tei = sample_tei("ms-dewan-rakyat-alias-clock.txt")
    assert turn_ids(tei) == ["tuan-yang-di-pertua", "tuan-wong-ah-kow-wong-kim-seng", "dato-rahim-bin-osman"]
    assert tei.xpath("//t:stage/t:time/text()", namespaces=NS) == ["11.32 pg.", "■1010"]
    assert not tei.xpath("//t:p[contains(., '11.32') or contains(., '■')]", namespaces=NS)


def test_a_vietnamese_office_alone_above_the_speech_opens_its_turn() -> None:
    # an office in lower case after its first letter, alone or before its holder's name, is a
    # label on its own line; the chair's on the record's first line is no title over it
    tei = sample_tei("vi-hoi-dong-offices-alone.txt")
    assert turn_ids(tei) == ["chu-toa", "dai-bieu-trinh-thu-ha", "pho-chu-tich-do-quang-vinh"]
    assert tei.xpath("string(//t:sp[1]/t:speaker)", namespaces=NS) == "Chủ tọa"

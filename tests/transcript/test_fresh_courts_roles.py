"""Courts whose parties are named by their roles, in languages whose words for them no other
sample holds: a role before a name and the role alone later are one person."""

from label_samples import sample_tei, turn_ids


def test_a_vietnamese_accused_named_once_then_by_the_role_alone_is_one_person() -> None:
    ids = turn_ids(sample_tei("vi-court-roles.txt"))
    assert ids[1] == ids[3] != ids[2]
    assert len(set(ids)) == 4


def test_an_indonesian_presiding_judge_chairs_and_has_no_surname() -> None:
    tei = sample_tei("id-court-hakim-ketua.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    chair = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=ns)
    assert chair == ["hakim-ketua"]
    assert not tei.xpath("//t:person[@xml:id='hakim-ketua']//t:surname", namespaces=ns)


def test_a_tatar_chair_printed_by_the_office_alone_chairs() -> None:
    tei = sample_tei("tt-shura-rais-head.txt")
    ids = turn_ids(tei)
    assert ids[0] == ids[2] != ids[1]
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=ns) == [ids[0]]


def test_a_dari_description_after_the_arabic_comma_is_the_role() -> None:
    tei = sample_tei("prs-wolesi-name-arabic-comma.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tei.xpath("//t:person[@xml:id='فریدون-امیری']/@role", namespaces=ns) == ["وکیل مردم هرات"]


def test_a_tamil_initial_with_its_prothetic_vowel_ends_no_label() -> None:
    tei = sample_tei("ta-sattamanram-prothetic-initial.txt")
    assert len(turn_ids(tei)) == 4
    assert turn_ids(tei)[2].endswith("இரா-செல்வம்")


def test_a_lao_member_after_the_form_of_address_is_named_and_the_chair_chairs() -> None:
    tei = sample_tei("lo-sapha-than.txt")
    ids = turn_ids(tei)
    assert ids == ["ປະທານກອງປະຊຸມ", "ທ່ານ-ສົມພອນ-ແກ້ວມະນີ", "ປະທານກອງປະຊຸມ"]
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=ns) == [ids[0]]

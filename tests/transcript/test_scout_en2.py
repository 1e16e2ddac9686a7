"""English records whose shapes were read wrong: the chair addressed alone on its line under a
name alone on its line, the United Nations' language notes in a label's brackets, chairs with a
qualifier (temporary, acting), the New Zealand Hansard's party and seat around a dash, two offices
with one surname in a hearing, and Irish surnames' particles (samples in tests/data/labels/,
invented in the real records' shapes)."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _tei(name: str) -> bytes:
    return convert_text((SAMPLES / name).read_bytes(), name).tei


def _persons(tei: bytes) -> dict[str, tuple[str | None, str | None]]:
    """Each person's id with its role and its affiliation."""
    root = etree.fromstring(tei)
    return {
        str(person.get(XML_ID)): (person.get("role"), person.findtext("t:affiliation", namespaces=NS))
        for person in root.iterfind(".//t:person", NS)
    }


def _who(tei: bytes) -> list[str]:
    return [str(who) for who in etree.fromstring(tei).xpath("//t:sp/@who", namespaces=NS)]


def _parts(tei: bytes, ident: str) -> list[tuple[str, str]]:
    """The parts of the name of the person *ident*: each element's local name and text."""
    root = etree.fromstring(tei)
    name = root.xpath(f"//t:person[@xml:id='{ident}']/t:persName[not(@type)]", namespaces=NS)[0]
    return [(etree.QName(part).localname, part.text or "") for part in name]


def test_the_chair_addressed_alone_between_a_name_alone_and_its_speech_is_no_turn() -> None:
    """ "Hon. John Smith (Eastfield)" / "Mr. Speaker:" / the speech: the name alone on its line
    is the label, the salutation on its own line the first words of the speech."""
    tei = _tei("en-ke-name-alone-salutation.txt")
    assert speakers(tei) == [
        "Hon. Speaker (Mr. Kamau Njoroge)",
        "Hon. John Smith (Eastfield)",
        "Hon. Mary Wanjiru (Lakeside)",
        "Hon. Speaker (Mr. Kamau Njoroge)",
    ]
    assert _who(tei) == ["#mr-kamau-njoroge", "#hon-john-smith", "#hon-mary-wanjiru", "#mr-kamau-njoroge"]
    speech = etree.fromstring(tei).xpath("//t:sp[2]/t:p/text()", namespaces=NS)
    assert speech[0] == "Mr. Speaker:" and speech[1].startswith("Thank you for the opportunity.")


def test_the_salutation_on_the_line_below_a_name_alone_in_one_paragraph() -> None:
    """The same shape with no blank line between the name, the salutation and the speech."""
    text = (
        "Hon. Speaker (Mr. Kamau Njoroge)\nOrder, honourable members. Hon. Smith.\n\n"
        "Hon. John Smith (Eastfield)\nMr. Speaker:\nThank you. The road to the market is closed.\n\n"
        "Hon. Mary Wanjiru (Lakeside)\nMr. Speaker:\nI support the member. The road must open.\n"
    )
    tei = convert_text(text.encode(), "joined.txt").tei
    assert speakers(tei) == [
        "Hon. Speaker (Mr. Kamau Njoroge)",
        "Hon. John Smith (Eastfield)",
        "Hon. Mary Wanjiru (Lakeside)",
    ]


def test_the_language_spoken_is_no_role() -> None:
    """ "The President (spoke in French):" chairs, with no role "spoke in French"; "Mr. Dupont
    (France) (spoke in French):" is of France; the labels stay as printed."""
    tei = _tei("en-un-spoke-in.txt")
    assert speakers(tei)[:3] == [
        "The President (spoke in French):",
        "Mr. Halvorsen (Norway):",
        "Mr. Dupont (France) (spoke in French):",
    ]
    persons = _persons(tei)
    assert persons["the-president"] == ("chair", None)
    assert persons["mr-dupont"] == ("France", None)
    assert persons["mr-ivanov"] == ("Russian Federation", None)
    assert not any("spoke" in (role or "") for role, _ in persons.values())


def test_the_language_spoken_in_french_is_no_role() -> None:
    """ "M. García (Mexique) (parle en espagnol) :": the delegation is the role."""
    tei = _tei("fr-un-parle-en.txt")
    assert speakers(tei) == [
        "Le Président :",
        "M. García (Mexique) (parle en espagnol) :",
        "M. Ivanov (Fédération de Russie) (parle en russe) :",
        "Le Président :",
    ]
    assert _persons(tei)["m-garcia"] == ("Mexique", None)


def test_a_note_of_the_language_in_other_languages_is_no_role() -> None:
    """The Russian, Spanish and Chinese records' notes of the language spoken."""
    samples = {
        "Председатель (говорит по-французски): Слово предоставляется представителю Мексики.": "predsedatel",
        "El Presidente (habla en francés): Tiene la palabra el representante de Noruega.": "el-presidente",
        "主席（以法语发言）：现在请墨西哥代表发言。": "主席",
    }
    for line, ident in samples.items():
        text = f"{line}\n\n{line}\n"
        assert _persons(convert_text(text.encode(), "un.txt").tei)[ident] == ("chair", None)


def test_a_temporary_or_acting_chair_chairs() -> None:
    """ "Hon. Temporary Deputy Speaker (Hon. Jane Atieno)" is its holder in the chair, as are
    "The Temporary Speaker", "The Acting Speaker (Mr. Hughes)", "The Deputy Chair" and "Madam
    Chair"; a Kenyan seat and party after a comma are the member's role and affiliation."""
    persons = _persons(_tei("en-ke-temporary-deputy-speaker.txt"))
    assert persons["hon-jane-atieno"][0] == "chair"
    assert persons["hon-peter-barasa"] == ("Kimilili, FORD-K", "FORD-K")
    tei = _tei("en-acting-chairs.txt")
    persons = _persons(tei)
    chairs = {ident for ident, (role, _) in persons.items() if role == "chair"}
    assert chairs == {"the-temporary-speaker", "mr-hughes", "the-deputy-chair", "madam-chair"}
    assert ("roleName", "Temporary") not in _parts(tei, "mr-hughes")
    assert [kind for kind, _ in _parts(tei, "the-temporary-speaker")] != ["roleName", "surname", "roleName"]


def test_the_party_and_the_seat_around_a_dash() -> None:
    """ "(Leader—Labour)", "(Green—Auckland Central)", "(Labour—Tāmaki Makaurau)": the side the
    party vocabulary knows is the affiliation, the other the role; "Hon" and "Rt Hon" without a
    stop are forms of address."""
    tei = _tei("en-nz-party-dash-seat.txt")
    assert speakers(tei)[0] == "1. Hon Chris Hipkins (Leader—Labour) to the Prime Minister:"
    persons = _persons(tei)
    assert persons["hon-chris-hipkins"] == ("Leader", "Labour")
    assert persons["chloe-swarbrick"] == ("Auckland Central", "Green")
    assert persons["hon-willie-jackson"] == ("Tāmaki Makaurau", "Labour")
    assert persons["rt-hon-christopher-luxon"] == ("Prime Minister", None)
    assert _parts(tei, "rt-hon-christopher-luxon") == [
        ("roleName", "Rt"),
        ("roleName", "Hon"),
        ("forename", "Christopher"),
        ("surname", "Luxon"),
    ]


def test_two_offices_of_one_surname_are_two_persons() -> None:
    """ "Senator Smith" and "Councillor Smith" in one hearing: two offices and no forenames to
    join them, two persons; "Chairman X" and "Senator X" may still be one."""
    tei = _tei("en-au-senator-councillor.txt")
    assert _who(tei) == [
        "#the-chair",
        "#senator-smith",
        "#councillor-smith",
        "#senator-smith",
        "#councillor-smith",
        "#the-chair",
    ]
    text = "Chairman GRASSLEY. The committee will come to order.\n\nSenator Leahy. Thank you.\n\n"
    text += "Senator Grassley. I thank the Senator.\n"
    who = _who(convert_text(text.encode(), "hearing.txt").tei)
    assert who[0] == who[2]


def test_irish_surname_particles_are_no_initials() -> None:
    """ "Seán Ó Briain", "Máire Ní Bhriain", "Peadar Mac Giolla Phádraig": the particles link
    the surname, none is an initial or a forename."""
    tei = _tei("en-ie-gaelic-particles.txt")
    assert _parts(tei, "deputy-sean-o-briain") == [
        ("roleName", "Deputy"),
        ("forename", "Seán"),
        ("nameLink", "Ó"),
        ("surname", "Briain"),
    ]
    assert _parts(tei, "deputy-peadar-mac-giolla-phadraig")[2:] == [
        ("nameLink", "Mac"),
        ("nameLink", "Giolla"),
        ("surname", "Phádraig"),
    ]
    assert ("nameLink", "Ní") in _parts(tei, "deputy-maire-ni-bhriain")
    assert ("nameLink", "Uí") in _parts(tei, "deputy-aoife-ui-bhriain")
    assert _who(tei)[1] == _who(tei)[5]


def test_a_state_councils_deputy_and_assistant_chairs_and_a_ministers_portfolios() -> None:
    """ "The DEPUTY PRESIDENT (The Hon. Rod Roberts):" and "The ASSISTANT SPEAKER (Ms Sonia
    Hornery):" put their holders in the chair; a role keeps every word as printed ("Minister
    for Climate Change, Minister for Energy"); a seat and an office around a dash with no party
    stay the role."""
    tei = _tei("en-au-state-council.txt")
    assert len(_who(tei)) == 10
    persons = _persons(tei)
    assert persons["the-hon-rod-roberts"][0] == "chair"
    assert persons["ms-sonia-hornery"][0] == "chair"
    assert persons["the-hon-penny-sharpe"][0] == (
        "Leader of the Government, Minister for Climate Change, Minister for Energy"
    )
    assert persons["tim-pallas"] == ("Werribee—Treasurer", None)
    assert persons["ms-abigail-boyd"] == (None, None)


def test_the_language_named_in_the_brackets_is_no_role() -> None:
    """ "PRESIDENT (in Cantonese):", "MR JAMES TO (in Cantonese):", "(in Putonghua)": Hong Kong's
    Legislative Council prints the language spoken, never the member's role."""
    tei = _tei("en-hk-legco-in-cantonese.txt")
    assert speakers(tei)[:2] == ["PRESIDENT (in Cantonese):", "MR JAMES TO (in Cantonese):"]
    persons = _persons(tei)
    assert persons["president"] == ("chair", None)
    assert persons["mr-james-to"] == persons["mr-tommy-cheung"] == (None, None)
    assert persons["mr-leong-mun-wai"] == ("Non-Constituency Member", None)


def test_a_courts_judge_named_by_the_form_of_address() -> None:
    """ "HIS HONOUR:" and "HER HONOUR:" name the judge, no person called Honour; the heading
    "<EXAMINATION-IN-CHIEF BY MR DUNN:" is no text of a turn."""
    tei = _tei("en-au-court-his-honour.txt")
    # the witness's answers after "?---" are her turns, the marker their printed label
    assert speakers(tei) == [
        "HIS HONOUR:",
        "MR DUNN:",
        "MR DUNN:",
        "---",
        "---",
        "HIS HONOUR:",
        "MR DUNN:",
        "HER HONOUR:",
    ]
    assert _parts(tei, "his-honour") == []
    heads = etree.fromstring(tei).xpath("//t:head/text()", namespaces=NS)
    assert "<EXAMINATION-IN-CHIEF BY MR DUNN:" in heads

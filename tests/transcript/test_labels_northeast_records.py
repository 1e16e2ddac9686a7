"""Nordic, Baltic and Czech records as printed: the clock above or before a label, a
colon left on the line below, a reply's word after the party, the vice-chairs' ordinals, degrees
after a name and offices abbreviated."""

from __future__ import annotations

from label_samples import NS, sample_tei, text_tei, turn_ids


def _chairs(tei: object) -> set[str]:
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id")
        for p in tei.iterfind(".//t:person[@role='chair']", NS)
    }  # type: ignore[attr-defined]


def test_a_colon_alone_below_the_name_ends_the_label() -> None:
    tei = sample_tei("fi-eduskunta-web-colon-below.txt")
    assert turn_ids(tei) == [
        "puhemies-aino-karjalainen",
        "ville-harju",
        "outi-laakso",
        "puhemies-aino-karjalainen",
    ]
    assert "puhemies-aino-karjalainen" in _chairs(tei)


def test_a_colon_a_wrap_left_alone_keeps_its_space() -> None:
    tei = text_tei(
        "Le président de séance annonce la prochaine séance, ce soir à vingt et une heures trente\n:\nordre du jour.\n"
    )
    assert "trente :" in "".join(tei.itertext())


def test_a_clock_before_the_office_and_name_alone_opens_a_turn() -> None:
    tei = sample_tei("et-riigikogu-web-clock.txt")
    assert turn_ids(tei) == [
        "esimees-lauri-kask",
        "peaminister-kadri-mets",
        "esimees-lauri-kask",
        "peeter-org",
        "aseesimees-toomas-vaher",
    ]
    assert _chairs(tei) == {"esimees-lauri-kask", "aseesimees-toomas-vaher"}
    assert tei.xpath("//t:sp/t:speaker/t:time/text()", namespaces=NS)[:2] == ["14:00", "14:01"]
    assert not tei.xpath("//t:settingDesc//t:placeName", namespaces=NS)  # "Kolmapäev" is a weekday


def test_an_office_qualified_by_names_before_it_opens_a_turn_alone() -> None:
    tei = sample_tei("et-riigikogu-qualified-office.txt")
    assert turn_ids(tei) == [
        "vabariigi-valimiskomisjoni-esimees-tonis-raudsepp",
        "eesti-vabariigi-president-maret-lillemagi",
        "maaelukomisjoni-esimees-jaan-kivistik",
    ]
    assert tei.xpath("//t:sp/t:speaker/t:time/text()", namespaces=NS) == ["14:01", "14:02", "14:09"]


def test_a_reply_is_the_same_minister() -> None:
    tei = sample_tei("sv-riksdag-replik.txt")
    ids = turn_ids(tei)
    assert ids[0] == ids[2] and ids[1] != ids[0]
    assert "tredje-vice-talmannen" in _chairs(tei)


def test_an_ordinal_vice_chair_chairs() -> None:
    tei = sample_tei("da-folketing-web-clock.txt")
    assert _chairs(tei) == {"soren-lund", "karen-dahl"}


def test_the_agenda_heading_is_no_person() -> None:
    tei = sample_tei("no-storting-dagsorden.txt")
    assert turn_ids(tei) == [
        "mari-solberg",
        "ola-nygard",
        "statsrad-terje-dahl",
        "kari-berg",
        "statsrad-terje-dahl",
        "mari-solberg",
    ]
    assert "dagsorden" not in {
        p.get("{http://www.w3.org/XML/1998/namespace}id") for p in tei.iterfind(".//t:person", NS)
    }


def test_a_degree_after_the_name_is_no_description() -> None:
    tei = sample_tei("cs-kraj-degree-after.txt")
    assert turn_ids(tei)[1] == "ing-petr-svoboda-ph-d"
    assert not tei.xpath("//t:person[@xml:id='ing-petr-svoboda-ph-d']/t:affiliation", namespaces=NS)


def test_an_abbreviated_office_keeps_its_holder() -> None:
    tei = sample_tei("cs-praha-abbreviated-offices.txt")
    assert turn_ids(tei) == ["prim-kovar", "p-benes", "nam-hajek", "prim-kovar", "p-marek"]

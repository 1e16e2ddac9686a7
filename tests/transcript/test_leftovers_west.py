"""Shapes other readings left wrong (samples in tests/data/labels/, in the layouts the real
records print, the names invented): the Lithuanian Seimas's events alone on their line, the
hour over an item's title and an office in capitals before its holder's initials."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, turn_ids


def test_the_seimas_minute_of_silence_anthem_and_hour_over_an_item_stand_between_turns() -> None:
    tei = sample_tei("lt-seimas-hour-item-anthem.txt")
    stages = [
        "".join(stage.itertext())
        for stage in tei.xpath("//t:body//t:stage[not(ancestor::t:sp)]", namespaces=NS)
    ]
    assert stages == ["Tylos minutė", "Giedamas Lietuvos valstybės himnas", "15.10 val.", "15.24 val."]
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == [
        "Seimo nutarimo projektas Nr. XIVP-1234 (pateikimas)",
        "Frakcijų atstovų kalbos",
    ]
    chair, minister = "v-karkliene", "sveikatos-apsaugos-ministras-a-dulinskas"
    # the chair goes on after the silence and the anthem, and under each item's title
    assert turn_ids(tei) == [chair, chair, chair, chair, minister, chair, "t-vaitonis", minister, chair]
    spoken = " ".join(tei.xpath("//t:sp//t:p/text()", namespaces=NS))
    assert "val." not in spoken and "XIVP" not in spoken


def test_an_office_in_capitals_before_the_holders_initial_is_the_office() -> None:
    tei = sample_tei("lt-seimas-hour-item-anthem.txt")
    assert name_parts_of(tei, "sveikatos-apsaugos-ministras-a-dulinskas") == [
        ("roleName", "office", "Sveikatos"),
        ("roleName", "office", "Apsaugos"),
        ("roleName", "office", "Ministras"),
        ("forename", None, "A."),
        ("surname", None, "Dulinskas"),
    ]
    assert tei.xpath("//t:person/@role", namespaces=NS) == ["chair"]


def test_the_chair_the_head_names_is_the_chair_though_labels_print_only_names() -> None:
    tei = sample_tei("ro-senat-presided-by-name.txt")
    chair, member = "domnul-vasile-bratoveanu", "domnul-petre-munteanu"
    assert turn_ids(tei) == [chair, member, chair]
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in tei.xpath("//t:person", namespaces=NS)
    }
    assert roles == {chair: "chair", member: None}

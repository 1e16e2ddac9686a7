"""Fresh short excerpts as an editor copies them, each label printed once (samples in
tests/data/labels/, in the layouts real records print, the names invented)."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def test_romanian_abbreviated_forms_of_address_open_a_council_label() -> None:
    """ "Dl." and "Dna." (domnul, doamna) end in a stop that is no label's end; "primar" is an office."""
    tei = sample_tei("ro-consiliu-local-abbreviated.txt")
    assert turn_ids(tei) == [
        "dl-presedinte-de-sedinta-vlasceanu",
        "dna-consilier-parvu-ilinca",
        "dl-primar-zamfir-costel",
        "dl-presedinte-de-sedinta-vlasceanu",
    ]
    offices = [el.text for el in tei.iterfind(".//t:person//t:roleName[@type='office']", NS)]
    assert "primar" in offices


def test_dutch_abbreviated_forms_of_address_and_the_chairs_vz_open_labels() -> None:
    """ "Dhr." and "Mw." end in a stop that is no label's end; "Vz." is the chair; the head's
    fields ("Griffier: …") are no turns."""
    tei = sample_tei("nl-gemeenteraad-abbreviated.txt")
    assert turn_ids(tei) == ["vz", "dhr-brouwershaven", "mw-el-idrissi", "wethouder-tjallingii", "vz"]
    chair = tei.find(".//t:person[@xml:id='vz']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"})
    assert chair is not None and chair.get("role") == "chair"

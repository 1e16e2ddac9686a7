"""Records of African houses (samples in tests/data/labels/, written in the shapes the real
records print, the names invented): the Bunge's question time in Swahili, the Ethiopian
House's forms of address in Amharic and the South African Hansard in Afrikaans."""

from __future__ import annotations

from label_samples import NS, SAMPLES, name_parts_of, sample_tei, speakers
from stenogram.tei.convert import convert_text


def _persons(sample: str) -> dict[str, str | None]:
    """The persons of *sample*: each id and its role."""
    tei = sample_tei(sample)
    return {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in tei.xpath("//t:person", namespaces=NS)
    }


def _stages(sample: str) -> list[str]:
    return sample_tei(sample).xpath("//t:stage/@type", namespaces=NS)


def test_the_bunge_question_time_reads_its_asked_and_answered_labels_and_the_clerk() -> None:
    sample = "sw-bunge-maswali.txt"
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == [
        "SPIKA:",
        "NDG. BAKARI S. MKWAWA – KATIBU WA BUNGE:",
        "MHE. OMARI J. KIPANGA (k.n.y. MHE. ZUHURA A. LUTENGO) aliuliza:-",
        "NAIBU WAZIRI WA UJENZI alijibu:-",
        "SPIKA:",
        "MHE. OMARI J. KIPANGA:",
        "NAIBU WAZIRI WA UJENZI:",
        "NDG. BAKARI S. MKWAWA – KATIBU WA BUNGE:",
    ]
    # the clerk's office after the dash is his role; "on behalf of" another member is no role
    assert _persons(sample) == {
        "spika": "chair",
        "ndg-bakari-s-mkwawa": "KATIBU WA BUNGE",
        "mhe-omari-j-kipanga": None,
        "naibu-waziri-wa-ujenzi": None,
    }
    assert _stages(sample) == ["applause", "laughter", "noise"]
    tei = sample_tei(sample)
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "sw"
    assert name_parts_of(tei, "mhe-omari-j-kipanga") == [
        ("roleName", "honorific", "Mhe."),
        ("forename", None, "Omari"),
        ("forename", None, "J."),
        ("surname", None, "Kipanga"),
    ]


def test_the_amharic_record_names_its_speaker_the_chair_and_its_forms_of_address() -> None:
    sample = "am-hopr-forms.txt"
    tei = sample_tei(sample)
    roles = _persons(sample)
    assert list(roles.values()) == ["chair", None, None]
    parts = [name_parts_of(tei, ident) for ident in list(roles)[1:]]
    assert [[text for kind, _, text in found if kind == "roleName"] for found in parts] == [
        ["ክቡር", "አቶ"],
        ["ወ/ሮ"],
    ]
    assert _stages(sample) == ["applause"]


def test_an_afrikaans_hansard_is_afrikaans_not_dutch() -> None:
    tei = sample_tei("af-hansard-nie.txt")
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "af"
    assert speakers(convert_text((SAMPLES / "af-hansard-nie.txt").read_bytes(), "af.txt").tei) == [
        "Die SPEAKER:",
        "Mnr P J GROENEWALD:",
        "Die MINISTER VAN FINANSIES:",
        "Mev A M DREYER:",
    ]

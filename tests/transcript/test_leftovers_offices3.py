"""Offices of fresh excerpts read as a forename or a surname (samples in tests/data/labels/, names
invented): the German press conference's abbreviations and its follow-up questions, the Italian
prosecutor and president abbreviated, a Polish office with its body capitalised, Turkish offices
with their possessive ending, the Knesset chair with its article."""

from __future__ import annotations

from label_samples import NS, sample_tei, turn_ids


def _parts(tei, person: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The name parts (element, text) of *person*'s first persName."""
    names = tei.xpath(f"//t:person[@xml:id='{person}']/t:persName[1]", namespaces=NS)
    return [(el.tag.split("}")[1], el.text) for el in names[0]]


def test_a_press_conferences_abbreviated_offices_and_follow_up_questions() -> None:
    tei = sample_tei("de-press-conference-office-abbrevs.txt")
    assert turn_ids(tei) == [
        "sts-lindner",
        "frage",
        "sts-lindner",
        "zusatzfrage",
        "srs-in-hoffmann",
        "nachfrage",
        "weber",
    ]
    assert _parts(tei, "sts-lindner") == [("roleName", "StS"), ("surname", "Lindner")]
    assert _parts(tei, "srs-in-hoffmann") == [("roleName", "SRS'in"), ("surname", "Hoffmann")]
    assert _parts(tei, "zusatzfrage") == [] and _parts(tei, "nachfrage") == []


def test_an_italian_prosecutor_and_president_abbreviated() -> None:
    tei = sample_tei("it-trial-pm-pres-abbrevs.txt")
    prosecutor, chair = "p-m-dott-ferrante", "pres-dott-ssa-colombo"
    assert turn_ids(tei) == ["presidente", prosecutor, "avv-rinaldi", chair, prosecutor, "testimone"]
    assert _parts(tei, prosecutor) == [("roleName", "P.M."), ("roleName", "Dott."), ("surname", "Ferrante")]
    assert _parts(tei, chair)[-1] == ("surname", "Colombo")
    assert tei.xpath(f"//t:person[@xml:id='{chair}']/@role", namespaces=NS) == ["chair"]


def test_a_polish_office_with_its_body_capitalised_in_the_genitive() -> None:
    tei = sample_tei("pl-inquiry-office-genitive-capital.txt")
    chair = "przewodniczacy-komisji-jan-kowalczyk"
    assert turn_ids(tei) == [chair, "posel-anna-zielinska", "swiadek-piotr-nowak", chair]
    assert _parts(tei, chair) == [
        ("roleName", "Przewodniczący"),
        ("roleName", "Komisji"),
        ("forename", "Jan"),
        ("surname", "Kowalczyk"),
    ]


def test_turkish_court_offices_are_no_names() -> None:
    tei = sample_tei("tr-court-possessive-offices.txt")
    accused = "sanik-mehmet-yilmaz"
    assert turn_ids(tei) == [
        "mahkeme-baskani",
        accused,
        "uye-hakim",
        accused,
        "mahkeme-baskani",
        "cumhuriyet-savcisi",
    ]
    for office in ("mahkeme-baskani", "uye-hakim", "cumhuriyet-savcisi"):
        assert _parts(tei, office) == []
    assert _parts(tei, accused)[-1] == ("surname", "Yılmaz")


def test_the_knesset_chair_with_its_article_before_the_name() -> None:
    tei = sample_tei("he-committee-chair-with-article.txt")
    chair = "היו-ר-משה-אלון"
    assert turn_ids(tei) == [chair, "דוד-כהן", chair]
    assert _parts(tei, chair) == [("roleName", 'היו"ר'), ("forename", "משה"), ("surname", "אלון")]

"""Shapes of records printed in the old orthographies, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml): the record's own name and the house's over its first
sitting in the old spelling ("СТЕНОГРАФИЧЕСКІЙ ОТЧЕТЪ.", "KÉPVISELŐHÁZI NAPLÓ.", "Haus der
Abgeordneten. 31. Sitzung …", "Государственный Совѣтъ. Сессія IV. Засѣданіе 9."); the member of
the State Duma and Council in the old spelling; the Greek minister in the polytonic spelling; the
Ottoman chamber's minister with his portfolio before the office and the members named with the
form of address after the name ("Maliye Nazırı Cavid Bey —", "Zohrab Efendi —")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_the_council_and_its_session_and_sitting_over_the_record_are_no_speaker() -> None:
    """ "Государственный Совѣтъ. Сессія IV. Засѣданіе 9." is the title; the member with his
    initials after the council's name is one label, his initials kept."""
    root = tabled_tei("ru-gossovet-sessiya-zasedanie-title.txt")
    assert _speakers(root)[:2] == ["Предсѣдательствующій.", "Членъ Государственнаго Совѣта Н. С. Таганцевъ."]
    assert not any("Сессія IV" in p for p in _said(root)[1:])


def test_the_stenographic_report_in_the_old_spelling_is_the_records_name() -> None:
    root = tabled_tei("ru-duma-stenotchet-chlen-once.txt")
    assert "СТЕНОГРАФИЧЕСКІЙ ОТЧЕТЪ." not in _speakers(root)
    assert "Членъ Государственной Думы Шингаревъ." in _speakers(root)


def test_the_chair_naming_the_house_on_the_first_line_stays_a_label() -> None:
    """An office before the house's name makes the chair's label, no title."""
    root = text_tei(
        "Предсѣдатель Государственнаго Совѣта. Засѣданіе открыто.\nСлово имѣетъ членъ Совѣта Ивановъ.\n\n"
        "Членъ Государственнаго Совѣта Ивановъ. Господа, я буду кратокъ.\n"
    )
    assert _speakers(root) == [
        "Предсѣдатель Государственнаго Совѣта.",
        "Членъ Государственнаго Совѣта Ивановъ.",
    ]


def test_the_hungarian_houses_journal_is_no_speaker() -> None:
    root = tabled_tei("hu-kepviselohaz-naplo-title.txt")
    assert _speakers(root)[0] == "Elnök:"


def test_the_members_word_inside_the_houses_name_is_no_office() -> None:
    """ "Haus der Abgeordneten. 31. Sitzung am 12. März 1879." is the title: "Abgeordneten" is
    the house's word there; an office before the house's name is the president's, and the
    member's office alone is his."""
    root = tabled_tei("de-preussen-haus-der-abgeordneten-kopf.txt")
    assert _speakers(root)[0] == "Präſident v. Bennigſen:"
    root = text_tei(
        "Haus der Abgeordneten. 5. Sitzung am 3. März 1880.\n\n"
        "Präſident des Hauſes der Abgeordneten: Die Sitzung iſt eröffnet.\n\n"
        "Abgeordneter Laſker: Meine Herren, ich bitte ums Wort.\n"
    )
    assert _speakers(root) == ["Präſident des Hauſes der Abgeordneten:", "Abgeordneter Laſker:"]
    config = default_config()
    assert config.chambers.search("képviselőházi napló") is not None


def test_the_greek_minister_in_the_polytonic_spelling_is_an_office() -> None:
    root = tabled_tei("el-vouli-polytoniko-ypourgos.txt")
    assert "Ὑπουργὸς τῶν Στρατιωτικῶν." in _speakers(root)


def test_the_polytonic_minister_opening_a_sentence_stays_speech() -> None:
    root = text_tei(
        "ΠΡΟΕΔΡΟΣ. Ἔχει τὸν λόγον ὁ κ. Ράλλης.\n\nΔ. ΡΑΛΛΗΣ. Κύριοι, χθὲς\n"
        "Ὑπουργὸς τῶν Οἰκονομικῶν ἦτο ἀκόμη ὁ ἴδιος, καὶ τὸ εἶπε.\n\nΠΡΟΕΔΡΟΣ. Εὐχαριστῶ.\n"
    )
    assert _speakers(root) == ["ΠΡΟΕΔΡΟΣ.", "Δ. ΡΑΛΛΗΣ.", "ΠΡΟΕΔΡΟΣ."]


def test_the_ottoman_minister_with_his_portfolio_and_the_member_after_his_name_are_labels() -> None:
    root = tabled_tei("tr-mebusan-nazir-tire.txt")
    assert "Efendiler, bütçe layihası hakkında izahat vereceğim." in _said(root)[1]


def test_a_member_named_with_the_form_of_address_after_it_once_is_a_label() -> None:
    root = text_tei(
        "Reis Bey — Celse küşad olundu. Zabıt hulasası okunacak.\n\n"
        "Zohrab Efendi — Efendiler, dün söylediğim gibi bu layiha hakkında hükümetin\n"
        "beyanatı kâfi değildir ve bir sual daha sormak isterim.\n\n"
        "Reis Bey — Müzakere kâfi görülmüştür. Layiha encümene gidecek.\n"
    )
    assert _speakers(root) == ["Reis Bey —", "Zohrab Efendi —", "Reis Bey —"]


def test_the_portfolio_in_lower_case_or_a_bills_title_before_a_dash_is_no_label() -> None:
    """ "Dahiliye nazırı Talat Bey'in beyanatı — müzakere edildi …" reports the minister's
    statement, its office in lower case; "Maliye Nezareti Bütçe Layihası — 1326 Senesi" is a
    bill's title, no holder after an office."""
    root = text_tei(
        "Reis Bey — Celse küşad olundu.\n\nZohrab Efendi — Efendiler, dün söyledim.\n\n"
        "Dahiliye nazırı Talat Bey'in beyanatı — müzakere edildi ve kabul olundu.\n\n"
        "Maliye Nezareti Bütçe Layihası — 1326 Senesi\n\nReis Bey — Müzakere kâfi.\n"
    )
    assert _speakers(root) == ["Reis Bey —", "Zohrab Efendi —", "Reis Bey —"]

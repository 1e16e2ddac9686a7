"""Round 50 (hunt50a): Turkic and Central Asian councils and courts; an agenda's heading over
its numbered items, no label."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_turkish_agenda_heading_over_numbered_items_is_no_label() -> None:
    """`GÜNDEM:` alone on its line over `1- Yoklama` / `2- …` heads the agenda's list, no
    speaker's turn, where `MECLİS BAŞKANI:` alone on its line over a sentence is the chair's."""
    tei = tabled_tei("tr-belediye-gundem-numbered.txt")
    assert "GÜNDEM:" in outside_turns(tei)


def test_uzbek_agenda_heading_in_cyrillic_is_no_label() -> None:
    """`Кун тартиби:` over `1. …` (an Uzbek council's agenda) heads a list in Mixed case too; the
    governor's and the member's labels below are the turns."""
    tei = text_tei(
        "Наманган вилояти халқ депутатлари Кенгашининг сессияси\n\n"
        "Кун тартиби:\n"
        "1. Вилоят бюджети ижроси тўғрисида.\n\n"
        "Вилоят ҳокими Ш. Аҳмедов: Ҳурматли депутатлар! Биринчи масала бўйича ахборот бераман.\n\n"
        "Депутат Г. Султонова: Саволим бор: харажатлар қанча камайди?\n\n"
        "Вилоят ҳокими Ш. Аҳмедов: Ўн икки фоизга камайди.\n"
    )
    assert turn_speakers(tei) == [
        "Вилоят ҳокими Ш. Аҳмедов:",
        "Депутат Г. Султонова:",
        "Вилоят ҳокими Ш. Аҳмедов:",
    ]


def test_label_alone_over_a_sentence_stays_a_label() -> None:
    """A label printed once alone on its line over a sentence that is no list's first item
    (`Raislik qiluvchi:` / `Hurmatli deputatlar! …`) stays the chair's turn: only a list's `1.`
    below makes a heading."""
    tei = text_tei(
        "Oliy Majlis Qonunchilik palatasining majlisi\n\n"
        "Raislik qiluvchi:\n"
        "Hurmatli deputatlar! 1-masala boʻyicha soʻz deputat Aziz Nazarovga beriladi.\n\n"
        "A. Nazarov: Rahmat. Loyiha tadbirkorlar uchun muhim.\n"
    )
    assert turn_speakers(tei) == ["Raislik qiluvchi:", "A. Nazarov:"]


def test_turkish_court_decision_formula_is_no_label() -> None:
    """`GEREĞİ DÜŞÜNÜLDÜ:` and `Ara Karar:` open a Turkish court record's decision under the
    turns (``decided``), no party speaking; the complainant's, the accused's and counsel's labels
    are the turns. With its items after its colon the formula is the court's record, out of
    the turn above (round 51, fix51c)."""
    tei = tabled_tei("tr-durusma-geregi-dusunuldu.txt")
    assert outside_turns(tei)[-1].startswith("GEREĞİ DÜŞÜNÜLDÜ: Duruşmanın")
    assert not any(p.startswith("Ara Karar:") for p in turn_paragraphs(tei))


def test_turkish_interim_decision_after_a_judge_is_no_label() -> None:
    """`Ara Karar:` with its numbered items after the judge's turn is the court's decision, where
    `HAKİM:` and `DAVACI VEKİLİ:` around it stay labels."""
    tei = text_tei(
        "DURUŞMA TUTANAĞI\n\n"
        "DAVACI VEKİLİ: Bilirkişi raporuna itiraz ediyoruz.\n"
        "HAKİM: Taraflara iki haftalık süre verildi.\n"
        "DAVACI VEKİLİ: Anlaşıldı.\n"
        "Ara Karar: 1- Raporun taraflara tebliğine,\n"
        "2- Duruşmanın 15/01/2025 günü saat 09:30'a bırakılmasına karar verildi.\n"
    )
    assert turn_speakers(tei) == ["DAVACI VEKİLİ:", "HAKİM:", "DAVACI VEKİLİ:"]

"""Round 51 (fix51i): a plenum speaker's affiliation in brackets on the line under his name, a
protocol's surname printed once with a stop among dashed labels, a Korean court clerk's office
printed once, and a Polish, Czech or Slovak chair's "please" giving the floor to a label over a
list of points."""

from lxml import etree

from label_samples import tabled_tei, text_tei, texts, turn_paragraphs, turn_speakers

_PLENUM = "Тов. КРАВЧЕНКО\n{below}\n\nТоварищи! Горняки шахты дали сверх плана 25 тысяч тонн угля.\n\n"
_PROTOCOL = "Гусев — Кто хочет выступить?\n\nЗуев — Семян не хватает, надо просить район.\n\n{para}\n\nГусев — Кормы будут на той неделе.\n\nЗуев — А кто их привезет?\n"


def _stages(tei: etree._Element) -> list[str]:
    return texts(tei, "//t:stage")


def test_affiliation_under_name_is_the_labels_role() -> None:
    """A Soviet trade-union plenum prints each speaker alone in capitals with "Тов." and his mine,
    works or office in brackets on the line under it, the speech below: the bracket is the label's
    role, as it is where the record prints it on the name's line, no stage direction."""
    tei = tabled_tei("ru-plenum-affiliation-below.txt")
    assert turn_speakers(tei)[0] == "Тов. ГОРБУНОВ (завод «Запорожсталь»)"
    assert _stages(tei) == ["(Аплодисменты.)", "(Аплодисменты.)"]


def test_other_affiliations_under_names_join_their_labels() -> None:
    """The same layout in another language's record (a Ukrainian plenum): each name alone and its
    bracket under it make one label."""
    tei = text_tei(
        "ЗАСІДАННЯ ПЛЕНУМУ\n\nТов. ПЕТРЕНКО\n(завод «Арсенал», Київ)\n\nТоварищі! Колектив виконав план.\n\n"
        "Тов. КОВАЛЬ\n(голова обкому профспілки)\n\nТоварищі, поговоримо про охорону праці.\n"
    )
    assert turn_speakers(tei) == [
        "Тов. ПЕТРЕНКО (завод «Арсенал», Київ)",
        "Тов. КОВАЛЬ (голова обкому профспілки)",
    ]


def test_hall_event_under_name_stays_a_stage_direction() -> None:
    """NEGATIVE: a bracket reporting what the hall did ("(Аплодисменты.)") under the name alone is
    no role: the label stays the name and the bracket a stage direction, its text kept."""
    below = "Тов. ЛЕБЕДЕВ\n(председатель ЦК профсоюза)\n\nТоварищи, обсудим охрану труда.\n"
    tei = text_tei("ПЛЕНУМ\n\n" + _PLENUM.format(below="(Аплодисменты.)") + below)
    assert turn_speakers(tei) == ["Тов. КРАВЧЕНКО", "Тов. ЛЕБЕДЕВ (председатель ЦК профсоюза)"]
    assert _stages(tei) == ["(Аплодисменты.)"]


def test_heading_over_bracket_stays_a_heading() -> None:
    """NEGATIVE: a bill's title in capitals with its number in brackets on the line under it, no
    form of address before it ("PORT CHARGES AMENDMENT BILL" / "(Serial 7)"), is a heading, not a
    label with a role."""
    tei = text_tei(
        "WATER CHARGES AMENDMENT BILL\n(Serial 7)\n\nBill presented and read a first time.\n\n"
        "Mr HOLT (Treasurer): Madam Speaker, I move that the bill be now read a second time.\n\n"
        "Madam SPEAKER: The question is that the bill be now read a second time.\n"
    )
    assert turn_speakers(tei) == ["Mr HOLT (Treasurer):", "Madam SPEAKER:"]


def test_surname_with_stop_once_among_dashed_labels() -> None:
    """A Russian protocol's secretary sets one surname with a stop alone on its line, the speech
    opening by addressing the meeting on the lines under it, among surnames with a dash: the
    surname is a label as the dashed ones are."""
    tei = tabled_tei("ru-protocol-surname-stop-once.txt")
    assert "Миронова." in turn_speakers(tei)
    assert turn_paragraphs(tei)[2].startswith("Товарищи, в цехе холодно")


def test_one_word_paragraph_among_dashed_labels_is_speech() -> None:
    """NEGATIVE: a word with a stop set as a paragraph of its own, a blank line under it ("Никто."
    / blank line / "Товарищи, …"), among dashed labels is a sentence of the speech, no label."""
    tei = text_tei(_PROTOCOL.format(para="Никто.\n\nТоварищи, на ферме нет кормов."))
    assert turn_speakers(tei) == ["Гусев —", "Зуев —", "Гусев —", "Зуев —"]
    assert "Никто." in turn_paragraphs(tei)


def test_korean_clerk_office_printed_once() -> None:
    """A Korean court's record prints the clerk's office ("법원사무관", spaced "법 원 사 무 관 :")
    once among question and answer labels: an office of the language's courts, a label."""
    tei = tabled_tei("ko-court-clerk-spaced-once.txt")
    assert turn_speakers(tei)[4] == "법 원 사 무 관 :"


def test_korean_clerk_office_in_a_sentence_is_no_label() -> None:
    """NEGATIVE: the office inside the speech, no colon after it, opens no turn."""
    tei = text_tei(
        "재판장: 법원사무관은 조서를 작성하십시오.\n피고인: 네.\n재판장: 다음 기일을 지정합니다.\n"
    )
    assert turn_speakers(tei) == ["재판장:", "피고인:", "재판장:"]


def test_please_gives_the_floor_to_a_label_over_points() -> None:
    """A Polish committee's chair gives the floor with "Proszę, pan poseł X."; the member's label
    alone with its colon over two numbered points is his turn, not a list's heading; a heading
    no one was given the floor to ("UWAGI:") stays in the speech."""
    tei = tabled_tei("pl-komisja-announced-points.txt")
    assert turn_paragraphs(tei)[1].startswith("1. Projekt nie określa")
    assert any(p.startswith("UWAGI:") for p in texts(tei, "//t:sp//t:p"))


def test_czech_and_slovak_please_give_the_floor() -> None:
    """The Czech "Prosím, pan poslanec X." and the Slovak "Nech sa páči, pán poslanec X." give
    the floor as the Polish chair's sentence does."""
    cs = text_tei(
        "PŘEDSEDA: Prosím, pan poslanec Dvořák.\n\nDVOŘÁK:\n1. Návrh nepočítá s penězi pro obce.\n"
        "2. Důvodová zpráva neobsahuje hodnocení dopadů.\n\nPŘEDSEDA: Děkuji.\n\nMINISTRYNĚ: Odpovím.\n"
    )
    sk = text_tei(
        "PREDSEDA: Nech sa páči, pán poslanec Kováč.\n\nKOVÁČ:\n1. Návrh nepočíta s peniazmi pre obce.\n"
        "2. Dôvodová správa neobsahuje hodnotenie.\n\nPREDSEDA: Ďakujem.\n\nMINISTERKA: Odpoviem.\n"
    )
    assert turn_speakers(cs) == ["PŘEDSEDA:", "DVOŘÁK:", "PŘEDSEDA:", "MINISTRYNĚ:"]
    assert turn_speakers(sk) == ["PREDSEDA:", "KOVÁČ:", "PREDSEDA:", "MINISTERKA:"]


def test_please_without_a_name_announces_no_heading() -> None:
    """NEGATIVE: a list's heading with its colon over numbered points after a turn that gave the
    floor to someone else stays the heading of the member's speech."""
    tei = text_tei(
        "PRZEWODNICZĄCY: Proszę, pan poseł Nowak.\n\nNOWAK: Mam dwie uwagi. Przekazuję je na piśmie.\n\n"
        "UWAGI:\n1. Projekt nie przewiduje środków.\n2. Uzasadnienie nie zawiera oceny skutków.\n\n"
        "PRZEWODNICZĄCY: Dziękuję.\n\nMINISTER: Odpowiem.\n"
    )
    assert turn_speakers(tei) == ["PRZEWODNICZĄCY:", "NOWAK:", "PRZEWODNICZĄCY:", "MINISTER:"]

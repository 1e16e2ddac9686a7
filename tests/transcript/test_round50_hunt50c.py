"""Round 50 (hunt50c): Asian local councils' minutes that mark every turn ("〇議長(…)", "○의장 …")
keep a bare line ending in a colon, the speech's lead-in to a list, in the speech; a label under
each page number opens its turn, no running head."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_japanese_marked_minutes_keep_a_lead_in_with_its_colon() -> None:
    """`保護者アンケートの主な意見は次のとおりです:` and `財源の内訳は以下のとおりであります:`
    end a member's and the mayor's sentence before a list; in minutes whose every turn opens
    with its marker (`〇7番(宮本 千尋君)`), a bare line with only its colon is no label."""
    tei = tabled_tei("ja-council-unmarked-colon-lead-in.txt")
    paragraphs = turn_paragraphs(tei)
    assert any("主な意見は次のとおりです:" in p for p in paragraphs)
    assert any("財源の内訳は以下のとおりであります:" in p for p in paragraphs)


def test_korean_marked_minutes_keep_a_lead_in_with_its_colon() -> None:
    """`주민들이 전한 불편 사항은 다음과 같습니다:` and the short `개선 계획은:` lead a list in a
    member's and the county head's speech, where each turn is marked (`○군수 강태민`)."""
    tei = tabled_tei("ko-council-unmarked-colon-lead-in.txt")
    paragraphs = turn_paragraphs(tei)
    assert any("다음과 같습니다:" in p for p in paragraphs)
    assert any("개선 계획은:" in p for p in paragraphs)


def test_question_numbers_are_no_marker() -> None:
    """A select committee numbers its questions before the chair's and members' labels (`Q12
    Chair:`); the witnesses' bare names (`Helen Marsh:`) are labels still, a number being no
    marker of every turn."""
    tei = text_tei(
        "Q12 Chair: Good morning. Could you introduce yourselves?\n\n"
        "Helen Marsh: I am the director of the regional trust.\n\n"
        "Q13 Mr Crane: What did the review find?\n\n"
        "Owen Tate: It found three failings.\n\n"
        "Q14 Chair: Thank you.\n"
    )
    assert turn_speakers(tei) == ["Q12 Chair:", "Helen Marsh:", "Q13 Mr Crane:", "Owen Tate:", "Q14 Chair:"]


def test_a_marked_record_with_a_bare_office_keeps_it() -> None:
    """An office printed bare with its colon (`議長:`) beside marked turns is a speaker the copy
    lost the marker of: its office names it, so it stays a label."""
    tei = text_tei(
        "〇議長(岡田 直樹君) 休憩前に引き続き会議を開きます。\n"
        "〇5番(西村 光君) 5番西村です。道路の補修について伺います。\n"
        "議長: 建設課長。\n"
        "〇建設課長(松井 誠君) お答えいたします。来年度に補修します。\n"
    )
    assert "議長:" in turn_speakers(tei)


def test_label_under_each_page_number_opens_a_turn() -> None:
    """`WAKIL KETUA:` printed right under the page number on both pages of an excerpt (`- 7 -`,
    `- 8 -`) is the page's first turn, no running head: a head ends on no label's colon."""
    tabled_tei("id-dprd-label-under-page-number.txt")


def test_heading_under_each_page_number_stays_a_running_head() -> None:
    """A sitting's title under each page number (`RISALAH RAPAT PARIPURNA`) is still taken off
    as the pages' running head, outside the turns."""
    tei = text_tei(
        "- 3 -\nRISALAH RAPAT PARIPURNA\nKETUA: Rapat kami buka.\n\n"
        "ANGGOTA (H. YUSUF): Terima kasih, Pimpinan. Saya setuju dengan usul ini.\n\n"
        "- 4 -\nRISALAH RAPAT PARIPURNA\nKETUA: Baik, kami lanjutkan.\n"
    )
    assert turn_speakers(tei) == ["KETUA:", "ANGGOTA (H. YUSUF):", "KETUA:"]
    assert not any("RISALAH" in p for p in turn_paragraphs(tei))

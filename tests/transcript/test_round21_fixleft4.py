"""Label shapes left this round, second pass, each seen in real records and written again as an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_german_narration_line_with_no_stop_is_no_heading() -> None:
    """ "Hollmann belehrt den Zeugen über sein Zeugnisverweigerungsrecht" before the first label,
    no stop: the verb in lower case second makes it a sentence of the report, no heading."""
    root = tabled_tei("de-prozess-narration-no-stop.txt")
    assert texts(root, "//t:head") == []
    assert "Hollmann belehrt den Zeugen über sein Zeugnisverweigerungsrecht" in texts(root, "//t:div/t:p")
    assert texts(root, "//t:sp[1]/t:speaker") == ["Hollmann:"]


def test_a_japanese_mark_after_the_page_s_line_number_opens_a_turn() -> None:
    """ "…以上です。 2 ◯議長（森田健一君） 次に…", minutes flattened with the line numbers kept:
    each marked label opens its turn; the number stays with the sentence before it."""
    root = tabled_tei("ja-kaigiroku-flattened-numbered-marks.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["ありがとうございます。通学路の安全対策について質問いたします。"]
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("以上です。 2")


def test_a_speech_under_the_chair_s_announcement_is_the_announced_person_s() -> None:
    """ "Varenko. Comrade Orlov has the final word." over a speech with no label: Orlov's turn
    opens there, the chair's sentence alone in his; the same in Russian, the name after the phrase."""
    for sample in ("en-congress-final-word-announced.txt", "ru-congress-final-word-announced.txt"):
        root = tabled_tei(sample)
        assert len(texts(root, "//t:sp[3]/t:p")) == 1
        assert texts(root, "//t:sp[4]/t:p")[0].split()[0] in ("Comrades!", "Товарищи!")
        assert root.xpath("//t:sp[4]/t:speaker", namespaces=NS) == []

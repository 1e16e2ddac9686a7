"""What a narration that announces a text must not open, and what the rules for it and for a
sitting named by its ordinal must leave as they were: a mover named again with his label's
colon before his speech, a mover or reader in CAPITALS with the narration run on to its colon
(a congress's report, the historic Hansard's third person, a Russian congress's chair), offices
opening with an ordinal ("FIRST VICE-PRESIDENT:", "FIRST MINISTER:") beside headings that do,
and a Chinese speaker's "我认为：" before her points; each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_mover_named_again_with_his_colon_has_no_turn_of_the_narration() -> None:
    """ "Pandit X (U. P.) moved the following resolution :-" over the resolution, then "Pandit X
    (U. P.) :" over his speech: one key, but the line with no punctuation narrates the motion,
    so the resolution stays the chair's text and the mover's only turn is his speech."""
    root = tabled_tei("en-congress-report-mover-speaks-after.txt")
    assert "moved the following resolution" in " ".join(texts(root, "//t:sp[1]/t:p"))
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Mr. President, comrades")


def test_a_mover_or_reader_in_capitals_run_on_to_the_colon_is_narration() -> None:
    """ "MR. X (Bihar) moved the following resolution:—" and "THE SECRETARY read the following
    telegram:—": a name in CAPITALS run on in lower case to the colon that announces a text is
    no label, and the line stays in the text before it."""
    root = tabled_tei("en-congress-report-mover-in-capitals.txt")
    outside_labels = " ".join(texts(root, "//t:sp/t:p"))
    assert "THE SECRETARY read the following telegram" in outside_labels
    assert "MR. RAM NATH VARMA (Bihar) moved the following resolution" in outside_labels


def test_the_historic_hansard_s_reader_of_a_despatch_opens_no_turn() -> None:
    """ "LORD X read the following despatch:—" between "MR. Y said, he …" reports: the narration
    of a text read, not a label; the reports of MR. Y stay his two turns."""
    root = tabled_tei("en-hansard-third-person-reads-despatch.txt")
    assert "LORD JOHN WESTBURY read the following despatch" in " ".join(texts(root, "//t:sp/t:p"))


def test_a_russian_chair_reading_the_following_opens_no_turn() -> None:
    """ "ПРЕДСЕДАТЕЛЬ зачитывает следующее:" beside "ПРЕДСЕДАТЕЛЬ." labels: the chair's office in
    CAPITALS run on to the narration of a text read, no label of its own."""
    root = tabled_tei("ru-congress-chair-reads-following.txt")
    assert "ПРЕДСЕДАТЕЛЬ зачитывает следующее:" in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_offices_opening_with_an_ordinal_stay_labels_beside_ordinal_headings() -> None:
    """ "FIRST VICE-PRESIDENT:" and "FIRST MINISTER:" name offices, not sittings: the head's
    session pattern ("THIRD SITTING") bars only a sitting, meeting or session named by its
    ordinal, so both keep their turns and "SECOND READING" stays no speaker."""
    root = tabled_tei("en-assembly-ordinal-offices.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["The Government supports the text as amended in committee."]


def test_a_chinese_speaker_s_i_consider_before_her_points_stays_her_speech() -> None:
    """ "……我认为：" glued to its colon inside a speech, with "一、…" points below: the verb of
    holding is narration inside the turn, no label, and the next labels open their turns."""
    root = tabled_tei("zh-meeting-speech-wo-renwei-points.txt")
    assert "我认为：" in " ".join(texts(root, "//t:sp[2]/t:p"))

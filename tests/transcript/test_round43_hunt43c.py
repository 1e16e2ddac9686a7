"""Broadcast and press transcripts in languages other than English, each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml): the genre a programme's title names
before its dash, a Japanese ministry's office or question and answer in full-width round brackets
alone on its line, the short form a voice's first label sets in brackets, the roles of the press
and a club printed once, and a Korean news script's sound bite tagged before the name and role."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

_MATCHER = LabelMatcher(load_config())


def test_the_genre_before_a_title_dash_is_no_label() -> None:
    """ "ENTRETIEN – « La montagne … »": the programme's genre heads the page, no voice; the
    labels with their stop and dash below it are read as before."""
    root = tabled_tei("fr-radio-titre-genre-tiret.txt")
    assert not any("ENTRETIEN" in s for s in texts(root, "//t:speaker"))
    assert texts(root, "//t:sp[3]/t:stage") == ["(Rires en studio.)"]


def test_a_genre_word_of_another_language_is_no_label_either() -> None:
    """ "Pressekonferenz: …", "Rueda de prensa: …", "DÉBAT – …" at a page's head: a heading."""
    for line in ("DÉBAT – « Faut-il fermer les centrales ? »", "Pressekonferenz: Haushalt 2027"):
        root = text_tei(f"{line}\n\nModerator: Guten Abend.\n\nGast: Guten Abend.\n")
        assert line.split()[0].rstrip(":") not in " ".join(texts(root, "//t:speaker"))


def test_an_office_in_full_width_round_brackets_alone_on_its_line() -> None:
    """ "（大臣）" / "（記者）" over the speech, a ministry's summary of its press conference."""
    root = tabled_tei("ja-kaiken-maru-kakko-yakushoku.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("共同通信の佐々木です。")


def test_question_and_answer_in_full_width_round_brackets() -> None:
    """ "（問）" / "（答）": the pair's words so enclosed, believed as the pair is."""
    root = tabled_tei("ja-kaiken-maru-kakko-toi-kotae.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["状況を見ながら、ためらわずに判断してまいります。"]


def test_round_brackets_that_hold_no_office_stay_the_record_s() -> None:
    """The hall's events and a name alone in such brackets ("（拍手）", "（笑）", "（鈴木）"), an
    aside with the speech after it on the line, and an office with more after it: no label."""
    for line in ("（拍手）", "（笑）", "（鈴木）", "（委員長退席、理事着席）"):
        found = _MATCHER.candidate(line)
        assert found is None or found.punct != "）", line
    assert _MATCHER.candidate("（大臣）本日の閣議について申し上げます。") is None or (
        _MATCHER.candidate("（大臣）本日の閣議について申し上げます。").punct != "）"
    )
    root = text_tei("○委員長（山田太郎君）　開会します。\n（拍手）\n（鈴木）\n○鈴木一郎君　質問します。\n")
    assert texts(root, "//t:stage") == ["（拍手）", "（鈴木）"]


def test_the_short_form_a_first_label_sets_in_brackets() -> None:
    """ "Moderatorin (M): …" then "M: …", "Henrik Brandt (HB): …" then "HB: …": the letter a
    label gave itself is a label, and each short form is the person named in full."""
    root = tabled_tei("de-radio-kuerzel-klammer.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("Dreiundvierzig.")


def test_a_letter_no_label_gave_itself_is_still_no_label() -> None:
    """ "M:" with no "(M)" before it, printed once, is no question's nor any label's letter."""
    root = text_tei("Moderatorin: Willkommen.\n\nM: steht hier für Meter.\n\nHenrik Brandt: Danke.\n")
    assert texts(root, "//t:speaker") == ["Moderatorin:", "Henrik Brandt:"]
    # a party in brackets is no short form of the name: "AW:" below is not Anna Weber's
    root = text_tei("Anna Weber (SPD): Danke.\n\nAW: Bitte sehr.\n\nAnna Weber (SPD): Ja.\n")
    assert root.xpath("//t:sp[t:speaker='AW:']/@who", namespaces=NS) != ["#anna-weber"]


def test_the_roles_of_the_press_and_a_club_printed_once() -> None:
    """ "Jefe de prensa:", "Periodista:", "Entrenadora:", each once: offices of the vocabulary."""
    root = tabled_tei("es-rueda-prensa-club-roles.txt")
    assert texts(root, "//t:sp[3]/t:stage") == ["(Risas en la sala)"]


def test_a_guest_s_field_at_the_head_stays_a_field() -> None:
    """ "Invitado: Señor X, ex Gerente …" among a commission's fields: the record's field, not the
    guest's turn; the guest's word is no office of the vocabulary."""
    root = tabled_tei("es-uy-comision-investigadora-preside.txt")
    assert not any(s.startswith("Invitado") for s in texts(root, "//t:speaker"))


def test_a_korean_news_script_s_sound_bite_tag_and_slashed_role() -> None:
    """ "[인터뷰] 최순자/마을 주민 : …": the tag before the label, the name the speaker's, the role
    after the glued slash; "[리포트]" the reporter's voice."""
    root = tabled_tei("ko-tv-news-interview-tag.txt")
    assert texts(root, "//t:person[@xml:id='정우진']/t:affiliation") == ["군청 재난안전과장"]
    assert texts(root, "//t:sp[3]/t:p") == ['"사흘 동안 라면만 먹었어요. 이제야 살 것 같습니다."']


def test_a_slash_inside_a_word_of_a_cased_script_stays_the_word_s() -> None:
    """ "Abg. Hans Rülke FDP/DVP:": a party of two, one word; the Korean slash rule is Hangul's."""
    found = _MATCHER.candidate("Abg. Hans Rülke FDP/DVP: Herr Präsident!")
    assert found is not None and "FDP/DVP" in found.printed
    # the tag before a sentence with no label's colon is the script's narration, no label
    root = text_tei(
        "[앵커]\n폭설 소식입니다.\n\n[인터뷰] 주민들은 밤새 눈을 치웠습니다.\n\n[앵커]\n다음 소식입니다.\n"
    )
    assert texts(root, "//t:speaker") == ["[앵커]", "[앵커]"]

"""The twenty-fifth round's last shapes (second half): lines a record's own text shares with a
page's furniture or a label, read as the record prints them."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_speakers_sentence_on_copyright_stays_in_the_turn() -> None:
    """A sentence opening on the word, a word in lower case after it, is the speaker's; a footer
    names a year or the holder."""
    tei = tabled_tei("en-council-speech-copyright-sentence.txt")
    assert "Copyright law must change." in " ".join(texts(tei, "//t:sp[1]/t:p"))
    assert not tei.xpath("//t:list[@type='furniture']", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_clauses_item_read_out_is_no_copyright_sign() -> None:
    """`(c)` before a clause's words in lower case is the third item of a list read out."""
    tei = text_tei(
        "MR. SPEAKER: The Clerk will read the clause.\n\n"
        "THE CLERK: Clause 4 provides that the Minister shall\n(a) keep a register;\n"
        "(b) publish it each year; and\n(c) report to the House on any licence revoked.\n\n"
        "MR. SPEAKER: Thank you.\n"
    )
    assert "(c) report to the House on any licence revoked." in " ".join(texts(tei, "//t:sp[2]/t:p"))


def test_a_copyright_footer_is_still_furniture() -> None:
    """The footer's shape, a year and the holder after the sign, stays out of the record."""
    tei = text_tei(
        "MAYOR LINDGREN: The meeting is adjourned.\n\nCOUNCILMEMBER VOSS: Thank you.\n\n"
        "Copyright © 2026 City of Eastbrook. All rights reserved.\n"
    )
    assert "Copyright" not in " ".join(texts(tei, "//t:sp/t:p"))


def test_two_persons_listed_after_a_semicolon_in_a_sentence_are_no_label() -> None:
    """A name after the semicolon running on into a word in lower case ("Mrs. Hale and Mr. Orr
    were present.") makes the paragraph a sentence of the speech; the label printed with OCR's
    semicolon before a speech still opens its turn."""
    tei = tabled_tei("en-committee-ocr-semicolon-two-present.txt")
    assert texts(tei, "//t:sp[2]/t:p")[-1] == "Mr. Denby; Mrs. Hale and Mr. Orr were present."


def test_a_korean_chair_turning_to_the_witness_keeps_the_word_in_his_speech() -> None:
    """The witness's word after the chair's office and name is the speech's ("증인 선서가
    있겠습니다."), not a title of the holder; the chair is one person in all his turns."""
    tei = tabled_tei("ko-committee-chair-turns-to-witness.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("증인 선서가 있겠습니다.")


def test_a_closing_hour_a_wrap_joined_to_the_last_sentence_is_the_sittings_event() -> None:
    """The numbered hour the sitting closed, glued after the chair's last full stop, is a stage
    of its own, as on its own line; the chair's sentence stays his."""
    tei = tabled_tei("ja-diet-closing-hour-wrapped-on.txt")
    assert texts(tei, "//t:sp[last()]/t:p")[-1] == "本日は、これにて散会いたします。"
    assert texts(tei, "//t:body//t:stage")[-1] == "午後三時五分散会"


def test_a_speechs_link_glued_to_its_last_line_is_furniture() -> None:
    """The web page's link to each speech, glued to the speech's last line, is taken off the
    line's end and listed as furniture; the speech's words stay in its turn."""
    tei = tabled_tei("ja-diet-web-speech-url-glued.txt")
    assert texts(tei, "//t:sp/t:p") == [
        "これより会議を開きます。",
        "私は、ただいま議題となりました法律案について質問いたします。政府の見解を伺います。",
        "本日は、これにて散会いたします。",
    ]
    links = texts(tei, "//t:list[@type='furniture']/t:item[@ana='web-speech-buttons']")
    assert len(links) == 4
    assert all(link.startswith("発言のURL:https://") for link in links)


def test_an_answers_letter_under_counsels_question_is_the_witnesss_turn() -> None:
    """`A:` right under a question counsel asks under his own label, no `Q.` anywhere, opens the
    witness's turn, the witness the oath's line brings in (`(PW2 affirmed in Punti)`); counsel's
    question stays his."""
    tei = tabled_tei("en-hk-court-answer-under-counsel.txt")
    assert texts(tei, "//t:sp[@who='#pw2']/t:p") == ["Ho Mei-ling.", "At my shop in Sham Shui Po."]


def test_an_answers_letter_under_no_question_is_no_label() -> None:
    """Printed once under a sentence that asks nothing, the letter is no answer's label."""
    tei = text_tei("MR LAM: The next exhibit is the map.\nA: the shop, B: the stop.\n\nCOURT: Yes.\n")
    assert texts(tei, "//t:sp/t:speaker") == ["MR LAM:", "COURT:"]


def test_an_acronym_a_wrap_set_alone_on_its_line_ends_the_sentence_above() -> None:
    """`NATO.` alone under a line that ends without a stop continues the senator's sentence; the
    labels with a form of address stay labels."""
    tei = tabled_tei("en-congressional-record-acronym-wrapped.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].endswith("our allies in NATO.")

"""A reviewer's narrowing of the round's rules: a line after a dash that opens with an event's
word is a stage only where it is one phrase, the event and where it happened or who made it
first; a witness's or a quoted voice's line of dialogue stays speech. A page a speaker cites at
the end of a flattened transcript's printed page stays in the sentence, no page number; a
witness's line ending in the words a committee protocol's page head prints as its mark stays his;
votes with an article's number in the margin are no running head; a speaker quoting someone with a
word of narration ("El ministro dijo: “…”") keeps the quotation where the labels print no verb; a
member addressed by party in a sentence ending in a quoted word opens no turn; a statement opening
with "Excellencies," under its speaker's name and office is no wrapped description's rest."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids


def test_a_witness_answering_in_dashed_lines_keeps_her_words_where_an_events_word_opens_one() -> None:
    tei = tabled_tei("ru-sud-protokol-dashed-answers.txt")
    assert texts(tei, "//t:stage") == []
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Я спала, потом проснулась от грохота за стеной.",
        "— Шум был очень сильный, я испугалась.",
        "— Смех тоже был слышен, потом всё стихло.",
    ]


def test_a_quoted_voice_after_the_dash_is_speech_and_the_hall_s_applause_a_stage() -> None:
    tei = tabled_tei("es-ar-senado-dashed-quoted-voice.txt")
    assert texts(tei, "//t:stage") == ["- Aplausos en las bancas."]
    assert "- Aplausos no habrá para quien vote en contra del pueblo." in texts(tei, "//t:sp[2]/t:p")


def test_a_page_cited_before_the_next_pages_line_one_stays_in_counsels_question() -> None:
    tei = tabled_tei("en-inquiry-flattened-page-cited.txt")
    assert (
        "Thank you. Could you turn in that bundle to the summary, and then to the table at page 14 "
        "of the report, and tell the inquiry what the second column shows?"
    ) in texts(tei, "//t:sp/t:p")
    assert texts(tei, "//t:list[@type='furniture']/t:item[@ana='page-number']") == []


def test_a_witness_line_ending_in_the_protocols_mark_is_his_speech_not_the_pages_head() -> None:
    tei = tabled_tei("de-untersuchungsausschuss-eingestuft-wrap.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Ja, den Vermerk kannte ich. Er war eingestuft als VS – nur zur dienstlichen Verwendung "
        "und deshalb habe ich ihn nicht weitergegeben."
    ]
    assert texts(tei, "//t:list[@type='furniture']/t:item[@ana='committee-protocol-page']") == [
        "Stenografisches Protokoll 17 I 3. Untersuchungsausschuss Nur zur dienstlichen Verwendung"
    ]


def test_votes_with_the_articles_number_in_the_margin_are_no_running_head() -> None:
    tei = tabled_tei("es-concejo-acta-articles-margin.txt")
    assert texts(tei, "//t:list[@type='furniture']/t:item[@ana='running-head']") == []
    assert "Art. 3" in texts(tei, "//t:sp[1]/t:p")[0]


def test_a_speaker_quoting_a_minister_with_a_word_of_narration_keeps_the_quotation() -> None:
    tei = tabled_tei("es-ar-senado-quoted-minister-dijo.txt")
    assert texts(tei, "//t:sp[2]/t:p")[1] == "El ministro dijo: “No habrá aumentos de tarifas este año.”"
    text = (
        "Mr SPEAKER: I call the member for Northfield.\n\n"
        "Mr JONES: Thank you, Mr Speaker. I remember what the minister promised this House.\n\n"
        'The Minister stated: "There will be no increase in fees this year."\n\n'
        "That promise has been broken.\n\n"
        "Mr SPEAKER: The member for Eastwood.\n\n"
        "Ms LEE: Mr Speaker, that is not what the minister said.\n"
    )
    assert texts(text_tei(text, "hansard.txt"), "//t:sp/t:speaker") == [
        "Mr SPEAKER:",
        "Mr JONES:",
        "Mr SPEAKER:",
        "Ms LEE:",
    ]


def test_a_member_addressed_by_party_in_a_sentence_ending_in_a_quoted_word_opens_no_turn() -> None:
    tei = tabled_tei("de-bundestag-addressed-quoted-word.txt")
    assert texts(tei, "//t:sp[2]/t:p")[1] == (
        "Frau Wiesental (CDU), Sie sagen immer „Wende“. Das ist keine Politik, das ist ein Schlagwort."
    )


def test_a_statement_opening_with_excellencies_under_a_name_and_office_is_that_speakers() -> None:
    tei = tabled_tei("en-un-ga-statements-excellencies.txt")
    assert turn_ids(tei) == ["mr-tomas-verell", "ms-amina-kessou"]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Excellencies, my delegation thanks the President for convening this debate."
    ]

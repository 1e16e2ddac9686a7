"""A reviewer's counter-examples to the round's merged rules: a record quoting in a speech behind
a reply's quote marks, live captions marking a change with three chevrons, an excerpt opening on
a label whose speech ends with the date and a page number (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_exchange_quoted_in_a_senators_speech_is_no_turns() -> None:
    """ "Senator Marlowe: … I quote the record of that hearing:" / "> Senator Marlowe: Will the
    program be funded next year?" / "> Secretary Quinlan: It will be funded in full, Senator." /
    … / "Chair Benning: …": the quoted labels are the senator's words, kept with their marks in
    his speech; the record's own turns go on after the quotation."""
    root = tabled_tei("en-hearing-quoted-exchange-in-speech.txt")
    speech = texts(root, "//t:sp[1]/t:p")
    assert "> Secretary Quinlan: It will be funded in full, Senator." in speech
    assert speech[-1] == "That promise was not kept."


def test_an_email_read_into_the_record_stays_in_the_speech() -> None:
    """ "Councillor Brandt: I received this email …:" / "> From: Eleanor Pike" / "> Subject: Bus
    route 14" / "> Please do not cut the route. …" / "Chair Osei: …": the quotation is the
    councillor's, its header's fields no labels and its quote marks kept."""
    root = tabled_tei("en-council-speech-quotes-email.txt")
    quoted = texts(root, "//t:sp[1]/t:p")[1]
    assert quoted.startswith("> From: Eleanor Pike") and "> Subject: Bus route 14" in quoted


def test_captions_with_a_triple_chevron_keep_their_unnamed_changes() -> None:
    """ ">>> MAYOR HOLLIS: GOOD EVENING, …" / ">> THANK YOU, MAYOR. I MOVE …" / ">> AYE.": the
    captioner's marks, one of them three chevrons, are no message's quote marks; each bare ">>"
    opens an unnamed speaker's turn."""
    root = tabled_tei("en-council-captions-triple-chevron.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "THANK YOU, MAYOR. I MOVE APPROVAL OF THE CONSENT CALENDAR AS PRESENTED."
    ]
    assert texts(root, "//t:sp[5]/t:p") == ["AYE."]


def test_an_excerpt_opening_on_a_label_with_a_date_and_page_is_a_turn() -> None:
    """ "De VOORZITTER: Ik open de vergadering van 14 februari 1935. 2" as an excerpt's first line:
    the page number glued on is furniture, the line the chair's turn, no running head; the
    sitting's date ends his speech."""
    root = tabled_tei("nl-ocr-kamer-opening-label-paged.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Ik open de vergadering van 14 februari 1935."]
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='page-number']") == ["2"]


def test_a_name_once_over_an_answer_that_is_a_date_after_a_word_is_a_turn() -> None:
    """ "JOHN MARLOWE - Since March 3, 2024." as an excerpt's first line, the name printed once:
    the word before the date is no weekday, so the line is an answer, no video's title dated
    in the American order; the name opens the first turn."""
    root = tabled_tei("en-deposition-dashed-dated-answer.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Since March 3, 2024."]


def test_a_trials_name_once_over_a_dated_answer_is_a_turn() -> None:
    """ "PETAR JOVIĆ - Dana 19. novembra 2002." over "MARKO ILIĆ - Da, toga dana …": the date
    after its word is the witness's answer, no trial day's heading; the name is the first turn."""
    root = tabled_tei("sr-sud-svjedok-dated-answer.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Dana 19. novembra 2002."]


def test_a_markdown_block_quote_in_a_bold_labelled_speech_is_no_turns() -> None:
    """ "**Senator Okonkwo:** … I read from the transcript:" / "> **Administrator Falk:** It will
    stay open through next year." / … / "**Chair Lindqvist:** …": a Markdown copy's block quote
    inside a speech, its bold labels around it; the quoted labels stay the senator's words."""
    root = tabled_tei("en-md-hearing-quoted-exchange-bold.txt")
    speech = texts(root, "//t:sp[1]/t:p")
    assert "> **Administrator Falk:** It will stay open through next year." in speech
    assert speech[-1] == "The depot closed in June."

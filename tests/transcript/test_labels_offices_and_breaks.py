"""Offices printed before their holder in shapes the labels' vocabulary had not read, and labels
the layout of a copy breaks or wraps: each sample's labels and persons as turns.toml and ids.toml
give them."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, SAMPLES, TURNS, name_parts_of, speakers, tabled_tei, text_tei, texts


def test_a_county_executive_by_the_committee_s_abbreviation_is_the_holder_s_label() -> None:
    # "CEC Member for Water (Ms. X):" had been the label "CEC", the office's words its speech
    tei = tabled_tei("en-ke-county-cec-member.txt")
    assert ("forename", None, "Naomi") in name_parts_of(tei, "ms-naomi-chepkurui")
    assert tei.xpath("//*[@xml:id='ms-naomi-chepkurui']/@role") == ["CEC Member for Water"]


def test_a_label_in_two_languages_with_a_slash_between_is_one_label() -> None:
    # "Y Llywydd / The Presiding Officer:" had been no label, its speech the turn before's
    tei = tabled_tei("cy-senedd-bilingual-slash.txt")
    assert tei.xpath("//*[@xml:id='y-llywydd']/@role") == ["chair"]


def test_a_long_irish_office_with_its_holder_and_the_chair_after_its_article_are_labels() -> None:
    # both had been read as speech: the office's words in lower case as a sentence's, the
    # article "an" of "An Leas-Cheann Comhairle" as a word the speech uses in lower case
    tei = tabled_tei("ga-dail-aire-stait-portfolio.txt")
    assert tei.xpath("//*[@xml:id='an-leas-cheann-comhairle']/@role") == ["chair"]
    assert ("surname", None, "Bhriain") in name_parts_of(tei, "deputy-aoife-ni-bhriain")


def test_a_name_after_a_speech_s_last_line_goes_with_the_colon_below_it() -> None:
    # a copy with no blank lines: the name ends the speech's paragraph, the colon opens the next
    tei = text_tei(
        "The Speaker: Order. I call the member for Eastfield.\n"
        "Jane Dorsey\n"
        ": Thank you, Mr Speaker. I rise to speak on the bill.\n"
        "The Speaker: The Minister.\n"
        "Tom Aldous\n"
        ": Mr Speaker, the government welcomes the debate.\n"
    )
    assert speakers(etree.tostring(tei)) == ["The Speaker:", "Jane Dorsey:", "The Speaker:", "Tom Aldous:"]
    assert texts(tei, "//t:sp[1]/t:p") == ["Order. I call the member for Eastfield."]


def test_a_label_s_colon_cut_into_the_next_paragraph_joins_its_name() -> None:
    # the name had been a label alone, the colon the first letter of its speech
    tei = tabled_tei("en-web-label-colon-next-paragraph.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Thank you, Mr Speaker.")


def test_a_name_in_square_brackets_with_its_colon_alone_on_its_line_is_a_label() -> None:
    # the bracketed names had been the editor's supplied words in paragraphs with no speaker
    tei = tabled_tei("en-bracketed-name-colon-above.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("This is Ellen Marsh")
    assert not texts(tei, "//t:supplied")


def test_the_house_s_silence_after_the_chair_asks_for_objection_is_a_stage() -> None:
    # "Es erhebt sich kein Widerspruch." had been a paragraph of the chair's turn
    tei = text_tei(
        "Präsidentin Dr. Sabine Kessler: Ich schlage vor, die Vorlage an den Ausschuss zu überweisen.\n\n"
        "Es erhebt sich kein Widerspruch.\n\n"
        "Abg. Jonas Weidemann (SPD): Vielen Dank, Frau Präsidentin.\n"
    )
    assert texts(tei, "//t:stage") == ["Es erhebt sich kein Widerspruch."]
    assert texts(tei, "//t:sp[1]/t:p") == ["Ich schlage vor, die Vorlage an den Ausschuss zu überweisen."]


def test_a_dashed_arabic_label_the_wrap_cut_is_read_across_the_break() -> None:
    # the name's rest "العزاوي:-" had been a label of its own and the turns after it one speech
    tei = tabled_tei("ar-iq-flattened-dash-wrapped.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "هناك خرق للنظام الداخلي في جدول الأعمال، والفقرة الثالثة لم توزع على السادة النواب."
    ]


def test_a_dashed_arabic_label_cut_across_two_paragraphs_is_read_across_the_break() -> None:
    # a copy one line a paragraph: the name's rest had opened a paragraph of the turn before
    tei = tabled_tei("ar-iq-dash-name-cut-paragraphs.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["نطلب تأجيل القراءة لأن اللجنة لم تكمل تقريرها حول المقترح."]
    lines = "\n".join(
        line for line in (SAMPLES / "ar-iq-dash-name-cut-paragraphs.txt").read_text().splitlines() if line
    )
    assert speakers(etree.tostring(text_tei(lines + "\n"))) == TURNS["ar-iq-dash-name-cut-paragraphs.txt"]


def test_a_label_s_colon_on_the_next_line_with_the_editor_s_note_glued_to_it() -> None:
    # "DR X" / ":[indistinct] Thank you": the name had been a label alone, the colon its speech's
    tei = tabled_tei("en-commission-colon-next-line-note.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "indistinct Thank you, Chairperson. Mrs Ndlovu, please tell the Commission about your son."
    ]
    assert tei.xpath("//t:sp[2]/t:p/t:supplied/@reason", namespaces=NS) == ["editorial"]
    said = text_tei("THE CHAIR: Next witness.\nMS ORLOV:[inaudible] Good morning.\n")
    assert speakers(etree.tostring(said)) == ["THE CHAIR:", "MS ORLOV:"]


def test_a_rule_closing_the_head_glued_to_the_first_label_opens_no_paragraph_of_nobody_s() -> None:
    # "-----CHAIRPERSON: Good morning.": the chair's first turn had been a paragraph of the head
    tei = tabled_tei("en-commission-rule-glued-label.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Good morning. We resume the hearing")
    assert not any("CHAIRPERSON" in text for text in texts(tei, "//t:front//t:p"))

"""A reviewer's narrowings of the twenty-fourth round's rules: shapes the round's new rules read
wrongly, each a sample in tests/data/labels."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_the_orator_is_who_holds_the_floor_over_paragraphs_below_the_label() -> None:
    # "A Sr.ª Leonor Sampaio (PSD): — Sr. Presidente, Sr.as e Srs. Deputados:" / "Esta proposta
    # …": she holds the floor, though the label's own paragraph is a salutation only
    tei = tabled_tei("pt-dar-oradora-saudacao-paragrafo.txt")
    assert tei.xpath("//t:sp[6]/@who", namespaces=NS) == ["#a-sr-a-leonor-sampaio"]
    assert texts(tei, "//t:sp[6]/t:p")[0].startswith("— É verdade, Sr. Deputado")


def test_a_chairs_sentence_worded_as_a_questions_heading_stays_the_chairs() -> None:
    # "A supplementary question to the Minister, the member for Bendigo East.": the Speaker's
    # sentence, no heading naming an asker "A supplementary" who says the next paragraph
    tei = tabled_tei("en-au-chair-supplementary-question-sentence.txt")
    assert texts(tei, "//t:sp[1]/t:p") == [
        "Order! Members will come to order.",
        "A supplementary question to the Minister, the member for Bendigo East.",
        "Members on my left will allow the member to be heard.",
    ]
    assert not tei.xpath("//t:person[@xml:id='a-supplementary']", namespaces=NS)


def test_a_member_the_rada_chair_calls_before_the_next_is_no_holder_of_the_chair() -> None:
    # "ГОЛОВУЮЧИЙ. Гнатюк В.П. Немає. Литвиненко О.М., будь ласка.": Гнатюк is called and absent,
    # the chair's words call the next turn's member, so the chair is no Гнатюк
    tei = tabled_tei("uk-rada-chair-calls-absent-member-first.txt")
    assert texts(tei, "//t:sp[2]/t:p") == ["Гнатюк В.П. Немає. Литвиненко О.М., будь ласка."]
    assert not tei.xpath("//t:person[@xml:id='gnatyuk-v-p']", namespaces=NS)


def test_the_hall_addressed_with_the_suffix_of_a_name_is_no_member() -> None:
    # "諸君 ただいまより…": the chair addresses the hall; "岡野清之助君 …" is a member's label
    tei = tabled_tei("ja-diet-viewer-chair-shokun-paragraph.txt")
    assert texts(tei, "//t:sp[1]/t:p")[1].startswith("諸君 ただいまより")


def test_a_motions_explanation_glued_to_its_numbered_points_is_no_label() -> None:
    # "說明:(一)本案…": the bracket after the colon numbers a point, no clock as "(9時2分)" is
    tei = tabled_tei("zh-ly-motion-explanation-points.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "(9時2分)主席、各位同仁。本席提出修正動議。",
        "說明:(一)本案影響甚鉅。(二)應交付委員會再審查。",
    ]


def test_a_bills_heading_opening_with_an_events_word_stays_a_heading() -> None:
    # "NOISE ABATEMENT BILL": the bill's heading, no noise of the hall
    tei = tabled_tei("en-ke-bill-heading-noise-word.txt")
    assert texts(tei, "//t:head") == ["NOISE ABATEMENT BILL"]
    assert not tei.xpath("//t:stage", namespaces=NS)


def test_a_members_sentence_recalling_her_oath_stays_her_speech() -> None:
    # "Mr. Speaker, when I took the oath of office …": her words; "Hon. X took the Oath of
    # Allegiance and took her seat." is the record's note
    tei = tabled_tei("en-ke-member-recalls-oath.txt")
    assert texts(tei, "//t:sp[2]/t:p")[1].startswith("Mr. Speaker, when I took the oath")
    assert texts(tei, "//t:stage") == ["Hon. Wanjiku Gathoni took the Oath of Allegiance and took her seat."]


def test_a_participants_code_with_a_one_is_no_misread_investigator() -> None:
    # "P1:" (a participant) beside "PI:" (the investigator): a code's digit, no misread "I"
    tei = tabled_tei("en-interview-participant-code-one.txt")
    assert tei.xpath("//t:sp[2]/@who", namespaces=NS) == ["#p1"]

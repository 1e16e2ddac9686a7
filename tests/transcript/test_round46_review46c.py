"""The round's new refusals narrowed where a label of the same shape had lost its turn, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml): a congress member
named by his place alone on his line over his speech; a member's motion to adjourn in his label's
role; a headline verb that is a surname after a form of address; a member's lower-case "нет"."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_a_delegate_named_by_his_place_alone_over_his_speech_is_a_label() -> None:
    """ "Петров из Тулы:" alone on its line, the chair giving him the floor on the line above,
    and "Сидоров из Калуги:" over a speech addressing the hall ("Товарищи делегаты! …"): members
    of a congress named by their places, no headings."""
    root = tabled_tei("ru-sezd-delegaty-iz-gubernii.txt")
    assert turn_paragraphs(root)[1].startswith("Товарищи! Наша губерния")
    assert turn_paragraphs(root)[3].startswith("Товарищи делегаты!")


def test_a_member_named_by_his_place_in_a_record_of_labels_alone() -> None:
    """ "Venedey aus Köln:" alone over "Meine Herren! …", named by the chair above: the member."""
    root = text_tei(
        "Stenographischer Bericht\n\nPräsident:\nDas Wort hat der Abgeordnete Venedey.\n\n"
        "Venedey aus Köln:\nMeine Herren! Ich spreche für den Antrag.\n\nPräsident:\nWir stimmen ab.\n"
    )
    assert turn_speakers(root) == ["Präsident:", "Venedey aus Köln:", "Präsident:"]


def test_a_noun_and_its_place_neither_called_nor_saluting_stays_a_heading() -> None:
    """ "Grüße aus Graz:" alone over a letter's text that addresses no one, its word on no line
    above: the heading still (the negative of the narrowing)."""
    root = text_tei(
        "Nationalversammlung\n\nPräsident: Ich habe eine Zuschrift mitzuteilen.\n\nGrüße aus Graz:\n"
        "Die Bürger der Stadt wünschen der Versammlung Erfolg.\n\nVogt: Ich danke.\n\nPräsident: Weiter.\n"
    )
    assert "Grüße aus Graz:" not in turn_speakers(root)
    assert turn_speakers(root)[-2:] == ["Vogt:", "Präsident:"]


def test_a_members_motion_to_adjourn_in_his_role_keeps_his_label() -> None:
    """ "HALE, on the adjournment:" and "PRYOR (moving the adjournment of the debate):": the
    closing's word after the comma or in the bracket is the role's; "ADJOURNED TO TUESDAY, 13
    MAY:", the word before its comma, stays the sitting's procedure (the negative)."""
    root = tabled_tei("en-shire-council-adjournment-roles.txt")
    assert turn_paragraphs(root)[1].startswith("I wish to raise the state of the east road")
    assert "ADJOURNED TO TUESDAY, 13 MAY:" in turn_paragraphs(root) + outside_turns(root)


def test_a_surname_like_a_headline_verb_after_a_form_of_address_is_a_label() -> None:
    """ "Minister for Works Mr. Leaves —": "Mr." before the word makes it a surname; "Minister
    for Works Opens Bridge — Crowds At The River" stays a headline (the negative)."""
    root = tabled_tei("en-assembly-dashed-minister-surname.txt")
    assert turn_paragraphs(root)[1].startswith("I thank the Speaker. The new bridge")
    assert any(text.startswith("Minister for Works Opens Bridge") for text in outside_turns(root))


def test_a_members_lower_case_no_is_his_answer() -> None:
    """ "Иванов: нет." a member's "no" in lower case, no field given as none; the Bulgarian
    "Реплика: няма." stays a field (the negative)."""
    root = text_tei(
        "Стенограмма заседания комиссии\n\nПредседатель: Есть возражения?\n\nИванов: нет.\n\n"
        "Председатель: Принято.\n"
    )
    assert turn_speakers(root) == ["Председатель:", "Иванов:", "Председатель:"]
    field = text_tei(
        "СТЕНОГРАФСКИ ПРОТОКОЛ\n\nПредседател Иван Петров: Има ли изказвания?\n\nРеплика: няма.\n\n"
        "Председател Иван Петров: Закривам заседанието.\n"
    )
    assert "Реплика:" not in turn_speakers(field)


def test_a_plain_numbers_noun_phrase_is_a_listed_speaker() -> None:
    """ "3. Parent at the primary school:" and "1. Müller führt aus:": a number alone counts a
    forum's speakers or the minutes' as much as the agenda's items, its words no item's title;
    "4.2 Any other business:" (an outline's number of parts) stays a heading (the negative)."""
    forum = text_tei(
        "TOWN HALL PUBLIC FORUM\n\nCHAIR: We will hear from the public.\n\n"
        "1. Resident of Elm Street:\nThe traffic on our road has doubled.\n\n"
        "3. Parent at the primary school:\nThe crossing is not safe for the children.\n\n"
        "CHAIR: Thank you all.\n"
    )
    assert "3. Parent at the primary school:" in turn_speakers(forum)
    minutes = text_tei(
        "Niederschrift über die Sitzung des Gemeinderats\n\nVorsitzender: Ich eröffne die Sitzung.\n\n"
        "1. Müller führt aus:\nDer Haushalt ist solide, aber die Schulden steigen.\n\n"
        "Vorsitzender: Ich lasse abstimmen.\n"
    )
    assert "1. Müller führt aus:" in turn_speakers(minutes)
    agenda = tabled_tei("en-council-lettered-agenda-items.txt")
    assert "4.2 Any other business: None was raised." in outside_turns(agenda) + turn_paragraphs(agenda)

"""Round 49's fixer (fix49d): the shapes the last rounds left. A German parliament's asterisk
after the label's colon (a speech its speaker has not checked), the Vietnamese moderator's office,
each beside a negative of its shape that stays speech."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers


def test_an_asterisk_after_the_colon_is_the_label_s() -> None:
    """ "Jörn Wendtland SPD:* Frau Präsidentin, …": Hamburg's Bürgerschaft marks an unchecked
    speech with an asterisk glued to the colon; the label is the member's, the mark printed in it,
    the speech after it."""
    root = tabled_tei("de-buergerschaft-unchecked-asterisk.txt")
    assert turn_paragraphs(root)[1].startswith("Frau Präsidentin, meine Damen")


def test_a_bracketed_party_before_the_asterisk_is_a_label() -> None:
    """ "Dr. Anna Beispiel (CDU):*": the Bundestag's and the Landtage's same mark after the
    party's bracket."""
    root = text_tei(
        "Präsident Karl Brenner: Das Wort hat Frau Dr. Beispiel.\n\n"
        "Dr. Anna Beispiel (CDU):* Herr Präsident! Wir beraten heute den Haushalt.\n\n"
        "Präsident Karl Brenner: Vielen Dank.\n"
    )
    assert turn_speakers(root) == [
        "Präsident Karl Brenner:",
        "Dr. Anna Beispiel (CDU):*",
        "Präsident Karl Brenner:",
    ]


def test_a_sentence_s_colon_and_asterisk_stays_speech() -> None:
    """ "Die Tabelle zeigt:* alle Werte …": a sentence's verb before the colon and the asterisk,
    the words after it in lower case, is no label for the mark."""
    root = text_tei(
        "Präsidentin Carola Veit: Das Wort hat Herr Kienscherf.\n\n"
        "Dirk Kienscherf SPD:* Frau Präsidentin! Die Zahlen sind vorläufig.\n\n"
        "Die Tabelle zeigt:* alle Werte sind geschätzt.\n\n"
        "Präsidentin Carola Veit: Danke.\n"
    )
    assert "Die Tabelle zeigt:*" not in turn_speakers(root)


def test_the_vietnamese_moderator_is_an_office() -> None:
    """ "Người điều phối:": a Vietnamese workshop's moderator, an office as the other languages'
    moderators; the same words in a speaker's sentence ("Người điều phối của dự án cho biết:")
    stay the speech."""
    root = tabled_tei("vi-hoi-thao-nguoi-dieu-phoi.txt")
    assert "Người điều phối của dự án cho biết: số hộ" in turn_paragraphs(root)[1]


def test_a_vote_s_result_after_the_abbreviated_chair_is_the_speech() -> None:
    """ "PRES. Respinta.": the Italian council's president announces the vote's result in one
    word after the abbreviated office; the word is the speech (an opener of `openers` it), the label
    the office alone, as "PRES. Prego." is."""
    root = tabled_tei("it-consiglio-pres-vote-result.txt")
    assert turn_paragraphs(root)[1] == "Respinta."


def test_a_name_after_the_abbreviated_office_is_still_read_on() -> None:
    """ "Secr. Ferrari.": a capitalised name after the abbreviation's stop, no vote's result, is
    the holder's and the label's."""
    root = text_tei(
        "PRES. Passiamo alla votazione dell'emendamento numero tre.\n\nPRES. Respinta.\n\n"
        "Secr. Ferrari. Chiedo la parola sull'ordine dei lavori.\n\nPRES. Prego.\n\n"
        "Secr. Ferrari. La seduta è sospesa.\n"
    )
    assert turn_speakers(root) == ["PRES.", "PRES.", "Secr. Ferrari.", "PRES.", "Secr. Ferrari."]


def test_the_althingi_s_abbreviated_honorifics_open_a_label() -> None:
    """ "Hæstv. forsætisráðherra (X):", "Hv. þm. Y (Sf):": the Althingi abbreviates hæstvirtur
    before a minister's office and háttvirtur þingmaður before a member; their stops end no
    label, the minister the bracket's holder."""
    root = tabled_tei("is-althingi-honorific-abbreviated.txt")
    assert turn_paragraphs(root)[2].startswith("Virðulegi forseti. Ég þakka")


def test_an_abbreviated_honorific_opening_a_sentence_stays_speech() -> None:
    """ "Hæstv. ráðherra hefur sagt: vextir …": the honorific and the office before a verb and a
    colon, the words after it in lower case, are a sentence, no label."""
    root = text_tei(
        "Forseti (Sigrún Hallgrímsdóttir): Fundur er settur.\n\n"
        "Hv. þm. Gunnar Þórðarson (Sf): Virðulegi forseti. Ég spyr um verðbólguna.\n\n"
        "Hæstv. ráðherra hefur sagt: vextir lækka á árinu.\n\n"
        "Forseti (Sigrún Hallgrímsdóttir): Tíminn er búinn.\n"
    )
    assert len(turn_speakers(root)) == 3


def test_a_state_speaking_for_a_group_is_the_state_s_label() -> None:
    """ "Norland on behalf of the Nordic-Baltic group:": a human rights council's webcast labels
    the State, the words saying it speaks for a group (`group_behalf`, en) and the group after its
    name, its speech thanking the chair; the person is the State."""
    root = tabled_tei("en-unhrc-state-on-behalf-of-group.txt")
    assert "We speak on behalf of all victims: no State" in turn_paragraphs(root)[2]


def test_a_sentence_or_a_heading_on_behalf_of_a_group_stays_speech() -> None:
    """ "Speaking on behalf of the group: We reject …", "Statement on behalf of the Core Group:":
    no salute of the chair after the first, an item of business's word before the second's
    words; neither is a State's label."""
    root = text_tei(
        "President: I give the floor to Norland.\n\n"
        "Norland on behalf of the Nordic-Baltic group: Thank you, Mr. President. We welcome it.\n\n"
        "Speaking on behalf of the group: We reject the draft text.\n\n"
        "Statement on behalf of the Core Group: The text below was circulated.\n\n"
        "President: Thank you.\n"
    )
    assert turn_speakers(root) == [
        "President:",
        "Norland on behalf of the Nordic-Baltic group:",
        "President:",
    ]


def test_an_office_s_reported_decision_is_the_speech() -> None:
    """ "Le ministre de l'Intérieur et de la Santé applique :", "Le Président de la République
    démocratique a tranché :": a speaker quotes an office's decision, its verb after the
    portfolio (French `clause_words`: the verbs, as their endings read as adjectives); both stay
    in Mme Durand's speech."""
    root = tabled_tei("fr-conseil-office-decision-verb.txt")
    assert any(
        text.startswith("Le ministre de l'Intérieur et de la Santé applique")
        for text in turn_paragraphs(root)
    )


def test_the_office_alone_before_its_colon_is_still_a_label() -> None:
    """ "Le ministre de l'Intérieur : Madame la conseillère, …": the office and its portfolio
    with no verb after them is the minister's label."""
    root = text_tei(
        "Le président : La parole est à M. le ministre.\n\n"
        "Le ministre de l'Intérieur : Madame la conseillère, la circulaire sera révisée.\n\n"
        "Le président : Merci.\n"
    )
    assert turn_speakers(root)[1] == "Le ministre de l'Intérieur :"


def test_a_titled_name_and_a_verb_of_saying_is_no_label() -> None:
    """ "জনাব করিম হোসেন বলেনঃ" (Mr Karim Hossain said:): in a script without case a word of the
    language's `clause_words` after a titled name reports him, as without the title; the same
    name alone before its visarga ("জনাব করিম হোসেনঃ") is his label."""
    root = tabled_tei("bn-sabha-titled-name-said.txt")
    assert "জনাব করিম হোসেন বলেনঃ" not in turn_speakers(root)

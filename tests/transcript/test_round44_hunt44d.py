"""Meeting notes exported as Markdown and a Q&A's unnamed askers, each in an invented sample
(labels in turns.toml, persons in ids.toml): a bold label after a list's mark, a bold label with
the French space before its colon, a name as a Markdown heading over the speech, one of the hall
named with no article, and the sections of decisions and next steps that close such notes."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_bold_label_after_a_lists_mark() -> None:
    """ "- **Omar Haddad**: …": the item's mark printed with the label, the speech kept whole;
    "- **Decision**: …" and "- **Next steps:** …" are the notes' items, no turns."""
    root = tabled_tei("en-meeting-markdown-bullet-bold.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["The release went out on time, first time since June."]
    assert texts(root, "//t:sp[last()]/t:p")[-2:] == [
        "- **Decision**: review rota starts next sprint.",
        "- **Next steps:** Yuki drafts the rota by Friday.",
    ]


def test_a_bold_label_with_the_french_space_before_its_colon() -> None:
    """ "- **Mme Leclerc** : …": the space French sets before the colon after the bold; one of the
    hall ("**Un habitant** :") a turn too; "**Prochaines étapes :**" a section, no turn."""
    root = tabled_tei("fr-reunion-markdown-gras-espace-deux-points.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Le lampadaire est en panne depuis septembre !"]
    assert "**Prochaines étapes :** relancer les services techniques." in texts(root, "//t:p")


def test_a_lists_plain_items_and_bold_topics_stay_a_list() -> None:
    """A list's mark before bold words that are topics, no one's label ("- **Budget**: …",
    "* **Venue** — …"), and a bold word with a space but no colon after it: no turns."""
    root = text_tei(
        "Planning notes\n\n- **Budget**: approved at the last meeting.\n"
        "- **Venue**: the hall on Mill Road is booked.\n* **Catering** still open.\n"
        "1. **Timeline**: invitations go out in May.\n"
    )
    assert root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []


def test_an_actions_list_naming_offices_stays_a_list() -> None:
    """ "- **Secretary:** circulate the minutes": an action's item, what the office is to do in
    lower case under the label's shape, no one's words."""
    root = text_tei(
        "# Hall committee\n\n## Actions\n\n- **Secretary:** circulate the minutes by Friday\n"
        "- **Treasurer:** ask the bank for the new mandate form\n"
    )
    assert root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []


def test_a_name_as_a_markdown_heading_over_the_speech() -> None:
    """ "### Grace Okafor" over her words: the heading's marks printed with the label; the
    record's own heading ("## Transcript") no one's."""
    root = tabled_tei("en-meeting-markdown-heading-names.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Thanks for making time. I wanted to walk through the onboarding checklist."
    ]


def test_markdown_section_headings_over_prose_are_no_labels() -> None:
    """A report in Markdown, its sections' headings over paragraphs of prose: no turns."""
    root = text_tei(
        "# Annual report\n\n## Background\n\nThe library opened in 1994 and was extended twice.\n\n"
        "## Finances\n\nIncome rose by four per cent, mostly from grants.\n\n"
        "## Outlook\n\nThe board expects a stable year.\n"
    )
    assert root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []


def test_one_of_the_hall_with_no_article() -> None:
    """ "Audience member:" and "Member of the public:", a Q&A's asker named by what they are
    there, as "An audience member:" is; "Audience members applauded." stays the record's."""
    root = tabled_tei("en-town-hall-audience-member.txt")
    assert texts(root, "//t:sp[5]/t:p") == ["What happens to parking?"]
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "Audience members applauded."


def test_a_sentence_of_the_hall_is_no_label() -> None:
    """ "Member of the public asked:" reports a question: no turn of its own."""
    root = text_tei(
        "Minutes\n\nChair: We move to questions.\nMember of the public asked: when will the road reopen?\n"
        "Chair: The officer will answer in writing.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Chair:"]


def test_next_steps_closing_meeting_notes_are_no_labels() -> None:
    """ "**Encaminhamentos:**" and "**Próximos passos:**" close the notes: sections, no turns."""
    root = tabled_tei("pt-reuniao-markdown-encaminhamentos.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-2:] == [
        "**Encaminhamentos:** Rogério redige o ofício até sexta.",
        "**Próximos passos:** nova reunião em setembro.",
    ]


def test_a_tables_clock_speaker_and_speech_cells() -> None:
    """ "00:00:05<tab>Vorsitzende<tab>Ich eröffne …": a transcript's table copied from a
    document, the clock's cell printed with the label's, each row one turn, no caption's clock."""
    root = tabled_tei("de-anhoerung-tabelle-zeit-sprecher.txt")
    assert texts(root, "//t:sp/t:speaker/t:time") == [
        "00:00:05",
        "00:00:19",
        "00:00:24",
        "00:00:31",
        "00:05:40",
    ]
    assert texts(root, "//t:sp[4]/t:p") == [
        "Die Messreihe zeigt einen klaren Trend: Die Werte steigen seit 2019."
    ]


def test_a_programmes_hour_item_and_room_are_no_turns() -> None:
    """ "09:00<tab>Registration<tab>Foyer, ground floor": a programme's row, its last cell no
    sentence, opens no turn."""
    root = text_tei(
        "Conference programme\n\n09:00\tRegistration\tFoyer, ground floor\n09:30\tWelcome\tDean of the Faculty\n"
        "10:00\tKeynote\tProf. Ada Rowe, University of Leeds\n11:00\tCoffee\tAtrium\n"
    )
    assert root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []


def test_a_saved_chats_sender_after_the_clock() -> None:
    """ "18:04:12 Von Miriam Sommer an alle:" over the message, and the older inline form
    "19:02:10<tab> From  Rosa Delgado : …": the sender the speaker, the recipient printed with
    the label, a direct message's too; "From now on" inside a message stays its words."""
    root = tabled_tei("de-ratssitzung-chat-von-an-alle.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Ich sage der Technik Bescheid."]
    root = tabled_tei("en-planning-chat-from-sender.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Great. From now on please use the raise-hand button."]


def test_a_clock_before_from_and_a_phrase_is_no_sender() -> None:
    """ "10:02 From the floor: a question …", "10:05 From now on: …": no name after "From",
    no sender."""
    root = text_tei(
        "Notes\n\n10:02 From the floor: a question about parking.\n10:05 From now on: we meet weekly.\n"
    )
    assert root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []

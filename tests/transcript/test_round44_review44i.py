"""Meeting notes' and tools' exports, narrowed where other records print the same shapes: a
name's particle after a caption's clock read as a chat's "De"/"Van"/"Da" (`De Vries:`), a
Markdown list of bold topics or actions' owners each printed once, and a name as a Markdown
heading over a text written about its bearer."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_ids

_TEI = {"t": "http://www.tei-c.org/ns/1.0"}


def _labels(root: object) -> list[str]:
    return [str(x) for x in root.xpath("//t:persName[@type='label']/text()", namespaces=_TEI)]  # type: ignore[attr-defined]


def test_a_particle_name_after_a_captions_clock_stays_whole() -> None:
    """ "00:00:31 De Vries: …": the particle opens the name, no chat's "from" (that needs its
    recipient, "Van X aan iedereen:"); the speaker's id keeps it."""
    root = tabled_tei("nl-hoorzitting-tijdcode-tussenvoegsel.txt")
    assert turn_ids(root) == [
        "van-der-berg",
        "de-vries",
        "van-der-berg",
        "de-vries",
        "el-amrani",
        "van-der-berg",
    ]


def test_portuguese_particle_names_after_a_clock() -> None:
    """ "10:02 Da Silva: …" is Da Silva speaking, not a chat's message from Silva."""
    root = text_tei(
        "Audiência pública\n\n10:02 Da Silva: Bom dia a todos.\n"
        "10:03 De Souza: Bom dia, senhor presidente.\n10:05 Da Silva: Passo a palavra ao relator.\n"
    )
    assert _labels(root) == ["Da Silva", "De Souza"]


def test_a_chats_sender_with_its_recipient_still_read() -> None:
    """The negative's counterpart: "Van X aan iedereen:" is still a chat's sender."""
    root = text_tei(
        "Opgeslagen chat\n\n10:02:33 Van Pieter Smit aan iedereen: Is het geluid goed?\n"
        "10:02:50 Van Anja Bos aan iedereen: Ja, prima.\n10:03:10 Van Pieter Smit aan iedereen: Dank je.\n"
    )
    assert _labels(root) == ["Pieter Smit", "Anja Bos"]


def test_a_summarys_bold_topics_are_no_turns() -> None:
    """ "- **Budget**: The council agreed …": a summary's topics, each once, the speech after in
    capitals as the hunt's lower-case test does not catch."""
    root = text_tei(
        "# Quarterly review — summary\n\n## Key points\n"
        "- **Budget**: The council agreed the revised figures for the year.\n"
        "- **Staffing**: Two posts remain vacant in the planning team.\n"
        "- **Housing**: The new scheme opens in September.\n"
    )
    assert root.xpath("//t:sp", namespaces=_TEI) == []


def test_action_owners_each_once_are_no_turns() -> None:
    """ "- **Priya**: Send the revised budget …": the owners of a list of actions, no speech."""
    root = text_tei(
        "# Team sync — 4 June\n\nAttendees: Priya, Marco, Helen\n\n## Follow-up\n"
        "- **Priya**: Send the revised budget to finance.\n- **Marco**: Book the venue for the workshop.\n"
        "- **Helen**: Draft the press release.\n"
    )
    assert root.xpath("//t:sp", namespaces=_TEI) == []


def test_bold_items_whose_speakers_come_back_are_turns() -> None:
    """The positive: a speaker printed twice in such a list makes its items a conversation."""
    root = text_tei(
        "# Retro\n\n- **Dana**: What went well?\n- **Omar**: The release.\n- **Dana**: And badly?\n"
        "- **Yuki**: Reviews were slow.\n"
    )
    assert _labels(root) == ["Dana", "Omar", "Yuki"]


def test_a_name_heading_over_a_text_about_its_bearer_is_no_label() -> None:
    """ "### Jane Doe" / "Jane Doe is the director …", "### Tom Jones" / "Jones joined …": a
    panel's or a team's profiles, the text opening with the name it is about."""
    root = text_tei(
        "# Panel on river restoration\n\n## Speakers\n\n### Jane Doe\n"
        "Jane Doe is the director of the river trust.\n\n### Ahmed Karim\n"
        "Ahmed Karim is a hydrologist at the university.\n\n### Tom Jones\n"
        "Jones joined the board in 2019.\n"
    )
    assert root.xpath("//t:sp", namespaces=_TEI) == []

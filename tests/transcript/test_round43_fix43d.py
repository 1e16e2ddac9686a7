"""Shapes of meetings, parliaments, old trials and interviews, each in an invented sample
(labels in turns.toml, persons in ids.toml): an indefinite article before an office or a word of
the hall, no name part ("Ein Aktionär:", "Eine Zuhörerin:"); a parliament's labels alone on their
lines without a colon after one with it, the record signed by its chair at the end
("Landtagspräsident Albert Frick:" / "Regierungschef Daniel Risch"); an old trial's offices
abbreviated word by word and printed once ("Att. Gen. My lord, …", "Prisoner. …"); a field run
into the head's sentence naming who asks below ("… Archive. Interviewer: Sam Whitaker.")."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.names import name_parts


def test_an_indefinite_article_is_no_name_part() -> None:
    """ "Ein Aktionär:", "Eine Zuhörerin:", "Ein Bürger:": one of the hall the record does not
    name, its person the label's words, and two of them two persons."""
    root = tabled_tei("de-hauptversammlung-aktionaer-unbenannt.txt")
    for ident, label in (("ein-aktionar", "Ein Aktionär"), ("eine-zuhorerin", "Eine Zuhörerin")):
        assert name_parts_of(root, ident) == []
        assert texts(root, f"//t:person[@xml:id='{ident}']/t:persName[1]") == [label]
    assert name_parts_of(root, "ein-burger") == []


def test_an_article_like_forename_keeps_the_name() -> None:
    """A name after the article and the office keeps its parts ("An Teachta Seán Ó Briain"), and
    a forename spelt like an article before a surname is one ("Una Healy")."""
    config = default_config()
    kinds = [part.kind for part in name_parts("Una Healy", config) if part.kind]
    assert kinds == ["forename", "surname"]
    parts = {part.kind: part.text for part in name_parts("An Teachta Seán Ó Briain", config) if part.kind}
    assert parts["surname"] == "Briain"
    assert name_parts("Un Député", config) == ()
    assert name_parts("A Member", config) == ()
    assert name_parts("Ein Abgeordneter", config) == ()  # the office's ending agreeing
    kinds = [part.kind for part in name_parts("Una Clerkson", config) if part.kind]
    assert kinds == ["forename", "surname"]  # an office's word opening the surname, no office


def test_labels_alone_without_colon_beside_one_with_it() -> None:
    """ "Abg. Thomas Rehak", "Regierungschef Daniel Risch": an office and a full name alone on
    their line over the speech, beside "Landtagspräsident Albert Frick:"; the agenda's item and
    the motion's title alone stay text."""
    root = tabled_tei("de-landtag-titel-name-allein.txt")
    said = texts(root, "//t:sp[@who='#regierungschef-daniel-risch']/t:p")
    assert said[0].startswith("Danke, Herr Präsident.")
    body = texts(root, "//t:body//t:p[not(ancestor::t:sp)]") + texts(root, "//t:body//t:head")
    assert "Traktandum 5" in body
    assert "Motion zur Abschaffung der Kurtaxe" in body


def test_the_chair_signing_the_record_is_no_silent_turn() -> None:
    """ "Landtagspräsident Albert Frick" alone last in the record: a signature, kept as printed."""
    root = tabled_tei("de-landtag-titel-name-allein.txt")
    assert texts(root, "//t:body/t:div[last()]/t:p[last()]") == ["Landtagspräsident Albert Frick"]
    assert not root.xpath("//t:gap", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_cut_turn_with_its_colon_stays_a_turn() -> None:
    """A label with its colon last in an excerpt is a turn the excerpt cut, no signature."""
    root = text_tei(
        "Landtagspräsident Albert Frick: Ich eröffne die Sitzung.\n\n"
        "Abg. Thomas Rehak: Danke für das Wort.\n\n"
        "Landtagspräsident Albert Frick:\n"
    )
    assert len(root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == 3


def test_an_old_trials_abbreviated_offices_printed_once() -> None:
    """ "Att. Gen.", "Sol. Gen.", "Cl. of Cr.", "Prisoner." each printed once before the speech on
    its line, beside "L. C. J." and "Serj. Maynard."; the narration of the prisoner brought in
    stays the record's."""
    root = tabled_tei("en-state-trial-abbreviated-roles.txt")
    said = texts(root, "//t:sp[@who='#prisoner']/t:p")
    assert said == ["My lord, I am not guilty of any of this, and I desire the witness may be asked again."]
    body = texts(root, "//t:body//t:p[not(ancestor::t:sp)]")
    assert body[0].startswith("The Prisoner being brought to the Bar,")


def test_a_word_like_an_abbreviated_office_of_one_word_is_no_label() -> None:
    """ "Just." opening a line ("Just. That was the word he used.") is no justice's office: an
    office of one word is one only before a name."""
    root = text_tei(
        "L. C. J. Call the witness.\n\nSerj. Maynard. Call Mr. Carstairs.\n\n"
        "L. C. J. Swear him.\n\nJust. That was the word he used, my lord.\n"
    )
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Just." not in speakers


def test_a_field_run_into_the_head_names_who_asks() -> None:
    """ "… Archive. Interviewer: Sam Whitaker." over "[00:00:04] Sam Whitaker: …": the head's
    field, kept in the front matter, no turn of "Interviewer:"."""
    root = tabled_tei("en-oral-history-head-interviewer-field.txt")
    front = texts(root, "//t:front//t:titlePart")
    assert front and front[0].endswith("Interviewer: Sam Whitaker.")


def test_a_field_whose_name_speaks_nowhere_below_is_unchanged() -> None:
    """The field's value names no speaker below: the rule asks nothing of it, and the mid-line
    field of a speech (a turn already open) is the speech's."""
    root = text_tei(
        "Oral history interview, 14 June 2019. Recorded for the archive. Interviewer: Sam Whitaker.\n\n"
        "Q: Could you tell me where you grew up?\n\n"
        "A: On Fifth Street. My teacher said to me once. Interviewer: Sam Whitaker.\n\n"
        "Q: Thank you.\n"
    )
    said = texts(root, "//t:sp/t:p")
    assert any("My teacher said to me once." in p for p in said)


def test_a_german_counsel_in_the_feminine() -> None:
    """ "RAin Klein:", "RAin Dr. Schulz:": the counsel's abbreviation as printed, no forename; the
    surname the name's."""
    root = tabled_tei("de-landgericht-rechtsanwaeltin.txt")
    assert name_parts_of(root, "rain-klein") == [
        ("roleName", "honorific", "RAin"),
        ("surname", None, "Klein"),
    ]
    assert ("surname", None, "Schulz") in name_parts_of(root, "rain-dr-schulz")


def test_rain_in_a_weather_field_is_no_counsel() -> None:
    """ "Rain: 5 mm" in a station's report is a field, no speaker, and "Rain" no title."""
    root = text_tei(
        "Weather station Hilltop, daily report\n\nTemperature: 14 degrees\n\nRain: 5 mm\n\n"
        "Wind: 12 km/h from the west\n\nThe station was checked at noon.\n"
    )
    assert not root.xpath("//t:sp", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert [part.kind for part in name_parts("Rain Klein", default_config()) if part.kind] == [
        "forename",
        "surname",
    ]

"""An office's head noun after a field's word (`Division Commander:`), a role for a ward or a
seat (`Member for Ward 3:`), a report's heading with its colon alone (`REPORT OF THE CHAIR:`),
a narrated member (`Un membre demande :`), a participant's word matched whole (`socia`, no
`socialista`), a name with its stop under a label alone (`THE CLERK:` / `MR. JONES.`) and a
speech-to-text export's short reply (`Speaker 2  00:00:12` / `Okay`), each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml) and with a line of the same
shape that keeps its reading."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.names import seat_for
from stenogram.transcript.scoring import _participants_body


def test_an_office_s_head_noun_after_division_is_a_label() -> None:
    """ "Division Commander:" and "Division Chief:" are two offices of two persons; the
    division's count printed as a field ("Division: Ayes 12, …") stays the record's."""
    root = tabled_tei("en-security-board-division-commander.txt")
    assert "division" not in turn_ids(root)
    assert "Division: Ayes 12, Noes 3, Abstentions 1." in texts(root, "//t:body//t:p")


def test_a_traditional_chief_before_the_name_is_an_office() -> None:
    root = text_tei("Chief Mensah: The council of elders has met.\n\nThe Clerk: Thank you, Chief.\n")
    assert turn_ids(root) == ["chief-mensah", "the-clerk"]


def test_a_member_for_a_ward_is_a_label_with_its_colon_and_alone() -> None:
    """ "Member for Ward 3:", "Councillor for Ward 2:" with the colon, and the same alone on
    their lines over the speech (a web copy's), are the members' labels; "Thanks for Ward 3:"
    is a line of the Mayor's speech."""
    root = tabled_tei("en-district-council-member-for-ward.txt")
    last = texts(root, "//t:sp[last()]/t:p")
    assert last[-1].endswith(
        "petitions. Thanks for Ward 3: the residents there sent in over two hundred signatures."
    )
    tabled_tei("en-council-webcopy-member-for-ward-alone.txt")


def test_a_seat_s_holder_needs_its_role_and_link() -> None:
    config = default_config()
    assert seat_for(["Member", "for", "Ward"], config)
    assert seat_for(["The", "Councillor", "for", "Ashfield"], config)
    assert not seat_for(["Thanks", "for", "Ward"], config)
    assert not seat_for(["GENERAL", "AND", "MUNICIPAL", "STAFF", "UNION", "—", "BRANCH"], config)
    matcher = LabelMatcher(config)
    assert matcher.candidate("Member for Ward 3: I share that worry.") is not None
    assert matcher.candidate("Thanks for Ward 3: the residents sent in …") is None
    assert matcher.bare("Member for Ward 3") is not None
    assert matcher.bare("Item 3") is None


def test_a_report_s_heading_with_its_colon_alone_is_a_heading() -> None:
    """ "REPORT OF THE CHAIR:" and "Report of the Treasurer:" alone over the report are
    headings, no turn and no split into "REPORT OF" and "THE CHAIR:"; "THE CHAIR:" and "THE
    TREASURER:" stay labels."""
    root = tabled_tei("en-tenants-report-of-chair-colon.txt")
    assert texts(root, "//t:body//t:head") == ["REPORT OF THE CHAIR:", "Report of the Treasurer:"]


def test_a_report_s_heading_with_speech_after_its_colon_is_left_as_it_was() -> None:
    """The heading's colon with words after it on its line is no heading alone: the rule asks
    only a line that ends with the colon."""
    root = text_tei(
        "THE CHAIR: We take the reports.\n\n"
        "REPORT OF THE CHAIR: I have little to add to the paper.\n\n"
        "A MEMBER: Thank you.\n"
    )
    assert texts(root, "//t:body//t:head") == []


def test_a_narrated_member_is_no_label_but_the_member_alone_is() -> None:
    """ "Un membre demande :", "Un membre dit :", "Ein Mitglied fragt:" report what one said,
    their text kept; "Un membre :", "Ein Mitglied:", "Un député :" and a deputy on a side ("Un
    député à gauche.") are the hall's voices."""
    root = tabled_tei("fr-association-un-membre-demande.txt")
    spoken = texts(root, "//t:body//t:p")
    assert any(p.startswith("Un membre demande : pourquoi") for p in spoken)
    assert any(p.startswith("Un membre dit : il faudrait") for p in spoken)
    root = tabled_tei("de-verein-ein-mitglied-fragt.txt")
    assert any(p.startswith("Ein Mitglied fragt: Warum") for p in texts(root, "//t:body//t:p"))
    tabled_tei("fr-chambre-un-depute-a-gauche.txt")
    root = text_tei(
        "Präsidentin: Das Wort hat Herr Abgeordneter Berg.\n\n"
        "Abgeordneter Berg: Meine Damen und Herren, der Antrag ist richtig.\n\n"
        "Ein Abgeordneter: Unsinn!\n\n"
        "Abgeordneter Berg: Ich bleibe dabei.\n"
    )
    assert "ein-abgeordneter" in turn_ids(root)


def test_a_participant_s_word_is_matched_whole_or_in_its_plural() -> None:
    """ "socia" is no start of "socialista": a representative of a socialist group is none of
    the hall's; one of the members ("de los socios") is."""
    config = default_config()
    assert _participants_body(["de", "los", "socios"], config)
    assert _participants_body(["de", "l'association", "des", "actionnaires"], config)
    assert not _participants_body(["de", "la", "agrupación", "socialista"], config)
    root = tabled_tei("es-cooperativa-agrupacion-socialista.txt")
    assert any(
        p.startswith("Un representante de la agrupación socialista") for p in texts(root, "//t:body//t:p")
    )


def test_a_name_with_its_stop_under_a_label_alone_is_its_speech() -> None:
    """ "THE CLERK:" / "MR. JONES.": the clerk calling the roll, no silent turn of Mr Jones."""
    root = tabled_tei("en-selectmen-capitals-roll-call.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["MR. JONES."]
    assert not root.xpath("//t:gap", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


def test_a_name_with_its_stop_and_its_speech_under_a_label_still_opens_a_turn() -> None:
    """The rule asks a name alone on its line: one with its speech after its stop under a label
    alone ("THE CLERK:" / "MR. PATEL. PRESENT, SIR.") opens the member's turn as before."""
    text = (
        "THE CHAIRMAN:\nTHE MEETING WILL COME TO ORDER. THE CLERK WILL CALL THE ROLL.\n\n"
        "THE CLERK:\nMR. JONES.\n\nMR. JONES:\nHERE.\n\n"
        "THE CLERK:\nMR. PATEL. PRESENT, SIR.\n\n"
        "THE CHAIRMAN:\nTHANK YOU. MR. JONES, YOU HAVE THE FIRST ITEM.\n\n"
        "MR. JONES:\nTHANK YOU, MR. CHAIRMAN. THE ROAD REPAIRS ARE NOW FINISHED.\n"
    )
    root = text_tei(text)
    assert turn_ids(root) == [
        "the-chairman",
        "the-clerk",
        "mr-jones",
        "the-clerk",
        "mr-patel",
        "the-chairman",
        "mr-jones",
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["MR. JONES."]


def test_a_numbered_voice_over_a_short_reply_keeps_its_turn() -> None:
    """ "Speaker 2  00:00:12" / "Okay": the export's turn, no list of names; the reply kept."""
    root = tabled_tei("en-planning-stt-speaker-okay-clock.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Okay"]
    assert texts(root, "//t:sp[5]/t:p") == ["Yeah"]


def test_a_list_of_names_with_no_clock_stays_a_list() -> None:
    """Names alone one a line with no clock nor number are still a roll above the turns."""
    root = text_tei(
        "Present\n\nAnna Weber\nMax Muster\nEva Roth\n\nThe Chair: Good evening, all.\n\nAnna Weber: Thank you.\n"
    )
    assert turn_ids(root) == ["the-chair", "anna-weber"]

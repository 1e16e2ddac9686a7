"""A message quoting a record: its own words after the quotation stand outside the turns, and a
quotation marked twice (``>> ``) with labels in CAPITALS under a line introducing it is read as
one marked once; the reply prefixes a project adds; and the attendance fields of a council's
head, none of them a label, none of their text lost. Invented samples (names invented; labels
in turns.toml, persons in ids.toml) and the counter-examples that read as before."""

from __future__ import annotations

from pathlib import Path

from label_samples import NS, tabled_tei, text_tei, texts
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_a_forum_post_s_own_words_after_the_quotation_stand_outside_the_turns() -> None:
    """ "> THE WITNESS: No, ma'am. It was open about a foot." / "So the door was open. …" /
    "Curious what …" / "--": the poster's, after the last turn; the witness's answer alone."""
    root = tabled_tei("en-forum-trial-closing-words-footer.txt")
    last = texts(root, "//t:sp[last()]/t:p")
    assert last == ["No, ma'am. It was open about a foot."]
    after = texts(root, "//t:sp[last()]/following-sibling::t:p")
    assert after[:2] == [
        "So the door was open. That is not what the detective told the jury on Monday.",
        "Curious what the defence makes of it tomorrow.",
    ]
    assert not root.xpath("//t:speaker[contains(., '>')]", namespaces=NS)


def test_a_mail_quoting_a_hearing_with_doubled_marks_reads_as_one_marked_once() -> None:
    """ "… so the marks are doubled):" / ">> CHAIRMAN ROSSITER: …" / ">> MR. ABERNATHY: …":
    the marks are the copy's, no part of the labels; the sender's closing and name after the
    last turn, no heading."""
    root = tabled_tei("en-mail-hearing-double-marks-capitals.txt")
    assert texts(root, "//t:sp[last()]/t:p") == ["Then we will hear from the public."]
    assert texts(root, "//t:sp[last()]/following-sibling::t:p")[-2:] == ["Best,", "Tomas"]
    assert not root.xpath("//t:body//t:head", namespaces=NS)


def test_captions_with_one_line_turns_and_a_provider_s_line_stay_captions() -> None:
    """ "Regular Meeting of …" / ">> MAYOR PELLETIER: THE MEETING …" / … / "Captions provided
    by …": a title, no line introducing a quotation; the captions' marks stay in the labels."""
    root = tabled_tei("en-council-captions-double-marks-one-line-turns.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["THE MEETING WILL COME TO ORDER."]


def test_a_quoted_line_s_wrapped_end_stays_in_its_turn() -> None:
    """ "> THE WITNESS: No. It was open about a" / "foot, maybe more." / "" / "That matters.":
    the line right under the last quoted one is its end; the words past the blank the poster's."""
    text = (
        "Re: Okafor trial\n\nFrom the transcript:\n\n> THE COURT: Proceed.\n"
        "> MS. LINDQVIST: Mr. Prewitt, was the door locked?\n> THE WITNESS: No. It was open about a\n"
        "foot, maybe more.\n\nThat matters.\n"
    )
    root = text_tei(text)
    assert texts(root, "//t:sp/t:speaker") == ["THE COURT:", "MS. LINDQVIST:", "THE WITNESS:"]
    assert texts(root, "//t:sp[last()]/t:p") == ["No. It was open about a foot, maybe more."]
    assert texts(root, "//t:sp[last()]/following-sibling::t:p") == ["That matters."]


def test_a_speech_quoting_lines_keeps_them_and_its_turn() -> None:
    """ "Senator Hale: I quote the email:" / "> Chair: …" / "Chair Osei: …": the quoted labels are
    the senator's words, and the chair's turn after them is a turn of the record."""
    text = (
        "Senator Hale: I quote the email the department sent us:\n\n> Director: The funds are released.\n"
        "> Deputy: In full.\n> Director: By Friday.\n\nChair Osei: Thank you, Senator.\n"
    )
    assert speakers_of(text) == ["Senator Hale:", "Chair Osei:"]


def test_a_project_s_reply_prefix_makes_a_subject(tmp_path: Path) -> None:
    """ "Odg: Zapisnik 14. sjednice" (a Slovene mail's reply) over a quoted record: with the
    prefix in ``[furniture] reply_prefixes`` the subject is the message's, and the quoted labels
    open turns; the defaults do not know it, and read a speaker quoting the record."""
    text = (
        "Odg: Zapisnik 14. sjednice\n\n> Predsjednik: Otvaram sjednicu.\n> Ivana Kovačić: Imam pitanje.\n"
        "> Predsjednik: Izvolite.\n"
    )
    own = tmp_path / "stenogram.toml"
    own.write_text("[furniture]\nreply_prefixes = ['odg']\n", encoding="utf-8")
    assert load_config(own).reply_subject.match("Odg: Zapisnik")
    tei = convert_text(text.encode(), "x.txt", load_config(own)).tei
    assert tei is not None and b"<speaker>Ivana Kova" in tei
    assert load_config(own).reply_subject.match("Re: Zapisnik")  # the defaults' still
    assert not load_config().reply_subject.match("Odg: Zapisnik")
    assert speakers_of(text) == []


def test_a_council_s_attendance_fields_are_no_labels_and_keep_their_names() -> None:
    """ "PRISUTNI:" / "1. Dario Matković, predsjednik" / … / "ODSUTNI:" / … / "OSTALI PRISUTNI:"
    / …: those present, absent and others present (before, each field a speaker's label), each
    a paragraph of the head with its names, above the four turns."""
    root = tabled_tei("hr-gradsko-vijece-attendance-fields-capitals.txt")
    head = texts(root, "//t:body//t:div/t:p")
    assert "ODSUTNI: 1. Goran Šimić (opravdano) 2. Lea Barišić" in head
    assert [p.split(":")[0] for p in head if p.split(":")[0].endswith("PRISUTNI")] == [
        "PRISUTNI",
        "OSTALI PRISUTNI",
    ]


def test_attendance_fields_with_the_members_word_keep_their_names() -> None:
    """ "Присутни одборници: …" / "Одсутни одборници: …" / "Остали присутни: …": each field
    with its names, whole, in the head; the speakers below open the turns."""
    root = tabled_tei("sr-skupstina-opstine-prisutni-odbornici-cyrillic.txt")
    listed = texts(root, "//t:front/t:div[@type='list']/t:p")
    assert listed == [
        "Присутни одборници: Милан Стојановић, Јелена Ђурић, Небојша Лазић, Бранка Томић",
        "Одсутни одборници: Зоран Петковић",
        "Остали присутни: Драгана Митровић, начелница општине",
    ]


def test_attendance_fields_in_lines_with_no_blank_lines_keep_every_word() -> None:
    """ "Prisutni: …" / "Odsutni: …" / "Zapisničar: …" / "Predsjednik: …", a line each: no field
    is a speaker, and every word of the head is in the text."""
    text = (
        "Zapisnik sa 3. sjednice Općinskog vijeća\nodržane 5. travnja 2023.\n"
        "Prisutni: Ana Marić, Josip Novak, Ivo Babić\nOdsutni: Luka Knežević\nZapisničar: Sanja Ilić\n"
        "Predsjednik: Otvaram sjednicu.\nJosip Novak: Pitam načelnika o vodovodu.\nNačelnik: Radovi su u tijeku.\n"
    )
    root = text_tei(text)
    words = " ".join(texts(root, "//t:text"))
    for field in ("Prisutni: Ana Marić, Josip Novak, Ivo Babić", "Odsutni: Luka Knežević"):
        assert field in words
    assert texts(root, "//t:sp/t:speaker") == ["Predsjednik:", "Josip Novak:", "Načelnik:"]


def test_a_chair_reading_the_count_present_keeps_the_turn() -> None:
    """ "PREDSJEDNIK: Prisutni: 12 vijećnika. …": the field inside the chair's speech, his."""
    text = (
        "PREDSJEDNIK: Utvrđujem nazočnost. Prisutni: 12 vijećnika. Postoji kvorum.\n\n"
        "MARKO HORVAT: Javljam se za riječ.\n\nPREDSJEDNIK: Izvolite.\n"
    )
    assert speakers_of(text) == ["PREDSJEDNIK:", "MARKO HORVAT:", "PREDSJEDNIK:"]


def test_shareholders_answering_the_chair_together_are_a_group() -> None:
    """ "Shareholders: Hear, hear." / "Accionistas: ¡Muy bien!": the hall of a company meeting,
    a group of voices, no person; a shareholder named in brackets is the person."""
    for sample, group in (
        ("en-agm-shareholders-group-voice.txt", "shareholders"),
        ("es-junta-accionistas-group-voice.txt", "accionistas"),
    ):
        root = tabled_tei(sample)
        assert root.xpath(f"//t:personGrp[@xml:id='{group}']", namespaces=NS)
        assert not root.xpath(f"//t:person[@xml:id='{group}']", namespaces=NS)


def test_a_count_of_shareholders_present_is_no_voice() -> None:
    """ "Shareholders: 1,204 present or represented" / "Proxies: 312": the meeting's count, in
    its head, no group."""
    root = tabled_tei("en-agm-shareholders-count-field.txt")
    assert not root.xpath("//t:personGrp", namespaces=NS)


def test_a_club_s_count_of_members_present_is_no_voice() -> None:
    """ "Members: 64 present" / "Proxies: 12" over the turns: the count, no group's call."""
    head = "Annual Meeting of the Harbour Rowing Club\n\nMembers: 64 present\nProxies: 12\n\n"
    turns = (
        "The Chair: I declare the meeting open.\n\nMr Hale: Why?\n\nThe Chair: The Treasurer will answer.\n"
    )
    assert speakers_of(head + turns) == ["The Chair:", "Mr Hale:", "The Chair:"]


def test_members_calling_out_are_still_a_group() -> None:
    """ "Members: Shame!": the hall's voices after a member's speech, a group still."""
    root = text_tei(
        "The Chair: Mr Hale has the floor.\n\nMr Hale: The fee has doubled in two years.\n\n"
        "Members: Shame!\n\nThe Chair: Order, please.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["The Chair:", "Mr Hale:", "Members:", "The Chair:"]
    assert root.xpath("//t:personGrp", namespaces=NS)


def test_an_unnamed_shareholder_is_a_label_though_the_text_says_un() -> None:
    """ "Un actionnaire individuel : Pourquoi …" in a text whose speech says "un" in lower case:
    the indefinite article before the office is no name's word used in lower case."""
    root = tabled_tei("fr-assemblee-generale-actionnaire-indefinite-lower-case.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Pourquoi le dividende")


def test_a_sentence_opening_with_an_indefinite_article_and_an_office_is_no_label() -> None:
    """ "Un ministre a répondu : nous verrons." / "Un rapport du ministre : …": a sentence's
    subject with its verb, a phrase; no turn."""
    sentence = (
        "M. le Président : La parole est à M. Garnier.\n\nM. Luc Garnier : Je serai bref.\n\n"
        "Un ministre a répondu : nous verrons.\n\nUn rapport du ministre : voilà ce que nous attendons.\n\n"
        "M. le Président : Merci.\n"
    )
    assert speakers_of(sentence) == ["M. le Président :", "M. Luc Garnier :", "M. le Président :"]

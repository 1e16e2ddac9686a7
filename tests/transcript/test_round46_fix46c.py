"""Shapes of round 46, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): a forename abbreviated to two to four letters before the surname, first
on its line, the colon or the stop after the surname ("Ελ. Σαραντόπουλος. Κύριοι …", "Alex.
Durant:", "Вл. Ильинский:"), one label whose person is the name's; a sentence's short word
with its stop ("Ja. Gut. …") and an abbreviation before a number stay speech."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids

_TEI = {"t": "http://www.tei-c.org/ns/1.0"}


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_an_abbreviated_forename_and_the_surname_before_the_stop_are_one_label() -> None:
    """ "Ελ. Σαραντόπουλος. Κύριοι …": the forename's stop is no label's end; the person is
    the name's, the polytonic "Ἐλ." the same."""
    root = tabled_tei("el-vouli-abbreviated-forename.txt")
    assert _speakers(root)[:2] == ["Ελ. Σαραντόπουλος.", "Δημ. Καλογεράκης."]
    assert _said(root)[0].startswith("Κύριοι βουλευταί")
    assert turn_ids(root)[2] == "el-sarantopoulos"


def test_an_abbreviated_forename_before_the_surname_and_colon() -> None:
    """ "Alex. Durant:", "Al. Ventresca:", "Вл. Ильинский:": the whole is the label."""
    root = tabled_tei("en-grange-meeting-first-forenames.txt")
    assert _speakers(root)[2:5] == ["Alex. Durant:", "Al. Ventresca:", "Вл. Ильинский:"]
    assert turn_ids(root)[3] == "al-ventresca"


def test_a_short_sentence_or_an_abbreviation_stays_speech() -> None:
    """ "Ja. Gut. Dann …" and "So. Danke. …" are sentences; "Art. 5 …" an article's number."""
    root = text_tei(
        "SITZUNGSPROTOKOLL\n\nVorsitzender: Wir kommen zur Abstimmung.\n\n"
        "Ja. Gut. Dann stimmen wir jetzt ab, meine Damen und Herren.\n\n"
        "Art. 5 der Satzung bleibt unverändert.\n\nSo. Danke. Damit ist die Sitzung geschlossen.\n\n"
        "Dr. med. Weber: Ich habe eine Frage.\n\nVorsitzender: Bitte.\n"
    )
    assert _speakers(root) == ["Vorsitzender:", "Dr. med. Weber:", "Vorsitzender:"]
    assert any(p.startswith("Ja. Gut.") for p in _said(root))


def test_an_office_with_its_complement_printed_with_its_holder_then_alone() -> None:
    """ "Przewodniczący obrad tow. Kołodziejczyk:", then "Przewodniczący obrad:": one person,
    the office's complement in lower case its own."""
    root = tabled_tei("pl-rada-office-complement-holder.txt")
    assert len(set(turn_ids(root)[::2])) == 1


def test_an_office_with_its_complement_never_named_with_a_holder_stays_the_office() -> None:
    """ "Przewodniczący obrad:" alone, no holder named with it: the office's own person."""
    root = text_tei(
        "STENOGRAM\n\nPrzewodniczący obrad: Otwieram posiedzenie.\n\nTow. Nowak: Dziękuję.\n\n"
        "Przewodniczący obrad: Zamykam posiedzenie.\n"
    )
    assert turn_ids(root) == ["przewodniczacy-obrad", "tow-nowak", "przewodniczacy-obrad"]


def test_a_phone_in_s_caller_and_town_alone_over_the_speech_is_a_label() -> None:
    """ "Caller from Dayton:", "Listener from Akron:", "David from Toledo:" alone on their lines
    over the call: a caller's word or a known forename before the place, a label."""
    root = tabled_tei("en-radio-phone-in-caller-from-town.txt")
    assert _said(root)[1].startswith("Morning. I want")


def test_a_noun_and_its_place_alone_stays_a_heading() -> None:
    """ "Letters from Akron:" alone over its text: a common noun and its place, a heading."""
    root = text_tei(
        "THE WEEKLY REVIEW\n\nThe Speaker: Order. Mr. Hale.\n\nMr. Hale: I read a letter.\n\n"
        "Letters from Akron:\nThe city's merchants have written about the duties.\n\n"
        "Mr. Hale: That is the letter.\n\nThe Speaker: Order.\n"
    )
    assert _speakers(root) == ["The Speaker:", "Mr. Hale:", "Mr. Hale:", "The Speaker:"]


def test_a_finnish_group_label_with_its_suffix_set_apart() -> None:
    """ "Aino Kettunen, Renew Europe -ryhmän puolesta. –": the whole the label, the group's
    phrase the role."""
    root = tabled_tei("fi-europarl-group-spaced-suffix.txt")
    roles = root.xpath("//t:person[@xml:id='aino-kettunen']/@role", namespaces=_TEI)
    assert roles == ["Renew Europe -ryhmän puolesta"]
    assert _said(root)[1].startswith("Arvoisa puhemies, metsien")


def test_a_sentence_naming_a_group_with_its_suffix_stays_speech() -> None:
    """ "Aino Kettunen, Renew Europe -ryhmän jäsen, totesi …": a sentence, no label."""
    root = text_tei(
        "ISTUNTO\n\nPuhemies. – Keskustelu alkaa.\n\n"
        "Aino Kettunen, Renew Europe -ryhmän jäsen, totesi eilen, että metsät ovat tärkeitä.\n\n"
        "Puhemies. – Kiitos.\n"
    )
    assert _speakers(root) == ["Puhemies. –", "Puhemies. –"]


def _heads(root: object) -> list[str]:
    return texts(root, "//t:body//t:head")  # type: ignore[arg-type]


def test_a_document_symbol_repeated_at_each_page_top_is_furniture() -> None:
    """ "S/PV.1812" alone at each page's top, the record's symbol in its front matter: the
    page's head, no heading opening a division; the front matter keeps its own."""
    root = tabled_tei("en-un-security-council-symbol-page-heads.txt")
    assert _heads(root) == []
    assert "S/PV.1812" in " ".join(texts(root, "//t:front//t:titlePart"))


def test_a_document_symbol_printed_once_in_the_text_stays() -> None:
    """ "A/C.3/SR.1234" once past the front matter, named nowhere else: kept where it stands."""
    root = text_tei(
        "SUMMARY RECORD\n\nThe CHAIRMAN: The meeting is open.\n\nMr. LEE (Norland): I agree.\n\n"
        "A/C.3/SR.1234\n\nThe CHAIRMAN: The meeting is closed.\n"
    )
    assert "A/C.3/SR.1234" in " ".join(texts(root, "//t:body"))


def test_a_case_caption_in_capitals_without_et_al_is_the_title() -> None:
    """ "PEOPLE v. HARGROVE." first: the case's caption, no speech cut above it; a sentence
    citing a case ("Brown v. Board of Education was decided …") stays speech."""
    root = tabled_tei("en-appeal-caption-without-et-al.txt")
    assert texts(root, "//t:front//t:titlePart") == ["PEOPLE v. HARGROVE."]
    cited = text_tei(
        "Brown v. Board of Education was decided long ago, and it binds us.\n\n"
        "THE COURT: Go on.\n\nMR. TALBOT: Thank you.\n"
    )
    assert not texts(cited, "//t:front//t:titlePart")

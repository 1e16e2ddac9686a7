"""A reviewer's read of the round's last merges: shapes a widened rule took wrongly, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_list_of_persons_parted_by_semicolons_is_no_label_misread() -> None:
    """A paragraph listing persons under their forms of address, parted by semicolons ("Mr.
    Denby; Mrs. Hale; Mr. Orr and …"), stays the speech it is in, where OCR's semicolon for a
    believed label's colon had made its first name a turn; that label printed so before its
    speech ("Mr. Denby; Of the forty …") still opens its turn."""
    root = tabled_tei("en-committee-ocr-semicolon-names-listed.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "The CHAIRMAN:",
        "Mr. Denby:",
        "The CHAIRMAN:",
        "Mr. Denby;",
        "The CHAIRMAN:",
    ]
    assert texts(root, "//t:sp[2]/t:p")[-1].startswith("Mr. Denby; Mrs. Hale; Mr. Orr and Mr. Pruitt")


def test_a_person_named_inside_a_phrase_before_a_stop_and_dash_is_no_label() -> None:
    """The secretary's list of the matters entered, in a record flattened to one line whose labels
    end with the stop and dash ("Nota del Sr. Gómez.- Se gira a la Comisión …"), stays the
    secretary's speech: a form of address after a word in lower case is a phrase's person, where
    it had opened a turn and cut the sentence before it; a member's label run on after a
    sentence's stop still opens its turn."""
    root = tabled_tei("es-ar-concejo-flattened-asuntos-entrados.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Sra. Presidenta (Quiroga).-",
        "Sr. Secretario (Lamas).-",
        "Sra. Presidenta (Quiroga).-",
        "Sr. Lamadrid.-",
    ]
    assert "Nota del Sr. Gómez.- Se gira a la Comisión de Hacienda." in texts(root, "//t:sp[2]/t:p")[0]


def test_a_house_named_with_its_stop_in_a_script_without_case_is_the_title() -> None:
    """A record's title in a script without case printed with its full stop, naming the house
    and its sitting ("مجلس النواب - محضر الجلسة العادية الثانية."), stays the title, where the
    stop had made it a paragraph of speech cut above the first turn."""
    root = tabled_tei("ar-majlis-title-with-stop.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["مجلس النواب - محضر الجلسة العادية الثانية."]
    assert texts(root, "//t:body//t:p")[0].startswith("أفتتح الجلسة")


def test_a_narrated_sentence_after_initials_and_an_office_in_capitals_is_no_label() -> None:
    """The minutes' narration opening with a name, its initials and an office in capitals before
    its verb ("Петров И. С., Министр транспорта, выступил с сообщением …") stays a paragraph,
    where the whole sentence had become a label over an empty turn; the minister's label whose
    office is one phrase ("Соболев А. Г., Министр финансов Российской Федерации.") is still his."""
    root = tabled_tei("ru-commission-office-capitals-narrated.txt")
    speakers = texts(root, "//t:sp/t:speaker")
    assert "Соболев А. Г., Министр финансов Российской Федерации." in speakers
    assert not any("выступил" in speaker for speaker in speakers)
    assert any(para.startswith("Петров И. С., Министр транспорта, выступил") for para in texts(root, "//t:p"))


def test_a_titles_own_note_in_brackets_after_its_stop_keeps_it_the_title() -> None:
    """A record's title ending with its stop and the sitting in brackets after it ("Compte rendu
    intégral des débats. (Séance du mardi 3 mai 2011)") stays the title, where the bracket read
    as the hall's note had made it a sentence of speech cut above the first turn."""
    root = tabled_tei("fr-senat-title-sitting-bracketed.txt")
    assert texts(root, "//t:titleStmt/t:title") == [
        "Compte rendu intégral des débats. (Séance du mardi 3 mai 2011)"
    ]
    assert texts(root, "//t:body//t:p")[0] == "La séance est ouverte."

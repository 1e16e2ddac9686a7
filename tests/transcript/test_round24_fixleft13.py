"""Label shapes the twenty-fourth round's hunts met in real records and left: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_members_labels_share_the_chairs_stop_and_dash_without_brackets() -> None:
    """A flattened city legislature's record: the chair's labels bracket the holder, the
    members' print a form of address and a surname before the same stop and dash, one run on
    after a heading; each member's label printed once is a label, where both had been refused."""
    root = tabled_tei("es-ar-legislatura-flattened-member-stop-dash.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Pido la palabra. Señora presidenta: en el mismo sentido, solicito tratar la tabla número 12."
    ]


def test_ocrs_semicolon_for_an_addressed_labels_colon_opens_its_turn() -> None:
    """OCR's semicolon for the colon of a label with a form of address in Mixed case, the same
    label printed with its colon elsewhere: that person's turn, where the words had run on in
    the speech before ("O Sr. Luís Moreira (PS); - Muito bem!", "Mr. Denby; Thank you, …")."""
    root = tabled_tei("pt-dar-ocr-semicolon-bracketed.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["- Muito bem!"]
    root = tabled_tei("en-committee-ocr-semicolon-mixed-case.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Thank you, Mr. Chairman.")


def test_a_holder_after_a_slash_in_a_bodys_bracket_is_the_person() -> None:
    """The DPR's "PEMERINTAH (MENTERI KEUANGAN/SRI WAHYUNI):": the minister is the person, the
    office her role, the government her affiliation, where the body had been the person."""
    root = tabled_tei("id-dpr-government-minister-slash.txt")
    person = root.xpath("//t:person[@xml:id='sri-wahyuni']", namespaces=NS)[0]
    assert person.get("role") == "MENTERI KEUANGAN"
    assert texts(person, "t:affiliation") == ["PEMERINTAH"]


def test_an_image_caption_glued_to_the_name_it_captions_opens_the_turn() -> None:
    """A web copy's "Image of X" or "Foto: X" glued to "X (Seat, Party)": the named member's
    turn, where the first had been a paragraph and the second a photo's credit (furniture)."""
    root = tabled_tei("en-web-image-of-caption-glued.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["The plan will be published before the summer recess."]
    root = tabled_tei("de-web-foto-caption-glued.txt")
    assert "Foto: Katrin WollenbergKatrin Wollenberg (SPD)" not in texts(root, "//t:list/t:item")
    assert text_tei("Foto: DBT/Anna Berg\n\nPräsidentin: Die Sitzung ist eröffnet.\n").xpath(
        "//t:item[.='Foto: DBT/Anna Berg']", namespaces=NS
    )


def test_a_label_run_on_after_a_heads_field_opens_the_first_turn() -> None:
    """The transcriber's field and the chair's label on one line ("Transcriptor: X  El señor
    PRESIDENTE.- Se abre la sesión. …"): the field stays in the head, where it had been a label
    whose speech held the chair's first turn."""
    root = tabled_tei("es-pe-flattened-transcriptor-field-label.txt")
    assert texts(root, "//t:front//t:p") == ["Transcriptor: Lucía Benavente Ríos"]
    assert texts(root, "//t:sp[1]/t:p") == ["Se abre la sesión. Se va a pasar lista."]


def test_a_heading_in_capitals_run_into_narration_is_a_head() -> None:
    """An item's heading run into the clerk's narration ("RETURN OF WRITS The Clerk informed the
    House …"): a head where the CAPITALS end, the narration its paragraph, where both had been
    one paragraph."""
    root = tabled_tei("en-hansard-capitals-heading-run-into-narration.txt")
    assert texts(root, "//t:body//t:head") == ["RETURN OF WRITS", "QUESTIONS"]
    assert texts(root, "//t:body/t:div[1]/t:p")[0].startswith("The Clerk informed the House")


def test_ocrs_latin_o_or_zero_for_the_diets_circle_opens_labels() -> None:
    """The Diet's "○" read by OCR as "O" or "0" before the label's first ideograph: the member's
    and the prime minister's turns, where both had run on in the chair's."""
    root = tabled_tei("ja-diet-ocr-latin-o-marker.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("山中議員にお答えいたします。")

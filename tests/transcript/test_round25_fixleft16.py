"""Label shapes the twenty-fourth round's hunts met in real records and left, the first half: each
in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids


def test_a_pages_and_lines_numbers_before_every_line_are_furniture() -> None:
    """A court reporter's "2-4   MS. ABERNATHY: …": the page's and the line's numbers are taken
    off as a plain column of line numbers is, and the labels after them read; a score in the
    speech ("at 1-10") stays."""
    root = tabled_tei("en-court-page-line-numbers.txt")
    assert "2-" not in " ".join(texts(root, "//t:body//t:p"))
    assert "at 1-10 on the scale" in texts(root, "//t:sp[4]/t:p")[0]


def test_a_range_at_a_lines_start_in_an_unnumbered_text_stays() -> None:
    """A speech whose one line opens with a range ("1-10 of the schedule …") in a text whose
    other lines bear no number: its words, not furniture."""
    root = text_tei(
        "THE CHAIR: We come to the schedule.\n\n"
        "MS. HOLT: Items\n1-10 of the schedule are agreed.\n\n"
        "THE CHAIR: Thank you.\n"
    )
    assert "Items 1-10 of the schedule are agreed." in texts(root, "//t:sp[2]/t:p")[0]


def test_a_groups_voice_naming_its_party_in_quotation_marks_is_the_group() -> None:
    """A Bulgarian Assembly's "РЕПЛИКИ ОТ „НАРОДЕН ГЛАС“:" and "ГЛАСОВЕ ОТ «ОБЕДИНЕНА ЛЕВИЦА»:":
    a group's voice, a personGrp, where the quoted party had left the line in the speech."""
    root = tabled_tei("bg-assembly-group-voice-quoted-party.txt")
    groups = root.xpath("//t:personGrp/@xml:id", namespaces=NS)
    assert groups == ["repliki-ot-naroden-glas", "glasove-ot-obedinena-levitsa"]


def test_a_quoted_name_closes_no_label_but_a_groups() -> None:
    """A member's line whose words in CAPITALS end in a quoted party and a colon names no one:
    only a group's voice so ends."""
    root = text_tei(
        "ПРЕДСЕДАТЕЛ ДЕСИСЛАВА КОЛЕВА: Давам думата на господин Андонов.\n\n"
        "ПЛАМЕН АНДОНОВ: Благодаря.\n\n"
        "ПОЗИЦИЯТА НА „НАРОДЕН ГЛАС“: против.\n\n"
        "ПРЕДСЕДАТЕЛ ДЕСИСЛАВА КОЛЕВА: Благодаря.\n",
        "bg.txt",
    )
    assert turn_ids(root) == [
        "predsedatel-desislava-koleva",
        "plamen-andonov",
        "predsedatel-desislava-koleva",
    ]


def test_a_photos_caption_glued_to_the_label_is_furniture() -> None:
    """A web copy's "Photo of Úna CorcoranÚna Corcoran (Galway West, Ceann Comhairle)": the
    caption is listed with the furniture, the label printed without it, no word lost."""
    root = tabled_tei("en-web-photo-caption-glued-label.txt")
    listed = root.xpath("//t:list[@type='furniture']/t:item[@ana='photo-caption']", namespaces=NS)
    assert [(item.get("n"), item.text) for item in listed] == [
        ("5", "Photo of Úna Corcoran"),
        ("10", "Photo of Fergal Tierney"),
        ("15", "Photo of Úna Corcoran"),
    ]


def test_a_photos_credit_glued_to_the_label_leaves_the_turn() -> None:
    """A German copy's "Foto: Jonas Weidlich Jonas Weidlich (CDU/CSU): …" on a short line: the
    credit is the page's, the label and its speech the record's, where the whole line had been
    taken for a photo's credit line."""
    root = text_tei(
        "Foto: Petra Holzner Petra Holzner (SPD): Sehr geehrte Frau Präsidentin! Meine Damen und Herren!\n\n"
        "Foto: Jonas Weidlich Jonas Weidlich (CDU/CSU): Vielen Dank, Frau Kollegin.\n",
        "de.txt",
    )
    assert texts(root, "//t:speaker") == ["Petra Holzner (SPD):", "Jonas Weidlich (CDU/CSU):"]
    assert texts(root, "//t:sp[2]/t:p") == ["Vielen Dank, Frau Kollegin."]


def test_a_printed_running_head_opening_the_copy_with_one_space_before_its_page_titles_it() -> None:
    """A copy of one Bundestag page opening with "Deutscher Bundestag – … den 6. Juli 2023 14211":
    the head titles the excerpt and dates it, its page's number listed as furniture, where the
    title had carried the page."""
    root = tabled_tei("de-bt-page-head-first-line-one-space.txt")
    head = "Deutscher Bundestag – 20. Wahlperiode – 118. Sitzung. Berlin, Donnerstag, den 6. Juli 2023"
    assert texts(root, "//t:titlePart") == [head]
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='page-number']") == ["14211"]
    assert root.xpath("string(//t:settingDesc//t:date/@when)", namespaces=NS) == "2023-07-06"


def test_a_first_line_ending_in_a_clock_is_no_running_head() -> None:
    """A sitting's title ending in its hour ("Møte tirsdag den 5. mars 2024 kl. 10"): the title,
    no page's head."""
    root = text_tei(
        "Møte tirsdag den 5. mars 2024 kl. 10\n\n"
        "Presidenten: Møtet er satt.\n\n"
        "Kari Nordvik (H): Takk, president.\n\n"
        "Presidenten: Takk.\n",
        "no.txt",
    )
    assert texts(root, "//t:titlePart") == ["Møte tirsdag den 5. mars 2024 kl. 10"]


def test_a_facing_pages_head_with_the_items_title_is_furniture() -> None:
    """A Sejm PDF's odd page headed "Oświadczenia poselskie 37", its page next to the even page's
    number: furniture, once where it cuts a member's sentence (joined over it) and where it comes
    back on the next odd page between two turns."""
    root = tabled_tei("pl-sejm-pdf-facing-page-item-head.txt")
    heads = texts(root, "//t:list[@type='furniture']/t:item[@ana='running-head']")
    assert heads == ["Oświadczenia poselskie 37", "Oświadczenia poselskie 39"]
    speech = texts(root, "//t:sp[4]/t:p")[0]
    assert "na sytuację szpitali powiatowych" in speech


def test_an_items_heading_numbered_as_a_page_is_near_stays() -> None:
    """A heading whose number only neighbours a page number ("Punkt 2" under page 1's number),
    printed once between two turns: the record's heading, no page's head."""
    root = text_tei(
        "Formanden: Mødet er åbnet.\n\n1\n\nPunkt 2\n\nFormanden: Vi går til punkt 2.\n\n"
        "Karen Holm (S): Tak for ordet.\n"
    )
    assert "Punkt 2" not in texts(root, "//t:list[@type='furniture']/t:item")


def test_a_label_a_hyphen_breaks_at_the_lines_end_names_the_joined_word() -> None:
    """A minister's label printed once, "Bundesminis-" / "terin Dr. Clara Weinhold:": the id is
    the joined word's, where the break had stayed in it ("bundesminis-terin-…"); the label is
    printed as it stands, a form of the person's labels too."""
    root = tabled_tei("de-bt-label-hyphen-broken-office.txt")
    labels = texts(root, "//t:person[@xml:id='bundesministerin-dr-clara-weinhold']/t:persName[@type='label']")
    assert labels == ["Bundesministerin Dr. Clara Weinhold", "Bundesminis-terin Dr. Clara Weinhold"]


def test_a_double_names_hyphen_at_the_lines_end_stays_in_the_name() -> None:
    """A double name the wrap cut before its capital ("Abg. Müller-" / "Lüdenscheid (SPD):") is no
    broken word: its hyphen stays in the id."""
    root = text_tei(
        "Präsident Dr. Jonas Falkenrath:\nDas Wort hat der Kollege Müller-Lüdenscheid.\n\n"
        "Abg. Müller-\nLüdenscheid (SPD):\nHerr Präsident! Ich danke Ihnen.\n\n"
        "Präsident Dr. Jonas Falkenrath:\nVielen Dank.\n",
        "de.txt",
    )
    assert turn_ids(root)[1].endswith("muller-ludenscheid")

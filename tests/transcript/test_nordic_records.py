"""The smaller European parliaments in their own print: the Storting's note of who takes the
chair, the Althingi's page links and unnamed calls from the floor, the Eduskunta's groups of a
term, the Riksdag's item title over each speech again, the Riigikogu's names each a paragraph of
their own, a speech archive's links on one line and Malta's heading glued to a label (samples
in tests/data/labels/, written in the shapes the real records print, names invented)."""

from __future__ import annotations

from label_samples import NS, TURN_IDS, sample_tei, text_tei, texts, turn_ids


def test_the_storting_note_of_who_takes_the_chair_is_an_event_naming_the_chair() -> None:
    """ "Marit Eidsvoll Lund hadde her overtatt presidentplassen." between two turns is no words
    of the turn above, and "Presidenten:" below it is she."""
    tei = sample_tei("nb-storting-presidentplassen.txt")
    assert turn_ids(tei) == TURN_IDS["nb-storting-presidentplassen.txt"]
    assert texts(tei, "//t:body//t:stage") == ["Marit Eidsvoll Lund hadde her overtatt presidentplassen."]
    assert not [p for p in texts(tei, "//t:sp/t:p") if "presidentplassen" in p]


def test_the_storting_opening_sittings_acting_president_takes_the_chair() -> None:
    """ "Halvard Bjørnstad inntok så presidentplassen." makes him the "Presidenten []:" below."""
    tei = sample_tei("nb-storting-inntok.txt")
    assert turn_ids(tei) == TURN_IDS["nb-storting-inntok.txt"]
    assert texts(tei, "//t:body//t:stage") == ["Halvard Bjørnstad inntok så presidentplassen."]
    assert tei.xpath("string(//t:person[@xml:id='halvard-bjornstad']/@role)", namespaces=NS) == "chair"


def test_an_althingi_call_from_the_floor_is_a_voice_of_the_hall_and_its_watch_link_the_pages() -> None:
    tei = sample_tei("is-althingi-gripid-fram.txt")
    assert turn_ids(tei) == TURN_IDS["is-althingi-gripid-fram.txt"]
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["gripid-fram-i"]
    assert tei.xpath("//t:person/@xml:id", namespaces=NS) == [
        "sigridur-jona-palsdottir",
        "hallgrimur-thorsteinsson",
    ]
    assert not [text for text in texts(tei, "//t:body//*") if text == "Horfa"]


def test_an_eduskunta_group_of_a_term_is_the_members_affiliation() -> None:
    tei = sample_tei("fi-eduskunta-party-vkk.txt")
    assert turn_ids(tei) == TURN_IDS["fi-eduskunta-party-vkk.txt"]
    parties = {
        person.get("{http://www.w3.org/XML/1998/namespace}id"): person.xpath(
            "string(t:affiliation)", namespaces=NS
        )
        for person in tei.xpath("//t:person", namespaces=NS)
    }
    assert parties["aarne-lahtela"] == "vkk"
    assert parties["kaisa-ranta"] == "sin"


def test_the_riksdag_item_title_printed_again_under_each_label_is_no_speech() -> None:
    tei = sample_tei("sv-riksdag-heading-again.txt")
    assert turn_ids(tei) == TURN_IDS["sv-riksdag-heading-again.txt"]
    firsts = texts(tei, "//t:sp/t:p[1]")
    assert all(first.startswith("Fru talman!") for first in firsts)


def test_the_riigikogu_names_each_a_paragraph_of_its_own_take_turns() -> None:
    tei = sample_tei("et-riigikogu-web-blank-lines.txt")
    assert turn_ids(tei) == TURN_IDS["et-riigikogu-web-blank-lines.txt"]
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Austatud istungi juhataja! Head kolleegid! Annan üle kohaliku omavalitsuse korralduse "
        "seaduse muutmise seaduse eelnõu. Aitäh!"
    ]


def test_a_speech_archives_links_on_one_line_are_the_pages_and_a_motion_moved_is_speech() -> None:
    """ "Link to this: Individually | In context | Oireachtas source" under each caption is the
    page's; the member whose speech opens "I move: "That …"" takes a turn of his own."""
    tei = sample_tei("ie-kildarestreet-link-line.txt")
    assert turn_ids(tei) == TURN_IDS["ie-kildarestreet-link-line.txt"]
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("I move:")
    assert not [text for text in texts(tei, "//t:body//t:p") if text.startswith("Link to this")]


def test_a_form_of_address_in_capitals_glued_to_a_heading_opens_the_label() -> None:
    """ "AĠĠORNAMENTONOR. ĠORĠ VELLA: …": the heading "AĠĠORNAMENT", then his turn."""
    tei = sample_tei("mt-kamra-heading-glued-onor.txt")
    assert turn_ids(tei) == TURN_IDS["mt-kamra-heading-glued-onor.txt"]
    assert texts(tei, "//t:body/t:div/t:head") == ["AĠĠORNAMENT"]


def test_a_surname_ending_in_a_forms_letters_is_one_label() -> None:
    """ "МОЛОТОВ. Товарищи." is the surname's label and the speech: its last letters are no form
    of address ("тов.") glued to a heading, as a label in CAPITALS with its colon after them
    would be; no word of the record is cut."""
    for text in ("МОЛОТОВ. Товарищи. товарищи товарищи товарищи.\n", "МОЛОТОВ. [Петров]: comrades.\n"):
        tei = text_tei(text)
        assert turn_ids(tei) == ["molotov"]
        assert texts(tei, "//t:sp/t:speaker") == ["МОЛОТОВ."]


def test_the_narration_that_gives_the_floor_is_the_label_and_its_verb_no_word_of_the_person() -> None:
    """ "Statsminister X tok ordet og uttalte:", "Herr X sade:", "Mr. X said:", "Sammanträdet öppnades av
    herr X, som yttrade:", each a paragraph over the speech, and "Sihteeri luki:" (the secretary read): the line is the printed label,
    the speech below is the turn, and the person is the one named before the verb."""
    for name in (
        "nb-storting-tok-ordet-uttalte.txt",
        "sv-riksdag-sade-paragraph.txt",
        "en-council-said-paragraph.txt",
        "fi-eduskunta-sihteeri-luki.txt",
    ):
        tei = sample_tei(name)
        assert turn_ids(tei) == TURN_IDS[name]
    tei = sample_tei("nb-storting-tok-ordet-uttalte.txt")
    assert texts(tei, "//t:sp[1]/t:p")[0].startswith("Herr president! Regjeringen")
    tei = sample_tei("sv-riksdag-sade-paragraph.txt")
    assert texts(tei, "//t:sp[4]/t:p") == ["Jag ber att få instämma i detta yrkande."]


def test_the_clause_that_gives_the_floor_after_the_name_is_no_role() -> None:
    """ "Herr Lindqvist, som yttrade:" (who said): the person has no role "som yttrade"."""
    tei = sample_tei("sv-riksdag-year-above-day.txt")
    assert turn_ids(tei) == TURN_IDS["sv-riksdag-year-above-day.txt"]
    assert tei.xpath("//t:person[@xml:id='herr-lindqvist']/@role", namespaces=NS) == []

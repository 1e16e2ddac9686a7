"""Historic stenographic records as a historian pastes an excerpt of them (samples in
tests/data/labels/): the nineteenth-century Hansard's turns in the reporter's third person
("MR. SMITH said, …"), the paragraph mark of its digitised edition, the House's "(Hear, hear.)"."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, TURN_IDS, TURNS, sample_tei, speakers, tabled_tei, text_tei, texts, turn_ids


def _turns(tei: etree._Element) -> list[tuple[str, str]]:
    """Each turn's speaker label and the first words of its speech."""
    return [
        (sp.xpath("string(t:speaker)", namespaces=NS), sp.xpath("string(t:p[1])", namespaces=NS)[:20])
        for sp in tei.xpath("//t:sp", namespaces=NS)
    ]


def test_a_reported_turn_is_the_name_before_the_reporters_verb() -> None:
    tei = sample_tei("en-hansard-reported.txt")
    assert _turns(tei) == [
        ("§ MR. HARTWELL", "asked the Secretary "),
        ("§ THE SECRETARY OF STATE FOR WAR (Mr. PENROSE),", "in reply, said, the "),
        ("§ MR. HARTWELL:", "Will the right hon. "),
        ("§ HON. MEMBERS:", "Hear, hear!"),
        ("§ MR. SPEAKER:", "Order, order!"),
    ]
    assert turn_ids(tei) == ["mr-hartwell", "mr-penrose", "mr-hartwell", "hon-members", "mr-speaker"]


def test_the_lords_reported_turns_and_the_houses_assent() -> None:
    tei = sample_tei("en-hansard-reported-lords.txt")
    assert turn_ids(tei) == ["the-earl-of-ashbourne", "lord-trevelyn", "the-earl-of-ashbourne", "mr-draycott"]
    assert _turns(tei)[1] == ("LORD TREVELYN", "said, he could assur")
    stages = [(s.get("type"), s.xpath("string()")) for s in tei.xpath("//t:stage", namespaces=NS)]
    assert stages == [("interjection", "(Hear, hear.)")]


def test_a_sentence_that_reports_in_mixed_case_opens_no_turn() -> None:
    """Only a name in CAPITALS with a form of address or an office opens a reported turn: the
    minutes' "Mr Smith said that …" and an acronym's "NATO said …" stay speech."""
    from label_samples import text_tei

    tei = text_tei(
        "Mr. HOLLAND: I will read the letter.\n\nMr Smith said that the council should act.\n\n"
        "NATO said it would not intervene.\n"
    )
    assert _turns(tei) == [("Mr. HOLLAND:", "I will read the lett")]


def test_the_chambres_voices_by_their_benches_are_groups() -> None:
    tei = sample_tei("fr-chambre-groups-dash.txt")
    turns = _turns(tei)
    assert turns[2] == ("A droite. —", "C'est vous qui le di")
    assert turns[3] == ("Sur divers bancs à gauche. —", "Parlez ! parlez !")
    groups = tei.xpath("//t:personGrp/@xml:id", namespaces=NS)
    assert groups == [
        "a-droite",
        "sur-divers-bancs-a-gauche",
        "de-toutes-parts",
        "un-membre-a-l-extreme-gauche",
        "au-centre",
    ]


def test_the_globes_narrative_lines_are_stages_between_the_turns() -> None:
    tei = sample_tei("en-congressional-globe-narrative.txt")
    body = tei.xpath("//t:body/t:div/*", namespaces=NS)
    shapes = [
        (etree.QName(el).localname, el.xpath("string(t:speaker)", namespaces=NS) or el.text) for el in body
    ]
    assert shapes == [
        ("sp", "Mr. WARDWELL."),
        ("stage", "The motion was agreed to."),
        ("sp", "Mr. COWDRY."),
        ("sp", "Mr. WARDWELL."),
        ("stage", "The amendment was rejected."),
        ("stage", "The bill was read the third time, and passed."),
        ("stage", "The Senate adjourned."),
    ]
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "1866-01-09"


def test_a_running_head_taken_off_still_dates_the_sitting() -> None:
    tei = sample_tei("de-reichstag-running-head-date.txt")
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "1929-12-04"
    assert turn_ids(tei) == ["prasident-lobe", "dr-wendland", "vizeprasident-graef", "dr-wendland"]
    stages = [s.get("type") for s in tei.xpath("//t:stage", namespaces=NS)]
    assert stages == ["other", "laughter"]


def test_the_archives_parlementaires_head_and_the_halls_doings() -> None:
    tei = sample_tei("fr-archives-parlementaires.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "ASSEMBLÉE NATIONALE."
    assert tei.xpath("string(//t:front/t:div[@type='presiding'])", namespaces=NS).strip() == (
        "PRÉSIDENCE DE M. LE BARON DE MONTREUIL."
    )
    stages = [(s.get("type"), s.xpath("string()")) for s in tei.xpath("//t:stage", namespaces=NS)]
    assert stages == [
        ("applause", "(L'Assemblée applaudit.)"),
        ("noise", "(Il s'élève des murmures.)"),
        ("laughter", "(On rit.)"),
        ("other", "(La motion est adoptée.)"),
    ]


@pytest.mark.parametrize(
    "sample",
    [
        "en-hansard-revised-asterisk.txt",
        "ru-plenum-chair-named-then-alone.txt",
        "de-reichstag-chair-named-then-alone.txt",
        "ru-duma-old-orthography.txt",
        "en-imtfe-spaced-qa.txt",
    ],
)
def test_each_turn_is_the_person_its_label_names(sample: str) -> None:
    """The revised speech's asterisk is no part of the name; the chair's office printed alone
    after the holder's name is that holder."""
    assert turn_ids(sample_tei(sample)) == TURN_IDS[sample]


def test_the_dumas_title_is_the_house_and_its_date_in_the_old_orthography() -> None:
    tei = sample_tei("ru-duma-old-orthography.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "ГОСУДАРСТВЕННАЯ ДУМА."
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "1912-11-16"
    chair = tei.xpath("//t:person[@xml:id='predsedatel']", namespaces=NS)[0]
    assert chair.get("role") == "chair"


def test_a_page_number_with_its_thousands_comma_is_furniture() -> None:
    tei = sample_tei("en-imtfe-spaced-qa.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "en-imtfe-spaced-qa.txt"
    assert "21,234" not in tei.xpath("string(//t:body)", namespaces=NS)


def test_a_members_place_after_aus_and_the_halls_bravo() -> None:
    tei = sample_tei("de-frankfurt-1848-place.txt")
    parts = [
        (etree.QName(part).localname, part.text)
        for part in tei.xpath(
            "//t:person[@xml:id='reichenbach-aus-schlesien']/t:persName[1]/*", namespaces=NS
        )
    ]
    assert parts == [("surname", "Reichenbach"), ("addName", "aus Schlesien")]
    stages = [(s.get("type"), s.xpath("string()")) for s in tei.xpath("//t:stage", namespaces=NS)]
    assert stages == [
        ("applause", "(Lebhaftes Bravo auf der Linken.)"),
        ("interjection", "(Bravo! rechts. — Unruhe.)"),
        ("applause", "(Bravos auf der Linken.)"),
    ]


def test_a_typed_transcriptions_two_hyphens_and_the_minister_addressed_by_office() -> None:
    tei = sample_tei("fr-typed-double-hyphen.txt")
    assert turn_ids(tei) == TURN_IDS["fr-typed-double-hyphen.txt"]
    assert _turns(tei)[1] == ("M. Vaucresson.--", "Je demande la parole")
    minister = tei.xpath("//t:person[@xml:id='m-delaunoy']", namespaces=NS)[0]
    assert minister.get("role") == "ministre des travaux publics"


def test_the_abbreviated_vice_president_chairs_and_the_ministers_table_is_head() -> None:
    tei = sample_tei("de-at-reichstag-1848-vicepraes.txt")
    assert turn_ids(tei) == TURN_IDS["de-at-reichstag-1848-vicepraes.txt"]
    chair = tei.xpath("//t:person[@xml:id='vicepras']", namespaces=NS)[0]
    assert chair.get("role") == "chair"
    front = tei.xpath("string(//t:front)", namespaces=NS)
    assert "Am Ministertische: Minister Wendelin" in front


def test_a_name_alone_above_the_reporters_verb_opens_the_turn() -> None:
    """The historic Hansard's web copy sets each member's name alone above the report of him,
    which opens with the reporter's verb in lower case ("said, he …", "wished to ask …"); the
    motion told in the third person with the name on its line stays the record's text."""
    tei = sample_tei("en-hansard-web-name-above-report.txt")
    assert _turns(tei) == [
        ("Mr. Pendlebury", "said, he could not a"),
        ("Viscount Harrowgate", "wished to ask the ri"),
        ("Sir Thomas Wedmore", "replied, that such a"),
        ("Mr. Pendlebury", "presented a petition"),
    ]
    assert turn_ids(tei) == TURN_IDS["en-hansard-web-name-above-report.txt"]
    assert texts(tei, "//t:body/t:div/t:p")[0].startswith("Mr. Ashcombe moved the second reading")


def test_the_abbreviated_president_and_the_reporter_and_several_members() -> None:
    """ "Präs." alone is the chair's label before a sentence opening with a capital ("Präs.
    Nach der Ansicht des Bureau ist …"), not the first word of a name read on to the stop;
    "Berichterst. X." is the reporter and "Mehrere Abg." the floor."""
    tei = sample_tei("de-at-reichstag-1848-praes.txt")
    assert speakers(etree.tostring(tei)) == TURNS["de-at-reichstag-1848-praes.txt"]
    assert speakers(etree.tostring(tei))[::3] == ["Präs.", "Präs."]
    assert turn_ids(tei) == TURN_IDS["de-at-reichstag-1848-praes.txt"]
    assert tei.xpath("//t:person[@xml:id='pras']/@role", namespaces=NS) == ["chair"]
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["mehrere-abg"]


def test_the_governments_bench_is_no_speaker_and_a_narrated_stage_gives_its_voice() -> None:
    """ "Am Bundesratstisch: X." is the head's line of the government's bench, no turn; a stage
    that narrates the chair's act before a member's cry gives the cry to the member alone; a cry
    from the right is the floor's."""
    tei = sample_tei("de-reichstag-report-bench-narrated-voice.txt")
    assert turn_ids(tei) == ["abg-brenninger", "abg-frhr-v-sallwitz"]
    stage = tei.xpath("//t:stage[t:said]", namespaces=NS)[-1]
    assert stage.xpath("t:said/@who", namespaces=NS) == ["#abg-krahl"]
    assert stage.xpath("string()", namespaces=NS).startswith("(Vizepräsident Dorn verhindert den Redner")
    persons = tei.xpath("//t:listPerson/*/@xml:id", namespaces=NS)
    assert not any(p.startswith(("am-", "vizeprasident")) for p in persons)
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["ruf-rechts"]


def test_a_court_over_its_day_on_the_line_below_is_the_head() -> None:
    """ "KING'S BENCH:" with the day on the line under it is the record's heading, not a speaker
    whose speech is the date; the motion told of counsel stays the record's text."""
    tei = sample_tei("en-kings-bench-court-over-date.txt")
    assert turn_ids(tei) == TURN_IDS["en-kings-bench-court-over-date.txt"]
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "1794-06-02"
    assert "king-s-bench" not in tei.xpath("//t:listPerson/*/@xml:id", namespaces=NS)


def test_a_day_and_month_under_the_year_of_the_protocols_head_date_the_sitting() -> None:
    """The Riksdag's protocol prints the year once, above the sitting's weekday, day and month
    ("1893. Andra Kammaren. N:o 24." / "Tisdagen den 11 april."): the two lines date it."""
    tei = sample_tei("sv-riksdag-year-above-day.txt")
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "1893-04-11"
    assert turn_ids(tei) == TURN_IDS["sv-riksdag-year-above-day.txt"]


@pytest.mark.parametrize(
    ("sample", "when"), [("sv-riksdag.txt", "2023-02-15"), ("sv-riksdag-web-anforande.txt", "2023-11-15")]
)
def test_a_day_and_month_under_a_sessions_two_years_date_the_sitting(sample: str, when: str) -> None:
    """A session opens in the autumn: "2022/23" / "den 15 februari" is in its second year,
    "2023/24" / "den 15 november" in its first."""
    tei = sample_tei(sample)
    assert tei.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == when


def test_the_sittings_heading_in_the_old_orthography_is_the_title_no_speaker() -> None:
    """A word of the old orthography ("ЗАСѢДАНІЕ", "СОРОКЪ") is read as the reformed one, so the
    sitting's heading is a field's name as "ЗАСЕДАНИЕ СОРОК ВТОРОЕ." is, no one's label, and the
    line opening the sitting is no part of the title."""
    tei = tabled_tei("ru-duma-old-orthography-sitting-heading.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "ЗАСѢДАНІЕ СОРОКЪ ВТОРОЕ."
    assert texts(tei, "//t:front/t:div/t:p") == ["Засѣданіе открывается въ 11 час. 5 мин. утра."]


def test_a_report_opening_with_a_modal_under_the_name_alone_is_the_members_turn() -> None:
    """A modal ("would not detain the House …") under "Lord Edward Halston" reports him as
    "said, …" does; the turns had run into the first member's."""
    tei = tabled_tei("en-hansard-name-above-modal.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("would not detain the House")


def test_a_short_russian_excerpt_is_russian_by_its_prepositions() -> None:
    """Russian's one-letter prepositions ("к", "о") and "да" are among its commonest words: five
    short turns with few others had been read as Belarusian ("вы", "да" are its words too)."""
    tei = tabled_tei("ru-tribunal-short-colon.txt")
    assert tei.xpath("string(/t:TEI/@xml:lang)", namespaces=NS) == "ru"


def test_the_orders_of_the_day_are_a_heading_no_speaker() -> None:
    """The section's heading "ORDERS OF THE DAY." is a field's name as "Ordre du jour" is; above a rule of hyphens it
    had been a speaker whose speech was the rule."""
    tei = tabled_tei("en-hansard-orders-of-the-day.txt")
    assert tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS) == "ORDERS OF THE DAY."


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("uk-plenum-golos-z-mistsya.txt", "golos-z-mistsya"),
        ("bg-plenum-glas-ot-zalata.txt", "glas-ot-zalata"),
        ("Kovács elvtárs: Elvtársak! Hibákat követtünk el. (Közbeszólás: Úgy van!)\n", "kozbeszolas"),
    ],
)
def test_a_voice_from_the_hall_is_the_audience_no_person(text: str, voice: str) -> None:
    """A plenum's voice from the seats or the hall ("Голос з місця.", "Глас от залата:", the
    Hungarian "Közbeszólás:" with no side named) is the audience, no person of the record; the
    Ukrainian voice's turn had run into the speech above it."""
    tei = tabled_tei(text) if text.endswith(".txt") else text_tei(text)
    group = tei.xpath(f"//t:personGrp[@xml:id='{voice}']", namespaces=NS)
    assert [g.get("role") for g in group] == ["audience"]
    assert not tei.xpath(f"//t:person[@xml:id='{voice}']", namespaces=NS)


def test_a_minister_named_before_two_offices_is_one_label() -> None:
    """The holder named first, then "Staatssekretär des Innern, Bevollmächtigter zum Bundesrat",
    is one label whose role is both offices; his speech had run into the President's."""
    tei = tabled_tei("de-reichstag-minister-two-offices.txt")
    minister = tei.xpath("//t:person[@xml:id='graf-v-holtzbrinck']", namespaces=NS)[0]
    assert minister.get("role") == "Staatssekretär des Innern, Bevollmächtigter zum Bundesrat"


def test_two_hyphens_after_a_labels_stop_are_its_dash() -> None:
    """The label "M. le président. --" ends in its dash, as "M. le président. —" is; the two
    hyphens had opened every speech."""
    tei = tabled_tei("fr-chambre-ocr-typed-dashes.txt")
    assert texts(tei, "//t:sp/t:p")[0] == "La parole est à M. Varenne-Dubois."


def test_a_running_head_in_mixed_case_printed_once_inside_a_sentence_is_furniture() -> None:
    """The page's head with the sitting's date and its page set off at the margin, standing
    between the halves of a split word, is the page's, no words of the member's speech."""
    tei = tabled_tei("de-reichstag-running-head-once.txt")
    assert "Sitzung" not in tei.xpath("string(//t:body)", namespaces=NS)
    assert texts(tei, "//t:list[@type='furniture']/t:item[@ana='running-head']") == [
        "Reichstag. — 61. Sitzung. Freitag den 16. März 1906. 1873"
    ]


def test_a_footnotes_mark_before_the_labels_colon_is_part_of_the_label() -> None:
    """The mark of the note on a speech ("(D. Vp.)¹):", "*):") ends the label before its colon;
    the member's speech had run into the President's turn."""
    tei = tabled_tei("de-reichstag-footnote-mark-label.txt")
    assert texts(tei, "//t:sp[2]/t:p")[0].startswith("Meine Damen und Herren! Ich habe")

"""Central European, Malay and Greek shapes: a Hungarian deputy chair's office after the name
(`Dr. Kiss Zoltán alelnök:`), the Sabor's presiding holder in CAPITALS after the office's colon
(`PREDSJEDNIK: dr. ŽARKO DOMLJAN`), a German hearing's name, street and role set off by dashes
(`Klaus Meier – Lindenweg – Anwohner:`), two holders reported before a colon (`Der Minister und
der Staatssekretär sagten:`), the Malay members addressed in the plural and a compound noun a
form of address opens (`Yang Berhormat Ahli-Ahli Dewan:`, `Ibu kota:`), Greek abbreviated
dialogue labels after a question (`Σωκ.` / `Ἐλ.`) and a Soviet label letter-spaced beside the
same printed solid (`Т о в. С т а л и н.` / `Тов. Сталин.`). Each in an invented sample (labels in
turns.toml, persons in ids.toml) and with a line of the same shape that keeps its reading."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_a_deputy_chair_s_office_after_the_name_is_the_role() -> None:
    """ "Dr. Kiss Zoltán alelnök:": the person is Dr. Kiss Zoltán, the office his role, and the
    name printed alone later ("Kiss Zoltán:") is the same person."""
    root = tabled_tei("hu-ogy-alelnok-after-name.txt")
    roles = root.xpath("//t:person[@xml:id='dr-kiss-zoltan']/@role", namespaces=NS)
    assert roles and "alelnök" in roles[0]


def test_an_office_after_a_surname_alone_stays_the_label_s() -> None:
    """The negative: one name word before the office ("Kiss alelnök:") is no name and office
    parted, as it is not for "elnök"."""
    root = text_tei(
        "AZ ÜLÉS\n\nDr. Kovács Péter elnök: Megnyitom.\n\nKiss alelnök: Köszönöm.\n\nDr. Kovács Péter elnök: Bezárom.\n"
    )
    assert turn_ids(root) == ["dr-kovacs-peter", "kiss-alelnok", "dr-kovacs-peter"]


def test_a_presiding_holder_in_capitals_after_a_lower_case_address_is_the_label_s() -> None:
    """ "PREDSJEDNIK: dr. ŽARKO DOMLJAN" over the speech: the holder is the label's person, the
    chair's office alone later the same person; the Mixed case holder beside it stays."""
    root = tabled_tei("hr-sabor-presiding-capitals-holder.txt")
    assert turn_paragraphs(root)[0].startswith("Poštovane zastupnice i zastupnici")


def test_officers_in_capitals_listed_one_under_another_are_a_head() -> None:
    """The negative: "PREDSJEDNIK: dr. ŽARKO DOMLJAN" / "TAJNIK: mr. IVAN MARIĆ" one under the
    other are a head's officers, no turns with no words."""
    root = tabled_tei("hr-sabor-officers-capitals-head.txt")
    assert "ŽARKO DOMLJAN" not in " ".join(turn_speakers(root))


def test_a_name_street_and_role_set_off_by_dashes_are_one_label() -> None:
    """ "Klaus Meier – Lindenweg – Anwohner:": the person is the name, the street and the role
    after it his role."""
    root = tabled_tei("de-buergeranhoerung-name-strasse-rolle.txt")
    roles = root.xpath("//t:person[@xml:id='klaus-meier']/@role", namespaces=NS)
    assert roles == ["Lindenweg – Anwohner"]


def test_a_clause_between_dashes_and_a_heading_s_parts_stay_no_label() -> None:
    """The negatives: a clause set off by dashes before the colon ("Bürgermeister Hoffmann – so
    hieß es – hat zugesagt:") and a heading's parts whose last is no role ("Mill Lane – Footpath
    Repairs – Report:", "Mill Lane – Footpath – Residents:" an item's heading as with two hyphens)
    are no labels."""
    root = text_tei(
        "Sitzung\n\nVorsitzender Thomas Berg: Bitte.\n\nKlaus Meier: Dazu ein Satz.\n\n"
        "Bürgermeister Hoffmann – so hieß es – hat zugesagt: Das stimmt nicht.\n\n"
        "Vorsitzender Thomas Berg: Danke.\n"
    )
    assert turn_speakers(root) == ["Vorsitzender Thomas Berg:", "Klaus Meier:", "Vorsitzender Thomas Berg:"]
    root = text_tei(
        "Minutes\n\nChair Ann Hill: Next item.\n\nMill Lane – Footpath Repairs – Report: The works are "
        "complete.\n\nChair Ann Hill: Thank you.\n"
    )
    assert turn_speakers(root) == ["Chair Ann Hill:", "Chair Ann Hill:"]
    root = text_tei(
        "Minutes\n\nChair Ann Hill: Next item.\n\nMill Lane – Footpath – Residents: The works are "
        "complete.\n\nChair Ann Hill: Thank you.\n"
    )
    assert turn_speakers(root) == ["Chair Ann Hill:", "Chair Ann Hill:"]


def test_two_holders_reported_before_a_colon_are_the_speech() -> None:
    """ "Der Minister und der Staatssekretär sagten:", "The witness and her counsel said:", "A
    kormány és a miniszter:": a speech's sentence reporting two holders, kept in the turn."""
    root = tabled_tei("de-ausschuss-zwei-amtstraeger-sagten.txt")
    assert "Der Minister und der Staatssekretär sagten:" in turn_paragraphs(root)
    root = tabled_tei("en-crown-court-witness-and-counsel-said.txt")
    assert "The witness and her counsel said:" in turn_paragraphs(root)
    root = tabled_tei("hu-bizottsag-kormany-es-miniszter.txt")
    assert "A kormány és a miniszter:" in turn_paragraphs(root)


def test_joint_labels_and_one_holder_of_two_offices_stay_labels() -> None:
    """The negatives: persons named jointly ("Mr Brown and Mr Green:") and one holder of two
    offices ("The Chairman and Chief Executive:") stay labels."""
    root = text_tei(
        "Transcript\n\nTHE JUDGE: Yes.\n\nMr Brown and Mr Green: We object.\n\nTHE JUDGE: Noted.\n"
    )
    assert turn_speakers(root) == ["THE JUDGE:", "Mr Brown and Mr Green:", "THE JUDGE:"]
    root = text_tei(
        "Minutes\n\nThe Chairman and Chief Executive: Good morning.\n\nMr Lee: Thank you.\n\n"
        "The Chairman and Chief Executive: Next item.\n"
    )
    assert turn_ids(root) == [
        "the-chairman-and-chief-executive",
        "mr-lee",
        "the-chairman-and-chief-executive",
    ]


def test_the_members_addressed_in_the_plural_and_a_compound_noun_are_the_speech() -> None:
    """ "Yang Berhormat Ahli-Ahli Dewan:" (the members of the House addressed, the plural by a
    doubled word) and "Ibu kota: …" (the capital city) are the minister's words."""
    root = tabled_tei("ms-dewan-rakyat-ahli-ahli-ibu-kota.txt")
    said = turn_paragraphs(root)
    assert "Yang Berhormat Ahli-Ahli Dewan:" in said
    assert any(text.startswith("Ibu kota: Kuala Lumpur") for text in said)


def test_a_name_after_the_form_of_address_stays_a_label() -> None:
    """The negatives: a name after "Ibu" ("Ibu Siti:") and after "Yang Berhormat Tuan" are
    labels."""
    root = text_tei(
        "RAPAT DPRD\n\nKetua: Silakan, Ibu Siti.\n\nIbu Siti: Terima kasih. Kami setuju.\n\nKetua: Baik.\n"
    )
    assert turn_speakers(root) == ["Ketua:", "Ibu Siti:", "Ketua:"]
    root = text_tei(
        "DEWAN RAKYAT\n\nTuan Yang di-Pertua: Sila.\n\nYang Berhormat Tuan Lim Kok Wing: Terima kasih.\n\n"
        "Tuan Yang di-Pertua: Terima kasih.\n"
    )
    assert turn_ids(root)[1] == "yang-berhormat-tuan-lim-kok-wing"


def test_greek_abbreviated_labels_after_a_question_are_labels() -> None:
    """ "Σωκ." / "Ἐλ.": the line above ending with the Greek question mark (the semicolon NFC
    makes of it) ends its sentence; no wrap cut it."""
    tabled_tei("el-dialogos-polytonic-abbreviated.txt")


def test_a_label_letter_spaced_is_the_one_printed_solid() -> None:
    """ "Т о в. С т а л и н." and "Тов. Сталин." are one speaker; a name printed solid after the
    spaced form of address ("Т о в. Молотов.") is read as before."""
    tabled_tei("ru-stenogramma-letter-spaced-tov.txt")
    root = text_tei(
        "СТЕНОГРАММА\n\nТ о в. Молотов. Предлагаю начать.\n\nТов. Сталин. Хорошо.\n\nТов. Молотов. Начинаем.\n"
    )
    assert turn_ids(root) == ["tov-molotov", "tov-stalin", "tov-molotov"]


def test_a_profession_after_another_language_s_form_of_address_stays_a_label() -> None:
    """The negative in another language: a Polish form of address before a profession in lower
    case ("Pan profesor:", "Pan mecenas:") names the expert heard; only the listed compound
    nouns a form of address opens (``titled_compounds``: the Malay "Ibu kota") are fields."""
    root = text_tei(
        "Posiedzenie Komisji\n\nPrzewodniczący Jan Nowak: Otwieram posiedzenie. Proszę, pan profesor.\n\n"
        "Pan profesor: Dziękuję bardzo. Przedstawię opinię.\n\nPrzewodniczący Jan Nowak: Dziękuję. Pan mecenas.\n\n"
        "Pan mecenas: Dziękuję. Mam uwagi.\n"
    )
    assert turn_speakers(root) == [
        "Przewodniczący Jan Nowak:",
        "Pan profesor:",
        "Przewodniczący Jan Nowak:",
        "Pan mecenas:",
    ]


def test_holders_in_capitals_under_the_chair_s_speech_line_stay_labels() -> None:
    """The negative of the head's list: each line a paragraph, the chair's office and speech on
    the line above ("PREDSJEDNIK: Hvala. Riječ ima …") is no officer listed, and the holder in
    CAPITALS under it is the label's."""
    root = text_tei(
        "SABOR\n\nPREDSJEDNIK: Otvaram sjednicu. Riječ ima zastupnik Babić.\nZASTUPNIK: dr. PETAR BABIĆ\n"
        "Hvala lijepa. Podržavam prijedlog.\nPREDSJEDNIK: Hvala. Riječ ima zastupnica Kovač.\n"
        "ZASTUPNICA: mr. MARIJA KOVAČ\nZahvaljujem. Imam primjedbu.\nPREDSJEDNIK: Hvala.\n"
    )
    assert "ZASTUPNIK: dr. PETAR BABIĆ" in turn_speakers(root)
    assert "ZASTUPNICA: mr. MARIJA KOVAČ" in turn_speakers(root)

"""Shapes an earlier round left unread (samples in tests/data/labels/, names invented; their
labels in turns.toml, their persons in ids.toml): a council's head field listing its chairs by
form of address and name, flattened or a line a field; a council's ata flattened to one line,
its labels opened by an article before the office; an acta's opening sentence a narrow
column wraps; a label of 1850 ended by a colon and a dash after its description; the abbreviated
offices of 1848 before a name; a head of state the General Assembly hears; two presidents in one
field; the eldest member who took the chair; the group and country under a name alone; a Greek name
in CAPITALS cased with the accents the record prints; the Philippine Senate's presiding
senator."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, texts


def test_a_field_listing_the_chairs_by_form_of_address_is_no_turn() -> None:
    # "Vorsitzende: GR Mag. X, GRin Y, …, BSc und GRin Dr. W": the head's, no speaker "Vorsitzende"
    for sample in (
        "de-at-sitzungsbericht-vorsitzende-feld.txt",
        "de-at-sitzungsbericht-vorsitzende-zeile.txt",
    ):
        tei = tabled_tei(sample)
        assert not tei.xpath("//t:person[@xml:id='vorsitzende']", namespaces=NS)
    tei = sample_tei("de-at-sitzungsbericht-vorsitzende-zeile.txt")
    presiding = texts(tei, "//t:front/t:div[@type='presiding']/t:p")
    assert presiding == [
        "Vorsitzende: GR Mag. Lukas Steinbacher, GRin Andrea Pfeffer, GRin Dipl.-Ing. Martina Ebner,"
        " BSc und GRin Dr. Sonja Kreindl"
    ]


def test_an_articled_office_after_a_sentence_opens_a_turn_inside_a_flattened_line() -> None:
    # "… Nacional”. O vereador X: “…”": the article opens the label, as it does at a line's start
    tei = tabled_tei("pt-br-ata-camara-corrida.txt")
    assert tei.xpath("string(//t:person[@xml:id='o-senhor-presidente']/@role)", namespaces=NS) == "chair"


def test_an_actas_opening_sentence_a_narrow_column_wraps_is_one_paragraph() -> None:
    # "En la Villa de X a" / "NUEVE DE MAYO DE DOS MIL" / … / "D. Tomás Albero" / "Gimeno y los …"
    tei = sample_tei("es-acta-apertura-envuelta.txt")
    body = texts(tei, "//t:body//t:p")
    assert body[0].startswith("En la Villa de Valdecastro a NUEVE DE MAYO DE DOS MIL QUINCE, siendo")
    assert body[0].endswith(
        "D. Tomás Albero Gimeno y los Sres Concejales que al margen se expresan, previamente citados en forma."
    )
    assert texts(tei, "//t:front/t:div[@type='list']/t:p")[-1] == "Dª ELENA SANZ FERRIZ."
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "2015-05-09"


def test_a_colon_and_a_dash_after_a_description_end_a_label() -> None:
    # "M. X, s'adressant a M. Y, au milieu du bruit:—Je prie …": a turn, the description its role
    tei = tabled_tei("fr-chambre-1850-deux-points-tiret.txt")
    role = tei.xpath("string(//t:person[@xml:id='m-anselme-tardival']/@role)", namespaces=NS)
    assert role == "s'adressant a M. Berniquet, au milieu du bruit"


def test_an_abbreviated_office_before_a_name_reads_the_name() -> None:
    # "Secr. Wiesenauer. Es sind …", "Vicepräs. Strobach. Ich ersuche …"; "Secr. Die Petition …" alone
    tei = tabled_tei("de-at-reichstag-1848-secr-name.txt")
    assert tei.xpath("string(//t:person[@xml:id='vicepras-strobach']/@role)", namespaces=NS) == "chair"


def test_a_head_of_state_named_after_the_office_is_no_chair_beside_the_articled_chair() -> None:
    # "President X (spoke in Spanish):" beside "The Acting President:": a visitor, no chair
    tei = tabled_tei("en-ga-visiting-head-of-state.txt")
    assert (
        tei.xpath("string(//t:person[@xml:id='president-veridan-casqueira']/@role)", namespaces=NS)
        == "President"
    )
    assert tei.xpath("string(//t:person[@xml:id='ondaro']/@role)", namespaces=NS) == "chair"


def test_two_presidents_in_one_field_make_no_one_chair() -> None:
    # "President: Mr. X/Mr. Y ..... (Northland)": "The President:" is no person "X/Mr. Y"
    tei = tabled_tei("en-un-sc-two-presidents.txt")
    assert tei.xpath("string(//t:person[@xml:id='the-president']/@role)", namespaces=NS) == "chair"
    assert "Orlenko" not in tei.xpath("string(//t:listPerson)", namespaces=NS)


def test_a_long_clause_after_the_name_of_who_took_the_chair() -> None:
    # "Mr X, the longest-serving member of the Assembly, took the Chair at 11.35 a.m."
    tei = tabled_tei("en-coe-pace-eldest-took-chair.txt")
    assert tei.xpath("string(//t:person[@xml:id='dorvalek']/@role)", namespaces=NS) == "chair"


def test_the_group_and_country_under_a_name_alone_are_its_role() -> None:
    # "Mr X" / "Government (Norland)" / "Allow me …": the line under the name is the role
    tei = tabled_tei("en-ilc-role-under-name.txt")
    role = tei.xpath("string(//t:person[@xml:id='mr-halvorsrud']/@role)", namespaces=NS)
    assert role == "Government (Norland)"
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Allow me to congratulate you, Mr President, on your election to this high office."
    ]


def test_a_greek_name_in_capitals_takes_the_accent_the_record_prints() -> None:
    # "ΣΠΥΡΙΔΩΝ ΜΑΥΡΙΔΗΣ:" and "ο κ. Μαυρίδης": the surname "Μαυρίδης", not "Μαυριδης"
    tei = tabled_tei("el-vouli-capitals-accents.txt")
    surname = "//t:person[@xml:id='spyridon-mavridis']/t:persName[1]/t:surname"
    assert texts(tei, surname) == ["Μαυρίδης"]


def test_the_senator_in_brackets_after_the_filipino_chair_is_the_person() -> None:
    # "ANG TAGAPANGULO (Sen. X).": the senator presides
    tei = tabled_tei("fil-senado-tagapangulo.txt")
    assert tei.xpath("string(//t:person[@xml:id='sen-villaroza']/@role)", namespaces=NS) == "chair"

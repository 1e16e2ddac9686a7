"""Labels earlier rounds left: a company's speaker with an office of two parts after the name's
comma, a company's officer named by the office alone, a list's heading alone with its colon
over names one a line, the chair addressed first of a speech's vocatives and a shareholders'
representative unnamed; and what only looks so (a roll of those present, an address line, a
byline, a dateline, a letter's signature, a secretary reading a list out, the chair's misread
stop, a representative's reported words), each in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, name_parts_of, sample_tei, tabled_tei, texts


def test_a_name_and_an_office_of_two_parts_after_commas_alone_above_the_speech() -> None:
    """ "Daniel Okoro, Senior Vice President, Sales" and "Ana Ruiz, Head of Investor Relations,
    Halvard Industries Inc." (a firm's abbreviated ending last), each printed once above the
    speech of an earnings call: the speaker's label, the office's parts its role, as the
    one-comma form "Priya Nair, Chief Financial Officer" beside them."""
    root = tabled_tei("en-earnings-call-name-office-two-commas.txt")
    assert len(root.xpath("//t:sp[2]/t:p", namespaces=NS)) == 2
    roles = root.xpath("//t:person/@role", namespaces=NS)
    assert roles[:2] == [
        "Head of Investor Relations – Halvard Industries Inc.",
        "Senior Vice President – Sales",
    ]


def test_a_name_and_office_on_the_text_s_first_line_beside_another_is_a_label() -> None:
    """An excerpt that opens with its first speaker, "Daniel Okoro, Senior Vice President,
    Sales" its first line, a second speaker's "Priya Nair, Chief Financial Officer" below: both
    labels, no title; a profile's heading of the same shape over a paragraph about the person,
    the only such line of its text, stays the title."""
    tabled_tei("en-earnings-call-first-line-two-commas.txt")
    root = sample_tei("en-profile-name-comma-office-title.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    assert texts(root, "//t:titleStmt/t:title[1]") == ["Helen Marsh, Chair of the Board"]


def test_a_roll_an_address_a_byline_a_dateline_and_a_signature_of_two_commas_stay_text() -> None:
    """ "Suite 400, 12 Main Street, Springfield", "By Tom Avery, Staff Writer, The Lowfield
    Courier", "Springfield, 3 June, 2026", a roll under "Present:" of the labels' own shape and
    a letter's "Jonathan Reed, Audit Director, Reed & Cole Ltd." read out in the last speech:
    no turn of their own."""
    root = tabled_tei("en-agm-roll-address-two-commas.txt")
    assert texts(root, "//t:sp[3]/t:p")[-2:] == [
        "Yours faithfully,",
        "Jonathan Reed, Audit Director, Reed & Cole Ltd.",
    ]
    outside = " ".join(
        texts(root, "//t:text//t:p[not(ancestor::t:sp)]") + texts(root, "//t:titleStmt/t:title")
    )
    for line in ("Daniel Okoro, Senior Vice President, Sales", "By Tom Avery, Staff Writer", "Suite 400"):
        assert line in outside


def test_a_company_s_officer_named_by_the_office_alone_is_a_role_with_no_surname() -> None:
    """ "The Chief Executive Officer:", "The Chief Financial Officer:" and "The Company
    Secretary:" name an office of the vocabulary whole, as "THE CHAIRMAN:" does: a role, its
    id the office's words and no part of it a surname ("Officer", "Financial", "Secretary");
    the office before a holder's name ("Chief Operating Officer Rhys Bevan:") leaves the name
    its forename and surname."""
    root = tabled_tei("en-agm-office-only-labels.txt")
    for ident in ("the-chief-executive-officer", "the-chief-financial-officer", "the-company-secretary"):
        assert name_parts_of(root, ident) == []
    assert name_parts_of(root, "chief-operating-officer-rhys-bevan") == [
        ("roleName", "office", "Chief Operating Officer"),
        ("forename", None, "Rhys"),
        ("surname", None, "Bevan"),
    ]


def test_a_list_s_heading_alone_with_its_colon_over_names_one_a_line_is_no_turn() -> None:
    """ "Intervienen:" and "Votaron a favor:" alone with their colon over a blank line and
    names with their roles one a line: a list's heading, no speaker, for a speech is no list
    of names; the secretary's office over the same list ("El señor SECRETARIO:") reads it out
    and keeps its turn."""
    root = tabled_tei("es-comision-intervienen-list-heading.txt")
    assert texts(root, "//t:body/t:div[1]/t:p") == [
        "Intervienen:",
        "Marta Salgado Ruiz, presidenta de la comisión Joaquín Peral Ortega, diputado Lucía Ferrer "
        "Blanco, diputada",
    ]
    assert texts(root, "//t:sp[4]/t:p") == [
        "Marta Salgado Ruiz, presidenta de la comisión Lucía Ferrer Blanco, diputada"
    ]
    assert "Votaron a favor:" in texts(root, "//t:sp[5]/t:p")
    root = tabled_tei("fr-conseil-municipal-intervenants-list-heading.txt")
    assert texts(root, "//t:body/t:div/t:p")[0] == "Intervenants :"


def test_the_chair_addressed_first_of_several_vocatives_is_the_speech() -> None:
    """ "M. le président, M. le ministre, vous nous dites …" opening a paragraph of a
    member's speech addresses the chair and then the minister: the member's words, no turn of
    the chair's; "M. le président, La parole est à …", the chair's stop misread as a comma, is
    still the chair's label."""
    root = tabled_tei("fr-assemblee-president-addressed-first.txt")
    assert texts(root, "//t:sp[2]/t:p")[1].startswith("M. le président, M. le ministre, vous nous dites")
    assert texts(root, "//t:sp[3]/t:p") == ["La parole est à M. le ministre."]


def test_a_representative_of_the_shareholders_unnamed_is_a_label_and_reported_speech_none() -> None:
    """ "Un représentant de l'association des actionnaires :" asks from the hall of a general
    meeting, its body named after it: a label, as "Un actionnaire individuel :" is; "Un
    représentant des actionnaires a répondu :" reports what one said, the chair's words."""
    root = tabled_tei("fr-assemblee-generale-representant-actionnaires.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Pourquoi le dividende baisse-t-il cette année alors que le résultat progresse ?"
    ]
    assert texts(root, "//t:sp[3]/t:p")[-1].startswith("Un représentant des actionnaires a répondu :")

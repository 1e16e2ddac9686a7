"""The twenty-seventh round's pass over the shapes its hunts left: a call from the floor in a
bracket opened with a space, an answer's word in full after a question that bids, the
tribunal's witness and examination headings in Croatian, a French council's heading naming whose
intervention follows, a German court's head field of an office with words in lower case and a
name, the Althingi's rapporteur with the committee abbreviated."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_call_in_a_bracket_opened_with_a_space_names_its_group_without_the_space() -> None:
    """``( Gripið fram í: Það er of lengi.)`` is the floor's call: the group's name and label
    start at its first word, the bracket's space stays before the voice."""
    root = tabled_tei("is-althingi-gripid-fram-i-spaced.txt")
    assert texts(root, "//t:personGrp/t:name") == ["Gripið fram í"]
    assert texts(root, "//t:said/t:label") == ["Gripið fram í:"]
    assert texts(root, "//t:stage[@type='interjection']") == ["( Gripið fram í: Það er of lengi.)"]
    assert root.xpath("//t:said/@who", namespaces=NS) == ["#gripid-fram-i"]


def test_an_answers_word_in_full_after_a_bidding_question_is_the_witness() -> None:
    """``ODGOVOR:`` under counsel's ``Recite nam ko je potpisao to naređenje.`` is the witness's
    answer though the question bids with no question mark: no person ``odgovor``."""
    root = tabled_tei("sr-sudjenje-odgovor-after-request.txt")
    assert "odgovor" not in root.xpath("//t:person/@xml:id", namespaces=NS)
    assert root.xpath("//t:sp[t:speaker='ODGOVOR:']/@who", namespaces=NS) == ["#svjedok", "#svjedok"]


def test_the_tribunals_witness_and_examination_headings_in_croatian_name_who_answers_and_asks() -> None:
    """``SVJEDOK: MARKO PETROVIĆ [nastavak]`` and ``Ispituje g. Ilić: [nastavak]`` are headings,
    as their English ``WITNESS: … [Resumed]`` and ``Examination by Mr. … [Continued]`` are: the
    answers are Marko Petrović's, the questions Mr Ilić's."""
    root = tabled_tei("hr-icty-svjedok-ispituje-nastavak.txt")
    assert texts(root, "//t:head") == ["SVJEDOK: MARKO PETROVIĆ [nastavak]", "Ispituje g. Ilić: [nastavak]"]
    assert root.xpath("//t:sp[t:speaker='O:']/@who", namespaces=NS) == ["#marko-petrovic"] * 2
    assert root.xpath("//t:sp[t:speaker='P:']/@who", namespaces=NS) == ["#g-ilic"] * 2


def test_a_heading_naming_whose_intervention_follows_opens_that_turn() -> None:
    """``Intervention de M. le Maire`` with the speech right under it and no name below is the
    heading of the mayor's turn, no words of a paragraph glued to it."""
    root = tabled_tei("fr-conseil-intervention-heading-no-label.txt")
    assert texts(root, "//t:head") == [
        "Intervention de M. le Maire",
        "Intervention de Mme Garnier",
        "Intervention de M. le Maire",
    ]
    assert texts(root, "(//t:sp)[2]/t:p") == [
        "Notre groupe s'abstiendra, faute d'avoir obtenu les chiffres des travaux de voirie."
    ]


def test_a_head_field_of_an_office_with_lower_case_words_and_a_name_is_the_heads() -> None:
    """``Vorsitzende: Richterin am Landgericht Dr. Weidner`` over the first speech is a field of
    the head naming the presiding judge, no turn; ``Vorsitzende:`` below is Weidner."""
    root = tabled_tei("de-landgericht-head-office-lower-case.txt")
    assert texts(root, "//t:front//t:p")[0] == "Vorsitzende: Richterin am Landgericht Dr. Weidner"
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["weidner"]


def test_the_althingis_rapporteur_with_the_committee_abbreviated_is_one_label() -> None:
    """``Frsm. meiri hluta stjórnsk.- og eftirln. (Ásta Jónsdóttir) (F) …:`` is the rapporteur's
    label, the stops of its abbreviations and the hyphen after one inside it: Ásta Jónsdóttir
    speaks, no words of the chair's turn."""
    root = tabled_tei("is-althingi-frsm-committee-abbreviated.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("Frú forseti.")

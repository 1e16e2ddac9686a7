"""Broadcast debates and interviews, and the minutes of associations', unions' and cooperatives'
general meetings (invented samples; labels in turns.toml, persons in ids.toml): a member from the
floor unnamed after an indefinite article ("Un adhérent :", "A member:", "Un socio:"), the Polish
member of the association with no article, the board's treasurer in the Romance and Germanic
languages, the debate's moderator in Mixed case among candidates' surnames in CAPITALS, a
Swahili meeting's decision as a field, and a union's name heading its minutes with its branch
or its acronym, no speaker."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_unnamed_member_of_the_association_from_the_floor() -> None:
    """ "Un adhérent :", "Une adhérente :" ask from the floor; "La trésorière :" answers."""
    root = tabled_tei("fr-ag-amicale-adherent-anonyme.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Les parcelles du bas seront-elles enfin drainées ?"]
    assert texts(root, "//t:sp[6]/t:p")[0] == "La subvention de la commune couvre la moitié."


def test_a_cooperative_s_member_and_its_field_of_attendance() -> None:
    """ "Un socio:" under the manager's answer is a voice; "Asistentes: 112 socios …" a field."""
    root = tabled_tei("es-asamblea-cooperativa-socio-anonimo.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["¿Y cómo se financia eso?"]
    assert "Asistentes: 112 socios presentes y 23 representados." in texts(root, "//t:div//t:p")


def test_a_member_reported_in_the_chair_s_speech_stays_speech() -> None:
    """ "A member asked: …" inside a turn reports a question: no hall's voice."""
    paragraphs = [
        "The Chair: Let me report what happened at the last open meeting.\n"
        "A member asked: why has the repair budget been cut?\n"
        "I answered that the council had cut it, not us.",
        "Treasurer: The accounts are in order.",
        "The Chair: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["The Chair:", "Treasurer:", "The Chair:"]


def test_a_union_s_name_and_branch_heading_its_minutes_is_no_speaker() -> None:
    """ "GENERAL AND MUNICIPAL STAFF UNION — BRANCH 27" over the minutes' title is the union's
    branch, a division and its number; the members who ask are "A member:"."""
    root = tabled_tei("en-union-branch-agm-a-member.txt")
    assert "GENERAL AND MUNICIPAL STAFF UNION" not in " ".join(texts(root, "//t:sp/t:speaker"))
    assert texts(root, "//t:sp[5]/t:p") == ["Will the branch fund a recruitment day there?"]


def test_the_moderator_in_mixed_case_among_surnames_in_capitals() -> None:
    """ "Moderátorka:" is the debate's role, no odd shape beside "KRATOCHVÍL:" and "BENEŠOVÁ:"."""
    root = tabled_tei("cs-debata-moderatorka-prijmeni.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Pane Kratochvíle, začnu u vás. Proč vláda zvyšuje daně?"]


def test_a_moderator_field_in_the_head_stays_a_field() -> None:
    """ "Moderator: Lena Brooks" in the head names who moderates, no turn of hers."""
    paragraphs = [
        "Town Hall Debate: Mayoral Candidates\nModerator: Lena Brooks\nDate: 4 October 2022",
        "LENA BROOKS: Welcome, everyone. Let's start with transit.",
        "SAM ORTIZ: Thank you, Lena. Transit is broken.",
        "KAY LIN: It's underfunded, not broken.",
        "LENA BROOKS: Thank you both.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["LENA BROOKS:", "SAM ORTIZ:", "KAY LIN:", "LENA BROOKS:"]


def test_the_polish_member_of_the_association_with_no_article() -> None:
    root = tabled_tei("pl-walne-zebranie-czlonek-stowarzyszenia.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Na co przeznaczymy nadwyżkę?"]


def test_a_union_s_acronym_after_its_name_and_the_decision_field() -> None:
    """ "CHAMA CHA WALIMU WASTAAFU TANZANIA (CHAWATA)" is the body and its acronym, no person and
    party; "Uamuzi:" (the decision) is the minutes' field, no fifth speaker."""
    root = tabled_tei("sw-chama-mkutano-kifupisho-uamuzi.txt")
    assert "Uamuzi:" not in texts(root, "//t:sp/t:speaker")


def test_a_candidate_s_party_after_three_names_stays_a_label() -> None:
    """A party whose letters do not open the names ("JANE MARY DOE (SNP)") is the role; one whose
    letters happen to ("NATALIA UGARTE MENDOZA (NUM)") loses only the role's weight, and the
    colon and the capitals keep the label."""
    paragraphs = [
        "Election night special",
        "PRESENTER: We're joined by two candidates.",
        "JANE MARY DOE (SNP): Thank you for having me.",
        "NATALIA UGARTE MENDOZA (NUM): Good evening.",
        "PRESENTER: Let's begin.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "PRESENTER:",
        "JANE MARY DOE (SNP):",
        "NATALIA UGARTE MENDOZA (NUM):",
        "PRESENTER:",
    ]


def test_a_report_s_heading_read_out_at_the_meeting_is_no_speaker() -> None:
    """ "REPORT OF THE BRANCH SECRETARY" alone over the report names an office, and heads the
    text she reads: no turn of a person so named; the report stays in the record."""
    root = tabled_tei("en-union-agm-report-of-secretary-heading.txt")
    assert any(p.startswith("REPORT OF THE BRANCH SECRETARY") for p in texts(root, "//t:sp[1]/t:p"))


def test_the_minutes_title_naming_the_members_meeting_is_no_speaker() -> None:
    """ "NOTULEN RAPAT ANGGOTA TAHUNAN" (the minutes of the members' annual meeting) holds the
    member's office word, and is the title; "Seorang anggota:" asks from the floor."""
    root = tabled_tei("id-koperasi-notulen-rapat-anggota.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Kapan sisa hasil usaha dibagikan?"]


def test_a_report_s_office_speaking_under_its_own_label_stays_a_label() -> None:
    """The office alone with its colon still speaks: "Branch Secretary:" is no report's heading."""
    paragraphs = [
        "The Chair: The secretary will now report.",
        "Branch Secretary: Membership rose by forty this year.",
        "The Chair: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["The Chair:", "Branch Secretary:", "The Chair:"]

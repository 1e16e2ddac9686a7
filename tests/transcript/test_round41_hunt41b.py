"""Commonwealth Hansards of Africa and the Pacific in short excerpts (names invented; labels in
turns.toml, persons in ids.toml): the chair addressed with its form of address on the excerpt's
first line calling the next speaker ("MR SPEAKER: Honourable Minister of …", "Hon. Speaker: Hon.
Member for …"), a turn and no field of the head; a Ugandan member's rank and its note of
retirement before the name ("MAJ. GEN. (RTD) X:", "REV. CANON Y:"), no sentence ending inside
the label; the Swahili honourable members answering ("Waheshimiwa Wabunge: Hongera!"), a group;
and the offices and chairs of Chichewa, Setswana, Tok Pisin and Maltese labels."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import _capitals_broken

CONFIG = load_config()


def test_the_addressed_chair_calling_a_minister_on_the_first_line_is_a_turn() -> None:
    """ "MR SPEAKER: Honourable Minister of Health and Wellness." opens the excerpt: the chair's
    turn calling the minister, not a field of the head naming the Speaker."""
    root = tabled_tei("en-bw-chair-addressed-calls-first.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Honourable Minister of Health and Wellness."]
    assert texts(root, "//t:front//t:p") == []


def test_the_hon_speaker_calling_a_seat_under_the_body_s_name_is_a_turn() -> None:
    root = tabled_tei("en-ke-hon-speaker-calls-seat-first.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Hon. Member for Kiamaina Ward."]


def test_the_bare_office_naming_its_holder_stays_a_field_of_the_head() -> None:
    """ "Speaker: Hon. Anita Mbabazi" under the body's name prints the office bare: the head's
    field naming who presides, no turn."""
    paragraphs = [
        "NATIONAL ASSEMBLY\nSpeaker: Hon. Anita Mbabazi\nClerk: Adolf Mugisha",
        "THE SPEAKER: Honourable members, welcome.",
        "MR JOHN NAMBOZO: Madam Speaker, I rise.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE SPEAKER:", "MR JOHN NAMBOZO:"]
    assert "Speaker: Hon. Anita Mbabazi" not in " ".join(texts(root, "//t:body//t:p"))


def test_ranks_and_their_note_of_retirement_stay_the_label_s() -> None:
    """ "MAJ. GEN. (RTD) X:", "REV. CANON Y:", "LTC. (RTD) Z:": neither the rank's stop nor the
    note's bracket ends a sentence before a label inside the line."""
    root = tabled_tei("en-ug-ranks-retired-stopped.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Mr Speaker, I seek clarification on the housing of soldiers."]
    assert texts(root, "//t:head") == []


def test_a_bracket_closing_a_sentence_before_a_flattened_label_still_ends_it() -> None:
    """A note of retirement that ends the speech's sentence with its stop after the bracket is the
    sentence's: the chair's label after it opens a turn of the flattened line."""
    paragraphs = [
        "THE SPEAKER: Honourable member.",
        "MR OKELLO: The officer is a colonel (retired). THE SPEAKER: Thank you, next item.",
        "MR OKELLO: Thank you.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["THE SPEAKER:", "MR OKELLO:", "THE SPEAKER:", "MR OKELLO:"]


def test_the_swahili_honourable_members_are_a_group() -> None:
    root = tabled_tei("sw-bunge-waheshimiwa-wabunge-group.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Hongera!"]
    # the same words with a comma open the chair's speech
    assert texts(root, "//t:sp[4]/t:p") == ["Waheshimiwa Wabunge, tutulie. Mhe. Onyango, malizia."]


def test_chichewa_setswana_tok_pisin_and_maltese_offices() -> None:
    for sample in (
        "ny-council-chichewa-offices.txt",
        "tn-kgotla-setswana-offices.txt",
        "tpi-assembly-memba-bilong.txt",
        "mt-kamra-kap-tal-opposizzjoni.txt",
    ):
        tabled_tei(sample)


def test_the_offices_first_words_are_no_office_in_other_words() -> None:
    """The Tok Pisin, Setswana and Maltese phrases are offices whole: "membaca", "tonalità",
    "Kapitel" and "Lidar" open no office."""
    for word in ("membaca", "memba", "tonalità", "tona", "kapitel", "kap", "lidar", "lida"):
        assert CONFIG.offices.search(word) is None, word
    for office in ("memba bilong kandep", "tona ya temothuo", "kap tal-oppożizzjoni", "nduna ya zaumoyo"):
        assert CONFIG.offices.search(office) is not None, office


def test_a_long_office_in_capitals_broken_by_the_wrap_s_hyphen_is_one_label() -> None:
    """ "THE MINISTER OF STATE FOR WATER AND ENVIRONMENT, WATER AND SANITA-" / "TION (Ms X): …", a
    Hansard's PDF copied: the broken word goes on below, the label whole (its hyphen as printed,
    as a word broken inside the bracket keeps it)."""
    root = tabled_tei("en-ug-hansard-pdf-office-hyphen-broken.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Mr Speaker, I also beg to lay the water report."]


def test_a_hyphen_after_a_stop_or_over_a_form_of_address_breaks_no_word() -> None:
    """A label's own dash after its stop, a word in lower case below, or a form of address
    opening the line below: no word in CAPITALS the wrap broke."""
    assert _capitals_broken("THE MINISTER OF STATE FOR WATER AND SANITA-", "TION (Ms X): Mr Speaker", CONFIG)
    assert not _capitals_broken("HON. MOLEFE.-", "SIR, I rise to support.", CONFIG)
    assert not _capitals_broken("THE MINISTER OF THE ENVIRON-", "ment (Ms X): Sir", CONFIG)
    assert not _capitals_broken("… AND WE THANK MR SMITH-", "MR SPEAKER: Order!", CONFIG)


def test_the_estimates_vote_and_programme_with_their_numbers_are_no_labels() -> None:
    """ "VOTE 29: (Ministry of … – K…)" and "Programme 4: …", the committee of supply's items:
    a division of the estimates and its number, never a speaker."""
    root = tabled_tei("en-zm-supply-vote-head-programme.txt")
    assert "Programme 4: Local Governance – K1,150,000,000" in texts(root, "//t:p")


def test_an_office_opening_with_head_keeps_its_turn() -> None:
    """ "Head" is a division of the estimates only with its number: "Head of Delegation:" and
    "Head of the Public Service (Mr X):" stay offices' labels."""
    paragraphs = [
        "The Chairperson: Order! The Head of Delegation.",
        "Head of Delegation: Madam Chairperson, we thank the committee.",
        "Head of the Public Service (Mr Kaunda): Madam Chairperson, the vote: it is too small.",
        "The Chairperson: Noted.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "The Chairperson:",
        "Head of Delegation:",
        "Head of the Public Service (Mr Kaunda):",
        "The Chairperson:",
    ]


def test_a_division_s_count_printed_as_a_field_is_no_turn() -> None:
    root = tabled_tei("en-ke-division-count-field.txt")
    assert "Division: Ayes 142, Noes 61, Abstentions 2." in texts(root, "//t:p")


def test_a_swahili_and_a_maltese_local_council_s_officers() -> None:
    """ "Mweka Hazina:", "Diwani X:", "Afisa …:"; "Sindku:" and "Viċi Sindku:" two persons, the
    mayor and the deputy, "Kunsillier X:", "Segretarju Eżekuttiv:"."""
    tabled_tei("sw-halmashauri-baraza-offices.txt")
    root = tabled_tei("mt-kunsill-lokali-sindku.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Nibdew il-laqgħa. Viċi Sindku, għandek xi tgħid?"]


def test_a_councillor_named_by_the_number_of_his_ward() -> None:
    """ "Kaunsila bilong Ward 3:" and "Councillor for Ward 7:": the office's words and the ward's
    number, two councillors."""
    tabled_tei("tpi-llg-kaunsila-ward-number.txt")
    paragraphs = ["Mayor: We begin.", "Councillor for Ward 7: Thank you, Mayor.", "Mayor: Noted."]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Mayor:", "Councillor for Ward 7:", "Mayor:"]


def test_a_numbered_item_with_no_office_stays_no_label() -> None:
    """A text's item or clause with its number names no seat: "Item 3:" and "Clause 12:" stay the
    speech's."""
    paragraphs = [
        "Mayor: We begin.",
        "Item 3: Water supply to the wards.",
        "Councillor for Ward 7: Thank you, Mayor.",
        "Clause 12: Interpretation.",
        "Mayor: Noted.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "en.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Mayor:", "Councillor for Ward 7:", "Mayor:"]


def test_the_setswana_chichewa_and_bislama_honourable_and_mister_are_forms_of_address() -> None:
    """ "Motlotlegi X:", "Rre X:", "Wolemekezeka X:", "Bambo X:", "Onorebol X:": the form of
    address is an honorific, no forename, and the label holds with its speech in lower case."""
    root = tabled_tei("tn-palamente-motlotlegi-sepikara.txt")
    assert name_parts_of(root, "motlotlegi-moatlhodi") == [
        ("roleName", "honorific", "Motlotlegi"),
        ("surname", None, "Moatlhodi"),
    ]
    assert name_parts_of(root, "rre-kgafela")[0] == ("roleName", "honorific", "Rre")
    root = tabled_tei("ny-nyumba-wolemekezeka-bambo.txt")
    assert name_parts_of(root, "bambo-chirwa")[0] == ("roleName", "honorific", "Bambo")
    root = tabled_tei("bi-palemen-onorebol.txt")
    assert name_parts_of(root, "onorebol-kalsakau")[0] == ("roleName", "honorific", "Onorebol")


def test_the_forms_of_address_inside_a_sentence_open_no_label() -> None:
    """The same words saluting the chair inside the speech, or a sentence's subject before a
    colon, stay the speech's."""
    paragraphs = [
        "Sepikara: Tlhokomelo!",
        "Motlotlegi Moatlhodi: Ke a leboga. Rre Kgafela o buile jaana: re tlaa thusa.",
        "Sepikara: Go siame.",
    ]
    root = text_tei("\n\n".join(paragraphs) + "\n", "tn.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Sepikara:", "Motlotlegi Moatlhodi:", "Sepikara:"]


def test_kenya_s_leaders_of_the_majority_and_minority_party_are_offices_with_their_holder() -> None:
    """ "The Leader of the Majority Party (Hon. X):" names its holder in brackets, who speaks
    again as "Hon. X:"; the office is no person's name."""
    root = tabled_tei("en-ke-leader-majority-party-holder.txt")
    assert name_parts_of(root, "hon-daniel-kiprono")[-1] == ("surname", None, "Kiprono")

"""Shapes of records south of the Sahara, each in an invented sample (labels in turns.toml,
persons in ids.toml): the Yoruba Speaker by the house's head ("Olórí Ilé:"); an Igbo house's
leaders of the majority and the minority ("Onye ndú ndị ka ọnụ:"); a provincial Hansard's
question number alone over the member who asks it ("Question 7:"); a court's head marking a
party's attendance after the role ("Accused: Present", "Mshtakiwa: Yupo"); a court's caption
("BETWEEN:", "Affaire : X c/ Y") and a Swahili council's attendance lists ("WALIOHUDHURIA:")."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. The Yoruba Speaker, the head of the House


def test_yoruba_house_head_is_the_chair() -> None:
    """ "Olórí Ilé:" is the Speaker's label, saluted in the speech below ("Ẹ ṣé, Olórí Ilé."):
    a salutation of the chair, no hall addressed, so each of its turns stays."""
    root = tabled_tei("yo-ile-igbimo-olori-ile-chair.txt")
    assert turn_speakers(root).count("Olórí Ilé:") == 3


def test_yoruba_house_head_in_a_sentence_stays_speech() -> None:
    """The Speaker named as the subject of a sentence with its colon ("Olórí Ilé ti sọ fún wa
    pé: …") is the member's words, no label."""
    root = text_tei(
        "ILÉ-ÌGBÌMỌ̀ AṢÒFIN\n\n"
        "Olórí Ilé: Ẹ káàárọ̀, ẹ̀yin aṣòfin.\n\n"
        "Ọ̀gbẹ́ni Bọ́lá Àjàyí: Ẹ ṣé, Olórí Ilé. Mo fẹ́ sọ pé:\n\n"
        "Olórí Ilé ti sọ fún wa pé: ẹ jẹ́ ká parí iṣẹ́ yìí.\n\n"
        "Olórí Ilé: Ẹ ṣé.\n",
        "yo.txt",
    )
    assert turn_speakers(root) == ["Olórí Ilé:", "Ọ̀gbẹ́ni Bọ́lá Àjàyí:", "Olórí Ilé:"]
    assert any(para.startswith("Olórí Ilé ti sọ") for para in turn_paragraphs(root))


# 2. An Igbo house's leaders


def test_igbo_leaders_of_majority_and_minority_are_offices() -> None:
    """ "Onye ndú ndị ka ọnụ:" and "Onye ndú ndị pere mpe:", the leaders, are offices whose
    words in lower case are no sentence's."""
    root = tabled_tei("ig-ulo-omebe-iwu-onye-ndu.txt")
    assert "Onye ndú ndị ka ọnụ:" in turn_speakers(root)


def test_igbo_leader_in_a_sentence_stays_speech() -> None:
    """The leader as a sentence's subject, a verb after the office ("… kwuru na …:"): speech."""
    root = text_tei(
        "ỤLỌ OMEBE IWU\n\n"
        "Onye isi ụlọ: Ndewo nụ.\n\n"
        "Onye nnọchianya Obi Eze: Daalụ.\n\n"
        "Onye ndú ndị ka ọnụ kwuru na ya ga-akwado ya:\n\n"
        "Onye isi ụlọ: Daalụ.\n",
        "ig.txt",
    )
    assert turn_speakers(root) == ["Onye isi ụlọ:", "Onye nnọchianya Obi Eze:", "Onye isi ụlọ:"]


# 3. A question's number alone over the member who asks it


def test_question_number_alone_over_member_is_no_label() -> None:
    """ "Question 7:" alone right over "Ms X: …?" is the question paper's item, no reporter."""
    root = tabled_tei("en-za-assembly-question-number-alone.txt")
    assert "Question 7:" not in turn_speakers(root)
    assert "Question 7:" in outside_turns(root) or any("Question 7:" in p for p in turn_paragraphs(root))


def test_briefing_question_over_its_own_text_stays_a_label() -> None:
    """A numbered question alone over its own words, no label under it, is a reporter's turn."""
    root = text_tei(
        "WHITE HOUSE PRESS BRIEFING\n\n"
        "MS. LANE: Good afternoon.\n\n"
        "Question 1:\nWhat is the plan for the clinics?\n\n"
        "MS. LANE: We will open two.\n",
        "en.txt",
    )
    assert turn_speakers(root) == ["MS. LANE:", "Question 1:", "MS. LANE:"]


# 4. A court head's attendance after the role


def test_attendance_after_role_in_the_head_is_a_field() -> None:
    """ "Prosecutor: Present" and "Accused: Present" in the head are fields; the same roles
    speak below."""
    root = tabled_tei("en-ke-court-head-attendance-present.txt")
    assert turn_speakers(root) == ["Prosecutor:", "Accused:", "PW1:", "Court:"]
    assert "Accused: Present" in outside_turns(root) or "Accused: Present" in turn_paragraphs(root)


def test_swahili_attendance_in_the_head_is_a_field() -> None:
    """ "Mshtakiwa: Yupo" (the accused is present) in a Swahili court's head is a field."""
    root = text_tei(
        "MAHAKAMA YA WILAYA YA KILOSA\nKESI YA JINAI NA. 12 YA 2024\n"
        "Mwendesha Mashtaka: Bw. Yusufu Mlay\nMshtakiwa: Yupo\n\n"
        "Mahakama: Mshtakiwa, unakubali kosa?\n\n"
        "Mshtakiwa: Hapana, Mheshimiwa.\n\n"
        "Mahakama: Kesi inaahirishwa.\n",
        "sw.txt",
    )
    assert turn_speakers(root) == ["Mahakama:", "Mshtakiwa:", "Mahakama:"]


def test_attendance_answered_after_the_first_turn_stays_a_turn() -> None:
    """ "Accused: Present" answering the court below its first turn is the accused's words."""
    root = text_tei(
        "IN THE MAGISTRATE'S COURT AT THIKA\nCRIMINAL CASE NO. E221 OF 2024\n\n"
        "Court: Is the accused person in court?\n\n"
        "Accused: Present\n\n"
        "Court: Plea to be taken today.\n",
        "en.txt",
    )
    assert turn_speakers(root) == ["Court:", "Accused:", "Court:"]


def test_roll_call_present_after_a_member_stays_a_turn() -> None:
    """A roll call's answer after a member's name ("COUNCILMEMBER ADAMS: Present"), no stop,
    is the member's turn: only a role alone marks a party's attendance."""
    root = text_tei(
        "CITY COUNCIL OF RIVERTON\nRegular Meeting, March 3, 2026\n\n"
        "CLERK: Mary Adams\n\nCOUNCILMEMBER ADAMS: Present\n\n"
        "CLERK: Tom Reed\n\nCOUNCILMEMBER REED: Present\n\n"
        "MAYOR HOLT: We have a quorum. The first item is the budget.\n",
        "en.txt",
    )
    assert turn_speakers(root)[:2] == ["COUNCILMEMBER ADAMS:", "COUNCILMEMBER REED:"]


# 5. A court's caption and a council's attendance lists


def test_caption_between_is_no_label() -> None:
    """ "BETWEEN:" over the parties set off by dot leaders is the caption's, no speaker."""
    root = tabled_tei("en-ng-court-caption-between.txt")
    assert "BETWEEN:" not in turn_speakers(root)


def test_french_case_name_field_is_no_label() -> None:
    """ "Affaire : Ministère Public et Société X c/ Y" over the bench's composition at a
    tribunal's head names the case, no speaker; "L'affaire est renvoyée" stays the speech."""
    root = text_tei(
        "TRIBUNAL DE PREMIÈRE INSTANCE DE BAFOUSSAM\nAudience correctionnelle du 12 mars 2024\n"
        "Affaire : Ministère Public et Société SOCAPALM c/ KAMGA Didier\n"
        "Composition : M. NANA, Président ; Mme EKOTTO, Juge ; M. ABENA, Greffier\n\n"
        "Le Président : Prévenu, levez-vous. Déclinez votre identité.\n\n"
        "Le Prévenu : Kamga Didier, commerçant.\n\n"
        "Le Président : L'affaire est renvoyée au 26 mars.\n",
        "fr.txt",
    )
    assert turn_speakers(root) == ["Le Président :", "Le Prévenu :", "Le Président :"]


def test_swahili_attendance_lists_are_no_labels() -> None:
    """ "WALIOHUDHURIA:" and "WASIOHUDHURIA:" over numbered names are the minutes' lists."""
    root = tabled_tei("sw-halmashauri-waliohudhuria.txt")
    assert not {"WALIOHUDHURIA:", "WASIOHUDHURIA:"} & set(turn_speakers(root))

"""Review of round 49's records south of the Sahara (hunt49c): the lines of neighbouring shapes
and other records its rules must leave alone. The attendance values mark a party only after a
role alone in a court's head ("Accused: Present"); a question's number is the paper's item only
alone over a named label ("Question 7:"); the caption's and the attendance lists' words
(``never``: "between", "affaire", "mahudhurio") and the Yoruba chair ("Olórí Ilé") leave
speech that opens with them to its turn."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

# 1. A question's number: the paper's item only over a named label


def test_briefing_questions_numbered_alone_over_their_words_stay_the_reporters() -> None:
    """A briefing's numbered questions each alone over its own words ("QUESTION 1:" /
    "Minister, how many …?"), answered by the minister and a doctor, stay the reporter's
    turns: no named label opens the line under the number."""
    root = tabled_tei("en-zm-briefing-question-number-own-text.txt")
    assert turn_speakers(root).count("QUESTION 2:") == 1


def test_question_number_closing_the_chairs_line_stays_speech() -> None:
    """ "Question 5:" closing the Speaker's line ("Question 4 has been withdrawn. Question 5:")
    is the chair's words calling the item, no label; the member asking under it keeps the turn,
    as the range's "Question 7:" alone over the member still gives no turn."""
    root = text_tei(
        "PROVINCIAL LEGISLATURE\nQUESTIONS FOR ORAL REPLY\n\n"
        "The SPEAKER: Order! Question 4 has been withdrawn. Question 5:\n\n"
        "Mr K MOLEFE: Honourable Speaker, when will the Tembisa clinic reopen?\n\n"
        "The MEC FOR HEALTH: The clinic reopens on 1 April.\n\n"
        "The SPEAKER: Question 7:\n\nQuestion 7:\n\n"
        "Ms N DUBE: Honourable Speaker, have the scholar transport contracts been renewed?\n\n"
        "The MEC FOR EDUCATION: They were renewed in January.\n",
        "en.txt",
    )
    speakers = turn_speakers(root)
    assert speakers[:3] == ["The SPEAKER:", "Mr K MOLEFE:", "The MEC FOR HEALTH:"]
    assert "Question 5:" not in speakers and "Question 7:" not in speakers
    assert any(para.endswith("Question 5:") for para in turn_paragraphs(root))


# 2. Attendance values: a field only after a role alone in a court's head


def test_attendance_words_in_a_courts_speech_stay_turns() -> None:
    """The prosecutor's "Present and ready, Your Honour." and the witness's "Present, yes." use
    the attendance word in an answer below the first turn: the speakers' turns."""
    root = text_tei(
        "IN THE MAGISTRATE'S COURT AT KISUMU\nCRIMINAL CASE NO. 412 OF 2025\n\n"
        "COURT: The accused is before court. Is the prosecution ready?\n\n"
        "PROSECUTOR: Present and ready, Your Honour.\n\n"
        "PROSECUTOR: Inspector, was the accused present at the market?\n\n"
        "PW1: Present, yes. He was at the gate.\n\n"
        "ACCUSED: That is not true.\n",
        "en.txt",
    )
    assert turn_speakers(root) == ["COURT:", "PROSECUTOR:", "PROSECUTOR:", "PW1:", "ACCUSED:"]


def test_french_attendance_word_opening_a_speech_stays_speech() -> None:
    """A council's mayor marked present in the head ("Le Maire : Présent") is a field, and a
    member's sentence opening with the words ("Présent ou absent, le ministre …") stays his."""
    root = text_tei(
        "CONSEIL MUNICIPAL DE SAINT-ANDRÉ\nSéance du 5 mars 2026\n\n"
        "Le Maire : Présent\n\n"
        "M. le Maire : Mes chers collègues, je déclare la séance ouverte.\n\n"
        "M. Lebrun : Présent ou absent, le ministre doit répondre aux familles.\n\n"
        "M. le Maire : Nous en reparlerons en commission.\n",
        "fr.txt",
    )
    assert turn_speakers(root) == ["M. le Maire :", "M. Lebrun :", "M. le Maire :"]
    assert any(para.startswith("Présent ou absent") for para in turn_paragraphs(root))


# 3. The caption's and the attendance lists' words in speech


def test_swahili_attendance_words_in_a_members_speech_stay_his() -> None:
    """ "Mahudhurio ya wanafunzi: …" and "Waliohudhuria mkutano …" in a member's speech, words of
    the council's attendance lists (``never``), stay the member's words in the Bunge."""
    root = tabled_tei("sw-bunge-mahudhurio-speech.txt")
    assert any(para.startswith("Waliohudhuria mkutano") for para in turn_paragraphs(root))


def test_between_and_affaire_opening_a_paragraph_stay_speech() -> None:
    """The caption's "BETWEEN:" and the case's "Affaire :" are fields only as the head's words:
    a member's paragraph opening with them and a colon ("Between the first and the second
    reading: …", "Affaire : ce dossier traîne …") stays in the member's turn."""
    english = text_tei(
        "THE NATIONAL ASSEMBLY\nOFFICIAL REPORT\n\n"
        "Hon. Speaker: Order, Members. Next Order.\n\n"
        "Hon. Wanjiru Kamau: Thank you, Hon. Speaker. I rise to support the Bill.\n"
        "Between the first and the second reading: the committee met the governors three times.\n\n"
        "Hon. Speaker: Hon. Otieno, you have the Floor.\n",
        "en.txt",
    )
    french = text_tei(
        "ASSEMBLÉE NATIONALE\nCompte rendu intégral\n\n"
        "M. le Président : La parole est à M. Koffi.\n\n"
        "M. Yao Koffi : Monsieur le Président, l'affaire des terrains nous concerne tous.\n"
        "Affaire : ce dossier traîne depuis trois ans devant les tribunaux.\n\n"
        "M. le Président : Merci.\n",
        "fr.txt",
    )
    assert turn_speakers(english) == ["Hon. Speaker:", "Hon. Wanjiru Kamau:", "Hon. Speaker:"]
    assert turn_speakers(french) == ["M. le Président :", "M. Yao Koffi :", "M. le Président :"]
    assert any("Between the first" in para for para in turn_paragraphs(english))
    assert any("Affaire : ce dossier" in para for para in turn_paragraphs(french))


# 4. The Yoruba chair saluted in other members' speech


def test_yoruba_chair_saluted_closing_a_members_speech_keeps_the_chairs_turns() -> None:
    """Members closing their words on the chair ("…, Olórí Ilé.") salute it: the Speaker's own
    turns ("Olórí Ilé:") stay, and the member's sentence naming it with a colon stays speech."""
    root = text_tei(
        "ILÉ ÌGBÌMỌ̀ AṢÒFIN ÌPÍNLẸ̀ ỌYỌ́\n\n"
        "Olórí Ilé: Ẹ káàárọ̀, ẹ̀yin ọmọ ilé.\n\n"
        "Ọ̀gbẹ́ni Adéwálé Ọlátúnjí: Ẹ ṣé, Olórí Ilé. Mo fẹ́ sọ̀rọ̀ lórí ọ̀nà Ògbómọ̀ṣọ́.\n\n"
        "Olórí Ilé: Ẹ tẹ̀síwájú.\n\n"
        "Ìyáàfin Fúnmiláyọ̀ Àjàyí: Mo fara mọ́ ọ̀rọ̀ ọmọ ilé yìí, Olórí Ilé.\n\n"
        "Olórí Ilé: A ó fi ọ̀rọ̀ náà ránṣẹ́ sí ìgbìmọ̀.\n",
        "yo.txt",
    )
    assert turn_speakers(root) == [
        "Olórí Ilé:",
        "Ọ̀gbẹ́ni Adéwálé Ọlátúnjí:",
        "Olórí Ilé:",
        "Ìyáàfin Fúnmiláyọ̀ Àjàyí:",
        "Olórí Ilé:",
    ]

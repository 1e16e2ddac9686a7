"""The twenty-seventh round's samples laid out again: a copy hard-wrapped with no blank lines,
whose label opens a line that had been read as a wrapped sentence's."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_surname_with_initials_and_a_dash_opens_a_line_under_a_sentences_end() -> None:
    """ "… Слово надається Олені Коваленко." / "Коваленко О.М. – Дякую. …" and "… не виділено." /
    "Бондар В.П. – Кошти …" with no blank line: each member's label opens a turn, its initials
    no hindrance."""
    tei = tabled_tei("uk-miskrada-initials-dash-wrapped.txt")
    assert turn_ids(tei) == ["golovuyuchii", "kovalenko-o-m", "bondar-v-p", "golovuyuchii"]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Шановні депутати! Переходимо до питання про ремонт шкільних дахів. Слово надається Олені Коваленко."
    ]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Кошти передбачено в бюджеті на травень."]


def test_an_office_and_its_dash_open_a_line_in_a_script_without_case() -> None:
    """ "… تشکیل شد" / "رئیس ـ با حضور …" / "منشی ـ گزارش …" with no stop and no blank line: the
    chair's and the secretary's offices open their turns, the narration above no speech."""
    tei = tabled_tei("fa-majlis-unstopped-wrapped.txt")
    assert turn_ids(tei) == ["کامران-صدری", "منشی"]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["با حضور 201 نفر جلسه رسمی است . گزارش کمیسیون خوانده شود"]


def test_the_margins_speaker_set_apart_at_a_pages_top_is_furniture() -> None:
    """The page's running head, then "Posłanka X" alone between blank lines over "nasz klub
    poprze …" in lower case: the name printed again is furniture, no second turn of the member,
    and the paragraph the page cut is one."""
    tei = tabled_tei("pl-sejm-pdf-running-speaker-set-apart.txt")
    assert turn_ids(tei) == [
        "wicemarszalek-jan-borowiecki",
        "poslanka-ewa-stachurska",
        "wicemarszalek-jan-borowiecki",
    ]
    speech = texts(tei, "(//t:sp)[2]/t:p")
    assert len(speech) == 1 and "Dlatego nasz klub poprze ten projekt" in speech[0]


def test_a_labels_own_line_under_a_viewers_speech_number_opens_a_turn() -> None:
    """ "002・森本和敏" over "○議長(森本和敏君)" alone on its line over the speech, the chair
    speaking again: the viewer's number opens a speech, and the chair's label his second turn."""
    tei = tabled_tei("ja-diet-library-plain-view-label-own-line.txt")
    assert turn_ids(tei) == ["森本和敏", "森本和敏", "石川綾子"]
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("日程第一、森林法")


def test_an_office_colon_and_holder_alone_on_its_line_open_the_turn() -> None:
    """ "2. KUASA HUKUM PEMOHON: X" alone on its line over "Terima kasih, Yang Mulia. …", blank
    lines between the paragraphs: the counsel's turn opens, no paragraph of the chair's."""
    tei = tabled_tei("id-mk-risalah-label-line-over-speech.txt")
    assert turn_ids(tei) == ["arief-wibisono", "dewi-kartika", "arief-wibisono"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Terima kasih, Yang Mulia. Kami kuasa hukum Pemohon hadir lengkap."
    ]


def test_an_office_and_its_dash_open_a_line_read_one_paragraph_a_line() -> None:
    """A few lines of unlike length read one a paragraph, "… تشکیل شد" over "رئیس ـ …" with no
    stop: the chair's office opens his turn, the narration above is no words of his."""
    tei = tabled_tei("fa-majlis-unstopped-short-lines.txt")
    assert turn_ids(tei) == ["فرهاد-نوروزی", "منشی"]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["با حضور 187 نفر جلسه رسمی است . گزارش کمیسیون خوانده شود"]


def test_a_speech_cut_by_a_blank_line_under_a_name_alone_is_its_speech() -> None:
    """ "Andrés Molina Sáez" / "Gracias, presidenta. Señorías, el transporte escolar", a blank
    line, "no llega a las aldeas …": the member's name opens his turn, the speech joined whole,
    and the other names alone open theirs."""
    tei = tabled_tei("es-parlamento-name-alone-speech-cut-by-blank-line.txt")
    assert turn_ids(tei) == ["la-presidenta", "andres-molina-saez", "la-presidenta", "lucia-herrera-campos"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "Gracias, presidenta. Señorías, el transporte escolar no llega a las aldeas de la sierra desde septiembre."
    ]

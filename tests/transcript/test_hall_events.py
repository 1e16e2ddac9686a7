"""The hall's voice in real records: which event of several a bracket names first, the calls of the
floor quoted inside the stenographer's note, and the voices printed after an event. The excerpts
are written for these tests (invented names), shaped like the records of each parliament."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from label_samples import sample_tei, text_tei
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.inline import stage_type

CONFIG = load_config()
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _stages(text: str) -> list[tuple[str | None, str]]:
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    return [(s.get("type"), str(s.xpath("string()"))) for s in root.iterfind(".//t:body//t:stage", NS)]


def test_the_first_event_of_several_types_the_bracket() -> None:
    """Laughter heard before the applause is laughter, whichever word our list tries first."""
    assert stage_type("Wesołość na sali, oklaski", CONFIG) == "laughter"
    assert stage_type("Heiterkeit und Beifall bei der FDP", CONFIG) == "laughter"
    assert stage_type("Beifall bei der SPD – Heiterkeit bei der CDU/CSU", CONFIG) == "applause"
    text = (
        "Poseł Anna Nowak:\n\nDziękuję za uwagę. (Wesołość na sali, oklaski)\n\n"
        "Marszałek:\n\nDziękuję. (Oklaski, wesołość na sali)\n"
    )
    assert [kind for kind, _ in _stages(text)] == ["laughter", "applause"]


def test_a_call_quoted_in_the_note_is_an_interjection() -> None:
    """The Diet, the National Assembly and the Assemblée quote the floor's call and then say whose
    it is; a quotation the speaker makes stays his text."""
    japanese = (
        "○議長(山田太郎君) 御異議ありませんか。\n\n〔「異議なし」と呼ぶ者あり〕\n\n"
        "○議長(山田太郎君) 御異議なしと認めます。〔拍手〕\n"
    )
    assert _stages(japanese) == [("interjection", "〔「異議なし」と呼ぶ者あり〕"), ("applause", "〔拍手〕")]
    korean = "○김철수 의원 국민 여러분! (「옳소!」 하는 의원 있음) 감사합니다. (박수)\n\n○의장 이영희 수고하셨습니다.\n"
    assert _stages(korean) == [("interjection", "(「옳소!」 하는 의원 있음)"), ("applause", "(박수)")]
    french = (
        "M. Jean Dupont. Nous sommes d'accord pour débattre (« Ah ! » sur les bancs du groupe SRC), "
        "comme l'écrit (« Le Monde » de lundi) la presse.\n\nM. le président. Merci.\n"
    )
    assert _stages(french) == [("interjection", "(« Ah ! » sur les bancs du groupe SRC)")]


def test_the_traditional_characters_of_the_hall() -> None:
    text = "主席：請張委員發言。\n\n張委員：主席、各位同仁。（掌聲）\n\n（場內喧嘩）\n\n主席：請安靜。\n\n張委員：謝謝。（笑聲）\n"
    assert [kind for kind, _ in _stages(text)] == ["applause", "noise", "laughter"]


def test_more_events_of_the_room() -> None:
    """A witness's gesture, a speaker resuming, a disruption, an interjection nobody heard, and the
    opening and closing lines of Polish committee minutes; a sentence that only uses the word
    stays untyped."""
    cases = {
        "Indicating.": "other",  # en trial
        "Продолжает.": "other",  # ru
        "Audience disruption.": "noise",  # en hearing
        "Upadica se ne čuje.": "noise",  # hr
        "Początek posiedzenia o godzinie 10 minut 02": "other",  # pl
        "Koniec posiedzenia o godzinie 11 minut 40": "other",  # pl
    }
    assert {content: stage_type(content, CONFIG) for content in cases} == cases
    assert stage_type("the witness was indicating the map", CONFIG) is None
    text = (
        "Przewodniczący Jan Kowalski:\n\n(Początek posiedzenia o godzinie 10 minut 02)\n\n"
        "Otwieram posiedzenie. Kto jest za? (5)\n\n(Koniec posiedzenia o godzinie 11 minut 40)\n"
    )
    assert _stages(text) == [
        ("other", "(Początek posiedzenia o godzinie 10 minut 02)"),
        ("other", "(Koniec posiedzenia o godzinie 11 minut 40)"),
    ]


def _voices(text: str) -> list[tuple[str, str]]:
    """Each voice in a stage: its label and the kind of entry its @who names."""
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    kinds = {
        el.get("{http://www.w3.org/XML/1998/namespace}id"): etree.QName(el).localname
        for el in root.iterfind(".//t:particDesc//*", NS)
        if etree.QName(el).localname in ("person", "personGrp")
    }
    return [
        (str(s.findtext("t:label", namespaces=NS)), kinds[str(s.get("who")).lstrip("#")])
        for s in root.iterfind(".//t:body//t:said", NS)
    ]


def test_a_voice_after_an_event_printed_close_up_with_a_dash() -> None:
    """The Spanish records print "(Aplausos.—Un señor diputado: ¡Muy bien!)": the unnamed member
    is a voice of the floor (a personGrp), and an event after the words ends them."""
    text = (
        "El señor LÓPEZ PÉREZ: Gracias, presidente. (Aplausos.—Un señor diputado: ¡Muy bien!) Sigo. "
        "(Protestas.—Varios señores senadores: ¡Eso es mentira!) Termino. "
        "(Una señora diputada: ¡Fuera!—Rumores.)\n\nEl señor PRESIDENTE: Silencio, señorías.\n"
    )
    assert _voices(text) == [
        ("Un señor diputado:", "personGrp"),
        ("Varios señores senadores:", "personGrp"),
        ("Una señora diputada:", "personGrp"),
    ]
    stages = _stages(text)
    assert [kind for kind, _ in stages] == ["applause", "noise", "interjection"]
    assert stages[2][1] == "(Una señora diputada: ¡Fuera!—Rumores.)"


def test_an_interjection_from_a_partys_benches_is_a_group() -> None:
    text = (
        "TÓTH PÉTER (MSZP): A kormány hazudik. (Taps az ellenzéki padsorokban. – Közbeszólás a Fidesz "
        "soraiból: Ez nem igaz!)\n\nELNÖK: Köszönöm.\n"
    )
    assert _voices(text) == [("Közbeszólás a Fidesz soraiból:", "personGrp")]


def test_a_procedural_line_without_brackets_stands_between_paragraphs() -> None:
    """The record's own line that the sitting was suspended or ended is a stage wherever it
    stands; the chair saying so, or the words inside a sentence, stay speech."""
    english = (
        "Mr SPEAKER: Order. I suspend the sitting.\n\nSitting suspended.\n\n"
        "Mr SPEAKER: Order. I move that the sitting be suspended.\n\nMr JONES: Agreed.\n"
    )
    assert _stages(english) == [("other", "Sitting suspended.")]
    italian = (
        "PRESIDENTE. Sospendo la seduta.\n\nLa seduta, sospesa alle 13,10, è ripresa alle 15.\n\n"
        "PRESIDENTE. Riprendiamo.\n"
    )
    assert _stages(italian) == [("other", "La seduta, sospesa alle 13,10, è ripresa alle 15.")]
    portuguese = "O Sr. Presidente: — Está encerrada a sessão.\n\nEram 17 horas e 45 minutos.\n"
    assert _stages(portuguese) == [("other", "Eram 17 horas e 45 minutos.")]
    japanese = "○議長(山田太郎君) 本日はこれにて散会いたします。\n\n午後二時二十分散会\n"
    assert _stages(japanese) == [("other", "午後二時二十分散会")]


def test_members_rising_and_voices_with_no_words() -> None:
    """Members rising or coming to the Table are the record's account of an event; voices from
    the hall that the stenographer gives no words are noise, and with words they are a said."""
    english = (
        "Mr SPEAKER: That is not a point of order.\n\nSeveral hon. Members rose—\n\n"
        "Mr SPEAKER: I will take no more points of order.\n\n"
        "At this stage, Shri Ram Kumar and some other hon. Members came and stood on the floor near "
        "the Table.\n\nHON. SPEAKER: Please go back to your seats.\n"
    )
    assert [kind for kind, _ in _stages(english)] == ["other", "other"]
    ukrainian = "ГОЛОВУЮЧИЙ. Прошу тиші.\n\n(Голоси із залу)\n\nГОЛОВУЮЧИЙ. Дякую. (Голос із залу: Ганьба!)\n"
    assert [kind for kind, _ in _stages(ukrainian)] == ["noise", "interjection"]
    assert stage_type("Голоса с мест", CONFIG) == "noise"


def test_the_opening_line_of_polish_minutes_is_no_title() -> None:
    text = (
        "(Początek posiedzenia o godzinie 10 minut 02)\n\n"
        "Przewodniczący Jan Kowalski:\n\nOtwieram posiedzenie komisji.\n\nPoseł Anna Nowak:\n\nDziękuję.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "minutes.txt").tei)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "minutes.txt"
    # the sitting's opening time: a line of the head, in the front, not a stage of the body
    assert _stages(text) == []
    assert root.xpath("//t:front/t:div[@type='time']/t:p/text()", namespaces=NS) == [
        "(Początek posiedzenia o godzinie 10 minut 02)"
    ]


def test_a_long_group_before_its_colon_is_one_voice() -> None:
    """Calls from several parliamentary groups named in full are one voice of the floor; the
    parties in the list are no speakers."""
    text = (
        "Präsidentin:\n\nDas Wort hat Herr Müller.\n\nUdo Müller, NPD:\n\nMit diesem Volk nicht noch einmal. "
        "(Zurufe vonseiten der Fraktionen der SPD, CDU, DIE LINKE und BÜNDNIS 90/DIE GRÜNEN: Oooh!)\n"
    )
    assert _voices(text) == [
        ("Zurufe vonseiten der Fraktionen der SPD, CDU, DIE LINKE und BÜNDNIS 90/DIE GRÜNEN:", "personGrp")
    ]


def test_more_calls_and_noise_of_the_floor() -> None:
    assert stage_type("Chahut sur les bancs du groupe socialiste.", CONFIG) == "noise"
    assert stage_type("「異議なし」の声あり", CONFIG) == "interjection"


def test_an_event_after_an_account_of_what_members_do() -> None:
    """The bracket opens with what members do and names the event after a dash; with no event
    in any part it stays untyped."""
    assert (
        stage_type("Thomas Krause, CDU, unterhält sich stehend mit Ulrich Lang, CDU - Unruhe", CONFIG)
        == "noise"
    )
    assert stage_type("Anna Berg, SPD, geht zum Rednerpult – Beifall bei der SPD", CONFIG) == "applause"
    assert stage_type("Drucksache 7/1234 – Beschlussempfehlung des Ausschusses", CONFIG) is None


def test_a_shout_before_the_applause() -> None:
    """The French records print the shout and then the applause in one bracket."""
    text = (
        "M. Paul Martin. Vous n'avez pas répondu. (Très bien ! et applaudissements sur les travées du "
        "groupe Les Républicains.)\n\nM. le président. La parole est à M. le ministre.\n"
    )
    assert [kind for kind, _ in _stages(text)] == ["applause"]


def test_an_excerpt_that_opens_with_an_event_has_no_event_for_title() -> None:
    text = (
        "(allgemeine Unruhe – Anna Berg, SPD: Glauben Sie das? – Glocke der Vizepräsidentin)\n\n"
        "Vizepräsidentin Lisa Kuhn:\n\nIch bitte um Ruhe.\n\nPeter Lang, CDU:\n\nDanke.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "excerpt.txt").tei)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "excerpt.txt"
    assert _stages(text)[0][0] == "noise"
    assert _voices(text) == [("Anna Berg, SPD:", "person")]


def test_cheering_and_comments_from_the_audience() -> None:
    assert stage_type("Cheering", CONFIG) == "applause"
    assert stage_type("Inaudible comments from the audience.", CONFIG) == "noise"
    assert stage_type("my comments from the last meeting", CONFIG) is None


SAMPLES = Path(__file__).parent.parent / "data" / "labels"


def _placement(name: str) -> list[str]:
    """What stands in the sitting's divisions, in order: each turn (its label, "-" for a turn
    with none: the speaker going on after an event) and each stage between turns (its words)."""
    root = etree.fromstring(convert_text((SAMPLES / name).read_bytes(), name).tei)
    out = []
    for item in root.iterfind(".//t:body/t:div/*", NS):
        kind = etree.QName(item).localname
        if kind == "sp":
            out.append(f"sp {item.findtext('t:speaker', default='-', namespaces=NS)}")
        elif kind == "stage":
            out.append(f"stage {item.get('type')}: {' '.join(str(item.xpath('string()')).split())}")
    return out


def test_an_event_of_the_sitting_stands_between_turns() -> None:
    """The sitting suspended, resumed or closed ends the turn before it; a hall's applause stays
    in the speech it follows."""
    assert _placement("de-stage-bundestag-unterbrechung.txt") == [
        "sp Präsidentin Dr. Helga Brandt:",
        "sp Anna Berg (SPD):",
        "sp Präsidentin Dr. Helga Brandt:",
        "stage other: (Unterbrechung von 12.03 bis 12.30 Uhr)",
        "sp Präsidentin Dr. Helga Brandt:",
        "stage other: (Schluss: 13.45 Uhr)",
    ]
    assert _placement("cs-stage-jednani.txt")[3:6] == [
        "stage other: (Jednání přerušeno v 12.03 hodin.)",
        "stage other: (Jednání pokračovalo v 12.30 hodin.)",
        "stage other: (Řízení schůze se ujal místopředseda Sněmovny Petr Malý.)",
    ]
    assert _placement("pl-stage-przerwa.txt")[-3:] == [
        "stage other: (Przerwa w posiedzeniu od godz. 12 min 3 do godz. 12 min 30)",
        "sp Marszałek:",
        "stage other: (Koniec posiedzenia o godz. 21 min 15)",
    ]


# A vote's lines in each sample: the part of its placements (a slice, or "stages": its stage
# directions only) and what stands there.
VOTES: list[tuple[str, slice | str, list[str]]] = [
    (
        "es-stage-votacion.txt",
        slice(-5, None),
        [
            "sp La señora VICEPRESIDENTA (Fernández García):",
            "stage other: Comienza la votación.",
            "stage other: Efectuada la votación, dio el siguiente resultado: votos emitidos, 348; a favor, 150; "
            "en contra, 198.",
            "sp La señora VICEPRESIDENTA (Fernández García):",
            "stage other: Eran las dos y cinco minutos de la tarde.",
        ],
    ),
    (
        "en-stage-commons-division.txt",
        slice(-4, None),
        [
            "stage other: Question put, That the amendment be made.",
            "stage other: The House divided: Ayes 300, Noes 200.",
            "stage other: Question accordingly agreed to.",
            "stage other: Sitting suspended.",
        ],
    ),
    (
        "en-stage-australia-divided.txt",
        slice(-4, None),
        [
            "stage other: Question agreed to.",
            "stage other: Bill read a second time.",
            "stage other: Debate adjourned.",
            "stage other: The House divided. [15:42]",
        ],
    ),
    (
        "he-stage-knesset-vote.txt",
        slice(-6, None),
        [
            "stage other: הצבעה מס' 5",
            "stage other: בעד ההסתייגות – 10",
            "stage other: נגד – 50",
            "stage other: נמנעים – אין",
            "stage other: ההסתייגות לא נתקבלה.",
            "stage other: הישיבה ננעלה בשעה 19:00.",
        ],
    ),
    (
        "ru-stage-golosovanie.txt",
        slice(3, 7),
        [
            "stage other: Результаты голосования (14 час. 05 мин. 33 сек.)",
            "stage other: Проголосовало за 320 чел. 71,1 %",
            "stage other: Проголосовало против 100 чел. 22,2 %",
            "stage other: Результат: принято",
        ],
    ),
    (
        "ja-stage-diet-vote.txt",
        "stages",
        [
            "stage other: 〔議場閉鎖〕",
            "stage other: 〔事務総長報告〕",
            "stage other: 投票総数 四百五十",
            "stage other: 可とする者（白票） 三百",
            "stage other: 否とする者（青票） 百五十",
            "stage other: 〔議長退席、副議長着席〕",
            "stage other: 午後二時二十分散会",
        ],
    ),
]


@pytest.mark.parametrize(("sample", "part", "expected"), VOTES)
def test_a_vote_and_its_result_stand_between_turns(
    sample: str, part: slice | str, expected: list[str]
) -> None:
    """The record's own lines of a vote, unbracketed ("Comienza la votación.", "The House divided:
    …", "Результаты голосования …", the Rada's tally, the Knesset's), are stages between turns."""
    placed = _placement(sample)
    found = [item for item in placed if item.startswith("stage")] if part == "stages" else placed[part]
    assert found == expected


def test_the_speaker_goes_on_after_an_event_in_a_turn_of_their_own() -> None:
    """Words after an event of the sitting with no label of their own are the same speaker's,
    in a new turn with no label; a short line with no stop there is a heading."""
    rada = _placement("uk-stage-vyhuky.txt")
    assert rada[2:5] == ["sp ГОЛОВУЮЧИЙ.", 'stage other: "За" – 230.', "sp -"]
    camera = _placement("it-stage-camera-votazione.txt")
    assert camera[4:8] == [
        "sp PRESIDENTE.",
        "stage other: (Segue la votazione).",
        "sp -",
        "stage other: La seduta, sospesa alle 13,10, è ripresa alle 15.",
    ]
    root = etree.fromstring(
        convert_text((SAMPLES / "it-stage-camera-votazione.txt").read_bytes(), "x.txt").tei
    )
    chair = [
        sp.get("who")
        for sp in root.iterfind(".//t:sp", NS)
        if sp.findtext("t:speaker", namespaces=NS) != "MARIO BIANCHI."
    ]
    assert len(set(chair) - {"#voci-dai-banchi-del-gruppo-lega"}) == 1
    french = etree.fromstring(convert_text((SAMPLES / "fr-stage-scrutin.txt").read_bytes(), "x.txt").tei)
    assert [d.findtext("t:head", namespaces=NS) for d in french.iterfind(".//t:body/t:div", NS)] == [
        None,
        "Suspension et reprise de la séance",
    ]


def test_a_procedural_line_after_a_label_is_the_speakers() -> None:
    text = "El señor PRESIDENTE: Comienza la votación.\n\nLa señora GÓMEZ RUIZ: Gracias.\n"
    assert _stages(text) == []


def test_voices_of_the_floor_and_of_members() -> None:
    """A group of the floor is a personGrp (Finnish "Välihuuto:", "Vasemmalta:", Ukrainian
    "Вигуки із залу:", Austrian "Ruf bei der FPÖ:"), a member a person; a member named after an
    event with no words ("Zwischenruf des Abg. Huber.") is no voice."""
    assert _voices((SAMPLES / "fi-stage-valihuuto.txt").read_text()) == [
        ("Välihuuto:", "personGrp"),
        ("Ed. Korhonen:", "person"),
        ("Vasemmalta:", "personGrp"),
    ]
    assert _voices((SAMPLES / "uk-stage-vyhuky.txt").read_text()) == [("Вигуки із залу:", "personGrp")]
    assert _voices((SAMPLES / "de-stage-nationalrat.txt").read_text()) == [
        ("Abg. Gruber:", "person"),
        ("Ruf bei der FPÖ:", "personGrp"),
    ]
    assert stage_type("Heiterkeit bei der ÖVP. – Zwischenruf des Abg. Huber.", CONFIG) == "laughter"


def test_members_rising_to_applaud_and_the_desks_drummed() -> None:
    assert (
        stage_type("Mmes et MM. les députés du groupe LR se lèvent et applaudissent.", CONFIG) == "applause"
    )
    assert stage_type("Los diputados del Grupo Popular, puestos en pie, aplauden", CONFIG) == "applause"
    assert stage_type("Geroffel op de bankjes", CONFIG) == "applause"


def test_the_camera_prints_a_vote_and_its_tally_in_brackets() -> None:
    text = (
        "PRESIDENTE. Indìco la votazione nominale sull'articolo 15.\n\n(Segue la votazione).\n\n"
        "Dichiaro chiusa la votazione. La Camera approva.\n\n(Presenti 237\nVotanti 235\nAstenuti 2).\n\n"
        "Se non vi sono osservazioni, il processo verbale si intende approvato.\n\n(È approvato).\n\n"
        "MARIO ROSSI. Chiedo di parlare.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    between = [
        " ".join(str(s.xpath("string()")).split()) for s in root.iterfind(".//t:body/t:div/t:stage", NS)
    ]
    assert between == ["(Segue la votazione).", "(Presenti 237 Votanti 235 Astenuti 2).", "(È approvato)."]
    assert [sp.findtext("t:speaker", default="-", namespaces=NS) for sp in root.iterfind(".//t:sp", NS)] == [
        "PRESIDENTE.",
        "-",
        "-",
        "MARIO ROSSI.",
    ]


def test_a_heckle_on_its_own_line_is_a_voice_of_the_hall() -> None:
    """A party congress's record prints a heckle as a label of its own ("Zwischenruf: Wo bleibt
    die Zentrale?"), as it does "Zuruf:": a voice of the hall, a group, no person named so."""
    tei = text_tei(
        "Vorsitzender Hans Körner: Das Wort hat der Delegierte Berger.\n\n"
        "Berger (Hamburg): Genossinnen und Genossen! Wir müssen die Organisation stärken.\n\n"
        "Zwischenruf: Wo bleibt die Zentrale?\n\n"
        "Berger (Hamburg): Die Zentrale bleibt, wo sie ist.\n\n"
        "Zuruf: Sehr richtig!\n\n"
        "Vorsitzender Hans Körner: Weitere Wortmeldungen liegen nicht vor.\n"
    )
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["zwischenruf", "zuruf"]
    assert "zwischenruf" not in tei.xpath("//t:person/@xml:id", namespaces=NS)


def test_the_meeting_answering_the_chair_is_a_voice_of_the_hall() -> None:
    """The Indonesian record prints the meeting's answer to the chair in brackets ("(RAPAT:
    SETUJU)", agreed): the meeting as a whole, a group, no person named so."""
    tei = sample_tei("id-dpr-rapat-setuju.txt")
    assert tei.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["rapat"]
    assert tei.xpath("//t:stage/@who", namespaces=NS) == ["#rapat"]
    assert "rapat" not in tei.xpath("//t:person/@xml:id", namespaces=NS)

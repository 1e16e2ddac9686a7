"""Speaker labels decided by the scored model, on short samples of the genre in many languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from label_samples import NS, SAMPLES, TURN_IDS, TURNS, sample_tei, speakers, turn_ids
from stenogram.cli import main
from stenogram.errors import InputError
from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("en-excerpt.txt", ["Mr. JONES:", "THE CHAIRMAN:"]),
        ("ru-excerpt.txt", ["ПЕТРОВ (председательствующий).", "ИВАНОВ."]),
        ("uk-excerpt.txt", ["ГОЛОВА.", "Коваленко О.П."]),
        ("de-excerpt.txt", ["Vizepräsidentin Dr. Anna Beispiel:", "Max Mustermann (Leipzig) (DIE LINKE):"]),
        ("fr-excerpt.txt", ["M. le président. -", "M. Jean Durand. -"]),
        ("pl-excerpt.txt", ["Marszałek Tomasz Nowicki:", "Poseł Jan Nowak:"]),
        ("cs-excerpt.txt", ["Místopředseda PSP Karel Dvořák:", "Poslanec Petr Novotný:"]),
        ("it-excerpt.txt", ["PRESIDENTE.", "ROSSI (PD)."]),
        ("es-excerpt.txt", ["La señora PRESIDENTA:", "El señor GARCÍA LÓPEZ:"]),
        ("zh-excerpt.txt", ["议长：", "陈议员："]),
        (
            "en-congress.txt",
            ["The SPEAKER pro tempore.", "Mr. MILLER of Ohio.", "Ms. WALKER.", "Mr. MILLER of Ohio."],
        ),
        ("he-knesset.txt", ['היו"ר דוד כהן:', "משה לוי (הבית היהודי):"]),
        (
            "en-senate.txt",
            ["Mrs. BAXTER.", "The PRESIDING OFFICER.", "Mrs. BAXTER.", "The PRESIDING OFFICER."],
        ),
        ("ru-plenum-announced.txt", ["Петров (председательствующий.)", "Сидоров."]),
        ("ko-committee.txt", ["소위원장 김민수", "박지훈 위원", "소위원장 김민수"]),
        ("ja-halfwidth.txt", ["○議長(山田太郎君)", "○議長(山田太郎君)", "○書記"]),
        ("zh-ascii-colon.txt", ["主席:", "王委員大明:", "主席:"]),
        (
            "ru-court.txt",
            [
                "Председательствующий:",
                "Государственный обвинитель:",
                "Подсудимый Иванов:",
                "Защитник Петрова:",
            ],
        ),
        ("fr-court.txt", ["LE PRÉSIDENT. —", "L'ACCUSÉ. —", "Me DUPONT. —"]),
        ("ru-trial-mixed.txt", ["Орлов.", "Белов."]),
        ("en-markdown.txt", ["**Mr. Barker:**", "**The Chairman:**", "**Mr. Barker:**"]),
        ("hi-rajya-sabha.txt", ["श्री उपसभापति:", "श्री मोहन लाल:"]),
        ("lv-saeima.txt", ["Sēdes vadītāja.", "A. Ozols (AS).", "Sēdes vadītāja."]),
        ("en-senate-list.txt", ["Mrs. BAXTER.", "The PRESIDING OFFICER."]),
        ("sv-wrapped.txt", ["Anf. 1 Ålderspresident KARIN LINDGREN:"]),
        ("en-select-committee.txt", ["Q1 Chair:", "Professor Smith:", "Q2 Mr Jones:", "Professor Smith:"]),
        (
            "pt-alesp.txt",
            ["O SR. PRESIDENTE - JOÃO SILVA - PSDB -", "O SR. 2º SECRETÁRIO - PEDRO COSTA - PTB -"],
        ),
        (
            "fr-senat.txt",
            ["M. le président.  -", "M. Paul Martin .  -", "M. Jean Dubois, Premier ministre .  -"],
        ),
        (
            "nl-tweede-kamer.txt",
            ["De voorzitter:", "Mevrouw De Vries (GL):", "De voorzitter:", "De heer Jansen (VVD):"],
        ),
        (
            "en-europarl.txt",
            ["President. –", "Anna Berg, rapporteur. –", "Peter Lang, on behalf of the PPE Group. –"],
        ),
    ],
)
def test_an_excerpt_with_each_label_printed_once(sample: str, expected: list[str]) -> None:
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    assert speakers(result.tei) == expected
    root = etree.fromstring(result.tei)
    assert len(root.xpath("//t:sp[1]/t:p", namespaces=NS)) >= 1  # the speech is in the turn


def test_things_shaped_like_labels_that_are_not() -> None:
    result = convert_text((SAMPLES / "de-not-labels.txt").read_bytes(), "de-not-labels.txt")
    assert speakers(result.tei) == ["Präsident Dr. Max Muster:", "Abg. Eva Klein (SPD):"]
    root = etree.fromstring(result.tei)
    # "Ich möchte eines klarstellen:" is a sentence ending in a colon, kept inside the turn.
    assert "Ich möchte eines klarstellen: Die Wahl" in root.xpath("string(//t:sp[1]/t:p)", namespaces=NS)
    assert any(note.startswith("not a label: 'Tagesordnung' (configured") for note in result.report.decisions)


def test_court_examination_headings_are_not_labels_and_q_a_pairs_are() -> None:
    result = convert_text((SAMPLES / "en-court-examination.txt").read_bytes(), "court.txt")
    assert speakers(result.tei) == ["JUSTICE DOE:", "MS. SMITH:", "Q.", "A.", "Q.", "A."]
    assert any(note.startswith("not a label: 'PRESENT'") for note in result.report.decisions)
    root = etree.fromstring(result.tei)
    # The examination heading says who asks: the Q turns are hers.
    assert root.xpath("//t:div/t:head/text()", namespaces=NS) == ["DIRECT EXAMINATION BY MS. SMITH:"]
    assert root.xpath("//t:sp[t:speaker='Q.']/@who", namespaces=NS) == ["#ms-smith", "#ms-smith"]


def test_every_decision_is_reported_with_its_score_and_features() -> None:
    result = convert_text((SAMPLES / "ru-excerpt.txt").read_bytes(), "ru.txt")
    rows = {row.name: row for row in result.report.labels}
    assert rows["ИВАНОВ"].accepted and rows["ИВАНОВ"].features["announced"] == 2.0
    assert rows["ИВАНОВ"].score == sum(rows["ИВАНОВ"].features.values())
    assert "label: 'ИВАНОВ' (score 7, 1×: period +0.5, capitals +2.5" in result.report.decisions[0] + "".join(
        result.report.decisions
    )
    table = result.report.explain()
    assert "announced" in table.splitlines()[1] and "ИВАНОВ" in table
    assert b"score" not in result.tei  # nothing of the model goes into the TEI


def test_a_sentence_opener_recurring_in_one_turn_is_not_a_label() -> None:
    text = (
        "ГОЛОВУЮЧИЙ. Шановні колеги! Починаємо.\n\nНаступне. Слухаємо звіт.\n\n"
        "Наступне. Голосуємо.\n\nПЕТРЕНКО О.В. Дякую.\n"
    )
    result = convert_text(text.encode(), "x.txt")
    assert speakers(result.tei) == ["ГОЛОВУЮЧИЙ.", "ПЕТРЕНКО О.В."]


def test_a_word_with_a_stop_before_a_salutation_inside_a_speech_is_not_a_label() -> None:
    # the salutation tells a speech begins; a word printed once mid-record needs more than that
    text = (
        "Präsident: Das Wort hat Frau Kern.\n\nKern: Herr Präsident! Ich danke für die Gelegenheit.\n\n"
        "Abschließend. Meine Damen und Herren, ich danke Ihnen für Ihre Aufmerksamkeit.\n"
    )
    result = convert_text(text.encode(), "x.txt")
    assert speakers(result.tei) == ["Präsident:", "Kern:"]
    assert "saluted" in result.report.explain().splitlines()[1]


def test_overrides_always_and_never_win(tmp_path: Path) -> None:
    text = "Chairman: We begin.\n\nSmith: Thank you.\n\nJones: Yes.\n"
    config = tmp_path / "stenogram.toml"
    config.write_text('[labels]\nalways = ["Note"]\nnever = ["Jones"]\n', encoding="utf-8")
    text += "\nNote. Nobody objected.\n"
    result = convert_text(text.encode(), "x.txt", load_config(config))
    assert speakers(result.tei) == ["Chairman:", "Smith:", "Note."]


def test_a_configured_label_of_an_unusual_shape_is_recognised(tmp_path: Path) -> None:
    config = tmp_path / "stenogram.toml"
    config.write_text(
        '[persons.muster]\nname = "Max Muster"\n'
        'labels = ["Max Muster (Leipzig) (DIE LINKE) [fraktionslos]"]\n',
        encoding="utf-8",
    )
    text = "Max Muster (Leipzig) (DIE LINKE) [fraktionslos]: Ich beantrage das Wort.\n"
    result = convert_text(text.encode(), "x.txt", load_config(config))
    root = etree.fromstring(result.tei)
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#muster"]


def test_a_weight_of_a_feature_the_model_does_not_know_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "stenogram.toml"
    config.write_text("[labels.weights]\nfancy = 3\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown label features"):
        load_config(config)


def test_convert_explain_prints_the_table_and_fails_cleanly_on_a_bad_file(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["convert", str(SAMPLES / "pl-excerpt.txt"), "-q", "--explain"])
    assert ok.exit_code == 0
    assert "label candidates" in ok.stderr and "Poseł Jan Nowak" in ok.stderr
    bad = runner.invoke(main, ["convert", str(tmp_path / "missing.txt"), "--explain"])
    assert bad.exit_code == 2
    assert "error" in bad.stderr and "Traceback" not in bad.stderr


def test_labels_inside_a_line_of_flattened_text_start_turns() -> None:
    result = convert_text((SAMPLES / "en-flattened.txt").read_bytes(), "flat.txt")
    assert speakers(result.tei) == [
        "THE SPEAKER (Mr. Arun Mehta):",
        "THE MINISTER OF FINANCE (SHRI A. B. SHARMA):",
        "THE SPEAKER (Mr. Arun Mehta):",
    ]
    root = etree.fromstring(result.tei)
    assert root.xpath("string(//t:sp[2]/t:p)", namespaces=NS).startswith("Sir, I beg to move")


def test_two_turns_on_one_line_but_not_at_an_abbreviation() -> None:
    text = "IVANOV: We agree. PETROV: We do not. Mr. SIDOROV is absent.\n\nIVANOV: So be it.\n"
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["IVANOV:", "PETROV:", "IVANOV:"]


@pytest.mark.parametrize(
    "text",
    [
        "THE CHAIRMAN: We are done.\n\nMR. SMITH: Thank you.\n\n"
        "(Whereupon, at 4:12 p.m., the hearing was adjourned.)\n",
        "ПРЕДСЕДАТЕЛЬ. Вопросы есть? Нет.\n\nИВАНОВ. Нет.\n\n(Аплодисменты.)\n\n(Заседание закрывается.)\n",
        # the Belgian Chamber closes an interpellation so, unbracketed
        "De voorzitter: Het woord is aan de heer Peeters.\n\nJan Peeters (N-VA): Ik dank u voor uw "
        "antwoord.\n\nHet incident is gesloten.\n",
    ],
)
def test_a_procedural_closing_line_stands_after_the_last_turn(text: str) -> None:
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    last = root.xpath("//t:body/t:div/*[last()]", namespaces=NS)[0]
    assert etree.QName(last).localname == "stage"
    assert root.xpath("count(//t:sp[last()]/t:stage)", namespaces=NS) == (1 if "Аплод" in text else 0)


@pytest.mark.parametrize(
    ("interjection", "group"),
    [
        ("(Zuruf rechts: Unsinn!)", "zuruf-rechts"),
        ("(Głos z sali: Hańba!)", "glos-z-sali"),
        ("(An hon. member: Shame!)", "an-hon-member"),
        ("(Upadica: Nije istina!)", "upadica"),
    ],
)
def test_group_voices_are_person_groups(interjection: str, group: str) -> None:
    text = f"PRÄSIDENT: Wir beginnen. {interjection} Weiter.\n\nABG. KLEIN: Danke.\n"
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    assert root.xpath("//t:personGrp/@xml:id", namespaces=NS) == [group]
    assert root.xpath("string(//t:said/@who)", namespaces=NS) == f"#{group}"


def test_a_running_head_is_furniture_and_a_mixed_parenthesis_gives_one_voice_each() -> None:
    result = convert_text((SAMPLES / "de-running-head.txt").read_bytes(), "de.txt")
    root = etree.fromstring(result.tei)
    assert [(line, text) for line, text, _ in result.report.furniture] == [(5, "(Präsident Dr. Beispiel)")]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3
    mixed = root.xpath("//t:stage[@type='applause']", namespaces=NS)[0]
    assert mixed.xpath("t:said/@who", namespaces=NS) == ["#zuruf-von-der-cdu-csu"]
    assert mixed.xpath("string(t:said)", namespaces=NS) == "Zuruf von der CDU/CSU: Unsinn!"
    voices = root.xpath("//t:stage[@type='interjection']/t:said/@who", namespaces=NS)
    assert voices == ["#jan-kowalski", "#eva-nowak"]  # the party is no voice
    assert root.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["zuruf-von-der-cdu-csu"]


def test_a_label_after_an_opening_quotation_mark() -> None:
    text = "“MR. SMITH: We object to this.\n\nTHE COURT: Overruled.”\n\n«ИВАНОВ. Товарищи, план выполнен.\n"
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["“MR. SMITH:", "THE COURT:", "«ИВАНОВ."]


def test_a_speech_whose_only_label_is_its_first_word() -> None:
    text = (
        "A speech at the plenum\n\nKaganovich. Comrades, the speeches of both Rykov and Bukharin are"
        " more like the last words of the defendants at the trial than speeches at the plenum. They say"
        " that they are innocent. They say that the testimony is false. But the facts say otherwise,"
        " comrades, and the party knows the facts. We have heard Sokolnikov, Pyatakov and Radek.\n\n"
        "The party will judge.\n"
    )
    assert speakers(convert_text(text.encode(), "x.txt").tei) == ["Kaganovich."]


def test_a_court_reporters_page_with_line_numbers() -> None:
    """The numbers are taken off (and listed as furniture), indentation sets paragraphs apart,
    the examination heading says who asks."""
    result = convert_text((SAMPLES / "en-court-numbered.txt").read_bytes(), "court.txt")
    root = etree.fromstring(result.tei)
    assert speakers(result.tei) == [
        *("THE COURT:", "MR. JONES:", "THE COURT:", "MR. SMITH:", "THE COURT:"),
        *("Q.", "A.", "Q.", "A.", "THE COURT:", "THE WITNESS:"),
    ]
    assert root.xpath("string(//t:sp[2]/t:p)", namespaces=NS) == (
        "Good morning, your Honor. Robert Jones for the government."
    )
    assert root.xpath("//t:sp[t:speaker = 'Q.']/@who", namespaces=NS) == ["#mr-jones", "#mr-jones"]
    left = root.xpath("//t:list[@type='furniture']/t:item[@ana='line-number']/text()", namespaces=NS)
    assert left == ["1–16"]


def test_duma_labels_with_initials_and_a_description() -> None:
    result = convert_text((SAMPLES / "ru-duma.txt").read_bytes(), "duma.txt")
    assert speakers(result.tei) == [
        "Председательствующий.",
        "Петров И. С., фракция «Родина».",
        "Председательствующий.",
        "Петров И. С.",
        "Сидорова А. В., председатель Комитета по бюджету и налогам.",
    ]
    root = etree.fromstring(result.tei)
    roles = root.xpath("//t:person/@role", namespaces=NS)
    assert "фракция «Родина»" in roles and "председатель Комитета по бюджету и налогам" in roles
    assert root.xpath("string(//t:sp[2]/t:p[1])", namespaces=NS).startswith("Уважаемые коллеги!")


def test_commons_offices_with_the_member_in_parentheses_and_the_closing_line() -> None:
    result = convert_text((SAMPLES / "en-commons.txt").read_bytes(), "commons.txt")
    assert speakers(result.tei) == [
        "1. Mr Alan Brook (Northtown) (Lab):",
        "The Lord Chancellor and Secretary of State for Justice (Mr Peter Grant):",
        "Mr Brook:",
        "Mr Grant:",
        "Hon. Members:",
        "Mr Speaker:",
    ]
    root = etree.fromstring(result.tei)
    closing = root.xpath("//t:body/t:div[last()]/*[last()]", namespaces=NS)[0]
    assert etree.QName(closing).localname == "stage" and closing.get("type") == "other"
    assert "adjourned" in closing.text


@pytest.mark.parametrize(
    ("sample", "expected", "ids"),
    [
        (
            "ja-diet.txt",
            ["○議長（尾辻秀久君）", "○鈴木一郎君", "○国務大臣（岸田文雄君）", "○議長（尾辻秀久君）"],
            ["#尾辻秀久", "#鈴木一郎", "#岸田文雄", "#尾辻秀久"],  # the holder in parentheses, without 君
        ),
        ("ko-assembly.txt", ["○의장 김진표", "○이철수 의원", "○의장 김진표"], None),
        (
            "sv-riksdag.txt",
            [
                "Anf. 1 Statsminister ULF KRISTERSSON (M):",
                "Anf. 2 MAGDALENA ANDERSSON (S):",
                "Anf. 3 Statsminister ULF KRISTERSSON (M):",
            ],
            None,
        ),
    ],
)
def test_labels_after_a_marker_or_a_number(sample: str, expected: list[str], ids: list[str] | None) -> None:
    """A marker ("○") or a speech's number ("Anf. 1") is printed with the label but is no part of
    its name; after a marker the label may end at an ideographic space."""
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    assert speakers(result.tei) == expected
    root = etree.fromstring(result.tei)
    if ids:
        assert root.xpath("//t:sp/@who", namespaces=NS) == ids  # names in their own script
    assert not root.xpath("//t:sp[1]/t:p[1][starts-with(normalize-space(), '○')]", namespaces=NS)


def test_a_seat_number_before_the_name_in_parentheses_opens_a_marked_label() -> None:
    """A Japanese local assembly names a member by seat: "○１２番（佐藤花子君）"; a number
    without the name in parentheses after it opens no label."""
    text = (
        "○議長（山田太郎君）　ただいまから本日の会議を開きます。１２番佐藤花子議員。\n"
        "○１２番（佐藤花子君）　通告に従い質問いたします。\n"
        "○１２月　市の予算について申し上げます。\n"
        "○議長（山田太郎君）　市長。\n"
    )
    assert speakers(convert_text(text.encode(), "shigikai.txt").tei) == [
        "○議長（山田太郎君）",
        "○１２番（佐藤花子君）",
        "○議長（山田太郎君）",
    ]


def test_a_double_circle_or_a_diamond_marks_a_label_as_the_circle_does() -> None:
    """Japanese local assemblies mark the chair and the executive with "◎", the member who asks
    with "◆"."""
    text = (
        "◎議長（田中一郎君）　ただいまから定例会を開会いたします。３番、鈴木花子議員。\n"
        "◆３番（鈴木花子議員）　おはようございます。防災対策についてお伺いします。\n"
        "◎議長（田中一郎君）　市長。\n"
        "◎市長（佐藤次郎君）　お答えいたします。防災対策は最重要課題であります。\n"
    )
    assert speakers(convert_text(text.encode(), "shigikai.txt").tei) == [
        "◎議長（田中一郎君）",
        "◆３番（鈴木花子議員）",
        "◎議長（田中一郎君）",
        "◎市長（佐藤次郎君）",
    ]


def test_an_unbracketed_closing_line_stands_after_the_last_turn() -> None:
    text = (
        "The President: I now give the floor to the representative of Chile.\n\n"
        "Mr. Rojas (Chile) (spoke in Spanish): Thank you, Madam President.\n\n"
        "The meeting rose at 1.10 p.m.\n"
    )
    root = etree.fromstring(convert_text(text, "un.txt").tei)
    last = root.xpath("//t:body/t:div/*[last()]", namespaces=NS)[0]
    assert etree.QName(last).localname == "stage" and last.text == "The meeting rose at 1.10 p.m."
    assert root.xpath("string(//t:sp[2]/t:p)", namespaces=NS) == "Thank you, Madam President."


def test_a_description_after_a_comma_is_the_role_not_the_name() -> None:
    result = convert_text((SAMPLES / "en-europarl.txt").read_bytes(), "ep.txt")
    root = etree.fromstring(result.tei)
    people = {
        p.xpath("string(t:persName[1])", namespaces=NS): p.get("role")
        for p in root.iterfind(".//t:person", NS)
    }
    assert people["Peter Lang"] == "on behalf of the PPE Group"
    assert people["Anna Berg"] == "rapporteur"


@pytest.mark.parametrize(
    ("sample", "stages"),
    [
        ("pt-assembleia.txt", [("applause", "Aplausos do PCP."), ("laughter", "Risos do PSD.")]),
        ("en-australia.txt", [("noise", "Opposition members interjecting—")]),
    ],
)
def test_events_printed_without_brackets_are_stage_directions(
    sample: str, stages: list[tuple[str, str]]
) -> None:
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    root = etree.fromstring(result.tei)
    found = [(s.get("type"), s.text) for s in root.iterfind(".//t:body//t:stage", NS)]
    assert found == stages
    assert len(root.xpath("//t:sp", namespaces=NS)) == 3


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("real-cs-psp-1996.txt", ["Místopředseda PSP Jiří Vlach:", "Poslanec Josef Pavela:"]),
        ("real-es-canarias-2008.txt", ["El señor presidente:", "La señora Arévalo Araya:"] * 2),
        (
            "real-ru-duma-2007.txt",
            [
                "ХАРИТОНОВ Н. М., фракция Коммунистической партии Российской Федерации.",
                "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            ],
        ),
        ("real-uk-rada-1994.txt", ["ГОЛОВА."]),
    ],
)
def test_real_record_excerpts(sample: str, expected: list[str]) -> None:
    """Published records (sources in tests/data/labels/README.md): the turns each prints."""
    result = convert_text((SAMPLES / sample).read_bytes(), sample)
    assert speakers(result.tei) == expected
    root = etree.fromstring(result.tei)
    first = " ".join(root.xpath("string(//t:sp[1]/t:p[1])", namespaces=NS).split())
    assert not first.startswith(tuple(label.split()[0] for label in expected))  # the label is not speech


def test_real_records_keep_their_own_layout() -> None:
    """The Duma's lines padded to 80 columns and the Rada's page number between paragraphs."""
    duma = etree.fromstring(convert_text((SAMPLES / "real-ru-duma-2007.txt").read_bytes(), "duma.txt").tei)
    assert duma.xpath("//t:person/@role", namespaces=NS) == [
        "фракция Коммунистической партии Российской Федерации",
        "chair",  # ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ
    ]
    assert duma.xpath("string(//t:sp[2]/t:p)", namespaces=NS) == "Обсудим ваше предложение."
    rada = etree.fromstring(convert_text((SAMPLES / "real-uk-rada-1994.txt").read_bytes(), "rada.txt").tei)
    assert rada.xpath("//t:list[@type='furniture']/t:item[@ana='page-number']/text()", namespaces=NS) == ["3"]
    speech = [" ".join(p.xpath("string()").split()) for p in rada.xpath("//t:sp/t:p", namespaces=NS)]
    assert speech[-1] == "У цілому ми зійшлися на такій методиці. Я з нею вас ознайомлю, прошу уваги."


def test_the_opening_line_of_a_sitting_is_text_not_the_title() -> None:
    result = convert_text((SAMPLES / "es-comision.txt").read_bytes(), "comision.txt")
    root = etree.fromstring(result.tei)
    assert (
        root.findtext(".//t:titleStmt/t:title", namespaces=NS)
        != "Se abre la sesión a las doce y cinco minutos del mediodía."
    )
    # the sitting's opening time, a line of the head above the first turn
    assert root.xpath("string(//t:front/t:div[@type='time']/t:p)", namespaces=NS).startswith(
        "Se abre la sesión"
    )
    assert speakers(result.tei) == ["El señor PRESIDENTE:", "La señora MARTÍN PÉREZ:"]


def test_a_question_and_its_answer_printed_once_are_labels() -> None:
    text = "THE COURT: You may proceed.\n\nQ. Where were you on the night of May 3?\n\nA. At home, with my wife.\n"
    result = convert_text(text.encode(), "qa.txt")
    assert speakers(result.tei) == ["THE COURT:", "Q.", "A."]
    assert any("follow each other" in note for note in result.report.decisions)


def test_the_lines_of_a_motion_ending_in_commas_stay_paragraphs() -> None:
    result = convert_text((SAMPLES / "nl-motie.txt").read_bytes(), "motie.txt")
    root = etree.fromstring(result.tei)
    paragraphs = ["".join(p.itertext()) for p in root.xpath("//t:sp[1]/t:p", namespaces=NS)]
    assert paragraphs[1:4] == [
        "De Kamer,",
        "gehoord de beraadslaging,",
        "constaterende dat gedupeerden nu horen dat hun woning veilig is;",
    ]
    assert not root.xpath("//t:milestone[@type='join']", namespaces=NS)


def test_a_question_number_before_the_label_is_no_part_of_the_name() -> None:
    result = convert_text((SAMPLES / "en-select-committee.txt").read_bytes(), "committee.txt")
    root = etree.fromstring(result.tei)
    assert root.xpath("//t:sp/@who", namespaces=NS) == [
        "#chair",
        "#professor-smith",
        "#mr-jones",
        "#professor-smith",
    ]


def test_a_label_in_capitals_with_its_role_and_no_colon() -> None:
    text = (
        "THE PRESIDENT: Have you seen the interrogatory?\n"
        "DR. WEBER (Counsel for Defendant Koch) The Defendant is requesting permission to submit it.\n"
        "THE PRESIDENT: Very well.\n"
    )
    result = convert_text(text.encode(), "trial.txt")
    assert speakers(result.tei) == [
        "THE PRESIDENT:",
        "DR. WEBER (Counsel for Defendant Koch)",
        "THE PRESIDENT:",
    ]


@pytest.mark.parametrize(
    ("text", "affiliation", "role"),
    [
        ("Max Mustermann (Leipzig) (DIE LINKE): Ich beginne.\n\nPräsident: Danke.\n", "DIE LINKE", "Leipzig"),
        (
            "Klaus Beispiel [BÜNDNIS 90/DIE GRÜNEN]: Ich beginne.\n\nPräsident: Danke.\n",
            "BÜNDNIS 90/DIE GRÜNEN",
            None,
        ),
        ("Mevrouw Kant (SP): Ik begin.\n\nDe voorzitter: Dank u.\n", "SP", None),
        ("ПЕТРОВ (председательствующий). Начнём.\n\nИВАНОВ. Да.\n", None, "председательствующий"),
    ],
)
def test_a_party_in_the_labels_brackets_is_the_persons_affiliation(
    text: str, affiliation: str | None, role: str | None
) -> None:
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    first = root.find(".//t:listPerson/t:person", NS)
    assert first is not None
    assert first.findtext("t:affiliation", namespaces=NS) == affiliation
    assert ((first.get("role") or "").replace("chair", "").strip() or None) == role


def test_a_voices_party_after_a_comma_is_its_affiliation_never_the_voice() -> None:
    text = (
        "Präsident: Das Wort hat der Kollege Klein.\n\n"
        "Hans Klein (SPD): Das Gesetz ist gut. (Jan Kowalski, SPD: Das ist falsch! - Eva Nowak, FDP: Richtig!)\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    parties = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.findtext("t:affiliation", namespaces=NS)
        for p in root.iterfind(".//t:person", NS)
    }
    assert (
        parties["jan-kowalski"] == "SPD" and parties["eva-nowak"] == "FDP" and parties["hans-klein"] == "SPD"
    )
    assert root.xpath("//t:said/@who", namespaces=NS) == ["#jan-kowalski", "#eva-nowak"]


def test_a_label_glued_to_the_word_before_it_starts_a_turn() -> None:
    text = (
        "Präsident Dr. Max Muster: Die Sitzung ist eröffnet. Wir beraten das Gesetz vom 3. Mai "
        "2011Vizepräsidentin Anna Beispiel: Danke, Herr Präsident. Ich habe eine Frage.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "glued.txt").tei)
    assert speakers(etree.tostring(root)) == ["Präsident Dr. Max Muster:", "Vizepräsidentin Anna Beispiel:"]
    assert root.xpath("string(//t:sp[1]/t:p)", namespaces=NS).endswith("vom 3. Mai 2011")


def test_words_with_a_full_stop_that_open_a_few_paragraphs_of_prose_are_no_dialogue() -> None:
    text = (
        "Moscow. The city was cold that winter, and the trams ran late.\n\n"
        "The plenum met in the Kremlin. Its members arrived early.\n\n"
        "Leningrad. The delegation came by the night train.\n\n"
        "They spoke of the harvest and of the factories, and of the plan.\n\n"
        "Nobody expected the resolution to pass without a vote.\n"
    )
    assert speakers(convert_text(text.encode(), "prose.txt").tei) == []


def test_a_name_alone_printed_once_first_is_a_turn_where_the_head_roll_names_it() -> None:
    """A trial's web transcript prints each name alone over the speech: the first, printed once,
    is the chair's turn where the head's roll names him with his part, not the record's title."""
    assert turn_ids(sample_tei("de-prozess-rolle-namen-allein.txt"))[0] == "helmut-brandauer"
    untitled = (
        "Planning Commission Meeting\n\nAnna Weber\nThank you. I move that we adopt the agenda.\n\n"
        "Tom Hadley\nSecond. The agenda is adopted without objection.\n\n"
        "Rosa Lindgren\nWe turn to the first item, the plan for the harbour.\n"
    )
    assert speakers(convert_text(untitled.encode(), "minutes.txt").tei) == [
        "Anna Weber",
        "Tom Hadley",
        "Rosa Lindgren",
    ]


def test_a_surname_alone_on_its_line_is_a_turn_where_the_head_roll_names_it() -> None:
    """One word in Mixed case alone over the speech is a turn where the head's roll names it
    ("Wilhelm Osterkamp, Vorsitzender Richter." over "Osterkamp"); a heading so printed that no
    roll names ("Anlage") is none, nor are surnames alone where no roll names them (the turns as
    printed are those of turns.toml)."""
    tei = sample_tei("de-prozess-nachnamen-allein.txt")
    assert turn_ids(tei)[0] == "osterkamp"
    assert "Anlage" in "".join(tei.xpath("//t:p/text()", namespaces=NS))
    unnamed = (
        "Sitzung\n\nOsterkamp\nGuten Morgen. Ich eröffne die Sitzung.\n\n"
        "Anlage\nDer Plan liegt dem Protokoll bei.\n\nSzalay\nIch habe eine Frage zum Plan.\n"
    )
    assert speakers(convert_text(unnamed.encode(), "sitzung.txt").tei) == []


def test_an_office_label_inside_a_flattened_line_starts_a_turn_but_not_after_an_abbreviation() -> None:
    text = (
        "Vizepräsidentin Petra Beispiel: Das Wort hat der Kollege Klein. (Beifall bei der SPD) "
        "Hans Klein (SPD): Frau Präsidentin! Das Gesetz ist gut. Vizepräsidentin Petra Beispiel: Vielen Dank.\n"
    )
    assert speakers(convert_text(text.encode(), "flat.txt").tei) == [
        "Vizepräsidentin Petra Beispiel:",
        "Hans Klein (SPD):",  # a name with its party after the applause: a label too
        "Vizepräsidentin Petra Beispiel:",
    ]
    portuguese = "O Sr. Presidente: — Está aberta a sessão.\n\nO Sr. Rui Almeida (PCP): — Muito obrigado.\n"
    assert speakers(convert_text(portuguese.encode(), "pt.txt").tei) == [
        "O Sr. Presidente:",
        "O Sr. Rui Almeida (PCP):",
    ]


def test_a_party_in_lower_case_after_the_name_as_the_eduskunta_prints_it() -> None:
    text = (
        "Puhemies Matti Virtanen: Käsittelyyn esitellään päiväjärjestyksen 1. asia.\n\n"
        "Ville Korhonen vihr: Arvoisa puhemies! Hallituksen esitys on hyvä.\n\n"
        "Puhemies Matti Virtanen: Kiitoksia.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "fi.txt").tei)
    assert speakers(etree.tostring(root)) == [
        "Puhemies Matti Virtanen:",
        "Ville Korhonen vihr:",
        "Puhemies Matti Virtanen:",
    ]
    member = root.find(".//t:person[@{http://www.w3.org/XML/1998/namespace}id='ville-korhonen']", NS)
    assert member is not None and member.findtext("t:affiliation", namespaces=NS) == "vihr"


def test_the_address_to_the_chair_right_under_a_label_is_no_label() -> None:
    """The Tweede Kamer's labels alone on their line, each speech on the line right under it
    (no blank line between): the speech's opening "Voorzitter." stays the speech's."""
    text = (
        "Tweede Kamer der Staten-Generaal\n\n"
        "De voorzitter:\nIk geef het woord aan de heer Jansen.\n\n"
        "De heer Jansen (VVD):\nVoorzitter. Ik wil beginnen met een vraag aan de minister.\n\n"
        "Minister De Vries:\nVoorzitter. Dank voor de vraag. Het antwoord is nee.\n\n"
        "De voorzitter:\nDank u wel.\n"
    )
    tei = convert_text(text.encode(), "tk.txt").tei
    assert speakers(tei) == [
        "De voorzitter:",
        "De heer Jansen (VVD):",
        "Minister De Vries:",
        "De voorzitter:",
    ]
    assert "Voorzitter. Dank voor de vraag." in tei.decode()


def test_a_group_named_with_an_ampersand_or_a_slash_is_part_of_the_description() -> None:
    root = etree.fromstring(convert_text((SAMPLES / "en-europarl-ampersand.txt").read_bytes(), "ep.txt").tei)
    assert speakers(etree.tostring(root)) == [
        "President. –",
        "Jane Holt, on behalf of the S&D Group. –",
        "Tomas Brandt, on behalf of the Verts/ALE Group. –",
        "President. –",
    ]
    people = {
        p.xpath("string(t:persName[1])", namespaces=NS): p.get("role")
        for p in root.iterfind(".//t:person", NS)
    }
    assert people["Jane Holt"] == "on behalf of the S&D Group"


@pytest.mark.parametrize("sample", sorted(TURNS))
def test_each_sample_of_the_turns_table_gives_its_labels(sample: str) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == TURNS[sample]


@pytest.mark.parametrize("sample", sorted(TURN_IDS))
def test_each_sample_of_the_ids_table_gives_each_turn_its_person(sample: str) -> None:
    assert turn_ids(sample_tei(sample)) == TURN_IDS[sample]

"""Conversion of whole transcripts: the bundled edition, other styles, and the guarantees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from stenogram.errors import InputError, UsageError
from stenogram.tei.convert import convert_file, convert_paths, convert_text
from stenogram.transcript.config import load_config

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT = ROOT / "transcripts" / "kaganovich-1936-12-04.txt"
CONFIG = ROOT / "transcripts" / "kaganovich-1936-12-04.toml"
EDITION = ROOT / "tei" / "kaganovich-1936-12-04.xml"
DATA = Path(__file__).resolve().parents[1] / "data"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def xpath(root: etree._Element, path: str) -> list:
    return root.xpath(path, namespaces=NS)


@pytest.fixture(scope="module")
def edition():
    with pytest.MonkeyPatch.context() as env:
        env.delenv("SOURCE_DATE_EPOCH", raising=False)  # the edition is dated by its [edition] date
        result = convert_text(TRANSCRIPT.read_bytes(), TRANSCRIPT.name, load_config(CONFIG))
    return result, etree.fromstring(result.tei)


def test_bundled_transcript_is_the_shared_seed(corpus: Path) -> None:
    assert TRANSCRIPT.read_bytes() == (corpus / "transcripts" / TRANSCRIPT.name).read_bytes()


def test_committed_edition_is_byte_identical_to_a_fresh_conversion(edition) -> None:
    result, _ = edition
    assert EDITION.read_bytes() == result.tei, "run scripts/build-edition.sh and commit tei/"


def test_every_labelled_turn_in_order(edition) -> None:
    _, root = edition
    text = TRANSCRIPT.read_text(encoding="utf-8")
    printed = re.findall(r"^([A-Z][A-Z ]+)\.\s", text, flags=re.M)
    turns = xpath(root, "//t:sp")
    speakers = [sp.xpath("string(t:speaker)", namespaces=NS).rstrip(".") for sp in turns]
    supplied = next(i for i, sp in enumerate(turns) if xpath(sp, "t:speaker/t:supplied"))
    assert xpath(root, "//t:sp[t:speaker/t:supplied]/t:speaker/t:supplied/text()") == ["KAGANOVICH"]
    # The supplied turn sits right after Bukharin's "… illegally?" turn.
    assert speakers[:supplied] + speakers[supplied + 1 :] == printed
    assert len(speakers) == len(printed) + 1 == 83
    ids = xpath(root, "//t:sp/@xml:id")
    assert ids == [f"sp-{n}" for n in range(1, 84)]


def test_supplied_label_starts_a_turn_after_the_question(edition) -> None:
    _, root = edition
    sp = xpath(root, "//t:sp[t:speaker/t:supplied]")[0]
    before = sp.getprevious()
    assert before.get("who") == "#bukharin"
    assert (
        before.xpath("string(t:p)", namespaces=NS) == "I said: why should you print your article illegally?"
    )
    assert sp.get("who") == "#kaganovich"
    assert sp.xpath("string(t:p)", namespaces=NS).startswith("In your answer, you yourself")


def test_all_eight_stage_directions_and_interjections(edition) -> None:
    _, root = edition
    stages = [(s.get("type"), s.get("who"), "".join(s.itertext())) for s in xpath(root, "//t:body//t:stage")]
    assert stages == [
        ("noise", "#voices", "(Noise in the hall, voices: correct, absolutely correct)"),
        ("laughter", None, "(Laughter)"),
        ("noise", None, "(Noise)"),
        ("noise", None, "(Noise in the hall)"),
        ("interjection", "#voices", "(VOICES. Right)"),
        ("interjection", "#voices", "(VOICES. Right, right)"),
        ("interjection", "#voices", "(VOICES. Right)"),
        ("applause", None, "(Applause)"),
    ]
    said = xpath(root, "//t:stage[@type='interjection']/t:said")
    assert [(s.get("who"), s.findtext("t:label", namespaces=NS)) for s in said] == [
        ("#voices", "VOICES.")
    ] * 3


def test_editorial_brackets(edition) -> None:
    result, root = edition
    assert xpath(root, "//t:p//t:supplied/text()") == ["?", ":", "?", "?", '"', "-"]
    stray = xpath(root, "//t:c[@type='stray-bracket']")
    assert [c.text for c in stray] == ["]"]
    assert "school" in stray[0].tail
    assert [(n, "unbalanced" in m) for n, m in result.report.warnings if "unbalanced" in m] == [
        (234, True)
    ] * 2


def test_no_page_furniture_in_the_text_but_all_of_it_in_the_header(edition) -> None:
    result, root = edition
    body = "".join(xpath(root, "//t:text")[0].itertext())
    for furniture in ("Header Ads", "Header ADS", "No comments", "Powered by Blogger"):
        assert furniture not in body
    items = xpath(root, "//t:encodingDesc//t:list[@type='furniture']/t:item")
    assert [(i.get("n"), i.text) for i in items] == [
        ("1", "Header Ads"),
        ("3", "Header ADS"),
        ("248", "No comments"),
        ("250", "Powered by Blogger."),
    ]
    assert [line for line, _, _ in result.report.furniture] == [1, 3, 248, 250]


def test_header_facts(edition) -> None:
    _, root = edition
    assert xpath(root, "string(//t:titleStmt/t:title)").startswith("Kaganovich's speech at the first meeting")
    assert xpath(root, "string(//t:sourceDesc/t:bibl[@type='published'])") == (
        "December plenum of the Central Committee of the All-Union Communist Party of Bolsheviks in "
        "1936: Documents and materials. Moscow. ROSSPEN. 2017"
    )
    ident = xpath(root, "//t:msIdentifier")[0]
    assert ident.findtext("t:repository", namespaces=NS) == "RGASPI"
    assert [(i.get("type"), i.text) for i in ident.findall("t:idno", NS)] == [
        ("fond", "17"),
        ("opis", "2"),
        ("delo", "574"),
    ]
    locus = xpath(root, "//t:msItem/t:locus")[0]
    assert (locus.get("from"), locus.get("to"), locus.text) == ("76", "103", "L. 76-103")
    assert xpath(root, "string(//t:physDesc/t:p)") == "Typewritten copy (2nd copy)"
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "1936-12-04"


def test_page_break_join(edition) -> None:
    result, root = edition
    joined = xpath(root, "//t:p[t:milestone[@type='join']]")
    assert len(joined) == 1
    text = "".join(joined[0].itertext())
    assert "we are forced to were to admit that at that time" in text
    assert any("page break" in message for _, message in result.report.warnings)


def test_persons_from_the_configuration(edition) -> None:
    _, root = edition
    people = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p for p in xpath(root, "//t:listPerson/*")}
    assert people["stalin"].findtext("t:idno[@type='wikidata']", namespaces=NS) == "Q855"
    name = people["kaganovich"].find("t:persName", NS)
    assert "".join(name.itertext()) == "Lazar Moiseyevich Kaganovich"
    assert [(etree.QName(part).localname, part.text) for part in name] == [
        ("forename", "Lazar"),
        ("forename", "Moiseyevich"),
        ("surname", "Kaganovich"),
    ]
    unidentified = people["unidentified"].find("t:persName", NS)  # a role: no parts
    assert unidentified.text == "Unidentified speaker" and len(unidentified) == 0
    place = people["voice-from-the-place"]
    assert etree.QName(place).localname == "personGrp"
    assert [n.text for n in place.findall("t:persName[@type='label']", NS)] == [
        "VOICE FROM THE PLACE",
        "VOICE WITH M ESTA",
    ]
    assert [n.text for n in people["unidentified"].findall("t:persName[@type='label']", NS)] == ["AWESOME"]
    pointers = {w.lstrip("#") for attr in xpath(root, "//@who") for w in attr.split()}
    assert pointers <= set(people)


def test_edition_is_valid_tei(tei_all, tmp_path: Path) -> None:
    assert tei_all([EDITION]) == []


def test_conversion_is_deterministic() -> None:
    config = load_config(CONFIG)
    data = TRANSCRIPT.read_bytes()
    assert convert_text(data, "a.txt", config).tei == convert_text(data, "a.txt", config).tei


def test_ibsen_labels_on_their_own_line_and_bracketed_stage_directions(
    corpus: Path, tei_all, tmp_path: Path
) -> None:
    source = corpus / "transcripts" / "ibsen-a-dolls-house.txt"
    out = tmp_path / "ibsen.xml"
    result = convert_file(source, out)
    root = etree.parse(str(out)).getroot()
    counts = {sid: n for sid, _, n in result.report.speakers}
    assert counts["nora"] == 566 and counts["helmer"] == 271 and counts["mrs-linde"] == 193
    first = xpath(root, "//t:sp")[0]
    assert first.xpath("string(t:speaker)", namespaces=NS) == "NORA."
    assert first.xpath("string(t:p)", namespaces=NS).startswith("Hide the Christmas Tree carefully")
    assert xpath(root, "string(//t:sp[1]/t:p/t:stage)") == "[To the PORTER, taking out her purse.]"
    assert xpath(root, "//t:div/t:head/text()")[-3:] == ["ACT I", "ACT II", "ACT III"]
    scene = xpath(root, "//t:div[t:head='ACT I']/t:stage")[0]
    assert "".join(scene.itertext()).startswith("[SCENE.—A room furnished")
    assert "It is winter. A bell rings" in "".join(scene.itertext())
    assert xpath(root, "string(//t:titleStmt/t:author)") == "Henrik Ibsen"
    assert tei_all([out]) == []


def test_russian_colon_and_group_labels(tei_all, tmp_path: Path) -> None:
    out = tmp_path / "ru.xml"
    result = convert_file(DATA / "ru-plenum.txt", out)
    root = etree.parse(str(out)).getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "АНДРЕЕВ (председательствующий).",
        "КАГАНОВИЧ.",
        "Голоса:",
        "КАГАНОВИЧ.",
        "БУХАРИН.",
        "КАГАНОВИЧ.",
    ]
    # the role as printed, after "chair": председательствующий is the chair's office
    assert xpath(root, "string(//t:person[@xml:id='andreev']/@role)") == "chair председательствующий"
    assert xpath(root, "//t:personGrp/@xml:id") == ["golosa"]
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "1936-12-04"
    assert [i.text for i in xpath(root, "//t:msIdentifier/t:idno")] == ["17", "2", "574"]
    laughter = xpath(root, "//t:stage[@type='laughter']")[0]
    assert laughter.get("who") == "#stalin"
    assert xpath(laughter, "string(t:said)") == "Сталин. Кто же им поверит?"
    assert xpath(root, "string(//t:gap/@reason)") == "illegible"
    assert xpath(root, "//t:note[@type='editorial']/text()") == ["Текст сокращён. — Ред."]
    assert xpath(root, "string(//t:sp[last()]/t:stage/@type)") == "applause"
    assert len(xpath(root, "//t:milestone[@type='join']")) == 1
    assert any("'Да'" in note for note in result.report.decisions)
    assert tei_all([out]) == []


def test_colon_labels_titles_roles_glued_and_ellipsis(tei_all, tmp_path: Path) -> None:
    out = tmp_path / "en.xml"
    result = convert_file(DATA / "en-hearing.txt", out)
    root = etree.parse(str(out)).getroot()
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "THE CHAIRMAN:",
        "Mr. SMITH:",
        "Petrov (presiding):",
        "Mr. SMITH:",
        "Petrov (presiding):",
        "Mr. JONES:",
        "Ivanov.",
        "Petrov (presiding):",
        "Ivanov.",
    ]
    assert xpath(root, "string(//t:sp[7]/t:p)") == "... And so we continue."
    assert xpath(root, "string(//t:sp[9]/t:p)") == "I think not."
    assert xpath(root, "string(//t:sp[6]/t:p)") == "I object to the whole line of questioning."
    assert xpath(root, "string(//t:sp[4]/t:p)").startswith("Yes. I think the figures")
    assert xpath(root, "string(//t:stage[@type='interjection']/@who)") == "#jones"
    assert [g.get("reason") for g in xpath(root, "//t:gap")] == ["illegible", "missing"]
    assert [(line, text) for line, text, _ in result.report.furniture] == [(2, "Home | Archive | Contact")]
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "1951-03-03"
    assert tei_all([out]) == []


def test_sentences_that_begin_like_labels_are_not_labels() -> None:
    text = (
        "KAGANOVICH. Comrades, listen.\n\nYes. I think this is so.\n\nComrades, it is late.\n\n"
        "Well. Let us go on.\n\nSTALIN. Go on.\n\nKAGANOVICH. Well, then.\n\nYes. Again.\n"
    )
    result = convert_text(text.encode(), "x.txt")
    root = etree.fromstring(result.tei)
    assert xpath(root, "//t:sp/t:speaker/text()") == ["KAGANOVICH.", "STALIN.", "KAGANOVICH."]
    assert xpath(root, "string(//t:sp[1]/t:p[2])") == "Yes. I think this is so."
    assert any("'Yes'" in note for note in result.report.decisions)


def test_text_without_speakers_is_encoded_as_paragraphs_with_a_warning(tei_all, tmp_path: Path) -> None:
    out = tmp_path / "letter.xml"
    result = convert_file(
        _write(tmp_path / "letter.txt", "Dear comrade,\n\nI write to you about the plan.\n"), out
    )
    root = etree.parse(str(out)).getroot()
    assert xpath(root, "//t:sp") == []
    assert xpath(root, "//t:body//t:p/text()") == ["I write to you about the plan."]
    assert any("no speaker" in message for _, message in result.report.warnings)
    assert tei_all([out]) == []


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1251", "koi8_r"])
def test_same_tei_whatever_the_encoding(tmp_path: Path, encoding: str) -> None:
    text = (DATA / "ru-plenum.txt").read_text(encoding="utf-8")
    text = text.replace("№", "N").replace("–", "-").replace("—", "-")  # KOI8-R has neither
    reference = convert_text(text.encode("utf-8"), "ru.txt").document
    text = text.replace("\n", "\r\n")
    document = convert_text(text.encode(encoding), "ru.txt").document
    assert document.body == reference.body and document.persons == reference.persons


def test_hand_edited_tei_is_not_overwritten_without_force(tmp_path: Path) -> None:
    source = _write(tmp_path / "t.txt", "STALIN. Yes.\n\nMOLOTOV. No.\n")
    out = tmp_path / "t.xml"
    convert_file(source, out)
    convert_file(source, out)  # an unchanged generated file may be rewritten
    edited = out.read_bytes().replace(b"No.", b"No, never.")
    out.write_bytes(edited)
    with pytest.raises(UsageError, match="edited by hand"):
        convert_file(source, out)
    assert out.read_bytes() == edited
    convert_file(source, out, force=True)
    assert b"No, never." not in out.read_bytes()


def test_foreign_file_is_not_overwritten(tmp_path: Path) -> None:
    out = _write(tmp_path / "t.xml", "<TEI/>")
    with pytest.raises(UsageError, match="not written by stenogram"):
        convert_file(_write(tmp_path / "t.txt", "STALIN. Yes.\n"), out)


@pytest.mark.parametrize(
    "data", [b"", b"\x00\x00\x01\x02\xff\xfe\x00binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"]
)
def test_bad_input_raises_and_writes_nothing(tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(data)
    out = tmp_path / "bad.xml"
    with pytest.raises(InputError) as info:
        convert_file(source, out)
    assert info.value.location.file == str(source)
    assert not out.exists() and list(tmp_path.iterdir()) == [source]


def test_batch_conversion_into_a_folder_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    _write(tmp_path / "in" / "a.txt", "STALIN. Yes.\n\nMOLOTOV. No.\n")
    _write(tmp_path / "in" / "b.txt", "")
    outcomes = convert_paths([str(tmp_path / "in")], str(tmp_path / "out"), jobs=1)
    assert [(Path(o.input).name, o.error is None) for o in outcomes] == [("a.txt", True), ("b.txt", False)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.xml"]
    assert "the file is empty" in str(outcomes[1].error)


def test_russian_mixed_case_labels_group_with_lower_case_words_and_page_numbers(
    tei_all, tmp_path: Path
) -> None:
    out = tmp_path / "ru-mixed.xml"
    result = convert_file(DATA / "ru-mixed.txt", out)
    root = etree.parse(str(out)).getroot()
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "Андреев (председательствующий).",
        "Сталин.",
        "Каганович.",
        "Голос с места.",
        "Сталин.",
        "Каганович.",
        "Молотов.",
        "Андреев (председательствующий).",
    ]
    assert xpath(root, "//t:personGrp/t:persName[@type='label']/text()") == ["Голос с места"]
    assert [(line, text, kind) for line, text, kind in result.report.furniture] == [
        (22, "– 12 –", "page-number")
    ]
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "1936-12-04"
    assert xpath(root, "string(//t:front/t:docDate)") == "4 декабря 1936 г. Вечернее"
    assert any(n.startswith("label: 'Молотов'") and "shape +2" in n for n in result.report.decisions)
    assert tei_all([out]) == []


def test_examination_transcript_with_question_and_answer_labels(tei_all, tmp_path: Path) -> None:
    out = tmp_path / "trial.xml"
    result = convert_file(DATA / "en-trial.txt", out)
    root = etree.parse(str(out)).getroot()
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "THE COURT:",
        "MR. HOLT:",
        "Q.",
        "A.",
        "Q.",
        "A.",
        "The Hon. Members:",
    ]
    assert xpath(root, "//t:personGrp/@xml:id") == ["the-hon-members"]
    assert xpath(root, "string(//t:sp[4]/t:p/t:stage/@type)") == "laughter"
    assert [text for _, text, _ in result.report.furniture] == ["Page 1 of 2", "Page 2 of 2"]
    assert tei_all([out]) == []


def test_labels_alone_on_their_line_without_punctuation(tei_all, tmp_path: Path) -> None:
    out = tmp_path / "script.xml"
    result = convert_file(DATA / "en-script.txt", out)
    root = etree.parse(str(out)).getroot()
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "CHAIRMAN",
        "WITNESS (Mr. Harold Grey)",
        "CHAIRMAN",
        "WITNESS (Mr. Harold Grey)",
    ]
    # the office with its holder in parentheses is the holder, in that office
    assert xpath(root, "string(//t:person[@xml:id='mr-harold-grey']/@role)") == "WITNESS"
    # the day's caption by its ordinal is the title's, as "Day 1" is
    assert xpath(root, "//t:titlePart[@type='sub']/text()") == ["First day"]
    assert any(n.startswith("label: 'CHAIRMAN'") and "alone +1.5" in n for n in result.report.decisions)
    assert tei_all([out]) == []


def test_testimony_read_out_over_paragraphs_becomes_a_quotation(tei_all, tmp_path: Path) -> None:
    text = (
        "KAGANOVICH. Here is what Rykov said:\n\n“In 1934, Tomsky told me that Zinoviev was with him.\n\n"
        "I objected to the visit.”\n\nYou see, comrades.\n\n“An open quotation\n\nthat never closes.\n\n"
        "RYKOV. That is so.\n"
    )
    out = tmp_path / "quote.xml"
    out.write_bytes(convert_text(text.encode(), "quote.txt").tei)
    root = etree.parse(str(out)).getroot()
    quotes = xpath(root, "//t:sp/t:quote")
    assert len(quotes) == 1
    assert xpath(quotes[0], "t:p/@xml:id") == ["p-2", "p-3"]
    assert xpath(root, "string(//t:sp[1]/t:p[last()])") == "“An open quotation that never closes."
    assert tei_all([out]) == []


@pytest.mark.parametrize("sample", [*sorted(p.name for p in DATA.glob("*.txt")), "ibsen-a-dolls-house.txt"])
def test_every_conversion_is_clean_under_our_own_schema_and_rules(
    sample: str, corpus: Path, tmp_path: Path
) -> None:
    from stenogram.validate.run import default_checks, validate_file

    source = DATA / sample if (DATA / sample).exists() else corpus / "transcripts" / sample
    out = tmp_path / "out.xml"
    convert_file(source, out)
    report = validate_file(str(out), default_checks())
    assert [str(f) for f in report.findings] == []


def test_parliamentary_web_copy_with_mixed_case_labels_alone_and_numbered_speakers() -> None:
    result = convert_text((DATA / "en-hansard.txt").read_bytes(), "en-hansard.txt")
    root = etree.fromstring(result.tei)
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "Mr. Speaker",
        "Angela Rayner (Ashton-under-Lyne) (Lab)",
        "The Prime Minister (Boris Johnson)",
        "Mr. Speaker",
        "Angela Rayner (Ashton-under-Lyne) (Lab)",
        "The Prime Minister (Boris Johnson)",
        "SPEAKER 1:",
        "SPEAKER 2:",
    ]
    assert xpath(root, "//t:sp[last()-1]/@who | //t:sp[last()]/@who") == ["#speaker-1", "#speaker-2"]
    assert xpath(root, "string(//t:person[@xml:id='boris-johnson']/@role)") == "Prime Minister"
    assert [(g.get("reason"), g.findtext("t:desc", namespaces=NS)) for g in xpath(root, "//t:gap")] == [
        ("omitted", "...")
    ]
    assert [s.get("type") for s in xpath(root, "//t:stage")] == ["noise", "laughter"]
    # A title and a date on adjacent lines are two facts, not one title.
    assert xpath(root, "string(//t:titleStmt/t:title)") == "House of Commons"
    assert xpath(root, "//t:front/t:docDate/text()") == ["Wednesday 5 February 2020"]
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "2020-02-05"
    assert xpath(root, "//t:body/t:div/t:head/text()") == ["Engagements"]  # the item heading


def test_german_protocol(tmp_path: Path) -> None:
    root = etree.fromstring(convert_text((DATA / "de-bundestag.txt").read_bytes(), "de.txt").tei)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "Präsident Dr. Norbert Lammert:",
        "Dr. Angela Merkel, Bundeskanzlerin:",
        "Präsident Dr. Norbert Lammert:",
        "Sigmar Gabriel (SPD):",
    ]
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "2011-06-09"
    assert [(s.get("type"), s.get("who")) for s in xpath(root, "//t:body//t:stage")] == [
        ("applause", None),
        ("interjection", "#zuruf-von-der-spd"),
        ("laughter", None),
        ("laughter", None),
    ]
    assert xpath(root, "string(//t:titleStmt/t:title)") == "Deutscher Bundestag Stenografischer Bericht"
    # the dateline with its place, and the sitting's opening time: the head's, no text of the body
    assert xpath(root, "string(//t:front/t:docDate)") == "Berlin, Donnerstag, den 9. Juni 2011"
    assert xpath(root, "string(//t:front/t:docDate/@when)") == "2011-06-09"
    assert xpath(root, "//t:front/t:docDate/t:placeName/text()") == ["Berlin"]
    assert xpath(root, "string(//t:settingDesc//t:placeName)") == "Berlin"
    assert xpath(root, "//t:front/t:div[@type='time']/t:p/text()") == ["Beginn: 9.00 Uhr"]
    assert xpath(root, "//t:body/t:div/t:p[not(ancestor::t:sp)]/text()") == []


def test_french_compte_rendu(tmp_path: Path) -> None:
    root = etree.fromstring(convert_text((DATA / "fr-assemblee.txt").read_bytes(), "fr.txt").tei)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "M. le président.",
        "M. le président.",
        "Mme Valérie Rabault.",
        "Plusieurs députés du groupe LR.",
        "M. le président.",
        "Mme Valérie Rabault.",
    ]
    assert xpath(root, "//t:personGrp/@xml:id") == ["plusieurs-deputes-du-groupe-lr"]
    assert [s.get("type") for s in xpath(root, "//t:body//t:stage")] == ["other", "applause", "noise"]
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "2019-02-12"


def test_ukrainian_stenogram_with_initials_after_the_surname(tmp_path: Path) -> None:
    root = etree.fromstring(convert_text((DATA / "uk-rada.txt").read_bytes(), "uk.txt").tei)
    assert xpath(root, "//t:sp/t:speaker/text()") == [
        "ГОЛОВУЮЧИЙ.",
        "ЯВОРІВСЬКИЙ В.О., голова Комісії з питань Чорнобильської катастрофи.",
        "ГОЛОВУЮЧИЙ.",
        "ЯВОРІВСЬКИЙ В.О.",
        "ГОЛОС ІЗ ЗАЛУ.",
    ]
    # the description after the initials is the speaker's office, not the speech's first words
    assert xpath(root, "string(//t:person[@role][t:persName = 'ЯВОРІВСЬКИЙ В.О.']/@role)") == (
        "голова Комісії з питань Чорнобильської катастрофи"
    )
    assert not xpath(root, "string(//t:sp[2]/t:p[1])").startswith(",")
    assert (
        xpath(root, "string(//t:titleStmt/t:title)")
        == "СТЕНОГРАМА пленарного засідання Верховної Ради України"
    )
    assert xpath(root, "string(//t:settingDesc//t:date/@when)") == "1990-07-16"
    assert [s.get("type") for s in xpath(root, "//t:body//t:stage")] == ["applause", "noise", "applause"]


def test_time_stamps_before_labels_and_in_the_text() -> None:
    root = etree.fromstring(convert_text((DATA / "en-timestamps.txt").read_bytes(), "ts.txt").tei)
    speakers = xpath(root, "//t:sp/t:speaker")
    assert etree.tostring(speakers[0], encoding="unicode", with_tail=False).endswith(
        "><time>[00:00:05]</time> MAYOR DAVIS:</speaker>"
    )
    assert xpath(root, "string(//t:sp[1]/@who)") == "#mayor-davis"
    assert "#speaker-1" in xpath(root, "//t:sp/@who")
    assert xpath(root, "//t:p/t:time/text()")[:1] == ["[00:01:30]"]
    assert xpath(root, "string(//t:gap/t:desc)") == "inaudible"
    assert "crosstalk" in xpath(root, "//t:stage[@type='noise']/text()")[0]


def test_a_source_line_in_the_same_block_as_the_first_turn() -> None:
    text = "Plenum of 1936\n\nA source: Voprosy istorii, 1995\nSTALIN. Hello all.\n\nMOLOTOV. Yes.\n"
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    assert xpath(root, "string(//t:sourceDesc/t:bibl)") == "Voprosy istorii, 1995"
    assert xpath(root, "//t:front//t:p/text()") == ["A source: Voprosy istorii, 1995"]
    assert xpath(root, "//t:sp/t:speaker/text()") == ["STALIN.", "MOLOTOV."]


def test_turns_printing_one_label_alike_share_it_and_keep_their_own_text() -> None:
    """A record's many "NORA." are one label object (the model of a long record holds one a
    label, not one a turn); a label printed otherwise is its own, and each turn's TEI is its own."""
    text = "NORA. Yes.\n\nHELMER. No.\n\nNORA. Yes again.\n\nNORA: At once.\n"
    result = convert_text(text, "play.txt")
    turns = result.document.body[0].items
    labels = [turn.speaker for turn in turns]  # type: ignore[union-attr]
    assert labels[0] is labels[2] and labels[3] is not labels[0] and labels[1] is not labels[0]
    assert result.tei is not None
    root = etree.fromstring(result.tei)
    assert xpath(root, "//t:sp/t:speaker/text()") == ["NORA.", "HELMER.", "NORA.", "NORA:"]

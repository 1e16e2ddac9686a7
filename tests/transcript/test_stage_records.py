"""The stenographer's notes in records of every genre and language: typed stage directions,
voices from the hall with their own speaker, and the speaker's own parentheses kept as text. The
samples (`tests/data/labels/*-stage-*.txt`) are written for these tests in the shape each source
prints: hearings, courts, depositions, inquiries, councils, congresses and parliaments."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text

# sample → (speakers, stage types in order, the voices' speakers, the speaker's own parentheses)
EXPECTED: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "ca-stage-ple.txt": (
        [
            "La presidenta:",
            "El Sr. Puig i Ferrer:",
            "La presidenta:",
            "El Sr. Puig i Ferrer:",
            "La presidenta:",
            "La presidenta:",
        ],
        ["applause", "noise", "laughter", "other", "applause", "other"],
        [],
        ["(pàgina 8)"],
    ),
    "cs-stage-psp.txt": (
        [
            "Předseda PSP Jan Horák:",
            "Poslanec Karel Dvořák:",
            "Předseda PSP Jan Horák:",
            "Předseda PSP Jan Horák:",
        ],
        ["other", "applause", "noise", "interjection", "laughter", "noise", "other", "other"],
        ["#poslanec-novak"],
        ["(sněmovní tisk 512)"],
    ),
    "cs-stage-veselost.txt": (
        ["Místopředseda PSP Petr Malý:", "Poslanec Tomáš Beneš:", "Místopředseda PSP Petr Malý:"],
        ["laughter", "applause", "noise"],
        [],
        ["(strana 4)"],
    ),
    "de-stage-bundestag.txt": (
        ["Dr. Lena Hartmann (SPD):", "Präsidentin Petra Lindner:", "Michael Brandt (CDU/CSU):"],
        ["applause", "interjection", "laughter", "laughter", "applause", "noise", "noise", "laughter"],
        ["#zuruf-von-der-cdu-csu", "#michael-brandt"],
        ["(Drucksache 20/1234)"],
    ),
    "de-stage-court.txt": (
        [
            "Vorsitzender Richter Dr. Wendt:",
            "Vorsitzender Richter Dr. Wendt:",
            "Zeuge Krause:",
            "Vorsitzender Richter Dr. Wendt:",
            "Zeuge Krause:",
            "Verteidiger Lorenz:",
            "Vorsitzender Richter Dr. Wendt:",
        ],
        ["other", "other", "other", "noise", "other"],
        [],
        [],
    ),
    "de-stage-landtag-pause.txt": (
        [
            "Präsident Hans Kellermann:",
            "Abg. Sabine Roth (GRÜNE):",
            "Präsident Hans Kellermann:",
            "Präsident Hans Kellermann:",
            "Abg. Sabine Roth (GRÜNE):",
            "Präsident Hans Kellermann:",
        ],
        ["other", "other", "other", "interjection", "other"],
        ["#abg-peter-fuchs"],
        [],
    ),
    "de-stage-zustimmung.txt": (
        ["Präsidentin Petra Lindner:", "Eva Brandt (BÜNDNIS 90/DIE GRÜNEN):"],
        ["other", "applause"],
        ["#zuruf-von-der-afd"],
        ["(Seite 12)"],
    ),
    "el-stage-vouli.txt": (
        [
            "ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Παπαδάκης):",
            "ΚΩΝΣΤΑΝΤΙΝΟΣ ΝΙΚΟΛΑΟΥ:",
            "ΔΗΜΗΤΡΙΟΣ ΓΕΩΡΓΙΟΥ:",
            "ΚΩΝΣΤΑΝΤΙΝΟΣ ΝΙΚΟΛΑΟΥ:",
            "ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Παπαδάκης):",
        ],
        ["applause", "noise", "laughter", "noise", "other"],
        [],
        ["(σελίδα 12)"],
    ),
    "en-stage-australia-quorum.txt": (
        ["The SPEAKER:", "Mr HALE (Kingsford) (10:02):", "The SPEAKER:", "Mr HALE:", "The SPEAKER:"],
        ["noise", "other", "other", "other"],
        [],
        [],
    ),
    "en-stage-commons.txt": (
        [
            "Mr Speaker:",
            "Jane Holloway (Barnsford) (Lab):",
            "Hon. Members:",
            "The Prime Minister (Tom Ashdown):",
            "Mr Speaker:",
            "Jane Holloway:",
            "Mr Speaker:",
        ],
        ["noise", "laughter", "interjection", "noise", "other"],
        ["#hon-members"],
        [],
    ),
    "en-stage-council.txt": (
        [
            "MAYOR PRICE:",
            "CLERK JENKINS:",
            "COUNCIL MEMBER ORTIZ:",
            "MAYOR PRICE:",
            "MAYOR PRICE:",
            "CHIEF DALTON:",
            "MAYOR PRICE:",
            "SPEAKER 1:",
            "MAYOR PRICE:",
            "SPEAKER 2:",
            "MAYOR PRICE:",
        ],
        ["applause", "laughter", "other", "other", "other", "other"],
        [],
        [],
    ),
    "en-stage-court-gestures.txt": (
        [
            "THE COURT:",
            "MR. PATEL:",
            "THE WITNESS:",
            "THE COURT:",
            "THE WITNESS:",
            "MR. PATEL:",
            "THE WITNESS:",
            "MR. PATEL:",
            "THE WITNESS:",
            "MS. DUARTE:",
            "THE COURT:",
        ],
        ["other", "other", "other", "noise"],
        [],
        [],
    ),
    "en-stage-court.txt": (
        [
            "THE COURT:",
            "THE COURT:",
            "MS. ALVAREZ:",
            "THE CLERK:",
            "THE WITNESS:",
            "MS. ALVAREZ:",
            "THE COURT:",
            "MS. ALVAREZ:",
            "THE WITNESS:",
            "MS. ALVAREZ:",
            "THE COURT:",
        ],
        ["other", "other", "other", "other", "other", "other"],
        [],
        ["(People's 4)"],
    ),
    "en-stage-deposition-square.txt": (
        [
            "MR. HOLLIS:",
            "THE WITNESS:",
            "MR. HOLLIS:",
            "THE WITNESS:",
            "MR. HOLLIS:",
            "THE WITNESS:",
            "MS. RENNER:",
            "MR. HOLLIS:",
            "THE INTERPRETER:",
            "MR. HOLLIS:",
        ],
        ["other", "other", "noise", "laughter", "other", "other", "other"],
        [],
        [],
    ),
    "en-stage-hearing-caps.txt": (
        [
            "SEN. HARLAN BRECK (R-OH):",
            "SEN. MARA OYELARAN (D-NM):",
            "UNIDENTIFIED MALE:",
            "BRECK:",
            "BRECK:",
            "DR. PAUL VENDT:",
            "BRECK:",
            "BRECK:",
        ],
        ["applause", "laughter", "other", "noise", "other", "other"],
        [],
        [],
    ),
    "en-stage-inquiry.txt": (
        ["THE CHAIR:", "MR LOWE:", "Q.", "A.", "Q.", "A.", "THE CHAIR:", "MR LOWE:", "A.", "THE CHAIR:"],
        ["other", "other", "other", "other", "other", "other"],
        [],
        ["(ward 7, as it then was)"],  # "DR AMELIA HART (sworn)" heads her evidence
    ),
    "en-stage-un.txt": (
        [
            "The President:",
            "Mr. Laurent (France) (spoke in French):",
            "The President:",
            "Mr. Hassan (Egypt) (spoke in Arabic):",
            "The President:",
        ],
        ["other", "other"],
        [],
        ["(S/2023/112, para. 14)"],
    ),
    "es-stage-congreso.txt": (
        [
            "La señora PRESIDENTA:",
            "El señor RUIZ VEGA:",
            "La señora PRESIDENTA:",
            "El señor RUIZ VEGA:",
            "La señora PRESIDENTA:",
        ],
        # the hour the sitting ended ("Eran las dos y cinco minutos de la tarde.") is the record's
        [
            "applause",
            "noise",
            "interjection",
            "laughter",
            "interjection",
            "other",
            "applause",
            "noise",
            "other",
        ],
        ["#un-senor-diputado", "#varios-senores-diputados"],
        ["(página 14)"],
    ),
    "fr-stage-assemblee.txt": (
        [
            "M. le président.",
            "M. Paul Dumas.",
            "M. Jean Roux.",
            "M. Paul Dumas.",
            "M. le président.",
            "M. Paul Dumas.",
            "M. le président.",
            "M. le président.",
        ],
        ["applause", "noise", "noise", "laughter", "laughter", "noise", "other", "noise"],
        [],
        ["(article 12 du projet)"],
    ),
    "fr-stage-rumeurs.txt": (
        ["Mme la présidente.", "M. Hugo Lambert.", "Mme la présidente."],
        ["noise", "applause", "noise"],
        [],
        ["(amendement no 212)"],
    ),
    "hu-stage-orszaggyules.txt": (
        ["ELNÖK:", "NAGY LÁSZLÓ (Fidesz):", "ELNÖK:", "NAGY LÁSZLÓ (Fidesz):"],
        ["applause", "laughter", "noise", "interjection", "noise", "other", "interjection", "applause"],
        ["#kozbeszolas-a-jobbik-soraibol", "#szabo-peter"],
        ["(2011. évi CXC. törvény)"],
    ),
    "it-stage-senato.txt": (
        [
            "PRESIDENTE.",
            "ROSSI (PD).",
            "PRESIDENTE.",
            "ROSSI (PD).",
            "BIANCHI (M5S).",
            "PRESIDENTE.",
            "ROSSI (PD).",
        ],
        ["applause", "noise", "laughter", "noise", "other", "noise", "other", "applause"],
        [],
        ["(sentenza n. 24 del 2019)"],
    ),
    "ja-stage-diet.txt": (
        [
            "○議長（山田太郎君）",
            "○議長（山田太郎君）",
            "○鈴木一郎君",
            "○議長（山田太郎君）",
            "○鈴木一郎君",
            "○議長（山田太郎君）",
        ],
        ["other", "applause", "noise", "noise", "applause", "other"],
        [],
        ["（資料三）"],
    ),
    "nl-stage-instemming.txt": (
        ["De voorzitter:", "De heer Bakker (CDA):", "De voorzitter:"],
        ["other", "noise"],
        [],
        ["(blz. 7)"],
    ),
    "nl-stage-tweede-kamer.txt": (
        [
            "De voorzitter:",
            "Mevrouw De Vries (VVD):",
            "De voorzitter:",
            "Mevrouw De Vries (VVD):",
            "De voorzitter:",
        ],
        ["laughter", "noise", "other", "applause", "other"],
        [],
        ["(Kamerstuk 31 839, nr. 12)"],
    ),
    "pl-stage-sejm.txt": (
        ["Marszałek:", "Poseł Jan Wiśniewski:", "Marszałek:", "Marszałek:"],
        [
            "applause",
            "applause",
            "laughter",
            "interjection",
            "interjection",
            "noise",
            "other",
            "other",
            "other",
            "noise",
        ],
        ["#glos-z-sali", "#posel-anna-zielinska"],
        ["(nr 112 z 2021 r.)"],
    ),
    "pl-stage-wrzawa.txt": (
        ["Wicemarszałek:", "Poseł Marek Nowicki:", "Wicemarszałek:"],
        ["noise", "noise", "applause", "other"],
        [],
        ["(str. 8)"],
    ),
    "pt-stage-ar.txt": (
        [
            "O Sr. Presidente:",
            "O Sr. João Silva (PSD):",
            "O Sr. Rui Costa (PS):",
            "O Sr. João Silva (PSD):",
            "Vozes do PS:",
            "O Sr. Presidente:",
        ],
        ["applause", "noise", "laughter", "other", "other"],
        [],
        ["(página 12)"],
    ),
    "ru-stage-congress.txt": (
        ["ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.", "ГРОМОВ.", "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.", "ГРОМОВ."],
        [
            "applause",
            "applause",
            "interjection",
            "noise",
            "laughter",
            "interjection",
            "noise",
            "applause",
            "other",
        ],
        ["#golos-s-mesta", "#golosa"],
        [],
    ),
    "ru-stage-duma.txt": (
        [
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            "ИЗ ЗАЛА.",
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            'РУБЦОВ В. Л., фракция "ЕДИНАЯ РОССИЯ".',
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
        ],
        ["noise", "other", "noise", "noise", "other", "applause"],
        [],
        ["(№ 246425-8)"],
    ),
    "ru-stage-trial.txt": (
        [
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            "ЛОМОВ.",
            "ПРОКУРОР.",
            "ЛОМОВ.",
            "ПРОКУРОР.",
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
            "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.",
        ],
        ["other", "other", "other", "other", "laughter", "other"],
        [],
        [],
    ),
    "sr-stage-skupstina.txt": (
        ["PREDSEDNIK:", "MARKO PETROVIĆ:", "PREDSEDNIK:", "MARKO PETROVIĆ:"],
        ["applause", "noise", "laughter", "noise", "applause"],
        [],
        ["(strana 9)"],
    ),
    "sv-stage-riksdag.txt": (
        ["Anf. 12 Statsrådet KARIN LUNDQVIST (S):", "Anf. 13 ERIK HOLM (M):", "Anf. 14 TALMANNEN:"],
        ["applause", "laughter", "applause", "noise", "other", "other"],
        [],
        ["(prop. 2021/22:45)"],
    ),
    "tr-stage-tbmm.txt": (
        ["BAŞKAN –", "AHMET YILMAZ (Ankara) –", "BAŞKAN –", "AHMET YILMAZ (Ankara) –", "BAŞKAN –"],
        ["applause", "noise", "noise", "interjection", "other", "applause", "other"],  # Kapanma Saati
        [],
        ["(sayfa 12)"],
    ),
    "uk-stage-dzvinok.txt": (
        ["ГОЛОВУЮЧИЙ.", "МЕЛЬНИК І.В.", "ГОЛОВУЮЧИЙ."],
        ["applause", "noise", "other"],
        [],
        ["(№ 1234-IX)"],
    ),
    "uk-stage-rada.txt": (
        ["ГОЛОВУЮЧИЙ.", "КОВАЛЕНКО О.П.", "ГОЛОВУЮЧИЙ.", "КОВАЛЕНКО О.П.", "ГОЛОВУЮЧИЙ.", "ГОЛОВУЮЧИЙ."],
        ["noise", "applause", "noise", "noise", "laughter", "other", "applause"],
        [],
        ["(№ 3612)"],
    ),
    "zh-stage-npc.txt": (
        ["主持人：", "张明：", "主持人：", "主持人：", "李华："],
        ["applause", "laughter", "applause", "other", "applause"],
        [],
        ["（第12页）"],
    ),
    # events of the sitting (suspended, resumed, closed; votes and their results) between turns
    "de-stage-nationalrat.txt": (
        [
            "Präsident Wolfgang Ebner:",
            "Abgeordneter Max Meier (ÖVP):",
            "Präsident Wolfgang Ebner:",
            "Präsident Wolfgang Ebner:",
        ],
        ["applause", "laughter", "interjection", "applause", "other", "other"],
        ["#abg-gruber", "#ruf-bei-der-fpo"],
        [],
    ),
    "de-stage-bundestag-unterbrechung.txt": (
        [
            "Präsidentin Dr. Helga Brandt:",
            "Anna Berg (SPD):",
            "Präsidentin Dr. Helga Brandt:",
            "Präsidentin Dr. Helga Brandt:",
        ],
        ["applause", "applause", "laughter", "noise", "applause", "other", "other"],
        ["#zuruf-von-der-afd", "#dr-karl-huber"],
        [],
    ),
    "fr-stage-scrutin.txt": (
        [
            "Mme la présidente.",
            "M. Jean Lemoine.",
            "M. Paul Girard.",
            "M. Jean Lemoine.",
            "Plusieurs députés du groupe RN.",
            "M. Jean Lemoine.",
            "Mme la présidente.",
            "Mme la présidente.",
            "Mme la présidente.",
            "Mme la présidente.",
            "Mme la présidente.",
        ],
        ["applause", "noise", "applause", "other", "other", "other", "other", "other"],
        [],
        [],
    ),
    "it-stage-camera-votazione.txt": (
        [
            "PRESIDENTE.",
            "MARIO BIANCHI.",
            "Voci dai banchi del gruppo Lega:",
            "MARIO BIANCHI.",
            "PRESIDENTE.",
            "PRESIDENTE.",
        ],
        ["applause", "noise", "applause", "other", "other", "other"],
        ["#una-voce-dai-banchi-del-gruppo-fratelli-d-italia"],
        ["(Vedi RS)"],
    ),
    "es-stage-votacion.txt": (
        [
            "La señora PRESIDENTA:",
            "El señor LÓPEZ PÉREZ:",
            "La señora PRESIDENTA:",
            "La señora VICEPRESIDENTA (Fernández García):",
            "La señora VICEPRESIDENTA (Fernández García):",
        ],
        [
            "applause",
            "noise",
            "noise",
            "interjection",
            "applause",
            "other",
            "other",
            "other",
            "applause",
            "other",
        ],
        ["#un-senor-diputado", "#varios-senores-diputados-del-grupo-parlamentario-popular"],
        [],
    ),
    "pl-stage-przerwa.txt": (
        ["Marszałek:", "Poseł Jan Kowalski:", "Marszałek:", "Marszałek:"],
        [
            "applause",
            "applause",
            "interjection",
            "interjection",
            "laughter",
            "other",
            "noise",
            "other",
            "applause",
            "other",
        ],
        ["#glos-z-sali", "#posel-anna-nowak"],
        [],
    ),
    "ru-stage-golosovanie.txt": (
        [
            "Председательствующий.",
            "Петров И. С., фракция КПРФ.",
            "Председательствующий.",
            "Председательствующий.",
            "Председательствующий.",
        ],
        [
            "applause",
            "noise",
            "noise",
            "interjection",
            "laughter",
            "other",
            "other",
            "other",
            "other",
            "applause",
            "other",
            "other",
        ],
        ["#golos-s-mesta"],
        [],
    ),
    "uk-stage-vyhuky.txt": (
        ["ГОЛОВУЮЧИЙ.", "КОВАЛЕНКО О.П.", "ГОЛОВУЮЧИЙ.", "ГОЛОВУЮЧИЙ."],
        ["applause", "noise", "interjection", "applause", "other", "other", "other"],
        ["#viguki-iz-zalu"],
        [],
    ),
    "nl-stage-geroffel.txt": (
        [
            "De voorzitter:",
            "Mevrouw Jansen (PvdA):",
            "De heer De Vries (VVD):",
            "Mevrouw Jansen (PvdA):",
            "De voorzitter:",
            "De voorzitter:",
        ],
        ["applause", "laughter", "applause", "other", "other"],
        [],
        ["(36200, nr. 12)"],
    ),
    "no-stage-votering.txt": (
        ["Presidenten:", "Kari Nilsen (H) [10:05:12]:", "Presidenten:", "Presidenten:"],
        ["laughter", "other", "other", "other"],
        [],
        [],
    ),
    "sv-stage-beslut.txt": (
        ["Anf. 12 ANNA ANDERSSON (S):", "Anf. 13 Statsrådet PER LARSSON (M):"],
        ["applause", "laughter", "other", "other", "other"],
        [],
        [],
    ),
    "fi-stage-valihuuto.txt": (
        ["Puhemies Anna Lehtonen:", "Matti Virtanen /ps:", "Puhemies Anna Lehtonen:"],
        ["interjection", "laughter", "interjection", "noise", "other", "other"],
        ["#valihuuto", "#ed-korhonen", "#vasemmalta"],
        [],
    ),
    "cs-stage-jednani.txt": (
        [
            "Předseda PSP Karel Dvořák:",
            "Poslanec Jan Novák:",
            "Předseda PSP Karel Dvořák:",
            "Místopředseda PSP Petr Malý:",
        ],
        [
            "applause",
            "interjection",
            "laughter",
            "interjection",
            "applause",
            "other",
            "other",
            "other",
            "other",
        ],
        ["#poslanec-svoboda", "#hlasy-ze-salu"],
        [],
    ),
    "en-stage-commons-division.txt": (
        ["Mr Speaker:", "Sarah Wilkins (Northfield) (Lab):", "Hon. Members:", "Mr Speaker:"],
        ["noise", "interjection", "laughter", "other", "other", "other", "other"],
        ["#hon-members"],
        [],
    ),
    "en-stage-australia-divided.txt": (
        ["The SPEAKER:", "Mr DOYLE (Grayndler) (14:05):", "The SPEAKER:", "Mr DOYLE:", "Opposition members:"],
        ["noise", "other", "other", "other", "other"],
        [],
        [],
    ),
    "en-stage-canada-motion.txt": (
        [
            "The Speaker:",
            "Ms. Jane Cole (Halifax, NDP):",
            "Some hon. members:",
            "Ms. Jane Cole:",
            "Some hon. members:",
            "The Speaker:",
            "Some hon. members:",
        ],
        ["applause", "other", "other", "other"],
        [],
        [],
    ),
    "en-stage-congress-vote.txt": (
        ["The SPEAKER pro tempore.", "Mr. HARTLEY.", "The SPEAKER pro tempore.", "Mr. HARTLEY."],
        ["applause", "other", "other", "other", "other", "other", "other", "other"],
        [],
        [],
    ),
    "he-stage-knesset-vote.txt": (
        ['היו"ר דן לוי:', "משה כהן (הליכוד):", "קריאות:", "משה כהן (הליכוד):", 'היו"ר דן לוי:'],
        ["other", "other", "other", "other", "other", "other"],
        [],
        [],
    ),
    "ja-stage-diet-vote.txt": (
        [
            "○議長（山田太郎君）",
            "○鈴木一郎君",
            "○議長（山田太郎君）",
            "○議長（山田太郎君）",
            "○議長（山田太郎君）",
            "○議長（山田太郎君）",
        ],
        [
            "applause",
            "noise",
            "interjection",
            "applause",
            "other",
            "other",
            "other",
            "other",
            "other",
            "applause",
            "other",
            "other",
        ],
        [],
        [],
    ),
    "da-stage-folketing.txt": (
        ["Formanden (Søren Holm):", "Jens Madsen (V):", "Formanden (Søren Holm):"],
        ["laughter", "applause", "other"],
        [],
        ["(S, SF og EL)", "(V og K)"],
    ),
}


def _convert(name: str) -> tuple[bytes, etree._Element]:
    tei = convert_text((SAMPLES / name).read_bytes(), name).tei
    return tei, etree.fromstring(tei).find(".//t:text/t:body", NS)


def _own_parentheses(body: etree._Element) -> list[str]:
    """The parentheses a speaker's paragraph keeps in its own words."""
    found: list[str] = []
    for para in body.iterfind(".//t:p", NS):
        found += re.findall(r"[(（][^()（）]*[)）]", "".join(para.xpath("text()")))
    return found


def test_every_stage_sample_is_listed() -> None:
    assert sorted(p.name for p in SAMPLES.glob("*-stage-*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_stage_directions_voices_and_own_words(name: str) -> None:
    labels, kinds, voices, own = EXPECTED[name]
    _, body = _convert(name)
    assert [
        speaker.xpath("string()") for speaker in body.iterfind(".//t:speaker", NS)
    ] == labels  # clocks too
    assert [stage.get("type") for stage in body.iterfind(".//t:stage", NS)] == kinds
    assert [said.get("who") for said in body.iterfind(".//t:said", NS)] == voices
    assert _own_parentheses(body) == own


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_note_is_kept_word_for_word(name: str) -> None:
    """The words of each bracket of the source are in the TEI, in a stage or in the text (an
    editor's square bracket inside is encoded as ``supplied``, its brackets markup)."""
    source = (SAMPLES / name).read_text(encoding="utf-8")
    _, body = _convert(name)
    text = _words(body.xpath("string()"))
    for note in re.findall(r"[(（〔][^()（）〔〕]*[)）〕]", source):
        assert _words(note) in text


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text))


def test_a_note_in_capitals_on_its_own_line_is_no_heading() -> None:
    """A hearing's "(APPLAUSE)" and "UNIDENTIFIED MALE: (OFF-MIKE)" are events, not headings:
    no division opens there, and the unidentified voice keeps its turn."""
    tei, body = _convert("en-stage-hearing-caps.txt")
    assert body.find(".//t:head", NS) is None
    assert "UNIDENTIFIED MALE:" in speakers(tei)


def test_a_voice_of_the_hall_is_the_member_who_speaks() -> None:
    """ "Michael Brandt [CDU/CSU]: …" inside the note is the member whose turn follows."""
    _, body = _convert("de-stage-bundestag.txt")
    turns = {sp.findtext("t:speaker", namespaces=NS): sp.get("who") for sp in body.iterfind(".//t:sp", NS)}
    assert turns["Michael Brandt (CDU/CSU):"] == "#michael-brandt"


def test_an_excerpt_opening_with_its_clock_in_parentheses_has_no_such_title() -> None:
    """An inquiry's transcript opens with "(10.00 am)": the body's first stage, not the title."""
    root = etree.fromstring(convert_text((SAMPLES / "en-stage-inquiry.txt").read_bytes(), "x.txt").tei)
    assert root.find(".//t:titlePart", NS) is None
    first = root.find(".//t:body//t:stage", NS)
    assert first is not None and first.xpath("string()") == "(10.00 am)"

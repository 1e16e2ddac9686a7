"""Lines of real records shaped like speaker labels that are not: vote results and attendance
lists, agenda items, the articles of a bill or resolution read into the record, a letter read out
with its signature, document fields, a table of contents, a speech's own enumerations and
quotations, time lines, headings ending in a colon over a turn, names listed alone, the fields of
summary minutes. None of them
may open a turn, and every real label beside them stays one (samples written in the shapes the
records of parliaments, councils, courts and hearings print, names invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, speakers
from stenogram.tei.convert import convert_text

# Each sample's true speakers, in order, as printed.
EXPECTED: dict[str, list[str]] = {
    "de-not-vote-heading": [
        "Vorsitzender Hans Brandt:",
        "Abg. Mia Stein (FDP):",
        "Vorsitzender Hans Brandt:",
    ],
    # a speech that ends with a signature read out is a sentence, not a field's short value
    "en-not-signed-by": ["Mayor Reid:", "Councillor Okafor:", "Councillor Haines:"],
    "de-not-vote-result": [
        "Präsidentin Petra Lindner:",
        "Abg. Jens Kofler (SPD):",
        "Präsidentin Petra Lindner:",
    ],
    "de-not-agenda-items": [
        "Vizepräsident Karl Hauser:",
        "Markus Ebner (CDU/CSU):",
        "Vizepräsident Karl Hauser:",
    ],
    "en-not-council-item": ["Mayor Alder:", "Councillor Frost:", "Councillor Reyes:"],
    "en-not-letter": ["The SPEAKER:", "The SPEAKER:", "Mr NORTON:"],
    "en-not-resolution": ["Chairman Weller:", "Senator Diaz:", "Chairman Weller:"],
    "en-not-enumeration": ["Chair Lopez:", "Ms. Grant:", "Chair Lopez:"],
    "en-not-quotation": ["Mr. Hollis:", "Minister Carr:"],
    # what an office holder said, reported by the record or by a speaker, is no label
    "en-not-reported-speech": ["Mr. HOLLAND:", "Chair Dunmore:"],
    "de-not-reported-speech": ["Abg. Petra Lind (SPD):", "Vorsitzender Karl Brenner:"],
    "ru-not-reported-speech": ["ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.", "ОРЛОВ.", "ГРЕКОВ."],
    "de-not-time-line": [
        "Bürgermeister Franz Aigner:",
        "Gemeinderätin Anna Berger:",
        "Bürgermeister Franz Aigner:",
    ],
    "pl-not-vote": ["Marszałek Anna Wrona:", "Poseł Jan Sowa:", "Marszałek Anna Wrona:"],
    "ru-not-attendance": [
        "Председатель Иванов А. П.:",
        "Депутат Петрова Е. С.:",
        "Председатель Иванов А. П.:",
    ],
    "fr-not-article": ["M. le président.", "M. Paul Martin.", "Mme Claire Dubois, rapporteure."],
    "fr-not-scrutin": ["M. le président.", "Mme Sophie Leroy."],
    "es-not-votacion": ["El señor PRESIDENTE:", "El señor PRESIDENTE:", "La señora GÓMEZ RUIZ:"],
    "it-not-articolo": ["PRESIDENTE.", "ROSSI (PD).", "PRESIDENTE."],
    "nl-not-stemming": ["De voorzitter:", "De voorzitter:", "De heer Jansen (VVD):"],
    "cs-not-hlasovani": ["Předseda PSP Jan Novák:", "Poslankyně Eva Malá:"],
    "en-not-court-exhibit": ["THE COURT:", "MR. REED:", "THE COURT:"],
    "en-not-names-list": ["The CHAIR:", "Ms. Morgan:"],
    "de-not-heading-colon": ["Präsident Otto Wirth:", "Abg. Lena Fuchs (Grüne):", "Präsident Otto Wirth:"],
    "pt-not-votacao": [
        "O SR. PRESIDENTE (João Lima) -",
        "O SR. PRESIDENTE (João Lima) -",
        "A SRA. MARIA COSTA -",
    ],
    "en-not-footnote": ["Mr. SPEAKER:", "Mr. PATEL:", "Mr. SPEAKER:"],
    "sv-not-votering": ["Anf. 1 TALMANNEN:", "Anf. 2 KARIN LUND (S):"],
    "de-not-vote-line": ["Bürgermeisterin Ruth Adler:", "Stadtrat Peter Ohm:", "Bürgermeisterin Ruth Adler:"],
    "en-not-letter-signature": ["The MAYOR:", "The CLERK:", "Councillor Patel:"],
    "en-not-toc": ["The SPEAKER:", "Ms WALSH:", "The PREMIER:"],
    "uk-not-attendance": ["Головуючий Коваль О. П.:", "Депутат Мельник І. В.:", "Головуючий Коваль О. П.:"],
    "de-not-anwesend": ["Vorsitzender Erich Mai:", "Frau Kern:", "Vorsitzender Erich Mai:"],
    "en-not-names-alone": ["The PRESIDENT:", "The PRESIDENT:", "Senator Brown:"],
    "ru-not-statya": ["Председательствующий:", "Депутат Орлов:", "Председательствующий:"],
    "es-not-articulo": ["El señor ALCALDE:", "La señora concejala MARTÍN:"],
    "de-not-top": ["Landrat Bernd Keller:", "Kreisrätin Julia Sommer:", "Landrat Bernd Keller:"],
    "it-not-voti": ["PRESIDENTE:", "PRESIDENTE:", "CONSIGLIERE BIANCHI:"],
    "pl-not-artykul": [
        "Przewodniczący Rady Adam Nowak:",
        "Radna Ewa Lis:",
        "Przewodniczący Rady Adam Nowak:",
    ],
    "en-not-subject-ref": ["The CHAIR:", "Mr. BRANDT:"],
    # summary minutes: their fields recur under every item, and no one speaks
    "de-not-minutes-fields": [],
    "en-not-minutes-fields": [],
    # those present listed one a line over the verbatim record
    "de-not-present-list": ["Vorsitzende Helga Sommer:", "RM Jana Weiß (SPD):", "Stadtrat Dr. Ulrich Pohl:"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lines_shaped_like_labels_open_no_turn(name: str) -> None:
    text = (SAMPLES / f"{name}.txt").read_bytes()
    assert speakers(convert_text(text, f"{name}.txt").tei) == EXPECTED[name]


def test_a_division_of_a_text_is_no_speaker_but_a_numbered_speaker_is() -> None:
    text = "Hearing\n\nChair: The clerk will read.\n\nArticle 2: The agency shall report.\n\nSpeaker 2: I object.\n"
    assert speakers(convert_text(text.encode(), "divisions.txt").tei) == ["Chair:", "Speaker 2:"]


def test_a_name_alone_over_its_speech_stays_a_label_where_a_heading_over_a_turn_does_not() -> None:
    text = (
        "Landtag\n\nPräsident Otto Wirth: Wir beginnen.\n\nZur Geschäftsordnung:\n\n"
        "Abg. Lena Fuchs (Grüne): Ich beantrage Vertagung.\n\nAbg. Max Roth (SPD):\n\n"
        "Herr Präsident! Wir widersprechen dem Antrag.\n"
    )
    assert speakers(convert_text(text.encode(), "heading.txt").tei) == [
        "Präsident Otto Wirth:",
        "Abg. Lena Fuchs (Grüne):",
        "Abg. Max Roth (SPD):",
    ]


def test_those_present_listed_one_a_line_are_the_heads_roll() -> None:
    """The roll under "Anwesend:", in short paragraphs of its own down to the first turn, is the
    head's list: no line of it is a heading or a speaker of the body, and its member who speaks
    is named by the office of her label."""
    tei = etree.fromstring(convert_text((SAMPLES / "de-not-present-list.txt").read_bytes(), "list.txt").tei)
    roll = tei.xpath("//t:front/t:div[@type='list']/t:p/text()", namespaces=NS)
    assert roll[:3] == ["Anwesend:", "1. Stimmberechtigte Mitglieder", "RM Helga Sommer (CDU)"]
    assert roll[-2:] == ["2. Verwaltung", "Stadtrat Dr. Ulrich Pohl"]
    assert not tei.xpath("//t:body//t:head", namespaces=NS)
    assert tei.xpath("//t:person[@xml:id='rm-jana-weiss']//t:roleName/text()", namespaces=NS) == ["RM"]

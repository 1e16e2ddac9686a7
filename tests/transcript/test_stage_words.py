"""The stage vocabulary of many parliaments: each language's own words for applause, laughter,
noise, a pause, the chair's bell, assent and a change of chair type a parenthesis. The excerpts
are written for these tests (invented names), shaped like the records of each parliament."""

from __future__ import annotations

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.inline import stage_type

CONFIG = load_config()
NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        # applause
        ("Applåder", "applause"),  # sv
        ("Taps a kormánypárti sorokból.", "applause"),  # hu
        ("Applaus bij de VVD.", "applause"),  # nl
        ("Bifald", "applause"),  # da
        ("MHP sıralarından alkışlar", "applause"),  # tr
        ("Χειροκροτήματα από την πτέρυγα της Νέας Δημοκρατίας", "applause"),  # el
        ("Suosionosoituksia", "applause"),  # fi
        ("Aplausi", "applause"),  # lv
        ("Pljesak.", "applause"),  # hr
        ("Ръкопляскания от ГЕРБ.", "applause"),  # bg
        ("Aplaudiments.", "applause"),  # ca
        ("Txaloak.", "applause"),  # eu
        ("Plojimai.", "applause"),  # lt
        ("Palmas.", "applause"),  # pt (Brazil)
        # laughter
        ("Derültség.", "laughter"),  # hu
        ("Munterhet", "laughter"),  # sv, nb
        ("Munterhed", "laughter"),  # da
        ("Wesołość na sali", "laughter"),  # pl
        ("Hilariteit.", "laughter"),  # nl
        ("Gülüşmeler", "laughter"),  # tr
        ("Smích.", "laughter"),  # cs
        ("Smijeh u dvorani.", "laughter"),  # hr
        ("Смях в залата.", "laughter"),  # bg
        ("Ilarità.", "laughter"),  # it
        ("Rialles.", "laughter"),  # ca
        ("Poslanci se smějí.", "laughter"),  # cs
        ("Barreak.", "laughter"),  # eu
        # noise and voices without words
        ("Rumores.", "noise"),  # es
        ("Protestas.", "noise"),  # es
        ("Murmullos.", "noise"),  # es
        ("Zaj a kormánypártok soraiban.", "noise"),  # hu
        ("Oro i salen", "noise"),  # sv
        ("Stále velký hluk v sále.", "noise"),  # cs
        ("Θόρυβος στην Αίθουσα", "noise"),  # el
        ("Remor de veus.", "noise"),  # ca
        ("Gwar na sali.", "noise"),  # pl
        ("Brouhaha.", "noise"),  # fr
        ("Commenti dal Gruppo Misto.", "noise"),  # it
        ("Interruzione del senatore Bianchi.", "noise"),  # it
        ("Διαμαρτυρίες από την πτέρυγα του ΚΚΕ", "noise"),  # el
        ("Nemir v dvorani.", "noise"),  # sl
        ("Negodovanje u sali.", "noise"),  # sr
        ("Vociferări.", "noise"),  # ro
        ("Zarata.", "noise"),  # eu
        ("Pfui-Rufe bei den GRÜNEN.", "noise"),  # at
        ("Zwischenbemerkung von Abgeordneter Berger.", "noise"),  # at
        ("El señor Gómez pronuncia palabras que no se perciben.", "noise"),  # es
        ("Pronúncianse palabras que non se perciben.", "noise"),  # gl
        # other: pause, silence, assent, the bell, the rostrum, the chair changing hands
        ("Pausa.", "other"),  # es, it, pt
        ("Rövid szünet.", "other"),  # hu
        ("Tauko", "other"),  # fi
        ("Asentimiento.", "other"),  # es
        ("Megtörténik.", "other"),  # hu
        ("Dzwonek", "other"),  # pl
        ("Glocke des Präsidenten", "other"),  # de
        ("Präsidentin Huber gibt das Glockenzeichen.", "other"),  # at
        ("Zvonění", "other"),  # cs
        ("Az elnök csenget.", "other"),  # hu
        ("Forseti hringir.", "other"),  # is
        ("Presidenten klubber.", "other"),  # nb
        ("Κωδωνοκρουσία λήξεως χρόνου ομιλίας", "other"),  # el
        ("Puhemies koputtaa.", "other"),  # fi
        ("Juhataja helistab kella.", "other"),  # et
        ("Sēdes vadītājs zvana.", "other"),  # lv
        ("Il Presidente suona il campanello.", "other"),  # it
        ("Przerwa w posiedzeniu o godz. 13 min 05", "other"),  # pl
        ("NASTAVAK NAKON STANKE U 9,44 SATI", "other"),  # hr: the sitting resumed after a break
        ("Stanka.", "other"),  # hr, sr, bs
        ("Prekid sjednice u 12,30 sati.", "other"),  # hr
        ("Наставак седнице у 14 часова.", "other"),  # sr
        ("Nadaljevanje seje ob 14. uri.", "other"),  # sl
        ("De vergadering wordt enkele ogenblikken geschorst.", "other"),  # nl
        ("Kovács Anna felmegy az emelvényre.", "other"),  # hu
        ("Ocupa la Presidencia la señora vicepresidenta primera, García López.", "other"),  # es
        (
            "El señor presidente abandona su lugar en la Mesa y ocupa la Presidencia la señora vicepresidenta.",
            "other",
        ),
    ],
)
def test_each_languages_word_types_the_parenthesis(content: str, kind: str) -> None:
    assert stage_type(content, CONFIG) == kind


@pytest.mark.parametrize(
    "content",
    [
        "Zvonko Babić",  # a first name, not the bell (zvono)
        "Ruch Narodowy",  # a party, not a stir
        "zvanično, to nije tačno",  # Serbian "officially", not Latvian "zvana" (rings)
        "that is a pause we cannot afford",  # the word later in a speaker's aside
        "ara bé, els pressupostos",  # Catalan "ara" (now), not Turkish "ara" (a break)
        "la presidencia del Gobierno",  # the office named, nobody takes the chair
        "Stankovićeva primjedba",  # a name, not a break (stanka)
    ],
)
def test_words_that_only_look_like_events_stay_untyped(content: str) -> None:
    assert stage_type(content, CONFIG) is None


def _stages(text: str) -> tuple[str, list[tuple[str | None, str]]]:
    root = etree.fromstring(convert_text(text.encode(), "x.txt").tei)
    found = [(s.get("type"), str(s.xpath("string()"))) for s in root.iterfind(".//t:body//t:stage", NS)]
    return str(root.get("{http://www.w3.org/XML/1998/namespace}lang")), found


def test_the_bell_inside_a_polish_sentence() -> None:
    text = (
        "Marszałek:\n\nGłos ma pan poseł Jan Wiśniewski.\n\n"
        "Poseł Jan Wiśniewski:\n\nPanie Marszałku! Wysoka Izbo! Ta ustawa jest zła, bo (Dzwonek) nie "
        "rozwiązuje problemu. (Głos z sali: Czas!) Kończę. (Oklaski)\n"
    )
    lang, stages = _stages(text)
    assert lang == "pl"
    assert stages == [
        ("other", "(Dzwonek)"),
        ("interjection", "(Głos z sali: Czas!)"),
        ("applause", "(Oklaski)"),
    ]


def test_assent_and_a_change_of_chair_in_a_spanish_speech() -> None:
    text = (
        "El señor PRESIDENTE: ¿Lo acuerda así la Comisión? (Asentimiento.) Muchas gracias.\n\n"
        "La señora MARTÍN RUIZ: Gracias, señor presidente. (Rumores.) Empiezo ya. (El señor presidente "
        "abandona su lugar en la Mesa y ocupa la Presidencia la señora vicepresidenta, Pérez Gil.) "
        "Como decía, el proyecto no es suficiente.\n"
    )
    lang, stages = _stages(text)
    assert lang == "es"
    assert [kind for kind, _ in stages] == ["other", "noise", "other"]
    assert stages[2][1].startswith("(El señor presidente abandona")


def test_hungarian_events_of_the_hall() -> None:
    text = (
        "ELNÖK: Tisztelt Országgyűlés! (Rövid szünet.) Most a szavazás következik. (Az elnök csenget.)\n\n"
        "NAGY PÉTER (Fidesz): Köszönöm a szót. Ez nem így van. (Derültség. - Taps a kormánypárti "
        "sorokból.)\n"
    )
    lang, stages = _stages(text)
    assert lang == "hu"
    assert [kind for kind, _ in stages] == ["other", "other", "laughter"]


def test_a_word_that_names_a_voice_keeps_the_voices_words() -> None:
    """ "Közbeszólások a … soraiból:" and "Upadica X:" introduce words spoken from the floor: an
    interjection with its said, not noise."""
    text = (
        "ELNÖK: Köszönöm. (Közbeszólások a kormánypárti sorokból: Ez nem igaz!) Folytatjuk.\n\n"
        "KOVÁCS JÁNOS: Köszönöm a szót, ez így van.\n"
    )
    assert _stages(text)[1] == [("interjection", "(Közbeszólások a kormánypárti sorokból: Ez nem igaz!)")]

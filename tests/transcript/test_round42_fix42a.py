"""Shapes the last rounds left, each in an invented sample (names invented; labels in turns.toml,
persons in ids.toml): an Austrian Landtag's party after the name's dash with the clock before the
colon, the French and Portuguese colon and dash, Markdown's bold and italics around a label, a
form of address in a governed case at a line's head, a name's word letter-spaced for emphasis in
a label the wrap cut, and the Portuguese, Spanish and Italian verbs of asking and replying."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.labels.patterns import set_solid

_MATCHER = LabelMatcher(load_config())


def test_a_party_after_the_dash_and_the_clock_before_the_colon() -> None:
    """ "LTAbg. Dr. X – KPÖ (10.15 Uhr):": the whole line's start up to the colon is the label,
    its party the role, no label cut at the dash with the party left in the speech."""
    root = tabled_tei("de-landtag-partei-strich-uhrzeit.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Frau Präsidentin!")
    assert texts(root, "//t:person[@xml:id='ltabg-dr-murgg']/t:affiliation") == ["KPÖ"]


def test_a_sentence_with_a_dash_and_a_colon_stays_speech() -> None:
    """ "Die Förderung – sie wirkt (seit 2020): …", "Frau Präsidentin – bitte (2 Minuten): …": a
    sentence's words after the dash, no party nor office: no label reaching the colon."""
    root = tabled_tei("de-landtag-partei-strich-uhrzeit.txt")
    assert "Die Förderung – sie wirkt (seit 2020): das zeigen die Zahlen." in texts(root, "//t:sp/t:p")
    found = _MATCHER.candidate("Frau Präsidentin – bitte (2 Minuten): ich bin gleich fertig.")
    assert found is None or ":" not in found.printed  # the dash's shape, which the scores weigh
    # a bracket with a year after the dash is no clock: the colon after it ends no label
    found = _MATCHER.candidate("Herr Müller – Punkt 3 (2024): Das ist erledigt.")
    assert found is None or ":" not in found.printed


def test_the_colon_and_dash_of_french_and_portuguese_records() -> None:
    """ "Le président : — La séance est ouverte.", "O Sr. Presidente: — Está aberta a sessão.": the
    label ends at its colon, the dash stays at the speech's head as printed, and a colon and dash
    inside a speech ("la question est simple : — faut-il …") open no turn."""
    root = tabled_tei("fr-senat-deux-points-tiret.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["— La séance est ouverte."]
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("— Messieurs, la question est simple : — faut-il")
    root = tabled_tei("pt-camara-dois-pontos-travessao.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["— Está aberta a sessão."]


def test_markdown_bold_and_italics_around_a_label() -> None:
    """ "**Mr Speaker:** Order.", "**Sen. Doe**: …", "__CHAIR:__ …", "*Ms Patel:* …": the marks
    printed in the label, the name inside them the speaker's; bold inside a speech ("**late**: …")
    and a footnote's asterisk set apart ("* Footnote: …") stay the speech's."""
    root = tabled_tei("en-council-markdown-bold-italic.txt")
    assert texts(root, "//t:person[@xml:id='ms-patel']/t:persName[@type='label']") == ["Ms Patel"]
    assert texts(root, "//t:sp[5]/t:p") == [
        "It is. The budget is **late**: that is my first point.",
        "*Applause*",
    ]
    assert texts(root, "//t:sp[6]/t:p")[-1] == "* Footnote: the note was read in full."


def test_italics_around_a_sentence_open_no_label() -> None:
    """A note in italics ("*Note: the vote was recorded.*") among italic labels is the record's
    line, no turn; an asterisk set apart opens no italic label."""
    root = text_tei(
        "*Chair:* We begin.\n\n*Ms Patel:* Thank you.\n\n*Note: the vote was recorded.*\n\n"
        "*Chair:* Next item.\n\n*Ms Patel:* Agreed.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["*Chair:*", "*Ms Patel:*", "*Chair:*", "*Ms Patel:*"]
    found = _MATCHER.candidate("* Mr Smith: see the annex.")
    assert found is None or not found.printed.endswith(":*")


def test_a_form_of_address_in_a_governed_case_opens_no_label() -> None:
    """ "(Zuruf" / "von Herrn Müller: Das ist falsch!)": the preposition's object, the interjection's
    wrapped line, no label; a nobleman's label opening with its particle still is one."""
    root = tabled_tei("de-bundestag-zuruf-von-herrn.txt")
    assert "von Herrn Müller: Das ist falsch!)" in texts(root, "//t:sp[2]/t:p")[-1]
    assert _MATCHER.candidate("Herrn Müller: Wie soll das bezahlt werden?") is None
    noble = _MATCHER.candidate("von Tirpitz, Staatssekretär des Reichsmarineamts: Meine Herren!")
    assert noble is not None and noble.name == "von Tirpitz"
    herr = _MATCHER.candidate("Herr Müller: Das ist falsch!")
    assert herr is not None and herr.title == "Herr"


def test_a_letter_spaced_particle_in_a_wrapped_label() -> None:
    """ "Bronsart v o n Schellendorff, Staats- und Kriegs-" / "minister:": the label of the two
    lines, printed as it is, its person's label forms as printed; the spaced word weighed as the
    word set solid, no run of one-letter words of a sentence nor a heading's spaced letters."""
    root = tabled_tei("de-reichstag-sperrsatz-umbruch.txt")
    label = "//t:person[starts-with(@xml:id, 'bronsart')]/t:persName[@type='label']"
    assert "Bronsart v o n Schellendorff, Staats- und Kriegsminister" in texts(root, label)
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Meine Herren, die Vorlage")
    assert set_solid("Bronsart v o n Schellendorff") == "Bronsart von Schellendorff"
    assert set_solid("S c h m i d t") == "S c h m i d t"  # spaced out whole: as printed


def test_a_heading_spaced_out_whole_stays_spaced() -> None:
    """A label spaced out whole is left to the heading's rule ("A P P E A R A N C E S:" is no
    speaker), and initials in capitals before a surname are no spaced word ("Mr M G E WILEY")."""
    root = text_tei(
        "THE CHAIRMAN: We begin.\n\nA P P E A R A N C E S: none listed.\n\nMr M G E WILEY: Thank you.\n\n"
        "THE CHAIRMAN: Go on.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["THE CHAIRMAN:", "Mr M G E WILEY:", "THE CHAIRMAN:"]
    wiley = _MATCHER.candidate("Mr M G E WILEY: Thank you.")
    assert wiley is not None and wiley.name == "Mr M G E WILEY"


def test_verbs_of_asking_and_replying_narrate() -> None:
    """ "O vereador indagou: …", "O Deputado X pergunta: …", "El técnico replicó: …", "Il cittadino
    domanda: …": reported speech, no turn; the labels around them keep theirs."""
    tabled_tei("pt-camara-narracao-indagou.txt")
    tabled_tei("es-pleno-narracion-inquirio.txt")
    root = tabled_tei("it-consiglio-narrazione-domanda.txt")
    assert texts(root, "//t:sp[2]/t:p")[1:] == [
        "Il cittadino domanda: quando riapre la scuola?",
        "L'assessore spiegò: a settembre.",
    ]


def test_a_question_s_label_stays_a_label() -> None:
    """ "Domanda:" / "Pregunta:" as an interview's capitalised label stay labels: the narration's
    words count in lower case only."""
    root = text_tei(
        "Domanda: Quando?\n\nRisposta: Domani.\n\nDomanda: Dove?\n\nRisposta: A Roma.\n", "it.txt"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Domanda:", "Risposta:", "Domanda:", "Risposta:"]

"""Shapes of committee hearings and inquiries in languages other than English, each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml): a witness whose office after
the comma the record says was held once ("ancien", "ehemaliger", "former"), and a typescript's
member spaced out letter by letter with his initials set solid, and a voice so spaced.
"""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_witness_s_former_office_after_the_comma_is_his_label() -> None:
    """ "M. Gérard Lemoine, ancien président-directeur général de la Compagnie des eaux du
    Rhône.": the word saying he held the office once makes no sentence of the office's words; the
    label is his, the person the one his short label "M. Gérard Lemoine." names later."""
    root = tabled_tei("fr-an-enquete-ancien-dirigeant.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Je vous remercie de votre invitation."]
    # the quotation a speech announces stays in that speech
    assert texts(root, "//t:sp[4]/t:p")[-1] == "« Les vannes du barrage amont ne tiendront pas dix ans. »"


def test_a_former_office_in_a_german_inquiry_s_witness_label() -> None:
    """ "Zeuge X, ehemaliger Staatssekretär im Bundesministerium der Verteidigung:": the witness's
    label; the member's sentence describing someone so, with its verb after the office's comma
    ("Ihr Nachfolger, ehemaliger Abteilungsleiter im Ministerium, schrieb dazu:"), stays speech."""
    root = tabled_tei("de-ua-zeuge-ehemaliger.txt")
    assert texts(root, "//t:sp[4]/t:p") == [
        "Herr Dornbach, ich halte Ihnen einen Vermerk vor. Ihr Nachfolger, ehemaliger "
        "Abteilungsleiter im Ministerium, schrieb dazu:",
        "Die Beschaffung ist nicht mehr zu halten.",
    ]


def test_a_former_office_in_other_languages() -> None:
    """The same shape in English and Dutch: "Mr X, former Chief Executive, Northern Rail:", "De
    heer X, voormalig directeur van de Belastingdienst:" are the witness's labels."""
    root = text_tei(
        "The Chair: Welcome. Mr Hale, please begin.\n\n"
        "Mr Peter Hale, former Chief Executive, Eastern Water: Thank you, Chair.\n\n"
        "The Chair: Thank you.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == [
        "The Chair:",
        "Mr Peter Hale, former Chief Executive, Eastern Water:",
        "The Chair:",
    ]
    assert root.xpath("//t:sp[2]/@who", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == ["#mr-peter-hale"]


def test_a_sentence_describing_someone_by_a_former_office_stays_speech() -> None:
    """Negative: the description after a comma, then a verb in lower case after its own comma
    ("Mijn voorganger, voormalig directeur van de dienst, schreef hierover:") is a sentence
    announcing a quotation, no label, in whichever language."""
    root = text_tei(
        "De voorzitter: Het woord is aan de heer Bakker.\n\n"
        "De heer Bakker: Dank u wel. Ik citeer een brief.\n\n"
        "Mijn voorganger, voormalig directeur van de dienst, schreef hierover:\n\n"
        "Dit is niet langer te verdedigen.\n\n"
        "De voorzitter: Dank u.\n",
        "nl.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["De voorzitter:", "De heer Bakker:", "De voorzitter:"]


def test_a_member_spaced_out_with_his_initials_and_a_voice_so_spaced() -> None:
    """ "Л а д ы г и н   П. С.": the surname spaced out letter by letter, the initials set solid
    after it, is read set close ("Ладыгин П. С.") as the chair's spaced office is; so is the voice
    whose words after the first are in lower case ("Г о л о с   с   м е с т а.")."""
    root = tabled_tei("ru-duma-komitet-razryadka-inicialy.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Сколько зерна сдано государству?"]


def test_a_spaced_word_before_lower_case_speech_is_no_label() -> None:
    """Negative: a word spaced out for emphasis at a line's start, the speech going on in words
    set solid ("В а ж н о   и   другое: …"), is no label: only spaced words run to the stop."""
    root = text_tei(
        "Председательствующий. Слово имеет Ладыгин.\n\n"
        "Ладыгин. Товарищи! Скажу коротко.\n\n"
        "В а ж н о   и   другое: урожай собран полностью.\n\n"
        "Председательствующий. Спасибо.\n",
        "ru.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председательствующий.", "Ладыгин.", "Председательствующий."]

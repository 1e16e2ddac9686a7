"""The forty-fourth round's fixes of shapes left over: a roll's heading whose value is speech
(counsel's turn, no roll), the ordinal openers of a point in Dutch and the Nordic languages, a
dialogue's dash glued before a label, the hall called to order after its word and a comma, the
German voices bare, a place's name after one of the public and a podcast's host."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher

_MATCHER = LabelMatcher(default_config())


def test_counsel_assisting_asking_on_the_first_line_is_counsel_s_turn() -> None:
    """ "Counsel Assisting: Commander, when did you first learn of the fault …?" under the
    heading: counsel's turn as it is later, no roll of the front."""
    root = tabled_tei("en-inquiry-counsel-assisting-question.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "Commander, when did you first learn of the fault in the eastern cable?"
    ]
    assert texts(root, "//t:front//t:div[@type='list']") == []


def test_counsel_assisting_naming_counsel_stays_the_roll() -> None:
    """ "Counsel Assisting: Ms L. Dunn SC and Mr K. Lee" and "Instructed by: …": the roll of the
    front, whatever the turns below print; a roll's value with a preposition ("Richterin am
    Amtsgericht …") is no speech either."""
    root = tabled_tei("en-inquiry-counsel-assisting-roll.txt")
    assert texts(root, "//t:front//t:div[@type='list']/t:p") == [
        "Counsel Assisting: Ms L. Dunn SC and Mr K. Lee",
        "Instructed by: Ms P. Rowe, Solicitor Assisting",
    ]
    court = text_tei(
        "AMTSGERICHT MUSTERSTADT\n\n"
        "Gegenwärtig: Richterin am Amtsgericht Dr. Braun als Strafrichterin, Justizangestellte Keller\n\n"
        "Vorsitzende: Ich rufe die Sache auf.\n\n"
        "Staatsanwalt: Ich verlese die Anklage.\n\n"
        "Vorsitzende: Danke.\n"
    )
    assert texts(court, "//t:front//t:div[@type='list']/t:p")[0].startswith("Gegenwärtig:")
    assert texts(court, "//t:sp/t:speaker") == ["Vorsitzende:", "Staatsanwalt:", "Vorsitzende:"]


def test_ordinal_openers_at_a_wrapped_line_s_start_stay_speech() -> None:
    """ "Eerst: waarom …", "Ten eerste: …", "Först: …", "För det första: …", "For det første: …"
    where a wrap sets them at a line's start: the speaker's words, no label."""
    for sample, opener in [
        ("nl-kamer-ordinal-opener-wrap.txt", "Eerst: waarom"),
        ("sv-riksdag-ordinal-opener-wrap.txt", "Först: varför"),
        ("da-folketing-ordinal-opener-wrap.txt", "Først: hvorfor"),
    ]:
        root = tabled_tei(sample)
        assert any(p.startswith(opener) for p in texts(root, "(//t:sp)[2]/t:p"))
        assert len(texts(root, "//t:sp")) == 4


def test_a_finnish_and_an_italian_opener_are_no_labels_and_offices_stay_labels() -> None:
    """ "Ensin:" and "Innanzitutto:" at a line's start are speech; an office that is no opener
    ("Puhemies:", "Il Presidente:") stays a label."""
    finnish = text_tei(
        "Puhemies: Kysymys numero 3.\n\n"
        "Anna Virtanen /vihr: Arvoisa puhemies! Minulla on kaksi kysymystä.\n"
        "Ensin: miksi hallitus ei ole vastannut? Ja sitten toinen kysymys.\n"
        "Toiseksi: milloin esitys tulee?\n\n"
        "Ministeri Laine: Kiitos.\n\n"
        "Puhemies: Kiitos.\n"
    )
    assert texts(finnish, "//t:sp/t:speaker") == [
        "Puhemies:",
        "Anna Virtanen /vihr:",
        "Ministeri Laine:",
        "Puhemies:",
    ]
    italian = text_tei(
        "Il Presidente: Ha facoltà di parlare il senatore Rossi.\n\n"
        "Il senatore Rossi: Grazie, signor Presidente. Pongo due questioni al Governo.\n"
        "Innanzitutto: perché il decreto non è stato ancora attuato? E poi una seconda.\n"
        "In secondo luogo: quando arriveranno i fondi ai comuni?\n\n"
        "Il Presidente: Grazie, senatore.\n"
    )
    assert texts(italian, "//t:sp/t:speaker") == ["Il Presidente:", "Il senatore Rossi:", "Il Presidente:"]


def test_a_dialogue_dash_glued_before_a_label_is_printed_with_it() -> None:
    """ "—Presidenta (López):", "—Concejal Gómez:", "—Председатель:": the dash the label's as
    printed; the stage in the same dash and the quoted dialogue in a speech stay so."""
    root = tabled_tei("es-pleno-dialogue-dash-label.txt")
    assert texts(root, "//t:stage") == ["—Varios concejales hablan a la vez."]
    assert "—¿Y usted qué hizo? —le pregunté." in texts(root, "(//t:sp)[2]/t:p")[0]
    russian = tabled_tei("ru-duma-glued-dash-label.txt")
    assert "—Да, всё решено, — и ушли." in texts(russian, "(//t:sp)[2]/t:p")[0]


def test_a_dash_glued_before_dialogue_gives_no_candidate() -> None:
    """A line of dialogue in the dash ("—Sí, claro: lo hice.", "—Mira, Juan: no vengas.",
    "—¿Y usted qué hizo? —le pregunté.") is no label; an office after the dash is one."""
    for line in ["—Sí, claro: lo hice.", "—Mira, Juan: no vengas.", "—¿Y usted qué hizo? —le pregunté."]:
        assert _MATCHER.candidate(line) is None, line
    found = _MATCHER.candidate("—Concejal Gómez: Gracias, presidenta.")
    assert found is not None and found.name == "Concejal Gómez" and found.prefix == "—"


def test_the_hall_called_to_order_after_its_word_and_a_comma_is_speech() -> None:
    """ "Members, Order!", "Все, Встать!": the chair's call inside a speech, no group's voice;
    "Voices, Hear, hear!" (OCR's comma for the voice's stop) stays a voice."""
    root = tabled_tei("en-assembly-members-order-call.txt")
    assert "Members, Order!" in texts(root, "(//t:sp)[2]/t:p")
    russian = tabled_tei("ru-duma-glued-dash-label.txt")
    assert "Все, Встать!" in texts(russian, "(//t:sp)[2]/t:p")
    for line in ["Members, Order!", "Все, Встать!"]:
        assert _MATCHER.candidate(line) is None, line
    voices = _MATCHER.candidate("Voices, Hear, hear!")
    assert voices is not None and voices.name == "Voices"


def test_german_voices_of_a_side_or_a_party_are_the_hall() -> None:
    """ "Stimmen links:", "Stimmen von der CDU:" are the hall's voices as "Eine Stimme:" is;
    "Alle, bitte Ruhe!" stays in the speech."""
    root = tabled_tei("de-stadtrat-stimmen-alle-ruhe.txt")
    assert sorted(root.xpath("//t:personGrp/@xml:id", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == [
        "eine-stimme",
        "stimmen-links",
        "stimmen-von-der-cdu",
    ]
    assert "Alle, bitte Ruhe!" in texts(root, "(//t:sp)[2]/t:p")


def test_one_of_the_public_from_a_named_quarter_is_a_label_and_a_reported_one_is_not() -> None:
    """ "Una vecina de Son Gotleu:" printed once: one of the public, "Son" the quarter's name;
    "Una vecina me dijo:" reports what one said."""
    root = tabled_tei("es-pleno-vecina-place-name.txt")
    assert texts(root, "(//t:sp)[2]/t:speaker") == ["Una vecina de Son Gotleu:"]
    reported = text_tei(
        "Alcaldesa: Tiene la palabra el regidor.\n\n"
        "Regidor de Infraestructuras: Ayer estuve en el barrio.\n"
        "Una vecina me dijo: las obras no empiezan nunca.\n\n"
        "Alcaldesa: Gracias.\n"
    )
    assert texts(reported, "//t:sp/t:speaker") == ["Alcaldesa:", "Regidor de Infraestructuras:", "Alcaldesa:"]


def test_a_podcast_s_host_is_a_label_and_the_podcast_s_field_is_not() -> None:
    """ "Podcast host:" is the host's label, the show's word before its office; "Podcast:" over
    the show's name stays a field."""
    root = tabled_tei("en-podcast-spaced-host-label.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Podcast host:", "Guest:", "Podcast host:", "Guest:"]
    fielded = text_tei(
        "Podcast: The Harbour Hour\n\nHost: Welcome back.\n\nGuest: Thanks.\n\nHost: Let us begin.\n"
    )
    assert texts(fielded, "//t:sp/t:speaker") == ["Host:", "Guest:", "Host:"]

"""Real copies of records that cut labels where a two-column PDF, subtitles or a typed file put
their line breaks (texts written here in those shapes, names and speeches made up): a label
printed once on a line after a long line that ends a sentence or after a heading in title case
filling its line, a minister's name in CAPITALS whose office the wrap cut, a chair's heading whose
name the wrap left alone on its line, a voice of the hall a wrap cut inside its parenthesis, a
heading in CAPITALS whose particles are capitals too."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers
from stenogram.tei.convert import convert_text


def _convert(text: str) -> bytes:
    return convert_text(text.encode(), "copy.txt").tei


def _body(tei: bytes) -> str:
    return " ".join("".join(etree.fromstring(tei).find("t:text", NS).itertext()).split())


# A two-column PDF flattened at 40 columns: each label printed once, the line above it ending a
# sentence near the margin, or a question's heading in title case that fills its line.
COLUMNS = """Minutes of the Sitting of the Assembly
Thursday 7 September 2017
Progress of the Northern Rail Link Plan
Maria Ostrova: 1. What progress he has
made on the northern rail link and when
the first trains will run on the line.
Viktor Hallen: The work on the link is
going well and the first trains will run
in the spring, as the House was told.
Maria Ostrova: I thank the Minister for
that answer. Will he publish the plans?
Membership of the European Economic Area
Daniel Brookfield: 2. What discussions he
has had with colleagues on the plans for
a vote on continued membership of it.
"""


def test_a_label_printed_after_a_sentence_or_a_title_case_heading_opens_its_turn() -> None:
    tei = _convert(COLUMNS)
    assert speakers(tei) == [
        "Maria Ostrova:",
        "Viktor Hallen:",
        "Maria Ostrova:",
        "Daniel Brookfield:",
    ]
    assert "Membership of the European Economic Area" in _body(tei)


LATVIAN = """Sēdes vadītāja. Godātie kolēģi! Turpinām
attālināto sēdi un pārejam pie jautājumu
izskatīšanas par procedūru šodien.
Lūdzu, Pēteri Kalniņ, vai jūs runāsiet?
K. Kalniņš (JK). Es runāšu par to šodien.
Ozoliņš Jānis: Zinot, kā mūsu ministrijai
iet ar projektiem, mēs sāksim sekot tam,
lai šis svarīgais projekts tiktu pabeigts.
Paldies.
"""


def test_a_name_printed_surname_first_after_a_long_line_ending_a_sentence() -> None:
    assert "Ozoliņš Jānis:" in speakers(_convert(LATVIAN))


HUNGARIAN = """ELNÖK: Tisztelt Országgyűlés! Napirend
előtti felszólalásra jelentkezett Kovács
Béla külgazdasági és külügyminiszter.
Parancsoljon, miniszter úr, öné a szó.
KOVÁCS BÉLA külgazdasági és
külügyminiszter: Köszönöm a szót. Tiszt-
elt Elnök Úr! Tisztelt Képviselőtársaim!
Azért kértem ma szót itt a Házban, hogy
tájékoztassam önöket a helyzetről.
ELNÖK: Köszönöm szépen, miniszter úr.
"""


def test_a_minister_named_in_capitals_whose_office_the_wrap_cut() -> None:
    assert speakers(_convert(HUNGARIAN)) == [
        "ELNÖK:",
        "KOVÁCS BÉLA külgazdasági és külügyminiszter:",
        "ELNÖK:",
    ]


ITALIAN = """Resoconto della seduta del Senato della
Repubblica, seduta 1
(Il senatore Rossetti, presidente pro-
vvisorio, sale al banco presidenziale)
Presidenza del presidente provvisorio
ROSSETTI.
PRESIDENTE. La seduta è aperta (ore
10,32).
PRESIDENTE. Onorevoli senatrici e
senatori, il mio più cordiale saluto.
"""


def test_a_chairs_name_left_alone_by_the_wrap_ends_the_heading() -> None:
    tei = _convert(ITALIAN)
    assert speakers(tei) == ["PRESIDENTE.", "PRESIDENTE."]
    assert "ROSSETTI" in _body(tei)


SUBTITLES = """1
00:00:01,000 --> 00:00:04,000
Präsidentin Anna Beispiel: Zur Geschäfts-
behandlung ist Abgeordneter Huber

2
00:00:04,000 --> 00:00:07,000
zu Wort gemeldet. (Ruf bei der
ÖVP: Das fängt schon gut an!) Ich darf ihm

3
00:00:07,000 --> 00:00:10,000
das Wort erteilen.

4
00:00:10,000 --> 00:00:13,000
Abgeordneter Max Huber (SPÖ): Frau
Präsidentin! Hohes Haus! Danke.
"""


def test_a_voice_the_wrap_cut_inside_its_parenthesis_opens_no_turn() -> None:
    tei = _convert(SUBTITLES)
    assert speakers(tei) == ["Präsidentin Anna Beispiel:", "Abgeordneter Max Huber (SPÖ):"]
    assert "Das fängt schon gut an!" in _body(tei)


HEADING = """ПРЕДСЕДАТЕЛ Иван Петров: Има кворум. Откривам заседанието.
Продължаваме с точка първа за днешния ден:
ВТОРО ГЛАСУВАНЕ НА ЗАКОНОПРОЕКТА ЗА ИЗМЕНЕНИЕ И ДОПЪЛНЕНИЕ НА ЗАКОНА ЗА ЧИСТОТАТА НА АТМОСФЕРНИЯ ВЪЗДУХ.
Вносител – Министерският съвет.
ПРЕДСЕДАТЕЛ Иван Петров: Имате думата, господин Георгиев.
ГЕОРГИЕВ ГЕОРГИ: Благодаря, господин председател.
"""


def test_a_heading_in_capitals_counts_its_capital_particles_as_words() -> None:
    assert speakers(_convert(HEADING)) == [
        "ПРЕДСЕДАТЕЛ Иван Петров:",
        "ПРЕДСЕДАТЕЛ Иван Петров:",
        "ГЕОРГИЕВ ГЕОРГИ:",
    ]


WEBVTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Karen Hale>Good morning, everyone. The meeting
will come to order.</v>

2
00:00:04.000 --> 00:00:07.000
<v Karen Hale>Our first item is the budget.</v>

3
00:00:07.000 --> 00:00:10.000
<v.loud Tom Reyes>Thank you, Madam Chair. I have
<i>two</i> questions.</v>

4
00:00:10.000 --> 00:00:13.000
<v Karen Hale>Go ahead.
"""


def test_a_webvtt_voice_is_the_speakers_label() -> None:
    """Each voice opens a turn where it changes; the tags are no words of the record, and the
    label is the voice's name as the file writes it, no colon added."""
    tei = _convert(WEBVTT)
    assert speakers(tei) == ["Karen Hale", "Tom Reyes", "Karen Hale"]
    body = _body(tei)
    assert "I have two questions." in body
    assert "<v" not in body and "</v>" not in body and "Karen Hale Our" not in body
    assert ":" not in "".join(etree.fromstring(tei).xpath("//t:speaker/text()", namespaces=NS))


def test_a_webvtt_voice_alone_on_its_cue_line_labels_the_lines_below() -> None:
    """A voice tag with nothing after it on its line: the speech is the cue's next line."""
    text = WEBVTT.replace("<v Karen Hale>Our first", "<v Helen Ward>\nOur first")
    tei = _convert(text)
    assert speakers(tei) == ["Karen Hale", "Helen Ward", "Tom Reyes", "Karen Hale"]
    assert "Our first item is the budget." in _body(tei)


# A Word file saved as text: each paragraph numbered as its list exports it, a tab after the label.
DOCX_TEXT = (
    "1.\tCity Council of Eastport, regular meeting\n"
    "2.\tMayor Lena Hart:\tThe meeting will come to order. Councillor Diaz, you have the floor.\n"
    "3.\tCouncillor Diaz:\tThank you, Mayor. I move that the minutes be approved.\n"
    "4.\tThe budget needs another reading before we vote on it.\n"
    "5.\tMayor Lena Hart:\tAll in favour? The motion carries.\n"
)


def test_a_word_files_numbered_paragraphs_keep_their_labels() -> None:
    """The list's numbers are the paragraphs', no part of a label: each is left out as furniture."""
    tei = _convert(DOCX_TEXT)
    assert speakers(tei) == ["Mayor Lena Hart:", "Councillor Diaz:", "Mayor Lena Hart:"]
    assert "The budget needs another reading" in _body(tei)


# A court reporter's page: numbered lines, each paragraph's first line indented, a heading in
# capitals wrapped over two lines.
LINED = """ 1        THE COURT: Good morning. We are here on the second
 2   reading of the matter before the court today.
 3        SECOND READING OF THE BILL ON THE PROTECTION OF THE
 4   RIVERS AND LAKES OF THE NORTHERN DISTRICT.
 5        The bill was read a first time on the twelfth of September.
 6        MS. LARSEN: Thank you, Your Honour. The bill before you
 7   was read a first time on the twelfth of September.
 8        THE COURT: Thank you, counsel.
"""


def test_a_heading_in_capitals_wrapped_on_a_numbered_page_is_one_paragraph() -> None:
    tei = _convert(LINED)
    assert speakers(tei) == ["THE COURT:", "MS. LARSEN:", "THE COURT:"]
    assert "RIVERS AND LAKES OF THE NORTHERN DISTRICT." in _body(tei)


# A PDF's one page: its running head with the page number set off by a wide gap, printed once.
ONE_PAGE = """Stenographic Record of the Regional Assembly   1
Stenographic Record of the Regional Assembly, Sitting 12
President Anna Weiss: I open the sitting. The floor is yours, Mr. Brandt.
Mr. Jonas Brandt: Thank you, Madam President. I will be brief today.
– 1 –
"""


def test_a_running_head_printed_once_as_the_first_line_is_furniture() -> None:
    result = convert_text(ONE_PAGE.encode(), "copy.txt")
    assert speakers(result.tei) == ["President Anna Weiss:", "Mr. Jonas Brandt:"]
    assert "Regional Assembly 1" not in _body(result.tei)
    assert "Stenographic Record of the Regional Assembly, Sitting 12" in _body(result.tei)


def test_one_speech_exported_with_its_clock_is_a_turn() -> None:
    """An excerpt of one speech from a speech-to-text export: its only name, set off from the
    clock above its speech, is the label."""
    text = (
        "Karen Hale  0:02\nGood morning. The meeting will come to order.\n\nOur first item is the budget.\n"
    )
    tei = _convert(text)
    assert [label.strip() for label in speakers(tei)] == ["Karen Hale"]
    assert etree.fromstring(tei).xpath("//t:speaker/t:time/text()", namespaces=NS) == ["0:02"]


def test_one_numbered_paragraph_of_a_word_file_keeps_its_label() -> None:
    text = "57.\tCouncillor Diaz:\tThank you, Mayor. I move that the minutes be approved.\n"
    tei = _convert(text)
    assert speakers(tei) == ["Councillor Diaz:"]
    assert "I move that the minutes be approved." in _body(tei)


# Subtitles of a Greek sitting: a heading's sentence runs over two cues, the second opening with
# a word, its comma and a clause up to a colon.
GREEK_CUES = """1
00:00:01,000 --> 00:00:04,000
ΠΡΟΕΔΡΕΥΩΝ (ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΑΚΗΣ): Κυρίες και
κύριοι συνάδελφοι, αρχίζει η συνεδρίαση.

2
00:00:04,000 --> 00:00:07,000
Η ερώτηση του Βουλευτή κ. Γεωργίου Μαρκου
προς τον Υπουργό Εργασίας και Κοινωνικών

3
00:00:07,000 --> 00:00:10,000
Υποθέσεων, με θέμα: «Υπάρχει τελικά
λύση για τους εργαζόμενους;» δεν θα συζητηθεί.

4
00:00:10,000 --> 00:00:13,000
ΠΡΟΕΔΡΕΥΩΝ (ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΑΚΗΣ): Ευχαριστώ.
"""


def test_a_clause_after_a_comma_that_a_cue_cut_opens_no_turn() -> None:
    tei = _convert(GREEK_CUES)
    assert speakers(tei) == ["ΠΡΟΕΔΡΕΥΩΝ (ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΑΚΗΣ):", "ΠΡΟΕΔΡΕΥΩΝ (ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΑΚΗΣ):"]
    assert "Κοινωνικών Υποθέσεων, με θέμα:" in _body(tei)

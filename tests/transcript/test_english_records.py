"""Label shapes of English records (hearings, depositions, Hansards, tribunals) on short samples
written in each record's printed style: the turns each prints, and what is no turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.reader import read_source

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "labels"
NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _turns(text: bytes, name: str) -> list[tuple[str, str]]:
    """(speaker as printed, who) of every turn."""
    root = etree.fromstring(convert_text(text, name).tei)
    return [
        (" ".join(sp.xpath("string(t:speaker)", namespaces=NS).split()), sp.get("who"))
        for sp in root.iterfind(".//t:sp", NS)
    ]


def test_a_deposition_sets_q_and_a_off_by_spaces_and_the_examiner_asks() -> None:
    """A deposition prints "Q" and "A" with no stop, set off by a run of spaces; the questions
    are the examiner's that the excerpt's first line ("BY MR. HARRIS:") names."""
    turns = _turns((SAMPLES / "en-deposition.txt").read_bytes(), "en-deposition.txt")
    assert [speaker for speaker, _ in turns] == ["Q", "A", "Q", "A", "MR. COLE:", "Q", "A"]
    assert {who for speaker, who in turns if speaker == "Q"} == {"#mr-harris"}


def test_a_role_with_a_parenthesis_inside_it() -> None:
    """The chair of a Canadian committee prints the member and the seat inside the office's
    parenthesis: "The Chair (Mr. X (Riding, Lib.)):", one label whose role holds both."""
    turns = _turns((SAMPLES / "en-canada-committee.txt").read_bytes(), "en-canada-committee.txt")
    assert [speaker for speaker, _ in turns] == [
        "The Chair (Mr. Paul Tremblay (Lac-Vert—Rivière-Rouge, Lib.)):",
        "Mrs. Karen Walsh (Prairie Hills—North Valley, CPC):",
        "Hon. Daniel Roy:",
        "Mrs. Karen Walsh:",
        "The Chair:",
    ]
    assert turns[0][1] == turns[-1][1]


def test_names_alone_on_their_lines_with_a_form_of_address_take_turns() -> None:
    """A web copy of Hansard prints each label alone on its line, no punctuation, each once:
    two or more with a form of address or a role in parentheses are labels ("Hon. Members"
    among them: "Members" is no "Me"); offices alone over prose are headings."""
    turns = _turns((SAMPLES / "en-commons-web.txt").read_bytes(), "en-commons-web.txt")
    assert [speaker for speaker, _ in turns] == [
        "Mr Alan Brook (Northtown) (Lab)",
        "The Prime Minister (Peter Grant)",
        "Mr Alan Brook",
        "Hon. Members",
        "Mr Speaker",
    ]
    assert turns[0][1] == turns[2][1]
    headings = (
        "Prime Minister\nThe Prime Minister visited the new hospital in Leeds on Monday and met the staff.\n\n"
        "Deputy Speaker\nThe deputy speaker reminded members that the debate would resume on Tuesday.\n"
    )
    assert _turns(headings.encode(), "headings.txt") == []


def test_a_form_of_address_in_parentheses_after_another() -> None:
    """The Kenyan Hansard prints an academic or professional title in parentheses after
    "Hon.": "Hon. (Dr.) Name (Seat, Party):" is one label, not a name with a role."""
    turns = _turns((SAMPLES / "en-kenya.txt").read_bytes(), "en-kenya.txt")
    assert [speaker for speaker, _ in turns] == [
        "Hon. Speaker:",
        "Hon. (Dr.) Jane Wambui (Nyeri Town, UDA):",
        "Hon. (Eng.) Peter Otieno (Kisumu East, ODM):",
        "Hon. Speaker:",
    ]


def test_a_middle_initial_is_no_label_s_stop() -> None:
    """ "Mr. Karl F. Holm, President of …, was escorted …" is the record's narration: one initial
    after a given name in Mixed case is a middle initial, the name goes on (initials after a
    surname, "Коваленко О.П.", stay a label's end)."""
    turns = _turns((SAMPLES / "en-un-ga.txt").read_bytes(), "en-un-ga.txt")
    assert [speaker for speaker, _ in turns] == ["The President:", "The President:", "President Holm:"]


def test_the_chair_calling_the_next_speaker_is_no_turn() -> None:
    """ "Ms. Whitfield." alone, then the heading and "MS. WHITFIELD: …": the Chief Justice calls
    counsel; the name with its stop is his words, no turn of hers with nothing said."""
    text = (SAMPLES / "en-supreme-court.txt").read_bytes()
    turns = _turns(text, "en-supreme-court.txt")
    assert [speaker for speaker, _ in turns] == [
        "CHIEF JUSTICE ROBERTS:",
        "MS. WHITFIELD:",
        "JUSTICE ALITO:",
        "MS. WHITFIELD:",
    ]
    root = etree.fromstring(convert_text(text, "en-supreme-court.txt").tei)
    assert root.xpath("string(//t:sp[1]/t:p[2])", namespaces=NS) == "Ms. Whitfield."


def test_a_title_in_capitals_over_its_date_is_no_label() -> None:
    """ "HOUSE OF COMMONS." over "Monday, February 1, 1793." is the record's title, and the
    reported speech below ("Mr. Pitt said, that …") is no turn."""
    text = (
        b"HOUSE OF COMMONS.\n\nMonday, February 1, 1793.\n\n"
        b"Mr. Pitt said, that he rose to lay before the House the communication from his Majesty.\n\n"
        b"Mr. Fox said, he could not agree with the right hon. gentleman.\n"
    )
    assert _turns(text, "commons-1793.txt") == []
    root = etree.fromstring(convert_text(text, "commons-1793.txt").tei)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "HOUSE OF COMMONS."


def test_a_name_alone_with_the_time_of_its_speech_after_it() -> None:
    """A speech-to-text service prints each name alone on its line with the time after it
    ("Karen Hale  0:02"), the speech below; the time is the label's, in TEI ``time``."""
    text = (SAMPLES / "en-speech-to-text.txt").read_bytes()
    turns = _turns(text, "en-speech-to-text.txt")
    assert [speaker for speaker, _ in turns] == [
        "Karen Hale 0:02",
        "Sam Ortiz 0:14",
        "Speaker 3 0:31",
        "Karen Hale 0:36",
    ]
    root = etree.fromstring(convert_text(text, "en-speech-to-text.txt").tei)
    assert root.xpath("//t:speaker/t:time/text()", namespaces=NS) == ["0:02", "0:14", "0:31", "0:36"]
    assert root.xpath("string(//t:sp[1]/t:p)", namespaces=NS).startswith("Good evening.")


def test_a_hearings_heading_is_no_office_and_background_comments_are_noise() -> None:
    """ "TESTIMONY OF …" over the record is a heading ("testimony" is no Italian "testimone"), and
    a city council's "[background comments]" is a noise of the hall, not a word supplied."""
    text = (
        b"TESTIMONY OF MARY ANNE CARTER\n\n"
        b"The testimony of Mary Anne Carter was taken at 2:15 p.m. in the hearing room.\n\n"
        b"The CHAIRMAN. The Commission will be in order.\n\n"
        b"[background comments]\n\n"
        b"Mrs. CARTER. I do.\n"
    )
    assert [speaker for speaker, _ in _turns(text, "testimony.txt")] == ["The CHAIRMAN.", "Mrs. CARTER."]
    root = etree.fromstring(convert_text(text, "testimony.txt").tei)
    assert root.xpath("//t:stage/@type", namespaces=NS) == ["noise"]


def test_a_question_that_names_its_examiner_in_parentheses() -> None:
    """A deposition prints the examiner in parentheses after the question's letter, "Q.   (BY
    MR. SMITH) …": the question is Mr. Smith's, the answer the witness's."""
    text = (
        b"     Q.   (BY MR. SMITH) And what time did you leave the office?\n"
        b"     A.   About six.\n"
        b"               MR. GARCIA:  Objection, form.\n"
        b"     Q.   (BY MR. SMITH) You can answer.\n"
        b"     A.   I said about six.\n"
    )
    turns = _turns(text, "deposition.txt")
    assert [who for _, who in turns] == [
        "#mr-smith",
        "#the-witness",
        "#mr-garcia",
        "#mr-smith",
        "#the-witness",
    ]


def test_a_question_put_to_a_minister_names_the_asker() -> None:
    """The New Zealand record numbers each oral question and names whom it is put to after the
    asker's role: "1. Hon NAME (Leader—Party) to the Prime Minister:" is the asker's label."""
    text = (
        "1. Hon JOHN PARK (Leader—Green) to the Prime Minister: Does she stand by all her statements?\n\n"
        "Rt Hon ANNE WEST (Prime Minister): Yes.\n\n"
        "Hon John Park: Why did she say the economy was strong?\n\n"
        "SPEAKER: Order! The member will not interject.\n"
    ).encode()
    turns = _turns(text, "nz.txt")
    assert [speaker for speaker, _ in turns] == [
        "1. Hon JOHN PARK (Leader—Green) to the Prime Minister:",
        "Rt Hon ANNE WEST (Prime Minister):",
        "Hon John Park:",
        "SPEAKER:",
    ]
    assert turns[0][1] == turns[2][1]


def test_a_label_ended_by_an_em_dash_with_no_space() -> None:
    """The Australian Hansard until 2011 ended a label with an em dash glued to the speech
    ("(2.01 pm)—I thank …", "The SPEAKER—Order!"); a heading with a dash is no label."""
    turns = _turns((SAMPLES / "en-australia-2007.txt").read_bytes(), "en-australia-2007.txt")
    assert [speaker for speaker, _ in turns] == [
        "Mr BLACK (Eastfield—Leader of the Opposition) (2.00 pm)—",
        "Mr GREY (Westbrook—Prime Minister) (2.01 pm)—",
        "The SPEAKER—",
        "Mr GREY—",
    ]
    assert turns[1][1] == turns[3][1]
    heading = b"PART ONE\xe2\x80\x94The Beginning\n\nIt was a cold morning when the ship left the harbour.\n"
    assert _turns(heading, "heading.txt") == []


def test_a_juror_s_number_after_no_ends_the_label() -> None:
    text = (
        b"THE COURT:  Does anyone know the defendant?\n"
        b"PROSPECTIVE JUROR 12:  I think I went to school with his brother.\n"
        b"JUROR NO. 5:  I have a question about parking.\n"
    )
    speakers = [speaker for speaker, _ in _turns(text, "voir-dire.txt")]
    assert speakers == ["THE COURT:", "PROSPECTIVE JUROR 12:", "JUROR NO. 5:"]


def test_a_record_kept_as_a_table_sets_each_name_off_by_a_tab() -> None:
    """A council's record kept as a table and saved as text: the name, a tab, the speech; an
    agenda's item and its title set off by a tab are no turn."""
    text = (
        b"Mary Smith\tGood evening and welcome to this meeting of the parish council.\n"
        b"John Brown\tThank you, Chair. I have read the minutes of the last meeting.\n"
        b"Anne Lee\tI second that.\n"
        b"Mary Smith\tThank you. The minutes are approved.\n"
    )
    turns = _turns(text, "table.txt")
    assert [speaker for speaker, _ in turns] == ["Mary Smith", "John Brown", "Anne Lee", "Mary Smith"]
    agenda = b"Item 4\tPlanning applications\nItem 5\tAny other business\n"
    assert _turns(agenda, "agenda.txt") == []


def test_a_bracket_that_is_a_whole_paragraph_is_the_records_event() -> None:
    """A hearing or a tribunal prints its events in square brackets, each a paragraph of its
    own ("[A recess was taken.]", "[Trial Chamber confers]"): stage directions, while a word in
    brackets inside a sentence stays the editor's."""
    text = (
        b"THE PRESIDENT: The Tribunal will adjourn.\n\n"
        b"[A recess was taken.]\n\n"
        b"JUDGE ORIE: Please be seated.\n\n"
        b"[Trial Chamber confers]\n\n"
        b"JUDGE ORIE: The witness [Mr. Petrovic] may enter.\n"
    )
    root = etree.fromstring(convert_text(text, "tribunal.txt").tei)
    stages = [" ".join(s.xpath("string()").split()) for s in root.iterfind(".//t:body//t:stage", NS)]
    assert stages == ["[A recess was taken.]", "[Trial Chamber confers]"]
    assert root.xpath("//t:sp[3]/t:p/t:supplied/text()", namespaces=NS) == ["Mr. Petrovic"]


def test_interjections_and_a_disturbance_are_noises_of_the_hall() -> None:
    text = (
        b"Mr J S MALEMA: Speaker, the President must answer the question. [Interjections.]\n\n"
        b"The SPEAKER: Order! [Disturbance in the gallery.] Order, hon members!\n"
    )
    root = etree.fromstring(convert_text(text, "assembly.txt").tei)
    assert root.xpath("//t:stage/@type", namespaces=NS) == ["noise", "noise"]


@pytest.mark.parametrize(
    "heading", ["Questions by MR JAY", "<EXAMINATION BY MR JAY:", "Questions from MR JAY"]
)
def test_an_inquirys_examination_heading_names_who_asks(heading: str) -> None:
    """A British inquiry heads the questions "Questions by MR JAY", an Australian royal
    commission "<EXAMINATION BY MR JAY:": the questions below are counsel's."""
    for gap in ("\n\n", "\n"):  # paragraphs between blank lines, or lines with no blank line
        lines = ["LORD SMITH:  Yes, Mr Jay.", heading, "Q.  Your full name, please?", "A.  Keith Brown."]
        turns = _turns((gap.join(lines) + "\n").encode(), "inquiry.txt")
        assert turns == [("LORD SMITH:", "#lord-smith"), ("Q.", "#mr-jay"), ("A.", "#the-witness")]


def test_an_examination_by_the_court_is_no_turn_and_its_questions_are_the_courts() -> None:
    text = (
        b"THE COURT:  I have a few questions for the witness myself.\n\n"
        b"EXAMINATION BY THE COURT:\n\n"
        b"Q.  How long have you lived there?\n\n"
        b"A.  Ten years.\n\n"
        b"MR. LEE:  Nothing further.\n"
    )
    turns = _turns(text, "court.txt")
    assert [who for _, who in turns] == ["#the-court", "#the-court", "#the-witness", "#mr-lee"]


def test_hard_wrapped_lines_with_no_blank_line_between_paragraphs() -> None:
    """Paragraphs of two or three lines cut at a fixed width, no blank line between: a line in
    lower case goes on the sentence above; a label in Mixed case with an office or a form of
    address opens a turn on a line after a sentence's end, and "Speaker." where a line cut "Mr"
    from its name is no label."""
    text = (
        b"Mr Speaker: Order. The Ayes to the right, 310. The Noes to the left,\n"
        b"250.\n"
        b"Sir Edward Lamb (Northby) (Con): On a point of order, Mr Speaker. I\n"
        b"simply want to ask whether you have had any notice of a statement,\n"
        b"and whether the Minister will come to the House today. On a point of order, Mr\n"
        b"Speaker. I also want to ask about the timetable for the rest of the\n"
        b"week.\n"
        b"Mr Speaker: I have had no such notice.\n"
        b"Council President Ruiz: Councilmember Park, you are recognized for your\n"
        b"remarks.\n"
    )
    speakers = [speaker for speaker, _ in _turns(text, "wrapped.txt")]
    assert speakers == [
        "Mr Speaker:",
        "Sir Edward Lamb (Northby) (Con):",
        "Mr Speaker:",
        "Council President Ruiz:",
    ]


def test_a_numbered_item_in_a_prepared_statement_is_no_label() -> None:
    """A witness's prepared statement opens its paragraphs with "Background:", "Findings:",
    "Recommendation 1:": words of a list, printed once, among labels of another shape."""
    text = (
        b"Senator PETERS. Thank you. Dr. Alvarez, you may proceed.\n"
        b"Dr. ALVAREZ. Thank you, Chairman Peters, and members of the committee.\n"
        b"Background: The agency was created in 2018 to coordinate the response.\n"
        b"Findings: We found that two of the five programs had no measure of performance.\n"
        b"Recommendation 1: The Secretary should direct the agency to set such measures.\n"
        b"Senator PAUL. Dr. Alvarez, how many people work at the agency?\n"
    )
    speakers = [speaker for speaker, _ in _turns(text, "statement.txt")]
    assert speakers == ["Senator PETERS.", "Dr. ALVAREZ.", "Senator PAUL."]


@pytest.mark.parametrize("label", ["Noble Lords:", "Hon. Senators:", "Deputies:"])
def test_the_halls_voices_of_lords_senators_and_deputies_are_groups(label: str) -> None:
    """The Lords' "Noble Lords: Hear, hear!", the Canadian Senate's "Hon. Senators:", the Dáil's
    "Deputies:" are the hall's voices, a group, also on a hard-wrapped line after a sentence."""
    text = (
        f"Lord Smith of Finsbury (Lab): My Lords, I beg leave to ask the Question standing in my\n"
        f"name on the Order Paper, and I do so with some regret.\n"
        f"{label} Hear, hear!\n"
        f"The Lord Speaker (Lord Mann of Ashby): Order. Time is up for this question.\n"
    )
    root = etree.fromstring(convert_text(text.encode(), "lords.txt").tei)
    speakers = [" ".join(s.split()) for s in root.xpath("//t:sp/t:speaker/text()", namespaces=NS)]
    assert speakers[1] == label
    assert root.xpath("//t:listPerson//t:personGrp", namespaces=NS)


def test_a_label_with_its_colon_is_no_office_alone_on_its_line() -> None:
    """A city council's hearing prints each label indented, its speech running on to the lines
    below: "COMMITTEE COUNSEL:  Thank you, Chair.  Will" is that label and the first words of its
    speech, not a name with its office after a comma."""
    text = (
        b"COMMITTEE ON TECHNOLOGY                          4\n\n"
        b"            CHAIRPERSON HOLDEN:  Good morning and\n"
        b"welcome to today's hearing of the Committee on\n"
        b"Technology.\n"
        b"            COMMITTEE COUNSEL:  Thank you, Chair.  Will\n"
        b"the members of the administration please raise\n"
        b"your right hands.\n"
        b"            DEPUTY COMMISSIONER SMITH:  I do.\n"
    )
    assert [speaker for speaker, _ in _turns(text, "council.txt")] == [
        "CHAIRPERSON HOLDEN:",
        "COMMITTEE COUNSEL:",
        "DEPUTY COMMISSIONER SMITH:",
    ]


def test_a_hard_wrapped_record_whose_paragraph_ends_do_not_show() -> None:
    """Every line runs near the margin, so the reader cannot see where a speech ends; a name in
    Mixed case with its colon that opens a line after a finished sentence still opens a turn, and
    "The Tánaiste:" is of the shape of "An Ceann Comhairle:" (an article is no form of address)."""
    turns = _turns((SAMPLES / "en-dail-wrapped.txt").read_bytes(), "en-dail-wrapped.txt")
    assert [speaker for speaker, _ in turns] == [
        "An Ceann Comhairle:",
        "Deputy Seán Murphy:",
        "The Tánaiste:",
        "Deputy Seán Murphy:",
        "An Ceann Comhairle:",
    ]


def test_a_title_over_hard_wrapped_speeches_ends_its_own_paragraph() -> None:
    """A title line ends no sentence, but the next line's first word would have fitted on it:
    a wrap did not cut it, so it is a paragraph of its own and the chair's label below it opens
    the first turn."""
    data = (SAMPLES / "en-holyrood-wrapped.txt").read_bytes()
    source = read_source(data, "x.txt", load_config())
    assert (source.layout, source.paragraphs[0].lines) == ("wrapped", [(1, "Portfolio Question Time")])
    assert [speaker for speaker, _ in _turns(data, "x.txt")] == [
        "The Deputy Presiding Officer (Annabelle Ewing):",
        "Rhoda Grant (Highlands and Islands) (Lab):",
        "The Cabinet Secretary for Transport (Fiona Hyslop):",
        "Rhoda Grant:",
        "The Deputy Presiding Officer:",
    ]


def test_a_label_whose_role_a_wrap_cut_is_read_whole() -> None:
    """The minister's office and name in parentheses run over two lines: the label is the whole
    of it up to its colon, not the first line with its parenthesis left open."""
    data = (SAMPLES / "en-lok-sabha-wrapped.txt").read_bytes()
    assert [speaker for speaker, _ in _turns(data, "x.txt")] == [
        "HON. SPEAKER:",
        "SHRI ANIL KUMAR (NORTH DISTRICT):",
        "THE MINISTER OF CONSUMER AFFAIRS, FOOD AND PUBLIC DISTRIBUTION (SHRI RAJESH VERMA):",
        "HON. SPEAKER:",
    ]


def test_an_office_and_a_sentence_on_one_line_is_no_label_alone() -> None:
    """A label with its stop and the first sentence of its speech, hard-wrapped: the line is no
    office alone on its line (a sentence ends inside it), so the label ends at its stop."""
    data = (SAMPLES / "en-senate-ph-wrapped.txt").read_bytes()
    assert [speaker for speaker, _ in _turns(data, "x.txt")] == [
        "THE PRESIDENT.",
        "THE PRESIDING OFFICER (Sen. Reyes).",
        "SEN. CRUZ.",
    ]


def test_live_captions_mark_each_speaker_with_chevrons() -> None:
    """Captions of a hearing, in CAPITALS and hard-wrapped, open each speaker's words with
    ">>": a marker, as "○" is in the Diet's record; a caption line in capitals that a wrap cut
    after a finished sentence is no heading."""
    data = (SAMPLES / "en-captions.txt").read_bytes()
    assert [speaker for speaker, _ in _turns(data, "x.txt")] == [
        ">> CHAIR DAVIS:",
        ">> SENATOR KIM:",
        ">> DR. PATEL:",
        ">> CHAIR DAVIS:",
    ]

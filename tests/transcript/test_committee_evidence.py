"""Committee hearings and evidence sessions outside the US Congress: the question numbers of a
Commons select committee before the label, the clocks and notes between the turns of the
Scottish, Canadian and Australian committees' reports, the speech numbers of the European
Parliament's hearings, and the head of a Dutch inquiry's public hearing."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import (
    NS,
    SAMPLES,
    TURN_IDS,
    name_parts_of,
    sample_tei,
    tabled_tei,
    text_tei,
    texts,
    turn_ids,
)

COMMITTEE_SAMPLES = [
    "en-select-committee-question-range.txt",
    "en-ep-hearing-speech-numbers.txt",
    "en-stage-au-estimates-suspended.txt",
    "en-stage-holyrood-committee-clock.txt",
    "nl-enquete-verhoor-head.txt",
    "en-select-committee-answers-bracketed.txt",
    "de-ausschuss-chair-once.txt",
    "en-oral-evidence-members-present.txt",
    "it-audizione-capital-post.txt",
    "en-us-hearing-members-present-chair-marked.txt",
    "en-us-hearing-present-presiding-marked.txt",
    "de-ausschuss-anwesend-vorsitz-marked.txt",
    "en-web-convener-alone.txt",
    "en-web-chairman-alone.txt",
    "en-oral-evidence-members-one-a-line.txt",
    "en-us-hearing-archive-pages.txt",
    "en-us-hearing-rank-witness.txt",
    "en-au-estimates-bracketed-speakers.txt",
    "en-pbc-web-question-letter.txt",
    "en-us-hearing-general-once.txt",
    "en-us-senate-numbered-cover-wide.txt",
    "en-oral-evidence-panels.txt",
    "en-oral-evidence-witness-field.txt",
    # the turns run together on one line, a question's number before each member's label
    "en-oral-evidence-flattened-questions.txt",
]


@pytest.mark.parametrize("sample", COMMITTEE_SAMPLES)
def test_each_turn_is_its_persons(sample: str) -> None:
    """Who asks and who answers: a question's number is no part of the member's id, the chair
    named in the head is the chair's label, the head's fields are nobody."""
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    assert sorted(tei.xpath("//t:person/@xml:id", namespaces=NS)) == sorted(set(TURN_IDS[sample]))


def test_a_capitalised_post_after_a_name_in_capitals_is_the_role() -> None:
    """An Italian hearing prints the witness's name in capitals and the post after the comma in
    Mixed case, whatever word opens it: the post is the role, not part of the name."""
    tei = sample_tei("it-audizione-capital-post.txt")
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in tei.xpath("//t:person", namespaces=NS)
    }
    assert roles["ettore-lanzoni"] == "Comandante della Polizia provinciale di Rovigo"
    assert roles["marta-cecchin"] == "Ispettrice capo della Polizia provinciale"


def _body_text(tei: etree._Element) -> str:
    return " ".join(tei.find(".//t:text/t:body", NS).xpath("string()").split())


def test_a_question_range_is_printed_with_the_label_not_named() -> None:
    tei = sample_tei("en-select-committee-question-range.txt")
    person = tei.xpath("//t:person[@xml:id='gavin-lowe']", namespaces=NS)[0]
    assert "Q216" not in person.xpath("string(t:persName[1])", namespaces=NS)


def test_the_speech_numbers_of_a_hearing_are_furniture() -> None:
    tei = sample_tei("en-ep-hearing-speech-numbers.txt")
    assert "1-002-0000" not in _body_text(tei)
    furniture = tei.xpath("//t:list[@type='furniture']/t:item/text()", namespaces=NS)
    assert furniture == ["1-002-0000", "1-003-0000", "1-004-0000", "1-005-0000"]


def test_a_clock_between_two_turns_is_no_speech() -> None:
    """ "09:31" above a label in the same paragraph ends the turn before it, and is a stage; the
    Canadian committees' "● (0920)" too."""
    for sample, clock in (
        ("en-stage-holyrood-committee-clock.txt", "09:31"),
        ("en-stage-canada-committee-clock.txt", "● (0920)"),
    ):
        tei = sample_tei(sample)
        paragraphs = [" ".join(p.xpath("string()").split()) for p in tei.iterfind(".//t:sp/t:p", NS)]
        assert not any(clock in text for text in paragraphs)
        stages = [" ".join(s.xpath("string()").split()) for s in tei.iterfind(".//t:body//t:stage", NS)]
        assert clock in stages


def test_the_hours_of_an_inquiry_hearing_are_no_speakers() -> None:
    tei = sample_tei("nl-enquete-verhoor-head.txt")
    stages = [" ".join(s.xpath("string()").split()) for s in tei.iterfind(".//t:body//t:stage", NS)]
    assert "Sluiting: 11.45 uur." in stages
    assert (SAMPLES / "nl-enquete-verhoor-head.txt").exists()


def test_a_new_panel_of_witnesses_is_a_heading_not_the_chairs_words() -> None:
    tei = sample_tei("en-select-committee-second-panel.txt")
    assert tei.xpath("//t:body//t:head/text()", namespaces=NS) == ["Examination of witnesses"]
    first = tei.xpath("(//t:sp)[1]/t:p", namespaces=NS)
    chair = " ".join(" ".join(p.xpath("string()").split()) for p in first)
    assert chair == "Thank you both very much."


def test_a_witness_in_brackets_answers_and_the_member_asks_again() -> None:
    """The Commons' minutes of evidence until 2005: "(Sir Giles Farley) Yes." is the witness's
    answer, the numbered question under it ("2. Is the programme late?") the member's who asked
    last, the number kept in the text."""
    tei = sample_tei("en-select-committee-answers-bracketed.txt")
    turns = tei.xpath("//t:sp", namespaces=NS)
    assert [" ".join(t.xpath("string(t:p[1])", namespaces=NS).split()) for t in turns[2:4]] == [
        "2. Is the programme late?",
        "By four years.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "(Laughter) Yes, indeed.",
        "(Mr. Roe) each will control 30 minutes.",
        "(The House divided) The result was announced.",
    ],
)
def test_a_bracket_before_words_is_no_answer_unless_it_names_a_witness(line: str) -> None:
    tei = text_tei("Mr Smith: What happened?\n\n" + line + "\n")
    assert tei.xpath("count(//t:sp)", namespaces=NS) == 1


@pytest.mark.parametrize(
    ("sample", "chair"),
    [
        ("de-ausschuss-chair-once.txt", "vorsitzender-dr-martin-keller"),
        ("en-stage-holyrood-committee-clock.txt", "clare-haughey"),
        ("en-oral-evidence-members-present.txt", "dame-helen-carrow"),
        ("en-us-hearing-members-present-chair-marked.txt", "senator-hadley"),
        ("en-us-hearing-present-presiding-marked.txt", "mr-kline"),
        ("de-ausschuss-anwesend-vorsitz-marked.txt", "eva-roth"),
    ],
)
def test_a_committees_chair_is_the_chair(sample: str, chair: str) -> None:
    """A committee's "Vorsitzender" and "The Convener" chair it (role="chair"); the office alone
    after the chair's label in full is the same person; so is the member a list of those present
    marks as the chair in brackets ("Senators Hadley (chair), Ortiz and Brandt")."""
    tei = sample_tei(sample)
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == [chair]


def test_a_deputy_chair_alone_names_no_one() -> None:
    """ "Wicemarszałek:" alone after "Wicemarszałek Anna Kowalska:" may be another of the deputies."""
    tei = text_tei(
        "Wicemarszałek Anna Kowalska: Dziękuję.\n\nPoseł Jan Nowak: Proszę.\n\nWicemarszałek: Dziękuję.\n"
    )
    assert turn_ids(tei)[0] != turn_ids(tei)[2]


def test_the_expert_of_a_hearing_is_no_forename() -> None:
    """ "SV Prof. Dr. Klaus Imhof": SV (Sachverständiger) is how the hearing addresses him."""
    tei = sample_tei("de-ausschuss-chair-once.txt")
    parts = name_parts_of(tei, "sv-prof-dr-klaus-imhof")
    assert parts[0] == ("roleName", "honorific", "SV")
    assert ("forename", None, "Klaus") in parts


def test_the_speaker_the_sitting_sentence_names_in_brackets_is_the_chair() -> None:
    """ "… met … with Mr. Speaker (X) in the Chair." names the Speaker whose "MR. SPEAKER:" labels
    follow; "(Mr. Deputy Speaker (Y) in the Chair)" hands the chair to the deputy."""
    sample = "en-pk-assembly-speaker-named-in-chair.txt"
    tei = sample_tei(sample)
    assert turn_ids(tei) == TURN_IDS[sample]
    chairs = tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS)
    assert chairs == ["kamran-baloch", "mian-tariq-awan"]


@pytest.mark.parametrize(
    "sample", ["en-us-trial-court-calls-examiner.txt", "en-us-trial-court-calls-cross-examiner.txt"]
)
def test_the_counsel_the_court_gives_the_witness_asks(sample: str) -> None:
    """ "THE COURT: Mr. Lane, you may examine." over bare "Q." lines: the questions are Mr. Lane's,
    as "BY MR. LANE:" would say; a ruling between them changes no examiner."""
    assert turn_ids(sample_tei(sample)) == TURN_IDS[sample]


def test_an_office_alone_is_no_label_without_the_names_of_its_layout() -> None:
    """The office alone above a speech is the chair's label only where the persons' names are
    printed alone so: beside labels with their colon it is a heading."""
    tei = text_tei(
        "Chairman\n\nThe committee met at ten o'clock in the morning.\n\n"
        "Ms. Aoife Fennelly: Thank you.\n\nMr. Colm Breen: I agree.\n"
    )
    assert turn_ids(tei) == ["ms-aoife-fennelly", "mr-colm-breen"]


@pytest.mark.parametrize(
    ("sample", "path", "lines"),
    [
        # "Members present:" alone on its line over the members one a line: the head's roll
        (
            "en-oral-evidence-members-one-a-line.txt",
            "//t:front/t:div[@type='list']/t:p",
            [
                "Members present:",
                "Rhona Calder (Chair)",
                "Mr Peter Hollins",
                "Gareth Pryor",
                "Sally Winterton",
            ],
        ),
        # a hearings archive's links and its printed pages' lines: the page's furniture
        (
            "en-us-hearing-archive-pages.txt",
            "//t:list[@type='furniture']/t:item",
            [
                "SPEAKERS CONTENTS INSERTS",
                "Page 1 TOP OF DOC",
                "Page 2 PREV PAGE TOP OF DOC",
                "Page 3 PREV PAGE TOP OF DOC",
            ],
        ),
    ],
)
def test_lines_between_the_head_and_the_turns_are_no_headings(
    sample: str, path: str, lines: list[str]
) -> None:
    """The members one a line under "Members present:" and an archive's page lines ("Page 2
    PREV PAGE       TOP OF DOC") are the head's or the page's, no heading between turns and no
    speaker."""
    tei = sample_tei(sample)
    assert texts(tei, path)[: len(lines)] == lines
    assert not tei.xpath("//t:body//t:head", namespaces=NS)


def test_a_witness_rank_before_the_surname_is_a_form_of_address() -> None:
    """ "Admiral RUSK.", printed once: the rank is the label's form of address, no forename."""
    tei = sample_tei("en-us-hearing-rank-witness.txt")
    assert name_parts_of(tei, "admiral-rusk") == [
        ("roleName", "honorific", "Admiral"),
        ("surname", None, "RUSK"),
    ]


def test_the_member_the_hearings_head_says_presided_is_the_chair() -> None:
    """ "The subcommittee met, pursuant to call, …, Hon. Nora J. Whitcombe [chairwoman of the
    subcommittee] presiding." names the chair whose label prints her surname alone."""
    tei = sample_tei("en-us-hearing-met-presiding.txt")
    assert turn_ids(tei) == TURN_IDS["en-us-hearing-met-presiding.txt"]
    assert tei.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["mrs-whitcombe"]


def test_a_name_in_square_brackets_before_the_speech_is_a_label() -> None:
    """A member's web transcript of an estimates hearing prints each speaker in square brackets
    before the speech ("[Ingrid Whitlam-Carey] Thank you, Chair."), a name printed once too; the
    minister's reply with no label stays in the turn before it, and no bracket is left as the
    editor's supplied text."""
    tei = sample_tei("en-au-estimates-bracketed-speakers.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Thank you, Chair. Minister, I want to ask about the water buybacks in the northern basin. "
        "How many licences were bought last year?",
        "Well, I'd have to take that–",
    ]
    assert not tei.xpath("//t:body//t:supplied", namespaces=NS)


def test_a_question_letter_alone_asks_for_the_member_who_asked_under_a_name() -> None:
    """A public bill committee's evidence on the web prints "Q" before each question, under the
    member's name; a follow-up question printed with the letter alone is that member's, no
    person "Q", and the letter under a name stays in the member's speech."""
    tei = sample_tei("en-pbc-web-question-letter.txt")
    assert turn_ids(tei)[4] == "anita-sorensby"
    assert not tei.xpath("//t:person[@xml:id='q']", namespaces=NS)
    assert texts(tei, "//t:sp[3]/t:p") == [
        "Q Thank you. How many pilots does the association train each year?"
    ]


@pytest.mark.parametrize(
    ("ident", "rank", "surname"),
    [("general-tolliver", "General", "TOLLIVER"), ("colonel-abernathy", "Colonel", "ABERNATHY")],
)
def test_a_generals_rank_printed_once_is_a_form_of_address(ident: str, rank: str, surname: str) -> None:
    """ "General TOLLIVER.", "Colonel ABERNATHY.", each printed once beside "Mr. X." labels: a
    turn each, the rank the label's form of address, no forename."""
    tei = sample_tei("en-us-hearing-general-once.txt")
    assert name_parts_of(tei, ident) == [("roleName", "honorific", rank), ("surname", None, surname)]


@pytest.mark.parametrize(
    ("label", "office"),
    [("Attorney General HOLDEN.", "Attorney General"), ("Secretary General Ana Ruiz:", "Secretary General")],
)
def test_general_after_an_office_word_stays_the_offices(label: str, office: str) -> None:
    """ "General" is a rank before a surname, but the second word of an office when it follows
    one: "Attorney General", "Secretary General" are one office each."""
    tei = text_tei(
        f"The CHAIRMAN. Welcome.\n\n{label} Thank you, Mr. Chairman.\n\nThe CHAIRMAN. Thank you.\n"
    )
    parts = tei.xpath("//t:person/t:persName[1]/t:roleName[@type='office']/text()", namespaces=NS)
    assert office in parts


def test_a_numbered_pages_lines_join_though_a_cover_line_runs_wider() -> None:
    """A Senate committee's stenographic transcript copied from the web sets each numbered line
    apart, its reporter's address on the cover wider than any of them: the lines of a speech
    join into one paragraph, so the witness's label over a speech cut at a comma is read."""
    tei = sample_tei("en-us-senate-numbered-cover-wide.txt")
    assert texts(tei, "//t:sp[3]/t:p") == [
        "Thank you, Senator. Chairman Pruett, Ranking Member Okafor, members of the subcommittee, "
        "I am grateful for the chance to appear before you."
    ]


def test_the_panels_counted_and_the_written_evidence_field_are_the_heads() -> None:
    """A Commons committee's web page counts its panels of witnesses in Roman numerals with a
    colon ("I: …", "II: …") and lists the written evidence under its field: no speaker, the first
    turn the chair's first question."""
    tei = sample_tei("en-oral-evidence-panels.txt")
    heads = " ".join(texts(tei, "//t:body/t:div/t:p"))
    assert "II: Rt Hon Gavin Pell MP, Leader of the House." in heads
    assert "Written evidence from witnesses:" in heads
    assert not tei.xpath("//t:person[@xml:id='ii' or starts-with(@xml:id, 'written')]", namespaces=NS)


def test_the_witness_field_with_its_stop_is_no_turn() -> None:
    """ "Witness: Rt Hon. Miriam Hasted MP." above the first question names who gives evidence,
    a form of address, a name and a stop: the head's field, not a speaker "Witness"."""
    tei = sample_tei("en-oral-evidence-witness-field.txt")
    assert "Witness: Rt Hon. Miriam Hasted MP." in texts(tei, "//t:body/t:div/t:p")
    assert not tei.xpath("//t:person[@xml:id='witness']", namespaces=NS)


def test_a_police_rank_abbreviated_opens_the_witness_label() -> None:
    """A Canadian inquiry labels the constable answering "CST. ARDLEY:": the rank opens the label
    as "SGT." does, no heading "CST." over a surname's label."""
    tei = tabled_tei("en-ca-inquiry-constable-rank.txt")
    assert not tei.xpath("//t:head", namespaces=NS)

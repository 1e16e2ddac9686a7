"""Courts, tribunals, hearings and inquiries: a high court's bench listed over the parties with a
judge the excerpt never hears, a South African court's lines in capitals that say it resumes or
adjourns, a live page's hour with its half of the day, the first speech under a hearing's
appearances, an Italian trial's case number in its caption and a live page's headline after its
bar, each in an invented sample (names invented; labels in turns.toml, persons in
ids.toml)."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts


def test_a_bench_listed_with_a_judge_the_excerpt_never_hears_opens_no_turn() -> None:
    """ "HARTIGAN CJ" / "WOLANSKI J" / "DE VERE J" / "OYELARAN J" under the parties: two of the
    bench speak below with their colons, two never do in the excerpt; the bench is the head's
    roll, not the chief justice's turn with the other judges for its speech."""
    root = tabled_tei("en-au-court-bench-judge-unheard.txt")
    body = " ".join(texts(root, "//t:body"))
    assert "DE VERE J" not in body and "OYELARAN J" not in body
    assert texts(root, "//t:sp[2]/t:p") == ["Yes, Mr Fairlie."]


def test_a_speech_under_a_single_judge_s_name_alone_stays_a_turn() -> None:
    """ "HARTIGAN CJ" alone on its line over a sentence: a label and its speech, no bench."""
    root = text_tei(
        "HARTIGAN CJ:  Yes, Mr Fairlie.\n\nMR FAIRLIE:  Your Honour, two points.\n\n"
        "HARTIGAN CJ\nWe will hear you on the first, Mr Fairlie.\n\nMR FAIRLIE:  Thank you.\n"
    )
    assert speakers(etree.tostring(root)) == ["HARTIGAN CJ:", "MR FAIRLIE:", "HARTIGAN CJ", "MR FAIRLIE:"]


def test_a_court_s_lines_in_capitals_that_it_resumes_or_adjourns_open_no_turn() -> None:
    """ "COURT RESUMES ON 18 MARCH 2025 [09:58]", "COURT ADJOURNS [11:15]" beside "COURT: …": the
    record's own lines in capitals, the court's office with a word in capitals after it, no
    speech of the court with its colon lost."""
    root = tabled_tei("en-za-court-resumes-capitals-line.txt")
    spoken = " ".join(texts(root, "//t:sp/t:p"))
    assert "RESUMES" not in spoken and "ADJOURNS" not in spoken
    assert texts(root, "(//t:sp)[last()]/t:p") == ["Yes, Ms Fourie."]


def test_a_label_in_capitals_with_its_colon_lost_before_a_sentence_stays_a_turn() -> None:
    """ "THE CHAIRMAN Thank you, Senator." beside "THE CHAIRMAN: …": the sentence after it in
    Mixed case is the speech of a label whose colon the copy lost."""
    root = text_tei(
        "THE CHAIRMAN: The committee will come to order.\n\nSENATOR OKAFOR: Thank you, Mr. Chairman.\n\n"
        "THE CHAIRMAN Thank you, Senator. Proceed.\n\nSENATOR OKAFOR: I will be brief.\n"
    )
    assert speakers(etree.tostring(root))[2] == "THE CHAIRMAN"


def test_a_live_page_s_hour_with_its_half_of_the_day_is_no_label() -> None:
    """ "10:42 AM", "11:40 AM" alone on their lines between the quoted exchanges of a live page:
    the hour of the updates, kept as a stage with its time, never a speaker "AM"."""
    root = tabled_tei("en-in-live-blog-hour-lines.txt")
    assert texts(root, "//t:stage/t:time") == ["10:42 AM", "11:15 AM", "11:40 AM"]


def test_the_first_speech_under_a_hearing_s_appearances_opens_the_record() -> None:
    """ "APPEARANCES:" / "For the Board Staff: …" / "For the Respondent: …" over "ADMINISTRATIVE
    LAW JUDGE BREMMER: We're on the record …": the judge's speech opens with its pronoun, as
    no field's value does; the fields stay in the head."""
    root = tabled_tei("en-us-commission-appearances-first-speech.txt")
    front = " ".join(texts(root, "//t:front"))
    assert "For the Respondent: Samuel Ortega, Esq." in front
    assert "on the record" not in front
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("We're on the record")


def test_a_caption_s_case_number_after_its_sign_is_no_label_with_initials() -> None:
    """ "PROCEDIMENTO PENALE N. 1874/22 R.G.N.R." over the transcript of a hearing: the sign of
    the number and the number after it, no surname with an initial before its speech."""
    root = tabled_tei("it-processo-trascrizione-numero-caption.txt")
    assert "PROCEDIMENTO PENALE N. 1874/22 R.G.N.R." not in " ".join(texts(root, "//t:body"))


def test_a_name_with_its_initial_before_a_speech_opening_with_a_year_stays_a_label() -> None:
    """ "PETROV N. 1937 was the year …" beside "PETROV N.: …": an initial before a speech that
    opens with a figure is still a name's, where the sign of a number is no initial."""
    root = text_tei(
        "CHAIRMAN: Comrade Petrov has the floor.\n\nPETROV N.: Comrades, I will be brief.\n\n"
        "CHAIRMAN: Go on.\n\nPETROV N.: 1937 was the year the plan was set, and we met it.\n"
    )
    assert speakers(etree.tostring(root)) == ["CHAIRMAN:", "PETROV N.:", "CHAIRMAN:", "PETROV N.:"]


def test_a_live_page_s_headline_after_its_bar_on_the_first_line_opens_no_turn() -> None:
    """ "LIVE | High Court hears bail plea of … – Day 4", the page's first line: a headline of
    fourteen words with no stop or comma after the bar, no speech of "LIVE"."""
    root = tabled_tei("en-in-live-blog-headline-bar.txt")
    assert "High Court hears bail plea" not in " ".join(texts(root, "//t:body"))


def test_a_member_s_bar_on_the_first_line_before_a_sentence_stays_a_label() -> None:
    """ "Claude Wiseler | Merci, Här President. …" opening the record: the member's speech after
    the bar has its comma and its stop, no headline."""
    root = text_tei(
        "Claude Wiseler | Merci, Här President. Ech wëll dräi Punkten uschwätzen.\n\n"
        "M. le Président | Merci. D'Wuert huet den Här Kremer.\n\n"
        "Luc Kremer | Merci, Här President. Ech sinn d'accord.\n"
    )
    assert speakers(etree.tostring(root))[0] == "Claude Wiseler |"

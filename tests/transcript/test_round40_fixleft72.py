"""Shapes of courts', councils' and parliaments' records that a short excerpt prints once: the
chair calling two speakers by name, a French label of an initial and a surname before its stop
and dash, a legislature's name as the title over its sitting's event line, an indictment's field
whose value goes on in lower case under it; and shapes that hold (an accused naming himself, a
court's name with its Roman numeral, minutes in indirect speech), each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_the_chair_calling_two_speakers_by_surname_is_a_turn() -> None:
    """ "Chair: Smith, Jones." over "Smith: …" and "Jones: …": the chair's speech is the names it
    calls, each labelled below, as a short excerpt opens; a head's field naming officers does
    not lead the chair's office ("Present:", "Schriftführer:"), or the chair speaks below under
    another label ("Chairs: Smith, Jones." over "Chair: Welcome.")."""
    root = tabled_tei("en-council-chair-calls-two-surnames.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Smith, Jones."]
    root = text_tei("Present: Smith, Jones.\n\nSmith: I am here.\n\nJones: Present.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Smith:", "Jones:"]
    assert "Present: Smith, Jones." in texts(root, "//t:p")
    root = text_tei(
        "Minutes of the Board\n\nChairs: Smith, Jones.\n\nChair: Welcome.\n\nSmith: Here.\n\nJones: Present.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Smith:", "Jones:"]


def test_the_chair_calling_two_speakers_under_forms_of_address_once() -> None:
    """ "Präsident: Herr Jucho, Herr Biedermann." printed once: each name under its form of
    address, each labelled below; the Frankfurt head's "Schriftführer: Biedermann, Jucho."
    stays a field."""
    root = tabled_tei("de-landtag-chair-calls-two-once.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Herr Jucho, Herr Biedermann."]
    root = tabled_tei("de-frankfurt-1848-head-officers-names-stopped.txt")
    assert "Schriftführer: Biedermann, Jucho." in texts(root, "//t:p")


def test_an_initial_and_a_surname_before_the_stop_and_dash() -> None:
    """ "V. Petrov. —" is the deputy the chair called, not the answer's letter "V." of a Dutch
    examination; one word a sentence opens with after an answer's letter stays its speech
    ("A. Yes. — I think so.")."""
    root = tabled_tei("fr-an-initial-surname-stop-dash.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Merci, monsieur le président. Je serai bref."]
    root = text_tei("Q. Did you see him?\n\nA. Yes. — I think so.\n\nQ. When?\n\nA. At noon.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Q.", "A.", "Q.", "A."]
    assert texts(root, "//t:sp[2]/t:p") == ["Yes. — I think so."]


def test_a_legislature_s_name_with_its_stop_is_the_title() -> None:
    """ "LEGISLATIVE COUNCIL." over "The Council met at 2.30 p.m.": the house's name, a chamber's
    word qualifying a body's, no speaker; an office so qualified stays a speaker's."""
    root = tabled_tei("en-au-council-legislature-title-stop.txt")
    assert "The Council met at 2.30 p.m." in texts(root, "//t:text//t:p")
    root = text_tei(
        "LEGISLATIVE ASSISTANT.\n\nI have the figures here.\n\n"
        "THE PRESIDENT: Thank you.\n\nLEGISLATIVE ASSISTANT: The total is four.\n"
    )
    assert "LEGISLATIVE ASSISTANT:" in texts(root, "//t:sp/t:speaker")


def test_an_indictment_s_field_going_on_in_lower_case_is_no_turn() -> None:
    """ "Imputato:" alone over "del reato p. e p. dall'art. 640 c.p., perché …": the colon's phrase
    goes on below, a sentence's heading naming the charge; the accused answering in the
    examination below ("Imputato: Sì, signor Presidente.") keeps his turn."""
    root = tabled_tei("it-tribunale-imputato-field-lower.txt")
    assert any(p.startswith("Imputato: del reato") for p in texts(root, "//t:p"))
    assert texts(root, "//t:sp[2]/t:p") == ["Sì, signor Presidente."]
    root = text_tei(
        "Sentenza\n\nImputato:\ndel reato p. e p. dall'art. 640 c.p.\n\nConclusioni delle parti.\n"
    )
    assert texts(root, "//t:sp") == []


def test_shapes_that_hold() -> None:
    """The accused naming himself answers ("Подсудимый: Ершов Иван Петрович."), a court's name
    with its Roman numeral and stop is the title ("SCHWURGERICHT MÜNCHEN I."), and numbered
    minutes in indirect speech ("1. M. CLEMENCEAU said that …") have no turns."""
    root = tabled_tei("ru-sud-podsudimyi-names-himself.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Ершов Иван Петрович."]
    root = tabled_tei("de-schwurgericht-roman-title.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Max Huber, geboren am 4. Juni 1890 in Landshut."]
    root = tabled_tei("en-council-of-four-numbered-reported.txt")
    assert texts(root, "//t:text//t:p")[0].startswith("1. M. CLEMENCEAU said that")

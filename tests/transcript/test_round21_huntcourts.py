"""Label shapes found in real records of courts, trials and tribunals, each written again as an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_letter_of_an_unprinted_pair_stands_for_the_name_it_opens() -> None:
    """A court reporter's notes give the witness "Pf:" once and then "P:": the letter is his,
    though "P." asks in a Spanish record's pair, for no "R." is printed; the speech is his turn,
    no paragraph of the judge's question above."""
    root = tabled_tei("de-court-notes-letter-alone.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Wann haben Sie sie zuletzt gesehen?"]


def test_a_bracketed_clock_with_stops_and_seconds_is_a_time_between_turns() -> None:
    """ "[09.05.30]" alone between a tribunal's turns is the clock: a stage with its time, no
    supplied words at the end of the speech above."""
    root = tabled_tei("en-tribunal-clock-dotted-brackets.txt")
    assert texts(root, "//t:stage/t:time") == ["[09.05.30]", "[09.07.12]"]
    assert root.xpath("//t:supplied", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == []
    assert texts(root, "//t:sp[3]/t:p") == ["I was assigned to the office at Tuol Sleng."]


def test_an_examination_headed_with_the_participle_names_the_examiner() -> None:
    """ "Examined by Mr. Pryce:" and "Cross-examined by Mr. Lukic:" are headings, no labels of
    someone so named: each question below is its examiner's."""
    root = tabled_tei("en-icty-examined-by.txt")
    assert texts(root, "//t:head") == [
        "WITNESS: DRAGAN MIRKOVIC",
        "Examined by Mr. Pryce:",
        "Cross-examined by Mr. Lukic:",
    ]


def test_an_office_alone_over_the_questions_asks_them() -> None:
    """A Japanese, Korean or Chinese examination record's office alone on its line ("検察官",
    "검사", "公诉人") heads the questions below: each question is that office's, each answer
    the witness's, and the office is a heading, no paragraph of the record."""
    for sample, heads in [
        ("ja-court-examiner-office-alone.txt", ["検察官", "弁護人"]),
        ("ko-court-examiner-office-alone.txt", ["검사", "변호인"]),
        ("zh-court-examiner-office-alone.txt", ["公诉人", "辩护人"]),
    ]:
        root = tabled_tei(sample)
        assert texts(root, "//t:head") == heads


def test_the_defence_counsel_named_by_office_is_a_label() -> None:
    """ "L'avocat de la défense. —" printed once is a label like the court's others: the
    question is his turn, no paragraph of the witness's answer."""
    root = tabled_tei("fr-court-avocat-defense.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "J'ai vu deux hommes sortir du magasin en courant, vers vingt-deux heures."
    ]


def test_a_protocol_verb_before_the_colon_is_no_word_of_the_name() -> None:
    """ "Oskarżony wyjaśnia:" and "Świadek Anna Wójcik zeznaje:" are the accused and the witness:
    the clerk's verb stays in the printed label, and the witness's name has no verb in it."""
    root = tabled_tei("pl-court-protocol-verb.txt")
    assert texts(root, "//t:person[@xml:id='swiadek-anna-wojcik']/t:persName[1]") == ["Świadek Anna Wójcik"]

"""Round 50, hunt50d: European court protocols (a Czech or Slovak trial's question headings, a
Dutch court record's fields of a file's number or a date, a Cypriot and a Dutch head's bench)."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, texts, turn_speakers


def test_a_czech_trial_s_question_headings_are_no_turns() -> None:
    """ "Na dotaz předsedy senátu:" and "Na dotazy obhájkyně:" (to the questions of the presiding
    judge, of the defence counsel) head the witness's answers as a Polish "Na pytania
    prokuratora:" does: no turn of their own; the answers go on in the witness's turn, while the
    prosecutor's "Státní zástupkyně:" after them is a label."""
    root = tabled_tei("cs-soud-na-dotaz-predsedy.txt")
    assert texts(root, "(//t:sp)[4]/t:p") == ["Policii jsem nevolal, myslel jsem, že se jen hádají."]
    assert {"Na dotaz předsedy senátu:", "Na dotazy obhájkyně:"} <= set(outside_turns(root))


def test_a_slovak_question_heading_in_the_singular_is_no_turn() -> None:
    """ "Na otázku predsedu senátu:" (to the presiding judge's question), a Slovak record's
    heading, names no speaker; "Predseda senátu:" before it stays the label it is."""
    root = text_tei(
        "Predseda senátu: Svedkyňa, poznáte obžalovaného?\n"
        "Svedkyňa Kollárová: Áno, je to môj bývalý kolega z práce.\n"
        "Na otázku predsedu senátu:\n"
        "Naposledy som ho videla vo februári.\n"
        "Predseda senátu: Ďakujem, môžete odísť.\n"
    )
    assert turn_speakers(root) == ["Predseda senátu:", "Svedkyňa Kollárová:", "Predseda senátu:"]


def test_a_court_record_s_field_of_a_file_s_number_is_no_turn() -> None:
    """ "Parketnummer: 05/281734-25", a Dutch court record's file number on its head, is a field
    whose whole value is figures joined by a slash and a hyphen: no speaker, where the court's
    "De politierechter:" and the parties below are."""
    root = tabled_tei("nl-rechtbank-parketnummer-uitspraak.txt")
    assert "Parketnummer: 05/281734-25" in " ".join(outside_turns(root))


def test_a_field_of_a_date_at_a_record_s_foot_is_no_turn_but_a_figure_in_a_sentence_is() -> None:
    """ "Uitspraak: 16 december 2026." (the judgment's day) closes a court record: a word whose
    whole value is a date is a field, no speaker. A name printed before a figure that a sentence
    goes on after ("Mr. Smit: 12/3 van de facturen is betaald.") stays the counsel's turn."""
    root = text_tei(
        "Mr. Smit: Edelachtbare, mijn cliënte heeft de huur steeds betaald.\n"
        "Mr. Bos: Dat blijkt nergens uit de stukken.\n"
        "Voorzitter: Mr. Smit, heeft u bankafschriften?\n"
        "Mr. Smit: 12/3 van de afschriften zit in het dossier.\n"
        "Voorzitter: Dank u. Ik sluit het onderzoek ter zitting.\n"
        "Uitspraak: 16 december 2026.\n"
    )
    assert turn_speakers(root) == ["Mr. Smit:", "Mr. Bos:", "Voorzitter:", "Mr. Smit:", "Voorzitter:"]


def test_a_cypriot_court_s_bench_field_is_no_turn() -> None:
    """ "Ενώπιον: Μ. Κωνσταντίνου, Π.Ε.Δ." (before: the judge and her rank), a Cypriot court's
    head as an English record's "Before:", names the bench, no speaker; "ΔΙΚΑΣΤΗΡΙΟ:" (the
    court) and counsel below are the turns."""
    root = tabled_tei("el-cy-dikastirio-enopion.txt")
    assert any(line.startswith("Ενώπιον:") for line in outside_turns(root))


def test_a_dutch_court_s_presence_heading_is_no_turn() -> None:
    """ "Tegenwoordig:" (present) alone over a Dutch court's roll of the bench, the clerk and the
    prosecutor is the head's heading as "Aanwezig:" is, no speaker; the roll's lines stay outside
    the turns and "De voorzitter:" below opens the first."""
    root = tabled_tei("nl-rechtbank-tegenwoordig.txt")
    assert "mr. H.J. Mulder, voorzitter," in " ".join(outside_turns(root))

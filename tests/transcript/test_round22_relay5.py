"""Samples laid out again as users get them, fifth pass: shapes a copy's layout made of a
sample's lines, each written as an invented sample (names invented; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import sample_tei, tabled_tei, texts


def test_a_wrapped_label_line_under_an_item_title_is_no_card() -> None:
    """ "Inshore Fisheries" over "The Convener (Morag Lindsay): Good morning and welcome to",
    the wrap cutting the convener's sentence: the title is the item's heading and the convener
    opens the first turn, no card's name over its affiliation glued to the heading."""
    root = tabled_tei("en-committee-item-title-wrapped-label.txt")
    assert texts(root, "//t:body//t:head") == ["Inshore Fisheries"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Good morning and welcome to the ninth meeting in 2026 of the committee. We take evidence"
        " this morning on inshore fisheries."
    ]


def test_a_label_ending_with_its_floor_verb_cut_by_the_wrap_is_a_label() -> None:
    """ "Chefen för jordbruksdepartementet, herr statsrådet Holmgren, yttrade" / "med följande
    ord: Herr talman! …": the minister's turn, his answer not the member's."""
    root = tabled_tei("sv-riksdag-floor-verb-wrapped.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Herr talman! Frågan prövas för närvarande i departementet, och jag räknar med att kunna"
        " lägga fram ett förslag till hösten."
    ]


def test_a_voice_inside_a_stage_the_wrap_carried_over_lines_is_no_turn() -> None:
    """ "(Der Präsident" / "ruft den Abgeordneten Hansen wegen eines Zwischenrufs zur" /
    "Ordnung. Abg. Hansen (Soz.): Das ist doch die Wahrheit!)": the interjection is the stage's
    voice, and the member's speech goes on after it in his one paragraph."""
    root = tabled_tei("de-reichstag-voice-in-wrapped-stage.txt")
    assert texts(root, "//t:sp[1]/t:p/t:stage//t:label") == ["Abg. Hansen (Soz.):"]
    assert texts(root, "//t:sp[1]/t:p")[-1].endswith("Ich bitte, der Resolution zuzustimmen.")


def test_a_name_in_capitals_and_its_description_cut_by_the_wrap_is_a_label() -> None:
    """ "VADÁSZ IMRE, a mezőgazdasági bizottság alelnöke, a törvényjavaslat" / "előadója:
    Köszönöm a szót, …": the rapporteur's turn, his speech his own."""
    root = tabled_tei("hu-ogy-capitals-description-wrapped.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Köszönöm a szót, elnök úr.")


def test_a_title_in_capitals_over_a_field_of_the_head_stays_the_title() -> None:
    """ "RISALAH RAPAT KERJA KOMISI X DPR RI" over "Tahun Sidang : 2023-2024": the title, no
    label whose speech is the session's year."""
    root = sample_tei("id-dpr-haji-initial.txt")
    assert texts(root, "//t:titleStmt/t:title")[0].startswith("RISALAH RAPAT KERJA KOMISI X DPR RI")


def test_a_marked_name_with_its_suffix_alone_on_its_line_is_a_label() -> None:
    """ "○森本恵子君" alone above her question: her turn, printed twice, each her own."""
    root = tabled_tei("ja-diet-members-alone-suffixed.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["おはようございます。漁業の担い手の確保について伺います。"]


def test_a_voice_opening_a_line_inside_a_wrapped_stage_is_no_turn() -> None:
    """ "(Der Präsident bittet um Ruhe" / "und ermahnt …" / "Abg. Rödel (Soz.): Wir wollen das
    hier hören!) Ich fahre": the interjection stays in the stage, the speech goes on after it."""
    root = tabled_tei("de-reichstag-voice-opens-wrapped-line.txt")
    assert texts(root, "//t:sp[1]/t:p/t:stage//t:label") == ["Abg. Rödel (Soz.):"]
    assert texts(root, "//t:sp[1]/t:p")[-1].endswith("Ich fahre fort, meine Herren.")


def test_a_quoted_speech_the_wrap_carried_over_lines_is_the_speakers() -> None:
    """ "El Concejal Quiroga expresó: “Gracias, señor Presidente. Los vecinos" / "del barrio …
    hace dos años”.": the minutes quote who speaks, each quotation a turn of its own."""
    root = tabled_tei("es-ar-concejo-expreso-quoted-wrapped.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "“Gracias, señor Presidente. Los vecinos del barrio Los Olmos esperan el alumbrado desde hace"
        " dos años”."
    ]


def test_a_reported_label_whose_verb_the_wrap_carried_below_is_a_label() -> None:
    """ "§ THE CHANCELLOR OF THE EXCHEQUER (Mr. CALLOWAY), in reply," / "said, the hon. Member
    must wait …": the minister's answer, no line of the member's question."""
    root = tabled_tei("en-hansard-reported-verb-wrapped.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "in reply, said, the hon. Member must wait for the Budget statement, as every other Member must."
    ]

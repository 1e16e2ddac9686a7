"""Shapes of party and union congresses, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml): a minister in brackets after his office, what the hall did and
the verb of saying after a comma; a delegate's name, union and role between commas; the hall
addressed before a sentence that ends in a colon; a congress's day and a congress's title as
headings; the field naming the chair over the first turn; a letter read out with its addressee
and its greeting; a Japanese union delegate under his suffix; a delegate's country in brackets."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, tabled_tei, text_tei, texts


def _speakers(text: str) -> list[str]:
    return texts(text_tei(text), "//t:sp/t:speaker")


def _who(root: etree._Element, turn: int) -> str:
    return str(root.xpath(f"string(//t:sp[{turn}]/@who)", namespaces=NS))


def test_the_holder_in_brackets_then_what_the_hall_did_said() -> None:
    """ "THE MINISTER OF … (The Rt. Hon. X, M.P.), who was received with prolonged applause,
    said:": the label runs to the colon, the speech after it."""
    root = tabled_tei("en-conference-bracketed-holder-said.txt")
    assert texts(root, "//t:sp[4]/t:p")[0].startswith("Madam Chairman, ladies and gentlemen")


def test_a_bracket_and_a_comma_before_a_sentence_stay_speech() -> None:
    """Negative: a member's sentence with a bracket and a comma before a colon, no verb of saying
    closing it, is no label."""
    assert _speakers(
        "THE CHAIRMAN: I call Mr. Hale.\n"
        "MR. HALE (Leeds): The report (page 4), as you will see, says this:\n"
        "the branches must grow.\n"
        "THE CHAIRMAN: Thank you.\n"
    ) == ["THE CHAIRMAN:", "MR. HALE (Leeds):", "THE CHAIRMAN:"]


def test_a_delegates_name_union_and_role_between_commas() -> None:
    """ "Jonas Brandt, NGG, Delegierter:": a forename and a surname, the union, the role."""
    root = tabled_tei("de-gewerkschaftstag-name-union-role.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Liebe Kolleginnen und Kollegen")


def test_a_sentence_with_two_commas_before_an_office_stays_speech() -> None:
    """Negative: "Meine Damen, Herren, Präsident:" opens with a sentence's words, no name."""
    assert _speakers(
        "Vorsitzender Roth: Das Wort hat die Kollegin Weiß.\n"
        "Anna Weiß, IG BCE, Delegierte: Ich sage es euch so:\n"
        "Liebe Kollegen, Meine Damen, Herren, Präsident: wir bleiben dabei.\n"
    ) == ["Vorsitzender Roth:", "Anna Weiß, IG BCE, Delegierte:"]


def test_the_hall_addressed_before_a_sentence_with_its_colon() -> None:
    """ "Conference, the Secretary of State told the select committee last month:" and
    "Delegates, the motion asks for three things:" inside a delegate's speech: the hall
    addressed, no speaker named "Conference"."""
    root = tabled_tei("en-union-congress-hall-comma-quote.txt")
    assert not texts(root, "//t:person[@xml:id='conference']")
    assert not texts(root, "//t:person[@xml:id='delegates']")


def test_an_office_described_after_its_comma_stays_a_label() -> None:
    """Negative: a name and its office after the comma is a label still ("Jane Roe, Chair of
    Conference Arrangements:"), as a chair's office and its holder are."""
    assert _speakers(
        "THE PRESIDENT: I call the chair of the committee.\n"
        "Jane Roe, Chair of the Standing Orders Committee: President, Congress, the committee reports.\n"
    ) == ["THE PRESIDENT:", "Jane Roe, Chair of the Standing Orders Committee:"]


def test_a_congress_day_and_title_are_headings() -> None:
    """ "SECOND DAY." over the date and "XV СЪЕЗД ВСЕСОЮЗНОЙ КОММУНИСТИЧЕСКОЙ ПАРТИИ (б)." over
    the report: headings, no speakers."""
    root = tabled_tei("en-socialist-congress-ordinal-day-heading.txt")
    assert not texts(root, "//t:person[@xml:id='second-day']")
    root = tabled_tei("ru-sezd-roman-congress-heading.txt")
    assert "XV СЪЕЗД ВСЕСОЮЗНОЙ КОММУНИСТИЧЕСКОЙ ПАРТИИ (б)." in texts(root, "//t:front")[0]


def test_a_surname_like_a_day_stays_a_label() -> None:
    """Negative: a speaker's name in CAPITALS with its stop, no ordinal before a day's word, is
    a label ("MONDAY." is no heading's shape: "FRIDAY. I agree …" as a surname is not asked
    here; "SECOND." alone is no day)."""
    assert _speakers(
        "THE CHAIRMAN. The second speaker.\nSECONDO. Comrades, I agree.\nTHE CHAIRMAN. Thank you.\n"
    ) == ["THE CHAIRMAN.", "SECONDO.", "THE CHAIRMAN."]


def test_the_field_naming_the_chair_over_the_first_turn() -> None:
    """ "Chairman: Comrade Kuusinen." over "KUUSINEN (Chairman): …": the head names who
    presides, no turn; the chair's later "CHAIRMAN:" turns are his."""
    root = tabled_tei("en-comintern-chairman-field.txt")
    assert not texts(root, "//t:sp/t:speaker[.='Chairman:']")
    assert "Chairman: Comrade Kuusinen." in " ".join(texts(root, "//t:text"))


def test_the_chair_calling_a_member_stays_a_turn() -> None:
    """Negative: "CHAIRMAN: Comrade Radek." calling a member, whose own label prints no chair's
    office, is the chair's turn."""
    assert _speakers(
        "CHAIRMAN: Comrade Radek.\n"
        "RADEK (Russia): Comrades, the Executive's report is before you.\n"
        "CHAIRMAN: The session is closed.\n"
    ) == ["CHAIRMAN:", "RADEK (Russia):", "CHAIRMAN:"]


def test_a_letter_read_out_names_no_speaker() -> None:
    """ "To the Officers and Delegates of the … Convention of the Brotherhood:" and "Greeting: …"
    of a letter the secretary reads: the letter's, no turns."""
    root = tabled_tei("en-convention-letter-read-out.txt")
    assert not texts(root, "//t:person[@xml:id='greeting']")
    assert any(p.startswith("Greeting: The members") for p in texts(root, "//t:sp[1]/t:p"))


def test_a_delegate_of_a_region_stays_a_label() -> None:
    """Negative: "Delegate to the Regional Council:" is no addressee's line of a letter: its
    words open with the office, not "To the"."""
    assert _speakers(
        "President Mahon: I call the delegate.\n"
        "Delegate to the Regional Council: Mr. President, I report for the council.\n"
    ) == ["President Mahon:", "Delegate to the Regional Council:"]


def test_a_japanese_delegate_under_his_suffix_and_local() -> None:
    """ "○中村美咲代議員（東京地本）": the delegate is named before the suffix 代議員, his local in
    brackets; "○議長（山本健一代議員）" names the chair in them."""
    root = tabled_tei("ja-union-taikai-delegate-suffix.txt")
    assert _who(root, 2) == "#中村美咲"


def test_a_delegates_country_after_his_surname_in_capitals() -> None:
    """ "TREINT (France):": the surname names the delegate, the brackets his country; an office
    in CAPITALS no vocabulary knows before initials names its holder in them still."""
    root = tabled_tei("en-comintern-chairman-field.txt")
    assert _who(root, 2) == "#treint"
    root = text_tei("PIRMININKAS (J. KAZLAUSKAS). Posėdis pradedamas.\nNARYS (P. PETRAITIS). Dėkoju.\n")
    assert _who(root, 1) == "#j-kazlauskas"

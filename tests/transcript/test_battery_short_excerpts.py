"""Short excerpts of courts', councils' and congresses' records (2–5 turns, most labels printed
once) in the shapes their copies print (samples in tests/data/labels/, the names invented): a
Brazilian hearing's prosecutor under the recording's clock; a few lines cut from a numbered page;
a congress's office, initials and surname before the speech; a council's office and name before
a dash inside hard-wrapped lines; a Russian or Ukrainian state prosecutor before a dash;
a member's group in brackets after the surname; a congress's delegate alone on the line with the
place after a comma; the chair's holder in brackets after a form of address in lower case."""

from __future__ import annotations

from lxml import etree

from label_samples import NS, speakers, tabled_tei, text_tei, texts


def test_a_prosecutor_named_in_lower_case_above_is_still_an_office_under_the_clock() -> None:
    # the labels and persons turns.toml and ids.toml give; the clock is each label's time
    tei = tabled_tei("pt-br-audiencia-promotor-clock.txt")
    assert tei.xpath("string((//t:sp)[2]/t:speaker/t:time)", namespaces=NS) == "00:03:47"


def test_a_few_numbered_lines_cut_from_a_record_s_page_lose_their_numbers() -> None:
    # the labels and persons turns.toml and ids.toml give: the line numbers are the page's, not
    # the labels' nor the speech's
    tei = tabled_tei("en-us-deposition-numbered-excerpt.txt")
    assert texts(tei, "//t:sp/t:p")[0] == "And after the meeting, did you speak to Mr. Dunleavy?"
    tei = tabled_tei("de-strafprozess-zeilen-nummern.txt")
    assert texts(tei, "//t:sp/t:p")[0].endswith(
        "und sind mit dem Angeklagten weder verwandt noch verschwägert?"
    )


def test_an_office_s_initials_and_surname_are_one_label_before_the_speech() -> None:
    # the labels and persons turns.toml and ids.toml give: the surname is the label's, not the
    # speech's first word
    tei = tabled_tei("ru-sezd-office-initials-surname.txt")
    assert texts(tei, "//t:sp/t:p")[1].startswith("Товарищи! Наша организация")
    assert (
        tei.xpath("string(//t:person[@xml:id='predsedatelstvuyushchii-g-f-lytkarin']/@role)", namespaces=NS)
        == "chair"
    )


def test_an_office_and_name_before_a_dash_opens_a_turn_inside_hard_wrapped_lines() -> None:
    # the labels and persons turns.toml and ids.toml give: the chair's call ending the line
    # above does not keep the member's line in the chair's turn
    tei = tabled_tei("de-at-gemeinderat-dash-hardwrapped.txt")
    assert texts(tei, "//t:sp/t:p")[0].endswith("Berichterstatter ist GR Wimmesberger.")


def test_the_state_prosecutor_before_a_dash_is_an_office_printed_once() -> None:
    # the labels and persons turns.toml and ids.toml give
    tabled_tei("ru-sud-gosobvinitel-dash.txt")
    tei = text_tei(
        "Головуючий – Слово надається стороні обвинувачення.\n"
        "Державний обвинувач – Дякую. Обвинувачений, де ви були ввечері?\n"
        "Обвинувачений – Вдома.\n"
    )
    assert speakers(etree.tostring(tei)) == ["Головуючий –", "Державний обвинувач –", "Обвинувачений –"]


def test_a_group_in_brackets_after_a_surname_is_no_holder_of_an_office() -> None:
    # the labels and persons turns.toml and ids.toml give: the surname is the person, not the group
    tei = tabled_tei("it-consiglio-gruppo-misto-stop.txt")
    assert texts(tei, "//t:person[@xml:id='santarelli']/t:persName[1]") == ["Santarelli"]


def test_a_delegate_alone_on_the_line_with_the_place_after_a_comma_is_a_label() -> None:
    # the labels and persons turns.toml and ids.toml give: the compound chair's office is the chair
    tei = tabled_tei("sv-kongress-name-place-alone.txt")
    roles = [
        tei.xpath(f"string(//t:person[@xml:id='{who}']/@role)", namespaces=NS)
        for who in ("motesordforande-gunilla-strandberg", "petter-alm")
    ]
    assert roles == ["chair", "Västerås"]


def test_the_chair_s_holder_in_brackets_after_a_form_of_address_in_lower_case_is_the_person() -> None:
    # the labels and persons turns.toml and ids.toml give: the holder, not the office, is the person
    tei = tabled_tei("nl-raad-voorzitter-de-heer-paren.txt")
    assert tei.xpath("string(//t:person[@xml:id='de-heer-van-oosterhout']/@role)", namespaces=NS) == "chair"

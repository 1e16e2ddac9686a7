"""Shapes of early modern and old records (1600–1870), each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml): the Cortes' plural form of address in a
group's voice, an old trial's surnames alone beside the titled bench and counsel, a printed
book's catchword and facing page head read by OCR, a visitation's churchwarden, and a
record's title over the house's name on the line under it."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import load_config
from stenogram.transcript.labels import LabelMatcher

_MATCHER = LabelMatcher(load_config())


def test_the_cortes_plural_form_of_address_opens_a_groups_voice() -> None:
    """ "Varios Sres. Diputados:": the plural "Sres." is an abbreviation, not the label's end, and
    the group is the hall's voice, as "Varios señores Diputados:" is."""
    root = tabled_tei("es-cortes-sres-diputados-grupo.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["¡Está suficientemente discutido!"]


def test_the_plural_form_of_address_in_a_sentence_stays_speech() -> None:
    """A sentence that names the deputies with "Sres." and no colon is the speaker's."""
    root = text_tei(
        "Sr. Presidente: Se abre la sesion.\n"
        "Sr. Villanueva: Pido la palabra.\n"
        "Varios Sres. Diputados han pedido que se lea el decreto.\n"
        "Sr. Presidente: Se leerá.\n"
    )
    assert texts(root, "//t:speaker") == ["Sr. Presidente:", "Sr. Villanueva:", "Sr. Presidente:"]


def test_an_old_trials_surnames_answer_the_titled_bench() -> None:
    """ "Marsh." and "Tilden.", each printed twice after the bench's or the counsel's titled labels
    (or each other), are the prisoner and the witness; "Mr. Serj. Maynard." keeps the serjeant's
    abbreviation inside the label."""
    root = tabled_tei("en-state-trial-surnames-beside-bench.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["My Lord, I am not guilty of any part of it."]


def test_a_repeated_word_that_answers_no_label_stays_speech() -> None:
    """ "Afterwards." opening two paragraphs one after the other beside titled labels answers no
    speaker: the narrative's, no surname."""
    root = text_tei(
        "The Trials of Two Highwaymen at the Old Bailey, 1729.\n\n"
        "Mr. Justice Page. Call the first witness.\n\n"
        "Sir John Hale. I was robbed upon the road near Barnet.\n\n"
        "Mr. Justice Page. Did you know the man?\n\n"
        "Sir John Hale. I did not, my Lord.\n\n"
        "Afterwards. The prisoners were carried back to Newgate.\n\n"
        "Afterwards. They were executed at Tyburn.\n"
    )
    assert "Afterwards." not in texts(root, "//t:speaker")


def test_a_catchword_and_the_facing_page_head_are_page_furniture() -> None:
    """ "Cooke." set far right at a page's foot and the next page's head with its number are taken
    off: the witness's answer on the next page is one turn, the line his speech wrapped kept."""
    root = tabled_tei("en-state-trial-ocr-catchword.txt")
    furniture = texts(root, "//t:list[@type='furniture']/t:item")
    assert "Cooke." in furniture
    assert any(item.startswith("for High Trea") for item in furniture)
    assert "were met; they talked of seizing the Tower." in " ".join(texts(root, "//t:sp[4]/t:p")).replace(
        "ſ", "s"
    )


def test_a_short_line_repeated_below_without_a_page_break_stays() -> None:
    """A turn's short line that the next paragraph opens with again, with no page's head between
    and no catchword's margin, is the record's text."""
    root = text_tei(
        "Mr. Speaker. Order, order.\n\n"
        "Mr. Hale. Hear, hear.\n\n"
        "Hear, hear.\n\n"
        "Hear, hear. The whole House agrees with him.\n\n"
        "Mr. Speaker. Order.\n"
    )
    assert "Hear, hear." in " ".join(texts(root, "//t:body//t:p"))
    assert not texts(root, "//t:list[@type='furniture']/t:item")


def test_a_visitations_churchwarden_answers_the_archdeacon() -> None:
    """ "Churchwarden." is an office printed alone as a label; "Item:" above stays a field."""
    root = tabled_tei("en-visitation-churchwarden-answers.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["We have one, but it is much torn."]


def test_a_title_over_the_house_is_no_label() -> None:
    """ "REGISTER OF DEBATES IN CONGRESS." alone over "SENATE." is the record's title, and the
    Danish Rigsdag's "RIGSDAGSTIDENDE." over "FOLKETHINGET. 23de Møde." too."""
    root = tabled_tei("en-register-debates-title-over-house.txt")
    assert "REGISTER OF DEBATES IN CONGRESS." in " ".join(texts(root, "//t:front//t:titlePart"))
    tabled_tei("da-rigsdag-title-over-folkething.txt")


def test_a_first_label_over_a_speech_in_capitals_naming_the_house_stays() -> None:
    """A surname in CAPITALS alone over a sentence in capitals that names the house is the
    chair's first turn, no title: the sentence is longer than a house's name."""
    root = text_tei(
        "HALE.\nTHE SENATE WILL NOW COME TO ORDER. We shall begin with the minutes.\n\n"
        "BROOKS.\nI move that the minutes be approved.\n\n"
        "HALE.\nWithout objection, so ordered.\n"
    )
    assert texts(root, "//t:speaker") == ["HALE.", "BROOKS.", "HALE."]


def test_a_form_of_address_before_an_abbreviated_office_and_its_holder() -> None:
    """ "Mr. Serj. Maynard." is one label, the serjeant's holder its person; "Mr. L. C. Smith." keeps
    its initials as a name's, and "Mr. Serj. Yes." reads no office's holder."""
    root = text_tei(
        "Mr. Serj. Maynard. My Lord, we shall call our witnesses.\n"
        "L. C. J. Call them.\n"
        "Mr. Serj. Maynard. Call Ralph Cooke.\n"
    )
    assert texts(root, "//t:speaker") == ["Mr. Serj. Maynard.", "L. C. J.", "Mr. Serj. Maynard."]
    found = _MATCHER.candidate("Mr. Serj. Maynard. My Lord, we shall call our witnesses.")
    assert found is not None and (found.name, found.role, found.title) == ("Maynard", "Serj", "Mr.")
    found = _MATCHER.candidate("Mr. L. C. Smith. I was there.")
    assert found is None or found.role != "L. C"
    found = _MATCHER.candidate("Mr. Serj. Yes. I call him.")
    assert found is None or found.role != "Serj"

"""A speaker quoting another in a paragraph of its own ("The Treasurer said: "…""): no turn where
the record's labels print no verb of saying; a record whose labels do print one keeps them."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_office_with_a_verb_of_saying_before_a_quotation_stays_in_the_members_speech() -> None:
    tei = tabled_tei("en-web-speech-quoting-said.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Thank you, Mr Speaker. My question is to the Treasurer. In March the Treasurer stood in this "
        "place and made a promise to every family in my electorate.",
        'The Treasurer said: "No household will pay more for power this winter."',
        "Will the Treasurer now apologise to the families whose bills have doubled?",
    ]


def test_labels_that_all_print_the_verb_of_saying_stay_labels_before_a_quotation() -> None:
    text = (
        "Minutes of the Parish Council\n\n"
        'Mr. Hallbrook said: "The footpath by the mill has been closed since March."\n\n'
        'Mrs. Ashdown said: "The county has promised to reopen it in the spring."\n\n'
        'Mr. Hallbrook said: "Then the council should write to the county again."\n'
    )
    tei = text_tei(text, "parish.txt")
    assert texts(tei, "//t:sp/t:speaker") == [
        "Mr. Hallbrook said:",
        "Mrs. Ashdown said:",
        "Mr. Hallbrook said:",
    ]

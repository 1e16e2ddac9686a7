"""Regional and city councils' records: a cantonal parliament's member printed with the place
after the name's comma, the party and an office after the brackets, each label ended by a stop."""

from __future__ import annotations

from lxml import etree

from label_samples import TURN_IDS, TURNS, sample_tei, speakers, texts, turn_ids


def test_a_members_place_party_and_office_around_the_name_end_with_the_stop() -> None:
    sample = "de-ch-grosser-rat-place-office.txt"
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == TURNS[sample]
    assert turn_ids(tei) == TURN_IDS[sample]
    # the place after the comma is no part of the name; the party is the member's
    assert texts(tei, "//t:person[@xml:id='anna-wyssbrunner']/t:persName[1]") == ["Anna Wyssbrunner"]
    assert texts(tei, "//t:person[@xml:id='anna-wyssbrunner']/t:affiliation") == ["SP"]
    assert "Oberhofen" not in " ".join(texts(tei, "//t:person/t:persName"))


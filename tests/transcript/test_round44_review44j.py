"""Early modern records' shapes read as before where other records print the same shapes (names
invented; the samples' labels in turns.toml, persons in ids.toml): a page's catchword proved by
the facing page's head only where the page is set as a page is, and an old trial's surname alone
beside the titled bench only where the text names it after a forename or a form of address."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_short_turn_a_tally_and_the_turn_again_stay_the_records_lines() -> None:
    """ "THE CLERK: Ayes." / "Members rising in the affirmative 42" / "THE CLERK: Ayes. Forty-two.
    …", all at one margin with no page's number near 42 elsewhere, is the clerk's call, the
    journal's tally and his count: no catchword over a facing page's head, nothing taken off."""
    root = tabled_tei("en-state-house-division-clerk-tally.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Ayes."]
    assert "Members rising in the affirmative 42" in texts(root, "//t:body")[0]
    assert not texts(root, "//t:list[@type='furniture']/t:item")


def test_a_catchword_at_the_margin_is_proved_by_the_page_numbers_next_to_each_other() -> None:
    """Read with no margins kept (OCR's plain text), "Cooke." over "for High Treason. 114" over
    "Cooke. One Wells …" is still the catchword and the facing page's head: the page before is
    113 in the head taken off above."""
    root = text_tei(
        "The Trial of Capt. Hugh Dorrel.                 113\n"
        "Att. Gen. My Lord, we shall now prove the second overt act.\n"
        "L. C. J. Do so.\n"
        "Att. Gen. Call Ralph Cooke.\n"
        "Cooke. I was at the Crown in Cheapside, where the prisoner and two more\n"
        "were met; they talked of seizing the Tower.\n"
        "L. C. J. Who was present besides?\n"
        "Cooke.\n"
        "for High Treason.                               114\n"
        "Cooke. One Wells, a smith, and a man they called the Major.\n"
        "Dorrel. My Lord, this fellow was never in my company in his life.\n"
    )
    furniture = texts(root, "//t:list[@type='furniture']/t:item")
    assert "Cooke." in furniture
    assert any(item.startswith("for High Treason.") for item in furniture)
    assert texts(root, "//t:sp[6]/t:p") == ["One Wells, a smith, and a man they called the Major."]


def test_a_parish_read_out_twice_beside_the_bench_is_no_speaker() -> None:
    """ "Chelsea." opening two presentments after the justice's titled label is the parish each
    presents from, no surname: the text names it after no forename or form of address."""
    root = tabled_tei("en-quarter-sessions-parish-presentments.txt")
    assert texts(root, "//t:sp[1]/t:p")[-1].startswith("Chelsea. The inhabitants present")


def test_a_witness_named_when_called_answers_by_his_surname() -> None:
    """ "Call Ralph Cooke." names the witness; "Cooke." printed twice after the bench's titled
    labels is his label, and the surname alone needs no other sign."""
    root = text_tei(
        "The Trial of Hugh Dorrel at the Old Bailey, 1696.\n\n"
        "Lord Chief Justice Holt. Call the first witness.\n\n"
        "Sir Thomas Trevor. Call Ralph Cooke.\n\n"
        "Cooke. I was at the Crown in Cheapside when the prisoner came in.\n\n"
        "Lord Chief Justice Holt. Who came with him?\n\n"
        "Cooke. Two more, my Lord, whose names I did not know.\n\n"
        "Lord Chief Justice Holt. Go on.\n"
    )
    assert texts(root, "//t:speaker").count("Cooke.") == 2


def test_a_name_in_capitals_over_a_bills_number_is_no_title_over_the_house() -> None:
    """ "HALE." alone over "HOUSE BILL 12. I rise …" is no record's title over the house's name:
    a bill's number is no house's, and the line is kept in the body."""
    root = text_tei(
        "HALE.\nHOUSE BILL 12. I rise in support of this bill and ask for its passage.\n"
        "BROOKS.\nI oppose it, and I shall say why.\n"
    )
    assert "HALE." not in texts(root, "//t:front//t:titlePart")
    assert "HALE." in texts(root, "//t:body")[0]

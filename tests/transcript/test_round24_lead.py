"""Rules of the twenty-fourth round the lead narrowed after converting the real excerpts the
rounds have kept (names and words invented, in the shapes the records print)."""

from __future__ import annotations

from label_samples import text_tei, texts

# A committee's minutes copied as a web page prints them: the head's date line with its comma,
# the agenda's item with the rule it follows in brackets, then each speaker's name over his words.
_KNESSET_HEAD = """פרוטוקול מס 212
מישיבת ועדת החינוך
יום שלישי. ה' בתמוז התשס"ב (15 ביוני 2002), שעה 10:00
נוכחים
היו"ר יעקב לביא
סדר היום
בחירת סגן יושב ראש הוועדה (בהתאם לסעיף 12 לתקנון).
היו"ר יעקב לביא
אני פותח את ישיבת הוועדה. אנו עוברים להצבעה.
רחל אלון
אני מבקשת להעיר על סדר הדיון.
"""


def test_a_dates_numbers_make_no_clause_of_a_caseless_sentence() -> None:
    """A head's date line, a comma after its numbers, is no speech: the agenda's item below it
    stays in the head, no turn of its own."""
    tei = text_tei(_KNESSET_HEAD)
    assert texts(tei, "//t:sp/t:speaker") == ['היו"ר יעקב לביא', "רחל אלון"]

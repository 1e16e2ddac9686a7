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


# A web copy of a debate that drops the labels of the hall's voices: their words stand alone.
_VOICES_UNLABELLED = """Adjournment Debate Matters.

I wish to advise the House of the following matters in respect of which notice has been given.

The Taoiseach should resign.

Deputies must resume their seats.

Where is the Government in all this?
"""


def test_an_office_and_its_article_opening_a_sentence_is_no_label() -> None:
    """An office alone with its article is a label ("De voorzitter."), but the sentence it
    opens is a voice's words, no speaker."""
    assert texts(text_tei(_VOICES_UNLABELLED), "//t:sp/t:speaker") == []


# A Hansard's PDF text: the record's note of what the member did, in round brackets alone on its
# line, between his turn and the chair's.
_NOTE_ALONE = """Hon. Otieno: Hon. Speaker, I beg to lay the following Papers on the Table of the House:
The Annual Report of the Fisheries Board for the year ended 30th June 2019.

(Hon. Otieno laid the Papers on the Table)
Hon. Deputy Speaker: Next Order!
"""


def test_a_bracket_alone_holding_a_sentence_is_the_records_note_not_a_name() -> None:
    """A name in round brackets alone on its line opens a speech; a bracket whose words run on
    in lower case is the record's note, a stage between the turns."""
    tei = text_tei(_NOTE_ALONE)
    assert texts(tei, "//t:body//t:stage") == ["(Hon. Otieno laid the Papers on the Table)"]
    assert texts(tei, "//t:sp/t:speaker") == ["Hon. Otieno:", "Hon. Deputy Speaker:"]


# A council's record hard-wrapped one paragraph a line: a sentence the wrap cut goes on with a
# line whose words before a colon are no label ("原因有三：…").
_WRAPPED_COLON = """主席：现在开会。今天的议程是审议关于公园改造的议案，请赵代表说明议案的
原因有三：第一，设施老化；第二，绿地太少；第三，缺少停车位。
赵代表：谢谢主席。我们走访了周边的居民，大家普遍反映公园的环境需要改善，
意见集中在：厕所不够、照明太暗、道路不平。
钱代表：我支持赵代表的意见。
"""


def test_a_wrapped_line_glued_to_a_full_width_colon_goes_on_with_the_sentence_above() -> None:
    """A line opening with words glued to a full-width colon is a label's under a sentence's end
    or a heading, but under a full line the wrap cut, the sentence's own words go on."""
    tei = text_tei(_WRAPPED_COLON)
    assert texts(tei, "//t:sp/t:speaker") == ["主席：", "赵代表：", "钱代表："]


# A Landtag's plenary record cut from its PDF's text: the page's head, the house, its term and
# its record numbered between dashes, the date and the page set off by a wide gap, where a page
# break falls inside a speech.
_LANDTAG_PDF = """Präsident Dr. Beispiel:

Das Wort hat Frau Abgeordnete Muster.

Frau Abgeordnete Muster (SPD):

Herr Präsident! Meine Damen und Herren! Der Antrag greift zu kurz.

Landtag Musterland – 8. Wahlperiode – Plenarprotokoll 8/12 – 3. März 2022   812

Wir fordern deshalb eine eigene Kommission.
"""


def test_a_landtags_numbered_page_head_is_furniture_below_the_records_first_line() -> None:
    """The head where a page break falls inside a speech is furniture, the speech whole."""
    tei = text_tei(_LANDTAG_PDF)
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Herr Präsident! Meine Damen und Herren! Der Antrag greift zu kurz.",
        "Wir fordern deshalb eine eigene Kommission.",
    ]
    head = "Landtag Musterland – 8. Wahlperiode – Plenarprotokoll 8/12 – 3. März 2022   812"
    assert texts(tei, "//t:list[@type='furniture']/t:item") == [" ".join(head.split())]

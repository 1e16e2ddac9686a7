"""Records of the Middle East, Africa and Central Asia from the round's blind battery: a Turkish
council's minutes with the label's hyphen glued to a name in CAPITALS, the roll headings of a
Knesset committee and the counsel fields of an Israeli court, a Tanzanian court's cover fields,
an Arab interrogation's "س -" / "ج -", Votes and Proceedings' numbered headings, Yoruba, Somali
and Mongolian offices printed once and a Hebrew news report's narration, each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml), and the counter-examples
that must stay speech."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import sample_tei, speakers, tabled_tei, text_tei, texts


def test_a_turkish_council_s_hyphen_glued_to_a_name_in_capitals_is_its_dash() -> None:
    """ "BAŞKAN- …", "Aydın ÇELEBİ- …" and "Şükran ERDEM- …": the hyphen glued to the chair's
    office or to a member's surname in CAPITALS before the speech's capital is the label's dash, as
    the spaced one is; the members printed once speak in turns of their own, and the roll's
    fields of the head ("Üyeler : …", "HAZIR BULUNMAYANLAR: …") are no labels."""
    root = tabled_tei("tr-belediye-meclis-glued-hyphen-surname-capitals.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Sayın Başkanım, park projesinin maliyetini komisyonda görüşmek istiyoruz."
    ]
    assert texts(root, "(//t:sp)[5]/t:p")[0].endswith("AB- ve TOKİ-destekli projeler ayrıca görüşülsün.")


def test_a_knesset_committee_s_roll_headings_are_no_labels() -> None:
    """ "נכחו:", "מוזמנים:", "ייעוץ משפטי:", "מנהלת הוועדה:" and "רישום פרלמנטרי:" head the
    protocol's roll, each over names: no voice; the chair's label opens the first turn."""
    root = tabled_tei("he-knesset-committee-roll-headings.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["בוקר טוב. אני פותח את הישיבה. נציגת המשרד, בבקשה."]
    assert "נכחו" not in " ".join(texts(root, "//t:sp"))


def test_a_tanzanian_court_s_coram_and_bench_clerk_are_cover_fields() -> None:
    """ "Coram: Hon. X, RM" and "B/C: Rehema" on the proceedings' cover name the magistrate and
    the bench clerk: fields, no turns; the State Attorney opens the hearing."""
    root = tabled_tei("en-tz-court-coram-bench-clerk.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == [
        "Your Honour, the matter is for hearing and we have two witnesses."
    ]


def test_an_arab_interrogation_s_letters_before_a_spaced_dash_are_its_questions_and_answers() -> None:
    """ "س - …" / "ج - …" typed one a line in one paragraph under the prosecutor's head: the
    question's and the answer's letters before a spaced dash, as the colon or the stop is; the
    pair takes turns, each line its own."""
    root = tabled_tei("ar-niyaba-istijwab-sin-jim-spaced-dash.txt")
    assert texts(root, "(//t:sp)[2]/t:p") == ["اسمي ناصر عبد الحميد سالم، 29 سنة، نجار."]


def test_an_israeli_court_s_roll_names_counsel_in_fields_no_turns() -> None:
    """ "ב"כ המאשימה: עו"ד X" under "נוכחים:": the field of the prosecution's counsel on the
    protocol's roll, the advocate's title opening its value, no turn; the same label opens the
    first turn below the heading "פרוטוקול"."""
    root = tabled_tei("he-court-roll-counsel-advocate-field.txt")
    assert texts(root, "(//t:sp)[1]/t:p") == ["התיק קבוע לשמיעת ראיות. העד הראשון נמצא מחוץ לאולם."]


def test_the_numbered_headings_of_votes_and_proceedings_are_no_labels() -> None:
    """ "2. Votes and Proceedings:", "3. Announcements:", "Visitors in the Gallery:" and "4.
    Notices of Motion:" each head what the house did: a record of no voice."""
    root = sample_tei("en-ng-votes-proceedings-numbered-headings.txt")
    assert speakers(etree.tostring(root)) == []


def test_a_yoruba_court_s_witness_printed_once_last_is_a_label() -> None:
    """ "Ẹlẹ́rìí:" (the witness) printed once, the excerpt's last label, after the judge's
    "Adájọ́:": an office of the court, no word of a sentence, so the oath is the witness's turn."""
    root = tabled_tei("yo-ile-ejo-witness-once-colon.txt")
    assert texts(root, "(//t:sp)[4]/t:p") == ["Mo búra pé òtítọ́ ni màá sọ."]


def test_a_somali_deputy_chair_printed_once_is_a_label() -> None:
    """ "Gudoomiye ku-xigeenka Labaad:" (the second deputy chair) printed once after a member:
    the deputy's word makes an office of the chair's, and he answers in a turn of his own."""
    root = tabled_tei("so-golaha-gudoomiye-ku-xigeen-once.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Guddiga maaliyadda ayaa ka jawaabi doona berri."]


def test_a_mongolian_deputy_after_the_office_he_deputises_for_is_a_label() -> None:
    """ "Аймгийн Засаг даргын орлогч Б.Тэмүүлэн:" printed once: the deputy ("орлогч") after the
    province's governor in the genitive, his initial and name, answers in a turn of his own."""
    root = tabled_tei("mn-khural-deputy-after-office-genitive.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Засварын зардал ирэх оны төсөвт туссан."]


def test_a_hebrew_news_report_quoting_a_member_and_its_comments_heading_have_no_turns() -> None:
    """ "חברת המועצה X הגיבה:" (the councillor reacted:) over her quoted words, the byline "מאת:"
    and the heading "תגובות:" over the readers' comments: a news report's narration, no turns."""
    root = sample_tei("he-news-council-reacted-comments-heading.txt")
    assert speakers(etree.tostring(root)) == []


# Counter-examples of the rules above that must stay speech or text, no label.
UNLABELLED = {
    # a place in CAPITALS before its dateline's glued hyphen, printed once over a news report
    "dateline": (
        "İSTANBUL- Büyükşehir belediye meclisi dün toplanarak yeni otobüs hatlarını görüştü.\n\n"
        "Toplantıda söz alan üyeler, hatların yetersiz olduğunu belirtti.\n"
    ),
    # a compound's first part before "und" keeps its hyphen as the sentence's
    "suspended-compound": (
        "Die Koalition hat sich geeinigt.\n\n"
        "NATO- und EU-Staaten sollen mehr in die Verteidigung investieren.\n\n"
        "Die Opposition kritisierte den Beschluss scharf.\n"
    ),
    # a surname's capitals make a label only before a dash: before a colon a roll's field stays text
    "roll-field": (
        "Annual Report of the Commission\n\n"
        "The Commission met four times during the year and adopted twelve opinions.\n\n"
        "Marie CLAIRE: Rapporteure\n"
    ),
    # a letter of a cased script before a spaced dash opens an outline's item
    "outline": "Contents\n\nA - Introduction of the report\nB - Findings of the committee\n",
    # the Mongolian converb of saying before the colon reports a speech (the deputy governor, stating: …)
    "mongolian-stating": (
        "Хуралдаан 10 цагт эхэлсэн.\n\n"
        "Аймгийн Засаг даргын орлогч мэдэгдэхдээ: Төсөв хангалттай байна гэв.\n\n"
        "Дараа нь санал хураалт явагдсан.\n"
    ),
}


@pytest.mark.parametrize("text", UNLABELLED.values(), ids=UNLABELLED.keys())
def test_the_counter_examples_of_these_rules_have_no_turns(text: str) -> None:
    """Each counter-example converts to no turn: its dash, colon or letter is the sentence's."""
    assert speakers(etree.tostring(text_tei(text))) == []

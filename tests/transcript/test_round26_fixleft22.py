"""Shapes of PDF text the earlier rounds left, the twenty-sixth round's: each in an invented
sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts, turn_ids


def test_an_interjections_words_scattered_one_a_line_are_no_headings() -> None:
    """ "(Zuruf des" / "(GRÜNE))" and then "Abgeordneten" / "Dr." / "Hanna" / "Lorenz", one a
    paragraph: a justified line's words the PDF's text scattered, joined to the interjection's
    paragraph, no headings cutting the speech into divisions."""
    root = tabled_tei("de-landtag-pdf-interjection-words-scattered.txt")
    assert not root.xpath("//t:body//t:head", namespaces=NS)
    first = texts(root, "//t:body//t:p[1]")[0]
    assert first.endswith("(Zuruf des (GRÜNE)) Abgeordneten Dr. Hanna Lorenz")
    assert texts(root, "//t:body//t:stage") == ["(Zuruf des (GRÜNE))"]
    assert texts(root, "//t:sp/t:speaker") == ["Präsidentin Ilse Brandner:", "Dr. Hanna Lorenz (GRÜNE):"]


def test_a_briefings_answers_are_the_spokespersons_no_witnesses() -> None:
    """ "答：" under "外交部发言人例行记者会", "A:" under "Press Briefing …", "Ответ:" under
    "Брифинг …": no line names who answers, and at a briefing that is the spokesperson."""
    for sample, spokesperson in (
        ("zh-briefing-qa.txt", "发言人"),
        ("en-press-briefing-q-a-no-spokesperson.txt", "The spokesperson"),
        ("ru-briefing-vopros-otvet-no-spokesperson.txt", "Официальный представитель"),
    ):
        root = tabled_tei(sample)
        names = texts(root, "//t:listPerson/t:person/t:persName[not(@type)]")
        assert spokesperson in names
        assert not {"证人", "The witness", "Свидетель"} & set(names)


def test_a_briefings_questions_are_a_journalists_no_examiners() -> None:
    """ "Q:" and "Вопрос:" at a briefing: a journalist asks, no examiner nor interrogator;
    Chinese "问：" keeps its questioner's word."""
    assert turn_ids(tabled_tei("en-press-briefing-q-a-no-spokesperson.txt"))[0] == "the-journalist"
    root = tabled_tei("ru-briefing-vopros-otvet-no-spokesperson.txt")
    assert texts(root, "//t:listPerson/t:person[1]/t:persName[not(@type)]") == ["Журналист"]
    assert turn_ids(tabled_tei("zh-briefing-qa.txt"))[1] == "提问人"


def test_a_trials_answers_stay_the_witnesses() -> None:
    """The same "问：" and "答：" under no briefing's title: a witness answers, as before."""
    root = text_tei("问：你当时在哪里？\n\n答：我在家里。\n\n问：有谁能证明？\n\n答：我的邻居。\n", "zh.txt")
    assert "证人" in texts(root, "//t:listPerson/t:person/t:persName[not(@type)]")


def test_the_margins_running_speaker_at_a_page_top_is_furniture() -> None:
    """ "Poseł Tomasz Wrzosek" with no colon under the page's running head: the member's speech
    goes on, one turn, no name in its words."""
    root = tabled_tei("pl-sejm-pdf-running-speaker-page-top.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "Wicemarszałek Anna Zielińska:",
        "Poseł Tomasz Wrzosek:",
        "Wicemarszałek Anna Zielińska:",
    ]
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "Dlatego prosimy o szybkie przyjęcie" in " ".join(speech.split())
    kinds = root.xpath("//t:list[@type='furniture']/t:item/@ana", namespaces=NS)
    assert "running-speaker" in kinds


def test_an_agendas_items_stay_under_its_heading_in_the_front() -> None:
    """ "סדר היום" and its items over the first speaker's name, one item or two: the items are
    the head's agenda, no paragraph of the body, and the name opens the first turn."""
    root = tabled_tei("he-knesset-committee-agenda-cited-section.txt")
    agenda = texts(root, "//t:front/t:div[@type='other']/t:p")
    assert agenda == ["סדר היום", "בחירת יושב ראש הוועדה (בהתאם לסעיף 10 לתקנון הכנסת)."]
    assert not root.xpath("//t:body/t:div/t:p", namespaces=NS)
    root = tabled_tei("he-knesset-committee-agenda-two-items.txt")
    agenda = texts(root, "//t:front/t:div[@type='other']/t:p")
    assert agenda == ["סדר היום", "1. הצעת חוק הרשויות המקומיות (תיקון מס' 4).", "2. שונות."]
    assert turn_ids(root) == ["דליה-שגיא", "אורי-נחמיאס", "דליה-שגיא"]

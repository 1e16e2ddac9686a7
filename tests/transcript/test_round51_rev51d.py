"""Round 51 (rev51d): review of hunt51d's and fix51c's rules. A speaker printed once in CAPITALS
whom the chair's paragraph above gives the floor to, alone over his first numbered point with the
second a paragraph below a blank line, reads out his points: no agenda's heading
(floor._items_heading), where a heading the line above names without giving the floor stays one.
A name's comma before a question said to be short, the last or the speaker's ("Frau Dr. Lenz,
kurze Frage:", "Mr. Dunmore, quick question:") is speech, as one counted is (``question_counts``)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers

_RU_POINTS = (
    "ПРЕДСЕДАТЕЛЬ: Слово предоставляется депутату Иванову.\n\n"
    "ИВАНОВ:\n"
    "1. Мы не получили заключение контрольно-счётной палаты по этому проекту.\n\n"
    "2. Поправки фракции так и не были рассмотрены на заседании комитета.\n\n"
    "ПРЕДСЕДАТЕЛЬ: Спасибо. Кто ещё желает выступить?\n\n"
    "ПЕТРОВА: Я поддерживаю коллегу.\n"
)


def test_floor_given_speaker_over_points_set_apart_is_a_speaker() -> None:
    """A Turkish committee: the chair gives the floor to Özdemir (`Söz sırası Sayın Özdemir'de.`),
    and `ÖZDEMİR:`, printed once alone, reads `1- …`, then `2- …` below a blank line: the member
    speaking in points, no heading over an agenda's items."""
    tei = tabled_tei("tr-komisyon-floor-given-points-set-apart.txt")
    assert turn_speakers(tei)[1] == "ÖZDEMİR:"


def test_floor_given_in_russian_by_the_name_in_the_dative() -> None:
    """A Russian committee's chair gives the floor to `депутату Иванову`, the dative: the stem of
    `ИВАНОВ:` is enough, and his two points set apart stay his turn."""
    assert turn_speakers(text_tei(_RU_POINTS)) == ["ПРЕДСЕДАТЕЛЬ:", "ИВАНОВ:", "ПРЕДСЕДАТЕЛЬ:", "ПЕТРОВА:"]


def test_heading_named_above_without_the_floor_stays_a_heading() -> None:
    """The negative: the chair's paragraph names the agenda (`Gündemi okuyorum.`) with no phrase
    giving the floor, and `GÜNDEM:` over `1- …` and `2- …` set apart stays no speaker: the chair
    reads it out, a paragraph of his turn."""
    text = (
        "MECLİS BAŞKANI: Değerli üyeler, birleşimi açıyorum. Gündemi okuyorum.\n\n"
        "GÜNDEM:\n"
        "1- Mayıs ayı toplantısına ait karar özetlerinin okunarak onaylanması.\n\n"
        "2- Park ve bahçeler müdürlüğünün ek ödenek talebinin görüşülmesi.\n\n"
        "Meclis Üyesi Serdar KORKMAZ: Sayın Başkan, teşekkür ederim.\n"
    )
    tei = text_tei(text)
    assert turn_speakers(tei) == ["MECLİS BAŞKANI:", "Meclis Üyesi Serdar KORKMAZ:"]
    assert "GÜNDEM: 1- Mayıs ayı toplantısına ait karar özetlerinin okunarak onaylanması." in turn_paragraphs(
        tei
    )


def test_floor_given_to_another_leaves_the_heading() -> None:
    """The negative: the chair gives the floor to someone else (`Söz Sayın Kaya'da.`) above
    `GÜNDEM:` over items set apart: the word is not the one called, so the list keeps its
    heading."""
    text = (
        "BAŞKAN: Söz Sayın Kaya'da.\n\n"
        "GÜNDEM:\n"
        "1- Mayıs ayı toplantısına ait karar özetlerinin okunarak onaylanması.\n\n"
        "2- Park ve bahçeler müdürlüğünün ek ödenek talebinin görüşülmesi.\n\n"
        "KAYA: Teşekkür ederim, Sayın Başkan.\n"
    )
    assert "GÜNDEM:" not in turn_speakers(text_tei(text))


def test_short_or_last_question_after_a_name_is_speech() -> None:
    """A German hearing: the member turns to the expert inside his turn (`Frau Dr. Lenz, kurze
    Frage: …`, `Frau Dr. Lenz, letzte Frage: …`); the question said to be short or the last is
    speech, as `eine Frage` is, no label of its own."""
    text = (
        "Vorsitzende Dr. Anja Brandt: Vielen Dank. Das Wort hat der Kollege Weiß.\n\n"
        "Abg. Thomas Weiß (CDU): Danke, Frau Vorsitzende. Frau Dr. Lenz, kurze Frage: "
        "Wann liegt der Bericht vor?\n\n"
        "Sachverständige Dr. Maria Lenz: Wir rechnen mit dem Herbst.\n\n"
        "Abg. Thomas Weiß (CDU): Frau Dr. Lenz, letzte Frage: Wer hat das Gutachten bezahlt?\n\n"
        "Sachverständige Dr. Maria Lenz: Das Ministerium.\n"
    )
    speakers = turn_speakers(text_tei(text))
    assert speakers == [
        "Vorsitzende Dr. Anja Brandt:",
        "Abg. Thomas Weiß (CDU):",
        "Sachverständige Dr. Maria Lenz:",
        "Abg. Thomas Weiß (CDU):",
        "Sachverständige Dr. Maria Lenz:",
    ]


def test_turn_named_after_the_comma_stays_a_label() -> None:
    """The negative kept: `Senator Reed, follow-up question:` names the asker's turn, no word of
    `question_counts` opening it: still the senator's label."""
    tei = tabled_tei("en-senate-hearing-name-comma-follow-up.txt")
    assert "Senator Reed, follow-up question:" in turn_speakers(tei)


_DATE_POINT = (
    "VORSITZENDER: Gibt es Wortmeldungen? Bitte.\n\n"
    "BAYER:\n"
    "1. Wir fordern die Landesregierung auf, den Bericht über die Kosten der Sanierung des "
    "Klinikums vollständig vorzulegen, und zwar spätestens in der Sitzung am 2. Mai, damit der "
    "Ausschuss vor der Sommerpause beraten kann.\n\n"
    "VORSITZENDER: Danke. Herr Staatssekretär, bitte.\n\n"
    "STAATSSEKRETÄR: Der Bericht wird rechtzeitig vorliegen.\n"
)


def test_date_in_a_spoken_point_is_no_second_item() -> None:
    """A German committee: `BAYER:`, printed once alone, over one spoken point that names a day
    (`am 2. Mai`) past the 40 characters the model reads: a `2.` after a word is a date's day,
    no list's second item, so the member speaking keeps her label."""
    speakers = turn_speakers(text_tei(_DATE_POINT))
    assert speakers == ["VORSITZENDER:", "BAYER:", "VORSITZENDER:", "STAATSSEKRETÄR:"]


def test_second_item_on_its_line_still_makes_a_heading() -> None:
    """The negative: `Beschlussvorschlag:` over `1. …` with `2. …` opening the next line is a
    resolution's heading read out in the mayor's turn, no speaker."""
    text = (
        "Bürgermeister Huber: Wir kommen zu Tagesordnungspunkt 4.\n\n"
        "Beschlussvorschlag:\n"
        "1. Der Gemeinderat stimmt dem Entwurf des Bebauungsplans zu.\n"
        "2. Die Verwaltung wird beauftragt, die Auslegung durchzuführen.\n\n"
        "Gemeinderätin Kraus: Ich habe dazu noch eine Frage.\n\n"
        "Bürgermeister Huber: Bitte.\n"
    )
    speakers = turn_speakers(text_tei(text))
    assert speakers == ["Bürgermeister Huber:", "Gemeinderätin Kraus:", "Bürgermeister Huber:"]

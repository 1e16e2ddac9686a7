"""Round 51 (fix51b): Ukrainian and Russian court and council records. A court secretary's office
in the genitive of the sitting ("Секретар судового засідання:") speaks in the body, its field in
the head stays the head's; a decision's parties named by a company in quotes after its legal
form ("Відповідач: Приватне підприємство «Зоря-Агро»") are the head's fields, the same words
over speech labels; a label whole on its line ends there, over a sentence and its colon on a
short line ("Відповім коротко:", "Отвечу так: …", "The answer is this:")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, turn_paragraphs, turn_speakers
from stenogram.transcript.labels.bodies import body_named
from stenogram.transcript.lines import sentence_below


def test_the_court_secretary_speaking_in_the_body_is_a_turn() -> None:
    """A hearing's protocol: the secretary reports who appeared under "Секретар судового
    засідання:" in the body, a turn of its own; the same office naming its holder in the head
    ("Секретар судового засідання: Мельник І. В.") stays a field of the head."""
    root = tabled_tei("uk-court-secretary-in-body.txt")
    assert turn_paragraphs(root)[1].startswith("У засідання з'явилися позивач")
    assert not any("Мельник" in text for text in turn_paragraphs(root))


def test_a_sitting_s_field_qualified_in_the_genitive_stays_a_field() -> None:
    """The nearest shape that is no office: a field's word of the sitting after words in lower
    case that no office opens ("Порядок денний засідання:" in the head) names no speaker."""
    text = (
        "ПРОТОКОЛ ЗАСІДАННЯ\n\n"
        "Порядок денний засідання: про бюджет міста на 2025 рік.\n\n"
        "Головуючий: Відкриваю засідання.\n\n"
        "Депутат Литвин: Прошу слова.\n"
    )
    assert turn_speakers(text_tei(text, "uk.txt")) == ["Головуючий:", "Депутат Литвин:"]


def test_a_decision_s_parties_named_by_company_stay_the_head_s_fields() -> None:
    """A commercial court's decision names its parties in the head ("Позивач: ТОВ «Будінвест»",
    "Відповідач: Приватне підприємство «Зоря-Агро»", the legal form in lower case before the
    name in quotes): fields, no turns; the same role words over speech below are labels."""
    root = tabled_tei("uk-court-decision-party-fields.txt")
    assert not any("«Зоря-Агро»" in text for text in turn_paragraphs(root))
    assert "Приватне підприємство «Зоря-Агро»" in "".join(root.itertext())  # kept in the head
    assert turn_paragraphs(root)[2].startswith("Заперечуємо.")


def test_a_quoted_name_after_a_sentence_is_no_body_s_name() -> None:
    """The negative: a speech quoting a body's name after a sentence's words, or one opening in
    lower case, names no party; a short legal form before the quotes does."""
    assert body_named("Приватне підприємство «Зоря-Агро»")
    assert body_named('OOO "Stroy"')
    assert not body_named("Ми вимагаємо стягнути всю суму боргу з «Зоря-Агро»")
    assert not body_named("не з'явився, повідомлено «Зоря-Агро»")
    assert not body_named("Ткачук В. І.")


def test_a_label_whole_over_a_short_line_ending_with_its_colon_ends_at_its_line() -> None:
    """A city council's record prints the member's label with the office after its comma alone
    on its line, then "Відповім коротко:" on a line shorter than the label: the sentence's, the
    label ends at its line."""
    root = tabled_tei("uk-rada-label-whole-over-short-colon.txt")
    assert turn_paragraphs(root)[1].startswith("Відповім коротко:")


def test_a_russian_label_over_a_sentence_with_a_short_second_word_ends_at_its_line() -> None:
    """A Russian duma's label whole on its line over "Отвечу так: …" (the sentence's second word
    a short adverb, as a body's linking word is short): the label stays whole, the speech keeps
    its first words."""
    text = (
        "ЗАСЕДАНИЕ ГОРОДСКОЙ ДУМЫ\n\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Слово предоставляется заместителю главы.\n\n"
        "ОРЛОВА Н.С., заместитель главы города Заречный\n"
        "Отвечу так: бюджет на следующий год уже сверстан.\n\n"
        "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Спасибо.\n"
    )
    root = text_tei(text, "ru.txt")
    assert turn_speakers(root)[1] == "ОРЛОВА Н.С., заместитель главы города Заречный"
    assert turn_paragraphs(root)[1].startswith("Отвечу так:")


def test_an_english_label_over_the_answer_s_colon_ends_at_its_line() -> None:
    """A utility hearing's witness label over "The answer is this:" on a short line: the label
    ends at its line, the colon the answer's."""
    text = (
        "PUBLIC UTILITIES COMMISSION\n\n"
        "PRESTON A., General Manager\n"
        "The answer is this:\n"
        "we have not raised tariffs for three years.\n\n"
        "COMMISSIONER HALE\n"
        "So you are asking for more?\n"
    )
    root = text_tei(text, "en.txt")
    assert turn_speakers(root) == ["PRESTON A., General Manager", "COMMISSIONER HALE"]


def test_a_wrapped_body_s_name_or_role_still_reads_on() -> None:
    """The negatives: a body's name the wrap cut goes on capitalised with its linking word inside
    ("Федерации по вопросам бюджета:"), and a role's words go on capitalised ("Government and
    Heritage (Mr. X):"): no sentence below, the label reads on to its colon."""
    assert not sentence_below(
        "ИВАНОВ П.П., заместитель министра финансов Российской", "Федерации по вопросам бюджета: Спасибо."
    )
    assert not sentence_below("MINISTER FOR HOUSING, LOCAL", "Government and Heritage (Mr. X):")
    assert sentence_below("САВЧУК О.М., заступник міського голови", "Відповім коротко:")
    assert sentence_below("ОРЛОВА Н.С., заместитель главы города Заречный", "Отвечу так: бюджет сверстан.")


def test_a_party_s_role_over_speech_in_a_hearing_stays_a_label() -> None:
    """The negative: a hearing's record opening with the parties' turns, each role word and its
    colon over a sentence ("Позивач: Ми підтримуємо позов …"), no field of a head: turns."""
    text = (
        "Суддя: Слово надається позивачу.\n\n"
        "Позивач: Ми підтримуємо позов у повному обсязі, ТОВ «Будінвест» заборгованість не погасило.\n\n"
        "Відповідач: Заперечуємо проти позову.\n"
    )
    assert turn_speakers(text_tei(text, "uk.txt")) == ["Суддя:", "Позивач:", "Відповідач:"]

"""A name in quotation marks read as a label's only where it names the body an office's holder
speaks for, no narrated quotation (`Министр назвал программу «Новая Волна»: это …`), and an
office's plural read as a vocative only where its ending is a plural's, no Baltic singular's
(`Atstovas:`, `Deputāts:`); invented sample and lines, names invented."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts, turn_ids
from stenogram.transcript.config import default_config
from stenogram.transcript.labels import LabelMatcher
from stenogram.transcript.scoring import _office_plural


def test_a_quoted_programme_in_a_narrated_sentence_stays_speech() -> None:
    """The representative of a body in quotation marks is a label; an office's holder naming a
    programme in quotation marks, the sentence going on after the colon, is the speech's."""
    root = tabled_tei("ru-komitet-programma-kavychki-rech.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert "Министр назвал программу «Новая Волна»: это важно, но денег нет." in paragraphs
    assert "Заместитель министра назвал «Старт»: так и записали в протоколе." in paragraphs


def test_a_quoted_label_asks_its_body_s_noun_and_a_capital_after_it() -> None:
    matcher = LabelMatcher(default_config())
    for line in (
        "Председатель правления ООО «Ромашка» Петров: Спасибо.",
        "Депутат от фракции «Единая Россия» Иванов: Спасибо.",
        "Vertreterin der Initiative „Saubere Luft“: Danke.",
    ):
        cand = matcher.candidate(line)
        assert cand is not None and cand.name == line.split(":")[0], line
    for line in (
        "Министр назвал программу «Новая Волна»: Это важно.",  # a verb and its object before it
        "Министр назвал «Новую Волну»: это важно.",  # the sentence going on in lower case
        'The Minister called it "Project Hope": a name, nothing more.',
        "ДОКЛАД МИНИСТРА «О БЮДЖЕТЕ»:",  # an item's heading: no office opens it
    ):
        assert matcher.candidate(line) is None, line


def test_an_item_s_heading_with_a_quoted_title_leaves_the_label_below_it() -> None:
    root = text_tei(
        "Стенограмма заседания\n\nПредседательствующий: Переходим к докладу.\n"
        "ДОКЛАД МИНИСТРА «О БЮДЖЕТЕ»:\nМинистр финансов Тахиев М.Б. Уважаемые депутаты! Бюджет исполнен.\n"
        "Председательствующий: Спасибо.\n"
    )
    assert turn_ids(root) == [
        "predsedatelstvuyushchii",
        "ministr-finansov-takhiev-m-b",
        "predsedatelstvuyushchii",
    ]


def test_an_office_s_plural_is_no_baltic_singular() -> None:
    config = default_config()
    for word in ("Constituyentes", "Senadores", "Diputados", "Deputados", "Justices", "Witnesses"):
        assert _office_plural(word, config), word
    for word in ("Atstovas", "Pirmininkas", "Teisėjas", "Prokuroras", "Deputāts", "Tiesnesis", "Ministrs"):
        assert not _office_plural(word, config), word


def test_offices_and_initials_listed_on_one_line_are_no_label() -> None:
    """Those present listed two to a line, each an office and its holder's surname and
    initials: the second is no speech after the first's label; the label before speech stays."""
    root = text_tei(
        "Стенограмма заседания\n\nПрисутствовали:\n"
        "Министр финансов Тахиев М.Б. Заместитель министра Орлов П.П.\n"
        "Председательствующий: Слово министру.\nМинистр финансов Тахиев М.Б. Спасибо.\n"
        "Председательствующий: Спасибо.\n"
    )
    assert turn_ids(root) == [
        "predsedatelstvuyushchii",
        "ministr-finansov-takhiev-m-b",
        "predsedatelstvuyushchii",
    ]

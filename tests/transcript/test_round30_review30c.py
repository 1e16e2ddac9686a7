"""A reviewer's counter-examples to the last round's leftover rules, each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml): a PDF page's footer inside a wrapped
sentence, one-word sentences under a question in a copy whose labels stand alone with their stop,
and a PDF's short first pages numbered one by one."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_page_footer_inside_a_hard_wrapped_sentence_is_a_page() -> None:
    """ "… z czego połowę pokryją" / "Strona 2" / "samorządy województw, …": a record wrapped at a
    PDF page's width, whose wrap would have set the next word beside "Strona 2", prints the
    page's footer where the page broke the sentence; the footer is the page's number, no word of
    the minister's speech, and the sentence reads on across it."""
    root = tabled_tei("pl-komisja-strona-footer-mid-sentence.txt")
    speech = texts(root, "(//t:sp)[2]/t:p")
    assert len(speech) == 1
    assert "połowę pokryją samorządy województw" in speech[0]
    assert "Strona" not in speech[0]
    assert texts(root, "//t:item[@ana='page-number']") == ["Strona 2"]


def test_one_word_sentences_under_a_question_are_no_speakers() -> None:
    """ "Кто за? Против? Воздержался?" / "Принято.", "Кто за это отвечает в районе?" / "Никто.",
    "Кто против? Нет." / "Единогласно.": in a stenogram whose labels stand alone with their stop,
    no blank lines, the vote's outcome and the answer to a question are the speech's sentences;
    the surname "Громов." printed once under a sentence's end is still a label."""
    root = tabled_tei("ru-sezd-vote-word-under-question.txt")
    assert texts(root, "(//t:sp)[1]/t:p")[1] == "Принято."
    assert "Никто." in texts(root, "(//t:sp)[2]/t:p")
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Я не согласен с товарищем Жуковым, за район отвечает исполком."
    ]
    assert texts(root, "(//t:sp)[4]/t:p")[-2:] == ["Единогласно.", "Переходим к следующему вопросу."]


def test_a_pdf_s_short_first_pages_keep_their_numbers_out_of_the_text() -> None:
    """ "Evidence" / "1" / "CONTENTS" / "Opening statements" / "2" / "Questions" / "3": a cover and
    a contents page a few lines long, each with its number, under no sentence and of unlike
    lengths, are pages, no table whose rows are numbered; the figures stay out of the text."""
    root = tabled_tei("en-committee-cover-contents-pages.txt")
    assert texts(root, "//t:item[@ana='page-number']") == ["1", "2", "3"]
    assert not [text for text in texts(root, "//t:body//t:p") if text.isdigit()]
    assert not root.xpath("//t:body//t:p[.='1']", namespaces=NS)


def test_a_capitalised_page_footer_inside_a_paragraph_a_line_is_a_page() -> None:
    """ "… a jego koszt pokryją" / "Strona 2" / "samorządy województw, …", a copy one paragraph a
    line (no wrap width to tell by): the page's word capitalised as a footer prints it, no word
    inside a sentence, so it is the page's number and the minister's sentence reads on across it
    in one paragraph."""
    root = tabled_tei("pl-sejm-strona-footer-paragraph-a-line.txt")
    speech = texts(root, "(//t:sp)[2]/t:p")
    assert len(speech) == 1
    assert "koszt pokryją samorządy województw" in speech[0]
    assert texts(root, "//t:item[@ana='page-number']") == ["Strona 2"]

"""Shapes the twenty-second round's hunters met in real records and left, mended: a label or a
witness line a hard wrap cut after a form of address (samples in tests/data/labels/, written in
the shapes the real records print, names invented)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_form_of_address_cut_from_its_label_by_a_wrap_goes_down_with_it() -> None:
    tei = tabled_tei("en-caps-label-wrapped-after-address.txt")
    speeches = texts(tei, "//t:sp/t:p")
    assert speeches[1].endswith("reach the fund.")
    assert speeches[4] == "Will the Treasurer table the list of works?"
    assert not any(text.endswith(("MR.", "MRS.")) for text in speeches)
    assert len(tei.xpath("//t:person", namespaces=NS)) == 4


def test_a_witness_line_the_wrap_cut_after_the_examiners_form_is_one_heading() -> None:
    tei = tabled_tei("en-deposition-numbered-witness-wrapped.txt")
    assert texts(tei, "//t:head") == [
        "MR. DANIEL WHITFORD, HAVING BEEN DULY SWORN, WAS EXAMINED BY MR. GALLAGHER AS FOLLOWS:"
    ]
    labels = tei.xpath("//t:person/t:persName[@type='label']/text()", namespaces=NS)
    assert not any("FOLLOWS" in label for label in labels)


def test_a_dated_running_head_between_two_sentences_of_a_speech_is_furniture() -> None:
    tei = tabled_tei("en-hansard-1894-head-between-sentences.txt")
    speech = " ".join(texts(tei, "//t:sp[1]/t:p"))
    assert "HOUSE OF COMMONS" not in speech and "317" not in speech
    assert speech.startswith("I rise") and speech.endswith("consent of Parliament.")
    assert texts(tei, "//t:list[@type='furniture']/t:item") == ["1894. HOUSE OF COMMONS. 317"]


def test_the_wordspace_printed_only_after_labels_ends_a_label_of_one_word() -> None:
    tei = tabled_tei("am-chilot-wordspace-one-word.txt")
    assert texts(tei, "//t:sp[1]/t:p") == ["ችሎቱ ተሰይሟል። ዐቃቤ ሕግ ምስክርዎን ያቅርቡ።"]
    spaced = text_tei("የወንጀል ችሎት\n\nዳኛ፡ ችሎቱ፡ ተሰይሟል።\n\nምስክር፡ በዕለቱ፡ አይቼዋለሁ።\n")
    assert texts(spaced, "//t:sp") == []


def test_a_label_alone_after_a_glued_hyphen_is_a_label_where_an_office_opens_it() -> None:
    tei = tabled_tei("es-mx-diario-hyphen-glued-alone.txt")
    assert texts(tei, "//t:sp[1]/t:p") == [
        "Se abre la sesión. Proceda la Secretaría a dar lectura al orden del día."
    ]
    dialogue = text_tei(
        "Capítulo uno\n\n-Pedro Gómez\nNo quiero hablar de eso.\n\n-Bueno\nEntonces mañana.\n"
    )
    assert texts(dialogue, "//t:sp") == []

"""Counter-examples to the thirty-second round's merged rules, each a real shape of another
record that a rule read wrongly, narrowed in the round's review: each in an invented sample
(names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_word_alone_before_a_salutation_under_a_sentences_end_is_speech() -> None:
    """ "… мало и" / "плохо." / "Довольно. Товарищи! Пора строить по-новому.", a congress's OCR
    run on in one block: a word alone with its stop before the salutation, under the speech's
    own sentence, opens no turn; the surname under the hall's "(Аплодисменты.)" does."""
    root = tabled_tei("ru-syezd-ocr-block-word-before-salutation.txt")
    speech = " ".join(texts(root, "//t:sp[1]/t:p"))
    assert "Довольно. Товарищи! Пора строить по-новому." in speech


def test_a_polish_word_alone_before_a_salutation_is_speech() -> None:
    """ "… Budujemy" / "jednak za mało mieszkań." / "Dosyć. Towarzysze! Trzeba budować inaczej.":
    the speech's own words under its sentence, no turn of "Dosyć"."""
    root = tabled_tei("pl-zjazd-ocr-block-word-before-salutation.txt")
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "Dosyć. Towarzysze! Trzeba budować inaczej." in speech


def test_a_numbered_front_matter_list_naming_no_holder_is_no_turn() -> None:
    """ "１．出席議員（全員） 以上１２名", a town's record numbering each entry of its front matter
    as its turns may be: the bracket names no holder with "君", a list, no label."""
    root = tabled_tei("ja-chogikai-numbered-front-matter-list.txt")
    outside = texts(root, "//t:body//t:p[not(parent::t:sp)]")
    assert any(p.startswith("１．出席議員（全員）") for p in outside)


def test_a_man_named_with_initials_and_trade_inside_a_speech_is_no_label() -> None:
    """ "Дронов Е. К., механизатор из села Ивановка" / "(Лебедянский район). Он собрал …":
    a speech's sentence naming a man, no salutation after the bracket; the speaker's own post
    wrapped before "Уважаемые депутаты!" is one label."""
    root = tabled_tei("ru-syezd-ocr-initials-described-in-speech.txt")
    speech = " ".join(texts(root, "//t:sp[2]/t:p"))
    assert "Дронов Е. К., механизатор из села Ивановка (Лебедянский район). Он собрал" in speech


def test_an_initial_under_a_form_of_address_the_wrap_cut_goes_on_with_the_answer() -> None:
    """ "It was driven by Mr." / "A. Corbett. He stayed for an hour. I saw Mrs." / "A. Pellow
    leave with him.": the wrap cut the name from its form of address; the initial that opens the
    line is the name's, no run-in turn of the answer's "A."."""
    root = tabled_tei("en-examination-answer-wrapped-initial.txt")
    answer = " ".join(texts(root, "//t:sp[4]/t:p"))
    assert "driven by Mr. A. Corbett. He stayed for an hour. I saw Mrs. A. Pellow leave" in answer


def test_the_polish_halls_brawo_under_a_name_is_applause_a_party_stays_the_members() -> None:
    """ "POSEŁ TOMASZ ŻMUDA" / "(BRAWO)" / "Panie Marszałku! …": the hall's bravo under the name
    is applause, no affiliation; "POSEŁ ANNA KUBIAK" / "(PiS)" keeps her party in the label."""
    root = tabled_tei("pl-sejm-web-brawo-under-name.txt")
    assert texts(root, "//t:sp[2]//t:stage[@type='applause']") == ["(BRAWO)"]
    assert not root.xpath("//t:sp[3]//t:stage", namespaces={"t": "http://www.tei-c.org/ns/1.0"})

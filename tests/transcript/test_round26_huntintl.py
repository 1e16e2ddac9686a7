"""International bodies and tribunals in their official languages: the labels of a French
transcript of an international criminal court, of the International Labour Conference's record
and of the European Parliament's Greek report, each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_form_of_address_and_article_before_a_judges_office_open_his_label() -> None:
    """``M. LE JUGE PRÉSIDENT X :`` opening the first line is one label: the form of address and
    the article are no heading run into the chair's label, and no title of the record."""
    root = tabled_tei("fr-icc-juge-president-opening.txt")
    assert texts(root, "//t:titleStmt/t:title[@type='main']") == ["fr-icc-juge-president-opening.txt"]
    assert texts(root, "//t:head") == []
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Bonjour, Monsieur le témoin.")


def test_the_language_a_speech_was_given_in_is_printed_with_the_label_alone() -> None:
    """The International Labour Conference prints the language before a label alone on its line
    (``Original Spanish: Ms X (Worker, Y)``): the label is the person's, the language printed
    with it, and the speech under it is the person's turn."""
    root = tabled_tei("en-ilo-original-language-alone.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "On behalf of the workers of Valdoria, I congratulate you on your election."
    ]
    assert "Original French:" not in " ".join(texts(root, "//t:sp/t:p"))
    spanish = tabled_tei("es-ilo-original-idioma-solo.txt")
    assert texts(spanish, "//t:sp[1]/t:p")[0].startswith("Reanudamos la discusión general")


def test_the_greek_chair_in_mixed_case_is_a_label_printed_once() -> None:
    """The European Parliament's Greek chair, accented in Mixed case (``Πρόεδρος. –``), printed
    once, is the chair's label; the applause after the rapporteur stays a stage."""
    root = tabled_tei("el-europarl-proedros.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Το επόμενο σημείο")
    assert texts(root, "//t:stage[@type='applause']") == ["(Χειροκροτήματα)"]


def test_two_offices_set_apart_by_a_slash_describe_the_person_named_before_them() -> None:
    """The European Parliament names the Commission's vice-president who is High Representative
    with both offices, a slash set apart between them: one label, the person before the comma,
    her offices the role; a label of two languages parted so (``Y Llywydd / The Presiding
    Officer:``) stays the first language's."""
    root = tabled_tei("en-europarl-two-offices-slash.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Mr President, honourable Members")
    assert tabled_tei("cy-senedd-bilingual-slash.txt") is not None


def test_a_transliterated_name_keeps_its_middle_dot() -> None:
    """A foreign name in a Chinese United Nations record, its parts joined by the middle dot
    (``卡瓦略·达席尔瓦先生（巴西）（以英语发言）：``), printed once, is a label; the language note
    stays in the label."""
    root = tabled_tei("zh-un-transliterated-name-dot.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["我感谢特别协调员的通报。巴西仍然致力于通过谈判解决问题。"]


def test_lines_wrapped_between_ideographs_join_unspaced() -> None:
    """A Chinese record's PDF column wraps lines between two ideographs (``我感谢特`` /
    ``别协调员…``): the paragraph's lines join with no space there, the label on the next line
    still a label."""
    root = tabled_tei("zh-un-pdf-column-wrapped.txt")
    assert texts(root, "//t:sp/t:p") == [
        "我感谢韦斯特兰德先生所作的通报。现在我请巴西代表发言。",
        "我感谢特别协调员所作的通报。巴西仍然致力于两国解决方案，两国在国际公认的边界内和平与安全地毗邻共存。",
    ]


def test_the_united_nations_unbracketed_sitting_notes_are_stages() -> None:
    """The United Nations' notes of a suspension, a resumption and the close, unbracketed with
    their clock in each language, stand between the turns as stages; one opening an excerpt is
    no title; one under the chair's giving the floor to a country's representative opens no turn."""
    french = tabled_tei("fr-un-excerpt-opens-suspension-note.txt")
    assert texts(french, "//t:titleStmt/t:title[@type='main']") == ["fr-un-excerpt-opens-suspension-note.txt"]
    assert texts(french, "//t:body//t:stage") == [
        "La séance est suspendue à 11 h 35 ; elle est reprise à 11 h 50.",
        "La séance est levée à 13 h 10.",
    ]
    russian = tabled_tei("ru-un-suspension-after-floor-given.txt")
    assert texts(russian, "//t:body//t:stage")[0].startswith("Заседание прерывается в 11 ч. 35 м.")
    assert texts(tabled_tei("zh-un-sitting-notes-clock.txt"), "//t:body//t:stage") == [
        "上午11时35分会议暂停，11时50分复会。",
        "下午1时10分散会。",
    ]
    assert len(texts(tabled_tei("ar-un-sitting-notes-clock.txt"), "//t:body//t:stage")) == 2

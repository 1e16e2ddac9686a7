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

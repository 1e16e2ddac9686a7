"""Shapes the round's hunts left, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml): OCR's spaced stops and glued semicolons, a news page's editor
line, full-width line numbers, a compound abbreviation of counsel."""

from __future__ import annotations

from label_samples import name_parts_of, tabled_tei, text_tei, texts


def test_ocr_space_before_the_stop_of_m_opens_labels() -> None:
    """ "M . le président. La parole est à M . Delorme." / "M . Delorme. Messieurs, …": OCR's
    space before the stop of `M.` in every label; the labels open their turns as `M. X.` does,
    the wrapped speech joined, and the person's name has no stray stop."""
    root = tabled_tei("fr-chambre-ocr-spaced-title-stop.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["La parole est à M . Delorme."]
    assert texts(root, "//t:sp[3]/t:p") == ["Je demande la parole."]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Messieurs, je serai bref, car la question des tarifs")
    assert name_parts_of(root, "m-delorme") == [("roleName", "honorific", "M."), ("surname", None, "Delorme")]


def test_ocr_semicolon_glued_to_a_name_in_capitals_is_a_colon() -> None:
    """ "The PRIME MINISTER; It is hoped …", "Mr. HARTLEY; Will …": OCR read the colon as a
    semicolon glued to the name in CAPITALS; labels, while a name in Mixed case so followed is a
    sentence's clause ("Mr. Smith; I thank …")."""
    root = tabled_tei("en-commons-ocr-semicolon-unspaced.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["It is hoped that the House will rise early in August."]
    assert texts(root, "//t:sp[3]/t:p") == ["Will the right hon. Gentleman make a statement?"]
    mixed = text_tei("SITTING\n\nMr. Jones: We agree.\nMr. Smith; I thank the Minister.\n")
    assert texts(mixed, "//t:sp/t:speaker") == ["Mr. Jones:"]


def test_a_news_pages_editor_line_and_action_row_are_furniture() -> None:
    """ "【打印本页】【关闭窗口】 分享到：微信 微博" over the turns and "责任编辑：林晓 陈静"
    under them: the page's buttons and its editor line, no title and no paragraph of the last
    speech; the turns one a line stay apart."""
    root = tabled_tei("zh-news-page-editor-line.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["发布会到此结束，谢谢大家。"]
    assert "打印" not in "".join(texts(root, "//t:titlePart"))
    bracketed = text_tei("主持人：请提问。\n记者：请问何时开工？\n发言人：六月开工。\n（责任编辑：王芳）\n")
    assert texts(bracketed, "//t:sp[3]/t:p") == ["六月开工。"]
    assert not texts(bracketed, "//t:stage")


def test_full_width_line_numbers_and_an_ideographic_space() -> None:
    """ "１　裁判長" / "２　　　証人は、宣誓書のとおり誓いましたね。": a court reporter's column of
    full-width line numbers set off by an ideographic space; taken off, each role alone on its
    line labels the indented speech below."""
    root = tabled_tei("ja-saiban-fullwidth-line-numbers.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["証人は、宣誓書のとおり誓いましたね。"]
    assert texts(root, "//t:sp[6]/t:p") == ["午後十時頃だったと思います。"]


def test_a_compound_abbreviation_of_counsel_is_one_label() -> None:
    """ "Kl.-Vertr.: Ich stelle den Antrag …", "Bekl.-Vertr.: Ich beantrage, …", each printed
    once: the claimant's and the defendant's counsel, an abbreviation's stop and hyphen before
    the next abbreviation, no label `Kl.-` cut at the hyphen."""
    root = tabled_tei("de-zivilgericht-kl-bekl-vertr.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Ich stelle den Antrag aus der Klageschrift vom 2. Dezember."]
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Ich beantrage, die Klage abzuweisen.")

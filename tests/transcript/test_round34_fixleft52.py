"""Shapes the round's three blind batteries had left: a label's colon and a spaced dash alone at
the line's end, a PDF's index line repeating the label below it, an Armenian municipal office
printed with its body, a bilingual chair's label alone first in an excerpt, a Tongan chair's
English-looking `Sea:` and a delegate's name, dash and body's short name before the colon, each
in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_a_spaced_dash_alone_after_the_colon_is_the_label_s() -> None:
    """ "السيد رئيس المجلس: -" / "نفتتح الجلسة …": the dash closes the label, the speech is the
    line below it, and no paragraph holds the dash alone."""
    root = tabled_tei("ar-majlis-colon-spaced-dash-alone.txt")
    paragraphs = texts(root, "//t:sp/t:p")
    assert "-" not in paragraphs
    assert len(paragraphs) == 3
    assert texts(root, "//t:sp[2]/t:p") == ["شكراً سيادة الرئيس. متى يكتمل العمل في طريق القرى الشمالية؟"]


def test_a_page_index_line_repeating_the_label_below_is_furniture() -> None:
    """ "P.3 議長（X君）" / "○議長（X君）　ただいまから …": the index line opens no turn of its own
    nor stays as a paragraph of the turn above; the marked label below opens the turn."""
    root = tabled_tei("ja-gikai-page-index-line-label.txt")
    paragraphs = texts(root, "//t:sp/t:p")
    assert not [p for p in paragraphs if p.startswith("P.")]
    assert texts(root, "//t:sp[1]/t:p") == [
        "ただいまから本日の会議を開きます。",
        "日程第１、一般質問を行います。５番、松永美和議員。",
    ]
    assert not [t for t in texts(root, "//t:titlePart") if t.startswith("P.")]


def test_an_armenian_department_head_printed_once_is_a_label() -> None:
    """ "Քաղաքապետարանի տնտեսական բաժնի ղեկավար: …", the office word last after its body's
    words, printed once beside "Նախագահող:": a turn of its own, not a sentence of the member's."""
    root = tabled_tei("hy-avagani-office-after-body-colon.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Երբ կավարտվեն աշխատանքները կենտրոնական փողոցում:"]
    assert texts(root, "//t:sp[3]/t:p") == ["Աշխատանքները կավարտվեն հաջորդ ամիս:"]


def test_a_bilingual_chair_s_label_alone_first_is_no_title() -> None:
    """ "Y Llywydd / The Presiding Officer" alone on its line over "Prynhawn da. …", first in the
    excerpt: the chair's turn, not a heading over the member's."""
    root = tabled_tei("cy-senedd-bilingual-chair-alone-first.txt")
    assert not root.xpath("//t:body//t:head", namespaces=NS)
    assert texts(root, "//t:sp[1]/t:p") == ["Prynhawn da. Eitem 1, cwestiynau. Cwestiwn 1, Gwenllian Prys."]


def test_the_tongan_chair_s_sea_is_a_label() -> None:
    """ "Sea: Mālō 'etau lava mai. …" and "Sea: Mālō." beside "Minisitā Ako:": the record is
    Tongan, whose article after its prepositions ("ki he", "'i he") it prints, so the chair's
    word is no other language's sentence opener and both of his turns open."""
    root = tabled_tei("to-fale-alea-chair-sea-colon.txt")
    assert root.xpath("string(/t:TEI/@xml:lang)", namespaces=NS) == "to"
    assert texts(root, "//t:sp[4]/t:p") == ["Mālō."]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Mālō 'etau lava mai. Ko e 'uluaki me'a ko e lao ki he ngaahi uafu."
    ]


def test_a_delegate_s_name_dash_and_body_s_short_name_before_the_colon_is_one_label() -> None:
    """ "Silvia Bertoni – SPI Cento: Care compagne, …": the body after the dash is the label's,
    the speech opens after the colon; an item's heading after a street's name ("Mill Lane –
    Footpath Repairs: …") names no body and stays the chair's paragraph."""
    root = tabled_tei("it-congresso-delegata-dash-sigla-colon.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["Buonasera a tutte e a tutti."]
    heading = text_tei(
        "Parish Council minutes\n\nThe Chair: Good evening, we move to the reports.\n\n"
        "Mill Lane – Footpath Repairs: The works were completed in March at a cost of four thousand"
        " pounds.\n\nCllr Jones: Thank you, Chair.\n"
    )
    assert texts(heading, "//t:sp/t:speaker") == ["The Chair:", "Cllr Jones:"]


def test_a_heading_s_spaced_colon_and_dash_at_the_line_s_end_stays_the_heading() -> None:
    """ "DEBATES DE TOTALIDAD DE INICIATIVAS LEGISLATIVAS : -" / "PROYECTO DE LEY …": the
    separator spaced on both sides of the colon is the heading's, no label's, so the record's
    title keeps both lines and the chair's label opens the first turn."""
    root = tabled_tei("es-congreso-heading-spaced-colon-dash-wrapped.txt")
    assert texts(root, "//t:titlePart") == [
        "DEBATES DE TOTALIDAD DE INICIATIVAS LEGISLATIVAS : - "
        "PROYECTO DE LEY DE PRESUPUESTOS DE LA COMUNIDAD PARA EL AÑO 2024."
    ]
    assert texts(root, "//t:sp[1]/t:speaker") == ["La señora PRESIDENTA:"]

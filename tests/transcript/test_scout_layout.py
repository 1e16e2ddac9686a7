"""Records as an editor really gets them: a web page's text with its own lines (the link past the
menus, back to the top, the print link, the copyright line, the cookie banner), a speech-to-text
export whose names are each printed once with the clock after them, a Markdown file whose labels
are in bold with the record's own stop or dash inside (texts written here in those shapes, names
and speeches made up)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, speakers
from stenogram.tei.convert import convert_text


def _convert(text: str) -> tuple[etree._Element, object]:
    result = convert_text(text.encode(), "copy.txt")
    return etree.fromstring(result.tei), result.report


def _body(root: etree._Element) -> str:
    return " ".join("".join(root.find("t:text", NS).itertext()).split())


WEB_COPY = """{skip}
Home | Plenary | Verbatim reports | Archive
Plenarprotokoll 20/12
Präsidentin Anna Beispiel: Ich eröffne die Sitzung. Das Wort hat der Kollege Huber.
Max Huber (SPD): Frau Präsidentin! Meine Damen und Herren! Wir beraten heute den Haushalt.
{top}
Präsidentin Anna Beispiel: Vielen Dank. Die Sitzung ist geschlossen.
{top}
{print_link}
© 2024 Deutscher Musterbundestag
{cookies}
"""


@pytest.mark.parametrize(
    ("skip", "top", "print_link", "cookies"),
    [
        (
            "Skip to main content",
            "Back to top",
            "Print this page",
            "This website uses cookies to improve your experience. Accept all cookies",
        ),
        ("Zum Inhalt springen", "Nach oben", "Seite drucken", "Diese Seite verwendet Cookies. Akzeptieren"),
        ("Aller au contenu principal", "Haut de page", "Imprimer la page", "Ce site utilise des cookies."),
        ("Przejdź do treści", "Do góry", "Drukuj", "Ta strona używa plików cookies. Akceptuję"),
        ("Перейти к основному содержанию", "Наверх", "Версия для печати", "Мы используем файлы cookie."),
    ],
)
def test_a_web_pages_own_lines_are_furniture(skip: str, top: str, print_link: str, cookies: str) -> None:
    """The page's lines around and between the speeches are no part of the record: each is
    removed as furniture (the header lists it), and no speech runs on into them."""
    text = WEB_COPY.format(skip=skip, top=top, print_link=print_link, cookies=cookies)
    root, _ = _convert(text)
    assert speakers(etree.tostring(root)) == [
        "Präsidentin Anna Beispiel:",
        "Max Huber (SPD):",
        "Präsidentin Anna Beispiel:",
    ]
    body = _body(root)
    for line in (skip, top, print_link, cookies, "© 2024"):
        assert line not in body
    assert root.xpath("string(//t:sp[3]/t:p)", namespaces=NS) == "Vielen Dank. Die Sitzung ist geschlossen."


def test_a_speech_about_cookies_is_no_banner() -> None:
    """A sentence that only mentions cookies is a speech's, not the page's banner."""
    text = (
        "Chair: The cookies directive is before us.\n"
        "Ms. Rowe: Cookies are a matter for the regulator, and we use them sparingly.\n"
    )
    root, _ = _convert(text)
    assert "Cookies are a matter" in _body(root)


def test_names_printed_once_with_their_clock_take_turns() -> None:
    """A speech-to-text export prints each speaker's name with the recording's clock after it,
    alone on its line above a long speech; printed once each, the clock is the label's mark
    (no name is refused for standing bare), and each block is read as its lines, not one
    paragraph."""
    text = (
        "Select Committee on Housing\n\n"
        "Alice Marsh  0:02\n"
        "1. What assessment has been made of the cost of temporary accommodation for families "
        "in the capital over the last five years and its effect on local budgets?\n\n"
        "Owen Pryce  0:41\n"
        "The Department publishes those figures every quarter. They show that the cost has risen "
        "in every one of the last twenty quarters, and we are working with councils on it.\n\n"
        "Ruth Ellery  1:25\n"
        "I thank the Minister for his answer, but will he meet me and the councils concerned to "
        "discuss what can be done before the winter?\n"
    )
    root, _ = _convert(text)
    assert [" ".join(sp.xpath("string(.)").split()) for sp in root.iterfind(".//t:speaker", NS)] == [
        "Alice Marsh 0:02",
        "Owen Pryce 0:41",
        "Ruth Ellery 1:25",
    ]
    assert root.xpath("//t:speaker/t:time/text()", namespaces=NS) == ["0:02", "0:41", "1:25"]
    assert root.xpath("string(//t:sp[2]/t:p)", namespaces=NS).startswith("The Department publishes")


def test_markdown_bold_labels_with_a_dash_or_initials_inside() -> None:
    """Markdown's bold around a label that ends in a dash (``**BAŞKAN –**``, as the Turkish record
    prints it) or in its last initial's stop (``**ГРИНЕВИЧ Л.М.**``, the Rada's member)."""
    turkish = (
        "# Birleşim 13\n\n"
        "**BAŞKAN –** Birleşimi açıyorum. Gündem dışı ilk söz Sayın Demir'e aittir.\n\n"
        "**AYŞE DEMİR –** Sayın Başkan, değerli milletvekilleri; bugün göçün yıl dönümüdür.\n\n"
        "**BAŞKAN –** Teşekkür ederim.\n"
    )
    assert speakers(convert_text(turkish.encode(), "tr.md").tei) == [
        "**BAŞKAN –**",
        "**AYŞE DEMİR –**",
        "**BAŞKAN –**",
    ]
    rada = (
        "# Стенограма пленарного засідання\n\n"
        "**ГОЛОВУЮЧИЙ.** Шановні колеги! Слово надається народному депутату Коваленко.\n\n"
        "**КОВАЛЕНКО О.П.** Шановний пане Голово! Шановні колеги! Я хочу сказати коротко.\n\n"
        "**ГОЛОВУЮЧИЙ.** Дякую. Переходимо до наступного питання.\n"
    )
    assert speakers(convert_text(rada.encode(), "ua.md").tei) == [
        "**ГОЛОВУЮЧИЙ.**",
        "**КОВАЛЕНКО О.П.**",
        "**ГОЛОВУЮЧИЙ.**",
    ]


SUBTITLES = """1
00:00:01,000 --> 00:00:04,000
Standing Committee on Transport

2
00:00:04,000 --> 00:00:07,000
The Chair: I call the meeting to order.
Our first witness is Ms. Grant from the

3
00:00:07,000 --> 00:00:10,000
Port Authority. Welcome.

4
00:00:10,000 --> 00:00:13,000
Ms. Helen Grant: Thank you, Chair. The port
handled more cargo this year than

5
00:00:13,000 --> 00:00:16,000
in any year before.

6
00:00:16,000 --> 00:00:19,000
Thank you.

7
00:00:19,000 --> 00:00:22,000
The Chair: Thank you. Mr. Okafor.
"""


@pytest.mark.parametrize("vtt", [False, True])
def test_subtitle_cues_are_furniture_and_a_sentence_runs_over_them(vtt: bool) -> None:
    """An SRT or WebVTT file: each cue's number and timing are furniture (the number a cue's,
    not a page's), a sentence runs on over the cues ("Port Authority." is no label), and a
    label opens the cue that starts a turn."""
    text = SUBTITLES.replace(",000", ".000") if vtt else SUBTITLES
    text = f"WEBVTT\n\n{text}" if vtt else text
    root, report = _convert(text)
    assert speakers(etree.tostring(root)) == ["The Chair:", "Ms. Helen Grant:", "The Chair:"]
    speeches = [" ".join(sp.xpath("t:p/text()", namespaces=NS)) for sp in root.iterfind(".//t:sp", NS)]
    assert speeches[:2] == [
        "I call the meeting to order. Our first witness is Ms. Grant from the Port Authority. Welcome.",
        "Thank you, Chair. The port handled more cargo this year than in any year before. Thank you.",
    ]
    kinds = {kind for _, _, kind in report.furniture}
    assert {"subtitle-timing", "subtitle-cue"} <= kinds
    assert "page-number" not in kinds
    assert "-->" not in _body(root)


def _pdf_page(page: int, lines: list[str]) -> list[str]:
    """A page of a PDF's text: its running head with the page number on the outer margin (left
    on an even page, right on an odd one), its lines, its number centred at the foot."""
    head = "Stenographic Record of the Sitting"
    return [f"{page}   {head}" if page % 2 == 0 else f"{head}   {page}", *lines, f"– {page} –"]


def test_a_pdfs_running_head_with_its_page_number_on_either_side_is_furniture() -> None:
    """An even page prints its number before the running head, an odd one after it: both are
    the one head, removed on every page."""
    text = "\n".join(
        _pdf_page(1, ["The Speaker: The sitting is open. We turn to questions.", "Ms. Ward: Thank you."])
        + _pdf_page(2, ["Mr. Lowe: I have a question for the Minister about the schools budget."])
        + _pdf_page(3, ["The Speaker: The sitting is closed."])
    )
    root, report = _convert(text + "\n")
    assert "Stenographic Record" not in _body(root)
    assert [kind for _, _, kind in report.furniture].count("running-head") == 3
    assert speakers(etree.tostring(root)) == ["The Speaker:", "Ms. Ward:", "Mr. Lowe:", "The Speaker:"]


def test_a_field_line_over_a_turn_ends_where_the_labels_first_word_would_have_fitted() -> None:
    """Hard-wrapped with no blank lines (a PDF's text), a line that the next line's first word
    would have fitted on ends its paragraph where that line opens with a label's shape: the
    sitting's chair over the first turn is a field, not the head of a wrapped speech."""
    text = (
        "Posiedzenie Senatu, dzień trzeci, obrady prowadzą marszałek Jan Wiśniewski oraz\n"
        "wicemarszałkowie Anna Kowalska, Piotr Zieliński i Ewa Nowicka-Lis\n"
        "Marszałek Jan Wiśniewski: Bardzo proszę o zajmowanie miejsc. Wznawiam posiedzenie\n"
        "Senatu. Przystępujemy do rozpatrzenia punktu pierwszego porządku obrad, którym\n"
        "jest ustawa o zmianie ustawy o samorządzie gminnym. Proszę sprawozdawcę komisji.\n"
        "Senator Sprawozdawca Adam Krawczyk: Panie Marszałku! Wysoki Senacie! Komisja\n"
        "rozpatrzyła ustawę na posiedzeniu w dniu wczorajszym i wnosi o jej przyjęcie bez\n"
        "poprawek. Dziękuję bardzo.\n"
        "Marszałek Jan Wiśniewski: Dziękuję bardzo. Czy są pytania do senatora\n"
        "sprawozdawcy? Nie widzę. Zamykam dyskusję nad tym punktem porządku obrad.\n"
    )
    assert speakers(convert_text(text.encode(), "pl.txt").tei) == [
        "Marszałek Jan Wiśniewski:",
        "Senator Sprawozdawca Adam Krawczyk:",
        "Marszałek Jan Wiśniewski:",
    ]


def test_a_sites_menus_search_box_and_onward_links_are_furniture() -> None:
    """The Camera's web page as a copy keeps it: its menus and search box over the record, and a
    link to the list of sittings, each a line of its own; the date below them dates the header."""
    text = (
        "Camera dei deputati\n\nVai al contenuto\n\nSezione di navigazione\n\n"
        "Menu di ausilio alla navigazione\n\nCerca nel sito\n\nMENU DI NAVIGAZIONE PRINCIPALE\n\n"
        "Vai all'elenco delle sedute >>\n\nXVI LEGISLATURA\n\nResoconto stenografico dell'Assemblea\n\n"
        "Seduta n. 459 di mercoledì 6 aprile 2011\n\nPRESIDENZA DEL VICEPRESIDENTE MARCO ROSSI\n\n"
        "La seduta comincia alle 9,35.\n\nPAOLO BIANCHI. Chiedo di parlare.\n\nPRESIDENTE. Ne ha facoltà.\n"
    )
    root, report = _convert(text)
    removed = [name for _, _, name in report.furniture]
    assert removed.count("web-menu") == 5
    assert "navigazione" not in _body(root) and "Cerca nel sito" not in _body(root)
    assert root.xpath("string(//t:setting/t:date/@when)", namespaces=NS) == "2011-04-06"
    assert speakers(etree.tostring(root)) == ["PAOLO BIANCHI.", "PRESIDENTE."]

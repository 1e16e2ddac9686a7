"""The hall's voice, the members' plural, a constituency's name and a portfolio after a comma
narrowed where the same shapes are other records' (invented samples; labels in turns.toml,
persons in ids.toml): the genitive "of" of a heading run into its text ("Point of Order. Madam
Chair, …") names no member by his place as "aus" does ("Simon aus Trier."); the hall's word
beside its noted chorus before cries with their capital is the members' voice still
("Депутаты: Поддерживаем … !"), before a sentence otherwise the speaker's address ("Депутаты:
прошу вас …", "Compañeros: La reunión …"); a hall's word in CAPITALS with a party is a member's
surname ("COMPAGNI (PD)."); a form of address before the office after a comma is the office
addressed, no portfolio ("Gentlemen, Mr. President")."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.names import office_after_comma


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _groups(root: object) -> list[str]:
    return texts(root, "//t:personGrp/t:name")  # type: ignore[arg-type]


def _paragraphs(root: object) -> list[str]:
    return texts(root, "//t:body//t:p")  # type: ignore[arg-type]


def test_a_heading_of_two_nouns_joined_by_of_stays_text() -> None:
    """Negative: "Minutes of Proceedings. The meeting …" and "Point of Order. Madam Chair, I
    rise …", minutes' headings run into their text, are no member named by his place."""
    root = tabled_tei("en-council-minutes-headings-of-run-in.txt")
    assert "Minutes of Proceedings." not in _speakers(root)
    assert "Point of Order." not in _speakers(root)
    assert any(p.startswith("Point of Order. Madam Chair, I rise") for p in _paragraphs(root))


def test_a_member_named_by_his_constituency_printed_once() -> None:
    """ "Simon aus Trier. Meine Herren, …", the excerpt's one printing, is his label."""
    root = tabled_tei("de-nationalversammlung-constituency-stop-once.txt")
    assert _speakers(root) == ["Präsident:", "Simon aus Trier.", "Präsident:"]
    assert any(p.startswith("Meine Herren, ich beantrage") for p in _paragraphs(root))


def test_an_untitled_name_of_a_place_after_of_gains_nothing() -> None:
    """Negative: "Vote of Thanks. Mr. Chairman, …", a heading run into a speech that salutes
    the chair, is no label; the English "of" names a member only after a title ("Mr. BROWN of
    Ohio:")."""
    root = text_tei(
        "Parish Council of Lower Brook\n\nThe Chairman: We come to the last item.\n\n"
        "Vote of Thanks. Mr. Chairman, ladies and gentlemen, "
        "I wish to thank the retiring clerk for her years of service.\n\n"
        "The Chairman: Thank you.\n\nMr. BROWN of Ohio: I second the motion.\n"
    )
    assert _speakers(root) == ["The Chairman:", "The Chairman:", "Mr. BROWN of Ohio:"]


def test_the_hall_word_with_a_capital_after_its_colon_is_the_members_voice() -> None:
    """ "Депутаты: Поддерживаем … !", a cry under the chair's question, is the members' voice
    beside "Депутаты (с мест):"; "Депутаты: прошу вас …" is the speaker's address."""
    root = tabled_tei("ru-sovet-deputies-voice-capital-beside-noted.txt")
    assert _speakers(root).count("Депутаты:") == 1
    assert "Депутаты" in _groups(root)
    assert any(p.startswith("Депутаты: прошу вас поддержать") for p in _paragraphs(root))
    assert not any(p.startswith("Поддерживаем") and "Депутаты" in p for p in _paragraphs(root))


def test_a_long_cry_of_the_hall_with_its_capital_stays_its_voice() -> None:
    """ "Товарищи: Да здравствует наша великая партия! Ура!" beside "Товарищи (хором):" is the
    hall's cries, a sentence of four words or more with its capital, each closed by its
    exclamation."""
    root = text_tei(
        "СТЕНОГРАММА\nсобрания рабочих механического цеха\n\nПредседатель. Слово имеет товарищ "
        "Гусев.\n\nГусев. Товарищи, мы выполнили квартальный план досрочно.\n\nТоварищи (хором): "
        "Ура!\n\nГусев. Предлагаю послать приветствие.\n\nТоварищи: Да здравствует наша великая "
        "партия! Ура!\n\nПредседатель. Собрание объявляю закрытым.\n"
    )
    assert _speakers(root).count("Товарищи:") == 1


def test_a_vocative_with_its_capital_beside_the_chorus_stays_speech() -> None:
    """Negative: "Compañeros: La reunión de hoy es …. Les pido calma." beside "Compañeros (a
    coro):" is the secretary's address, a capital after a salutation's colon as Spanish sets it,
    a statement, no cry."""
    root = text_tei(
        "Acta de la asamblea del sindicato\n\nSecretario general: Compañeros, ¿aprobamos la huelga "
        "del lunes?\n\nCompañeros (a coro): ¡Sí!\n\nSecretario general: Gracias.\n\nCompañeros: "
        "La reunión de hoy es muy importante para el futuro de la fábrica. Les pido calma.\n\n"
        "Delegada Ruiz: Pido la palabra.\n"
    )
    assert "Compañeros:" not in _speakers(root)
    assert "Compañeros (a coro):" in _speakers(root)


def test_a_surname_in_capitals_that_is_a_salutation_is_a_member() -> None:
    """ "COMPAGNI (PD).", a senator whose surname is the Italian "comrades", is a person with
    his party, no group; "Voci dal centro." stays the hall's."""
    root = tabled_tei("it-senato-surname-salutation-word.txt")
    assert _groups(root) == ["Voci dal centro"]
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:person[@xml:id='compagni']", namespaces=ns)


def test_the_hall_word_in_mixed_case_is_still_a_group() -> None:
    """Negative of the capitals: "Diputados:" as printed in mixed case is the hall, a group."""
    root = text_tei(
        "Diario de Sesiones\n\nLa señora PRESIDENTA: ¿Se aprueba el acta?\n\nDiputados: Sí.\n\n"
        "La señora PRESIDENTA: Queda aprobada.\n"
    )
    assert "Diputados" in _groups(root)


def test_a_form_of_address_before_an_office_is_no_portfolio() -> None:
    """ "Gentlemen, Mr. President" and "धन्यवाद, माननीय मंत्री" address the office after the
    comma; "Shri Ram Prasad, Agriculture Minister" stays the minister's portfolio."""
    config = default_config()
    assert office_after_comma("Gentlemen, Mr. President", config) is None
    assert office_after_comma("धन्यवाद, माननीय मंत्री", config) is None
    assert office_after_comma("Shri Ram Prasad, Agriculture Minister", config) == (
        "Shri Ram Prasad",
        "Agriculture Minister",
    )

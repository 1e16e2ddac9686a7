"""The twenty-seventh round's hunt in smaller European languages: a Latvian chair named after
the house's words, a Latvian host's office alone, the Eduskunta's minutes in the present tense."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_the_chair_is_the_name_after_the_office_not_the_houses_words() -> None:
    """``Sēdi vada Latvijas Republikas Augstākās padomes priekšsēdētājs Jānis Ozoliņš`` puts
    Jānis Ozoliņš in the chair: the house's capitalised words before its lower-case genitive
    name no one."""
    root = tabled_tei("lv-augstaka-padome-chair-house-words.txt")
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["janis-ozolins"]


def test_a_latvian_hosts_office_alone_is_a_label() -> None:
    """``Vadītāja.`` printed once opens the host's turn, her welcome no unlabelled paragraph."""
    root = tabled_tei("lv-radio-vaditaja-host.txt")
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("Sveicināti, cienījamie radioklausītāji!")


def test_the_secretary_reading_in_the_present_tense_is_the_secretary() -> None:
    """``Sihteeri lukee:`` is the secretary as ``Sihteeri luki:`` is, and the agenda's heading
    ``PÄIVÄJÄRJESTYKSEN ASIAT:`` no one's label."""
    root = tabled_tei("fi-taysistunto-sihteeri-lukee.txt")
    assert "paivajarjestyksen-asiat" not in root.xpath("//t:person/@xml:id", namespaces=NS)
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Äänestyksessä ovat ääniä saaneet")


def test_a_bulgarian_remark_from_the_hall_with_no_words_is_a_stage() -> None:
    """``(Реплики от „Възраждане“.)`` and ``(Реплика от народния представител Иван Колев.)`` are
    the hall's noise, no words of the member's speech."""
    root = tabled_tei("bg-sabranie-repliki-ot-member.txt")
    assert texts(root, "//t:stage[@type='noise']") == [
        "(Реплики от „Възраждане“.)",
        "(Реплика от народния представител Иван Колев.)",
    ]


def test_the_radas_registration_in_capitals_is_an_event() -> None:
    """``ЙДЕ РЕЄСТРАЦІЯ ДЕПУТАТІВ.`` is the sitting's event between the chair's words, no label."""
    root = tabled_tei("uk-rada-ide-reiestratsiia.txt")
    assert texts(root, "//t:stage") == ["ЙДЕ РЕЄСТРАЦІЯ ДЕПУТАТІВ."]


def test_a_label_cut_after_its_speech_number_and_forename_is_one_label() -> None:
    """``Anf. 42 Infrastrukturminister KARL-ERIK`` / ``BERGSTRÖM (M):`` is one label, its first
    line no heading, in a copy read one sentence a line."""
    root = tabled_tei("sv-riksdag-anf-label-wrapped-narrow.txt")
    assert not texts(root, "//t:head")


def test_maltas_honourable_members_are_a_group() -> None:
    """``(Onor. Membri: Iva)`` is the House's voice, a group, no person named Membri."""
    root = tabled_tei("mt-kamra-onor-membri-group.txt")
    assert root.xpath("//t:personGrp/@xml:id", namespaces=NS) == ["onor-membri"]
    assert not root.xpath("//t:person[@xml:id='onor-membri']", namespaces=NS)


def test_a_name_over_the_clock_its_line_break_cut_is_one_label() -> None:
    """``Ingrid Solheim (Sp)`` / ``[10:42:40 ]: President! …`` is one label printed once, its
    clock the label's time, the speech opening with ``President!``."""
    root = tabled_tei("no-storting-clock-wrapped.txt")
    assert texts(root, "//t:sp/t:speaker/t:time") == ["[10:42:40 ]", "[10:46:58 ]"]
    assert texts(root, "//t:sp[1]/t:p")[0].startswith("President! Fylkesveiene")


def test_a_trial_days_heading_before_a_dash_and_a_date_is_no_label() -> None:
    """``DVADESET TREĆI DAN - 14. mart 2006.g.`` heads the record, no turn whose speech is the
    date."""
    root = tabled_tei("sr-sudjenje-dan-crtica-datum.txt")
    assert texts(root, "//t:front//t:titlePart") == ["DVADESET TREĆI DAN - 14. mart 2006.g."]


def test_the_tribunals_p_and_o_are_question_and_answer() -> None:
    """``P:``/``O:`` (pitanje/odgovor) under counsel's label are his questions and the
    witness's answers, no persons P and O."""
    root = tabled_tei("hr-icty-p-o-pair.txt")
    people = root.xpath("//t:person/@xml:id", namespaces=NS)
    assert "p" not in people
    assert "o" not in people

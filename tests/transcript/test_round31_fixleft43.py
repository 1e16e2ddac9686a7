"""The blind batteries' leftovers: earnings calls, local assemblies and councils, each shape in
an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_title_line_with_the_first_label_under_it_gives_the_label_back() -> None:
    """ "Q2 2026 Earnings Call Transcript" / "Operator" with no blank line between, the speech in
    the next paragraph: the title is the first line alone and the operator's welcome is a turn."""
    root = tabled_tei("en-earnings-call-title-over-operator.txt")
    assert texts(root, "//t:titlePart") == ["Q2 2026 Earnings Call Transcript"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Good afternoon, and welcome to the Corvane Tools second quarter results call. "
        "Today's call is being recorded."
    ]


def test_an_earnings_call_s_roster_under_executives_and_analysts_is_front_matter() -> None:
    """ "Executives" / "Imogen Hartsell - Chief Executive Officer" / … / "Analysts" / "Arlo
    Penhaligon - Westmere Capital Co." over "Operator": the roster is the front's, no turns, and
    the first turn is the operator's."""
    root = tabled_tei("en-earnings-call-executives-analysts-roster.txt")
    front = texts(root, "//t:front//t:p")
    assert "Imogen Hartsell - Chief Executive Officer" in front
    assert "Arlo Penhaligon - Westmere Capital Co." in front
    assert texts(root, "//t:body//t:p")[0] == (
        "Good afternoon, and welcome to the Corvane Tools second quarter results call."
    )
    assert not root.xpath("//t:sp/t:p[.='Analysts']", namespaces=NS)


def test_a_member_by_the_seat_s_number_opens_a_turn_with_no_marker() -> None:
    """ "７番（村上由美）　町営バスの減便について伺います。…" between "議長（森田健一）　…" and
    "町長（石井　康介）　…", no marker before any: the seat's number and the name in its brackets
    are a label as the offices are, the question the member's own turn."""
    root = tabled_tei("ja-chogikai-seat-number-unmarked.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "町営バスの減便について伺います。高齢者の通院に支障が出ております。"
    ]
    assert texts(root, "//t:sp[1]/t:p") == ["これより一般質問を行います。７番、村上議員。"]


def test_a_shareholder_with_the_seat_s_number_in_brackets_opens_a_turn() -> None:
    """ "株主（出席番号８番）　配当を増やす予定はありますか。" under "議長（社長　川口誠）　…": the
    shareholder is a participant with no office, the seat's number in the brackets, and speaks."""
    root = tabled_tei("ja-kabunushi-participant-seat-number.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["配当を増やす予定はありますか。"]


def test_a_numbered_shareholder_after_a_word_without_case_opens_a_turn() -> None:
    """ "주주 3: 후보자의 경력을 …" and "주주 7: 원안에 찬성합니다." between "의장: …": the word and the
    participant's number are the label, each number another person."""
    root = tabled_tei("ko-juju-chonghoe-numbered-shareholder.txt")
    assert texts(root, "//t:sp[4]/t:p") == ["원안에 찬성합니다."]
    assert len(root.xpath("//t:person", namespaces=NS)) == 3


def test_a_double_surname_with_an_elided_office_after_the_party_is_one_label() -> None:
    """ "Sr. Pere Ferrer i Mas (PSC), tinent d'alcalde d'Habitatge: El projecte …": the articles
    elided into the office's words keep it the label's description, the double surname joined by
    "i" the name's, and the party the member's affiliation."""
    root = tabled_tei("ca-ple-double-surname-elided-office.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["El projecte ja té el finançament assegurat."]
    party = root.xpath("//t:person[@xml:id='sr-pere-ferrer-i-mas']/t:affiliation/text()", namespaces=NS)
    assert party == ["PSC"]


def test_a_minister_s_listed_portfolio_and_degree_after_the_name_is_one_label() -> None:
    """ "Bundesministerin für Frauen, Familie, Integration und Medien Theresa Wallner, BA: Sehr
    geehrte …": the ministry's areas parted by commas and the degree after the name's comma are
    the label's, the speech after the colon the minister's turn."""
    root = tabled_tei("de-at-bundesrat-portfolio-degree.txt")
    assert texts(root, "//t:sp[4]/t:p") == [
        "Sehr geehrte Frau Präsidentin! Die Mittel werden im Frühjahr ausgezahlt."
    ]


def test_an_igbo_representative_printed_once_is_an_office_s_label() -> None:
    """ "Onye nnọchianya Ifeoma Okafor: Daalụ, Onye isi ụlọ. …" between the speaker's "Onye isi
    ụlọ:": the representative's word in lower case is an office, no sentence's, and the member's
    words are a turn of their own."""
    root = tabled_tei("ig-ulo-omebe-iwu-representative.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Daalụ, Onye isi ụlọ. Ụlọ akwụkwọ Udi chọrọ nrụzi."]


def test_a_terminal_s_person_code_after_the_name_is_printed_with_the_label() -> None:
    """ "Priya Ransome {BIO 21937745 <GO>}" / "Thank you. …" and "A - Priya Ransome {BIO 21937745
    <GO>}": the code in braces is the person's on the terminal, printed with the label, and both
    lines are the one executive's turns."""
    root = tabled_tei("en-earnings-call-terminal-person-code.txt")
    assert texts(root, "(//t:sp)[5]/t:p") == ["Not yet, Caleb. We expect it to break even next quarter."]
    assert texts(root, "//t:head") == ["Questions And Answers"]


def test_a_wire_s_turn_counter_and_firm_after_the_name_s_comma_stay_the_label_s() -> None:
    """ "Tomas Ekwall,  Brantley Foods Corp. - CFO   [2]" between two rules: the counter in
    brackets is the wire's, printed with the label, no editor's supplied words; the firm and the
    role after the comma are the person's role, the firm's abbreviated stop no sentence's end."""
    root = tabled_tei("en-earnings-call-wire-turn-counter.txt")
    roles = root.xpath("//t:person[@xml:id='tomas-ekwall']/@role", namespaces=NS)
    assert roles == ["Brantley Foods Corp. – CFO"]
    assert not root.xpath("//t:supplied", namespaces=NS)
    assert texts(root, "(//t:sp)[5]/t:p") == ["About two points of it. The rest was volume."]


def test_the_chair_calling_the_next_member_by_name_is_the_chair_s_turn() -> None:
    """ "ගරු කථානායකතුමා" / "(…)" / "(The Hon. Speaker)" / "ගරු නිමල් සිල්වා මහතා." over the
    member's own trilingual label: the name with its stop is the Speaker's words calling the
    member, the Speaker's label a turn, no roll's last name."""
    root = tabled_tei("si-hansard-chair-calls-member.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["ගරු නිමල් සිල්වා මහතා."]
    assert texts(root, "//t:sp[2]/t:p") == ["ගරු කථානායකතුමනි, මාගේ ප්‍රශ්නය අංක 5 ඉදිරිපත් කරමි."]

"""East-Asian councils, Central Asian maslikhats and khurals, and Indian courts as their web copies
and typed excerpts print them: the note a Korean or Chinese council's copy sets under its last
turn ("참고:", "비고:", "附註：", "注："), a Mongolian or Kazakh council's decision and note under
the turns ("Шийдвэр:", "Шешім:", "Тайлбар:", "Ескерту:"), an Indian court's order in Hindi
("आदेश:"), the issues a court frames numbered after the word ("Issue No. 1 :", "Point No. 1:"),
a Kazakh department's head and the akim before the name ("… басқармасының басшысы X:", "Аудан
әкімі Y:") and the South Indian counsel's "SRI." with its stop before the initials. What only
looks so (a witness's "참고인", the plural "Басшылар" opening a sentence, a member numbered, a
country's name opening with "Sri") stays as it was. Each in an invented sample (names invented;
labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_korean_council_s_note_under_its_last_turn_is_no_label() -> None:
    """ "비고: …", "참고: 이 자료는 …": the copy's remarks and note under the chair's last turn, the
    minutes' own words, no speaker's."""
    root = tabled_tei("ko-gunuihoe-chamgo-bigo-note.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("참고: 이 자료는")


def test_a_korean_witness_is_still_a_label() -> None:
    """ "참고인 김철수:": a hearing's witness, the note's word opening the office, stays a label."""
    root = text_tei(
        "위원장 오세린: 참고인께서 말씀해 주십시오.\n\n참고인 김철수: 네, 말씀드리겠습니다.\n\n위원장 오세린: 감사합니다.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["위원장 오세린:", "참고인 김철수:", "위원장 오세린:"]


def test_a_chinese_council_s_note_under_its_last_turn_is_no_label() -> None:
    """ "附註：本速記錄未經發言人審閱", "注：…": a Taiwanese council's copy's notes under the chair's
    last turn, no speakers."""
    root = tabled_tei("zh-tw-xianyihui-fuzhu-note.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-2:] == [
        "附註：本速記錄未經發言人審閱，僅供參考。",
        "注：發言時間以議事組計時為準。",
    ]


def test_a_mongolian_council_s_decision_and_note_are_no_labels() -> None:
    """ "Шийдвэр: Төсвийн төслийг баталсан.", "Тайлбар: …": a sum's khural's decision and note
    under the chair's last turn, the minutes' own."""
    root = tabled_tei("mn-sum-hural-shiidver-decision.txt")
    assert "Шийдвэр: Төсвийн төслийг баталсан." in texts(root, "//t:p")


def test_a_kazakh_department_s_head_and_the_akim_are_offices() -> None:
    """ "Ауыл шаруашылығы бөлімінің басшысы Д.Нұрланова:", "Аудан әкімі Ж.Құдайбергенов:": the
    department's head and the district's akim before the initials, each printed once: labels;
    "Шешім:" and "Ескерту:" under the turns the minutes' decision and note."""
    root = tabled_tei("kk-aimaq-maslikhat-basshysy-akim.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1] == "Ескерту: Стенограмма қысқартылып берілді."


def test_the_kazakh_plural_of_heads_opens_a_sentence() -> None:
    """ "Басшылар жиналысы шешті: …": the heads' meeting decided, a sentence with a colon, no
    office: the head's word an office only whole."""
    root = text_tei(
        "Сессия төрағасы Қ.Бекболатов: Сессияны ашамын.\n\n"
        "Басшылар жиналысы шешті: жұмысты жалғастыру керек.\n\n"
        "Депутат С.Әлімжанов: Келісемін.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Сессия төрағасы Қ.Бекболатов:", "Депутат С.Әлімжанов:"]


def test_an_indian_court_s_issues_and_counsel_s_sri() -> None:
    """ "Issue No. 1 : Whether …", "Point No. 1: Whether …": the issues and the point the court
    framed, numbered after the word, no speakers; "SRI. M. VENUGOPAL (Counsel for Appellant) :":
    the form of address's stop ends no sentence, the label whole."""
    root = tabled_tei("en-in-hc-issue-no-point-no.txt")
    assert texts(root, "//t:sp[2]/t:p")[1] == "Issue No. 1 : Whether the plaintiff proves the oral partition?"


def test_a_member_numbered_is_still_a_label() -> None:
    """ "Member No. 12:": a member the record numbers, no item's word before the number: a label."""
    root = text_tei("THE COURT : Proceed.\n\nMember No. 12: I object to the listing.\n\nTHE COURT : Noted.\n")
    assert texts(root, "//t:sp/t:speaker") == ["THE COURT :", "Member No. 12:", "THE COURT :"]


def test_a_country_opening_with_sri_is_still_a_delegation() -> None:
    """ "SRI LANKA:": "Sri" without its stop, a country's name, the delegation's label as before."""
    root = text_tei(
        "SRI LANKA: We thank the Chair.\n\nTHE PRESIDENT: I thank the representative.\n\nSRI. K. RAO: Sir, I object.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["SRI LANKA:", "THE PRESIDENT:", "SRI. K. RAO:"]


def test_an_indian_court_s_order_in_hindi_is_no_label() -> None:
    """ "आदेश: प्रकरण … नियत किया जाता है।": the court's order under the hearing, the record's entry,
    no turn; the court's turn that speaks of its order stays the court's."""
    tabled_tei("hi-satra-nyayalaya-aadesh.txt")
    root = text_tei(
        "न्यायालय: आदेश पारित किया गया।\n\nलोक अभियोजक: जी श्रीमान।\n\nन्यायालय: आदेश की प्रति दी जाए।\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["न्यायालय:", "लोक अभियोजक:", "न्यायालय:"]


def test_a_sesotho_chief_s_decision_is_no_label() -> None:
    """ "Qeto: Morena o tla etela …": the pitso's decision under the chief's council's turns, the
    minutes' own, as "Azimio:" is in Swahili."""
    root = tabled_tei("st-pitso-morena-qeto-decision.txt")
    assert texts(root, "//t:sp[last()]/t:p")[-1].startswith("Qeto: Morena o tla etela")


def test_a_chief_s_turn_opening_with_the_decision_s_word_stays_his() -> None:
    """ "Morena Mokhehle: Qeto ea rona ke …": the chief speaking of the decision, his label kept."""
    root = text_tei(
        "Morena Mokhehle: Qeto ea rona ke hore re tsamaee.\n\nMongoli: Ho ngotsoe.\n\nMorena Mokhehle: Kea leboha.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Morena Mokhehle:", "Mongoli:", "Morena Mokhehle:"]

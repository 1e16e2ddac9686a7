"""The twenty-seventh round's samples laid out again: a copy hard-wrapped with no blank lines,
whose label opens a line that had been read as a wrapped sentence's."""

from __future__ import annotations

from label_samples import tabled_tei, texts, turn_ids


def test_a_surname_with_initials_and_a_dash_opens_a_line_under_a_sentences_end() -> None:
    """ "… Слово надається Олені Коваленко." / "Коваленко О.М. – Дякую. …" and "… не виділено." /
    "Бондар В.П. – Кошти …" with no blank line: each member's label opens a turn, its initials
    no hindrance."""
    tei = tabled_tei("uk-miskrada-initials-dash-wrapped.txt")
    assert turn_ids(tei) == ["golovuyuchii", "kovalenko-o-m", "bondar-v-p", "golovuyuchii"]
    assert texts(tei, "(//t:sp)[1]/t:p") == [
        "Шановні депутати! Переходимо до питання про ремонт шкільних дахів. Слово надається Олені Коваленко."
    ]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Кошти передбачено в бюджеті на травень."]


def test_an_office_and_its_dash_open_a_line_in_a_script_without_case() -> None:
    """ "… تشکیل شد" / "رئیس ـ با حضور …" / "منشی ـ گزارش …" with no stop and no blank line: the
    chair's and the secretary's offices open their turns, the narration above no speech."""
    tei = tabled_tei("fa-majlis-unstopped-wrapped.txt")
    assert turn_ids(tei) == ["کامران-صدری", "منشی"]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["با حضور 201 نفر جلسه رسمی است . گزارش کمیسیون خوانده شود"]

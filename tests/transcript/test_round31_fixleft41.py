"""The blind batteries' leftovers: records copied from a PDF with the page's running head, its
fields far apart, over hard-wrapped turns, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_member_s_description_wrapped_under_a_running_head_stays_the_label_s() -> None:
    """ "Государственная Дума        Стенограмма заседания" over the turns, then "Сомова И. В.,
    заместитель министра транспорта Российской" / "Федерации. Уважаемые коллеги! …": the running
    head sets no wrap's width, so the wrapped lines are one paragraph each, and the surname with
    its initials under a sentence's end opens a turn whose description runs onto the next line."""
    root = tabled_tei("ru-duma-pdf-head-label-wrapped.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Слово предоставляется Глебу Аркадьевичу Лужину."]
    assert texts(root, "//t:sp[4]/t:p") == ["Уважаемые коллеги! Программа уже утверждена."]
    roles = root.xpath("//t:person[@xml:id='somova-i-v']/@role", namespaces=NS)
    assert roles == ["заместитель министра транспорта Российской Федерации"]


def test_a_speech_wrapped_under_a_label_alone_is_one_paragraph_with_no_page_break() -> None:
    """ "Tweede Kamer          Visserijbeleid          9 oktober 2025 …" over the turns, then
    "De heer Van Rossum (SP):" / "Voorzitter. De vissers … op een" / "regeling.": the wrapped
    sentence is one paragraph, no page break joins it, and the speech's "Voorzitter." is no
    label."""
    root = tabled_tei("nl-tk-pdf-head-label-alone.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Voorzitter. De vissers in Urk wachten al maanden op een regeling."
    ]
    assert not root.xpath("//t:milestone", namespaces=NS)

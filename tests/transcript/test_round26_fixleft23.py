"""Short wrapped excerpts and international shapes the twenty-sixth round's hunts left: each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_short_excerpt_hard_wrapped_is_one_paragraph_a_turn() -> None:
    """A PDF's copy of five lines of unlike length: a line that ends no sentence goes on in the next that
    opens no label, before a capital too; the speech is one paragraph, not one a line."""
    root = tabled_tei("en-un-pdf-short-wrapped.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "I now give the floor to the representative of the Republic of Moldova."
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["I thank the Special Envoy for her briefing."]


def test_a_language_code_after_a_labels_dash_is_printed_with_the_label() -> None:
    """The European Parliament's "X (Verts/ALE). – (DA) Hr. formand!": the code in brackets notes the
    language spoken, printed with the label; the speech opens with the salutation."""
    root = tabled_tei("de-europarl-spoken-code.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["Lasse Øberg (Verts/ALE). – (DA)"]
    assert texts(root, "//t:sp/t:p") == [
        "Herr Präsident! Wir stimmen dem Bericht zu.",
        "Hr. formand! Jeg takker ordføreren for hendes arbejde.",
        "Vielen Dank.",
    ]
    assert texts(root, "//t:person[2]/t:affiliation") == ["Verts/ALE"]


def test_a_korean_witnesss_name_after_the_bracket_of_his_company_is_the_labels() -> None:
    """A Korean hearing's "○증인(주식회사 … 상무이사) 오세진  지난 3월에 …": the label runs to the name
    before the gap; the bracket is the witness's company and post, the speech opens after the name."""
    root = tabled_tei("ko-gukjeong-witness-company-before-name.txt")
    assert texts(root, "//t:sp[3]/t:speaker") == ["○증인(주식회사 푸른물산 상무이사) 오세진"]
    assert texts(root, "//t:sp[3]/t:p") == ["지난 3월에 보고를 받았습니다."]
    assert root.xpath("//t:person[3]/@role", namespaces=NS) == ["주식회사 푸른물산 상무이사"]


def test_a_hearings_host_is_the_person_her_bracket_names() -> None:
    """A Russian public hearing's "Ведущая (Орлова Е.В.):": the host's word is an office, the bracket its
    holder; the person is Орлова, the office her role."""
    root = tabled_tei("ru-slushaniya-vedushchii-name-in-brackets.txt")
    assert root.xpath("//t:sp[1]/@who", namespaces=NS) == ["#orlova-e-v"]
    assert root.xpath("//t:person[1]/@role", namespaces=NS) == ["Ведущая"]

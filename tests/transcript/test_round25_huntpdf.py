"""Records as a PDF tool extracts their text, met in the twenty-fifth round's hunt (samples in
tests/data/labels/, written in the shapes the extracted text prints, names invented)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_an_address_and_its_clause_opening_a_wrapped_line_is_no_label() -> None:
    tei = tabled_tei("de-landtag-pdf-address-clause.txt")
    speech = " ".join(texts(tei, "//t:sp[2]/t:p"))
    assert "Herr Wendler, eines ist doch klar: Wo der Markt versagt," in speech
    assert "Liebe Frau Seidel, ich sage auch deutlich: Ohne neue Wohnungen" in speech
    assert texts(tei, "//t:sp[2]//t:stage") == [
        "(Beifall bei der SPD)",
        "(Beifall bei der SPD – Zuruf des Abgeordneten Tobias Wendler (CSU))",
        "(Beifall bei der SPD)",
    ]


def test_a_justified_lines_spaced_ideographs_before_the_colon_are_a_label() -> None:
    tei = tabled_tei("zh-hk-council-pdf-spaced-labels.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "主 席 ， 政 府 去 年 推 出 的 職 業 培 訓 計 劃 有 多 少 人 參 加 ？ 當 局 會 否 公 布 各 區 的 數 字 ？"
    ]
    assert texts(tei, "//t:person[@xml:id='何志明議員']/t:persName[@type='label']") == [
        "何志明議員",
        "何 志 明 議 員",
    ]


def test_a_lists_lead_in_ending_on_its_verb_of_including_is_no_label() -> None:
    tei = tabled_tei("zh-hk-council-pdf-list-lead-in.txt")
    assert texts(tei, "//t:sp[3]/t:p")[-1] == "其他行業包括：物流、清潔、保安及飲食業，合共提供約五千個職位。"


def test_a_wrapped_line_opening_with_a_phrase_of_topic_and_its_colon_is_no_label() -> None:
    tei = tabled_tei("de-landtag-pdf-phrase-lines.txt")
    speech = " ".join(texts(tei, "//t:sp[2]/t:p"))
    assert "Im Bildungsbereich: Digitalisierung." in speech
    assert "Zu den Aufgabenerweiterungen: Ich möchte schon" in speech
    assert "Meine Bitte: Legen Sie uns einen Plan vor, der trägt." in speech


def test_a_parliaments_running_head_and_page_on_lines_of_their_own_are_furniture() -> None:
    tei = tabled_tei("de-landtag-pdf-page-heads.txt")
    speech = texts(tei, "//t:sp[2]/t:p")
    assert speech[0].endswith(
        "in diesem Jahr ausgezahlt werden und dass die Gemeinden endlich planen können. (Beifall bei der FDP)"
    )
    assert not [p for p in speech if "Wahlperiode" in p or "Plenarprotokoll" in p or "13517" in p]
    assert texts(tei, "//t:list[@type='furniture']/t:item") == [
        "Plenarprotokoll 19/45 v. 12.03.2026",
        "Landtag von Musterland – 19. Wahlperiode",
        "13517",
    ]


def test_an_office_over_its_holders_name_and_colon_is_one_label() -> None:
    tei = tabled_tei("pl-sejm-pdf-office-over-name.txt")
    assert texts(tei, "//t:sp[2]/t:p") == [
        "Szanowni Państwo! Informuję, że dziś odbędzie się posiedzenie Komisji Finansów Publicznych – godz. 12."
    ]
    assert texts(tei, "//t:sp[6]/t:p") == ["Panie Marszałku! Wysoka Izbo! Odpowiem krótko na pytania posłów."]
    assert not tei.xpath("//t:head", namespaces=NS)


def test_a_running_head_over_a_page_that_goes_on_mid_sentence_is_furniture() -> None:
    tei = tabled_tei("de-landtag-pdf-page-top-mid-sentence.txt")
    assert texts(tei, "//t:list[@type='furniture']/t:item") == [
        "13518",
        "Landtag von Musterland – 19. Wahlperiode",
        "Plenarprotokoll 19/45 v. 12.03.2026",
    ]
    assert not tei.xpath("//t:front", namespaces=NS)
    assert tei.xpath("//t:setting/t:date/@when", namespaces=NS) == ["2026-03-12"]


def test_a_list_item_lettered_c_is_no_copyright_line() -> None:
    tei = tabled_tei("en-ke-assembly-pdf-lettered-items.txt")
    assert "(c) Consideration of a petition regarding pollution of River Tana;" in texts(tei, "//t:sp[2]/t:p")
    assert not tei.xpath("//t:list[@type='furniture']", namespaces=NS)

"""Records of Asia, Africa, the Middle East and Oceania from the round's blind battery: Turkic
offices printed after the body they belong to, initials glued to a surname before a dash, and a
Malay form of address abbreviated inside a label in CAPITALS, each in an invented sample (names
invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_an_azerbaijani_office_after_its_body_is_a_label_printed_once() -> None:
    """ "Bələdiyyə üzvü Elçin Quliyev: …" and "Abadlıq şöbəsinin müdiri: …", each printed once
    beside the chair's "Sədr:": the member and the department's head speak in turns of their
    own, not inside the chair's."""
    root = tabled_tei("az-belediyye-office-after-body-colon.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "İclası açıq elan edirəm. Gündəlikdə yolların təmiri haqqında məsələ var."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Podratçı ilə müqavilə bağlanıb, işlər aprel ayında başlayacaq."]


def test_an_uzbek_office_closing_its_portfolio_before_a_dash_is_a_label() -> None:
    """ "Sog‘liqni saqlash boshqarmasi boshlig‘i o‘rinbosari – …" and "D.Yusupova, O‘zLiDeP
    fraksiyasi a’zosi – …": the office word last, its department's words in lower case before
    it, each a turn of its own beside the chair's "Raislik qiluvchi –"."""
    root = tabled_tei("uz-kengash-office-after-portfolio-dash.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Tuman kasalxonalarida dori-darmon yetishmayapti."]
    assert texts(root, "//t:sp[3]/t:p") == ["Ikkinchi chorakda yangi xaridlar o‘tkaziladi."]


def test_a_mongolian_initial_and_surname_before_a_dash_open_turns_inside_a_block() -> None:
    """ "Д.Оюунчимэг - Сумдын …" / "ирсэн хүсэлт …" / "Т.Энхбаяр - Санхүүгийн …": no blank line
    parts the turns, so the lines that open with an initial glued to a surname and a dash are
    labels inside the block, the wrapped line the speech's."""
    root = tabled_tei("mn-khural-initial-surname-dash.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Сумдын сургуулийн засварын зардал хангалтгүй байна. Гурван сумаас ирсэн хүсэлт шийдэгдээгүй"
        " хэвээр байна."
    ]
    assert len(texts(root, "//t:sp/t:p")) == 4


def test_a_malay_councillor_s_abbreviated_form_of_address_keeps_his_label_whole() -> None:
    """ "AHLI MAJLIS EN. HAFIZUL BIN OTHMAN: …": the stop of "EN." (Encik) ends no label, so the
    office and the form of address are the councillor's label, not words of the chair's speech."""
    root = tabled_tei("ms-majlis-perbandaran-ahli-majlis-en.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Ahli-ahli Majlis, kita teruskan dengan laporan jawatankuasa kewangan."
    ]
    assert texts(root, "//t:sp[2]/t:p") == ["Yang Dipertua, lampu jalan di Kampung Tebak masih rosak."]


def test_a_korean_court_s_offices_spaced_out_before_their_colon_are_labels() -> None:
    """ "재 판 장 : 피고인은 …" / "피 고 인 : …" / "변 호 인 : …": a form's column spaces the
    offices' letters out, so the judge, the accused and counsel each speak in turns of their own,
    no letters of a heading."""
    root = tabled_tei("ko-court-gongpan-spaced-office-colon.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["피고인은 공소사실을 인정합니까."]
    assert texts(root, "//t:sp[4]/t:p") == ["피고인은 인출한 돈의 절반을 이미 회사에 돌려주었습니다."]


def test_a_hong_kong_district_officer_printed_once_opens_a_turn_inside_the_block() -> None:
    """ "…我希望部門可以交代工程時間表。" / "民政事務專員：多謝議員提問。…": the officer's label
    under the member's speech wrapped over two lines opens his turn, not words of hers."""
    root = tabled_tei("zh-hk-district-council-officer-zhuanyuan.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].endswith("我希望部門可以交代工程時間表。")
    assert texts(root, "//t:sp[3]/t:p") == [
        "多謝議員提問。房屋署已經確認工程會喺明年一月開始，我哋會繼續跟進。"
    ]

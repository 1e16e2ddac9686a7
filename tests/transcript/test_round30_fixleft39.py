"""Shapes the thirtieth round left: a minister's office with no article over the holder's name,
a Vietnamese comrade's office with its body and no name."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_office_with_its_portfolio_and_no_article_over_its_holder() -> None:
    """ "Minister for Finance" / "Aoife Quinlan" / "I move the resolution. …": the office and its
    holder one label, the holder the person, the office its role; the speech below whole."""
    tei = tabled_tei("en-ie-dail-web-minister-no-article.txt")
    assert texts(tei, "//t:person[@xml:id='aoife-quinlan']/t:persName[1]") == ["Aoife Quinlan"]
    assert texts(tei, "(//t:sp)[2]/t:p") == [
        "I move the resolution. The rate will rise by one cent from midnight."
    ]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["The Deputy is mistaken about the rural figures."]
    assert texts(tei, "//t:person[@xml:id='deputy-padraig-nolan']/t:affiliation") == ["Labour Party"]


def test_an_address_before_a_name_stays_a_name_with_no_article() -> None:
    """ "Deputy Mary Lou Harte" / "Rents have gone up again.": no particle after the first word,
    so no office over a holder; the whole the person."""
    tei = text_tei(
        "An Ceann Comhairle\n\nI call Deputy Harte.\n\nDeputy Mary Lou Harte\n\nRents have gone up again.\n\n"
        "An Ceann Comhairle\n\nWe must move on.\n"
    )
    assert texts(tei, "//t:person[@xml:id='deputy-mary-lou-harte']/t:persName[1]") == [
        "Deputy Mary Lou Harte"
    ]
    assert not tei.xpath("//t:person[@xml:id='mary-lou-harte']", namespaces=NS)


def test_a_vietnamese_comrade_labelled_by_the_office_alone() -> None:
    """ "Đồng chí Bí thư Tỉnh ủy: Thưa các đồng chí, …", "Đồng chí Chủ tịch Ủy ban nhân dân tỉnh:
    Tôi xin báo cáo …", each printed once: labels, though the speech says "tỉnh" in lower case."""
    tei = tabled_tei("vi-tinh-uy-office-after-comrade.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Thưa các đồng chí, hôm nay")
    assert texts(tei, "(//t:sp)[2]/t:p")[0].startswith("Tôi xin báo cáo")
    assert not tei.xpath("//t:body/t:div/t:p", namespaces=NS)


def test_a_name_a_dash_and_a_role_with_no_form_of_address() -> None:
    """ "Jane Moss — Shareholder: Why has the dividend been cut …?", "Peter Lang — Finance
    Director: The board …": one label each up to the colon, the role the person's."""
    tei = tabled_tei("en-agm-name-dash-role.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Why has the dividend been cut for the second year running?"]
    assert tei.xpath("string(//t:person[@xml:id='peter-lang']/@role)", namespaces=NS) == "Finance Director"


def test_an_items_heading_after_a_dash_is_no_role() -> None:
    """ "Mill Lane – Footpath Repairs: The clerk reported …": an item's subject, no participant's
    role nor office after the dash; no label of that shape."""
    tei = text_tei(
        "Chair: Good evening.\n\nMill Lane – Footpath Repairs: The clerk reported that the work was done.\n\n"
        "Chair: Thank you.\n"
    )
    assert "Mill Lane – Footpath Repairs:" not in texts(tei, "//t:speaker")


def test_a_union_and_a_role_in_two_comma_clauses() -> None:
    """ "Kollegin Eva Roth, ver.di, Delegierte aus Hamburg: Liebe Kolleginnen …", each printed
    once: labels; the union the delegate's affiliation, the role hers."""
    tei = tabled_tei("de-gewerkschaftstag-komma-gruppe.txt")
    assert texts(tei, "//t:person[@xml:id='kollegin-eva-roth']/t:affiliation") == ["ver.di"]
    assert texts(tei, "//t:person[@xml:id='kollege-jonas-maier']/t:affiliation") == ["IG Metall"]
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Liebe Kolleginnen und Kollegen")


def test_a_verb_after_two_comma_clauses_is_no_role() -> None:
    """ "Kollege Maier, IG Metall, sagte: …": the clause after the group is a verb of saying in
    lower case, no role; no label of two clauses."""
    tei = text_tei("Kollege Maier, IG Metall, sagte: Ich unterstütze den Antrag.\n")
    assert "IG Metall" not in texts(tei, "//t:affiliation")


def test_a_councils_name_in_capitals_over_minutes_is_the_title() -> None:
    """ "LITTLE HOLBROOK PARISH COUNCIL" / "Minutes of the meeting …" / "The Chair welcomed …":
    the council's name is the title, no speaker; the narration stays paragraphs."""
    tei = tabled_tei("en-parish-council-minutes-no-turns.txt")
    assert texts(tei, "//t:titleStmt/t:title") == ["LITTLE HOLBROOK PARISH COUNCIL"]
    assert len(tei.xpath("//t:body//t:p", namespaces=NS)) == 4


def test_a_misspelt_counsel_in_capitals_stays_a_label() -> None:
    """ "DEFENSE COUNCIL: Objection.": two words, a court's counsel misspelt, no council's name."""
    tei = text_tei("THE COURT: Proceed.\n\nDEFENSE COUNCIL: Objection.\n\nTHE COURT: Overruled.\n")
    assert "DEFENSE COUNCIL:" in texts(tei, "//t:speaker")

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

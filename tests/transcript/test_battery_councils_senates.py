"""Short excerpts of parliaments, councils, university senates and congresses in the smaller
languages of Europe (2–5 turns, most labels printed once; samples in tests/data/labels/, the
names invented): a member named surname first with the office after a second comma and a
colon; a university's and a council's officers, a synod's and a congress's printed once; a
degree's abbreviation in lower case opening a label; the language of a short exchange; a web
copy's member alone, surname first; a member's initial and party alone with the stop in a
wrapped block; an office of two compounds sharing a hyphen."""

from __future__ import annotations

import pytest

from label_samples import NS, tabled_tei, text_tei, texts


@pytest.mark.parametrize(
    ("sample", "once"),
    [
        ("sk-akademicky-senat-rektor.txt", "prorektorka-pre-vzdelavanie"),
        ("eu-gobernu-kontseilua-errektorea.txt", "irakaslea-zubiaurre"),
        ("cy-cyngor-aelod-cabinet.txt", "yr-aelod-cabinet-dros-amgylchedd"),
        ("sl-skofovska-konferenca-tajnik.txt", "tajnik"),
        ("sr-kongres-sindikata-delegat.txt", "delegat-iz-nisa-dragan-ilic"),
        ("sr-sud-zamenik-tuzioca.txt", "zamenik-javnog-tuzhiotsa"),
        ("sk-obec-hlavny-kontrolor.txt", "hlavny-kontrolor"),
    ],
)
def test_an_officer_or_a_delegate_printed_once_is_a_label(sample: str, once: str) -> None:
    # the labels and persons turns.toml and ids.toml give; the officer's turn is its own
    tei = tabled_tei(sample)
    assert tei.xpath(f"count(//t:sp[@who='#{once}'])", namespaces=NS) == 1


def test_a_degree_s_abbreviation_in_lower_case_before_a_name_opens_a_label() -> None:
    # the labels and persons turns.toml and ids.toml give
    tei = tabled_tei("sk-akademicky-senat-tituly.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Ďakujem. Mám otázku k rozdeleniu dotácie medzi katedry."]
    # a caption's name in lower case stays no label of its own
    assert texts(text_tei("mr. halberg: we moved two positions.\n"), "//t:sp/t:speaker") == []


@pytest.mark.parametrize(
    ("sample", "lang"),
    [("et-riigikogu-infotund-keel.txt", "et"), ("hr-sud-svjedokinja-jezik.txt", "hr")],
)
def test_a_short_exchange_of_salutations_or_short_answers_is_in_its_language(sample: str, lang: str) -> None:
    # the labels and persons turns.toml and ids.toml give
    assert tabled_tei(sample).xpath("/*/@xml:lang", namespaces=NS) == [lang]


def test_a_member_alone_surname_first_with_the_party_and_the_chair_s_office_alone_are_labels() -> None:
    # the labels and persons turns.toml and ids.toml give; the site's search word is no title
    tei = tabled_tei("hr-sabor-web-surname-first.txt")
    assert tei.xpath("string(//t:person[@xml:id='jandric-marko']/t:affiliation)", namespaces=NS) == "HDZ"
    assert texts(tei, "//t:front//t:titlePart") == []


def test_a_member_s_initial_and_party_alone_with_the_stop_inside_a_wrapped_block_opens_a_turn() -> None:
    # the labels and persons turns.toml and ids.toml give; the speech is the lines below
    tei = tabled_tei("lv-saeima-label-alone-stop.txt")
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Paldies. Es aicinu balsot pret."]


@pytest.mark.parametrize(
    ("sample", "holder", "office"),
    [
        # a surname, a forename and the office after commas before a colon
        ("sk-nrsr-surname-office-colon.txt", "hruba-zuzana", "poslankyňa NR SR"),
        # an office of two compounds sharing a hyphen
        ("da-folketing-suspended-hyphen.txt", "mette-holm", "Udlændinge- og integrationsministeren"),
        ("is-althingi-suspended-hyphen.txt", "thorunn-sveinsdottir", "Fjármála- og efnahagsráðherra"),
    ],
)
def test_a_label_s_office_is_its_holder_s_role(sample: str, holder: str, office: str) -> None:
    # the labels and persons turns.toml and ids.toml give; the office is one label's role
    tei = tabled_tei(sample)
    assert tei.xpath(f"string(//t:person[@xml:id='{holder}']/@role)", namespaces=NS) == office

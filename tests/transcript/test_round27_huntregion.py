"""The twenty-seventh round's hunt in regional and state legislatures and their committees:
the label shapes their records print that the converter read wrongly."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_members_role_after_her_party_and_a_dash_is_the_labels() -> None:
    """``M. Luc Favre (PLR) — Rapporteur-trice`` alone on its line: the role after the dash is
    the label's, the party in brackets the member's, no paragraph of the speech."""
    root = tabled_tei("ch-grandconseil-web-party-dash-role.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "La commission s'est réunie deux fois pour étudier le postulat. Elle vous recommande, "
        "à l'unanimité, de le prendre en considération."
    ]
    assert texts(root, "//t:person[@xml:id='m-luc-favre']/t:affiliation") == ["PLR"]
    assert root.xpath("//t:person[@xml:id='m-luc-favre']/@role", namespaces=NS) == ["Rapporteur-trice"]


def test_the_chairs_request_for_a_moment_is_no_members_label() -> None:
    """``Frau Lorenz, einen kleinen Moment. - …`` under the chair's label alone on its line is
    the chair's speech: the request after the comma is a sentence, no description."""
    root = tabled_tei("de-landtag-web-chair-asks-a-moment.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Frau Lorenz, einen kleinen Moment. - Meine Damen")


def test_a_voice_whose_name_holds_a_particle_is_the_member() -> None:
    """``Eva von Rath, DIE LINKE:`` and ``Zuruf von Dr. Karl van der Meer, SPD:`` are members'
    voices, the party after the comma their affiliation, ``der`` after ``van`` the name's."""
    root = tabled_tei("de-landtag-zuruf-name-particle.txt")
    voices = root.xpath("//t:said/@who", namespaces=NS)
    assert voices == ["#eva-von-rath", "#dr-karl-van-der-meer"]
    assert texts(root, "//t:person[@xml:id='eva-von-rath']/t:affiliation") == ["DIE LINKE"]


def test_a_speakers_card_under_a_lists_dash_is_a_label() -> None:
    """``- Maria Delgado`` over ``Legislator`` over the speech: the dash is the list's, the name
    and the kind of speaker a card, the kind her role."""
    root = tabled_tei("us-ca-committee-web-bulleted-cards.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Karen Liu with the California Association of Realtors, in support."
    ]
    assert root.xpath("//t:person[@xml:id='karen-liu']/@role", namespaces=NS) == ["Person"]


def test_an_article_cut_from_the_chairs_office_is_the_labels() -> None:
    """``Le`` / ``Président : M. le ministre.``: the article a copy breaking its lines anywhere
    left alone is the label's, no heading nor words of the member's speech above."""
    root = tabled_tei("fr-ca-assnat-web-article-cut.txt")
    assert texts(root, "//t:head") == []
    assert texts(root, "//t:sp[3]/t:p") == ["M. le ministre."]


def test_a_members_degrees_after_the_comma_are_no_party_nor_voice() -> None:
    """``(Abg Mag Klaus Hofer, MAIS: …)`` and ``(Abg Lisa Berger, MA, MLS: …)``: the degrees are
    the name's, the voices the members, the first the person of the label with his party."""
    root = tabled_tei("de-at-landtag-wien-degree-no-stops.txt")
    voices = root.xpath("//t:said/@who", namespaces=NS)
    assert voices == ["#abg-mag-klaus-hofer-mais", "#abg-lisa-berger-ma-mls"]
    assert texts(root, "//t:person[@xml:id='abg-mag-klaus-hofer-mais']/t:affiliation") == ["ÖVP"]


def test_a_pages_link_to_the_debates_video_is_furniture() -> None:
    """``Visionner le débat de ce point à l'ordre du jour`` right above the first label is the
    page's link, no words joined to the label below it."""
    root = tabled_tei("ch-grandconseil-web-video-link-over-label.txt")
    assert not [text for text in texts(root, "//t:body//t:p") if text.startswith("Visionner")]


def test_a_party_in_capitals_after_the_name_is_the_members() -> None:
    """``Abg. Stefan Kessler SPD:``: the party after the name with no bracket is his
    affiliation, no word of his name."""
    root = tabled_tei("de-landtag-party-after-name-no-brackets.txt")
    assert texts(root, "//t:person[@xml:id='abg-stefan-kessler']/t:affiliation") == ["SPD"]

"""Round 50 (fix50a): an office before a comma and its holder after the record language's letters
of address; a web page's share button with its colon; a delegation's 'on behalf of' beside speech
that opens with the same words."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, turn_ids, turn_paragraphs, turn_speakers


def test_holder_after_letter_title_names_the_person() -> None:
    """`PRESIDENTA, H.S. MARÍA JOSÉ OSORIO LEMUS:`: the office before the comma, the holder after
    it with the Colombian honorable senator's letters (`letter_titles` es), as `DIP.` and `LIC.`
    are: the holder gives the id, so the president and the vice-president holding the same letters
    are two persons named by their names; a sentence with the letters after a time's comma
    (`En la sesión anterior, H.S. Molina nos recordó lo siguiente:`) stays speech."""
    tei = tabled_tei("es-congreso-oficio-coma-letras.txt")
    assert turn_ids(tei)[0] == "h-s-maria-jose-osorio-lemus"
    assert any(p.startswith("En la sesión anterior, H.S. Molina") for p in turn_paragraphs(tei))


def test_holder_after_don_gives_the_id() -> None:
    """`El Sr. Portavoz del Grupo Socialista, D. Ernesto Calvo:`: the Spanish "D." (Don) is one of
    `letter_titles` es, so the spokesman's holder gives the id as "Dña. Pilar Ortiz" does after a
    councillor's office, no more the whole office in it."""
    tei = tabled_tei("es-pleno-acuerdo-ordinales.txt")
    assert turn_ids(tei)[1] == "d-ernesto-calvo"


def test_letters_of_another_language_stay_an_office() -> None:
    """Letters of address count in their own language only: in an English record `H.S.` is no
    form of address (`letter_titles` has no en), so the label's id keeps its office."""
    tei = text_tei(
        "CHAIRMAN, H.S. ROBERT GRANT: The meeting will come to order.\n\n"
        "MEMBER HOLT: Thank you, Mr. Chairman.\n\n"
        "CHAIRMAN, H.S. ROBERT GRANT: The first item is the budget.\n"
    )
    assert turn_ids(tei)[0] != "h-s-robert-grant"


def test_share_button_with_colon_is_furniture() -> None:
    """`Share:` and `Tweet:` alone on their line are a web page's buttons a copy of a speech kept
    (web-speech-buttons), no label and no speech: kept in the furniture note; `Share: forty
    percent of the cost …` is the senator's sentence and stays in his turn."""
    tei = tabled_tei("en-hearing-share-colon.txt")
    paragraphs = turn_paragraphs(tei)
    assert "Share:" not in paragraphs and "Tweet:" not in paragraphs
    assert any(p.startswith("Share: forty percent") for p in paragraphs)
    furniture = tei.xpath("//t:list[@type='furniture']/t:item/text()", namespaces=NS)
    assert "Share:" in furniture and "Tweet:" in furniture


def test_on_behalf_of_speech_is_no_delegation() -> None:
    """`Mr. Jan Novak (Czechia), on behalf of the European Union:` is the delegate's label, with no
    thanks formula after it, where `Speaking on behalf of the group:` and `Welcome on behalf of us
    all:` open the delegate's sentences: no name before the 'on behalf of'."""
    tei = tabled_tei("en-hrc-on-behalf-speech.txt")
    paragraphs = turn_paragraphs(tei)
    assert any(p.startswith("Speaking on behalf of the group:") for p in paragraphs)
    assert any(p.startswith("Welcome on behalf of us all:") for p in paragraphs)


def test_court_roll_name_run_on_over_next_field_is_no_label() -> None:
    """`Assesseurs : M. Luc Benoît, Mme Claire Fabre,` / `M. Henri Dumas` / `Greffier : Mme Anne
    Roux`: the roll's name run on from the field above, over the next field (an office and a name
    alone after its colon), is no label the wrap cut ("M. Henri Dumas Greffier :" was one); the
    text stays in the head."""
    tei = tabled_tei("fr-assises-roll-wrapped.txt")
    head = " ".join(" ".join(tei.xpath("//t:front//text()", namespaces=NS)).split())
    assert "M. Henri Dumas" in head and "Greffier : Mme Anne Roux" in head


def test_label_cut_over_its_speech_stays_one_label() -> None:
    """A label a wrap cut (`Le secrétaire de séance, M. Jean` / `Roux : Merci, …`) goes on with
    speech after its colon, no name alone: still the one label of the two lines."""
    tei = text_tei(
        "Le secrétaire de séance, M. Jean\nRoux : Merci, monsieur le président.\n"
        "M. le président : Je vous remercie.\nM. Roux : Bien.\n"
    )
    assert turn_speakers(tei)[0] == "Le secrétaire de séance, M. Jean Roux :"

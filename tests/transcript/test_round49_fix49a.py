"""Round 49 (fix49a): a head's line naming the sitting's officer over the narration of the
sitting opened; an article's and a volume's abbreviation before its number, a heading."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, texts, turn_ids, turn_paragraphs, turn_speakers

_CHAIR_SPEAKS = (
    "PRESIDENTE: on. MARIO ROSSI\n\n"
    "{below}\n\n"
    "LUCA BIANCHI: Grazie, Presidente. Chiedo la parola.\n\n"
    "PRESIDENTE: Ne ha facoltà.\n"
)


def test_italian_head_names_the_chair_over_the_sitting_opened() -> None:
    """`PRESIDENTE: on. MARIO ROSSI` over `La seduta comincia alle 10.` is the head's line naming
    the sitting's officer (`opening_verbs`), no turn; his office's turns below are his."""
    tei = tabled_tei("it-resoconto-head-presidente-opened.txt")
    front = texts(tei, "//t:front//*")
    assert "PRESIDENTE: on. MARIO ROSSI" in front
    assert "La seduta comincia alle 10." in front


def test_croatian_head_names_the_chair_over_the_sitting_opened() -> None:
    """The Sabor's `PREDSJEDNIK: dr. ŽARKO DOMLJAN` over `Sjednica je počela u 10 sati.`: the
    head's, the chair's label `PREDSJEDNIK:` recurring below still his."""
    tei = tabled_tei("hr-sabor-head-predsjednik-opened.txt")
    assert not any("DOMLJAN" in label for label in turn_speakers(tei))
    assert "PREDSJEDNIK: dr. ŽARKO DOMLJAN" in texts(tei, "//t:front//*")


def test_chair_and_holder_over_a_speech_stay_a_label() -> None:
    """The same line over the chair's own words, no hour in them (`Dichiaro aperta la seduta.`)
    or no verb of the opening, is his turn."""
    for below in ("Dichiaro aperta la seduta.", "Onorevoli colleghi, vi ringrazio per la presenza."):
        tei = text_tei(_CHAIR_SPEAKS.format(below=below))
        assert turn_speakers(tei)[0] == "PRESIDENTE: on. MARIO ROSSI"
        assert turn_ids(tei)[0] == turn_ids(tei)[-1]


def test_office_alone_over_the_opening_stays_a_label() -> None:
    """The chair's label alone over `La seduta è aperta.` names no holder: a turn as before."""
    tei = text_tei(
        "PRESIDENTE:\n\nLa seduta è aperta alle 10.\n\n"
        "LUCA BIANCHI: Grazie, Presidente.\n\nPRESIDENTE: Ne ha facoltà.\n"
    )
    assert turn_speakers(tei) == ["PRESIDENTE:", "LUCA BIANCHI:", "PRESIDENTE:"]


def test_reflexive_before_an_office_verb_is_narration() -> None:
    """Italian `si`, Spanish and Portuguese `se` after the office and before its verb (`Il
    Presidente si riserva di decidere …:`, `El Presidente se dirige a la Cámara:`, `O Presidente
    se manifesta:`) narrate the chair, no label (`clause_pronouns`); the labels around stay."""
    records = {
        "PRESIDENTE. Passiamo al voto.\n\nIl Presidente si riserva di decidere e comunica:\n\n"
        "MARCO CONTI. Chiedo la parola.\n\nPRESIDENTE. Ne ha facoltà.\n": 3,
        "EL SR. PRESIDENTE: Pasamos a la votación.\n\nEl Presidente se dirige a la Cámara:\n\n"
        "EL SR. NAVARRO GIL: Pido la palabra.\n\nEL SR. PRESIDENTE: Tiene la palabra.\n": 3,
        "O SR. PRESIDENTE: Vamos votar.\n\nO Presidente se manifesta:\n\n"
        "O SR. PEDRO ALVES: Peço a palavra.\n\nO SR. PRESIDENTE: Tem a palavra.\n": 3,
    }
    for text, turns in records.items():
        labels = turn_speakers(text_tei(text))
        assert len(labels) == turns
        assert not any(" si " in label or " se " in label for label in labels)


def test_list_number_before_a_label_is_no_part_of_it() -> None:
    """`IV. KOVAČ (SDP):`, a roman list number before a Sabor member's label, is the label
    `KOVAČ (SDP):`; a numbered sentence with a colon (`IV. Zaključci su sljedeći:`) stays speech."""
    tei = text_tei(
        "PREDSJEDNIK: Otvaram raspravu o četvrtoj točki dnevnog reda.\n\n"
        "IV. KOVAČ (SDP): Poštovani predsjedniče, ovaj zakon donosi važne promjene.\n\n"
        "PREDSJEDNIK: Hvala. Riječ ima zastupnica Novak.\n\n"
        "NOVAK (HDZ): Hvala. Mi ćemo podržati prijedlog.\n\n"
        "IV. Zaključci su sljedeći: prijedlog se upućuje odboru.\n"
    )
    assert turn_speakers(tei) == ["PREDSJEDNIK:", "KOVAČ (SDP):", "PREDSJEDNIK:", "NOVAK (HDZ):"]


def test_bulgarian_article_and_its_ordinal_is_a_heading() -> None:
    """`ЧЛ. ПЪРВИ:`, the bill's article abbreviated before its ordinal spelled, is one heading
    (`abbreviations`, `divisions`, the ordinal in `numbers`), no label cut at its stop; `чл. 2`
    inside a speech stays the speech's."""
    tei = tabled_tei("bg-sabranie-article-ordinal-heading.txt")
    said = turn_paragraphs(tei) + outside_turns(tei)
    assert "ЧЛ. ПЪРВИ:" in said and "ЧЛ. ВТОРИ:" in said
    assert any("по чл. 2." in text for text in turn_paragraphs(tei))


def test_volume_and_its_roman_number_is_a_heading() -> None:
    """`VOL. III:` over the sitting is the record's volume, no label `III:`; `Vol. 2 of the
    committee's report:` in a member's speech stays her sentence."""
    tei = tabled_tei("en-debates-volume-roman-heading.txt")
    assert not any("III" in label for label in turn_speakers(tei))
    assert any("Vol. 2 of the committee's report:" in text for text in turn_paragraphs(tei))


def test_article_sentence_with_its_colon_stays_speech() -> None:
    """A Bulgarian sentence citing an article before its colon (`Чл. 5 гласи следното:`) is the
    chair's words, no heading and no label."""
    chair = "ПРЕДСЕДАТЕЛ ИВАН ПЕТРОВ:"
    cited = "Чл. 5 гласи следното: туристите се регистрират."
    tei = text_tei(f"{chair} Продължаваме.\n\nГЕОРГИ ДИМИТРОВ: Благодаря.\n{cited}\n\n{chair} Благодаря.\n")
    assert turn_speakers(tei) == [chair, "ГЕОРГИ ДИМИТРОВ:", chair]
    assert any(cited in text for text in turn_paragraphs(tei))

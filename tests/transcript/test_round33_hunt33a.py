"""Shapes a blind battery of Europe's and the Americas' records found in the thirty-third round: an
office, a spaced dash and its holder's bare name before the colon, a minister's portfolio listed
by commas after her form of address, the Belarusian hall's voices, an Italian trial's accused cut
short before his surname."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def test_an_office_a_dash_and_the_holders_bare_name_are_one_label() -> None:
    """ "Forseti – Sigrún Eyja Hallsdóttir: Næst á dagskrá …", "Borgarstjóri – Kolbrún Ása
    Birgisdóttir: …": the office and its holder are the label, the holder the person; the name
    is no word of the speech."""
    tei = tabled_tei("is-borgarstjorn-office-dash-holder.txt")
    assert texts(tei, "(//t:sp)[1]/t:p")[0].startswith("Næst á dagskrá er tillaga um sundlaugar.")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Forseti. Opnunartíminn lengist aftur í maí."]
    assert len(tei.xpath("//t:sp", namespaces=NS)) == 4


def test_an_office_in_capitals_a_dash_and_a_surname_with_initials() -> None:
    """ "ГОЛОВУЮЧИЙ – Вербицький О.П.: Колеги, …": the chair's office, a dash and the holder's
    surname and initials are one label; the speech after its colon whole."""
    tei = tabled_tei("uk-miskrada-office-dash-holder-initials.txt")
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Колеги, переходимо до питання 4. Доповідає Гнатюк."]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Питання є? Немає. Ставлю на голосування."]


def test_a_salutation_after_the_chairs_dash_stays_the_speech() -> None:
    """ "PRESIDENTE - Signori Consiglieri: la seduta è aperta.": the hall addressed after the
    chair's dash is no holder's name; the chair's label ends at the dash."""
    tei = text_tei("PRESIDENTE - Signori Consiglieri: la seduta è aperta.\n\nROSSI: Grazie, Presidente.\n")
    assert texts(tei, "//t:sp/t:speaker") == ["PRESIDENTE -", "ROSSI:"]
    assert texts(tei, "(//t:sp)[1]/t:p") == ["Signori Consiglieri: la seduta è aperta."]


def test_a_portfolio_listed_after_a_form_of_address_and_an_office() -> None:
    """ "La señora consejera de Vivienda, Empleo, Juventud y Deportes (Perdomo Ruiz) (desde su
    escaño): …": the areas after the office's commas are the office's, the label hers; before,
    the chair's turn took the line as its own paragraph."""
    tei = tabled_tei("es-parlamento-consejera-portfolio-escano.txt")
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Señora consejera."]
    assert texts(tei, "(//t:sp)[4]/t:p") == ["Gracias, presidente. En otoño."]


def test_the_belarusian_halls_voices_are_a_turn_of_the_hall() -> None:
    """ "Галасы з залы. Правільна!": the hall's voices between the member and the chair are a
    turn of their own, not a paragraph of the member's speech."""
    tei = tabled_tei("be-savet-voices-from-hall.txt")
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Паважаныя дэпутаты! Праект бюджэту не ўлічвае рамонт школ."]
    assert texts(tei, "(//t:sp)[3]/t:p") == ["Правільна!"]


def test_an_italian_trials_accused_cut_short_before_his_surname() -> None:
    """ "IMP. MARCONCINI: Lo confermo, …": the accused's abbreviation is the label's, as "AVV."
    is, no heading of its own above a bare surname."""
    tei = tabled_tei("it-processo-imp-abbreviated-accused.txt")
    assert not tei.xpath("//t:body//t:head", namespaces=NS)
    assert texts(tei, "(//t:sp)[2]/t:p") == ["Lo confermo, signor Presidente."]

"""Oral hearings of the Nordic countries, the Low Countries and German- and French- and
Italian-speaking Switzerland, each shape in an invented sample (names invented; labels in
turns.toml, persons in ids.toml): the interpreter as the Nordic and Dutch records name him, a
Swiss Italian public prosecutor, a Swiss French plaintiff's counsel, and a press copy's headline
over the exchanges it quotes."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_the_interpreter_printed_once() -> None:
    """ "Tolk:" speaks once, the front matter naming the interpreter in lower case ("med hjälp
    av tolk"): an office's word, no sentence's."""
    root = tabled_tei("sv-tingsratt-tolk-forhor.txt")
    assert "Tolk:" in _speakers(root)
    assert "Den tilltalade ber om ett glas vatten." in _said(root)


def test_an_interpretation_is_no_interpreter() -> None:
    """ "Tolkning" (the interpretation) and "Tolkien" are no office: the interpreter's word only
    whole ("Tolk", "Tolken")."""
    offices = default_config().offices
    assert offices.fullmatch("tolk") is not None
    assert offices.fullmatch("tolken") is not None
    assert offices.search("tolkning") is None
    assert offices.search("tolkien") is None


def test_the_swiss_public_prosecutor() -> None:
    """ "La Procuratrice pubblica:" (Ticino's prosecutor) is an office with its adjective."""
    root = tabled_tei("it-ch-pretura-procuratore-pubblico.txt")
    assert "La Procuratrice pubblica:" in _speakers(root)


def test_the_plaintiffs_counsel() -> None:
    """ "Le conseil de la partie plaignante :" names the plaintiff's counsel as "partie civile"
    does elsewhere."""
    root = tabled_tei("fr-ch-tribunal-partie-plaignante.txt")
    assert "Le conseil de la partie plaignante :" in _speakers(root)
    assert _said(root)[2] == "Ma mandante réclame la réparation de son tort moral."


def test_a_press_copys_headline_over_quoted_turns() -> None:
    """ "Prozess gegen ehemaligen Oberstaatsanwalt: Was am ersten Tag gesagt wurde" and
    "Retssag mod tidligere borgmester: Her er …": the copy's headline, its office after a
    preposition, no turn; the quoted exchanges below are turns."""
    de = tabled_tei("de-presse-prozess-schlagzeile-zitate.txt")
    assert _speakers(de) == ["Vorsitzender:", "Angeklagter:", "Staatsanwältin:"]
    da = tabled_tei("da-presse-retten-overskrift.txt")
    assert _speakers(da) == ["Dommeren:", "Tiltalte:", "Anklageren:", "Forsvareren:"]


def test_an_office_first_with_no_stop_stays_a_turn() -> None:
    """ "Rättens ordförande: Då börjar vi med förhöret av vittnet" opens with the office's
    possessive and no stop: the first turn, as the turns below it are."""
    root = text_tei(
        "Rättens ordförande: Då börjar vi med förhöret av vittnet\n\n"
        "Åklagaren: Tack. Var var du den kvällen?\n\nVittnet: Hemma.\n\nÅklagaren: Ensam?\n"
    )
    assert _speakers(root)[0] == "Rättens ordförande:"


def test_a_name_with_its_particle_first_with_no_stop_stays_a_turn() -> None:
    """ "Jan van der Berg: Ik wil daar iets over zeggen" opens with a name, no office: the
    particle in lower case is the name's, no sentence's subject; he speaks first."""
    root = text_tei(
        "Jan van der Berg: Ik wil daar graag iets over zeggen\n\n"
        "De voorzitter: Gaat uw gang.\n\nDe officier van justitie: Dank u.\n\nDe voorzitter: Goed.\n"
    )
    assert _speakers(root)[0] == "Jan van der Berg:"


def test_a_title_line_over_a_clerks_turn_is_no_wrapped_label() -> None:
    """ "Bezirksgericht Horgen, Protokoll der Hauptverhandlung" over "Gerichtsschreiberin: Ich
    verlese …": the record's title, no label's head a wrap cut; the clerk's office whole in one
    word of its stem ("Gerichtsschreiberin", "Bezirksanwältin")."""
    root = tabled_tei("de-ch-bezirksgericht-titelzeile-ueber-gerichtsschreiberin.txt")
    assert _speakers(root)[0] == "Gerichtsschreiberin:"
    assert _said(root)[0] == "Ich verlese die Anklageschrift."


def test_a_long_office_wrapped_over_its_holders_name_stays_one_label() -> None:
    """ "Ministro de Hacienda y Crédito Público, Alberto" / "Ruiz: …": the holder's name below is
    no office, the wrap cut one label."""
    root = text_tei(
        "Ministro de Hacienda y Crédito Público, Alberto\nRuiz: Muchas gracias, señor presidente.\n"
        "Presidente: Gracias, señor ministro.\n"
    )
    assert _speakers(root)[0] == "Ministro de Hacienda y Crédito Público, Alberto Ruiz:"


def test_an_icelandic_courts_presiding_judge_and_victims_counsel() -> None:
    """ "Dómsformaður:", "Réttargæslumaður brotaþola:" and "Ákæruvaldið:" are the court's."""
    root = tabled_tei("is-heradsdomur-domsformadur-rettargaeslumadur.txt")
    assert "Réttargæslumaður brotaþola:" in _speakers(root)


def test_the_expert_heard_whole() -> None:
    """ "L'expert psychiatre :" speaks though the record names "l'expert" in lower case;
    "Expertise" and "Experts" stay no office."""
    root = tabled_tei("fr-be-assises-expert-psychiatre.txt")
    assert _speakers(root).count("L'expert psychiatre :") == 2
    offices = default_config().offices
    assert offices.search("expertise") is None
    assert offices.search("experts") is None


def test_an_austrian_records_role_letters_with_a_label_between() -> None:
    """ "R:" the judge and "B:" the accused take turns, "StA:" asking between two of the
    accused's answers, "V:" once: the record's speakers by their letters, no pair's."""
    root = tabled_tei("at-lg-protokoll-buchstaben-r-b-v.txt")
    assert _speakers(root) == ["R:", "B:", "R:", "B:", "StA:", "B:", "V:", "R:"]


def test_a_letter_right_after_itself_is_no_speakers_initial() -> None:
    """ "R:" printed twice in a row names no one taking turns: "V:" once is no initial."""
    root = text_tei(
        "Protokoll\nR: Die Varianten lauten wie folgt.\nR: Erstens der Neubau.\nB: Das lehne ich ab.\n"
        "StA: Dazu keine Bemerkung.\nB: Gut.\nV: Keine Fragen.\n"
    )
    assert "V:" not in _speakers(root)

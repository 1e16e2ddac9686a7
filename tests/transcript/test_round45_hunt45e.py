"""Records of questioning under caution or oath outside a trial, each shape in an invented sample
(names invented; labels in turns.toml, persons in ids.toml): a French police record's letters of
question and answer ending in a slash, a British interview's officers named with their collar
number, the interview record's fields between its questions and a Quebec inquest's headings
naming who asks."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def _speakers(root: object) -> list[str]:
    return texts(root, "//t:sp/t:speaker")  # type: ignore[arg-type]


def _said(root: object) -> list[str]:
    return texts(root, "//t:sp/t:p")  # type: ignore[arg-type]


def test_a_letter_and_its_slash_asks_and_answers() -> None:
    """ "D/ Depuis combien de temps …" / "R/ Depuis six ans environ.": the pair's letters with
    the slash the typist sets after them, the officer's and the witness's; the speech keeps no
    slash."""
    root = tabled_tei("fr-pv-audition-temoin-d-r-barre.txt")
    said = _said(root)
    assert said[0] == "Depuis combien de temps habitez-vous rue Pasteur ?"
    assert said[1] == "Depuis six ans environ."


def test_an_outline_lettered_with_slashes_is_no_examination() -> None:
    """ "A/ Le contexte …", "B/ Les dépenses …": a plan's items, no answer under any question;
    the members' labels stay."""
    root = text_tei(
        "Plan du rapport\n\nA/ Le contexte budgétaire de la commune\nB/ Les dépenses de personnel\n"
        "C/ Les investissements\n\nMme Roux : Le plan me convient.\nM. Petit : A moi aussi.\n"
    )
    assert _speakers(root) == ["Mme Roux :", "M. Petit :"]


def test_a_collar_number_between_rank_and_name() -> None:
    """ "DC 3318 PRICE:" and "PC 1204 OWEN:" are officers' labels; the record's "Commenced:" and
    "Concluded:" over them are fields."""
    root = tabled_tei("en-pace-roti-collar-number.txt")
    assert "Commenced:" not in _speakers(root)
    assert _said(root)[0] == "This interview is being recorded. Please give your full name."


def test_a_year_after_a_rank_is_no_collar_number() -> None:
    """ "DC 2020 CONFERENCE:" heads an item: a year, no officer's number."""
    root = text_tei(
        "Conference notes\n\nDC 2020 CONFERENCE: Registration opens at nine in the main hall.\n"
        "Ms Hale: Welcome, everyone.\nMr Dunn: Thank you.\nMs Hale: Let us begin.\n"
    )
    assert _speakers(root) == ["Ms Hale:", "Mr Dunn:", "Ms Hale:"]


def test_the_caution_and_the_officers_note_are_fields() -> None:
    """ "Belehrung: Der Zeuge wurde … belehrt …" and "Vermerk: Der Zeuge legte ein Foto …"
    between the "F:" and "A:" are the record's, no one's turn."""
    root = tabled_tei("de-vernehmung-belehrung-vermerk-feld.txt")
    assert not any(label.startswith(("Belehrung", "Vermerk")) for label in _speakers(root))


def test_a_quebec_heading_names_who_asks() -> None:
    """ "INTERROGÉE PAR Me ANNIE LAVOIE :" and "CONTRE-INTERROGÉE PAR Me PAUL GIRARD :" head the
    examinations, no turn: the "Q." below are each counsel's."""
    root = tabled_tei("fr-ca-enquete-coroner-interroge-par.txt")
    assert not any("INTERROG" in label for label in _speakers(root))


def test_a_sentence_on_who_was_questioned_is_no_heading() -> None:
    """ "Interrogé par la presse, le maire a répondu :" is the minutes' sentence, no examination."""
    root = text_tei(
        "Compte rendu du conseil municipal\n\nM. le maire : La séance est ouverte.\n"
        "Interrogé par la presse, le maire a répondu :\nMme Blanc : Ce n'est pas exact.\n"
        "M. le maire : Passons au vote.\n"
    )
    assert _speakers(root) == ["M. le maire :", "Mme Blanc :", "M. le maire :"]

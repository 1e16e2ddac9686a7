"""Records of Asia and Africa from the round's blind battery: a Malayalam member printed once
with her title, isiXhosa names with their noun class's prefix, a Korean court's examination
record titled over its questions, and a Kazakh deputy's office after its body, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_malayalam_member_printed_once_with_her_title_is_a_label() -> None:
    """ "അംഗം ശ്രീമതി സുധ രാഘവൻ: …" printed once between the president's "പ്രസിഡന്റ്:" and the
    secretary's "സെക്രട്ടറി:": four words and a colon in a script without case, none of them one of
    Malayalam's commonest, so she speaks in a turn of her own, not inside the president's."""
    root = tabled_tei("ml-panchayat-member-title-once-colon.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["യോഗം ആരംഭിക്കുന്നു. ആദ്യ അജണ്ട കുടിവെള്ള പദ്ധതിയാണ്."]
    assert texts(root, "//t:sp[2]/t:p") == ["അഞ്ചാം വാർഡിലെ ടാങ്കിന്റെ പണി ഇനിയും പൂർത്തിയായിട്ടില്ല."]


def test_xhosa_names_with_their_prefix_glued_to_the_capital_make_no_sentence() -> None:
    """ "UCeba uLindiwe Mqhayi: …" and "UMphathi kaMasipala: …", each printed once beside the
    mayor's "USodolophu:": "uLindiwe" and "kaMasipala" open in lower case only by their noun
    class's prefix, so the councillor and the manager each speak in a turn of their own."""
    root = tabled_tei("xh-bhunga-prefixed-names-colon.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Sodolophu, izibane zesitrato eZwelitsha azisebenzi kwinyanga yonke."
    ]
    assert texts(root, "//t:sp[3]/t:p") == ["Sele siodole izibane ezintsha, zizakufakwa kule veki izayo."]


def test_a_korean_examination_record_s_title_with_its_parentheses_is_no_label() -> None:
    """ "피고인신문조서 (변호인 반대신문)" alone on the first line over "문   …" / "답   …": the
    record's name with the examination in parentheses is its title, no person's label, and the
    first question is a turn of its own."""
    root = tabled_tei("ko-court-josa-title-paren-q-a.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["피고인은 2022. 9. 경 창고 열쇠를 누구에게서 받았나요."]
    assert len(texts(root, "//t:sp/t:p")) == 4
    assert "피고인신문조서" not in " ".join(texts(root, "//t:body"))


def test_a_kazakh_deputy_printed_after_the_body_he_belongs_to_is_a_label() -> None:
    """ "Қала әкімінің орынбасары: …" printed once between the deputy's "Депутат Н.Сейітов:" and
    the chair's "Сессия төрағасы:": the office of a deputy ends the words of the body in the
    genitive, no sentence, and the akim's deputy answers in a turn of his own."""
    root = tabled_tei("kk-maslikhat-deputy-after-body-colon.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Мердігер ауыстырылды, құрылыс мамыр айында қайта басталады."]
    assert texts(root, "//t:sp[2]/t:p") == ["Жастар ықшам ауданындағы балабақшаның құрылысы неге тоқтап тұр?"]

"""The forty-fourth round's fixes of shapes left over: a name's initial set apart before its
surname and dash (no answer's letter), a section's heading over a name alone (no card), the hall
addressed as a speech's only "label", a Faroese name's particle and party after its comma, a
delegate's seat after a dash, and the offices of an insolvency's and a court's administration."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.language import detect_language
from stenogram.transcript.listed import cards

_CONFIG = default_config()


def test_an_initial_and_a_surname_before_a_dash_are_a_name() -> None:
    """ "A. Simonyan – Thank you. …", "J. Kowalski – Panie …", "Ա. Սիմոնյան - …": the speaker's
    initial, no answer's letter; the speech after the dash kept."""
    root = tabled_tei("en-council-initial-surname-dash.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("Thank you. I wish to raise")
    for sample in ("pl-rada-initial-surname-dash.txt", "hy-avagani-initial-surname-dash.txt"):
        assert len(texts(tabled_tei(sample), "//t:sp")) == 5


def test_an_examination_s_answer_letter_stays_the_answer() -> None:
    """ "A. Yes – I did go there." and "A. Smith – he came later." in a record of questions and
    answers: the witness's answers, the letters Q and A the labels."""
    root = text_tei(
        "Examination of the witness, 4 May 2019\n\n"
        "Q. Were you at the station that night?\n"
        "A. Yes – I did go there.\n"
        "Q. Who was with you?\n"
        "A. Smith – he came later.\n"
        "Q. At what time?\n"
        "A. Around nine.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Q.", "A.", "Q.", "A.", "Q.", "A."]
    assert texts(root, "(//t:sp)[2]/t:p") == ["Yes – I did go there."]


def test_a_heading_over_a_name_alone_is_no_card() -> None:
    """ "Prepared Remarks" / "John Smith" / "Good morning …" and "Question and Answer" / "Carla
    X" / "Thanks. …": the headings stay headings, each name opens its turn."""
    root = tabled_tei("en-earnings-heading-over-name.txt")
    assert texts(root, "//t:head") == ["Prepared Remarks", "Question and Answer"]
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Thanks. Could you say more about the margins in the second half?"
    ]


def test_cards_of_names_and_affiliations_stay_cards() -> None:
    """A name over its party and the speech, printed so for each speaker, is still a card; the
    heading's line above a name is none."""
    paragraphs = [
        ["Anna Berg"],
        ["Socialdemokraterna", "Tack, herr talman. Jag vill tala om skolan."],
        ["Per Lind"],
        ["Moderaterna", "Tack. Jag instämmer i det mesta."],
    ]
    assert cards(paragraphs, _CONFIG) == [0, 2]
    headed = [
        ["Prepared Remarks"],
        ["John Smith", "Good morning."],
        ["Question and Answer"],
        ["Carla X", "Thanks."],
    ]
    assert cards(headed, _CONFIG) == []


def test_the_hall_addressed_alone_is_the_speech_s_opening() -> None:
    """ "同志们：" and "Товарищи:" opening a speech printed alone: its first words, no speaker."""
    for sample, first in [
        ("zh-speech-comrades-address-alone.txt", "同志们："),
        ("ru-speech-comrades-address-alone.txt", "Товарищи:"),
    ]:
        root = tabled_tei(sample)
        assert texts(root, "//t:sp") == []
        assert first in texts(root, "//t:body//t:p")


def test_the_hall_addressed_beside_other_labels_is_left_to_the_scores() -> None:
    """Beside a record's other labels the rule asks nothing: the chair's turns stay labels."""
    root = text_tei(
        "Заседание 1937 года\n\n"
        "Председатель: Слово имеет товарищ Петров.\n"
        "Петров: Товарищи, позвольте начать с итогов года.\n"
        "Председатель: Спасибо.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Председатель:", "Петров:", "Председатель:"]


def test_a_faroese_member_and_party_printed_once_stand() -> None:
    """ "Jógvan á Lakjuni, Fólkaflokkurin:" under a "Mál 3:" heading: the member, the party his
    role; the text read as Faroese."""
    root = tabled_tei("fo-logting-party-label-once.txt")
    assert root.xpath("string(//t:language/@ident)", namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == "fo"
    assert len(texts(root, "//t:sp")) == 3


def test_faroese_against_its_neighbours() -> None:
    """Faroese's eth tells it from Norwegian; Icelandic's thorn keeps Icelandic Icelandic."""
    faroese = "Formaðurin: Orðið er givið. Eg fari at siga, at vit eru samd um at broyta lógina, men ikki so skjótt."
    icelandic = "Ég vil þakka hæstvirtum ráðherra fyrir svarið. Það er ljóst að við verðum að gera betur."
    norwegian = (
        "Presidenten: Takk. Jeg vil si at vi er enige om at loven må endres, men ikke så raskt som dette."
    )
    assert detect_language(faroese, _CONFIG) == "fo"
    assert detect_language(icelandic, _CONFIG) == "is"
    assert detect_language(norwegian, _CONFIG) == "nb"


def test_a_delegate_s_seat_after_a_dash_is_the_label_s() -> None:
    """ "Đại biểu X – Tổ đại biểu huyện Y:", "Đại biểu Z – Đoàn ĐBQH tỉnh W:": one label, the
    speech after the colon."""
    root = tabled_tei("vi-quochoi-delegate-seat-dash.txt")
    assert texts(root, "(//t:sp)[2]/t:p")[0].startswith("Xin cảm ơn Chủ tọa.")
    assert texts(root, "(//t:sp)[3]/t:p")[0].startswith("Kính thưa Quốc hội")


def test_a_sentence_after_a_delegate_s_dash_stays_speech() -> None:
    """A delegation's word opening a sentence after the dash, its stop before a colon, is speech."""
    root = text_tei(
        "Phiên họp 2024\n\n"
        "Chủ tọa: Xin mời đại biểu phát biểu.\n"
        "Đại biểu Lê Văn Cường – Tổ chức này cần được củng cố. Tôi đề nghị như sau: thứ nhất là nhân sự.\n"
        "Chủ tọa: Cảm ơn đại biểu.\n"
    )
    assert not any(s.endswith("sau:") for s in texts(root, "//t:sp/t:speaker"))


def test_insolvency_and_court_offices_are_offices() -> None:
    """ "Insolvenzverwalter:", "Rechtspflegerin:", "Sachwalter:", "Liquidator:", "Trustee:",
    "Administrator:", "administrador concursal", "mandataire judiciaire", "syndic", "kurator"."""
    for office in (
        "insolvenzverwalter",
        "rechtspflegerin",
        "sachwalter",
        "trustee",
        "liquidator",
        "administrator",
        "administrador concursal",
        "curateur",
        "mandataire judiciaire",
        "syndic",
        "kurator",
    ):
        assert _CONFIG.offices.fullmatch(office), office
    assert len(texts(tabled_tei("de-glaeubigerversammlung-offices.txt"), "//t:sp")) == 5
    assert len(texts(tabled_tei("en-creditors-liquidator-trustee.txt"), "//t:sp")) == 5


def test_an_office_s_word_opening_a_sentence_stays_speech() -> None:
    """ "Trustees are …" and "Administration of …" inside a turn: sentences, no labels."""
    root = text_tei(
        "Meeting of creditors, 2021\n\n"
        "Chair: The meeting is open.\n"
        "Trustees are required to report every quarter, as the rules say.\n"
        "Chair: Thank you.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Chair:"]

"""The courtroom and hearing-room battery's leftovers: a deposition's page padded to five digits,
a court's record in traditional characters, a tribunal reporter's foot, a court's section under
its name, a German court's roles cut short, each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_deposition_s_five_digit_page_and_line_number_opens_no_title() -> None:
    """ "00031:01        Q    Did you keep a copy …" / "      02   files?" / "      03        A
    …": the page padded to five digits and the line are the margin's numbers, taken off like the
    lines' below, so the first question is a turn, not the record's title."""
    root = tabled_tei("en-deposition-five-digit-page-line.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Did you keep a copy of the invoice in your own files?"]
    assert "00031" not in " ".join(texts(root, "//t:body"))
    title = texts(root, "//t:titleStmt/t:title")
    assert not any("invoice" in t for t in title)


def test_a_traditional_character_court_record_s_roles_alone_on_their_lines_take_turns() -> None:
    """ "審判長" / "請證人陳述與被告之關係。" / "證人" / "我是他以前的房東。" / "檢察官" / …: the
    presiding judge, the witness, the prosecutor and counsel in traditional characters are
    the roles their simplified forms are, each alone on its line over its words."""
    root = tabled_tei("zh-tw-court-record-traditional-own-line.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["請證人陳述與被告之關係。"]
    assert texts(root, "//t:sp[6]/t:p") == ["不能確定。"]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 6


def test_a_tribunal_reporter_s_foot_between_dashes_is_no_turn() -> None:
    """ "8    A. About ten minutes on foot." / "" / "MARGUERITE OYELOWO - ICTR - TRIAL CHAMBER I -
    page 27": the reporter's name, the court, the chamber and the page set apart by dashes are
    the page's foot, no speaker's label and no words of the last answer."""
    root = tabled_tei("en-tribunal-reporter-foot-dashes.txt")
    assert texts(root, "//t:sp[last()]/t:p") == ["About ten minutes on foot."]
    assert not any("OYELOWO" in t for t in texts(root, "//t:body//t:p"))


def test_a_court_s_name_and_section_after_a_dash_are_no_label() -> None:
    """ "TRIBUNALE DI LAMPEDRA — SEZIONE III PENALE" / "Udienza del 12 marzo — …" /
    "PRESIDENTE: Prego, …": the section and its number after the dash are no role of a person,
    so the court's line is no label and the hearing's date no speech; the first turn is the
    presiding judge's."""
    root = tabled_tei("it-tribunale-heading-section-dash.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Prego, avvocato, può iniziare il controesame."]
    assert len(root.xpath("//t:sp", namespaces=NS)) == 5


def test_a_german_court_s_roles_cut_short_before_the_name_open_turns() -> None:
    """ "Staatsanw. Brückner: Und wer …", "Nebenkl.-Vertr. RA Dohmen: Hatten …", "Verteid. RAin
    Sauer: Einspruch, …", each printed once beside "Vors.:" and "Angekl. Reinholz:": the
    prosecutor's, the joint plaintiff's counsel's and defence counsel's offices cut short end no
    sentence, so each label opens its turn and no speech runs on into the next."""
    root = tabled_tei("de-gericht-abbreviated-offices.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["Ja, das war ich, aber nur an zwei Tagen."]
    assert texts(root, "//t:sp[3]/t:p") == ["Und wer hat Ihnen die Schlüssel gegeben?"]
    assert texts(root, "//t:sp[6]/t:p") == ["Einspruch, das ist bereits beantwortet."]


def test_a_record_s_kind_naming_the_witness_after_a_link_is_no_label() -> None:
    """ "PROCÈS-VERBAL D'AUDITION DE TÉMOIN" / "Le douze avril, …" / "D : Connaissez-vous …": the
    witness named after "DE" is the record's kind, no holder's office, so the first line is no
    label and the questions and answers are the only turns."""
    root = tabled_tei("fr-pv-audition-heading-office-linked.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["Connaissez-vous la victime ?"]
    assert not root.xpath("//t:person[contains(@xml:id, 'proces')]", namespaces=NS)


def test_an_old_trial_s_examination_marks_open_no_turn() -> None:
    """ "WALTER JAMES PRIDDY (Police Constable). On June 9th …" / "Cross-examined. I found no
    note …" / "Re-examined. He named no carman.": the marks say the witness's evidence goes on
    under another's questions, so the words after them stay the witness's turn."""
    root = tabled_tei("en-old-trial-cross-examined-mark.txt")
    paragraphs = texts(root, "//t:sp[1]/t:p")
    assert paragraphs[1].startswith("Cross-examined. I found no note of the sale.")
    assert paragraphs[2] == "Re-examined. He named no carman."


def test_an_interrogation_s_narration_ending_with_its_verb_of_answering_is_no_label() -> None:
    """ "أمامنا نحن وكيل النيابة حضر الشاهد وبسؤاله أجاب:" / "س: ما اسمك وعملك؟": the line that
    brings the witness in and ends on "answered" is narration, no label, and the first turn is
    the first question."""
    root = tabled_tei("ar-istijwab-narration-ajab.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["ما اسمك وعملك؟"]
    assert texts(root, "//t:div/t:p[1]") == ["أمامنا نحن وكيل النيابة حضر الشاهد وبسؤاله أجاب:"]


def test_a_commission_s_advocate_printed_once_opens_a_turn() -> None:
    """ "आयोग के अधिवक्ता : घटना के दिन आप कहाँ थे?" between "अध्यक्ष :" and "गवाह :": the advocate is
    an office, so the label printed once opens its question's turn."""
    root = tabled_tei("hi-aayog-adhivakta-once.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["घटना के दिन आप कहाँ थे?"]


def test_a_name_masked_with_circles_after_its_surname_is_a_label_s() -> None:
    """ "피고인 박○○: 인정하지 않습니다." / "증인 정○○: 제가 보기에는 …": the circles that mask
    the name's letters after its first are the name's, so the accused and the witness open their
    turns and no label is left in a speech."""
    root = tabled_tei("ko-gongpan-masked-name-circles.txt")
    assert texts(root, "//t:sp[2]/t:p") == ["인정하지 않습니다."]
    assert texts(root, "//t:sp[5]/t:p") == ["제가 보기에는 피고인이 운전석에 있었습니다."]


def test_a_sworn_heading_wrapped_before_its_examiner_opens_no_empty_turn() -> None:
    """ "DECLAN FAHY, HAVING BEEN SWORN, WAS EXAMINED AS FOLLOWS BY" / "MS. DOLAN:" / "Q.   Mr.
    Fahy, …": the examiner alone with the colon under the line ending with "BY" is the heading's
    end, so no turn of counsel swallows the first question, which is counsel's."""
    root = tabled_tei("en-ie-tribunal-sworn-heading-wrapped-by.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == ["Mr. Fahy, you were the county engineer at the relevant time?"]
    heads = texts(root, "//t:head")
    assert any(h.endswith("AS FOLLOWS BY MS. DOLAN:") for h in heads)

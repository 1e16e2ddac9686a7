"""Records of Central and Eastern Europe and the Nordic countries: a Nordic council's minutes'
captions and a Slovak council's vote as fields, a Polish trial's questions put by a woman in
office, a Senate committee's legislative lawyer and a member's question whose clause ends in a
colon, the Storting's clock before the rapporteur's note and its president spaced out in the
head, the Eduskunta's clock before a label alone on its line and the Althingi's minister in
lower case; and what only looks so (a clock before a sentence, a speech's clause before its
colon in the middle of a turn), each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, sample_tei, tabled_tei, text_tei, texts


def test_a_nordic_council_s_captions_over_an_item_s_text_are_no_turns() -> None:
    """ "Kommunedirektørens innstilling:", "Behandling:", "Votering:" over an item's text, as a
    Norwegian council's minutes caption them (with "Vedtak:", already a decision's field): the
    clerk's record, no speaker; the item's text stays in the body."""
    root = sample_tei("nb-kommunestyre-protokoll-behandling-votering.txt")
    assert root.xpath("//t:sp", namespaces=NS) == []
    body = " ".join(texts(root, "//t:body//t:p"))
    assert "Innstillingen med tilleggsforslaget ble enstemmig vedtatt." in body


def test_a_slovak_council_s_vote_is_a_field_and_the_mayor_s_turns_go_on() -> None:
    """ "Hlasovanie: prítomní 7, za 6, proti 0, zdržal sa 1." between the mayor's turns is the
    minutes' vote, as the Czech "Hlasování:" is: no turn of a speaker "Hlasovanie"."""
    root = tabled_tei("sk-zastupitelstvo-hlasovanie-pole.txt")
    assert "Hlasovanie: prítomní 7, za 6, proti 0, zdržal sa 1." in " ".join(texts(root, "//t:body//t:p"))


def test_a_trial_s_questions_put_by_a_woman_in_office_name_no_one() -> None:
    """ "Na pytania Przewodniczącej:" and "Na pytanie prokurator:", the presiding judge's and the
    prosecutor's questions in a woman's form, head the accused's answers as "Na pytania
    prokuratora:" does: no turn of their own; the answers go on in the accused's."""
    root = tabled_tei("pl-proces-na-pytania-przewodniczacej.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Na budowie byłem od siódmej rano. Kierownik może to potwierdzić."
    ]


def test_a_senate_lawyer_s_label_and_a_question_with_its_colon_are_turns() -> None:
    """ "Główny Legislator w Biurze Legislacyjnym w Kancelarii Senatu X:" names an office like
    the ministry's officials; "Senator X:" alone over "Mam krótkie pytanie do pani minister:
    czy …?" opens a turn: a clause naming an office before its colon, the sentence going on in
    lower case after it, is the speech, no label that would leave the senator's turn silent."""
    root = tabled_tei("pl-senat-komisja-legislator-pytanie-dwukropek.txt")
    assert texts(root, "(//t:sp)[3]/t:p")[0].startswith("Mam krótkie pytanie do pani minister: czy")


def test_a_clause_before_a_colon_under_a_label_alone_stays_its_speech_in_the_middle_too() -> None:
    """The same clause under a member alone in the middle of an exchange ("Zadam jedno pytanie
    panu ministrowi: kiedy?"): the member's speech, the chair's turns on either side."""
    root = text_tei(
        "Marszałek:\nGłos ma pan poseł Nowak.\n\nPoseł Jan Nowak:\n"
        "Zadam jedno pytanie panu ministrowi: kiedy?\n\nMarszałek:\nDziękuję.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Marszałek:", "Poseł Jan Nowak:", "Marszałek:"]


def test_the_storting_s_clock_before_the_rapporteur_s_note_is_the_label_s_time() -> None:
    """ "Synnøve Dahl (Sp) [10:01:20] (ordfører for saken):": the clock between the party and
    the rapporteur's note is the label's <time>, as it is before the colon; the head's
    "President: I n g e r   H a l v o r s e n", spaced out letter by letter, is the field that
    names the chair, set close: no turn, and "Presidenten:" is hers."""
    root = tabled_tei("nb-storting-referat-ordforer-for-saken-sperret-president.txt")
    assert texts(root, "(//t:sp)[1]/t:speaker/t:time") == ["[10:01:20]"]
    assert root.xpath("//t:person[@role='chair']/@xml:id", namespaces=NS) == ["inger-halvorsen"]


def test_the_eduskunta_s_clock_before_a_label_alone_on_its_line_is_its_time() -> None:
    """The PDF minutes print each speech's hour before the speaker alone on its line ("14.02
    Opetusministeri X" over the speech), the reply's kind in brackets after the party ("14.09
    X kok (vastauspuheenvuoro)"): turns, the clock their time; "Täysistunto keskeytettiin
    kello 14.10." is the sitting's, no label."""
    root = tabled_tei("fi-eduskunta-ptk-pdf-kello-puhuja-rivilla.txt")
    assert texts(root, "(//t:sp)[2]/t:speaker/t:time") == ["14.02"]
    assert "Täysistunto keskeytettiin kello 14.10." not in " ".join(texts(root, "//t:sp/t:speaker"))


def test_the_althingi_s_minister_in_lower_case_over_the_speech_is_a_label() -> None:
    """ "menningar- og viðskiptaráðherra (X) (um fundarstjórn):", the web copy's minister, the
    office in lower case as the Althingi prints it, the holder in brackets: a turn, the
    minister's person the holder."""
    root = tabled_tei("is-althingi-web-radherra-lagstafir.txt")
    assert texts(root, "(//t:sp)[3]/t:p") == [
        "Frú forseti. Ég ítreka að málið verður afgreitt fyrir sumarhlé."
    ]


def test_a_lower_case_sentence_with_brackets_and_a_colon_is_no_minister() -> None:
    """A speech's wrapped line opening in lower case with a name in brackets and a colon
    ("sagði hæstv. ráðherra (Jón Sigurðsson): …") names no office alone before the bracket."""
    root = text_tei(
        "Forseti (Birgir Jónsson):\nVirðulegi forseti. Hér var það sem\n"
        "sagði hæstv. ráðherra (Jón Sigurðsson): ekkert breytist.\n\n"
        "Guðrún Pálsdóttir (Sf):\nVirðulegi forseti. Ég þakka.\n"
    )
    assert texts(root, "//t:sp/t:speaker") == ["Forseti (Birgir Jónsson):", "Guðrún Pálsdóttir (Sf):"]

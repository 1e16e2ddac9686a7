"""Labels printed before a spaced dash at paragraphs' starts in a language whose offices no
vocabulary lists (a Yoruba assembly's `Abẹnugan –`, `Ọ̀nọ̀rábù X Y –`, `Kọmíṣánnà fún Ọ̀rọ̀ Omi
–`), in an invented sample (names invented; labels in turns.toml, persons in ids.toml); and the
texts whose dashes are no labels', which read as before."""

from __future__ import annotations

from label_samples import NS, tabled_tei, text_tei, texts


def speakers_of(text: str) -> list[str]:
    """The printed labels of the turns *text* converts to."""
    return texts(text_tei(text), "//t:sp/t:speaker")


def test_heads_before_a_dash_taking_turns_are_labels() -> None:
    """ "Abẹnugan – …" / "Ọ̀nọ̀rábù Fọláṣadé Àrẹ̀mú – …" / "Kọmíṣánnà fún Ọ̀rọ̀ Omi – …" /
    "Abẹnugan – …": the toned letters and the particle make no sentence; four turns, each its
    one paragraph, the dash in the label, none in the speech."""
    root = tabled_tei("yo-igbimo-ile-dash-particled-heads.txt")
    paragraphs = texts(root, "//t:sp/t:p")
    assert len(paragraphs) == 4
    assert paragraphs[2] == "Iṣẹ́ náà yóò parí ní oṣù tó ń bọ̀. A ti san owó fún agbaṣẹ́ṣe."
    assert not [p for p in paragraphs if p.startswith("–")]
    assert not root.xpath("//t:body//t:stage", namespaces=NS)


def test_a_spaced_dash_inside_a_speech_opens_no_turn() -> None:
    """ "Kuna mambo mawili – kwanza barabara, pili maji.": a clause's dash in a member's speech."""
    text = (
        "BUNGE LA TAIFA\n\nMhe. Spika: Waheshimiwa wabunge, tuanze.\n\n"
        "Mhe. Asha Juma Mwinyi: Mheshimiwa Spika, ahsante. Kuna mambo mawili – kwanza barabara, pili maji.\n"
        "Nashukuru sana.\n\nMhe. Spika: Ahsante.\n"
    )
    assert speakers_of(text) == ["Mhe. Spika:", "Mhe. Asha Juma Mwinyi:", "Mhe. Spika:"]


def test_a_list_s_items_before_dashes_are_no_labels() -> None:
    """ "Ọ̀rọ̀ – ìdáhùn sí ìbéèrè." / "Ìgbésẹ̀ – àlàyé lórí ọ̀nà.": a word and its gloss in lower
    case, no speech."""
    text = "Àkọsílẹ̀ Ìpàdé\n\nỌ̀rọ̀ – ìdáhùn sí ìbéèrè.\nÌgbésẹ̀ – àlàyé lórí ọ̀nà.\nỌ̀rọ̀ – ìparí.\n"
    assert speakers_of(text) == []


def test_an_agenda_s_items_and_presenters_are_no_labels() -> None:
    """ "1. Opening of the Meeting – Chairperson": an item's number, its title, its presenter."""
    text = (
        "AGENDA\n\n1. Opening of the Meeting – Chairperson\n2. Minutes of the Previous Meeting – Secretary\n"
        "3. Report of the Treasurer – Treasurer\n4. Any Other Business – Chairperson\n"
    )
    assert speakers_of(text) == []


def test_minutes_apologies_after_names_are_no_labels() -> None:
    """ "Mark Hollis – apologies." / "Jane Pike – Apologies sent by letter.": attendance."""
    text = (
        "MINUTES OF THE PARISH COUNCIL\n\nPresent: Cllr Ann Bell, Cllr Tom Reed.\n\n"
        "Mark Hollis – apologies.\nJane Pike – apologies.\nJane Pike – Apologies sent by letter.\n\n"
        "The Chair opened the meeting at 7 pm. The minutes were approved.\n"
    )
    assert speakers_of(text) == []


def test_a_story_s_particled_head_before_a_dash_is_no_label() -> None:
    """ "Ọba ti Ìlú Ọ̀yọ́ – Ó jẹ́ ọba alágbára. …" printed once over a story's narration, no
    other head taking turns: a sentence's subject, no speaker."""
    text = (
        "Ìtàn Ìlú\n\nỌba ti Ìlú Ọ̀yọ́ – Ó jẹ́ ọba alágbára. Ó ṣàkóso fún ọdún púpọ̀.\n"
        "Àwọn ará ìlú fẹ́ràn rẹ̀ gan-an, wọ́n sì ń bọ̀wọ̀ fún un.\n"
        "Ní ọdún kan, òjò kò rọ̀, ebi sì pa ìlú náà.\nỌba pe àwọn àgbà jọ láti wá ọ̀nà àbáyọ.\n"
    )
    assert speakers_of(text) == []


def test_a_novel_s_quoted_dialogue_with_dashes_opens_no_turn() -> None:
    """ "– Where are you going? – asked Anna." / "– To the river – said Tom. …": the dialogue
    dash opens each line, the narration's after the words said."""
    text = (
        "Chapter One\n\n– Where are you going? – asked Anna.\n– To the river – said Tom. It is late.\n"
        "– Then I will come too – Anna said. She took her coat.\n"
    )
    assert speakers_of(text) == []

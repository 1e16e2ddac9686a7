"""Shapes of records of Asia, Africa, the Middle East and Oceania a blind battery of short
excerpts found, mended one at a time: each in an invented sample (names invented; labels in
turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_an_office_joined_by_short_particles_in_lower_case_is_a_label() -> None:
    """ "Minisita ki he Ngāue Lalahi: Mālō 'Eiki Sea. …", printed once beside "Sea:" and
    "Siaosi Tu'ipulotu:": the short words in lower case join the office's capitalised words as
    particles do, no sentence; the turn is the minister's and the speech keeps none of it."""
    root = tabled_tei("to-fale-alea-office-particles.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["Mālō 'Eiki Sea. Kuo kamata 'a e ngāue 'i he uike ni."]
    assert len(root.xpath("//t:sp/t:p", namespaces={"t": "http://www.tei-c.org/ns/1.0"})) == 4


def test_a_sentence_with_short_words_in_lower_case_stays_the_speech() -> None:
    """ "Off to Paris: …" and "Next is Tom: …" beside "Chair:" and "Ms Brown:", the first word
    used in lower case by the text or a sentence's opener: a sentence, no label."""
    for line in ("Off to Paris", "Next is Tom", "Vote on Amendment"):
        root = text_tei(
            "Chair: We begin. The vote is next and we will be off soon.\n"
            "Ms Brown: Thank you, Chair. I have a question.\n"
            f"{line}: The figures are late again.\nMr Green: I agree.\nChair: Thank you.\n"
        )
        assert texts(root, "//t:sp/t:speaker") == ["Chair:", "Ms Brown:", "Mr Green:", "Chair:"]
        assert texts(root, "//t:sp[2]/t:p")[-1] == f"{line}: The figures are late again."


def test_the_secretariat_enclosed_in_full_width_brackets_is_a_label() -> None:
    """ "【事務局】　　御質問ありがとうございます。…", printed once beside "【小川座長】" and
    "【松井委員】": the secretariat is an office, no heading enclosed so; its turn is its own and
    the member's speech above keeps none of it."""
    root = tabled_tei("ja-shingikai-secretariat-brackets.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "資料１の５ページですが、管路の更新率の見通しをお示しいただけますか。"
    ]
    assert texts(root, "//t:sp[3]/t:p") == [
        "御質問ありがとうございます。次回、地域別の見通しをお示しいたします。"
    ]


def test_an_afrikaans_councillors_abbreviation_opens_the_label_it_stops() -> None:
    """ "RDL. J. PRETORIUS (VF+): Agb. Speaker, …", printed once: "Rdl." (raadslid) is the
    councillor's abbreviation, its stop no label's end; the label runs to the colon, the
    abbreviation the person's honorific and the party the affiliation."""
    root = tabled_tei("af-stadsraad-councillor-abbreviated.txt")
    assert texts(root, "//t:sp[2]/t:p") == [
        "Agb. Speaker, die strate in Noordkaap is vol slaggate en niemand herstel dit nie."
    ]
    assert texts(root, "//t:person[@xml:id='rdl-j-pretorius']/t:affiliation") == ["VF+"]


def test_a_member_of_the_government_by_his_office_alone_is_a_label() -> None:
    """ "M. le membre du gouvernement. — Les communes seront compensées …", printed once beside
    "Le président. —" and "M. Hervé Tauraa. —": a territory's minister is a member of its
    government, an office, no sentence's words; the turn is his."""
    root = tabled_tei("fr-congres-membre-du-gouvernement.txt")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Les communes seront compensées dès la rentrée, comme l'annexe le prévoit."
    ]

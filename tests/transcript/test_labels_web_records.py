"""Label shapes of records as their web copies print them: a foreign ministry's press briefing,
a parliament's draft record with its clock left empty, the banners and reference codes above a
record, and the field lines of a record's page (samples written for these tests in the shapes
the real records print)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, sample_tei, speakers, tabled_tei, texts, turn_ids
from stenogram.tei.convert import convert_text

# A daily press briefing: the spokesperson in CAPITALS, the reporters as QUESTION (a word that
# opens sentences elsewhere).
BRIEFING = """Daily Press Briefing
Washington, DC
May 4, 2016

1:32 p.m. EDT

MR. KIRBY: Good afternoon, everybody. I have one item at the top.

QUESTION: Can you say whether the talks will resume this week?

MR. KIRBY: I don't have a date for you. We're in touch with both sides.

QUESTION: And is the Secretary going to travel?

MR. KIRBY: Not that I'm aware of.

Go ahead.

QUESTION: Thank you.
"""


def test_reporters_printed_as_question_in_capitals_take_turns() -> None:
    assert speakers(convert_text(BRIEFING.encode(), "briefing.txt").tei) == [
        "MR. KIRBY:",
        "QUESTION:",
        "MR. KIRBY:",
        "QUESTION:",
        "MR. KIRBY:",
        "QUESTION:",
    ]


def test_question_in_mixed_case_opening_a_sentence_stays_text() -> None:
    text = "Minutes of the meeting\n\nChair: We begin.\n\nQuestion: is the budget final? It is not.\n\nChair: Next.\n"
    assert speakers(convert_text(text.encode(), "minutes.txt").tei) == ["Chair:", "Chair:"]


# A banner and a reference code with a dash above a record, each printed once.
BANNERS = """UNITED24 - Support the relief fund today!

Daily Press Briefing

L52B - Wed 4 May 2016 / Index for Today's Briefing

MR. KIRBY: Good afternoon, everybody.

MS. LEE: Thank you, John.
"""


def test_a_word_of_letters_and_digits_before_a_dash_is_no_label() -> None:
    assert speakers(convert_text(BANNERS.encode(), "banners.txt").tei) == ["MR. KIRBY:", "MS. LEE:"]


# A draft of the Storting's record: the brackets where the clock will stand are still empty.
DRAFT = """Møte tirsdag den 8. oktober 2024

Presidenten []: Representanten Kari Nordmann vil framsette et representantforslag.

Kari Nordmann (H) []: Jeg har gleden av å fremme et forslag om bedre kollektivtilbud.

Presidenten []: Forslaget vil bli behandlet på reglementsmessig måte.
"""


def test_empty_brackets_where_the_clock_stands_belong_to_the_label() -> None:
    assert speakers(convert_text(DRAFT.encode(), "draft.txt").tei) == [
        "Presidenten []:",
        "Kari Nordmann (H) []:",
        "Presidenten []:",
    ]


# The field lines of a record's page before its first label: "Field: value" in its language.
FIELDS = {
    "fr": "compte rendu intégral\n\nSecrétaires :\n\nM. Paul Durand,\n\nMme Anne Petit.\n\n"
    "M. le président. La séance est ouverte.\n\nMme Anne Petit. Je demande la parole.\n\n"
    "M. le président. Vous l'avez.\n",
    "ru": "Заседание № 12\n\nСтадия рассмотрения:\n\nПервое чтение\n\nФрагмент стенограммы:\n"
    "Строки с 10 по 40\n\nПРЕДСЕДАТЕЛЬСТВУЮЩИЙ. Слово предоставляется депутату Иванову.\n\n"
    "ИВАНОВ И. И. Уважаемые коллеги! Прошу поддержать законопроект.\n",
    "da": "Dagsordenens punkt nr. 4.\n\nMødeleder: Landstingsformand Hans Hansen.\n\n"
    "Ole Jensen, formand for udvalget:\n\nUdvalget anbefaler forslaget.\n\n"
    "Niels Berg, landsstyremedlem for finanser:\n\nLandsstyret er enigt.\n",
    "it": "Argomento:\n\nComunicazioni del Presidente\n\n\nPRESIDENTE\n\nLa seduta è aperta.\n\n"
    "Argomento:\n\nBilancio\n\n\nPRESIDENTE\n\nLa parola al relatore.\n",
}
FIELD_LABELS = {
    "fr": ["M. le président.", "Mme Anne Petit.", "M. le président."],
    "ru": ["ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ.", "ИВАНОВ И. И."],
    "da": ["Ole Jensen, formand for udvalget:", "Niels Berg, landsstyremedlem for finanser:"],
    "it": ["PRESIDENTE", "PRESIDENTE"],
}


@pytest.mark.parametrize("lang", sorted(FIELDS))
def test_field_lines_of_a_record_page_are_no_labels(lang: str) -> None:
    assert speakers(convert_text(FIELDS[lang].encode(), f"{lang}.txt").tei) == FIELD_LABELS[lang]


# A committee of the Quebec National Assembly: its clerk answers once, as "Le Secrétaire:", a
# word the chair uses in lower case ("M. le secrétaire, …").
COMMITTEE = """Journal des débats

(Dix heures)

La Présidente (Mme Roy): Je déclare la séance ouverte. M. le secrétaire, y a-t-il des remplacements?

Le Secrétaire: Oui, Mme la Présidente. M. Tremblay (Chicoutimi) remplace M. Gagnon (Jonquière).

La Présidente (Mme Roy): Merci. J'invite le ministre à faire ses remarques préliminaires.

M. Bélanger: Merci, Mme la Présidente.
"""


def test_the_clerk_of_a_french_committee_is_an_office() -> None:
    assert speakers(convert_text(COMMITTEE.encode(), "commission.txt").tei) == [
        "La Présidente (Mme Roy):",
        "Le Secrétaire:",
        "La Présidente (Mme Roy):",
        "M. Bélanger:",
    ]


# A regional council's web copy: labels alone on their line with no punctuation, the chair's
# office in CAPITALS, a member printed once as SURNAME Given name; topics between turns.
COUNCIL = """PRESIDENZA DEL VICEPRESIDENTE BIANCHI


PRESIDENTE

La seduta è aperta.


Comunicazioni del Presidente


PRESIDENTE

Ha chiesto la parola il Consigliere Rossi; ne ha facoltà.


ROSSI Marco

Grazie, Presidente. Chiediamo di discutere oggi l'ordine del giorno sulla sanità.


PRESIDENTE

Grazie. Ne prendo atto.
"""


def test_a_member_printed_once_as_surname_in_capitals_and_given_name_is_a_label() -> None:
    assert speakers(convert_text(COUNCIL.encode(), "consiglio.txt").tei) == [
        "PRESIDENTE",
        "PRESIDENTE",
        "ROSSI Marco",
        "PRESIDENTE",
    ]


# A Philippine court's direct examination as a web page quotes it: counsel as "ATTY. NAME:",
# spaces before and after the colons, questions and answers as Q and A.
EXAMINATION = """ATTY. REYES:     Where were you that evening?

WITNESS   :       At home with my brother.
Q      :       What were you doing then?
A      :       Watching TV.
COURT:     Which room?
ATTY. REYES:     The living room, Your Honor.
"""


def test_atty_is_an_abbreviation_inside_a_label() -> None:
    assert speakers(convert_text(EXAMINATION.encode(), "examination.txt").tei) == [
        "ATTY. REYES:",
        "WITNESS   :",
        "Q      :",
        "A      :",
        "COURT:",
        "ATTY. REYES:",
    ]


# A White House briefing: the reporters as a bare "Q", one space, no stop; no answer letter, the
# press secretary answers by name; a question resumed after an interruption opens with a dash.
WHITE_HOUSE = """Press Briefing by Press Secretary Anna Cole

1:05 P.M. EDT

MS. COLE: Good afternoon, everyone.

Q Good afternoon. Is the President going to sign the bill this week?

MS. COLE: He has said he will sign it as soon as it reaches his desk.

Q And if the Senate changes it —

MS. COLE: Sure.

Q — would he still sign it?

MS. COLE: We will see what the Senate sends us.

Go ahead.

Q Thanks, Anna.
"""


def test_a_briefings_bare_q_answered_by_named_labels_is_a_label() -> None:
    assert speakers(convert_text(WHITE_HOUSE.encode(), "briefing.txt").tei) == [
        "MS. COLE:",
        "Q",
        "MS. COLE:",
        "Q",
        "MS. COLE:",
        "Q",
        "MS. COLE:",
        "Q",
    ]


def test_a_paragraph_opening_with_q_once_is_text() -> None:
    text = "Minutes\n\nChair: We begin with the report.\n\nQ Fever cases rose this year, the report says.\n\nChair: Thank you.\n"
    assert speakers(convert_text(text.encode(), "minutes.txt").tei) == ["Chair:", "Chair:"]


# The rapporteur of a bill, alone on his line with his role after a comma (Italian "relatore").
RAPPORTEUR = """PRESIDENTE

Passiamo all'esame del disegno di legge n. 12. La parola al relatore, Consigliere Neri.


NERI Paolo, relatore

Signor Presidente, il disegno di legge proroga l'esercizio provvisorio fino al 30 aprile.


PRESIDENTE

Grazie. Apro la discussione generale.
"""


def test_a_rapporteur_alone_on_his_line_is_a_label() -> None:
    assert speakers(convert_text(RAPPORTEUR.encode(), "relatore.txt").tei) == [
        "PRESIDENTE",
        "NERI Paolo, relatore",
        "PRESIDENTE",
    ]


# The French Senate's analytical record: a minister printed once with his office after a comma,
# the office holding a comma of its own, the stop set apart before the dash.
ANALYTIQUE = """Questions d'actualité

M. le président. - L'ordre du jour appelle les questions d'actualité au Gouvernement.

M. Jean Dupont . - Ma question s'adresse au ministre de l'intérieur, et j'attends une réponse : quand agirez-vous ?

M. Paul Martin, ministre délégué auprès du ministre de l'intérieur, chargé des cultes . - Je vous réponds.

M. le président. - Merci.
"""


def test_an_office_with_a_comma_inside_a_label_that_ends_with_stop_and_dash() -> None:
    assert speakers(convert_text(ANALYTIQUE.encode(), "cra.txt").tei) == [
        "M. le président. -",
        "M. Jean Dupont . -",
        "M. Paul Martin, ministre délégué auprès du ministre de l'intérieur, chargé des cultes . -",
        "M. le président. -",
    ]


def test_a_sentence_with_commas_before_a_colon_stays_text() -> None:
    text = "Hearing\n\nCHAIRMAN SMITH: We begin.\n\nMr. Jones, however, said it plainly: we need funds.\n\nCHAIRMAN SMITH: Thank you.\n"
    assert speakers(convert_text(text.encode(), "hearing.txt").tei) == ["CHAIRMAN SMITH:", "CHAIRMAN SMITH:"]


# The Storting's web copy hard-wrapped, no blank lines: the clock in brackets after the party,
# each member printed once.
STORTING = """President: Kari Lund
Presidenten [10:00:08 ]: Representanten
Ola Dahl vil framsette et representantforslag.
Ola Dahl (H) [10:00:21 ]: Jeg har gleden av å fremme
et representantforslag på vegne av representantene Berg, Moen
og meg selv om bedre jernbane.
Presidenten [10:00:40 ]: Representanten
Siri Vik vil framsette to representantforslag.
Siri Vik (SV) [10:00:52 ]: Det er en glede å fremme
to forslag om skolehelsetjenesten.
"""


def test_a_clock_in_brackets_after_the_party_is_the_labels_time() -> None:
    root = etree.fromstring(convert_text(STORTING.encode(), "storting.txt").tei)
    labels = root.xpath("//t:sp/t:speaker", namespaces=NS)
    assert ["".join(label.itertext()) for label in labels] == [
        "Presidenten [10:00:08 ]:",
        "Ola Dahl (H) [10:00:21 ]:",
        "Presidenten [10:00:40 ]:",
        "Siri Vik (SV) [10:00:52 ]:",
    ]
    assert root.xpath("//t:sp[2]/t:speaker/t:time/text()", namespaces=NS) == ["[10:00:21 ]"]


# The Eduskunta's web record: the member's party after a slash, the kind of speech glued to it
# in parentheses; labels alone on their line.
EDUSKUNTA = """Täysistunnon pöytäkirja 12/2014 vp

Hallituksen esitys laiksi lukiolain muuttamisesta

Maija Virtanen /kok(esittelypuheenvuoro):

Arvoisa puhemies! Valiokunta puoltaa esitystä.

Pekka Laine /sd:

Arvoisa puhemies! Kannatamme valiokunnan mietintöä.
"""


def test_a_party_after_a_slash_belongs_to_the_label() -> None:
    assert speakers(convert_text(EDUSKUNTA.encode(), "eduskunta.txt").tei) == [
        "Maija Virtanen /kok(esittelypuheenvuoro):",
        "Pekka Laine /sd:",
    ]


def test_a_slash_inside_a_sentence_before_a_colon_is_no_label() -> None:
    text = (
        "Minutes\n\nChair: We begin.\n\nThe options and /or the costs remain: nobody knows.\n\nChair: Next.\n"
    )
    assert speakers(convert_text(text.encode(), "minutes.txt").tei) == ["Chair:", "Chair:"]


# The Bernese Grand Council: the chair's office alone with its stop, members with their place and
# party, each printed once.
GROSSER_RAT = """Der Grosse Rat des Kantons Bern

Montag (Nachmittag), 4. Juni 2018

Präsidentin. Darf ich Sie bitten, Platz zu nehmen? Für die SP-Fraktion spricht Anna Keller.

Anna Keller, Biel (SP). Die SP-Fraktion unterstützt die Wahlvorschläge.
"""


def test_the_chairs_office_alone_with_its_stop_is_a_label() -> None:
    assert speakers(convert_text(GROSSER_RAT.encode(), "grosser-rat.txt").tei) == [
        "Präsidentin.",
        "Anna Keller, Biel (SP).",
    ]


def test_another_form_of_address_alone_with_its_stop_is_no_label() -> None:
    text = "Protokoll\n\nPräsident: Wir beginnen.\n\nFrau. So stand es im Brief, ohne Namen.\n\nPräsident: Danke.\n"
    assert speakers(convert_text(text.encode(), "protokoll.txt").tei) == ["Präsident:", "Präsident:"]


# A TV caption log of a sitting: a timecode line before most turns, the captioner's arrows right
# after each name in CAPITALS.
CAPTIONS = """SENATE SESSION 1600- END
160414
PRESIDING OFFICER>> The Senate will come to order. The clerk will call the roll.
160430
CLERK>> Mr. Alexander. Ms. Baldwin.
160455
PRESIDING OFFICER>> The majority leader is recognized.
160458
SENATOR THUNE>> Thank you, Mr. President.
"""


def test_arrows_after_a_name_in_capitals_end_a_captioned_label() -> None:
    assert speakers(convert_text(CAPTIONS.encode(), "captions.txt").tei) == [
        "PRESIDING OFFICER>>",
        "CLERK>>",
        "PRESIDING OFFICER>>",
        "SENATOR THUNE>>",
    ]


def test_arrows_after_a_link_in_mixed_case_are_no_label() -> None:
    text = "News\n\nChair: We begin.\n\nRead more>> The full report is online.\n\nChair: Next.\n"
    assert speakers(convert_text(text.encode(), "news.txt").tei) == ["Chair:", "Chair:"]


def test_a_hansard_web_copys_buttons_are_furniture_and_a_ministers_office_names_the_holder() -> None:
    """A copy of a Hansard web page keeps the "Share" button under each label and the "Hansard
    source" citation under the title: page furniture, none of them speech nor label; a minister's
    label alone prints the office in lower case too, the portfolio after a comma, and the holder
    in the parentheses, the holder being the person."""
    tei = sample_tei("en-commons-web-buttons.txt")  # its labels: turns.toml
    assert turn_ids(tei) == ["alan-brook", "peter-grant", "alan-brook", "mrs-helen-dorsey"]
    text = tei.xpath("string(//t:text)", namespaces=NS)
    assert "Share" not in text and "Hansard source" not in text
    role = tei.xpath("//t:person[@xml:id='peter-grant']/@role", namespaces=NS)
    assert role == ["Minister of State, Department for Transport"]


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Teilen",
        "Partager",
        "Hansard source (Citation: HC Deb, 9 November 2023, c412)",
        "- Hansard - - - Excerpts",
        "Link to this speech",
        "Photo of Alan Brook",
        "Foto: Anna Beispiel",
        "Read Full debate",
        "Share this transcript",
        "(8 years, 5 months ago)",
    ],
)
def test_a_web_pages_speech_buttons_are_furniture(line: str) -> None:
    text = (
        f"Alan Brook (Northtown) (Lab)\n{line}\nThe minister has not answered.\nMr Speaker\n{line}\nOrder.\n"
    )
    tei = etree.fromstring(convert_text(text.encode(), "web.txt").tei)
    assert line not in tei.xpath("string(//t:text)", namespaces=NS)


def test_a_news_transcripts_heading_and_bracketed_events_are_no_speakers() -> None:
    """A news transcript's "TRANSCRIPT:" over the first speaker is no speaker but a line of the
    head, and its events in square brackets in CAPITALS on lines of their own ("[CROSSTALK]",
    "[APPLAUSE]") are stage directions (and "[INAUDIBLE]" a gap), never a heading nor a
    speaker's label."""
    tei = sample_tei("en-stage-news-brackets.txt")
    assert not tei.xpath("//t:person[@xml:id='transcript' or @xml:id='applause']", namespaces=NS)
    assert tei.find(".//t:body//t:head", NS) is None
    assert tei.xpath("//t:gap/@reason", namespaces=NS) == ["illegible"]
    # the heading is the head's line, no paragraph of the body
    assert "TRANSCRIPT:" not in tei.xpath("string(//t:body)", namespaces=NS)
    assert "TRANSCRIPT:" in tei.xpath("string(//t:front)", namespaces=NS)


def test_a_news_transcripts_surname_label_is_the_person_named_in_full_with_a_role_before() -> None:
    """A news transcript names each speaker in full once with the role after a comma ("PAULA
    VANCE, WNX ANCHOR:"), then by the surname ("VANCE:"): one person, the role a role though in
    capitals; "UNIDENTIFIED MALE" and "MALE SPEAKER", described by nothing, stay two."""
    tei = sample_tei("en-news-network-roles.txt")
    assert turn_ids(tei) == [
        "paula-vance",
        "derek-oswin",
        "greta-hallman",
        "unidentified-male",
        "paula-vance",
        "greta-hallman",
        "male-speaker",
        "derek-oswin",
    ]
    roles = tei.xpath("//t:person/@role", namespaces=NS)
    assert roles == ["WNX ANCHOR", "WNX CHIEF WEATHER CORRESPONDENT", "MAYOR OF RIVERTON"]
    assert not tei.xpath("//t:person/t:affiliation", namespaces=NS)


def test_a_news_transcripts_roles_in_capitals_are_roles_and_a_faction_in_mixed_case_a_party() -> None:
    tei = sample_tei("en-stage-news-brackets.txt")
    assert turn_ids(tei) == ["jane-morrow", "tom-riggs", "bill-hayne", "jane-morrow", "bill-hayne"]
    assert tei.xpath("//t:person/@role", namespaces=NS) == ["ANCHOR", "MAYOR OF EASTPORT", "CORRESPONDENT"]
    duma = sample_tei("ru-stage-duma.txt")
    assert duma.xpath("//t:person[@xml:id='rubtsov-v-l']/t:affiliation/text()", namespaces=NS) == [
        'фракция "ЕДИНАЯ РОССИЯ"'
    ]


def test_a_news_pages_dateline_with_the_hour_glued_to_the_year_dates_the_record() -> None:
    """A news site's page copied as text sets the hour right after the year ("October 10,
    20235:00 AM ET"): the record's date all the same; the host and the reporter named in full
    with their roles, then by their surnames."""
    tei = sample_tei("en-news-web-glued-hour.txt")
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2023-10-10"]
    assert turn_ids(tei) == ["john-pelling", "carla-denning", "john-pelling", "carla-denning"]
    assert tei.xpath("//t:person/@role", namespaces=NS) == ["HOST", "BYLINE"]
    assert "Copyright" not in tei.xpath("string(//t:text)", namespaces=NS)


DUBOIS = "M. Jean Dubois, ministre de l'intérieur et des outre-mer"


@pytest.mark.parametrize(
    ("sample", "turns", "gone"),
    [
        (
            "fr-assemblee-web-buttons.txt",
            ["Mme la présidente", "Mme la présidente", "M. Paul Girard", "Mme la présidente", DUBOIS],
            ["Accueil", "Partager", "Voir la vidéo"],
        ),
        (
            "sv-riksdag-web-anforande.txt",
            ["Anna Svensson (S)", "Statsrådet Erik Lund (M)"],
            ["Anförande", "Dela"],
        ),
        (
            "en-europarl-web-footer.txt",
            ["President. –", "Anna Berg, rapporteur. –", "Peter Lang, on behalf of the PPE Group. –"],
            ["Video of the speeches", "Last updated", "Legal notice"],
        ),
    ],
)
def test_a_parliaments_web_page_keeps_its_turns_without_its_buttons_and_trail(
    sample: str, turns: list[str], gone: list[str]
) -> None:
    """The breadcrumb trail above the record, the buttons under each speech (share, the video),
    the speech's number on a line of its own and the page's footer are no words of the record."""
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == turns
    text = tei.xpath("string(//t:text)", namespaces=NS) + tei.xpath("string(//t:title)", namespaces=NS)
    assert not [word for word in gone if word in text]


def test_a_speech_page_names_its_speaker_in_its_title_and_dates_the_speech() -> None:
    """A parliament's page of one speech titles it with the speaker ("Rede von Anna Krüger") over
    the name and party alone on a line, the speech's date, hour and length under the trail: the
    name is the speech's label though printed once, the date the record's."""
    tei = sample_tei("de-bundestag-web-rede.txt")
    assert speakers(etree.tostring(tei)) == ["Anna Krüger (SPD)"]
    assert tei.xpath("//t:teiHeader//t:date/@when", namespaces=NS)[:1] == ["2023-10-12"]
    text = tei.xpath("string(//t:text)", namespaces=NS)
    assert "Teilen" not in text and "Foto" not in text and "Startseite" not in text


def test_a_speech_pages_title_names_its_speaker_over_the_date_line_too() -> None:
    """The page's title naming the speaker ("Rede von Jonas Weber") stands over the speech's date
    on a line of its own, and the name and party under it: still the speech's label."""
    tei = sample_tei("de-landtag-web-rede-date.txt")
    assert speakers(etree.tostring(tei)) == ["Jonas Weber (GRÜNE)"]
    assert turn_ids(tei) == ["jonas-weber"]
    assert tei.xpath("//t:settingDesc//t:date/@when", namespaces=NS) == ["2024-03-14"]


def test_a_web_resocontos_page_marker_is_furniture() -> None:
    tei = sample_tei("it-camera-web-pag.txt")
    assert speakers(etree.tostring(tei)) == ["PRESIDENTE.", "MARIO ROSSI (PD-IDP).", "PRESIDENTE."]
    assert "Pag. 12" not in tei.xpath("string(//t:text)", namespaces=NS)


def test_bracketed_name_with_colon_of_an_automatic_transcript_takes_turns() -> None:
    """An automatic transcript's `[Name]: speech`: the bracket and its colon are the label, the
    hall's `[Laughter]` inside the speech stays a stage."""
    tei = sample_tei("en-ai-transcript-bracketed-colon.txt")
    assert speakers(etree.tostring(tei))[:2] == ["[Corinne Abernathy]:", "[Tobias Wrenfield]:"]
    assert tei.xpath("//t:sp[5]//t:stage/text()", namespaces=NS) == ["[Laughter]"]
    assert not tei.xpath("//t:p[starts-with(normalize-space(), '[')]", namespaces=NS)


def test_share_buttons_noted_as_opening_a_new_window_are_furniture() -> None:
    """`• Whatsapp: abre ventana nueva`: a share button's name before a colon, no speaker."""
    tei = sample_tei("es-web-share-new-window.txt")
    assert turn_ids(tei) == ["portavoz", "consejera-de-hacienda", "portavoz"]
    assert "ventana" not in " ".join(tei.xpath("//t:body//text()", namespaces=NS))


def test_a_few_words_under_a_label_alone_are_its_speech_no_heading() -> None:
    """`Speaker 2 (00:41):` / `Pretty much all of them`: the words under the label are its turn's."""
    tei = sample_tei("en-podcast-clock-label-short-speech.txt")
    assert texts(tei, "//t:sp/t:speaker")[:2] == ["Speaker 1 (00:00):", "Speaker 2 (00:41):"]
    assert texts(tei, "//t:sp[2]/t:p") == ["Pretty much all of them"]
    assert not tei.xpath("//t:body//t:head", namespaces=NS)


def test_a_government_banner_is_furniture_and_a_capitals_question_once_a_turn() -> None:
    """The banner of a government's site is no title nor text; `QUESTION:` once between two
    turns of the briefer is a reporter's turn though it asks nothing; the hour is no title."""
    tei = sample_tei("en-briefing-gov-banner-question-remark.txt")
    body = " ".join(tei.xpath("//t:text//text()", namespaces=NS))
    assert ".gov" not in body and "how you know" not in body
    assert texts(tei, "//t:sp[2]/t:p") == ["You said that last week too. (Laughter.)"]
    assert "1:47" not in " ".join(texts(tei, "//t:titleStmt/t:title"))


def test_a_news_sites_continue_reading_line_is_furniture() -> None:
    tei = sample_tei("en-news-debate-continue-reading.txt")
    assert "Continue reading" not in " ".join(tei.xpath("//t:text//text()", namespaces=NS))


def test_a_japanese_pages_skip_link_and_update_are_furniture() -> None:
    """The skip link is no title, the page's update no date: the conference's day dates it."""
    tei = sample_tei("ja-governor-kaiken-web-updated.txt")
    assert texts(tei, "//t:front/t:docTitle/t:titlePart[@type='main']") == ["定例記者会見録(3月8日)"]
    assert tei.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "2024-03-08"
    assert "本文へ" not in " ".join(tei.xpath("//t:text//text()", namespaces=NS))


def test_a_video_transcripts_caption_clocks_are_times_between_paragraphs() -> None:
    """`00:06Before we begin, …`, `00:05 Le premier point …`: the caption's clock is a time
    between the paragraphs, no word of them."""
    for sample, second, clocks in (
        ("en-video-transcript-caption-clocks.txt", "Before we begin, a reminder", ["00:00", "00:06"]),
        ("fr-video-transcription-horodatage.txt", "Le premier point de l'ordre", ["00:00", "00:05"]),
    ):
        tei = sample_tei(sample)
        paragraphs = texts(tei, "//t:body//t:p")
        assert paragraphs[2].startswith(second)
        assert not any(p[:1].isdigit() for p in paragraphs)
        assert texts(tei, "//t:body//t:stage/t:time")[:2] == clocks


def test_a_spanish_press_conferences_question_letter_with_a_dash_is_a_turn() -> None:
    """`P.- …` / `Portavoz.- …`: the reporters' letter of the pair, answered by named labels."""
    tei = sample_tei("es-rueda-prensa-p-guion.txt")
    assert turn_ids(tei) == ["p", "portavoz", "consejera-de-sanidad", "p", "portavoz"]
    assert texts(tei, "//t:sp[4]/t:p")[0].startswith("Andrés Molina, de Radio Sierra.")


def test_a_web_copys_paragraphs_one_a_line_under_its_headings_are_read_one_a_line() -> None:
    """A party's page prints the speech one paragraph a line under its teaser and headings, none
    ending a sentence, in one block: the lines too long for any hard wrap are paragraphs, and the
    label on its line before the salutation opens the speech."""
    tei = sample_tei("en-web-congress-speech-lines.txt")
    assert texts(tei, "//t:sp/t:speaker") == ["Chairwoman of the Union of Farmers Marta Kovalenko:"]
    speech = texts(tei, "//t:sp/t:p")
    assert speech[:2] == ["Dear delegates, friends,", "Mr Radu,"]
    assert speech[-1].startswith("Our first task now is the roads")


def test_a_news_copys_counsel_named_after_the_side_and_calling_is_a_label() -> None:
    """A news site's copy of an oral argument prints a counsel's side and calling before the name
    ("County lawyer Neil Ashby:"): the calling is an office as "counsel" is, no word of a sentence,
    and the surname alone after ("Ashby:") is the same person."""
    tei = tabled_tei("en-news-court-role-before-name.txt")  # the labels turns.toml gives
    assert turn_ids(tei)[1] == turn_ids(tei)[3] == "county-lawyer-neil-ashby"


def test_a_reports_chancellor_under_his_office_alone_printed_once_is_a_label() -> None:
    """A newspaper's report of a Reichstag sitting gives the chancellor's speech under his office
    alone with its stop, printed once ("Der Reichskanzler. Meine Herren, …"): "Reichskanzler" is an
    office as "Bundeskanzler" is; the line naming him at the table is no label."""
    tei = sample_tei("de-reichstag-report-chancellor-once.txt")
    assert tei.xpath("//t:sp/t:speaker/text()", namespaces=NS) == ["Der Reichskanzler."]
    assert "Meine Herren" in tei.xpath("string(//t:sp)", namespaces=NS)

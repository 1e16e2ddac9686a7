"""A closed caption typed in capitals throughout stays captions, its marks in its labels, whatever
line stands over its one-line turns (a title ending in its colon or in the meeting's hour); an
indefinite article is no name's word used in lower case only before a participant of the hall
("Un actionnaire individuel :"), where before any other office it opens a sentence reporting what
one said ("Un ministre a répondu :", "En ledamot skrev:") and in Spanish is no article at all
("En nombre del Ministerio:"); a mail's own words right under the quotation's own blank line (">")
stand after the turns, and a post's words between its quoted blocks between them. Invented
samples (names invented; labels in turns.toml, persons in ids.toml) and the counter-examples that
read as before."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_captions_under_a_title_ending_in_its_colon_stay_captions() -> None:
    """ "CITY OF ASHFORD, …, PUBLIC HEARING ON THE SIDEWALK ORDINANCE:" / ">> MAYOR KOWALCZYK:
    THE PUBLIC HEARING IS OPEN. …": a caption's title in its capitals, no sentence introducing a
    quotation; the marks stay in the labels as the captions print them."""
    root = tabled_tei("en-council-captions-capitals-colon-title.txt")
    assert texts(root, "//t:sp[1]/t:p") == ["THE PUBLIC HEARING IS OPEN. THE CLERK WILL READ THE NOTICE."]


def test_captions_under_a_title_ending_in_the_meeting_s_hour_stay_captions() -> None:
    """ "Linwood County Board of Supervisors, Regular Meeting, March 4, 2025 6:00 PM" / ">> CHAIR
    ORTEGA: WE ARE CALLED TO ORDER. …": the hour the meeting opened, no forum's hour posted."""
    root = tabled_tei("en-board-captions-capitals-hour-title.txt")
    assert texts(root, "//t:sp[last()]/t:p") == ["THANK YOU. WE HAVE A QUORUM."]


def test_captions_run_on_from_before_their_marks_keep_their_marks() -> None:
    """ "… THE ITEMS BEFORE US TONIGHT ARE THESE:" (a speech the captioner joined late) / ">>
    CLERK: ITEM ONE, …": the caption's own line in capitals over the marks, no message's."""
    text = (
        "AND SO, WITH NO FURTHER DELAY, THE ITEMS BEFORE US TONIGHT ARE THESE:\n"
        ">> CLERK: ITEM ONE, THE PARKING ORDINANCE ON SECOND READING.\n"
        ">> MAYOR DAVIS: THANK YOU. IS THERE A MOTION?\n"
        ">> COUNCILMEMBER LI: SO MOVED.\n"
        ">> MAYOR DAVIS: ALL IN FAVOR? THE MOTION CARRIES.\n"
    )
    labels = texts(text_tei(text), "//t:sp/t:speaker")
    assert labels[-4:] == [">> CLERK:", ">> MAYOR DAVIS:", ">> COUNCILMEMBER LI:", ">> MAYOR DAVIS:"]


def test_a_minister_s_answer_reported_under_an_indefinite_article_is_no_turn() -> None:
    """ "M. Lucquin : … j'ai posé une question écrite il y a un an …" / "Un ministre a répondu :"
    / "« La maternité restera ouverte … »": the member reporting an answer, the quotation his."""
    root = tabled_tei("fr-assemblee-reported-minister-indefinite.txt")
    assert "Un ministre a répondu :" in texts(root, "//t:sp[2]")[0]


def test_a_member_s_question_reported_under_en_is_no_turn() -> None:
    """ "Jag vill läsa upp vad en ledamot skrev …" / "En ledamot skrev:" / "\"Varför dröjer …?\"":
    the minister reading a question out, no member's turn."""
    root = tabled_tei("sv-riksdag-reported-member-indefinite.txt")
    assert "En ledamot skrev:" in texts(root, "//t:sp[1]")[0]


def test_a_letter_s_sender_opening_with_en_is_no_turn() -> None:
    """ "Dice así, y leo en voz alta:" / "En nombre del Ministerio:" / "«La obra …»": a preposition
    the speech uses in lower case throughout, no article of an unnamed person's label."""
    root = tabled_tei("es-congreso-en-nombre-del-ministerio.txt")
    assert "En nombre del Ministerio:" in texts(root, "//t:sp[2]")[0]


def test_an_unnamed_shareholder_under_an_indefinite_article_keeps_his_turn() -> None:
    """ "Un actionnaire individuel : Pourquoi le dividende baisse-t-il …" beside "… un pour cent":
    one of the hall, a participant's word after the article."""
    text = (
        "M. le Président : Nous passons aux questions. Chacun dispose d'un micro.\n\n"
        "Un actionnaire individuel : Pourquoi un dividende en baisse ?\n\n"
        "M. le Président : Il y a là un choix d'investissement.\n"
    )
    labels = texts(text_tei(text), "//t:sp/t:speaker")
    assert labels == ["M. le Président :", "Un actionnaire individuel :", "M. le Président :"]


def test_a_mail_s_words_under_the_quotation_s_own_blank_line_stand_after_the_turns() -> None:
    """ "> THE WITNESS: The ninth of May, I believe." / ">" / "That date is the whole case. …":
    the quoted paragraph's end marked as the mail quotes it, the reply's words below it no words of
    the witness."""
    root = tabled_tei("en-mail-deposition-quoted-blank-own-words.txt")
    assert texts(root, "//t:sp[last()]/t:p") == ["The ninth of May, I believe."]
    after = texts(root, "//t:sp[last()]/following-sibling::t:p")
    assert after[0].startswith("That date is the whole case.")
    assert after[-1] == "Owen"


def test_a_post_s_words_between_its_quoted_blocks_stand_between_the_turns() -> None:
    """ "> THE WITNESS: At the depot, until eleven or so." / "" / "So that is the alibi, …" / "" /
    "> MR. QUIST: Who saw you there?": the poster's comment, no words of the witness; the next
    quoted label opens its turn."""
    root = tabled_tei("en-forum-trial-interleaved-comments.txt")
    assert texts(root, "//t:sp[3]/t:p") == ["At the depot, until eleven or so."]
    between = texts(root, "//t:sp[3]/following-sibling::*[1][self::t:p]")
    assert between == ["So that is the alibi, and it is a thin one."]
    assert texts(root, "//t:sp[last()]/t:p") == ["The night manager, Gus."]

"""The speech-to-text services' shapes read where they are a service's and nowhere else: names
alone over the clock alone and a speech are labels where a speaker's name comes again and the
clocks count seconds, never a schedule's items over their hours on the five minutes ("News" /
"18:00") nor minutes' items over the hour they began ("Unterbrechung" / "19:07"); a segment's
start and end joined by a dash are a label's time with their seconds printed, never a
programme's hours ("[09:00 - 09:30] Registration: Foyer"); a service's numbered speaker over a
speech whose first sentence is one word ("Falante 1" / "Bom." / …) is the label, no caption over
a name (invented samples; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_numbered_speaker_over_a_one_word_sentence_is_the_label() -> None:
    """ "Falante 1" / "Bom." / "Vamos começar. …": the speech's first sentence, no name the
    service's word is a caption over; the first turn keeps its label and its words."""
    root = tabled_tei("pt-comissao-stt-falante-one-word-sentence.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Bom. Vamos começar. Está aberta a reunião da comissão de finanças."
    ]
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("Pois não.")


def test_a_caption_over_a_name_is_still_the_page_s() -> None:
    """ "Speaker 1" / "Mark Olsen" / the speech, an earnings call's page: the caption is the
    page's word and the name the label, as before."""
    root = tabled_tei("en-earnings-call-speaker-caption.txt")
    assert texts(root, "//t:list[@type='furniture']/t:item[@ana='speaker-caption']")[-1] == "Speaker 1"


def test_a_segment_joined_by_a_dash_with_its_seconds_is_the_label_s_time() -> None:
    """ "[00:00.000 - 00:06.420] Chair Ramos: …": the segment is the time, the name the label."""
    root = tabled_tei("en-council-stt-dash-segment-seconds.txt")
    assert texts(root, "//t:sp[2]/t:speaker/t:time") == ["[00:06.420 - 00:12.800]"]
    assert texts(root, "//t:sp[3]/t:p") == ["Where do we cut?"]


def test_a_programme_s_hours_joined_by_a_dash_are_no_segment() -> None:
    """ "[09:00 - 09:30] Registration: Foyer": a programme's item and its hours, no label."""
    root = text_tei(
        "Regional Summit on Water – Programme\n\n"
        "[09:00 - 09:30] Registration: Foyer, ground floor\n"
        "[10:15 - 11:00] Keynote: The drought of last summer.\n"
        "[11:00 - 11:15] Coffee\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_a_schedule_s_items_over_their_hours_stay_text() -> None:
    """A channel's evening, "News" and "Weather" twice each over hours on the five minutes: the
    programme's items, no speakers, though they come again."""
    root = text_tei(
        "Channel Four – Saturday\n\nNews\n18:00\nThe latest headlines from home and abroad.\n\n"
        "Weather\n18:25\nTomorrow's forecast for the whole country.\n\n"
        "The Quiz Show\n18:30\nFour contestants answer questions on history and sport.\n\n"
        "News\n22:00\nA late edition of the day's events.\n\n"
        "Weather\n22:25\nThe forecast for the night.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []
    assert "The forecast for the night." in texts(root, "//t:body//t:p")


def test_minutes_items_over_the_hour_they_began_stay_text() -> None:
    """Minutes with each item alone over the minute it began, one item twice ("Unterbrechung" /
    "19:07", "Unterbrechung" / "20:41"): one word, no speaker's name, so no turns."""
    root = text_tei(
        "Protokoll der Gemeindevertretung\n\n"
        "Eröffnung\n18:03\nDie Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n\n"
        "Unterbrechung\n19:07\nDie Sitzung wird für eine Beratung der Fraktionen unterbrochen.\n\n"
        "Haushalt\n19:22\nDer Kämmerer erläutert den Entwurf des Haushalts für das kommende Jahr.\n\n"
        "Unterbrechung\n20:41\nDie Sitzung wird erneut unterbrochen.\n",
        "de.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == []


def test_names_over_clocks_counting_seconds_take_turns_where_one_comes_again() -> None:
    """A page copied with a person's name again over a clock counting seconds: its one-word
    neighbour ("Resident" / "3:02") is a label too."""
    root = text_tei(
        "Library board – transcript\n\nTrustee Ana Ruiz\n0:04\nGood evening. We have one item, the hours.\n\n"
        "Resident\n0:37\nPlease keep the branch open on Sundays.\n\n"
        "Trustee Ana Ruiz\n1:12\nThank you. We will ask staff to cost it.\n",
        "en.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Trustee Ana Ruiz", "Resident", "Trustee Ana Ruiz"]

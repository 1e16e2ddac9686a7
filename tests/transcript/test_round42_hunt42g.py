"""Records of small states' and home-rule parliaments: Luxembourg's Chamber, whose record ends a
label with a stop and a glued dash after the party's brackets and the member's role ("Mme X
(déi gréng), rapportrice.- …"), and the Faroese Løgting, whose members' names carry the
particle "av" ("Sámal av Lofti:") and whose ministers speak as their office ("Landsstýriskvinnan
í mentamálum (X):"), with a negative case for each (invented samples; labels in turns.toml,
persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, text_tei, texts


def test_a_role_after_the_party_s_brackets_and_a_glued_stop_dash_is_a_label() -> None:
    """ "Mme X (déi gréng), rapportrice.- Merci, …": the role is the comma's, the speech after the dash."""
    root = tabled_tei("lb-chamber-party-role-stop-dash.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["Mme Josée Lorsché (déi gréng), rapportrice.-"]
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("Merci, Här President.")
    assert texts(root, "//t:sp[5]/t:speaker") == ["Mme Yuriko Backes (DP), Ministre des Finances.-"]


def test_a_sentence_after_a_party_s_brackets_with_a_stop_and_no_dash_stays_speech() -> None:
    """ "M. X (DP), mir sinn averstanen. Dat …": a sentence's stop, no dash glued to it, no label."""
    root = text_tei(
        "Chambre des Députés\n\n"
        "M. le Président.- D'Wuert huet den Här Wiseler.\n\n"
        "M. Claude Wiseler (CSV).- Merci. Ech soen Iech dat, well de Kolleeg\n"
        "M. Gilles Baum (DP), mir sinn averstanen. Dat ass alles.\n",
        "lb.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["M. le Président.-", "M. Claude Wiseler (CSV).-"]


def test_a_faroese_minister_and_a_name_with_av_are_labels() -> None:
    root = tabled_tei("fo-logting-minister-particle.txt")
    assert texts(root, "//t:sp[2]/t:speaker") == ["Landsstýriskvinnan í mentamálum (Sirið Stenberg):"]
    assert texts(root, "//t:sp[4]/t:speaker") == ["Sámal av Lofti:"]
    assert texts(root, "//t:sp[4]/t:p") == ["Eisini eg havi ein spurning."]


def test_a_norwegian_phrase_with_av_before_a_colon_stays_speech() -> None:
    """ "Behandling av saken: …", a heading's words in lower case after "av": no name."""
    root = text_tei(
        "Kommunestyret\n\n"
        "Ordføreren: Vi går til sak 12.\n\n"
        "Behandling av saken: Rådmannens innstilling ble lagt fram.\n\n"
        "Ordføreren: Da går vi til votering.\n",
        "nb.txt",
    )
    assert texts(root, "//t:sp/t:speaker") == ["Ordføreren:", "Ordføreren:"]

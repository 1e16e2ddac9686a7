"""Shapes of the records of South and West Asia and the Caucasus, each in an invented sample
(labels in turns.toml, persons in ids.toml): the visarga a Bengali or Hindi typist sets apart
for the colon, a Knesset committee's roll one name a line, the decision under a council's turns
in the area's languages, the chair addressed as a speech opens in the Indian scripts and a
hyphenated Hebrew salutation, the professor and the unmarried woman of the Indian houses, and
the doctor in brackets after Sri Lanka's honourable."""

from __future__ import annotations

from lxml import etree

from label_samples import speakers, tabled_tei, text_tei, texts
from stenogram.transcript.config import default_config
from stenogram.transcript.salutations import saluting
from stenogram.transcript.scoring import _spaced_out


def test_a_bengali_visarga_set_apart_is_the_labels_colon() -> None:
    """ "মাননীয় অধ্যক্ষ ঃ …": an old assembly's typist sets the visarga apart for the colon; glued
    to its word it is the word's ("ডঃ সুধীন কুমার ঃ", the doctor; "দুঃখের", "মোঃ")."""
    root = tabled_tei("bn-bidhan-sabha-visarga-colon.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("মাননীয় অধ্যক্ষ মহাশয়, আগামী বর্ষার")
    assert "মোঃ রফিক সাহেব, বসুন।" in texts(root, "//t:sp[4]/t:p")[0]


def test_a_devanagari_visarga_set_apart_is_the_labels_colon() -> None:
    """ "अध्यक्ष महोदय ः …", as a text converted from a legacy font prints the colon; "अतः" and
    "पुनः" keep their visarga in the speech."""
    root = tabled_tei("hi-vidhan-sabha-visarga-colon.txt")
    assert "अतः मैं मंत्री जी से उत्तर चाहता हूँ।" in texts(root, "//t:sp[2]/t:p")[0]


def test_a_visarga_glued_to_its_word_opens_no_label() -> None:
    """ "अतः …", "पुनः …" opening a line: the visarga is the word's, the line the speech's."""
    root = text_tei(
        "अध्यक्ष महोदय : प्रश्न संख्या 3।\nश्री मोहन लाल : महोदय, उत्तर अधूरा है।\n"
        "अतः सदन की कार्यवाही कल तक स्थगित की जाती है।\n"
    )
    assert speakers(etree.tostring(root)) == ["अध्यक्ष महोदय :", "श्री मोहन लाल :"]
    assert "अतः सदन की कार्यवाही" in " ".join(texts(root, "//t:p"))


def test_a_knesset_committees_roll_one_name_a_line_is_its_head() -> None:
    """ "חברי הוועדה:" / "שירה לוין – היו"ר" / "אבנר דגן" / "מוזמנים:" / "נועה ברק – …": the
    protocol's roll, one paragraph a line, no turns, though its names speak below."""
    root = tabled_tei("he-knesset-committee-roll-one-a-line.txt")
    front = texts(root, "//t:front//t:p")
    assert "אבנר דגן" in front
    assert "נועה ברק – מתכננת מחוז, מינהל התכנון" in front


def test_a_councils_decision_under_the_turns_is_no_speaker() -> None:
    """ "KARAR: Teklif oy çokluğu ile kabul edildi.", "გადაწყვეტილება: …": the minutes' entry of
    what the council decided, kept as the record's words."""
    root = tabled_tei("tr-belediye-meclis-karar.txt")
    assert "KARAR: Teklif oy çokluğu ile kabul edildi." in texts(root, "//t:p")
    root = tabled_tei("ka-sakrebulo-gadatsqvetileba.txt")
    assert "გადაწყვეტილება: ცვლილება მიღებულია ხმათა უმრავლესობით." in texts(root, "//t:p")


def test_the_decision_in_the_other_languages_is_no_speaker() -> None:
    """ "Qərar:", "Որոշում:", "مصوبه:", "فیصلہ:", "தீர்மானம்:" under the turns: the minutes'."""
    for label, speech, decision in [
        ("Sədr:", "Səsverməyə qoyuram.", "Qərar: Layihə qəbul edildi."),
        ("Քաղաքապետ:", "Քվեարկում ենք։", "Որոշում: Նախագիծն ընդունվեց։"),
        ("رئیس شورا:", "رأی‌گیری می‌کنیم.", "مصوبه: لایحه تصویب شد."),
        ("چیئرمین:", "رائے شماری کی جاتی ہے۔", "فیصلہ: قرارداد منظور ہوئی۔"),
        ("தலைவர்:", "வாக்கெடுப்புக்கு விடுகிறேன்.", "தீர்மானம்: ஒருமனதாக நிறைவேற்றப்பட்டது."),
    ]:
        root = text_tei(f"{label} {speech}\n{decision}\n")
        assert speakers(etree.tostring(root)) == [label]
        assert decision in texts(root, "//t:p")


def test_a_name_that_opens_with_a_decisions_word_stays_a_label() -> None:
    """ "Karar Hüseyin Bilgin:": the word with a name after it is a person's label."""
    root = text_tei(
        "Belediye Meclisi Tutanağı\n\nMeclis Başkanı: Gündemin ikinci maddesine geçiyoruz, söz isteyen var mı?\n"
        "Karar Hüseyin Bilgin: Sayın Başkanım, teşekkür ederim.\nMeclis Başkanı: Teşekkürler.\n"
    )
    assert speakers(etree.tostring(root)) == ["Meclis Başkanı:", "Karar Hüseyin Bilgin:", "Meclis Başkanı:"]


def test_the_chair_addressed_in_bengali_opens_a_speech() -> None:
    """ "আবুল হোসেন সরকার :- স্যার, …": a name printed once with no form of address, its speech
    opening with the chair addressed."""
    tabled_tei("bn-sangsad-plain-names-saluted.txt")


def test_the_indian_scripts_salutations_and_a_hyphenated_hebrew_one() -> None:
    config = default_config()
    for speech in [
        "अध्यक्ष महोदय, मैं मंत्री जी से पूछना चाहता हूं।",
        "सभामुख महोदय, सरकारले जवाफ दिनुपर्छ।",
        "মাননীয় স্পীকার, আমি একটি প্রশ্ন করতে চাই।",
        "மாண்புமிகு பேரவைத் தலைவர் அவர்களே, நன்றி.",
        "ගරු කථානායකතුමනි, මම ප්‍රශ්නයක් අසනවා.",
        "אדוני היושב-ראש, חברי הכנסת, החוק הזה נחוץ.",
    ]:
        assert saluting(speech, config), speech
    tabled_tei("he-knesset-hyphenated-salutation.txt")


def test_a_speech_about_the_chair_is_no_salutation() -> None:
    """ "अध्यक्षता …", "महोदयों की सूची …": the chair's words inside a longer word or a sentence
    that names no one addressed."""
    config = default_config()
    assert not saluting("अध्यक्षता श्री मोहन ने की।", config)
    assert not saluting("সভার কার্যবিবরণী গৃহীত হলো।", config)


def test_the_professor_and_the_unmarried_woman_of_the_lok_sabha() -> None:
    """ "प्रो. रामगोपाल वर्मा (अलीगढ़) :", "सुश्री दीपा सेन :": forms of address, the stop the
    abbreviation's."""
    root = tabled_tei("hi-lok-sabha-professor-plain-names.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("अध्यक्ष महोदय, विश्वविद्यालयों")


def test_a_professor_named_in_a_sentence_stays_speech() -> None:
    root = text_tei(
        "माननीय अध्यक्ष : श्री मोहन लाल।\nश्री मोहन लाल : महोदय, मेरा प्रश्न है।\n"
        "प्रो. वर्मा ने इस विषय पर एक रिपोर्ट लिखी थी।\n"
    )
    assert speakers(etree.tostring(root)) == ["माननीय अध्यक्ष :", "श्री मोहन लाल :"]


def test_the_doctor_in_brackets_after_the_honourable_of_sri_lanka() -> None:
    """ "ගරු (වෛද්‍ය) X මහතා:", "ගරු (ආචාර්ය) Y මහතා:": the title in brackets, the label's."""
    root = tabled_tei("si-hansard-bracketed-doctor.txt")
    assert texts(root, "//t:sp[3]/t:p")[0].startswith("ගරු කථානායකතුමනි, ඒක")


def test_an_armenian_sentence_a_web_copy_ends_with_a_colon_is_speech() -> None:
    """ "Նախարարը խոստացել էր պատասխանել:": the colon typed for the full stop after an office
    and a verb, the member's speech going on; the minister's own label below it is his."""
    root = tabled_tei("hy-azgayin-web-colon-stops.txt")
    assert texts(root, "//t:sp[2]/t:p")[-1].startswith("Նախարարը խոստացել էր պատասխանել:")


def test_an_armenian_office_and_its_body_stay_a_label() -> None:
    """ "Ֆինանսների նախարարի տեղակալ:": the office's words, no verb among them."""
    root = text_tei(
        "Նիստի սղագրություն\n\nՆախագահող: Խնդրեմ:\nՖինանսների նախարարի տեղակալ: Շնորհակալություն, պարոն նախագահող:\n"
    )
    assert speakers(etree.tostring(root)) == ["Նախագահող:", "Ֆինանսների նախարարի տեղակալ:"]


def test_bengali_initials_without_stops_before_a_forename_and_surname() -> None:
    """ "আ ক ম নূরুল আমিন :": three initials set apart before two words of the name, as the Sangsad
    prints a member, no word spaced out letter by letter."""
    root = tabled_tei("bn-sangsad-initials-unstopped.txt")
    assert texts(root, "//t:sp[2]/t:p")[0].startswith("মাননীয় স্পীকার, আমি বাজেট")


def test_letters_spaced_out_before_more_words_stay_a_heading() -> None:
    """Letters set apart before three words or more, or more letters than initials run, are a
    word spaced out ("T H E Annual General Meeting", "A P P E A R A N C E S"), no initials."""
    assert not _spaced_out("আ হ ম মুস্তফা কামাল")
    assert not _spaced_out("Mr M G E WILEY")
    assert _spaced_out("T H E Annual General Meeting")
    assert _spaced_out("A P P E A R A N C E S")

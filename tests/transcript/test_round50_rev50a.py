"""Round 50 (rev50a): review of hunt50a and hunt50b; a speaker reading out numbered points
under his label printed once is no agenda's heading over a list."""

from __future__ import annotations

from label_samples import outside_turns, tabled_tei, text_tei, turn_speakers
from stenogram.tei.convert import convert_text


def test_speakers_reading_numbered_points_stay_labels_under_the_agenda() -> None:
    """A council's rapporteur (`Plan ve Bütçe Komisyonu Başkanı Leyla DEMİRTAŞ:`, an office and
    a name) and a member by his name alone (`Murat AKSOY:`), each printed once alone over `1- …`,
    read out their points: turns, where `GÜNDEM:` over `1- Yoklama` stays the agenda's heading."""
    tei = tabled_tei("tr-belediye-rapor-maddeli.txt")
    assert outside_turns(tei)[0] == "GÜNDEM:"


def test_name_with_form_of_address_over_numbered_points_is_a_label() -> None:
    """`Sayın Leyla Demirtaş:` names someone by the form of address: printed once alone over
    `1- …` she reads her points, no list's heading."""
    tei = text_tei(
        "Meclis Başkanı Ayhan Koçak: Toplantıyı açıyorum. Söz isteyen var mı?\n\n"
        "Sayın Leyla Demirtaş:\n"
        "1- Belediyemizin 2023 yılı kesin hesabı incelenmiştir.\n"
        "2- Gelirlerin yüzde doksanı tahsil edilmiştir.\n\n"
        "Meclis Başkanı Ayhan Koçak: Teşekkürler. Oylarınıza sunuyorum.\n"
    )
    assert turn_speakers(tei) == [
        "Meclis Başkanı Ayhan Koçak:",
        "Sayın Leyla Demirtaş:",
        "Meclis Başkanı Ayhan Koçak:",
    ]


def test_polish_agenda_heading_over_numbered_items_stays_out_of_the_turns() -> None:
    """`Porządek obrad:` (a heading with a word in lower case, no name) over `1. Otwarcie sesji.`
    is no label, while `Radna Zofia Malinowska:` printed once over `1) …` reads her questions."""
    tei = text_tei(
        "Przewodniczący Rady Jan Wilczek: Otwieram sesję. Głos ma pani radna Zofia Malinowska.\n\n"
        "Radna Zofia Malinowska:\n"
        "1) Zadania drogowe nie zostały wykonane.\n"
        "2) Brakuje środków na oświetlenie ulic.\n\n"
        "Burmistrz Piotr Kaczmarek: Odpowiem na oba pytania pisemnie.\n\n"
        "Porządek obrad:\n"
        "1. Otwarcie sesji.\n"
        "2. Sprawy bieżące.\n\n"
        "Przewodniczący Rady Jan Wilczek: Zamykam sesję.\n"
    )
    assert turn_speakers(tei) == [
        "Przewodniczący Rady Jan Wilczek:",
        "Radna Zofia Malinowska:",
        "Burmistrz Piotr Kaczmarek:",
        "Przewodniczący Rady Jan Wilczek:",
    ]


def test_name_the_floor_was_given_to_over_numbered_points_is_a_label() -> None:
    """An Arabic name has no capitals to tell it from a heading: `خالد منصور العتيبي:` printed
    once alone over `1- …` is the member the chair gave the floor to by name, his points a
    speech; `جدول الأعمال:` over `1- …`, announced by no one, stays the agenda's heading."""
    tei = text_tei(
        "المجلس البلدي\n\n"
        "جدول الأعمال:\n"
        "1- التصديق على المحضر\n"
        "2- مشروع الطريق الدائري\n\n"
        "رئيس المجلس: نبدأ الاجتماع. الكلمة للسيد خالد منصور العتيبي.\n\n"
        "خالد منصور العتيبي:\n"
        "1- إن مشروع الطريق الدائري متأخر عن موعده.\n"
        "2- إن الميزانية المرصودة لا تكفي لإتمامه.\n\n"
        "رئيس المجلس: شكرا. الكلمة لمدير الأشغال.\n\n"
        "مدير الأشغال: سنقدم تقريرا مفصلا في الاجتماع القادم.\n"
    )
    assert turn_speakers(tei) == ["رئيس المجلس:", "خالد منصور العتيبي:", "رئيس المجلس:", "مدير الأشغال:"]
    assert outside_turns(tei)[0].startswith("جدول الأعمال:")


def test_arabic_membership_is_no_member_office() -> None:
    """`عضو` (a member of a body, hunt50b's office before the body and the holder) is a whole word:
    `عضوية` opening a line is the membership, a field's noun (`عضوية اللجان: تكون لمدة سنتين`),
    no office; the member and his feminine before the body stay offices."""
    text = (
        "الرئيس: ننتقل إلى مناقشة مشروع النظام الداخلي. تفضل سعادة المقرر.\n\n"
        "مقرر اللجنة: انتهت اللجنة إلى الصياغة الآتية للمادة الخامسة.\n\n"
        "عضوية اللجان: تكون لمدة سنتين قابلة للتجديد.\n\n"
        "عضو مجلس الشورى سالم راشد النعيمي: أقترح أن تكون المدة ثلاث سنوات.\n\n"
        "عضوة المجلس فاطمة سعيد الهاشمي: أؤيد الاقتراح.\n"
    )
    rows = {row.name: row for row in convert_text(text.encode(), "ar.txt").report.labels}
    assert "office" not in rows["عضوية اللجان"].features
    assert "office" in rows["عضو مجلس الشورى سالم راشد النعيمي"].features
    assert "office" in rows["عضوة المجلس فاطمة سعيد الهاشمي"].features

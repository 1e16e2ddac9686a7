"""Labels of records of Asia and Africa, each printed once or twice: the forms of address that
open a member's name (جناب, জনাব, श्री, திரு., MHE.), the offices of the chair and of ministers in
those languages, initials in scripts that write vowels as marks, the colons and dashes of their
scripts, a label alone above a hard-wrapped speech. Short excerpts written for these tests in
the printed style of each record."""

from __future__ import annotations

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text

NS = {"t": "http://www.tei-c.org/ns/1.0"}

# The Pakistan National Assembly's Urdu debates: the chair, two members, a minister.
URDU = """جناب اسپیکر: بسم اللہ الرحمن الرحیم۔ وقفہ سوالات شروع کیا جاتا ہے۔ سوال نمبر ایک۔
جناب علی محمد خان: جناب اسپیکر، میں وزیر صاحب سے پوچھنا چاہتا ہوں کہ بجلی کے نرخ کب کم ہوں گے؟
وزیر برائے توانائی: جناب اسپیکر، حکومت اس مسئلے پر کام کر رہی ہے۔
محترمہ شازیہ مری: جناب اسپیکر، یہ جواب تسلی بخش نہیں ہے۔
"""

# The Jatiya Sangsad's Bengali debates (জনাব, বেগম before a member's name).
BENGALI = """মাননীয় স্পীকার: আজকের কার্যসূচি শুরু হচ্ছে। প্রশ্নোত্তর পর্ব।

জনাব রাশেদ খান মেনন: মাননীয় স্পীকার, বিদ্যুতের দাম কেন বাড়ানো হলো।

মাননীয় মন্ত্রী: মাননীয় স্পীকার, জ্বালানির দাম বিশ্ববাজারে বেড়েছে।
"""

# Nepal's House of Representatives (माननीय before a member's name or a minister's office).
NEPALI = """सभामुख: आजको बैठक सुरु भएको घोषणा गर्दछु।

माननीय विश्वप्रकाश शर्मा: सभामुख महोदय, बजेटमा कृषि क्षेत्रलाई प्राथमिकता दिइएको छैन।

माननीय अर्थमन्त्री: सभामुख महोदय, कृषिका लागि बजेट बढाइएको छ।
"""

# An Indian state assembly in Telugu (శ్రీ before the name).
TELUGU = """అధ్యక్షులు: ప్రశ్నోత్తరాల సమయం.
శ్రీ పయ్యావుల కేశవ్: అధ్యక్షా, రైతులకు రుణమాఫీ ఎప్పుడు అమలు చేస్తారు?
శ్రీ బుగ్గన రాజేంద్రనాథ్: అధ్యక్షా, ప్రభుత్వం ఈ విషయంలో కట్టుబడి ఉంది.
అధ్యక్షులు: తదుపరి ప్రశ్న.
"""

# The Tamil Nadu assembly: initials in Tamil are a consonant with its vowel sign (கே = க + ே).
TAMIL = """மாண்புமிகு பேரவைத் தலைவர்: வினாக்கள் நேரம் தொடங்குகிறது.

திரு. கே. ஏ. செங்கோட்டையன்: மாண்புமிகு பேரவைத் தலைவர் அவர்களே, புதிய பாலம் அமைக்கப்படுமா?

மாண்புமிகு திரு. எ. வ. வேலு: மாண்புமிகு பேரவைத் தலைவர் அவர்களே, அந்தப் பாலம் இந்த ஆண்டே அமைக்கப்படும்.
"""

# The Bunge of Tanzania: "MHE." (Mheshimiwa, honourable) opens a member's name in CAPITALS.
SWAHILI = """NAIBU SPIKA: Waheshimiwa Wabunge, tunaendelea.

MHE. JOSEPH O. MBILINYI: Mheshimiwa Naibu Spika, ahsante sana. Barabara za Mbeya ni mbovu.

WAZIRI WA UJENZI: Mheshimiwa Naibu Spika, Serikali imetenga fedha kwa barabara hizo.
"""

# A Turkish hearing: "AV." (avukat) between the role and the lawyer's name.
TURKISH = """MAHKEME BAŞKANI: Sanık, kimlik bilgilerinizi söyleyin.
SANIK: Ahmet Yılmaz, 1980 doğumluyum.
SANIK MÜDAFİİ AV. MEHMET DEMİR: Sayın Başkan, müvekkilim suçlamaları kabul etmiyor.
MAHKEME BAŞKANI: Duruşmaya ara verildi.
"""

# The State Great Khural of Mongolia: the chair's office (дарга) and a minister's (сайд) before
# the initial and surname.
MONGOLIAN = """Улсын Их Хурлын дарга Г.Занданшатар: Хуралдаан эхэлье. Гишүүд бүртгүүлнэ үү.

Д.Лүндээжанцан: Баярлалаа. Төсвийн тодотголын талаар асуулт байна.

Сангийн сайд Б.Жавхлан: Асуултад хариулъя. Төсвийн алдагдал буурсан.
"""


def _labels(text: str) -> list[str]:
    root = etree.fromstring(convert_text(text.encode(), "sitting.txt").tei)
    return [label.rstrip(":") for label in root.xpath("//t:sp/t:speaker/text()", namespaces=NS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (URDU, ["جناب اسپیکر", "جناب علی محمد خان", "وزیر برائے توانائی", "محترمہ شازیہ مری"]),
        (BENGALI, ["মাননীয় স্পীকার", "জনাব রাশেদ খান মেনন", "মাননীয় মন্ত্রী"]),
        (NEPALI, ["सभामुख", "माननीय विश्वप्रकाश शर्मा", "माननीय अर्थमन्त्री"]),
        (TELUGU, ["అధ్యక్షులు", "శ్రీ పయ్యావుల కేశవ్", "శ్రీ బుగ్గన రాజేంద్రనాథ్", "అధ్యక్షులు"]),
        (SWAHILI, ["NAIBU SPIKA", "MHE. JOSEPH O. MBILINYI", "WAZIRI WA UJENZI"]),
        (TURKISH, ["MAHKEME BAŞKANI", "SANIK", "SANIK MÜDAFİİ AV. MEHMET DEMİR", "MAHKEME BAŞKANI"]),
        (MONGOLIAN, ["Улсын Их Хурлын дарга Г.Занданшатар", "Д.Лүндээжанцан", "Сангийн сайд Б.Жавхлан"]),
    ],
)
def test_forms_of_address_and_offices_open_labels_printed_once(text: str, expected: list[str]) -> None:
    assert _labels(text) == expected


def test_tamil_initials_with_vowel_signs_are_initials_not_the_labels_stop() -> None:
    assert _labels(TAMIL) == [
        "மாண்புமிகு பேரவைத் தலைவர்",
        "திரு. கே. ஏ. செங்கோட்டையன்",
        "மாண்புமிகு திரு. எ. வ. வேலு",
    ]


def test_a_sentence_that_names_the_chair_before_a_colon_is_no_label() -> None:
    text = URDU + "میں یہ کہنا چاہتا ہوں کہ جناب اسپیکر نے کہا تھا: ہم اس پر بات کریں گے۔\n"
    assert len(_labels(text)) == 4


def test_a_slash_after_the_arabic_form_of_address_belongs_to_the_label() -> None:
    # the Kuwaiti National Assembly's record: "النائب/ name" for each member, the chair by office
    text = (
        "الرئيس: تفتح الجلسة. الكلمة للأخ مرزوق الخليفة.\n"
        "النائب/ مرزوق الخليفة: شكرا الأخ الرئيس. الحكومة لم ترد على الأسئلة البرلمانية.\n"
        "الرئيس: تفضل الأخ شعيب.\n"
        "النائب/ شعيب المويزري: شكرا الأخ الرئيس. أؤيد ما قاله الزميل.\n"
    )
    assert _labels(text) == ["الرئيس", "النائب/ مرزوق الخليفة", "الرئيس", "النائب/ شعيب المويزري"]


# The Ethiopian House of Peoples' Representatives in Amharic: labels end with the Ethiopic
# preface colon ፦, sentences with ።; Ethiopic letters are no letters of XML 1.0's fourth edition.
AMHARIC = """ክቡር አፈ ጉባኤ፦ የተከበራችሁ የምክር ቤት አባላት፣ ስብሰባው ተከፍቷል።

ክቡር አቶ ገብረመድህን አርአያ፦ ክቡር አፈ ጉባኤ፣ የበጀቱ ድልድል ፍትሃዊ አይደለም።

ክቡር የገንዘብ ሚኒስትር፦ ክቡር አፈ ጉባኤ፣ መንግስት በጀቱን በጥንቃቄ አዘጋጅቷል።

ክቡር አፈ ጉባኤ፦ እናመሰግናለን።
"""


def test_the_ethiopic_preface_colon_ends_a_label() -> None:
    labels = ["ክቡር አፈ ጉባኤ፦", "ክቡር አቶ ገብረመድህን አርአያ፦", "ክቡር የገንዘብ ሚኒስትር፦", "ክቡር አፈ ጉባኤ፦"]
    assert _labels(AMHARIC) == labels


# The Majlis of Iran's detailed minutes (مشروح مذاکرات): a label ends with a tatweel set apart by
# spaces, the dash of Persian typesetting; the chair's office is رئیس (Persian ی).
PERSIAN = """رئیس ـ بسم الله الرحمن الرحیم. جلسه رسمی است. آقای سلیمی بفرمایید.
علیرضا سلیمی ـ آقای رئیس، تذکر آیین‌نامه‌ای دارم. این طرح باید به کمیسیون برود.
رئیس ـ بفرمایید. وقت شما تمام است.
وزیر امور اقتصادی و دارایی ـ آقای رئیس، دولت با این طرح موافق است.
"""


def test_a_tatweel_set_apart_ends_a_persian_label() -> None:
    assert _labels(PERSIAN) == ["رئیس ـ", "علیرضا سلیمی ـ", "رئیس ـ", "وزیر امور اقتصادی و دارایی ـ"]


def test_a_tatweel_between_clauses_of_a_sentence_opens_no_label() -> None:
    text = PERSIAN + "این طرح ـ که برای مردم مهم است ـ در کمیسیون تصویب شد.\n"
    assert len(_labels(text)) == 4


# The Knesset's record: each label alone on its line, the speech hard-wrapped below it, read one
# paragraph a line (Hebrew has no case to tell a wrapped line from a new one).
KNESSET = """היו"ר מיקי לוי:
חברי הכנסת, אני מבקש שקט. חבר הכנסת אופיר כץ, בבקשה.
אופיר כץ (הליכוד):
אדוני היושב-ראש, אני רוצה לומר כמה מילים על הצעת החוק
הזאת, שהיא הצעה חשובה מאוד לציבור כולו.
היו"ר מיקי לוי:
חבר הכנסת כץ, סיים בבקשה.
"""


def test_a_label_alone_above_a_hard_wrapped_speech_is_a_label() -> None:
    assert _labels(KNESSET) == ['היו"ר מיקי לוי', "אופיר כץ (הליכוד)", 'היו"ר מיקי לוי']


# A web copy of the Urdu debates: each label alone on its line with no punctuation, above the
# speech; a heading with a note in parentheses between the turns is no label.
URDU_ALONE = """قومی اسمبلی پاکستان

جناب ڈپٹی اسپیکر
بسم اللہ الرحمن الرحیم۔ جناب خواجہ محمد آصف صاحب۔

خواجہ محمد آصف (وزیر دفاع)
جناب ڈپٹی اسپیکر، شکریہ۔ میں ایوان کو بتانا چاہتا ہوں۔

وقفہ سوالات (جاری)
سوال نمبر دو پر بات ہو گی۔

جناب ڈپٹی اسپیکر
شکریہ۔
"""


def test_a_name_alone_in_a_script_without_case_with_an_address_or_office_is_a_label() -> None:
    assert _labels(URDU_ALONE) == ["جناب ڈپٹی اسپیکر", "خواجہ محمد آصف (وزیر دفاع)", "جناب ڈپٹی اسپیکر"]


# A Thai Senate record copied from a web page: breadcrumbs and a Buddhist-era date above a blank
# line, then the turns one a line; Thai ends no sentence with a stop, so no line shows where a
# paragraph ends, and a label with its colon opens a line all the same.
THAI_WEB = """หน้าแรก > ข่าวสาร > บันทึกการประชุม
วันพฤหัสบดีที่ ๑๒ ตุลาคม พ.ศ. ๒๕๖๖

ประธานวุฒิสภา : เชิญท่านสมาชิกครับ
นายวันชัย สอนศิริ : ท่านประธานที่เคารพ ผมขอหารือเรื่องการพิจารณากฎหมาย
ประธานวุฒิสภา : ขอบคุณครับ เชิญท่านต่อไป
นางสาวภัทรา วรามิตร : ท่านประธานคะ ดิฉันขอสนับสนุนค่ะ
"""


def test_thai_labels_open_lines_that_no_stop_ends() -> None:
    root = etree.fromstring(convert_text(THAI_WEB.encode(), "sitting.txt").tei)
    assert root.xpath("//t:sp/t:speaker/text()", namespaces=NS) == [
        "ประธานวุฒิสภา :",
        "นายวันชัย สอนศิริ :",
        "ประธานวุฒิสภา :",
        "นางสาวภัทรา วรามิตร :",
    ]


# Sri Lanka's Hansard: each label alone on its line (ගරු, honourable, before the name), its Tamil
# and English forms in parentheses under it; a zero-width joiner inside a Sinhala name (ප්‍රේ)
# belongs to the word.
SINHALA = """ගරු කථානායකතුමා
(மாண்புமிகு சபாநாயகர் அவர்கள்)
(The Speaker)
ගරු මන්ත්‍රීතුමනි, ප්‍රශ්නය අහන්න.

ගරු සජිත් ප්‍රේමදාස මහතා
(மாண்புமிகு சஜித் பிரேமதாச)
(The Hon. Sajith Premadasa)
ගරු කථානායකතුමනි, රජය මේ ප්‍රශ්නයට පිළිතුරු දිය යුතුයි.

ගරු කථානායකතුමා
(மாண்புமிகு சபாநாயகர் அவர்கள்)
(The Speaker)
ගරු ඇමතිතුමා.
"""


def test_a_zero_width_joiner_is_part_of_a_labels_word() -> None:
    """The renderings on the lines below the name are the label's own, no stage direction."""
    speaker = "ගරු කථානායකතුමා (மாண்புமிகு சபாநாயகர் அவர்கள்) (The Speaker)"
    member = "ගරු සජිත් ප්‍රේමදාස මහතා (மாண்புமிகு சஜித் பிரேமதாச) (The Hon. Sajith Premadasa)"
    assert _labels(SINHALA) == [speaker, member, speaker]


# Malaysia's Dewan Rakyat: the chair "Tuan Yang di-Pertua" (Tuan, the form of address; Yang
# di-Pertua, the office) printed once, and the hall's voice "Seorang Ahli" (one member).
MALAY = """Tuan Yang di-Pertua: Yang Berhormat Kepala Batas, sila.
Dato' Seri Reezal Merican Naina Merican [Kepala Batas]: Terima kasih Tuan Yang di-Pertua.
Seorang Ahli: [Bercakap tanpa menggunakan pembesar suara]
Dato' Seri Reezal Merican Naina Merican [Kepala Batas]: Saya belum habis lagi.
Timbalan Menteri Kewangan I [Datuk Seri Ahmad Maslan]: Tuan Yang di-Pertua, penjelasan.
"""


def test_the_malay_chair_printed_once_and_the_halls_voice_are_labels() -> None:
    assert _labels(MALAY) == [
        "Tuan Yang di-Pertua",
        "Dato' Seri Reezal Merican Naina Merican [Kepala Batas]",
        "Seorang Ahli",
        "Dato' Seri Reezal Merican Naina Merican [Kepala Batas]",
        "Timbalan Menteri Kewangan I [Datuk Seri Ahmad Maslan]",
    ]
    root = etree.fromstring(convert_text(MALAY.encode(), "sitting.txt").tei)
    assert root.xpath(
        "//t:person[t:persName[@type='label'] = 'Tuan Yang di-Pertua']/@role", namespaces=NS
    ) == ["chair"]


# The Jatiya Sangsad's debates copied from a PDF: hard-wrapped, no blank lines, and Bengali has no
# case to tell a wrapped line from a new paragraph; a label printed once before a wrapped speech.
BENGALI_WRAPPED = """জনাব স্পীকার: মাননীয় সংসদ সদস্য, আপনি বলুন।
জনাব তোফায়েল আহমেদ: মাননীয় স্পীকার, আমি আজ এই মহান সংসদে একটি গুরুত্বপূর্ণ বিষয়ে
কথা বলতে চাই। দেশের অর্থনীতি আজ এক কঠিন সময় পার করছে।
জনাব স্পীকার: ধন্যবাদ।
"""


def test_a_label_before_a_hard_wrapped_speech_is_a_label() -> None:
    assert _labels(BENGALI_WRAPPED) == ["জনাব স্পীকার", "জনাব তোফায়েল আহমেদ", "জনাব স্পীকার"]


# An Egyptian court's record: a party or a lawyer named after a word and its slash (المتهم/ name,
# الأستاذ/ name), the Arabic records' way to set a name after its role or form of address.
EGYPT_COURT = """رئيس المحكمة: نادي على المتهم.
حاجب الجلسة: المتهم/ أحمد محمود علي.
المتهم/ أحمد محمود علي: أفندم.
رئيس المحكمة: هل لديك محام؟
الأستاذ/ خالد سعيد المحامي: حاضر مع المتهم يا سيادة الرئيس.
"""


def test_a_word_and_its_slash_before_a_name_open_an_arabic_label() -> None:
    assert _labels(EGYPT_COURT) == [
        "رئيس المحكمة",
        "حاجب الجلسة",
        "المتهم/ أحمد محمود علي",
        "رئيس المحكمة",
        "الأستاذ/ خالد سعيد المحامي",
    ]

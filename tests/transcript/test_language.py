"""Language detection: the script that names a language, else the commonest words and the letters
only one language writes; a few lines of a record are enough. The texts are written for these
tests (invented names), shaped like the records each parliament prints."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from stenogram.tei.convert import convert_text
from stenogram.transcript.config import load_config
from stenogram.transcript.language import detect_language

CONFIG = load_config()
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Scripts that name their language: no word list is needed.
SCRIPTS = {
    "zh": "主席:現在開會。\n\n王委員小明:主席、各位同仁,我們今天討論預算案。",
    "ja": "○議長（山田一郎君）　これより会議を開きます。\n\n本日の議事日程は、お手元に配付のとおりであります。",
    "ko": "○의장 김민수　회의를 시작하겠습니다.\n\n오늘은 예산안을 심사하겠습니다.",
    "el": "ΠΡΟΕΔΡΕΥΩΝ: Κυρίες και κύριοι συνάδελφοι, αρχίζει η συνεδρίαση.\n\n(Χειροκροτήματα)",
    "he": "היו״ר דוד לוי:\n\nאני פותח את הישיבה. על סדר היום הצעת החוק.",
    "hy": "ՆԱԽԱԳԱՀ. Հարգելի պատգամավորներ, նիստը բաց է։",
    "ka": "თავმჯდომარე: ძვირფასო კოლეგებო, სხდომა გახსნილია.",
    "hi": "श्री उपसभापति: माननीय सदस्यगण, सदन की कार्यवाही प्रारंभ होती है।",
    # Sri Lanka's Hansard prints the Tamil and English forms of each label under the Sinhala one
    "si": "ගරු කථානායකතුමා\n(மாண்புமிகு சபாநாயகர் அவர்கள்)\n(The Speaker)\nගරු මන්ත්‍රීතුමනි, ප්‍රශ්නය අහන්න.",
    # a tribal council's chief in Cherokee's syllabary; a hamlet council's chair in Inuktitut
    "chr": "ᎤᎬᏫᏳᎯ: ᎣᏏᏲ ᏂᎦᏛ. ᎪᎯ ᎢᎦ ᏓᏓᏁᎳ.",
    "iu": "ᐊᖓᔪᖄᖅ: ᖁᔭᓐᓇᒦᒃ. ᑲᑎᒪᓂᖅ ᐱᒋᐊᕐᓂᐊᖅᑐᖅ ᒫᓐᓇ.",
    "am": "ክቡር አፈ ጉባኤ፦ የተከበራችሁ የምክር ቤት አባላት፣ ስብሰባው ተከፍቷል።",
}

# Languages that share a script, told apart by their common words and their own letters. Each
# is a few lines: a short excerpt must be decided too.
WORDS = {
    # Cyrillic: the letters і ї є (Ukrainian) and ы э (Russian) decide a short excerpt
    "ru": "(После перерыва.)\n\nПредседательствующий. Слово имеет товарищ Смирнов.\n\n"
    "Смирнов. Товарищи! Партийный съезд открылся.",
    "uk": "ЗАСІДАННЯ ДВАДЦЯТЕ\n\nГОЛОВУЮЧИЙ. Прошу народних депутатів підготуватися до реєстрації.\n\n"
    "(Шум у залі)",
    "bg": "ПРЕДСЕДАТЕЛ: Уважаеми народни представители, това е точка от програмата, която "
    "ще разгледаме днес.",
    "sr": "ПРЕДСЕДНИК: Поштовани народни посланици, ово је седница на којој ћемо да "
    "гласамо о предлогу закона.",
    # Germanic
    "nl": "De voorzitter:\n\nMevrouw Jansen (SP):\n\nVoorzitter. Ik wil de minister bedanken voor zijn "
    "antwoord, maar het is niet genoeg.",
    "de": "Präsident: Das Wort hat die Abgeordnete Müller.\n\nAbg. Müller: Ich danke Ihnen. Wir haben "
    "heute nur wenig Zeit.",
    "sv": "Anf. 3 Talmannen:\n\nÖverläggningen var härmed avslutad. Kammaren har beslutat att det är "
    "dags för en paus.",
    "da": "Formanden: Mødet er åbnet. Der er ikke flere, som har bedt om ordet, og det er jeg meget glad "
    "for.",
    "nb": "Presidenten: Det er ikke flere som har bedt om ordet. Komiteen vil igjen møte i dag for å "
    "behandle saken.",
    "is": "Forseti: Það er ekki hægt að fara að þessu með þeim hætti sem hér er lagt til.",
    "en": "THE SPEAKER: Order. The question is that the bill be now read a second time.",
    # Romance
    "pt": "O SR. PRESIDENTE - Está aberta a sessão. Não há expediente a ser lido.\n\n"
    "Passa-se às Breves Comunicações.",
    "es": "El señor PRESIDENTE: ¿Lo acuerda así la Comisión? (Asentimiento.)\n\nMuchas gracias. Se "
    "levanta la sesión.",
    "gl": "O señor PRESIDENTE: Grazas, señora deputada. Ten a palabra o señor conselleiro polo tempo "
    "que lle queda, que non é moito.",
    "ca": "El president: Moltes gràcies, diputada. Ara és el torn del grup parlamentari, que també "
    "té la paraula per un minut.",
    "it": "PRESIDENTE. Ha facoltà di parlare il senatore Rossi. Ne ha facoltà.\n\nROSSI. Signor "
    "Presidente, questo è un tema che non possiamo ignorare.",
    "fr": "M. le président. La parole est à M. Durand.\n\nM. Durand. Nous ne sommes pas d'accord avec "
    "cette proposition.",
    "ro": "Domnul președinte: Vă rog, domnule deputat, aveți cuvântul. Este o propunere care a fost "
    "discutată în comisie.",
    # Slavic in Latin letters
    "pl": "Marszałek: Głos ma pan poseł Nowak.\n\nPoseł Jan Nowak: Panie Marszałku! Wysoka Izbo! To "
    "jest bardzo ważna ustawa. (Dzwonek)",
    "cs": "Předseda: Děkuji. Hlásí se ještě někdo do rozpravy? Není tomu tak, rozpravu končím.",
    "ar": "السيد الرئيس: أفتتح الجلسة. الكلمة للسيد النائب.\n\nالنائب أحمد علي: شكرا سيادة الرئيس على هذه الفرصة.",
    "fa": "رئیس مجلس: جلسه رسمی است.\n\nآقای احمدی: با تشکر از ریاست محترم. من با این طرح مخالف هستم.",
    "sk": "Poslanec Ján Novák: Ďakujem pekne, pán predsedajúci. Chcem sa vyjadriť k návrhu, ktorý je zlý.",
    "sl": "Predsednik: Hvala lepa. Prehajamo na naslednjo točko dnevnega reda, to je tudi zadnja "
    "točka, ki jo bomo obravnavali.",
    "hr": "Predsjednik: Dajem na glasovanje prijedlog zaključka. Tko je za? Utvrđujem da je prijedlog "
    "prihvaćen.",
    # others
    "hu": "ELNÖK: Tisztelt Országgyűlés! Most a napirend következő pontjára térünk rá. (Rövid szünet.)\n\n"
    "Köszönöm, hogy ezt is meg tudtuk beszélni.",
    "fi": "Puhemies: Keskustelu on päättynyt. Asian käsittely jatkuu, kun se on myös valiokunnassa "
    "käsitelty.",
    "et": "Esimees: Head kolleegid, see on päevakorra järgmine punkt ja palun kõnetooli ettekandja.",
    "lv": "Sēdes vadītājs: Paldies. Vārds deputātam Bērziņam. Lūdzu, jums ir iespēja runāt par šo jautājumu.",
    "lt": "Pirmininkas: Ačiū. Dabar kalbės kolega. Prašau, jūs turite žodį dėl šio klausimo, kuris yra "
    "labai svarbus.",
    "tr": "BAŞKAN – Sayın milletvekilleri, birleşimi açıyorum. Gündemin ilk maddesi için söz talebi var.",
    "eu": "Presidentea: Eskerrik asko. Orain hitza du taldeko ordezkariak, eta ez dugu beste eskaerarik.",
    "vi": "Chủ tịch Quốc hội: Xin mời đại biểu phát biểu.\n\nĐại biểu Trần Văn B: Tôi đồng ý với dự thảo "
    "luật và đề nghị sửa điều năm.",
}


@pytest.mark.parametrize(("code", "text"), sorted({**SCRIPTS, **WORDS}.items()))
def test_a_few_lines_are_enough_to_name_the_language(code: str, text: str) -> None:
    assert detect_language(text, CONFIG) == code


def test_every_detected_language_has_a_name() -> None:
    codes = {*CONFIG.language_words, *CONFIG.language_letters, *(code for code, _ in CONFIG.language_scripts)}
    assert codes <= set(CONFIG.language_names)


# Courts, councils, assemblies and congresses in languages that had no common words here, and
# Faroese beside Icelandic, whose ð it writes too, Zulu, Tatar and Bashkir beside Kazakh, Upper
# Sorbian beside Czech and Polish: a judge and a witness, a chair and a member, two lines each.
COUNCILS = {
    "fy": "De foarsitter: Wy geane troch mei it folgjende punt. Is der ien dy't hjir wat oer sizze wol?\n\nDe hear Bakker: Ja, foarsitter. Wy hawwe yn de kommisje al lang oer dit stik praat.",
    "hsb": "Předsyda: Dźakuju so za słowo. Nětko mamy hišće jedne prašenje wot knjeza Nowaka.\n\nKnjez Nowak: Ja chcu jenož prajić, zo smy to hižo raz wobjednali.",
    "wo": "Àttekat bi: Yow, ndax xam nga lu tax nga fi nekk tey?\nBindkat bi: Waaw, dama ko xam. Waaye du dëgg li ñu wax.",
    "jv": "Pak Camat: Para rawuh ingkang kinurmatan, sapunika kula badhe maringaken wekdal dhateng Pak Kades.\nPak Kades: Matur nuwun. Wonten ing desa kula sampun wonten dalan enggal.",
    "qu": "Juez: Imatam ruwarqanki chay tutapi?\nTestigo: Wasiypim karqani, manam lluqsirqanichu. Chaymantaqa puñurqanim.",
    "gn": "Mburuvicha: Ko'ágã oñe'ẽta concejal Ramírez.\nConcejal Ramírez: Aguyje. Ñande táva oikotevẽ heta mba'e, ha upéva rupi ñamba'apo va'erã.",
    "fj": "Turaganilewa: Sa vakacava na nomu vakamacala?\nVakadinadina: Au a tiko e vale ena bogi oya, ka au sega ni raica e dua na ka.",
    "br": "Ar Prezidant: Ar gomz a zo bremañ gant Aotrou Tanguy.\nAotrou Tanguy: Trugarez. Ne oa ket bet graet ar pezh a oa bet lavaret deomp er bloaz tremenet.",
    "gv": "Y Fer-Stiurey: Ta shin goll er oi nish dys y nah red.\nJuan Quayle: Gura mie ayd. Cha nel mee er chlashtyn veg mychione shoh roie.",
    "kw": "An Kaderyer: Yma an nessa mater a-dro dhe'n arghans.\nTamsin Rowe: Meur ras. Ny yll'ta gul hemma heb moy a arghans rag an skolyow.",
    "eo": "Prezidanto: Ni nun voĉdonos pri la propono. Kiu subtenas ĝin?\nSekretario: Dudek du voĉoj por, kvar kontraŭ. La propono estas akceptita.",
    "la": "Praeses: Nunc patres de schemate suffragium ferent.\nSecretarius: Placet centum viginti, non placet quinque. Schema igitur approbatum est.",
    "tpi": "Jaj: Yu stap we long dispela nait?\nWitnes: Mi stap long haus bilong mi. Mi no bin lukim wanpela samting.",
    "bi": "Jaj: Yu stap wea long naet ya?\nWitnes: Mi stap long haos blong mi. Mi no luk wan samting nating.",
    "haw": "Luna Hoʻomalu: ʻO ka mea aʻe ma ka papa kuhikuhi, ʻo ia ka moʻohelu kālā.\nKahu Waiwai: Mahalo. Ua heluhelu au i ka palapala a ua maikaʻi nō.",
    "kl": "Siulittaasoq: Oqaaseqarumasoqarpa?\nInatsisartunut ilaasortaq: Qujanaq. Uagut Naalakkersuisut akissuteqaataat tapersersorparput, taamaattumillu siunnersuut akuerissavarput.",
    "se": "Čoahkkinjođiheaddji: Dál mii joatkit nubbi áššiin.\nÁdjat Sara: Giitu. Mun in leat ovttaoaivilis dainna maid stivra lea evttohan.",
    "nah": "Tlayekanketl: Axkan tikneltokaj tlen okijtoj tokniuan.\nTlakatl: Nejua no nikneki nitlajtos pampa amo kuali tlen mochiua ipan toaltepe.",
    "ay": "Irpiri: Jichhax yaqha amtanakat parlt'añäni.\nJilata: Yuspagara. Nanakax janiw uka amtamp kuns yatktanti.",
    "om": "Abbaa Murtii: Ragaan kun maal jedha?\nRagaa: Ani halkan sana mana koo keessa ture. Waan tokkollee hin argine.",
    "tt": "Рәис: Сүз депутат Хәсәновка бирелә.\nХәсәнов: Хөрмәтле коллегалар! Бу закон проекты безнең авыл хуҗалыгы өчен бик кирәк.",
    "ba": "Рәйес: Һүҙ депутат Ғафуровҡа бирелә.\nҒафуров: Хөрмәтле коллегалар! Был закон проекты беҙҙең ауыл хужалығы өсөн бик кәрәк.",
    "cv": "Председатель: Сӑмах депутат Николаева паратӑп.\nНиколаев: Хисеплӗ юлташсем! Ку саккун проекчӗ пирӗн ял хуҫалӑхӗшӗн питӗ кирлӗ.",
    "ast": "La señora PRESIDENTA: Tien la pallabra'l señor Suárez.\nEl señor SUÁREZ: Gracies, presidenta. Nós nun vamos sofitar esta llei porque nun ye bona pa la xente.",
    "co": "U Presidente: Avà hè à a Sgiò Ghjacumina Pieri.\nGhjacumina Pieri: Ringraziu. Stu prughjettu ùn hè micca bonu per i paesi di l'internu.",
    "sc": "Su Presidente: Como tenet sa paràula su cussigeri Sanna.\nCussigeri Sanna: Gràtzias. Custa lege no est bona pro sos pastores de sa Sardigna.",
    "oc": "La presidenta: Ara es la paraula a Mossur Castanh.\nMossur Castanh: Mercés. Aqueste projècte es pas bon per los vilatges de la montanha, e cal que lo conselh ne tòrne parlar.",
    "fo": "Formaðurin: Orðið hevur landsstýrismaðurin.\nLandsstýrismaðurin: Takk fyri. Vit hava arbeitt við hesum máli í nógv ár, og nú er tíðin komin.",
    "zu": "Umantshi: Ufakazi, wawukuphi ngalelo langa?\nUfakazi: Bengisemsebenzini, Nkosi. Angimbonanga ummangalelwa.",
}


@pytest.mark.parametrize(("code", "text"), sorted(COUNCILS.items()))
def test_a_court_or_council_of_few_lines_is_read_in_its_language(code: str, text: str) -> None:
    assert detect_language(text, CONFIG) == code


# Excerpts whose only common words Swedish, Danish and Norwegian share ("har", "en", "som"):
# the letters one of them writes and its kin do not decide.
KIN = {
    "sv": "Talmannen: Anförandet är slut.\n\nStatsministern: Fru talman! Regeringen har lagt en budget som "
    "stärker landet.",
    "da": "Formanden: Ordføreren har en bemærkning som ministeren får lov at høre.",
}


@pytest.mark.parametrize(("code", "text"), sorted(KIN.items()))
def test_kin_whose_common_words_tie_are_told_apart_by_their_letters(code: str, text: str) -> None:
    assert detect_language(text, CONFIG) == code


# Two turns each, whose few common words a neighbour shares ("la", "el"; "er"; "du"): the
# record's own words decide (the floor given, the chair and the house addressed).
SHORT = {
    "ca": "La presidenta: Té la paraula el diputat Puig.\n\nJordi Puig: Gràcies, presidenta. La proposta "
    "millora el sistema fiscal.",
    "eu": "Presidentea: Hitza du Etxeberria jaunak.\n\nMikel Etxeberria: Eskerrik asko, presidente andrea. "
    "Proposamenak zerga sistema hobetzen du.",
    "nb": "Presidenten: Neste taler er Kari Nordmann.\n\nKari Nordmann (A): President! Forslaget forbedrer "
    "skattesystemet.",
    "sl": "Predsednik: Besedo ima poslanec Novak.\n\nJanez Novak: Spoštovani predsednik, predlog izboljša "
    "davčni sistem.",
    "cs": "Předseda: Slovo má poslanec Novák.\n\nPoslanec Jan Novák: Vážený pane předsedo, návrh zlepšuje "
    "daňový systém.",
    "bg": "ПРЕДСЕДАТЕЛ: Давам думата на народния представител Петров.\n\nГЕОРГИ ПЕТРОВ: Уважаеми господин "
    "председател, предложението подобрява данъчната система.",
    "mk": "ПРЕТСЕДАВАЧ: Збор има пратеникот Петровски.\n\nИЛИЈА ПЕТРОВСКИ: Почитуван претседавачу, предлогот "
    "го подобрува даночниот систем.",
    "kk": "ТӨРАҒА: Сөз депутат Ахметовқа беріледі.\n\nАХМЕТОВ А.: Құрметті төраға, заң жобасы салық жүйесін "
    "жақсартады.",
    "mn": "ДАРГА: Үг гишүүн Батад олгоё.\n\nБАТ Д.: Эрхэм дарга аа, хуулийн төсөл татварын тогтолцоог сайжруулна.",
    "lb": "President: Den Här Weber huet d'Wuert.\n\nMarc Weber (CSV): Merci, Här President. De Projet "
    "verbessert de Steiersystem.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SHORT.items()))
def test_a_short_excerpt_is_named_by_the_records_own_words(code: str, text: str) -> None:
    assert detect_language(text, CONFIG) == code


def test_the_records_own_words_name_a_short_excerpt_of_few_common_words() -> None:
    # none of Finnish's commonest words, but the chair, the member and the salutation
    text = (
        "Puhemies: Keskustelu päättyy. Seuraavaksi edustaja Virtanen.\n\n"
        "Edustaja Virtanen: Arvoisa puhemies! Hallituksen esitys heikentää eläkeläisten asemaa.\n"
    )
    assert detect_language(text, CONFIG) == "fi"


def test_a_text_of_no_known_language_is_undetermined() -> None:
    assert detect_language("12:00 — 13:45 … 2024", CONFIG) == "und"
    assert detect_language("Xyzzy plugh quux frobnicate.", CONFIG) == "und"


def test_the_language_goes_into_the_tei() -> None:
    tei = etree.fromstring(convert_text(WORDS["hu"], "hu.txt").tei)
    assert tei.get(XML_LANG) == "hu"
    (language,) = tei.iter(TEI + "language")
    assert (language.get("ident"), language.text) == ("hu", "Hungarian")


def test_a_projects_script_is_tried_after_the_defaults() -> None:
    example = load_config(Path(__file__).resolve().parents[2] / "examples" / "stenogram.toml")
    assert detect_language("ܫܠܡܐ ܥܠܝܟܘܢ ܐܚܝ", example) == "syc"
    assert detect_language(WORDS["uk"], example) == "uk"


def _sittings(corpus: Path) -> list[tuple[str, etree._Element, list[str]]]:
    """Each ParlaMint sample sitting: its folder, its root and the text of each speech segment."""
    out = []
    for path in sorted((corpus / "parlamint").glob("*/*.xml")):
        root = etree.parse(str(path)).getroot()
        out.append(
            (
                path.parent.name,
                root,
                [" ".join(str(s.xpath("string()")).split()) for s in root.iter(TEI + "seg")],
            )
        )
    return out


def _lang(seg: etree._Element, root: etree._Element) -> str:
    return str(seg.get(XML_LANG) or root.get(XML_LANG))


def test_every_parlamint_sitting_is_in_the_language_of_most_of_its_words(corpus: Path) -> None:
    """28 parliaments, 27 languages: the language the TEI gives most of a sitting's words (ES-PV's
    sample is mostly Spanish speeches in a Basque sitting) is the one detected."""
    found, wanted = {}, {}
    for country, root, texts in _sittings(corpus):
        words: Counter[str] = Counter()
        for seg, text in zip(root.iter(TEI + "seg"), texts, strict=True):
            words[_lang(seg, root)] += len(text.split())
        wanted[country] = words.most_common(1)[0][0]
        found[country] = detect_language("\n\n".join(texts), CONFIG)
    assert len(found) == 28 and found == wanted


def test_short_parlamint_speeches_are_mostly_detected(corpus: Path) -> None:
    """Single paragraphs of 15–60 words: the detector decides nearly all of them; the misses are
    between the closest neighbours (Bosnian/Croatian, Galician/Portuguese, Bokmål/Danish)."""
    results = [
        (_lang(seg, root), detect_language(text, CONFIG))
        for _, root, texts in _sittings(corpus)
        for seg, text in zip(root.iter(TEI + "seg"), texts, strict=True)
        if 15 <= len(text.split()) <= 60
    ]
    right = sum(wanted == found for wanted, found in results)
    assert len(results) > 150 and right / len(results) >= 0.95


# A Diet committee's minute whose head, names and offices are all kanji: the few kana of its one
# line of speech name Japanese, as Chinese never writes kana; a Chinese record that joins a foreign
# name's parts with the katakana middle dot stays Chinese.
FEW_KANA = {
    "ja": "第二百十回国会 総務委員会 第三号\n令和五年十一月七日（火曜日）\n午前九時開議\n出席委員\n"
    "委員長 浜田 健一君\n理事 大川 正志君 理事 小松 直樹君\n大野 秀樹君 石田 英治君 中村 幸雄君\n"
    "出席国務大臣\n総務大臣 森川 信也君\n本日の会議に付した案件\n郵便法改正案\n"
    "○浜田委員長 これより会議を開きます。",
    "zh": "主席：現在開會。請外交部長報告。\n\n王委員大明：主席、各位同仁，關於約翰・史密斯先生訪問一事，"
    "本席要求外交部說明。",
}

# A Maghreb parliament's excerpt: few of Arabic's common words stand alone (its articles and
# conjunctions join the word), its ta marbuta and hamza under alif name it.
ARABIC = {
    "ar": "جلسة عامة\n\n12 فيفري 2019\n\n[جلسة مسائية مخصصة لمناقشة مشروع قانون المالية]\n\n"
    "إنطلقت الجلسة بتلاوة جدول الأعمال\n\nمنية الطرابلسي (الكتلة الديمقراطية) :\n\n"
    "الميزانية المقترحة لا تستجيب لمطالب الجهات الداخلية والفلاحة الصغيرة تعاني منذ سنوات.",
    "fa": "رئیس ـ جلسه رسمی است. دستور جلسه قرائت شود.\n\nمنشی ـ بررسی لایحه تأمین اجتماعی و تأکید بر "
    "اجرای مصوبه کمیسیون.",
}


@pytest.mark.parametrize(("code", "text"), sorted({**FEW_KANA, **ARABIC}.items()))
def test_a_short_excerpt_is_named_by_the_letters_its_neighbours_never_write(code: str, text: str) -> None:
    assert detect_language(text, CONFIG) == code


# The Turkic and Iranian languages of the Caucasus and Central Asia, and Mongolian: a short
# excerpt whose letters Russian, Belarusian or Turkish write too (Mongolian ы and э, Azerbaijani ğ
# and ı) is named by the letters only it writes among them and those its neighbours never write.
NEIGHBOURS = {
    "az": "Sədr - Hörmətli deputatlar, iclası açıq elan edirəm.\n\nRəhimov - Təşəkkür edirəm. Bu məsələ "
    "çox vacibdir.",
    "mn": "Хуралдааныг даргалагч Д.Эрдэнэ: Гишүүд ээ, хуралдааныг нээе.\n\nБ.Төмөр: Би энэ төслийг "
    "дэмжиж байна.",
    "ky": "Төрага: Урматтуу депутаттар, жыйынды ачык деп жарыялайм.\n\nОсмонов К.: Рахмат. Бул мыйзам "
    "долбоору менен макулмун.",
    "kk": "Төраға. Құрметті депутаттар! Сөз депутат Омаровқа беріледі.\n\nОмаров Қ. Рақмет. Бұл заң "
    "жобасын қолдаймын.",
    "tg": "Раиси Маҷлис: Вакилони мӯҳтарам! Ҷаласаро кушода эълон мекунам.\n\nСафаров Ҷ.: Ташаккур. Ман ин "
    "лоиҳаро дастгирӣ мекунам.",
    "uz": "Raislik qiluvchi: Hurmatli deputatlar! Majlisni ochiq deb eʼlon qilaman.\n\nB. Tursunov: Rahmat. "
    "Bu qonun loyihasi muhim.",
}


@pytest.mark.parametrize(("code", "text"), sorted(NEIGHBOURS.items()))
def test_an_excerpt_is_told_from_its_neighbours_by_letters_they_never_write(code: str, text: str) -> None:
    assert detect_language(text, CONFIG) == code


def test_a_russian_record_keeps_its_language_beside_kazakh_names() -> None:
    text = (
        "Председательствующий. Слово предоставляется депутату Әбілқасымову.\n\n"
        "Әбілқасымов Қ.Ә. Спасибо. Я хотел бы сказать о законе, который мы сегодня обсуждаем."
    )
    assert detect_language(text, CONFIG) == "ru"


# Samples whose language is the record's main one, told apart from a close neighbour or from the
# dense common words of a second language printed in it.
MAIN_LANGUAGE = {
    "de-ch-bulletin-french-turn.txt": "de",
    "ms-dewan-rakyat-language.txt": "ms",
    "pt-dar-roll-spaced.txt": "pt",
    "pt-dar-roll-parties-body.txt": "pt",
    "en-court-examination.txt": "en",
}


@pytest.mark.parametrize(("name", "code"), sorted(MAIN_LANGUAGE.items()))
def test_the_record_is_in_its_main_language(name: str, code: str) -> None:
    """A French turn among German ones leaves a Swiss record German; Malay is no Indonesian; a
    Portuguese roll's surnames ("Cunha") and an examination's letters ("A.") are no common words."""
    text = (Path(__file__).parent.parent / "data" / "labels" / name).read_text(encoding="utf-8")
    assert detect_language(text, CONFIG) == code


def test_an_indonesian_record_stays_indonesian() -> None:
    text = (
        "KETUA RAPAT: Baik, terima kasih Bapak dan Ibu sekalian. Kita lanjutkan saja rapat ini.\n\n"
        "F-PDIP (BUDI SANTOSO): Terima kasih Pimpinan. Kami berpendapat bahwa pemerintah harus "
        "menjelaskan anggaran tersebut, karena masyarakat ingin tahu."
    )
    assert detect_language(text, CONFIG) == "id"

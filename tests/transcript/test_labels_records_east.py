"""Label shapes of the records of Central and Eastern Europe, Turkey, Greece, the Arab world and
East Asia: parliaments and their committees, courts, city councils and press conferences, each
label mostly printed once (samples written for these tests in the shapes the real records print,
the names invented)."""

from __future__ import annotations

import pytest
from lxml import etree

from label_samples import NS, SAMPLES, sample_tei, speakers, turn_ids
from stenogram.tei.convert import convert_text


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a web copy that lists a sitting's speeches one a bullet, the bullet printed before each
        # label (the Hungarian Országgyűlés as a speech archive shows it)
        ("hu-sayit-bullets.txt", ["• TÓTH LÁSZLÓ jegyző:", "• ELNÖK:", "• KISS GÁBOR (Jobbik):"]),
        # a Chinese press conference: a triangle before each reporter, a broadcaster's name in
        # Latin capitals inside the Han label ("▲DVB电视台记者：") and a question mark ending it
        (
            "zh-press-triangle.txt",
            ["赵国民：", "▲DVB电视台记者：", "赵国民：", "▲路透社记者：", "赵国民："],
        ),
        # a Hungarian council's minutes: the office in lower case after the name, each printed
        # once ("Balogh István képviselő:"), under the title "JEGYZŐKÖNYV" (minutes), no label
        (
            "hu-council-role-after.txt",
            [
                "Horváth Zoltán polgármester:",
                "Dr. Farkas Éva jegyző:",
                "Balogh István képviselő:",
                "Horváth Zoltán polgármester:",
            ],
        ),
        # a Croatian trial: the parties by their roles, one of several words in Mixed case
        (
            "hr-court-roles.txt",
            ["Sutkinja:", "Zamjenik državnog odvjetnika:", "Optuženik Marko Babić:", "Branitelj:"],
        ),
        # a Romanian council: a form of address and an office in lower case before the name
        (
            "ro-council-address.txt",
            [
                "Domnul primar Ion Pop:",
                "Doamna consilier Maria Ene:",
                "Domnul președinte de ședință Vasile Neagu:",
            ],
        ),
        # a Bulgarian committee: the chair's office abbreviated with a stop before the name
        (
            "bg-committee-abbreviated.txt",
            [
                "ПРЕДС. ПЕТЪР СТОЯНОВ:",
                "ЕЛЕНА ВАСИЛЕВА:",
                "ЗАМЕСТНИК-МИНИСТЪР НИКОЛАЙ ГЕОРГИЕВ:",
                "ПРЕДС. ПЕТЪР СТОЯНОВ:",
            ],
        ),
    ],
)
def test_a_label_shape_of_a_record_of_the_east(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


@pytest.mark.parametrize(
    ("sample", "chair"),
    [
        ("bg-committee-abbreviated.txt", "ПРЕДС. ПЕТЪР СТОЯНОВ"),
        ("bg-committee-agenda-heading.txt", "ПРЕДС. МАРИЯ ПЕТРОВА"),
    ],
)
def test_a_bulgarian_committees_abbreviated_chair_presides(sample: str, chair: str) -> None:
    # "ПРЕДС." is the chair's office cut short; the agenda's heading above is no speaker
    tei = sample_tei(sample)
    labels = tei.xpath("//t:person[@role='chair']/t:persName[@type='label']/text()", namespaces=NS)
    assert labels == [chair]
    assert "ДНЕВЕН РЕД:" not in speakers(etree.tostring(tei))


def test_a_line_of_han_with_a_latin_acronym_is_no_heading() -> None:
    # letters without case among the capitals: no heading in CAPITALS, a label opens it
    text = "记者会\n\n主持人：现在开始提问。\n\nCNN记者：请问谈判何时恢复？\n\n主持人：下一位。\n"
    assert speakers(convert_text(text.encode(), "zh.txt").tei) == ["主持人：", "CNN记者：", "主持人："]


# Shapes the converter already reads: each sample is the record's shape, kept as a guard.
GUARDS = [
    # the Grand National Assembly: a name in CAPITALS, the constituency in parentheses and a dash; a group's or a ministry's name before it
    (
        "tr-tbmm-dash.txt",
        [
            "BAŞKAN –",
            "HASAN DOĞRU (Konya) –",
            "AYŞE KARACA (İzmir) –",
            "BAŞKAN –",
            "CHP GRUBU ADINA MURAT YILDIZ (Ankara) –",
            "TARIM VE ORMAN BAKANI KEMAL ÖZTÜRK (Sivas) –",
        ],
    ),
    # a copy of its PDF: no blank lines, a page's running head among the speech, a member's cry on a line of its own
    (
        "tr-tbmm-pdf-lines.txt",
        ["BAŞKAN –", "ZEYNEP ARSLAN (Hatay) –", "MEHMET ÇELİK (Gaziantep) –", "BAŞKAN –"],
    ),
    # a committee: an official's long office in CAPITALS before the name
    (
        "tr-committee-long-office.txt",
        [
            "BAŞKAN –",
            "ALİ YILMAZ (İstanbul) –",
            "HAZİNE VE MALİYE BAKANLIĞI BÜTÇE DAİRESİ BAŞKANI FATMA DEMİR –",
            "BAŞKAN –",
        ],
    ),
    # a municipal council: an office in CAPITALS before the name, a colon
    (
        "tr-council-capitals.txt",
        ["MECLİS BAŞKANI:", "MECLİS ÜYESİ AHMET KAYA:", "MECLİS BAŞKANI:", "MECLİS ÜYESİ AHMET KAYA:"],
    ),
    # a hearing's record: the parties by their roles in Mixed case
    (
        "tr-court-roles.txt",
        [
            "Mahkeme Başkanı:",
            "Sanık Mehmet Kaya:",
            "Müdafi Av. Selin Aydın:",
            "Cumhuriyet Savcısı:",
            "Mahkeme Başkanı:",
        ],
    ),
    # the Országgyűlés: the chair as ELNÖK, members with their party, an office in lower case after a name in CAPITALS
    (
        "hu-ogy-elnok.txt",
        ["ELNÖK:", "SZABÓ PÉTER (Fidesz):", "DR. NAGY ILDIKÓ (MSZP):", "ELNÖK:", "VARGA ANDRÁS államtitkár:"],
    ),
    # the Hellenic Parliament: the presiding member's office with the name in parentheses
    (
        "el-vouli-presiding.txt",
        [
            "ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Παπαδάκης):",
            "ΔΗΜΗΤΡΙΟΣ ΝΙΚΟΛΑΪΔΗΣ:",
            "ΜΑΡΙΑ ΚΩΝΣΤΑΝΤΙΝΟΥ:",
            "ΠΡΟΕΔΡΕΥΩΝ (Γεώργιος Παπαδάκης):",
            "ΔΗΜΗΤΡΙΟΣ ΝΙΚΟΛΑΪΔΗΣ:",
        ],
    ),
    # a committee: each member's role in parentheses (rapporteur, special speaker)
    (
        "el-committee-roles.txt",
        [
            "ΠΡΟΕΔΡΟΣ (Βασίλειος Οικονόμου):",
            "ΑΝΑΣΤΑΣΙΟΣ ΔΗΜΗΤΡΙΟΥ (Εισηγητής της Πλειοψηφίας):",
            "ΕΛΕΝΗ ΣΤΑΥΡΟΥ (Ειδική Αγορήτρια):",
            "ΝΙΚΟΛΑΟΣ ΠΑΠΑΣ (Υφυπουργός Οικονομικών):",
        ],
    ),
    # a trial: the parties' roles in CAPITALS
    ("el-court-roles.txt", ["ΠΡΟΕΔΡΟΣ:", "ΜΑΡΤΥΡΑΣ:", "ΕΙΣΑΓΓΕΛΕΑΣ:", "ΜΑΡΤΥΡΑΣ:", "ΣΥΝΗΓΟΡΟΣ ΥΠΕΡΑΣΠΙΣΗΣ:"]),
    # the National Assembly: indented lines and no blank lines, the chair's bell and a member's seat in the parenthesis
    (
        "bg-ns-indented.txt",
        [
            "ПРЕДСЕДАТЕЛ ИВАН ПЕТРОВ (звъни):",
            "ГЕОРГИ КОЛЕВ (КБ, от място):",
            "ПРЕДСЕДАТЕЛ ИВАН ПЕТРОВ:",
            "ГЕОРГИ КОЛЕВ (КБ):",
            "ПРЕДСЕДАТЕЛ ИВАН ПЕТРОВ:",
        ],
    ),
    # a court: roles in CAPITALS with the definite article (СЪДИЯТА, ПРОКУРОРЪТ)
    ("bg-court-articles.txt", ["СЪДИЯТА:", "ПРОКУРОРЪТ:", "ПОДСЪДИМИЯТ:", "АДВОКАТ ПЕТКОВ:"]),
    # the Chamber of Deputies: each label alone on its line, a dotted line for a cut
    (
        "ro-cdep-alone.txt",
        [
            "Domnul Andrei Popescu:",
            "Domnul Mihai Ionescu:",
            "Doamna Elena Marinescu:",
            "Domnul Andrei Popescu:",
        ],
    ),
    # the same labels at the start of the speech
    (
        "ro-cdep-inline.txt",
        ["Domnul Petru Vasilescu:", "Domnul Ion Dobre:", "Doamna Ana Stoica:", "Domnul Petru Vasilescu:"],
    ),
    # the National Assembly of Serbia in Latin script, the hall's noise in parentheses
    (
        "sr-skupstina-latin.txt",
        [
            "PREDSEDNIK:",
            "MARKO JOVANOVIĆ:",
            "PREDSEDNIK:",
            "MARKO JOVANOVIĆ:",
            "PREDSEDNIK:",
            "ANA PETROVIĆ:",
        ],
    ),
    # the same in Cyrillic, a minister's office before the name
    (
        "sr-skupstina-cyrillic.txt",
        ["ПРЕДСЕДНИК:", "ДРАГАН МИЛИЋ:", "ПРЕДСЕДНИК:", "МИНИСТАР СТЕВАН НИКОЛИЋ:"],
    ),
    # the Sabor: the chair in CAPITALS, members in Mixed case with their party
    ("hr-sabor-party.txt", ["PREDSJEDNIK:", "Ivan Horvat (SDP):", "PREDSJEDNIK:", "Ana Kovač (HDZ):"]),
    # the Verkhovna Rada's web record: the clock on lines of its own between the turns
    ("uk-rada-clock-lines.txt", ["ГОЛОВУЮЧИЙ.", "КОВАЛЕНКО І.П.", "ГОЛОВУЮЧИЙ."]),
    # a member's description after the initials hard-wrapped over two lines
    (
        "uk-rada-description-cut.txt",
        [
            "ГОЛОВА.",
            "МЕЛЬНИК О.П., голова Комісії з питань бюджету (Київський виборчий округ, м. Київ).",
            "ГОЛОВА.",
        ],
    ),
    # a Ukrainian trial: the parties by their roles
    (
        "uk-court-roles.txt",
        ["Головуючий суддя:", "Прокурор:", "Обвинувачений Мельник:", "Захисник:", "Потерпіла Ковальчук:"],
    ),
    # a city council: the mayor's office, a secretary and a member with initials
    (
        "uk-council-roles.txt",
        ["Міський голова:", "Секретар ради Петренко О.І.:", "Депутат Іваненко С.М.:", "Міський голова:"],
    ),
    # a trial's web report: a speech's second paragraph indented by spaces
    (
        "ru-court-web-indented.txt",
        ["Судья:", "Обвиняемый Федотов:", "Адвокат Соколова:", "Прокурор:", "Судья:"],
    ),
    # a trial's live report: a role before the surname, a surname alone
    ("ru-trial-web-roles.txt", ["Судья Сырова:", "Толокова:", "Адвокат Фейгин:", "Прокурор Никифоров:"]),
    # a city duma: surnames in CAPITALS with initials and a colon
    (
        "ru-council-capitals.txt",
        ["ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ:", "СИДОРОВ А.В.:", "ИЛЬИНА Н.П.:", "СИДОРОВ А.В.:", "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ:"],
    ),
    # the Duma: the chair's office with a stop, a member's faction in quotation marks after a comma
    (
        "ru-duma-faction.txt",
        [
            "Председательствующий.",
            'Кузнецов И.П., фракция "ЕДИНАЯ РОССИЯ".',
            "Председательствующий.",
            "Смирнова Т.В., фракция КПРФ.",
        ],
    ),
    # a meeting's web record: the initial glued to the surname (В.Петров:)
    ("ru-initial-glued.txt", ["В.Петров:", "Е.Сидорова:", "В.Петров:", "А.Кузьмин:"]),
    # a Senate committee: labels alone on their line under the record's bracketed opening notes
    (
        "pl-senat-committee-alone.txt",
        ["Przewodnicząca Barbara Nowicka:", "Senator Tadeusz Wiśniewski:", "Przewodnicząca Barbara Nowicka:"],
    ),
    # the Sejm's web copy: indented lines, a member's interjection as a bracketed paragraph
    (
        "pl-sejm-web-indented.txt",
        [
            "Poseł Marek Zieliński:",
            "Wicemarszałek Elżbieta Majewska:",
            "Poseł Marek Zieliński:",
            "Wicemarszałek Elżbieta Majewska:",
        ],
    ),
    # a copy of the Sejm's PDF: labels alone, hard wraps, the running head among the speech
    ("pl-sejm-pdf-lines.txt", ["Poseł Jan Wróblewski:", "Wicemarszałek Anna Kubiak:", "Poseł Tomasz Lis:"]),
    # a city council: long offices before the name
    (
        "pl-rada-miasta.txt",
        [
            "Przewodniczący Rady Miasta Jan Kowalski:",
            "Radny Piotr Nowak:",
            "Prezydent Miasta Anna Wójcik:",
            "Przewodniczący Rady Miasta Jan Kowalski:",
        ],
    ),
    # a trial: a party's long role and an advocate's title before the name
    (
        "pl-court-rozprawa.txt",
        ["Sąd:", "Oskarżony Adam Mazur:", "Pełnomocnik oskarżyciela posiłkowego adw. Ewa Lis:", "Obrońca:"],
    ),
    # the Chamber of Deputies: the office and the chamber's abbreviation before the name
    (
        "cs-psp-office.txt",
        [
            "Místopředseda PSP Pavel Dvořák:",
            "Poslanec Josef Wagner:",
            "Místopředseda PSP Pavel Dvořák:",
            "Ministr kultury ČR Antonín Černý:",
        ],
    ),
    # a copy of its PDF: hard wraps and a running head
    (
        "cs-psp-pdf-lines.txt",
        ["Místopředseda PSP Jan Kubík:", "Poslanec Pavel Hora:", "Místopředseda PSP Jan Kubík:"],
    ),
    # the Senate: offices in the feminine, a minister's portfolio
    (
        "cs-senat-office.txt",
        [
            "Předseda Senátu Jiří Dvořáček:",
            "Senátorka Jana Malá:",
            "Místopředsedkyně Senátu Eva Horáková:",
            "Ministr zdravotnictví Karel Beneš:",
        ],
    ),
    # a city council: academic titles and the party in parentheses
    (
        "cs-zastupitelstvo.txt",
        [
            "Primátor Jan Svoboda:",
            "Ing. Petr Kučera (ODS):",
            "Mgr. Lenka Veselá (Piráti):",
            "Primátor Jan Svoboda:",
        ],
    ),
    # the National Council in the 1990s: an office, the initial and the surname
    (
        "sk-nrsr-initial.txt",
        [
            "Predseda NR SR I. Horňák:",
            "Poslanec J. Cibuľa:",
            "Podpredseda NR SR M. Andel:",
            "Minister financií SR P. Kováčik:",
        ],
    ),
    # a trial: the parties by their roles, an academic title
    (
        "sk-court-roles.txt",
        ["Predsedníčka senátu:", "Obžalovaný Ján Baláž:", "Prokurátor:", "Obhajca JUDr. Mária Hrušková:"],
    ),
    # a ministry's briefing: the host, then 问/答 (question and answer)
    ("zh-briefing-qa.txt", ["主持人：", "问：", "答：", "问：", "答："]),
    # a press conference: the host's office before the name, reporters by their outlet
    ("zh-npc-reporters.txt", ["主持人王连成：", "中央电视台记者：", "李华明：", "路透社记者："]),
    # a trial: the presiding judge, prosecutor, accused and counsel
    ("zh-court-roles.txt", ["审判长：", "公诉人：", "被告人李某：", "辩护人："]),
    # a city assembly: ◎ before the chair and officials, ◆ before a member with a seat number
    (
        "ja-council-markers.txt",
        ["◎議長（山本太郎）", "◆２番（佐藤一郎）", "◎議長（山本太郎）", "◎市長（鈴木花子）"],
    ),
    # a trial: the court's president, the accused, the prosecution and the defence
    ("ar-court-roles.txt", ["رئيس المحكمة:", "المتهم:", "ممثل النيابة:", "محامي الدفاع:"]),
]


@pytest.mark.parametrize(("sample", "expected"), GUARDS)
def test_a_shape_the_records_of_the_east_print_keeps_its_labels(sample: str, expected: list[str]) -> None:
    assert speakers(convert_text((SAMPLES / sample).read_bytes(), sample).tei) == expected


def test_a_turkish_councils_chair_and_members_are_read_by_their_offices() -> None:
    # "MECLİS BAŞKANI" chairs the council (the council before the chair's word); "MECLİS ÜYESİ"
    # is a member's office, no forenames of the member it names
    root = etree.fromstring(convert_text((SAMPLES / "tr-council-capitals.txt").read_bytes(), "tr.txt").tei)
    chair = root.xpath("//t:person[@xml:id='meclis-baskani']", namespaces=NS)[0]
    assert chair.get("role") == "chair"
    member = root.xpath("//t:person[@xml:id='meclis-uyesi-ahmet-kaya']/t:persName[1]", namespaces=NS)[0]
    assert [(etree.QName(p).localname, p.text) for p in member] == [
        ("roleName", "Meclis Üyesi"),
        ("forename", "Ahmet"),
        ("surname", "Kaya"),
    ]


def test_a_japanese_assemblys_holder_addressed_in_brackets_is_the_person() -> None:
    """A city assembly names in brackets, with its suffix of address (君, 議員), whoever holds an
    office no vocabulary lists or sits in a numbered seat: that name is the person, the office
    before it the role, a seat no role ("◯教育長（加藤信一君）", "◯四十八番（田村浩二君）")."""
    root = sample_tei("ja-city-holders.txt")
    assert turn_ids(root) == ["中川義男", "田村浩二", "中川義男", "平田-猛", "加藤信一", "中川義男"]
    roles = {
        p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role")
        for p in root.xpath("//t:person", namespaces=NS)
    }
    assert roles == {
        "中川義男": "chair",
        "田村浩二": None,
        "平田-猛": "上下水道事業管理者",
        "加藤信一": "教育長",
    }


def test_the_legislative_yuans_head_field_of_the_chair_names_who_presides() -> None:
    """The Legislative Yuan's head prints the chair's field with its characters spaced apart
    (`主　　席　張院長文彬`): the chair's label `主席：` is that person, the office 院長 read inside
    the name as 委員 is."""
    root = sample_tei("zh-tw-ly-plenary-chair.txt")
    assert turn_ids(root) == ["張院長文彬", "黃委員家豪", "周院長立群", "張院長文彬"]
    chair = root.xpath("//t:person[@role='chair']", namespaces=NS)[0]
    assert chair.xpath("string(t:persName[1]/t:roleName)", namespaces=NS) == "院長"
    assert chair.xpath("string(t:persName[1]/t:surname)", namespaces=NS) == "張"

"""Label shapes of the records of Central and Eastern Europe, Turkey, Greece, the Arab world and
East Asia: parliaments and their committees, courts, city councils and press conferences, each
label mostly printed once (samples written for these tests in the shapes the real records print,
the names invented)."""

from __future__ import annotations

import pytest

from label_samples import SAMPLES, speakers
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


def test_a_line_of_han_with_a_latin_acronym_is_no_heading() -> None:
    # letters without case among the capitals: no heading in CAPITALS, a label opens it
    text = "记者会\n\n主持人：现在开始提问。\n\nCNN记者：请问谈判何时恢复？\n\n主持人：下一位。\n"
    assert speakers(convert_text(text.encode(), "zh.txt").tei) == ["主持人：", "CNN记者：", "主持人："]

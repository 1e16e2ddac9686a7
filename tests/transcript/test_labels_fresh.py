"""Short excerpts of record shapes met in public records, each label printed once or twice."""

import pytest
from lxml import etree

from label_samples import sample_tei, speakers, turn_ids

# sample: the speaker labels it gives, as printed, in order
SPEAKERS = {
    "he-knesset-committee-alone.txt": ['היו"ר דנה ברקוביץ', "עמרי שגיא (יש עתיד)", 'היו"ר דנה ברקוביץ'],
}


@pytest.mark.parametrize("sample", sorted(SPEAKERS))
def test_fresh_excerpt_turns(sample: str) -> None:
    tei = sample_tei(sample)
    assert speakers(etree.tostring(tei)) == SPEAKERS[sample]


def test_knesset_member_alone_takes_its_faction() -> None:
    tei = sample_tei("he-knesset-committee-alone.txt")
    ids = turn_ids(tei)
    assert ids[0] == ids[2] != ids[1]
    assert ids[1] == "עמרי-שגיא"

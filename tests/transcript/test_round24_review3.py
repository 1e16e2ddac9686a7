"""A reviewer's read of the round's last merges: shapes a widened rule took wrongly, each in an
invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import tabled_tei, texts


def test_a_list_of_persons_parted_by_semicolons_is_no_label_misread() -> None:
    """A paragraph listing persons under their forms of address, parted by semicolons ("Mr.
    Denby; Mrs. Hale; Mr. Orr and …"), stays the speech it is in, where OCR's semicolon for a
    believed label's colon had made its first name a turn; that label printed so before its
    speech ("Mr. Denby; Of the forty …") still opens its turn."""
    root = tabled_tei("en-committee-ocr-semicolon-names-listed.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "The CHAIRMAN:",
        "Mr. Denby:",
        "The CHAIRMAN:",
        "Mr. Denby;",
        "The CHAIRMAN:",
    ]
    assert texts(root, "//t:sp[2]/t:p")[-1].startswith("Mr. Denby; Mrs. Hale; Mr. Orr and Mr. Pruitt")

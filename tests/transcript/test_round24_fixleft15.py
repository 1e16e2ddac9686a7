"""Label shapes the twenty-fourth round's hunts met in real records and left, a last pass: each
in an invented sample (names invented; labels in turns.toml, persons in ids.toml)."""

from __future__ import annotations

from label_samples import NS, tabled_tei, texts


def test_a_comrades_abbreviation_glued_to_the_chairs_holder_names_him() -> None:
    """A Soviet plenum's "Председатель (т.Коларов).", the comrade's abbreviation set close to the
    surname: the holder is the person, as with the space ("(т. Коларов)"), where the bracket had
    been the chair's role."""
    root = tabled_tei("ru-plenum-chair-holder-glued-comrade.txt")
    person = root.xpath("//t:person[@xml:id='t-kolarov']", namespaces=NS)[0]
    assert person.get("role") == "chair"
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#t-kolarov", "#vershinin", "#t-kolarov"]


def test_a_member_presiding_is_the_chairs_label() -> None:
    """A state legislature's committee: "Member Presiding:" is the chair's label, as
    "Commissioner Presiding:" is, where the word for presiding had made it a field's name."""
    root = tabled_tei("en-state-committee-member-presiding.txt")
    assert root.xpath("//t:sp/@who", namespaces=NS) == [
        "#member-presiding",
        "#representative-okafor",
        "#member-presiding",
    ]


def test_a_chinese_speech_quoting_someone_is_no_label() -> None:
    """A member's speech quotes a manager on a paragraph of its own ("物业经理说：“…”"): the
    quotation stays in the member's turn, where the verb of saying had ended a label's name."""
    root = tabled_tei("zh-council-speech-quoting-manager.txt")
    assert root.xpath("//t:sp/@who", namespaces=NS) == ["#主席", "#王建平委员", "#主席", "#刘局长"]
    assert texts(root, "//t:sp[2]/t:p")[1] == "物业经理说：“我们也没有办法，车位早就卖完了。”"


def test_a_title_in_capitals_run_into_a_fields_word_is_the_head() -> None:
    """A one-line Senate record, "DIARIO DE SESIONES DEL SENADO Sumario: …": the record's head
    in front, no speaker, where the title and the field's word had been a label."""
    root = tabled_tei("es-senado-one-line-head-sumario.txt")
    assert texts(root, "//t:front//t:p")[0].startswith("DIARIO DE SESIONES DEL SENADO Sumario:")
    assert root.xpath("//t:sp/@who", namespaces=NS) == [
        "#el-senor-presidente",
        "#el-senor-robles-garrido",
        "#el-senor-presidente",
    ]

"""Short excerpts of the records of Southern Europe and the Americas (Brazil's state assemblies,
Portugal's Diário, Québec's Journal des débats), each label printed once or twice: the turns,
the persons they name, and the lines of a head, a roll or an editor that are no turn."""

from __future__ import annotations

from label_samples import NS, sample_tei


def test_a_secretary_named_after_an_ordinal_office_is_that_person() -> None:
    """The label "O SR. 2º SECRETÁRIO - PEDRO COSTA - PTB -": the ordinal's "º" is no small letter that
    keeps the office from being read in capitals, so the holder is named."""
    root = sample_tei("pt-alesp.txt")
    person = root.xpath("//t:person[@xml:id='pedro-costa']", namespaces=NS)[0]
    assert person.get("role") == "2º SECRETÁRIO"
    assert person.xpath("./t:persName[1]/t:forename/text()", namespaces=NS) == ["Pedro"]
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["Costa"]


def test_officers_ad_hoc_in_the_head_are_no_turns() -> None:
    """The head's "1º SECRETÁRIO: DEP. LÚCIO BRANDÃO “AD HOC”": the quote closing the names is no stop, the
    line is a field of the head; the member it names speaks later under his own label, the name
    read forename first after the article and the form of address."""
    root = sample_tei("pt-ba-head-officers-ad-hoc.txt")
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:person", NS)]
    assert ids == ["rui-tavares-mota", "o-sr-lucio-brandao"]
    person = root.xpath("//t:person[@xml:id='o-sr-lucio-brandao']", namespaces=NS)[0]
    assert person.xpath("./t:persName[1]/t:forename/text()", namespaces=NS) == ["LÚCIO"]
    assert person.xpath("./t:persName[1]/t:surname/text()", namespaces=NS) == ["BRANDÃO"]


def test_an_editors_note_in_parentheses_is_a_note_no_voice() -> None:
    """The parenthesis "(Note de l'Editeur: Les députés se rendent …)": the editor's heading before a colon names
    no speaker; the parenthesis is kept whole in an editorial note."""
    root = sample_tei("fr-qc-note-editeur.txt")
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:person", NS)]
    assert not [ident for ident in ids if ident.startswith("note")]
    notes = root.xpath("//t:note[@type='editorial']/text()", namespaces=NS)
    assert notes and notes[0].startswith("(Note de l'Editeur: Les députés")
    assert not root.xpath("//t:said", namespaces=NS)


def test_a_roll_of_members_under_their_parties_is_no_turn() -> None:
    """A Diário's roll: each party's heading with its colon over its members' names, one a line
    with a stop ("Partido Socialista (PS):" / "Ana Lúcia Gouveia Ferraz."), is no speaker."""
    root = sample_tei("pt-dar-roll-parties.txt")
    texts = [" ".join("".join(p.itertext()).split()) for p in root.iterfind(".//t:body//t:p", NS)]
    assert "Partido Socialista (PS):" in texts
    assert "Eduardo Jorge Sarmento Leal." in texts
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:person", NS)]
    assert ids == ["o-sr-presidente", "fernando-quintela"]


def test_a_date_printed_month_first_with_the_days_ordinal() -> None:
    """The Argentine Diario dates its sitting month first, in capitals, the day's ordinal mark
    and "DE" before the year ("AGOSTO 12 DE 1998", "DICIEMBRE 1° DE 1999")."""
    root = sample_tei("es-ar-diario-month-first.txt")
    assert root.xpath("string(//t:settingDesc/t:setting/t:date/@when)", namespaces=NS) == "1998-08-12"


def test_the_chair_named_with_the_office_in_brackets_is_the_office_alone_after() -> None:
    """The label "M. TREMBLAY (président):" names the Speaker; "M. LE PRESIDENT:" below is the same person,
    the chair."""
    root = sample_tei("fr-qc-president-named-then-alone.txt")
    chair = root.xpath("//t:person[@xml:id='m-tremblay']", namespaces=NS)[0]
    assert "chair" in chair.get("role").split()
    labels = chair.xpath("./t:persName[@type='label']/text()", namespaces=NS)
    assert "M. LE PRESIDENT" in labels

"""Label shapes of records of Western and Northern Europe and Latin America beyond the plenary:
trials, committees of inquiry, city councils (samples in tests/data/labels/, written in the
shapes the real records print, each label printed once or twice)."""

from __future__ import annotations

import pytest

from label_samples import SAMPLES, speakers
from stenogram.tei.convert import convert_text

FIXED = [
    # a Portuguese court: the defendant's counsel named by the office in lower case after the
    # article ("Mandatário do Arguido:"), printed once
    (
        "pt-tribunal-mandatario.txt",
        ["Juiz Presidente:", "Testemunha:", "Mandatário do Arguido:", "Juiz Presidente:"],
    ),
    # a page of the printed edition in square brackets before the label ("[612] VORSITZENDER:"), as
    # the web copy of the Nuremberg record keeps it: a page break before the turn, not the label's
    (
        "de-nuremberg-page-ref.txt",
        [
            "VORSITZENDER:",
            "DR. HALLMANN:",
            "SIR ARTHUR LANGLEY:",
            "VORSITZENDER:",
            "GERICHTSMARSCHALL:",
            "PROFESSOR DR. KARL WEISSMANN, STELLVERTRETENDER VERTEIDIGER DES ANGEKLAGTEN BRANDT:",
        ],
    ),
    # Vienna's council: an office abbreviated with its stop before another ("Amtsf. StRin Mag. Name:")
    (
        "de-at-gemeinderat-abbreviated.txt",
        [
            "Vorsitzender GR Dr. Kurt Hofer:",
            "GR Mag. Stefan Huber (ÖVP):",
            "Vorsitzender GR Dr. Kurt Hofer:",
            "GRin Mag. Anna Berger (GRÜNE):",
            "Amtsf. StRin Mag. Ulrike Sima:",
        ],
    ),
    # the Conseil de Paris: "Melle" as a form of address, offices after commas, a stop and a dash
    (
        "fr-conseil-de-paris.txt",
        [
            "Mme LA MAIRE DE PARIS. -",
            "M. Jean-Pierre BRUNET. -",
            "Mme LA MAIRE DE PARIS. -",
            "M. Paul LEMOINE, adjoint. -",
            "M. Marc DURAND, adjoint, président. -",
            "Melle Claire NOURRY. -",
        ],
    ),
    # a commission of inquiry: the witness's office in lower case after a comma ("M. Name, directeur général de l'agence.")
    (
        "fr-commission-enquete.txt",
        [
            "M. le président Alain Vidal.",
            "M. Bertrand Faure, directeur général de l'agence.",
            "M. le président Alain Vidal.",
            "Mme Sophie Marchand, rapporteure.",
            "M. Bertrand Faure.",
        ],
    ),
    # an Italian trial: the roles abbreviated with their stops before a spaced dash ("AVV. DIF. VERDI -")
    (
        "it-processo-dash.txt",
        [
            "PRESIDENTE -",
            "P.M. DOTT. ROSSI -",
            "TESTE BIANCHI -",
            "P.M. DOTT. ROSSI -",
            "TESTE BIANCHI -",
            "AVV. DIF. VERDI -",
            "PRESIDENTE -",
        ],
    ),
    # a city council's diary: an office of many words and particles before "don"/"doña" and the name
    (
        "es-pleno-municipal-long-office.txt",
        [
            "La Presidenta:",
            "El Concejal del Grupo Municipal Socialista de Madrid, don Ignacio de Benito Pérez:",
            "La Presidenta:",
            "La Delegada del Área de Gobierno de Medio Ambiente y Movilidad, doña Inés Sabanés Nadal:",
            "La Presidenta:",
        ],
    ),
    # an Argentine council: offices in lower case after the article ("La concejal Carreras:"), the speech in quotation marks
    (
        "es-ar-concejo-quoted.txt",
        ["El Sr. Presidente:", "El arquitecto Ramírez:", "La concejal Carreras:", "El arquitecto Ramírez:"],
    ),
    # a Catalan city council: the deputy mayor's office in lower case before the name ("El tinent d'alcalde, senyor Roca:")
    (
        "ca-ple-ajuntament.txt",
        [
            "L'alcaldessa:",
            "El senyor Puig:",
            "La senyora Vidal:",
            "L'alcaldessa:",
            "El tinent d'alcalde, senyor Roca:",
        ],
    ),
    # a Swiss cantonal parliament: a member of the government with his office after a comma ("M. Name, conseiller d'Etat.")
    (
        "fr-ch-grand-conseil.txt",
        [
            "Le président.",
            "M. Sylvain Dupraz (PLR).",
            "Mme Léa Gillet (Ve).",
            "M. Mauro Poggi, conseiller d'Etat.",
            "Le président.",
        ],
    ),
]

GUARDS = [
    # the Nuremberg record one paragraph a line, a bracketed note of the court first
    (
        "de-nuremberg-lines.txt",
        ["DR. HALLMANN:", "SIR ARTHUR LANGLEY:", "VORSITZENDER:", "DR. HALLMANN:", "VORSITZENDER:"],
    ),
    # a committee of inquiry: the chair's and the witness's office before the name ("Zeuge Name:")
    (
        "de-inquiry-witness.txt",
        [
            "Vorsitzender Dr. Martin Keller:",
            "Zeuge Thomas Brandl:",
            "Vorsitzender Dr. Martin Keller:",
            "Petra Renz (DIE LINKE):",
            "Zeuge Thomas Brandl:",
            "Petra Renz (DIE LINKE):",
        ],
    ),
    # the Austrian committee of inquiry: "Verfahrensrichter", "Auskunftsperson" before the name
    (
        "de-at-inquiry.txt",
        [
            "Vorsitzender Mag. Walter Gruber:",
            "Verfahrensrichter Dr. Peter Lindner:",
            "Auskunftsperson Mag. Florian Maier:",
            "Abgeordneter Kai Berger (SPÖ):",
            "Auskunftsperson Mag. Florian Maier:",
            "Vorsitzender Mag. Walter Gruber:",
        ],
    ),
    # a committee: the chair's office alone, "Senator" and "Abg." before the name
    (
        "de-committee-senator.txt",
        [
            "Vorsitzende:",
            "Senator Dr. Otto Krämer:",
            "Abg. Farid Sommer:",
            "Senator Dr. Otto Krämer:",
            "Vorsitzende:",
        ],
    ),
    # a town council's minutes: a space before the colon ("M. le Maire :"), the name in CAPITALS
    (
        "fr-conseil-municipal.txt",
        [
            "M. le Maire :",
            "Mme LEROY :",
            "M. le Maire :",
            "M. GIRARD, adjoint aux finances :",
            "Mme LEROY :",
            "M. le Maire :",
        ],
    ),
    # a criminal court: the roles with their article ("L'avocat général :", "Me Lambert :")
    (
        "fr-assises-colon.txt",
        ["Le président :", "L'accusé :", "L'avocat général :", "Me Lambert :", "Le président :"],
    ),
    # a hearing of the Camera: the witness's name in CAPITALS with the office after a comma, a stop
    (
        "it-audizione.txt",
        [
            "PRESIDENTE.",
            "GIOVANNA MERLINI, direttore centrale per i servizi demografici presso il Ministero dell'interno.",
            "PRESIDENTE.",
            "ILARIO FIORENTINI.",
            "PRESIDENTE.",
        ],
    ),
    # a city council: office and surname in CAPITALS with a colon ("CONSIGLIERE MARCON:")
    (
        "it-consiglio-comunale.txt",
        [
            "PRESIDENTE BERTONI:",
            "SEGRETARIO GENERALE:",
            "PRESIDENTE BERTONI:",
            "CONSIGLIERE MARCON:",
            "ASSESSORE FERRANTE:",
        ],
    ),
    # an Argentine council, one paragraph a line, each ending with ".-" ("PRESIDENCIA:", "CONCEJALA FERNÁNDEZ:")
    (
        "es-ar-concejo-capitals.txt",
        ["PRESIDENCIA:", "PRESIDENCIA:", "CONCEJALA FERNÁNDEZ:", "CONCEJAL DOMÍNGUEZ:", "PRESIDENCIA:"],
    ),
    # a Chilean council: "El señor ALCALDE.-", a vote's result after a dash
    (
        "es-cl-concejo.txt",
        ["El señor ALCALDE.-", "El señor MUÑOZ.-", "La señora CONCEJALA PÉREZ.-", "El señor ALCALDE.-"],
    ),
    # a Spanish trial: the role in CAPITALS and the person in parentheses ("LA FISCAL (Sra. Montalvo):")
    (
        "es-juicio-oral.txt",
        [
            "EL PRESIDENTE:",
            "LA FISCAL (Sra. Montalvo):",
            "EL TESTIGO (Sr. Ortega):",
            "LA FISCAL (Sra. Montalvo):",
            "EL ABOGADO DEFENSOR (Sr. Vidal):",
            "EL PRESIDENTE:",
        ],
    ),
    # a Mexican cabildo: "C." (ciudadano) before the office in CAPITALS
    (
        "es-mx-cabildo.txt",
        [
            "C. PRESIDENTE MUNICIPAL:",
            "C. SECRETARIO DEL AYUNTAMIENTO:",
            "C. REGIDORA MARÍA LUISA CANTÚ:",
            "C. PRESIDENTE MUNICIPAL:",
            "C. REGIDORA MARÍA LUISA CANTÚ:",
        ],
    ),
    # the Brazilian Senate's notes: the party, state and a note in the parenthesis before a dash
    (
        "pt-br-notas-taquigraficas.txt",
        [
            "O SR. PRESIDENTE (Omar Azevedo. PSD - AM. Fala da Presidência.) -",
            "O SR. RENAN MACEDO (MDB - AL. Como Relator.) -",
            "O SR. WILSON LIMEIRA -",
            "O SR. PRESIDENTE (Omar Azevedo. PSD - AM) -",
            "A SRA. SIMONE TEBALDI (MDB - MS) -",
        ],
    ),
    # a Brazilian city council: "O SR. NAME (PARTY) -"
    (
        "pt-br-camara-municipal.txt",
        [
            "O SR. PRESIDENTE (Milton Leal - UNIÃO) -",
            "O SR. ANTONIO DONADIO (PT) -",
            "O SR. PRESIDENTE (Milton Leal - UNIÃO) -",
            "A SRA. SILVIA FERRARO (PSOL) -",
        ],
    ),
    # the Brazilian Supreme Court: "O SENHOR MINISTRO NAME (PRESIDENTE) -"
    (
        "pt-br-stf.txt",
        [
            "O SENHOR MINISTRO LUIZ FONSECA (PRESIDENTE) -",
            "O SENHOR MINISTRO ALEXANDRE MOURA (RELATOR) -",
            "A SENHORA MINISTRA CÁRMEN LÚCIA -",
            "O SENHOR MINISTRO LUIZ FONSECA (PRESIDENTE) -",
        ],
    ),
    # a Dutch city council: "De heer NAME (PARTY):", "Wethouder NAME:"
    (
        "nl-gemeenteraad.txt",
        [
            "De VOORZITTER:",
            "De heer VAN DAM (VVD):",
            "Mevrouw DE GROOT (GroenLinks):",
            "De heer VAN DAM (VVD):",
            "Wethouder BAKKER:",
            "De VOORZITTER:",
        ],
    ),
    # a Dutch council's minutes, one paragraph a line, under an agenda item's number
    (
        "nl-notulen.txt",
        ["De voorzitter:", "Mevrouw Hillen:", "De voorzitter:", "Mevrouw Hillen:", "Wethouder Te Beest:"],
    ),
    # a Swedish municipal assembly: "Ordföranden:" and members with their party
    ("sv-kommunfullmaktige.txt", ["Ordföranden:", "Anna Lindqvist (S):", "Per Sjöberg (M):", "Ordföranden:"]),
    # a Danish city council: "Borgmesteren (Name):", "Rådmand Name (V):"
    (
        "da-byraad.txt",
        [
            "Borgmesteren (Jakob Lundgaard):",
            "Karen Holm (SF):",
            "Rådmand Mads Bertelsen (V):",
            "Borgmesteren (Jakob Lundgaard):",
        ],
    ),
    # a Norwegian city council: a reply noted in a second parenthesis ("Name (H) (replikk):")
    (
        "no-bystyre.txt",
        [
            "Ordføreren:",
            "Marianne Berg (SV):",
            "Byrådsleder Raymond Johnsen:",
            "Ordføreren:",
            "Knut Andersen (H) (replikk):",
        ],
    ),
    # a Finnish city council: "Valtuutettu Name (vastauspuheenvuoro):"
    (
        "fi-valtuusto.txt",
        [
            "Puheenjohtaja:",
            "Valtuutettu Mia Haglund:",
            "Valtuutettu Seija Muurinen (vastauspuheenvuoro):",
            "Apulaispormestari Nasima Rahimi:",
            "Puheenjohtaja:",
        ],
    ),
]


@pytest.mark.parametrize(("sample", "expected"), FIXED + GUARDS)
def test_a_label_shape_of_a_trial_an_inquiry_or_a_council(sample: str, expected: list[str]) -> None:
    tei = convert_text((SAMPLES / sample).read_bytes(), sample).tei
    assert speakers(tei) == expected

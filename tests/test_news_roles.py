"""Roles from appositions and titles before a name, with their organisation or place: abbreviated
titles ("Gov.", "Sen.", "Rep.", "Prof."), owned titles ("Kenya's finance minister"), "who heads Y",
and a title the person's clause gives them ("X is the chief executive of Y")."""

from __future__ import annotations

import pytest

from news_facts import facts_of, nlp, participant  # noqa: F401  (nlp is a fixture)

CASES = [
    # a job or position right before a name that the parser read as a verb, or a role and a comma it hung elsewhere
    ("Goannas coach Nathan Sopoaga blamed a sin-binning for the collapse.", "Nathan Sopoaga", "Goannas coach"),
    ("The Goannas led 22-6 after two tries to centre Jayden Koroi.", "Jayden Koroi", "centre"),
    ("Sopoaga was less forgiving of the referee, Adam Kearsley.", "Adam Kearsley", "the referee"),
    ("Later Tom Smith spoke, after Harry Potter said no.", "Harry Potter", None),
    # a US state as AP style abbreviates it before an abbreviated title, which ends no sentence
    ("Calif. Gov. Ana Ruiz signed the bill on Monday.", "Ana Ruiz", "Calif. Gov."),
    ("He moved to Sacramento, Ore. Sen. Tom Hale met him there.", "Tom Hale", "Ore. Sen."),
    # a title of two words completed by the apposition after the name
    ("State Sen. Marcus Whitby, R-Cumming, said the count was clean.", "Marcus Whitby", "State Sen., R-Cumming"),
    # a role is never read inside a quote
    ("Utah has flooded the playa. “Water is the cheapest air filter Utah will ever buy,” said Ana Ruiz, who heads "
     "Friends of the Sea.", "Utah", None),
    ("The club signed Ghanaian forward Kwame Osei on Tuesday.", "Kwame Osei", "Ghanaian forward"),
    # an abbreviated title completed by the organisation after the name, spaCy's label whatever it is
    ("\"Nobody expected it,\" said Det. Sgt. Karen Holt of West Yorkshire Police.", "Karen Holt",
     "Det. Sgt. of West Yorkshire Police"),
    # a describing clause: the role of a person with no other, and a lone title's completion (in the present)
    ("Tom Hill, who has driven the bus route for 19 years, said it was late.", "Tom Hill",
     "who has driven the bus route for 19 years"),
    ("\"It is odd,\" said Prof Ingrid Solberg, who studies lake physics at the Nordic Centre for Lake Science.",
     "Ingrid Solberg", "Prof, who studies lake physics at the Nordic Centre for Lake Science"),
    ("Supt. Lorraine Whitaker, who arrived in 2024, said the plan was final.", "Lorraine Whitaker", "Supt."),
    ("Ann Cole, who told reporters the plan was final, left early.", "Ann Cole", None),
    # "X and its parent": the parent of X, not of the sentence's subject
    ("The Tamar Valley Fishermen's Co-operative sued Trecarn Pipelines Ltd. and its parent, Albright Hale Energy Inc., "
     "on Monday.", "Albright Hale Energy", "parent of Trecarn Pipelines"),
    ("French president Étienne Marchal arrived in Dakar on Monday.", "Étienne Marchal", "French president"),
    ("Olaf Brenner, the chancellor, said the coalition would hold.", "Olaf Brenner", "the chancellor"),
    ("Gov. Ray Whitfield of Ohio signed the bill on Friday.", "Ray Whitfield", "Gov. of Ohio"),
    ("Rep. Tom Alvarez of Texas introduced the amendment.", "Tom Alvarez", "Rep. of Texas"),
    ("Sen. Marcia Dunn, a Democrat from Oregon, opposed the measure.", "Marcia Dunn", "Sen., a Democrat from Oregon"),
    ("Rep. Jane Holloway, D-Texas, called the bill reckless.", "Jane Holloway", "Rep., D-Texas"),
    ("Prof. Henrik Lund of the University of Oslo led the study.", "Henrik Lund", "Prof. of the University of Oslo"),
    ("Mayor Lucy Brennan of Springfield announced the closures.", "Lucy Brennan", "Mayor of Springfield"),
    ("Dr Amira Said, an epidemiologist at Kings College, said the rise was expected.", "Amira Said",
     "an epidemiologist at Kings College"),
    ("Claire Dubois, chief executive of Renault Trucks, announced the plan.", "Claire Dubois",
     "chief executive of Renault Trucks"),
    ("Paolo Ricci, who heads the Italian Banking Association, called for calm.", "Paolo Ricci",
     "head of the Italian Banking Association"),
    ("Karin Holm, who chairs the parliament's finance committee, said the plan was unaffordable.", "Karin Holm",
     "chair of the parliament's finance committee"),
    ("Kenya's finance minister, John Mbugua, presented the budget.", "John Mbugua", "finance minister of Kenya"),
    ("Ukraine's president, Taras Melnyk, met the envoy on Friday.", "Taras Melnyk", "president of Ukraine"),
    ("Britain's Foreign Secretary Daniel Hart met his Chinese counterpart.", "Daniel Hart", "Foreign Secretary of Britain"),
    ("Nordwind chief executive Henrik Madsen said the deal would close in May.", "Henrik Madsen", "Nordwind chief executive"),
    ("Ana Costa, a spokeswoman for the European Commission, declined to comment on the leak.", "Ana Costa",
     "a spokeswoman for the European Commission"),
    ("The shadow chancellor, Rachel Moss, said the plan was unfunded.", "Rachel Moss", "The shadow chancellor"),
    ("Maria Lopez, director of the National Hurricane Center, warned residents to leave.", "Maria Lopez",
     "director of the National Hurricane Center"),
    ("Jonas Berg, head of research at Nordea, expects two rate cuts.", "Jonas Berg", "head of research at Nordea"),
    ("Harbour Bank's chairman, Ian Ross, resigned on Friday.", "Ian Ross", "chairman of Harbour Bank"),
    ("Marta Quinn is the chief executive of Quinn Logistics. She said profits had doubled.", "Marta Quinn",
     "the chief executive of Quinn Logistics"),
    ("Li Wen, the founder of Lanting Robotics, said the company would list in Hong Kong.", "Li Wen",
     "the founder of Lanting Robotics"),
    ("Police spokeswoman Tanya Reid said the road would stay closed.", "Tanya Reid", "Police spokeswoman"),
    ("Tomás Rivera, 54, a fisherman from Vigo, said catches had halved.", "Tomás Rivera", "a fisherman from Vigo"),
    ("Economist Sara Nilsson, of Handelsbanken, said inflation had peaked.", "Sara Nilsson", "Economist of Handelsbanken"),
    ("Analyst Joe Brink of Castell Securities called the cut overdue.", "Joe Brink", "Analyst of Castell Securities"),
    ("Farmer Ana Ruiz of Kansas lost her whole crop to the hail.", "Ana Ruiz", "Farmer"),
    ("EU Trade Commissioner Henrik Vaara arrived in Nairobi on Sunday.", "Henrik Vaara", "EU Trade Commissioner"),
    ("The Harbour Bank said profits rose. Its chief economist, Ola Berg, expects two more cuts.", "Ola Berg",
     "chief economist of Harbour Bank"),
    ("Mayor Ines Varga met Tomas Kral. Her deputy, Petra Sova, stayed in Brno.", "Petra Sova", "deputy of Ines Varga"),
    ("Talks were held at Harbour Bank on Monday. They ended early. The drivers' union was not invited. Its leader, "
     "Omar Felder, was furious.", "Omar Felder", "Its leader"),
    ("Ama Owusu, 41, was appointed governor of the central bank in March.", "Ama Owusu", "governor of the central bank"),
    ("Kofi Boateng, who founded the firm in 1998, will step down next year.", "Kofi Boateng", "founder of the firm"),
    ("Kessler met voters in Ames. His rival, Sen. Laura Vance of Ohio, held a town hall.", "Laura Vance",
     "rival of Kessler"),
    ("Health Secretary for Scotland Morag Lind said waiting times were too long.", "Morag Lind",
     "Health Secretary for Scotland"),
    ("Gujarat's Industries Minister, Ravi Kelkar, said the state had offered land.", "Ravi Kelkar",
     "Industries Minister of Gujarat"),
    ("The appeal was launched on Pennine Radio, whose presenter, Gary Lomax, hosted a 12-hour broadcast.", "Gary Lomax",
     "presenter of Pennine Radio"),
    ("Dutch MEP Sanne de Vries said the text was stronger than anything before.", "Sanne de Vries", "Dutch MEP"),
    ("The Air Line Pilots Association has pushed for the change since a near-miss at Austin in February. Its "
     "president, Jason Ambrosi, called the delay unacceptable.", "Jason Ambrosi", "president of Air Line Pilots Association"),
    ("Delgado questioned Administrator Paul Hensley on Wednesday.", "Paul Hensley", "Administrator"),
    ("Det Sgt Helen Price said the case showed fraud is not a victimless crime.", "Helen Price", "Det Sgt"),
    ("The company's founder and chairman, Li Wei, stepped down on Friday.", "Li Wei", "The company's founder and chairman"),
    ("The charity's chair, Rev. Thomas Oduya, said staff were devastated.", "Thomas Oduya", "The charity's chair"),
    # a title with its portfolio before the name, and letters after the name that are not part of it
    ("Minister for Health Síofra Dolan said the report made for difficult reading.", "Síofra Dolan", "Minister for Health"),
    ("The party's housing spokeswoman, Aoife Brannigan TD, said the scheme had failed.", "Aoife Brannigan",
     "The party's housing spokeswoman"),
    # a title with its portfolio before it, in one name spaCy ran on from the title to the surname
    ("“They cannot be a shortcut to higher bills,” EU Competition Commissioner Elodie Vanherck told a press "
     "conference.", "Elodie Vanherck", "EU Competition Commissioner"),
    # a title before a name ends at the "and" after another person's name
    ("Opposition health critic Samira Haddad and Opposition Leader Greg Tollefson both attacked the timing.",
     "Greg Tollefson", "Opposition Leader"),
    # an acronym in brackets after the role is not part of it
    ("“We need the players protected,” said Ama Boateng, 36, who chairs the Netball Players’ Union (NPU).",
     "Ama Boateng", "chair of the Netball Players’ Union"),
    # another person the parser hung on a name as its apposition is neither's role
    ("Sen. Rosa Ybarra, D-Tucson, and Pima County Supervisor Dale Fenwick spoke first.", "Dale Fenwick",
     "Pima County Supervisor"),
    # what a person leads, said in a "who" clause, over a one-word title before the name; a share owned is no post
    ("Prof Kofi Mensah, who heads the Volta Basin Institute, warned of more floods.", "Kofi Mensah",
     "head of the Volta Basin Institute"),
    ("Founder Lan Pham, who owns 38% of the company, will keep her stake.", "Lan Pham", "Founder"),
    # a title a relative clause gives; a spokesperson the parser hung on the organisation she speaks for
    ("Crime fell last year. Joanna Pike, who was appointed chief constable in 2021, said crime had fallen.",
     "Joanna Pike", "chief constable"),
    ("A spokesperson for Hollis Freight, Amara Lindqvist, said the firm would appeal.", "Amara Lindqvist",
     "A spokesperson for Hollis Freight"),
    # an organisation after the name with "of" is the role of one given no other; not a place
    ("\"It is a start,\" said Dr Aoife Byrne of the Irish Medical Organisation.", "Aoife Byrne",
     "of the Irish Medical Organisation"),
    ("Maria Lopez of Madrid said no.", "Maria Lopez", None),
    # quoted words are no role
    ("Opposition leader Kwame Asare spoke. \"This is the end of the road\" - Asare.", "Kwame Asare", "Opposition leader"),
    # a role with its "of" phrase before a comma and the name, which the parser hung on the verb
    ("The fault was “a process failure,” according to Hanbit’s head of quality, Choi Eun-ji.", "Choi Eun-ji",
     "Hanbit’s head of quality"),
    ("Sopoaga was less forgiving of the referee, Adam Kearsley.", "Adam Kearsley", "the referee"),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES, ids=[c[1] for c in CASES])
def test_a_person_has_the_role_the_article_gives(nlp, text, name, role):
    _, participants = facts_of(nlp, text)
    assert participant(participants, name).standalone_role == role


def test_a_role_is_kept_as_written_and_its_possessive_read_in_full(nlp):
    _, participants = facts_of(nlp, "The Harbour Bank said profits rose. Its chief economist, Ola Berg, expects two "
                                     "more cuts. Sipho Dube, the bank's head of research, agreed.")
    berg, dube = participant(participants, "Ola Berg"), participant(participants, "Sipho Dube")
    assert (berg.role, berg.role_standalone) == ("Its chief economist", "chief economist of Harbour Bank")
    assert (dube.role, dube.role_standalone, dube.standalone_role) == ("the bank's head of research", None, "the bank's head of research")


def test_a_role_keeps_its_relative_clause_and_reads_alone_without_it(nlp):
    _, participants = facts_of(nlp, "Luis Ortega, a Northcoast captain who chairs the pilots' branch, said it. Mayor Ines "
                                     "Varga met Tomas Kral. Her deputy, Petra Sova, stayed in Brno.")
    ortega, sova = participant(participants, "Luis Ortega"), participant(participants, "Petra Sova")
    assert (ortega.role, ortega.standalone_role) == ("a Northcoast captain who chairs the pilots' branch", "a Northcoast captain")
    assert sova.role == sova.standalone_role == "deputy of Ines Varga"  # another person's: named, as the annotation does


ORGANISATIONS = [
    # a kind of organisation in apposition is its role whatever spaCy labels it ("PAC" as an organisation)
    ("Frontline Majority Fund (FMF), a super PAC aligned with House Republicans, spent $6.2 million on the race.",
     "Frontline Majority Fund", "a super PAC aligned with House Republicans"),
    ("Harbour Bank raised its profit forecast on Monday. The lender said mortgage demand had recovered.", "Harbour Bank", "The lender"),
    ("The Wexford Health Council published its review on Friday. The council, an arm's-length agency that "
     "monitors hospitals, said waits had grown.", "Wexford Health Council", "an arm's-length agency that monitors hospitals"),
    ("The Federal Transit Board ordered Skyline Movers to halt its trials. The company said it would comply.",
     "Skyline Movers", "The company"),
    ("Existing investors, including the Norwegian fund Nordlys Impact, also took part.", "Nordlys Impact", "Norwegian fund"),
    ("The World Bank's private-sector arm, the International Finance Corporation, is lending $90 million.",
     "International Finance Corporation", "The World Bank's private-sector arm"),
    # an apposition after the name and its acronym that the parser hung elsewhere
    ("A report by the Mekong Policy Lab, a Hanoi think tank, estimated that electric two-wheelers would make up a "
     "third of new sales by 2030.", "Mekong Policy Lab", "a Hanoi think tank"),
    # a kind of organisation right before the name, which the parser read as a second subject
    ("The charity Carers Voice Wales said it had logged 300 complaints this year.", "Carers Voice Wales", "charity"),
    # a kind of organisation in the name's own relative clause is another organisation, not its role
    ("Harbour Mutual, which covers the group, declined to comment.", "Harbour Mutual", None),
    # the role of a person the parser hung on an organisation is not the organisation's acronym's
    ("\"The tribunal has spoken,\" said the executive director of Citizens' Election Watch (CEW), Dr Aisha Garba.",
     "Citizens' Election Watch", None),
    # "X, whose director, Y,": the role is Y's, not X's
    ("Buyers pay through the carrier Orbis Mobile, whose consumer director, Gemma Whitcombe, praised the phone.",
     "Orbis Mobile", "the carrier"),
    # a kind of organisation with a name after it is that name's role, not the one named before's
    ("Madrid-based Hoteles Albarán SA has agreed to buy the Mexican resort operator Grupo Costa Turquesa.",
     "Hoteles Albarán", None),
    # an organisation with no role stays without one, though an acronym follows it in brackets
    ("Ten of the 12 members of the bank's Monetary Policy Committee (MPC) voted to hold.", "Monetary Policy Committee",
     None),
    # the words around a company name with its legal form after it
    ("Bonds issued by Pinecrest Holdings Plc, the region's largest grocer, fell sharply.", "Pinecrest Holdings",
     "the region's largest grocer"),
    ("The repairs were done by Oslo-based shipbuilder Fjordverk Marine AS over the winter.", "Fjordverk Marine",
     "Oslo-based shipbuilder"),
]


@pytest.mark.parametrize(("text", "name", "role"), ORGANISATIONS, ids=[c[1] for c in ORGANISATIONS])
def test_an_organisation_is_what_the_article_calls_it(nlp, text, name, role):
    _, participants = facts_of(nlp, text)
    assert participant(participants, name).role == role
    assert all(p.role != "The company" for p in participants if p.name != name)  # never the board's


def test_what_a_quote_calls_an_organisation_is_not_its_role(nlp):
    text = ("Nurses will strike, the Royal College of Nursing said. Minister Wes Harding told the Daily Courier the deal "
            "was final. He said talks could resume \u201cif the union suspends action\u201d.")
    _, participants = facts_of(nlp, text)
    assert participant(participants, "Daily Courier").role is None


def test_an_organisation_a_spokeswoman_speaks_for_has_no_role_from_her(nlp):
    quotes, participants = facts_of(nlp, "\u201cWe stand with them,\u201d said a spokeswoman for Unison, which represents porters.")
    assert participant(participants, "Unison").role is None
    assert quotes[0].speaker == "spokeswoman for Unison"  # what is said of Unison after the comma is not her name


def test_a_role_reads_as_written_and_spells_its_abbreviations_out_for_reading():
    from quizgen.extract.roles import spelled_out
    from quizgen.questions.templates import _role_text

    assert spelled_out("Gov. of Ohio") == "Governor of Ohio"
    assert spelled_out("Det Sgt") == "Detective Sergeant"
    assert _role_text("Rep., D-Texas") == "Representative, D-Texas"

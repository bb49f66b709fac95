import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg02_brazil_selic_rate_rise")
d.B("BRASÍLIA —", "dateline", partial=True)

TAV = dict(aliases=["Governor Ricardo Tavares"], role="Governor")
COP = dict(stype="ORG", aliases=["Copom", "the committee"])
VAS = dict(aliases=["Finance Minister Helena Vasconcelos", "the minister"], role="Finance Minister")
d.Q("Ricardo Tavares", "The job is not done", "‘The job is not done’:", **TAV, marks="single",
    cue="(headline; the speaker is named only in the body)",
    note="Headline quote in curly single marks; the words open Tavares's body quote, which is its own entry. A short "
         "sentence, so full.")
d.Q("Monetary Policy Committee", "vigilant and, if necessary, act again.", **COP, syntax="phrase",
    cue="In a statement released shortly after 6:30 p.m., the committee said it would remain",
    note="Role-only organisation attribution: 'the committee' = the Copom (named with its acronym two sentences "
         "before). 6-word phrase -> fragment.")
d.Q("Sérgio Lima", "We are tightening into a slowdown,", aliases=["Lima"], role="Director", cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Directors Paulo Menezes and Sérgio Lima voted to "
         "hold'); 'he' = Lima, the subject of 'Lima said the committee had moved too fast'.")
d.Q("Ricardo Tavares", "The job is not done. Inflation is still far from where it should be,", **TAV,
    cue="Governor Ricardo Tavares told reporters", note="Title before the name.")
d.Q("Ricardo Tavares", "We will not declare victory after a single good month.", **TAV, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Helena Vasconcelos", "a brake on a car that is already slowing down.", **VAS, syntax="phrase",
    cue="Finance Minister Helena Vasconcelos called the decision", note="10-word phrase -> full by the length rule.")
d.Q("Helena Vasconcelos", "Families are paying more than 400% a year on their credit cards,", **VAS,
    cue="the minister said",
    note="Role-only person attribution: 'the minister' = Finance Minister Helena Vasconcelos (same paragraph).")
d.Q("Marina Okamoto", "Every increase lands on the Treasury’s desk,", role="chief economist at Banco Paineira SA",
    cue="said Marina Okamoto, chief economist at Banco Paineira SA",
    note="'the Treasury' inside the quote is not the speaker; the bank with its legal form is only in her role.")
d.Q("National Treasury", "adjust its issuance plan, not its targets.", stype="ORG", aliases=["Treasury"],
    syntax="phrase", cue="A spokeswoman for the National Treasury said it would",
    note="Unnamed spokeswoman: the quote goes to the organisation. 7-word phrase -> full.")
d.Q("Força Bancária", "punish the people who already owe the most.", stype="ORG", syntax="phrase",
    cue="Força Bancária, a union of bank employees, said higher rates would",
    note="Sentence-initial union name with no organisational noun. 8-word phrase -> full.")
d.Q("National Confederation of Small Retailers", "Small shops borrow to fill their shelves. Today that money got more "
    "expensive,", stype="ORG", aliases=["CNPV", "the confederation"], cue="the confederation said in a statement",
    note="Role-only organisation attribution (statement).")
d.Q("Antônio Ribeiro", "between 2% and 3%", role="Its president", syntax="phrase",
    cue="Its president, Antônio Ribeiro, told Valor Semanal that sales could fall",
    note="'Its' = the CNPV. A quoted range inside reported speech; 4 words -> fragment.")
d.Q("IMF", "a credible central bank doing its job.", stype="ORG", syntax="phrase", cue="said the bank was",
    note="Acronym-only organisation as the subject of 'said' after a long relative clause. 7-word phrase -> full.")

d.F("15.25%", 15.25, "percent", "new Selic rate (headline)", ctx="Selic to 15.25%")
d.F("25 basis points", 25, "basis points", "size of the Selic rise")
d.F("15.25%", 15.25, "percent", "new Selic rate", ctx="points to 15.25%")
d.F("seven", 7, "count", "Copom votes for the increase", ctx="voted seven to two")
d.F("two", 2, "count", "Copom votes against the increase", ctx="voted seven to two")
d.F("first", 1, "ordinal", "the increase is the first since December", ctx="its first since")
d.F("December", "2025-12", "date", "month of the previous rate rise", value_inferred=True,
    note="'its first since December' in a story from mid-2026 (inflation to May), so December 2025. Unsure.")
d.F("41", 41, "count", "economists polled by Valor Semanal", ctx="the 41 economists")
d.F("shortly after 6:30 p.m.", "18:30", "time", "release of the Copom statement", qualifier="shortly after")
d.F("5.8%", 5.8, "percent", "consumer price inflation in the 12 months to May")
d.F("12 months", 12, "months", "period of the 5.8% inflation figure")
d.F("May", "2026-05", "date", "end of the 12-month inflation period", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("3%", 3, "percent", "inflation target", ctx="the 3% target")
d.F("1.5 percentage points", 1.5, "percentage points", "tolerance band either side of the target")
d.F("0.2%", 0.2, "percent", "economic growth in the first quarter")
d.F("Q1", "2026-01/2026-03", "date", "quarter of the 0.2% growth", value_inferred=True,
    note="Quarter as a date range (dev10b); year not written, the set's year 2026.")
d.F("-0.4%", -0.4, "percent", "IBC-Br activity index reading for April", note="A written minus sign is kept.")
d.F("April", "2026-04", "date", "month of the -0.4% IBC-Br reading", ctx="for April", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("more than 400%", 400, "percent", "yearly interest families pay on credit cards (in a quote)",
    qualifier="more than", note="Per year ('a year').")
d.F("0.6%", 0.6, "percent", "rise of the real against the dollar")
d.F("R$5.41", 5.41, "BRL", "exchange rate after the decision", note="Reais per dollar.")
d.F("1.3%", 1.3, "percent", "fall in the Ibovespa index", note="'fell 1.3%': stored as a size.")
d.F("10-year", 10, "years", "tenor of the government bond")
d.F("12 basis points", 12, "basis points", "rise in the 10-year bond yield")
d.F("13.9%", 13.9, "percent", "10-year bond yield after the rise")
d.F("about BRL 9.2 billion", 9200000000, "BRL", "extra yearly federal interest cost from the rise (Ipê Capital)",
    qualifier="about", note="Currency written as an ISO code; per year ('a year').")
d.F("third quarter of 2027", "2027-07/2027-09", "date", "earliest quarter Okamoto expects a rate cut",
    note="'no cut before the third quarter of 2027'.")
d.F("about 9 million", 9000000, "count", "customers of trevo", qualifier="about")
d.F("0.4 percentage points", 0.4, "percentage points", "rise in trevo's personal loan rates")
d.F("tens of millions of reais", None, "BRL", "yearly value of trevo's rate change", vague=True,
    qualifier="tens of millions", note="Vague amount (dev5a's 'tens of millions of euros'); per year.")
d.F("between 11.5% and 12.9%", [11.5, 12.9], "percent", "Caixa's yearly mortgage rates")
d.F("about 1.2 million", 1200000, "count", "shops the CNPV speaks for", qualifier="about")
d.F("between 2% and 3%", [2, 3], "percent", "possible fall in sales in the second half (Ribeiro, in a quote)")
d.F("second half", "2026-07/2026-12", "date", "period of the possible fall in sales", value_inferred=True,
    note="Half-year as a date range (dev10b); year not written, the current year 2026.")
d.F("2026", 2026, "year", "year of the IMF's growth forecast for Brazil")
d.F("1.7%", 1.7, "percent", "IMF growth forecast for Brazil in 2026")
d.F("April", "2026-04", "date", "when the IMF cut its forecast", ctx="1.7% in April", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("July 29-30", "2026-07-29/2026-07-30", "date", "dates of the next Copom meeting", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.NF("B3", reason="Numeral inside a name (the B3 stock exchange).")

d.RT("on Wednesday", resolved=None)
d.RT("on Thursday", resolved=None)
d.RT("from Monday", resolved=None)
d.RT("Today", resolved=None, note="Inside a quote: the day of the decision.")

d.P("Banco Central do Brasil", "ORG", None, "Banco Central do Brasil unexpectedly raised", ["actor", "cited"],
    note="Central bank; headline 'Brazil’s central bank', later 'The bank’s Monetary Policy Committee', 'the central "
         "bank’s headquarters', 'the bank was'.")
d.P("Monetary Policy Committee", "ORG", None, "The bank’s Monetary Policy Committee (Copom) voted", ["actor", "quoted"],
    aliases=["Copom"], note="Acronym in brackets, later 'the committee' and 'The next Copom meeting'.")
d.P("Valor Semanal", "ORG", "the business daily", "polled by the business daily Valor Semanal", ["cited", "actor"],
    note="A newspaper after a passive 'by'; later the outlet Ribeiro told.")
d.P("Paulo Menezes", "PERSON", "Director", "Directors Paulo Menezes and Sérgio Lima voted to hold", ["actor"])
d.P("Sérgio Lima", "PERSON", "Director", "Directors Paulo Menezes and Sérgio Lima voted to hold",
    ["actor", "quoted", "cited"], aliases=["Lima"])
d.P("Brazilian Institute of Geography and Statistics", "ORG", None,
    "according to the Brazilian Institute of Geography and Statistics (IBGE)", ["cited"], aliases=["IBGE"],
    note="A name with 'of' and 'and' after 'according to'.")
d.P("Ricardo Tavares", "PERSON", "Governor", "Governor Ricardo Tavares told reporters", ["quoted"])
d.P("Helena Vasconcelos", "PERSON", "Finance Minister", "Finance Minister Helena Vasconcelos called the decision",
    ["quoted"], note="Later 'the minister'.")
d.P("Ipê Capital", "ORG", "a São Paulo asset manager", "According to Ipê Capital, a São Paulo asset manager", ["cited"])
d.P("Marina Okamoto", "PERSON", "chief economist at Banco Paineira SA", "said Marina Okamoto, chief economist",
    ["quoted", "cited"])
d.P("National Treasury", "ORG", None, "A spokeswoman for the National Treasury said", ["quoted"], aliases=["Treasury"],
    note="Also inside Okamoto's quote ('the Treasury’s desk').")
d.P("trevo", "ORG", "The digital lender", "The digital lender trevo, which has about 9 million customers", ["actor"],
    note="Lowercase brand name.")
d.P("Caixa Econômica Federal", "ORG", None, "The state-owned Caixa Econômica Federal said", ["cited", "actor"])
d.P("Força Bancária", "ORG", "a union of bank employees", "Força Bancária, a union of bank employees, said", ["quoted"])
d.P("National Confederation of Small Retailers", "ORG", None,
    "The National Confederation of Small Retailers (CNPV), which speaks for", ["quoted", "cited"], aliases=["CNPV"],
    note="Later 'the confederation' and 'Its president'.")
d.P("Antônio Ribeiro", "PERSON", "Its president", "Its president, Antônio Ribeiro, told Valor Semanal", ["quoted"])
d.P("IMF", "ORG", None, "The IMF, which cut its 2026 growth forecast", ["quoted", "actor"],
    note="Acronym alone, sentence-initial.")
d.M("Banco Paineira SA", "ORG", "Only inside Okamoto's role (bank with the legal form SA).")
d.M("B3", "ORG", "Stock exchange (venue: 'on the B3 exchange').")
d.M("Ibovespa", "MISC", "Stock index.")
d.M("IBC-Br", "MISC", "The central bank's activity index.")
d.M("Selic", "MISC", "The benchmark interest rate.")
d.M("Brazil", "GPE", "Country (background).")
d.M("BRASÍLIA", "GPE", "Dateline.")
d.M("São Paulo", "GPE", "Location.")
d.write()

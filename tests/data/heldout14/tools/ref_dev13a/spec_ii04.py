import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ii04_albaran_costa_turquesa_takeover")

S = dict(marks="straight")
FUE = dict(aliases=["de la Fuente"], role="Albarán's chairman")
d.Q("José Luis de la Fuente Marín", "Mexico is where our guests already want to be. Now we will own the beds they sleep in,",
    **FUE, **S, cue="Albarán's chairman, José Luis de la Fuente Marín, told analysts on a call",
    note="Spanish name: two given names, a particle surname ('de la Fuente') and a second surname ('Marín').")
d.Q("José Luis de la Fuente Marín", "We are not stretching the balance sheet to do this,", **FUE, **S,
    cue="de la Fuente said", note="Follow-up with the first surname and its particle, lower-case mid-sentence.")
d.Q("María Fernanda López Ortega", "This was not a sale we needed to make. It was a partner we chose,",
    aliases=["López Ortega"], role="Costa Turquesa's chief executive", **S,
    cue="López Ortega said in an interview with the Mexico City business daily El Observador Financiero",
    note="Double surname kept in the follow-up ('López Ortega'); interview with a newspaper.")
d.Q("Comisión Nacional del Mercado de Valores", "routine for a deal this size.", stype="ORG",
    aliases=["CNMV"], **S, syntax="phrase", cue="The CNMV said the suspension was",
    note="Regulator, acronym in brackets, then alone. 6-word phrase -> fragment, period inside.")
d.Q("Rosa Elena Cárdenas", "Every new owner promises to protect jobs on the day the deal is signed,",
    role="the secretary general of the hotel workers' union Sindicato Nacional de Trabajadores de Hoteles (SNTH)", **S,
    cue="said the secretary general of the hotel workers' union Sindicato Nacional de Trabajadores de Hoteles (SNTH), "
        "Rosa Elena Cárdenas",
    note="Speaker introduced after the quote, after a long role with the union's name and acronym.")
d.Q("Carlos Ibarra Núñez", "Albarán is paying for beachfront that nobody can build any more,", aliases=["Ibarra"],
    role="Banco Meridional's chief economist in Mexico City", **S, cue="Ibarra said",
    note="Double surname, follow-up with the first surname only ('Ibarra').")
d.Q("Javier Montes", "That is a lot of money for hotels that sit in the path of every hurricane,", aliases=["Montes"],
    role="who runs the hotel research team at Altamira Capital in Madrid", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Montes, who disagreed with Ibarra in a note to "
         "clients, said'); 'he' = Montes, its subject.")
d.Q("Tourism Ministry", "confidence in Mexican tourism at a time when it is needed most.", stype="ORG",
    aliases=["Mexico's Tourism Ministry", "The ministry"], **S, syntax="phrase",
    cue="The ministry said in a statement that the deal showed",
    note="Role-only organisation attribution ('The ministry' = Mexico's Tourism Ministry, sentence before), statement. "
         "11-word phrase -> full.")

d.F("8.4 billion peso", 8400000000, "MXN", "price of the takeover (headline)", ctx="8.4 billion peso takeover")
d.F("8.4 billion pesos", 8400000000, "MXN", "price of the takeover", ctx="8.4 billion pesos (")
d.F("$460 million", 460000000, "USD", "price of the takeover (dollar conversion)")
d.F("62.50 pesos", 62.5, "MXN", "price per Costa Turquesa share", note="Per share.")
d.F("28%", 28, "percent", "premium to Costa Turquesa's closing price")
d.F("17", 17, "count", "Costa Turquesa resorts")
d.F("about 6,300", 6300, "count", "rooms in Costa Turquesa's resorts", qualifier="about")
d.F("112", 112, "count", "hotels Albarán will have after the deal")
d.F("nine", 9, "count", "countries Albarán's hotels are in", ctx="nine countries")
d.F("€180 million", 180000000, "EUR", "new bank debt to fund the purchase")
d.F("1987", 1987, "year", "when the López Ortega family founded Costa Turquesa")
d.F("41%", 41, "percent", "López Ortega family's stake in Costa Turquesa")
d.F("March 2027", "2027-03", "date", "when the deal should be completed", note="'by the end of March 2027'.")
d.F("two hours", 2, "hours", "CNMV suspension of trading in Albarán shares")
d.F("3.4%", 3.4, "percent", "rise in Albarán shares at the close")
d.F("about 4,100", 4100, "count", "Costa Turquesa employees the SNTH represents", qualifier="about")
d.F("7,800", 7800, "count", "Costa Turquesa employees")
d.F("about 13 times", 13, "times", "price as a multiple of Costa Turquesa's expected earnings (Montes)",
    qualifier="about")
d.F("2026", 2026, "year", "year of the expected earnings", note="'expected earnings for 2026'.")
d.F("6.4%", 6.4, "percent", "rise in foreign visitors to Quintana Roo last year")
d.F("21.3 million", 21300000, "count", "foreign visitors to Quintana Roo last year")

d.NF("two", ctx="the two companies said", reason="Trivial count ('the two companies').")

d.RT("on Thursday", ctx="said on Thursday", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("on Thursday", ctx="two hours on Thursday", resolved=None)
d.RT("later", ctx="shares later closed", resolved=None)
d.RT("last year", resolved="2025")

d.P("Hoteles Albarán SA", "ORG", None, "Madrid-based Hoteles Albarán SA has agreed to buy", ["actor", "cited"],
    aliases=["Albarán"], note="Possessor in roles ('Albarán's chairman', 'Albarán's current management team').")
d.P("Grupo Costa Turquesa", "ORG", "the Mexican resort operator", "the Mexican resort operator Grupo Costa Turquesa",
    ["actor", "cited"], aliases=["Costa Turquesa"])
d.P("José Luis de la Fuente Marín", "PERSON", "Albarán's chairman",
    "Albarán's chairman, José Luis de la Fuente Marín, told analysts", ["quoted"], aliases=["de la Fuente"])
d.P("María Fernanda López Ortega", "PERSON", "Costa Turquesa's chief executive",
    "Costa Turquesa's chief executive, María Fernanda López Ortega, whose family", ["quoted", "actor"],
    aliases=["López Ortega"], note="Also 'whose family founded the company in 1987 and still owns 41% of its shares'.")
d.P("El Observador Financiero", "ORG", "the Mexico City business daily",
    "in an interview with the Mexico City business daily El Observador Financiero", ["actor"],
    note="Newspaper giving the interview (dev3 broadcaster convention). Unsure.")
d.P("Íñigo Salazar Ruiz", "PERSON", "CEO", "run from Madrid by Íñigo Salazar Ruiz (CEO)", ["actor", "cited"],
    aliases=["Salazar"], note="Role in brackets after the name ('(CEO)').")
d.P("Beatriz Olmedo Vidal", "PERSON", "CFO", "and Beatriz Olmedo Vidal (CFO)", ["actor"],
    note="Role in brackets after the name ('(CFO)').")
d.P("Comisión Nacional del Mercado de Valores", "ORG", "Spain's stock market regulator",
    "Spain's stock market regulator, the Comisión Nacional del Mercado de Valores (CNMV), suspended", ["actor", "quoted"],
    aliases=["CNMV"])
d.P("Sindicato Nacional de Trabajadores de Hoteles", "ORG", "the hotel workers' union",
    "The SNTH, which represents about 4,100", ["actor", "cited"], aliases=["SNTH"],
    note="Named with its acronym inside Cárdenas's role, then acts alone ('The SNTH … said it would seek').")
d.P("Rosa Elena Cárdenas", "PERSON",
    "the secretary general of the hotel workers' union Sindicato Nacional de Trabajadores de Hoteles (SNTH)",
    "Rosa Elena Cárdenas", ["quoted"])
d.P("Carlos Ibarra Núñez", "PERSON", "Banco Meridional's chief economist in Mexico City",
    "Carlos Ibarra Núñez, Banco Meridional's chief economist", ["quoted", "cited"], aliases=["Ibarra"])
d.P("Javier Montes", "PERSON", "who runs the hotel research team at Altamira Capital in Madrid",
    "Javier Montes, who runs the hotel research team", ["quoted", "cited"], aliases=["Montes"])
d.P("Tourism Ministry", "ORG", None, "Mexico's Tourism Ministry said foreign visitors", ["cited", "quoted"],
    note="Mexico's tourism ministry; later 'The ministry'.")
d.M("Banco Meridional", "ORG", "Only as possessor inside Ibarra's role ('Banco Meridional's chief economist').")
d.M("Altamira Capital", "ORG", "Only in Montes's role.")
d.M("Spain", "GPE", "Headline ('Spain's Albarán'; 'Spain's stock market regulator').")
d.M("Mexico", "GPE", "Country.")
d.M("Madrid", "GPE", "Albarán's base; where the group will be run.")
d.M("Mexico City", "GPE", "Location.")
d.M("Quintana Roo", "GPE", "Mexican state where the resorts are.")
d.M("Baja California Sur", "GPE", "Mexican state where the resorts are.")
d.M("Caribbean", "LOC", "Mexico's Caribbean coast.")
d.write()

#!/usr/bin/env python3
"""Writes N invented news articles for benchmarks: `generate-articles.py N DIR [--seed S]`.

Every article is built from sentence patterns and the word pools in this script (invented people, companies,
NGOs and institutes; real country and city names; a few hundred topic tags), never from real news text. The
output is deterministic: the same N and seed give byte-identical files, and article K is the same whatever N is.
Each article is 400-1,200 words: a headline, sometimes a standfirst, a byline, a date between 2019 and 2025,
paragraphs with attributed quotes from officials and analysts, section headings, 2-6 tags and a source.

Written (nothing else, nothing copied):

    DIR/Content/site.yml                          the site's settings, for Briefing
    DIR/Content/articles/article-00001.txt        Briefing's plain-text article format
    DIR/hugo/content/posts/article-00001.md       the same article as Markdown with YAML front matter
                                                  (title, date, author, tags, source), `## ` headings

Building the two sites (Benchmarks/compare.py runs the same commands and times them):

    briefing build --content DIR/Content --templates Templates --output OUT
    hugo --source DIR/hugo --config Benchmarks/hugo-site/config.toml \\
         --themesDir Benchmarks --theme hugo-site --destination OUT

DIR/hugo holds only content: the configuration and layouts stay in Benchmarks/hugo-site (a Hugo theme plus the
site's config.toml), given by absolute path, so one theme serves every generated size and nothing is copied.
"""
import argparse
import datetime
import json
import pathlib
import random
import sys

# --------------------------------------------------------------------------------------------------------------
# Pools. Given names are common ones (Briefing recognises people by their given names); surnames, companies,
# NGOs, institutes and news outlets are invented or generic; countries and cities are real place names.
# --------------------------------------------------------------------------------------------------------------

GIVEN_NAMES = """Ana Tomas Maria Lena Samuel Amina Kofi Priya Rahul Mei Wei Yuki Hiroshi Olga Ivan Elena Marco
Giulia Pierre Claire Hans Ingrid Lars Astrid Fatima Omar Layla Hassan Grace Daniel Sarah James Laura Carlos Lucia
Diego Sofia Jonas Eva Nadia Karim Beatriz Ahmed Leila Nikolai Irina Pablo Camila Thomas Anna Peter Miriam David
Rachel Kwame Ama Chidi Ngozi Arjun Anjali Minh Linh Tariq Zainab Emre Elif Mehmet Stefan Katarina Marek Zofia
Andrei Ioana Dimitri Eleni Nikos Sven Freya Owen Niamh Sean Fiona Aidan Rosa Felipe Mateo Valentina Julien Amelie
Lukas Hannah Jakob Mira Noah Leah Helena Viktor Alina Rafael Ines Hugo Clara Oscar Paula Simon Nora Emil Ida
Yusuf Salma Bilal Hana Joseph Esther Martin Agnes Patrick Teresa Victor Alice Kenji Aiko Ravi Meera Sipho Thandi
Adrian Selin Mariam Farid Celine Bruno Renata Gustavo Isabel Anders Maja Henrik Sanna Pavel Vera""".split()

SURNAMES = """Duarte Verhoeven Okafor Lindqvist Moreau Castellano Petrov Nakamura Haddad Mensah Kowalski Rossi Brandt
Sorensen Achterberg Delacroix Ferreira Halvorsen Ibarra Jankowski Kariuki Larsen Marchetti Novak Oyelaran Palmer
Quintero Rahimi Salazar Tanaka Umarov Valdez Weller Yilmaz Zamora Abdi Bergstrom Carvalho Demir Eriksen Fontaine
Gallo Hartmann Ivanova Jovanovic Kaplan Lemaire Mbeki Nilsen Ortega Pereira Ruiz Schultz Teixeira Ulrich Varga
Wojcik Yardley Zeller Adeyemi Bianchi Costa Dvorak Esposito Fischer Gomes Horvath Iqbal Jensen Keller Lindgren
Mendes Navarro Olsen Popescu Reyes Santos Toth Vasquez Wagner Aziz Barros Conti Dimitrov Elias Farouk Greco
Holm Ilic Juarez Kamau Lopes Moretti Nyberg Osei Pavlov Ramos Sokolova Torres Urquhart Vidal Weiss Amari Bauer
Coelho Dahl Engel Falk Garza Hoffmann Ismail Jaber Kruger Lund Mahmoud Nwosu Ocampo Petersen Quinn Richter
Sato Thorsen Uddin Vogel Wolff Alves Becker Cruz Diallo Ekstrom Fuentes Gunawardena Hussein Ito Jovic""".split()

# (country, adjective, capital, other cities, neighbours)
COUNTRIES = [
    ("Portugal", "Portuguese", "Lisbon", ["Porto", "Braga", "Coimbra"], ["Spain", "France"]),
    ("Spain", "Spanish", "Madrid", ["Barcelona", "Valencia", "Seville", "Bilbao"], ["Portugal", "France", "Morocco"]),
    ("France", "French", "Paris", ["Lyon", "Marseille", "Toulouse", "Lille"], ["Germany", "Belgium", "Spain", "Italy"]),
    ("Germany", "German", "Berlin", ["Hamburg", "Munich", "Cologne", "Leipzig"], ["Poland", "France", "Austria", "Denmark"]),
    ("Poland", "Polish", "Warsaw", ["Krakow", "Gdansk", "Wroclaw", "Poznan"], ["Germany", "Lithuania", "Ukraine", "the Czech Republic"]),
    ("Italy", "Italian", "Rome", ["Milan", "Naples", "Turin", "Bologna"], ["France", "Austria", "Slovenia"]),
    ("Belgium", "Belgian", "Brussels", ["Antwerp", "Ghent", "Liege", "Bruges"], ["France", "Germany", "Luxembourg"]),
    ("Sweden", "Swedish", "Stockholm", ["Gothenburg", "Malmo", "Uppsala"], ["Norway", "Finland", "Denmark"]),
    ("Norway", "Norwegian", "Oslo", ["Bergen", "Trondheim", "Stavanger"], ["Sweden", "Finland"]),
    ("Finland", "Finnish", "Helsinki", ["Tampere", "Turku", "Oulu"], ["Sweden", "Estonia", "Norway"]),
    ("Greece", "Greek", "Athens", ["Thessaloniki", "Patras", "Heraklion"], ["Turkey", "Bulgaria", "Albania"]),
    ("Turkey", "Turkish", "Ankara", ["Istanbul", "Izmir", "Bursa", "Antalya"], ["Greece", "Georgia", "Bulgaria"]),
    ("Romania", "Romanian", "Bucharest", ["Cluj-Napoca", "Timisoara", "Iasi", "Constanta"], ["Hungary", "Bulgaria", "Moldova"]),
    ("Hungary", "Hungarian", "Budapest", ["Debrecen", "Szeged", "Pecs"], ["Austria", "Romania", "Slovakia"]),
    ("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Lviv", "Dnipro"], ["Poland", "Romania", "Moldova"]),
    ("Morocco", "Moroccan", "Rabat", ["Casablanca", "Marrakesh", "Tangier", "Fez"], ["Algeria", "Spain", "Mauritania"]),
    ("Egypt", "Egyptian", "Cairo", ["Alexandria", "Giza", "Luxor", "Aswan"], ["Sudan", "Libya", "Israel"]),
    ("Kenya", "Kenyan", "Nairobi", ["Mombasa", "Kisumu", "Nakuru", "Eldoret"], ["Tanzania", "Uganda", "Ethiopia"]),
    ("Nigeria", "Nigerian", "Abuja", ["Lagos", "Kano", "Ibadan", "Port Harcourt"], ["Ghana", "Niger", "Cameroon"]),
    ("Ghana", "Ghanaian", "Accra", ["Kumasi", "Tamale", "Takoradi"], ["Togo", "Nigeria", "Burkina Faso"]),
    ("South Africa", "South African", "Pretoria", ["Johannesburg", "Cape Town", "Durban"], ["Namibia", "Botswana", "Mozambique"]),
    ("Ethiopia", "Ethiopian", "Addis Ababa", ["Dire Dawa", "Mekelle", "Gondar", "Bahir Dar"], ["Kenya", "Sudan", "Somalia"]),
    ("Tanzania", "Tanzanian", "Dodoma", ["Dar es Salaam", "Arusha", "Mwanza"], ["Kenya", "Uganda", "Mozambique"]),
    ("India", "Indian", "New Delhi", ["Mumbai", "Bengaluru", "Chennai", "Kolkata", "Hyderabad"], ["Nepal", "Bangladesh", "Sri Lanka"]),
    ("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta"], ["India", "Afghanistan", "Iran"]),
    ("Bangladesh", "Bangladeshi", "Dhaka", ["Chittagong", "Khulna", "Sylhet"], ["India", "Myanmar"]),
    ("Indonesia", "Indonesian", "Jakarta", ["Surabaya", "Bandung", "Medan", "Makassar"], ["Malaysia", "Australia", "the Philippines"]),
    ("Malaysia", "Malaysian", "Kuala Lumpur", ["George Town", "Johor Bahru", "Kota Kinabalu"], ["Thailand", "Indonesia", "Singapore"]),
    ("Vietnam", "Vietnamese", "Hanoi", ["Ho Chi Minh City", "Da Nang", "Haiphong"], ["Laos", "Cambodia", "China", "the Philippines"]),
    ("Thailand", "Thai", "Bangkok", ["Chiang Mai", "Phuket", "Khon Kaen"], ["Cambodia", "Laos", "Malaysia"]),
    ("Japan", "Japanese", "Tokyo", ["Osaka", "Nagoya", "Sapporo", "Fukuoka"], ["South Korea", "China"]),
    ("South Korea", "South Korean", "Seoul", ["Busan", "Incheon", "Daegu"], ["Japan", "China"]),
    ("Australia", "Australian", "Canberra", ["Sydney", "Melbourne", "Brisbane", "Perth"], ["New Zealand", "Indonesia"]),
    ("New Zealand", "New Zealand", "Wellington", ["Auckland", "Christchurch", "Dunedin"], ["Australia", "Fiji"]),
    ("Canada", "Canadian", "Ottawa", ["Toronto", "Montreal", "Vancouver", "Calgary"], ["the United States"]),
    ("Mexico", "Mexican", "Mexico City", ["Guadalajara", "Monterrey", "Puebla", "Tijuana"], ["the United States", "Guatemala"]),
    ("Brazil", "Brazilian", "Brasilia", ["Sao Paulo", "Rio de Janeiro", "Salvador", "Recife"], ["Argentina", "Paraguay", "Bolivia"]),
    ("Argentina", "Argentine", "Buenos Aires", ["Cordoba", "Rosario", "Mendoza"], ["Chile", "Brazil", "Uruguay"]),
    ("Chile", "Chilean", "Santiago", ["Valparaiso", "Concepcion", "Antofagasta"], ["Argentina", "Peru", "Bolivia"]),
    ("Colombia", "Colombian", "Bogota", ["Medellin", "Cali", "Barranquilla", "Cartagena"], ["Venezuela", "Ecuador", "Peru"]),
    ("Peru", "Peruvian", "Lima", ["Arequipa", "Cusco", "Trujillo"], ["Chile", "Ecuador", "Bolivia"]),
    ("Jordan", "Jordanian", "Amman", ["Zarqa", "Irbid", "Aqaba"], ["Syria", "Iraq", "Saudi Arabia"]),
]
COUNTRY = {c[0]: c for c in COUNTRIES}

COMPANY_STEMS = """Norvanta Keldor Altamira Brightwater Solvane Castellan Meridian Oakridge Veltrix Arcadia Tessaro
Quillon Zephyrine Marlow Corvane Halden Lumera Stratos Cordova Petrel Vantoro Ironvale Seabright Kestrel Auren
Talvik Novaris Greystone Belmonte Ostara Redfern Silvana Torvald Umbra Velora Westmark Yarrow Zentra""".split()

NEWS_SOURCES = ["Meridian Wire", "Harbour Press", "Northlight News", "The Civic Ledger", "Continental Times",
                "Daily Compass", "Atlas News Service", "The Evening Courier", "Crossroads Herald", "Lantern Media"]

THINK_TANKS = ["Institute for Regional Security", "Centre for Economic Policy Studies", "Institute for Energy Transition",
               "Centre for Migration Research", "Global Health Policy Institute", "Council on Trade and Development",
               "Institute for Democratic Governance", "Centre for Urban Futures", "Water Policy Institute",
               "Institute of Agricultural Economics", "Centre for Digital Society", "Forum for Fiscal Responsibility",
               "Institute for Strategic Dialogue and Peace", "Centre for Labour Studies", "Climate Risk Institute",
               "Institute for Justice Reform", "Centre for Education Policy", "Transport Futures Institute"]

NGOS = ["Open Borders Foundation", "Clean Rivers Alliance", "Children First Trust", "Civic Transparency Forum",
        "Food Security Network", "Doctors Without Frontiers Society", "Tenants Rights Association", "Green Coast Coalition",
        "Rural Women's Union", "Press Freedom Watch", "Refugee Support Council", "Fair Wages Movement",
        "Patients' Rights Association", "Digital Rights Watch", "Consumer Protection League", "Wildlife Conservation Trust"]

# The institutes and NGOs that comment on each domain's stories.
DOMAIN_TANKS = {
    "energy": ["Institute for Energy Transition", "Climate Risk Institute", "Centre for Economic Policy Studies"],
    "elections": ["Institute for Democratic Governance", "Civic Transparency Forum"],
    "health": ["Global Health Policy Institute"], "trade": ["Council on Trade and Development", "Centre for Economic Policy Studies"],
    "climate": ["Climate Risk Institute", "Institute for Energy Transition"], "migration": ["Centre for Migration Research"],
    "security": ["Institute for Regional Security", "Institute for Strategic Dialogue and Peace"],
    "technology": ["Centre for Digital Society"], "agriculture": ["Institute of Agricultural Economics", "Water Policy Institute"],
    "economy": ["Centre for Economic Policy Studies", "Forum for Fiscal Responsibility"],
    "education": ["Centre for Education Policy"], "transport": ["Transport Futures Institute", "Centre for Urban Futures"],
    "justice": ["Institute for Justice Reform", "Institute for Democratic Governance"],
    "housing": ["Centre for Urban Futures"], "labour": ["Centre for Labour Studies", "Centre for Economic Policy Studies"],
    "water": ["Water Policy Institute", "Climate Risk Institute"],
}
DOMAIN_NGOS = {
    "energy": ["Consumer Protection League", "Green Coast Coalition"], "elections": ["Civic Transparency Forum", "Press Freedom Watch"],
    "health": ["Patients' Rights Association", "Doctors Without Frontiers Society", "Children First Trust"],
    "trade": ["Consumer Protection League", "Fair Wages Movement"], "climate": ["Green Coast Coalition", "Wildlife Conservation Trust", "Clean Rivers Alliance"],
    "migration": ["Open Borders Foundation", "Refugee Support Council"], "security": ["Refugee Support Council", "Children First Trust"],
    "technology": ["Digital Rights Watch", "Consumer Protection League"], "agriculture": ["Food Security Network", "Rural Women's Union"],
    "economy": ["Consumer Protection League", "Fair Wages Movement"], "education": ["Children First Trust"],
    "transport": ["Consumer Protection League", "Green Coast Coalition"], "justice": ["Press Freedom Watch", "Civic Transparency Forum"],
    "housing": ["Tenants Rights Association"], "labour": ["Fair Wages Movement", "Rural Women's Union"],
    "water": ["Clean Rivers Alliance", "Food Security Network"],
}

GENERIC_HEADINGS = ["What Comes Next", "Reaction", "Background", "The Numbers", "A Long Road", "Mixed Signals",
                    "The View From {city}", "Pressure From {neighbour}", "Critics Speak Out", "Behind the Decision"]

UNIVERSITY_FORMS = ["University of {city}", "{city} Institute of Technology", "{city} School of Economics",
                    "{city} University"]

INTERNATIONAL = ["Regional Development Bank", "International Energy Council", "Global Fund for Health Security",
                 "Commission on Maritime Affairs", "International Labour Forum", "Continental Trade Council"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Each domain: its ministry (Ministry of X / X Minister), agencies, company kinds, the analysts' field, topic tags,
# and phrases the sentence patterns take: issues (singular, with article), things (plural subjects), measures,
# groups, actions (verb phrases), headings, quote bodies.
DOMAINS = {
    "energy": dict(
        ministry="Energy", agencies=["Energy Regulatory Authority", "National Grid Authority"],
        firms=["Energy", "Power", "Utilities", "Petroleum"], field="energy economics",
        tags=["Energy prices", "Renewable energy", "Fuel subsidies", "Nuclear power", "Electricity grid", "Oil and gas",
              "Solar power", "Wind power", "Energy security", "Power outages", "Hydropower", "Carbon tax",
              "Liquefied natural gas", "Coal", "Pipelines", "Energy efficiency", "Battery storage", "Hydrogen",
              "Utilities", "Heating costs", "Offshore drilling", "Energy transition"],
        issues=["the fuel subsidy reform", "the new tariff on electricity", "the gas pipeline project",
                "the plan to close coal plants", "the offshore wind auction", "the nuclear plant extension"],
        things=["electricity prices", "fuel costs", "gas reserves", "power cuts", "heating bills", "energy imports"],
        measures=["a windfall tax on energy producers", "a cap on household electricity prices",
                  "a ten-year plan for offshore wind", "new rules for rooftop solar panels",
                  "a temporary cut in fuel duty"],
        groups=["households", "energy-intensive factories", "small businesses", "pensioners", "grid operators"],
        actions=["expand renewable capacity", "cut dependence on imported gas", "modernise the grid",
                 "protect households from price spikes", "phase out coal by the end of the decade"],
        headings=["A Grid Under Strain", "Prices and Politics", "The Cost of the Transition", "Industry Pushes Back",
                  "What the Plan Means for Households", "Questions Over Supply"],
        quotes=["we cannot ask families to carry the cost of {thing} on their own",
                "the grid was built for another century and it shows",
                "every month of delay makes the transition more expensive",
                "investors need to know the rules will not change every winter",
                "this is the most ambitious energy package the country has seen in a generation"]),
    "elections": dict(
        ministry="Interior", agencies=["Electoral Commission", "Constitutional Court"],
        firms=["Media Group", "Polling"], field="political science",
        tags=["Elections", "Parliament", "Opposition", "Coalition talks", "Voter turnout", "Electoral reform",
              "Referendum", "Political parties", "Campaign finance", "Local elections", "Presidential election",
              "Constitution", "Democracy", "Polling", "Populism", "Political crisis", "Vote counting",
              "Election observers", "Disinformation", "Party leadership", "No-confidence vote"],
        issues=["the electoral reform bill", "the disputed vote count", "the coalition agreement",
                "the referendum on the constitution", "the early election", "the ban on campaign advertising"],
        things=["opinion polls", "turnout figures", "coalition talks", "campaign rallies", "vote tallies"],
        measures=["a bill lowering the voting age to sixteen", "a cap on campaign donations",
                  "a referendum on presidential term limits", "new rules for postal voting",
                  "an independent review of the vote count"],
        groups=["voters", "opposition parties", "first-time voters", "election observers", "rural constituencies"],
        actions=["hold the vote before the end of the year", "form a government within weeks",
                 "restore trust in the electoral system", "publish the full results by district",
                 "open talks with the smaller parties"],
        headings=["A Fragmented Parliament", "The Opposition Regroups", "Observers Raise Concerns",
                  "What Happens Next", "The Numbers Behind the Vote", "A Test for the Coalition"],
        quotes=["voters have sent a clear message and we intend to listen",
                "no party can claim a mandate on numbers like these",
                "the count must be transparent or the result will not be accepted",
                "this coalition was built on compromise and it will survive on compromise",
                "people are tired of promises and want to see results"]),
    "health": dict(
        ministry="Health", agencies=["Public Health Institute", "Medicines Agency"],
        firms=["Pharmaceuticals", "Health", "Biotech"], field="epidemiology",
        tags=["Public health", "Hospitals", "Vaccination", "Health care", "Mental health", "Pandemic preparedness",
              "Drug prices", "Nurses", "Doctors' strike", "Cancer care", "Measles", "Malaria", "Child health",
              "Health insurance", "Antibiotic resistance", "Waiting lists", "Medical research", "Obesity",
              "Tobacco control", "Maternal health", "Primary care"],
        issues=["the hospital funding plan", "the vaccination campaign", "the shortage of nurses",
                "the new drug pricing rules", "the measles outbreak", "the reform of primary care"],
        things=["waiting lists", "infection rates", "hospital admissions", "drug shortages", "vaccination rates"],
        measures=["a national vaccination drive for children", "a cap on the price of essential medicines",
                  "a plan to recruit ten thousand nurses", "new funding for rural clinics",
                  "a tax on sugary drinks"],
        groups=["patients", "nurses", "family doctors", "hospital managers", "parents of young children"],
        actions=["cut waiting times for surgery", "reach every child with the vaccine",
                 "train more doctors in rural areas", "bring down the price of insulin",
                 "rebuild the public health service"],
        headings=["Hospitals at Capacity", "The Vaccine Gap", "Staff Shortages Deepen", "Patients Wait Longer",
                  "Funding Questions", "Lessons From the Outbreak"],
        quotes=["our staff are exhausted and the winter has not even started",
                "every child who misses a vaccine is a child at risk",
                "the data show that {thing} are rising fastest in the poorest districts",
                "prevention is cheaper than treatment and it saves lives",
                "we have the medicines but not the people to give them"]),
    "trade": dict(
        ministry="Trade", agencies=["Customs Authority", "Export Promotion Agency"],
        firms=["Shipping", "Logistics", "Industries", "Exports"], field="international trade",
        tags=["Trade", "Tariffs", "Exports", "Imports", "Free trade agreements", "Supply chains", "Shipping",
              "Ports", "Customs", "Sanctions", "Manufacturing", "Steel", "Semiconductors", "Trade deficit",
              "Foreign investment", "Textiles", "Automobiles", "Rare earths", "Trade disputes", "Logistics"],
        issues=["the free trade agreement", "the tariff on imported steel", "the export ban on grain",
                "the customs reform", "the dispute over car parts", "the new port concession"],
        things=["exports", "import costs", "shipping rates", "container volumes", "trade flows"],
        measures=["a free trade agreement with {neighbour}", "a twenty percent tariff on imported steel",
                  "a simplified customs procedure for small exporters", "a temporary ban on raw mineral exports",
                  "new screening rules for foreign investment"],
        groups=["exporters", "manufacturers", "port workers", "importers", "farm producers"],
        actions=["diversify the country's export markets", "reduce delays at the border", "protect domestic industry",
                 "attract foreign investment", "settle the dispute through negotiation"],
        headings=["Exporters Count the Cost", "A Deal Years in the Making", "The View From the Ports",
                  "Retaliation Risks", "Winners and Losers", "Supply Chains Adjust"],
        quotes=["tariffs are a tax on our own consumers, whatever the politicians say",
                "this agreement opens markets our exporters could only dream of ten years ago",
                "the ports are working at full capacity and still falling behind",
                "nobody wins a trade war, but some lose more than others",
                "we need rules that are predictable for at least a decade"]),
    "climate": dict(
        ministry="Environment", agencies=["Environmental Protection Agency", "Meteorological Service"],
        firms=["Environmental", "Forestry", "Recycling"], field="climate science",
        tags=["Climate change", "Emissions", "Heatwaves", "Floods", "Drought", "Wildfires", "Deforestation",
              "Biodiversity", "Air pollution", "Plastic waste", "Recycling", "Sea level rise", "Carbon markets",
              "Climate finance", "Conservation", "Storms", "Glaciers", "Coral reefs", "Environmental law",
              "Green investment", "Climate adaptation"],
        issues=["the emissions target", "the ban on single-use plastics", "the reforestation programme",
                "the flood defence plan", "the carbon market reform", "the protected area expansion"],
        things=["emissions", "temperatures", "river levels", "forest losses", "pollution levels"],
        measures=["a law to cut emissions by half by 2035", "a ban on single-use plastics",
                  "a fund for flood defences in coastal towns", "new limits on industrial air pollution",
                  "a programme to plant a billion trees"],
        groups=["coastal communities", "farmers", "environmental groups", "city residents", "fishing communities"],
        actions=["meet the country's climate targets", "protect coastal towns from flooding", "halt deforestation",
                 "clean up the country's rivers", "help farmers adapt to drought"],
        headings=["A Summer of Extremes", "The Science Behind the Warning", "Communities on the Front Line",
                  "Targets and Reality", "Who Pays for Adaptation", "Industry Responds"],
        quotes=["the climate is changing faster than our institutions",
                "we are already living with the consequences and the bill is growing",
                "the target is achievable but only if we start this year",
                "nature does not negotiate and it does not wait",
                "the measurements leave no room for doubt about the trend in {thing}"]),
    "migration": dict(
        ministry="Interior", agencies=["Immigration Service", "Border Agency"],
        firms=["Services", "Staffing"], field="migration studies",
        tags=["Migration", "Asylum", "Refugees", "Border control", "Deportations", "Labour migration",
              "Integration", "Citizenship", "Human trafficking", "Visa policy", "Displacement", "Resettlement",
              "Migrant workers", "Detention centres", "Family reunification", "Sea crossings", "Diaspora",
              "Humanitarian corridors", "Work permits", "Statelessness"],
        issues=["the asylum backlog", "the new visa scheme", "the border agreement",
                "the reform of the asylum system", "the deportation flights", "the work permit programme"],
        things=["asylum applications", "border crossings", "visa approvals", "arrivals by sea", "deportation orders"],
        measures=["a fast-track procedure for asylum claims", "a new visa for seasonal workers",
                  "a return agreement with {neighbour}", "an amnesty for long-term residents",
                  "new funding for language classes"],
        groups=["asylum seekers", "migrant workers", "refugee families", "border towns", "employers"],
        actions=["clear the asylum backlog within a year", "fill shortages in farm and care work",
                 "speed up family reunification", "improve conditions in reception centres",
                 "work with transit countries"],
        headings=["A System Under Pressure", "Life in the Reception Centres", "Employers Want Workers",
                  "The Legal Challenge", "Crossing Points", "Neighbours Respond"],
        quotes=["people who flee war deserve a fair hearing and a quick one",
                "the backlog is a failure of administration, not a crisis of numbers",
                "our farms would not survive a single harvest without migrant workers",
                "a policy built on deterrence alone has never worked anywhere",
                "we need a system that is both firm and humane"]),
    "security": dict(
        ministry="Defence", agencies=["National Security Council", "Armed Forces General Staff"],
        firms=["Defence Systems", "Aerospace", "Shipyards"], field="security studies",
        tags=["Defence", "Military spending", "Armed conflict", "Ceasefire", "Peace talks", "Terrorism",
              "Cybersecurity", "Arms control", "Peacekeeping", "Border security", "Intelligence", "Navy",
              "Air defence", "Conscription", "Military aid", "Drones", "Maritime security", "Counterterrorism",
              "Landmines", "Security alliances", "Insurgency"],
        issues=["the ceasefire agreement", "the defence budget", "the return of conscription",
                "the arms purchase", "the peace talks", "the new security pact"],
        things=["defence budgets", "border incidents", "drone attacks", "troop deployments", "arms purchases"],
        measures=["a rise in defence spending to two percent of output", "a new air defence system",
                  "the reintroduction of military service", "a security pact with {neighbour}",
                  "a joint naval patrol in the strait"],
        groups=["border communities", "soldiers' families", "veterans", "displaced civilians", "defence contractors"],
        actions=["strengthen the country's air defences", "secure the border", "return to the negotiating table",
                 "modernise the armed forces", "protect critical infrastructure from cyberattacks"],
        headings=["Tensions on the Border", "The Diplomatic Track", "What the Army Needs",
                  "Civilians Caught in the Middle", "A Regional Arms Race", "The Cost of Deterrence"],
        quotes=["deterrence only works if it is credible, and credibility costs money",
                "the ceasefire is holding, but it is fragile",
                "there is no military solution to this conflict",
                "we will defend every metre of our territory",
                "the region is more dangerous today than at any time in the last thirty years"]),
    "technology": dict(
        ministry="Digital Affairs", agencies=["Data Protection Authority", "Telecommunications Regulator"],
        firms=["Technologies", "Systems", "Networks", "Labs"], field="computer science",
        tags=["Technology", "Artificial intelligence", "Data protection", "Social media", "Cybercrime",
              "Telecommunications", "Broadband", "Startups", "Digital services", "Online safety", "Privacy",
              "Cloud computing", "E-government", "Digital currency", "Tech regulation", "5G", "Space industry",
              "Robotics", "Misinformation", "Digital skills"],
        issues=["the data protection law", "the online safety bill", "the broadband rollout",
                "the rules for artificial intelligence", "the digital tax", "the spectrum auction"],
        things=["data breaches", "broadband speeds", "online scams", "tech investments", "app downloads"],
        measures=["a law regulating artificial intelligence", "a digital services tax",
                  "a plan to bring broadband to every village", "new fines for data breaches",
                  "an age limit for social media accounts"],
        groups=["users", "technology companies", "rural schools", "small online retailers", "parents"],
        actions=["close the digital divide", "protect users' personal data", "attract technology investment",
                 "hold platforms accountable", "train a million people in digital skills"],
        headings=["Regulators Catch Up", "The Platforms Respond", "A Divide Between Town and Country",
                  "Privacy Concerns", "An Industry Grows Up", "What Changes for Users"],
        quotes=["the technology has moved faster than the law, and that gap is now the problem",
                "people should not have to trade their privacy for a bus ticket",
                "we want innovation, but not at any price",
                "a village without broadband today is like a village without a road fifty years ago",
                "the platforms have had years to fix this themselves"]),
    "agriculture": dict(
        ministry="Agriculture", agencies=["Food Safety Agency", "Agricultural Research Institute"],
        firms=["Foods", "Agro", "Seeds", "Dairy"], field="agricultural economics",
        tags=["Agriculture", "Food prices", "Food security", "Farmers", "Harvest", "Fertilisers", "Irrigation",
              "Livestock", "Fisheries", "Grain", "Rice", "Coffee", "Cocoa", "Dairy", "Pesticides", "Land reform",
              "Rural development", "Farm subsidies", "Locusts", "Organic farming", "Famine"],
        issues=["the farm subsidy reform", "the grain export quota", "the fertiliser shortage",
                "the land reform law", "the irrigation project", "the pesticide ban"],
        things=["food prices", "grain harvests", "fertiliser costs", "milk prices", "crop yields"],
        measures=["direct payments to small farmers", "a ban on the most toxic pesticides",
                  "a state reserve of grain for lean years", "new irrigation canals in the south",
                  "a subsidy for fertiliser"],
        groups=["small farmers", "herders", "fishing crews", "food processors", "rural families"],
        actions=["keep food affordable", "modernise irrigation", "support young farmers",
                 "protect soil and water", "rebuild the national grain reserve"],
        headings=["A Difficult Harvest", "Farmers Take to the Streets", "Prices at the Market",
                  "The Water Question", "Subsidies and Their Critics", "From Field to Table"],
        quotes=["a farmer cannot plan when the price of fertiliser doubles in a season",
                "food security is national security",
                "the harvest was good, but the prices we receive have never been worse",
                "we are asking farmers to feed more people with less water",
                "the young people are leaving the land because it does not pay"]),
    "economy": dict(
        ministry="Finance", agencies=["Central Bank", "National Statistics Office"],
        firms=["Bank", "Capital", "Holdings", "Insurance"], field="economics",
        tags=["Economy", "Inflation", "Interest rates", "Public debt", "Budget", "Taxes", "Unemployment",
              "Central bank", "Currency", "Economic growth", "Recession", "Banking", "Stock markets", "Pensions",
              "Austerity", "Cost of living", "Wages", "Bonds", "Privatisation", "Tourism", "Remittances",
              "Credit rating"],
        issues=["the budget", "the pension reform", "the rise in interest rates", "the new sales tax",
                "the debt restructuring", "the privatisation plan"],
        things=["consumer prices", "interest rates", "bond yields", "tax revenues", "unemployment figures"],
        measures=["a budget that cuts the deficit to three percent", "a rise in the retirement age",
                  "a temporary cut in value added tax on food", "a loan programme for small businesses",
                  "a new tax on financial transactions"],
        groups=["pensioners", "small businesses", "public sector workers", "young families", "investors"],
        actions=["bring inflation back under control", "reduce the public debt", "protect the poorest households",
                 "restore investor confidence", "create jobs for young people"],
        headings=["Inflation Refuses to Fall", "The Budget in Numbers", "Markets React",
                  "Households Feel the Squeeze", "A Question of Credibility", "The Road to Recovery"],
        quotes=["there is no painless way to bring down inflation",
                "the numbers do not add up unless growth picks up sharply next year",
                "households are spending more on less, and that is the story of this year",
                "markets will judge us on what we do, not on what we announce",
                "this budget asks the most of those who can afford the most"]),
    "education": dict(
        ministry="Education", agencies=["Schools Inspectorate", "Higher Education Council"],
        firms=["Learning", "Publishing"], field="education policy",
        tags=["Education", "Schools", "Universities", "Teachers", "Tuition fees", "Student loans", "Literacy",
              "Exams", "School meals", "Vocational training", "Early childhood", "Curriculum", "Student protests",
              "Teachers' strike", "Scholarships", "School buildings", "Academic freedom", "Research funding",
              "Special education", "Adult education"],
        issues=["the school curriculum reform", "the rise in tuition fees", "the teachers' pay offer",
                "the school meals programme", "the exam reform", "the university funding formula"],
        things=["exam results", "class sizes", "enrolment figures", "tuition fees", "dropout rates"],
        measures=["free school meals for every primary pupil", "a ten percent pay rise for teachers",
                  "a cap on university tuition fees", "a new national curriculum",
                  "a programme to rebuild a thousand schools"],
        groups=["teachers", "students", "parents", "head teachers", "university staff"],
        actions=["raise literacy rates", "recruit and keep good teachers", "make university affordable",
                 "repair crumbling school buildings", "expand vocational training"],
        headings=["Classrooms Under Pressure", "Teachers Walk Out", "The Cost of a Degree",
                  "What the Results Show", "A New Curriculum", "Parents Have Their Say"],
        quotes=["you cannot have good schools without well-paid teachers",
                "a child who cannot read by the age of ten is a child we have failed",
                "students are graduating with debts they will carry for decades",
                "the buildings are falling apart and the children notice",
                "education is the one investment that always pays back"]),
    "transport": dict(
        ministry="Transport", agencies=["Civil Aviation Authority", "National Railway Company"],
        firms=["Airlines", "Railways", "Motors", "Logistics"], field="transport planning",
        tags=["Transport", "Railways", "Aviation", "Public transport", "Roads", "Electric vehicles",
              "Infrastructure", "High-speed rail", "Traffic safety", "Airports", "Urban mobility", "Bridges",
              "Freight", "Cycling", "Fuel prices", "Strikes", "Metro", "Road tolls", "Bus services", "Shipping lanes"],
        issues=["the high-speed rail line", "the airport expansion", "the fare increase",
                "the road toll plan", "the metro extension", "the rail strike"],
        things=["ticket prices", "passenger numbers", "road deaths", "train delays", "traffic jams"],
        measures=["a new high-speed line between the two largest cities", "free public transport for students",
                  "a congestion charge in the city centre", "subsidies for electric cars",
                  "a third runway at the main airport"],
        groups=["commuters", "rail workers", "truck drivers", "airlines", "cyclists"],
        actions=["cut journey times in half", "make public transport affordable", "reduce road deaths",
                 "electrify the bus fleet", "repair the country's bridges"],
        headings=["Commuters Count the Cost", "A Line Decades in the Making", "The Airport Debate",
                  "Safety on the Roads", "Workers Walk Out", "Paying for the Network"],
        quotes=["people will leave their cars at home when the train is faster and cheaper",
                "we have been promised this line for thirty years",
                "every delay costs the economy money and costs commuters their evenings",
                "the bridges were built for the traffic of the nineteen seventies",
                "safety is not negotiable, whatever the schedule says"]),
    "justice": dict(
        ministry="Justice", agencies=["Supreme Court", "Anti-Corruption Bureau"],
        firms=["Law Partners", "Legal Services"], field="constitutional law",
        tags=["Justice", "Courts", "Corruption", "Human rights", "Police", "Prisons", "Judicial reform",
              "Press freedom", "Trials", "Organised crime", "Money laundering", "Death penalty", "Protests",
              "Freedom of speech", "Rule of law", "Whistleblowers", "Extradition", "Investigations",
              "Civil liberties", "Anti-corruption"],
        issues=["the judicial reform", "the corruption trial", "the prison overcrowding",
                "the new police powers", "the extradition request", "the press law"],
        things=["corruption cases", "prison populations", "court backlogs", "police complaints", "crime figures"],
        measures=["a reform giving parliament a say over judges' appointments", "a new anti-corruption court",
                  "a law protecting whistleblowers", "limits on pre-trial detention",
                  "body cameras for every police officer"],
        groups=["judges", "defence lawyers", "journalists", "prisoners' families", "civil society groups"],
        actions=["clear the backlog in the courts", "restore trust in the police", "fight organised crime",
                 "guarantee the independence of judges", "bring the corrupt to justice"],
        headings=["The Case in Court", "Judges Push Back", "Questions of Independence", "Inside the Prisons",
                  "The Verdict and Its Aftermath", "Rights Groups Respond"],
        quotes=["no one is above the law, and this case will show it",
                "an independent judiciary is not a luxury, it is the foundation",
                "the prisons hold twice as many people as they were built for",
                "justice delayed for ten years is not justice",
                "the evidence presented in court speaks for itself"]),
    "housing": dict(
        ministry="Housing", agencies=["Urban Development Agency", "Housing Finance Corporation"],
        firms=["Construction", "Properties", "Developments", "Homes"], field="urban economics",
        tags=["Housing", "Rents", "Mortgages", "Homelessness", "Urban planning", "Construction",
              "Social housing", "Property prices", "Evictions", "Slums", "Zoning", "Building safety",
              "Short-term rentals", "Cities", "Urban regeneration", "Land prices", "Water supply", "Sanitation",
              "Public spaces", "Housing subsidies"],
        issues=["the rent control law", "the social housing plan", "the eviction moratorium",
                "the zoning reform", "the building safety review", "the mortgage subsidy"],
        things=["rents", "house prices", "mortgage rates", "eviction notices", "building permits"],
        measures=["a cap on rent increases", "a plan to build two hundred thousand homes",
                  "a tax on empty properties", "limits on short-term holiday rentals",
                  "cheaper mortgages for first-time buyers"],
        groups=["tenants", "first-time buyers", "landlords", "builders", "homeless families"],
        actions=["build more affordable homes", "protect tenants from eviction", "bring empty homes back into use",
                 "speed up building permits", "make buildings safe"],
        headings=["Rents Keep Rising", "A Generation Priced Out", "Builders Face Delays",
                  "The Landlords' View", "City Hall Steps In", "Homes Left Empty"],
        quotes=["a nurse should be able to afford to live in the city she works in",
                "we are building a third of the homes we need",
                "rent control alone will not build a single new flat",
                "families are spending half their income on rent",
                "the city cannot grow if nobody can afford to live in it"]),
    "labour": dict(
        ministry="Labour", agencies=["Labour Inspectorate", "Social Security Institute"],
        firms=["Manufacturing", "Retail", "Textiles"], field="labour economics",
        tags=["Labour", "Minimum wage", "Trade unions", "Strikes", "Working conditions", "Unemployment benefits",
              "Child labour", "Gig economy", "Workplace safety", "Pay gap", "Retirement age", "Youth unemployment",
              "Informal economy", "Collective bargaining", "Remote work", "Layoffs", "Job creation",
              "Social security", "Care work", "Apprenticeships"],
        issues=["the minimum wage increase", "the general strike", "the pension age reform",
                "the rules for delivery riders", "the public sector pay deal", "the workplace safety law"],
        things=["wages", "job losses", "strike days", "unemployment claims", "overtime hours"],
        measures=["a fifteen percent rise in the minimum wage", "new protections for delivery riders",
                  "a four-day working week trial", "a law on equal pay audits",
                  "tougher penalties for unsafe workplaces"],
        groups=["workers", "trade unions", "employers", "delivery riders", "young job seekers"],
        actions=["raise the minimum wage", "protect workers in the gig economy", "cut youth unemployment",
                 "close the gender pay gap", "make workplaces safer"],
        headings=["Unions Dig In", "Employers Warn of Job Losses", "The Price of a Day's Work",
                  "Talks Break Down", "A New Kind of Worker", "Who Gains From the Deal"],
        quotes=["nobody who works full time should live in poverty",
                "small businesses simply cannot absorb another increase this year",
                "the strike is the last resort, and we have reached it",
                "the riders are workers, whatever the app says",
                "we are ready to negotiate, but not with a gun to our heads"]),
    "water": dict(
        ministry="Water Resources", agencies=["National Water Authority", "River Basin Commission"],
        firms=["Water", "Engineering", "Dredging"], field="hydrology",
        tags=["Water", "Drought", "Dams", "Rivers", "Water rationing", "Desalination", "Groundwater",
              "Water quality", "Irrigation", "Water disputes", "Sewage", "Lakes", "Water prices", "Wetlands",
              "Cholera", "Water infrastructure", "Flood warnings", "Aquifers", "Reservoirs", "Water privatisation"],
        issues=["the dam project", "the water rationing", "the desalination plant", "the river treaty",
                "the sewage scandal", "the groundwater law"],
        things=["reservoir levels", "water bills", "river flows", "groundwater levels", "leakage rates"],
        measures=["water rationing in the capital", "a treaty sharing the river's water with {neighbour}", "a new desalination plant",
                  "fines for companies that pollute rivers", "a ban on new wells in dry districts"],
        groups=["farmers", "city residents", "fishing villages", "water utilities", "downstream communities"],
        actions=["fix leaking pipes", "share the river fairly", "protect the aquifers", "end sewage spills",
                 "guarantee clean water in every village"],
        headings=["Reservoirs Run Low", "A River Shared by Many", "The Engineering Answer",
                  "Villages Without Water", "Pollution in the Rivers", "Rationing Begins"],
        quotes=["we lose a third of our water through leaking pipes before it reaches a single tap",
                "water is not a commodity like any other",
                "the river does not stop at the border, and neither can our cooperation",
                "the aquifers took thousands of years to fill and we are emptying them in decades",
                "without rain in the next month we will have no choice but to ration"]),
}
DOMAIN_NAMES = list(DOMAINS)

# Roles for officials: (title before a name, appositive after a name); {ministry} is filled per domain.
OFFICIAL_ROLES = [
    ("{ministry} Minister", "the {adj} {ministry_lower} minister"),
    ("Deputy {ministry} Minister", "the deputy minister of {ministry_lower}"),
    ("Prime Minister", "the {adj} prime minister"),
    ("President", "the {adj} president"),
    ("Foreign Minister", "the {adj} foreign minister"),
    ("Finance Minister", "the finance minister"),
    ("Opposition leader", "the leader of the opposition"),
    ("Senator", "a senator from {city}"),
    ("Mayor", "the mayor of {city}"),
    ("Governor", "the governor of the {city} region"),
    ("Ambassador", "{adj} ambassador to {neighbour}"),
    ("Police Chief", "the police chief of {city}"),
]

# Analyst appositives; the first is a template filled with an institution.
ANALYST_ROLES = [
    "a senior fellow at the {tank}",
    "an analyst at the {tank}",
    "director of the {tank}",
    "a professor of {field} at the {university}",
    "an economist at {company}",
    "head of research at {company}",
    "a researcher at the {university}",
    "a spokesperson for the {ngo}",
    "director of the {ngo}",
    "a lecturer in {field} at the {university}",
    "a former {ministry_lower} minister who now advises the {tank}",
]

# Quotes with slots: {thing} {group} {action} {measure} {issue} {city} {neighbour} {ministry}.
TEMPLATE_QUOTES = [
    "{thing} will not come down on their own, and {group} know it",
    "if we do not {action} now, we will pay far more later",
    "{measure} is long overdue",
    "{measure} is the right idea at the wrong time",
    "{measure} is badly designed and will be challenged in court",
    "what {group} need is certainty, not another announcement",
    "we have asked the {ministry} for the figures three times and we are still waiting",
    "the people of {city} deserve better than this",
    "our priority is to {action}, and everything else comes second",
    "we are confident that parliament will back {issue}",
    "I have spoken to {group} in {city} and they are angry",
    "{issue} is not perfect, but it is the best option on the table",
    "this is about {group}, not about politics",
    "the experience of {neighbour} shows that it can work",
    "the government underestimated {thing} and now it is paying the price",
    "nobody asked {group} what they thought of {issue}",
    "we will not let {group} carry the burden of {issue}",
    "the real test is whether we can {action} without raising taxes",
]

GENERIC_QUOTES = [
    "we have been warning about this for years, and nobody listened",
    "this is a first step, but it is only a first step",
    "the details matter more than the headline, and we have not seen the details",
    "people want to know what this means for them at the end of the month",
    "there is broad agreement on the goal and very little on how to get there",
    "we will judge this plan by its results, not by its promises",
    "the government has listened, and that deserves credit",
    "it is too early to say whether this will work",
    "the money is there, what is missing is the political will",
    "nobody should pretend this will be easy or quick",
]

# --------------------------------------------------------------------------------------------------------------
# The world: recurring people and organisations, made once from the seed so that they appear across articles.
# --------------------------------------------------------------------------------------------------------------


class Person:
    def __init__(self, given, surname, country, kind, title, appositive):
        self.given, self.surname, self.country = given, surname, country
        self.kind, self.title, self.appositive = kind, title, appositive  # title may be None (analysts)

    @property
    def full(self):
        return f"{self.given} {self.surname}"


def make_world(seed):
    rng = random.Random(f"briefing-world-{seed}")
    used = set()

    def fresh_name():
        while True:
            given, surname = rng.choice(GIVEN_NAMES), rng.choice(SURNAMES)
            if (given, surname) not in used:
                used.add((given, surname))
                return given, surname

    universities = []
    for country in COUNTRIES:
        for city in [country[2]] + country[3][:2]:
            universities.append((country[0], rng.choice(UNIVERSITY_FORMS).format(city=city)))
    companies = {}
    for domain, data in DOMAINS.items():
        stems = rng.sample(COMPANY_STEMS, 4)
        companies[domain] = [f"{stem} {rng.choice(data['firms'])}" for stem in stems]

    officials = {}  # (country, domain) -> [Person]
    analysts = {}   # domain -> [Person]
    heads = {}      # country -> [Person] (president, prime minister)
    for name, adj, capital, cities, neighbours in COUNTRIES:
        ctx = dict(adj=adj, city=capital, neighbour=neighbours[0])
        heads[name] = []
        for title, appositive in [OFFICIAL_ROLES[2], OFFICIAL_ROLES[3], OFFICIAL_ROLES[6]]:
            heads[name].append(Person(*fresh_name(), name, "official", title, appositive.format(**ctx)))
        for domain, data in DOMAINS.items():
            people = []
            for index in range(2):
                title, appositive = OFFICIAL_ROLES[0] if index == 0 else rng.choice(OFFICIAL_ROLES[1:])
                ctx = dict(adj=adj, ministry=data["ministry"], ministry_lower=data["ministry"].lower(),
                           city=rng.choice([capital] + cities), neighbour=rng.choice(neighbours))
                people.append(Person(*fresh_name(), name, "official", title.format(**ctx), appositive.format(**ctx)))
            officials[(name, domain)] = people
    for domain, data in DOMAINS.items():
        people = []
        for _ in range(14):
            country = rng.choice(COUNTRIES)[0]
            uni = rng.choice([u for c, u in universities if c == country])
            role = rng.choice(ANALYST_ROLES).format(
                tank=rng.choice(DOMAIN_TANKS[domain] + THINK_TANKS[:1]), field=data["field"], university=uni,
                company=rng.choice(companies[domain]), ngo=rng.choice(DOMAIN_NGOS[domain]), ministry_lower=data["ministry"].lower())
            title = "Professor" if role.startswith("a professor") and rng.random() < 0.5 else None
            people.append(Person(*fresh_name(), country, "analyst", title, role))
        analysts[domain] = people
    reporters = [" ".join(fresh_name()) for _ in range(40)]
    return dict(officials=officials, analysts=analysts, heads=heads, companies=companies, reporters=reporters)


# --------------------------------------------------------------------------------------------------------------
# One article.
# --------------------------------------------------------------------------------------------------------------

OPEN_Q, CLOSE_Q = "\x01", "\x02"


def q(text):
    return f"{OPEN_Q}{text}{CLOSE_Q}"


def cap(text):
    return text[:1].upper() + text[1:]


class Story:
    """The cast and the facts of one article, and the patterns that write its sentences."""

    def __init__(self, rng, world, index):
        self.rng = rng
        self.domain_name = rng.choice(DOMAIN_NAMES)
        self.d = DOMAINS[self.domain_name]
        self.country, self.adj, self.capital, cities, neighbours = rng.choice(COUNTRIES)
        self.cities = cities
        self.neighbour = rng.choice(neighbours)
        self.city = rng.choice(cities)
        officials = list(world["officials"][(self.country, self.domain_name)])
        heads = world["heads"][self.country]
        self.officials = officials + rng.sample(heads, rng.randint(1, 2))
        # A local official invented for this article only: not every name recurs.
        self.officials.append(Person(rng.choice(GIVEN_NAMES), rng.choice(SURNAMES), self.country, "official",
                                     "Mayor", f"the mayor of {self.city}"))
        rng.shuffle(self.officials)
        self.analysts = rng.sample(world["analysts"][self.domain_name], rng.randint(2, 4))
        other = rng.choice(DOMAIN_NAMES)
        if other != self.domain_name and rng.random() < 0.4:
            self.analysts.append(rng.choice(world["analysts"][other]))
        self.company = rng.choice(world["companies"][self.domain_name])
        self.agency = rng.choice(self.d["agencies"])
        self.ministry = f"Ministry of {self.d['ministry']}"
        self.ngo = rng.choice(DOMAIN_NGOS[self.domain_name])
        self.tank = rng.choice(DOMAIN_TANKS[self.domain_name])
        self.international = rng.choice(INTERNATIONAL)
        self.issue = rng.choice(self.d["issues"])
        self.measure = rng.choice(self.d["measures"]).format(neighbour=self.neighbour)
        self.mentioned = set()
        self.used_quotes = set()
        self.used_facts = set()
        self.curly = rng.random() < 0.3

    # People ---------------------------------------------------------------------------------------------------
    def pick(self, kind=None):
        pool = self.officials if kind == "official" else self.analysts if kind == "analyst" else \
            self.officials + self.analysts
        # Prefer people already introduced half of the time, as stories keep coming back to their main voices.
        known = [p for p in pool if p.full in self.mentioned]
        if known and self.rng.random() < 0.5:
            return self.rng.choice(known)
        return self.rng.choice(pool)

    def subject(self, person):
        """The person as a sentence's subject: 'Interior Minister Ana Duarte' or 'Ana Duarte, a fellow at X,'."""
        if person.full in self.mentioned:
            return person.surname
        self.mentioned.add(person.full)
        if person.title and (person.kind == "official" and self.rng.random() < 0.65 or person.kind == "analyst"):
            return f"{person.title} {person.full}"
        return f"{person.full}, {person.appositive},"

    def tail(self, person):
        """The person at the end of a sentence (no trailing comma)."""
        return self.subject(person).rstrip(",")

    # Text pieces ----------------------------------------------------------------------------------------------
    def fill(self, text):
        r = self.rng
        return text.format(thing=r.choice(self.d["things"]), country=self.country, city=self.city,
                           group=r.choice(self.d["groups"]), action=r.choice(self.d["actions"]),
                           measure=self.measure, issue=self.issue, neighbour=self.neighbour, ministry=self.ministry)

    def quote(self, person):
        pool = self.d["quotes"] + GENERIC_QUOTES + TEMPLATE_QUOTES
        choices = [x for x in pool if x not in self.used_quotes] or pool
        text = self.rng.choice(choices)
        self.used_quotes.add(text)
        text = cap(self.fill(text))
        if self.rng.random() < 0.35:
            extras = [
                f"We expect to {self.rng.choice(self.d['actions'])} within {self.rng.randint(2, 9)} years",
                f"That is why we support {self.measure}",
                f"The question is who pays for {self.issue}",
                f"Nobody in {self.capital} should underestimate how {self.rng.choice(['hard', 'urgent', 'expensive', 'popular'])} this is",
                f"Look at what happened in {self.neighbour}",
            ]
            extra = self.rng.choice([x for x in extras if x[:12] not in self.used_quotes] or extras)
            self.used_quotes.add(extra[:12])
            text = f"{text}. {extra}"
        return text

    def money(self):
        r = self.rng
        return r.choice([f"{r.randint(2, 900)} million dollars", f"{r.randint(2, 60)}.{r.randint(1, 9)} billion dollars",
                         f"the equivalent of {r.randint(20, 800)} million euros"])

    def count(self):
        r = self.rng
        return r.choice([f"{r.randint(3, 95)},{r.randint(100, 999)}", f"{r.randint(2, 9)}.{r.randint(1, 9)} million",
                         f"{r.randint(2, 9)}00,000"])

    def other_city(self):
        return self.rng.choice([c for c in self.cities if c != self.city] or [self.capital])

    def when(self):
        return self.rng.choice([f"on {self.rng.choice(WEEKDAYS)}", f"last {self.rng.choice(MONTHS)}",
                                f"in {self.rng.choice(MONTHS)}", "this week", "earlier this year", "last year"])

    def quote_sentence(self, kind=None):
        person = self.pick(kind)
        words = self.quote(person)
        forms = list(range(8))
        if person.full in self.mentioned:
            forms.append(8)  # "…," X added: only for someone already introduced
        form = self.rng.choice(forms)
        if form == 0:
            return f"{q(words + ',')} said {self.tail(person)}."
        if form == 1:
            return f"{self.subject(person)} said: {q(words + '.')}"
        if form == 2:
            return f"{q(words + ',')} {self.subject(person)} told reporters."
        if form == 3:
            subject = self.subject(person)
            return f"{q(words + ',')} {subject} said. {q(self.quote(person) + '.')}"
        if form == 4:
            return f"{q(words + ',')} {self.subject(person)} said in a statement {self.when()}."
        if form == 5:
            return f"{self.subject(person)} told {self.rng.choice(NEWS_SOURCES)}: {q(words + '.')}"
        if form == 6:
            return f"{q(words + ',')} {self.subject(person)} wrote in a post on social media."
        if form == 7:
            partial = words if words.startswith("I ") else words[:1].lower() + words[1:]
            place = self.capital if self.city in person.appositive else self.rng.choice([self.capital, self.city])
            return f"Speaking in {place}, {self.subject(person)} warned that {q(partial + '.')}"
        return f"{q(words + ',')} {self.subject(person)} added."

    def fact_sentence(self):
        r, d = self.rng, self.d
        thing, group, action = r.choice(d["things"]), r.choice(d["groups"]), r.choice(d["actions"])
        patterns = [
            lambda: f"{cap(thing)} rose by {r.randint(2, 40)} percent {self.when()}, according to figures published by the {self.agency}.",
            lambda: f"The {self.agency} estimates that about {self.count()} {group} are affected.",
            lambda: f"Parliament is expected to vote on {self.measure} in {r.choice(MONTHS)}.",
            lambda: f"{self.company} said in a statement that it would {action} if the rules were approved.",
            lambda: f"The {self.ministry} has set aside {self.money()} for the programme over the next {r.randint(2, 10)} years.",
            lambda: f"Hundreds of {group} gathered outside the {self.ministry} in {self.capital} {self.when()} to protest against {self.issue}.",
            lambda: f"In {self.city}, {group} say they have seen little change so far.",
            lambda: f"The {self.ngo} has called for an independent review of {self.issue}.",
            lambda: f"A report by the {self.tank} found that {thing} in {self.country} were among the highest in the region.",
            lambda: f"Officials in {self.neighbour} are watching closely, as they face similar pressure over {thing}.",
            lambda: f"The {self.international} said it was ready to support efforts to {action}.",
            lambda: f"{cap(group)} in {self.city} and {self.other_city()} have been hit hardest.",
            lambda: f"Since {r.randint(2009, 2018)}, the government has tried several times to {action}, with mixed results.",
            lambda: f"The plan would cost an estimated {self.money()}, according to the {self.ministry}.",
            lambda: f"{self.subject(self.pick('official'))} is due to travel to {self.neighbour} {r.choice(['next week', 'later this month', 'in the coming days'])} for talks on {self.issue}.",
            lambda: f"Critics say {self.measure} does too little to {action}.",
            lambda: f"Supporters argue that {self.issue} will help {self.country} {action}.",
            lambda: f"The {self.agency} said it had received more than {r.randint(2, 90)},{r.randint(100, 999)} complaints about {thing} {self.when()}.",
            lambda: f"According to {self.tail(self.pick('analyst'))}, {thing} are unlikely to ease before the end of the year.",
            lambda: f"{self.subject(self.pick())} said the government would {action}.",
            lambda: f"A survey for the {self.tank} suggested that {r.randint(30, 80)} percent of {group} support {self.measure}.",
            lambda: f"The {self.adj} government has defended {self.issue} as necessary.",
            lambda: f"{cap(group)} in {self.other_city()} have organised petitions against {self.issue}.",
            lambda: f"The {self.adj} parliament held a heated debate on {self.issue} {self.when()}.",
            lambda: f"The {self.ministry} said the first results would be published by the end of {r.choice(MONTHS)}.",
            lambda: f"Similar measures were tried in {self.neighbour} in {r.randint(2012, 2018)} and abandoned {r.randint(2, 5)} years later.",
            lambda: f"Figures from the {self.agency} show {thing} have risen in each of the last {r.randint(3, 8)} years.",
            lambda: f"The {self.ngo} said the government had ignored warnings from {group}.",
        ]
        unused = [i for i in range(len(patterns)) if i not in self.used_facts]
        index = r.choice(unused or list(range(len(patterns))))
        self.used_facts.add(index)
        return patterns[index]()

    def lede(self):
        r = self.rng
        official = self.pick("official")
        return r.choice([
            lambda: f"{self.country}'s government {self.when()} approved {self.measure}, a move it says will help {r.choice(self.d['actions'])}.",
            lambda: f"{self.subject(official)} {self.when()} unveiled {self.measure}, setting up a clash with {r.choice(self.d['groups'])} across {self.country}.",
            lambda: f"{cap(r.choice(self.d['groups']))} across {self.country} are bracing for {self.issue}, which takes effect {r.choice(['next month', 'in January', 'this summer', 'at the start of the year'])}.",
            lambda: f"{self.country} is facing growing pressure over {self.issue} after {r.choice(self.d['things'])} reached a record {self.when()}.",
        ])()

    def paragraph(self, quotes_first=False, lede=False):
        r = self.rng
        sentences = [self.lede()] if lede else []
        count = r.randint(2, 4)
        while len(sentences) < count:
            if (not sentences and quotes_first) or r.random() < 0.28:
                sentences.append(self.quote_sentence())
            else:
                sentences.append(self.fact_sentence())
        return " ".join(sentences)

    def headline(self):
        r, d = self.rng, self.d
        person = r.choice(self.officials)
        thing = r.choice(d["things"])
        patterns = [
            f"{self.country} {r.choice(['approves', 'unveils', 'debates', 'rejects', 'delays'])} {self.measure}",
            f"{person.title or 'Minister'} {person.surname} defends {self.issue} as {r.choice(d['groups'])} protest",
            f"{cap(thing)} {r.choice(['climb', 'fall', 'stall', 'surge'])} in {self.country} as {self.issue} {r.choice(['takes effect', 'stalls', 'faces court challenge'])}",
            f"Analysts warn {self.issue} could {r.choice(['backfire', 'cost billions', 'divide the coalition', 'hit the poorest hardest'])}",
            f"{cap(r.choice(d['groups']))} in {self.city} {r.choice(['push back against', 'welcome', 'brace for'])} {self.issue}",
            f"{self.adj} government vows to {r.choice(d['actions'])}",
            f"{self.country} and {self.neighbour} {r.choice(['agree to cooperate on', 'clash over', 'hold talks on'])} {self.issue.replace('the ', '', 1)}",
        ]
        return cap(r.choice(patterns))

    def standfirst(self):
        r = self.rng
        return r.choice([
            f"The government says {self.measure} will help {r.choice(self.d['actions'])}, but critics warn the cost will fall on {r.choice(self.d['groups'])}.",
            f"{cap(r.choice(self.d['things']))} have become a defining issue in {self.country}, and {self.issue} is the government's answer.",
            f"A debate over {self.issue} is dividing {self.capital} as {r.choice(self.d['groups'])} and {r.choice(self.d['groups'])} weigh the cost.",
        ])

    def finish(self, text):
        if self.curly:
            text = text.replace(OPEN_Q, "\u201c").replace(CLOSE_Q, "\u201d").replace("'", "\u2019")
        return text.replace(OPEN_Q, '"').replace(CLOSE_Q, '"')


def make_article(world, seed, index, start, span_days):
    rng = random.Random(f"briefing-article-{seed}-{index}")
    story = Story(rng, world, index)
    title = story.headline()
    standfirst = story.standfirst() if rng.random() < 0.6 else None
    byline = rng.choice(world["reporters"])
    date = start + datetime.timedelta(days=rng.randrange(span_days))
    source = rng.choice(NEWS_SOURCES)
    tag_count = rng.randint(2, 6)
    tags = rng.sample(story.d["tags"], min(tag_count, len(story.d["tags"])))
    if rng.random() < 0.3:
        other = DOMAINS[rng.choice(DOMAIN_NAMES)]["tags"]
        extra = rng.choice(other)
        if extra not in tags:
            tags[-1] = extra

    target = rng.randint(400, 1200)
    sections = [(None, [])]
    words = len(title.split()) + (len(standfirst.split()) if standfirst else 0)
    headings = list(story.d["headings"]) + [h.format(city=story.city, neighbour=story.neighbour)
                                            for h in rng.sample(GENERIC_HEADINGS, 3)]
    rng.shuffle(headings)
    lead_paragraphs = rng.randint(3, 5)
    while words < target:
        heading, paragraphs = sections[-1]
        limit = lead_paragraphs if heading is None else rng.randint(2, 5)
        if len(paragraphs) >= limit and headings:
            sections.append((headings.pop(), []))
            heading, paragraphs = sections[-1]
        lede = heading is None and not paragraphs
        paragraph = story.paragraph(quotes_first=len(paragraphs) == 1 or (heading is not None and not paragraphs and rng.random() < 0.4), lede=lede)
        paragraphs.append(story.finish(paragraph))
        words += len(paragraph.split())

    title, standfirst = story.finish(title), standfirst and story.finish(standfirst)
    return dict(title=title, standfirst=standfirst, byline=byline, date=date.isoformat(), source=source,
                tags=tags, sections=sections, words=words)


def plain_text(article):
    lines = [article["title"]]
    if article["standfirst"]:
        lines.append(article["standfirst"])
    lines.append(f"By {article['byline']}")
    lines.append(f"Published: {article['date']}")
    for heading, paragraphs in article["sections"]:
        if heading:
            lines.append(heading)
        lines.extend(paragraphs)
    lines.append(f"Tags: {', '.join(article['tags'])}")
    lines.append(f"SOURCE: {article['source']}")
    return "\n".join(lines) + "\n"


def markdown(article):
    front = ["---",
             f"title: {json.dumps(article['title'], ensure_ascii=False)}",
             f"date: {article['date']}",
             f"author: {json.dumps(article['byline'], ensure_ascii=False)}",
             f"source: {json.dumps(article['source'], ensure_ascii=False)}",
             "tags: [" + ", ".join(json.dumps(tag, ensure_ascii=False) for tag in article["tags"]) + "]"]
    if article["standfirst"]:
        front.append(f"description: {json.dumps(article['standfirst'], ensure_ascii=False)}")
    front.append("---")
    blocks = []
    if article["standfirst"]:
        blocks.append(article["standfirst"])
    for heading, paragraphs in article["sections"]:
        if heading:
            blocks.append(f"## {heading}")
        blocks.extend(paragraphs)
    return "\n".join(front) + "\n\n" + "\n\n".join(blocks) + "\n"


SITE = """title: Generated Briefing
description: "A generated site of invented articles, for measuring Briefing against Hugo."
base_url: https://example.org/bench/
language: en
author: The Benchmark Desk
full_text: false
page_size: 20
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("folder", type=pathlib.Path, help="where to write Content/ and hugo/ (created)")
    parser.add_argument("--seed", type=int, default=1, help="the seed (default 1); the same seed gives the same files")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("N must be at least 1")

    world = make_world(args.seed)
    articles_dir = args.folder / "Content" / "articles"
    posts_dir = args.folder / "hugo" / "content" / "posts"
    articles_dir.mkdir(parents=True, exist_ok=True)
    posts_dir.mkdir(parents=True, exist_ok=True)
    (args.folder / "Content" / "site.yml").write_text(SITE, encoding="utf-8")

    start = datetime.date(2019, 1, 1)
    span = (datetime.date(2025, 12, 31) - start).days + 1
    total_words = 0
    for index in range(1, args.count + 1):
        article = make_article(world, args.seed, index, start, span)
        total_words += article["words"]
        name = f"article-{index:05d}"
        (articles_dir / f"{name}.txt").write_text(plain_text(article), encoding="utf-8")
        (posts_dir / f"{name}.md").write_text(markdown(article), encoding="utf-8")
    print(f"Wrote {args.count} articles ({total_words:,} words, seed {args.seed}) to {articles_dir} (.txt) and "
          f"{posts_dir} (.md), and {args.folder / 'Content' / 'site.yml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

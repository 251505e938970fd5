"""Hand-curated lists for closed grammatical classes that no public dataset covers.

Every entry here is general English knowledge (job titles, speech verbs, common
exonyms, world regions). Nothing is taken from the project's test corpus: the
lexicons must generalise to unseen articles.

Lists are written as whitespace-light text blocks: one entry per line,
`#` starts a comment, fields separated by `|`.
"""


def rows(block):
    """Lines of a text block, stripped, without comments and blank lines."""
    out = []
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def fields(block):
    return [[f.strip() for f in line.split("|")] for line in rows(block)]


# --------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------

MONTHS = rows("""
January
February
March
April
May
June
July
August
September
October
November
December
Jan.
Feb.
Mar.
Apr.
Aug.
Sept.
Sep.
Oct.
Nov.
Dec.
""")

WEEKDAYS = rows("""
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
Mon.
Tue.
Tues.
Wed.
Thu.
Thur.
Thurs.
Fri.
Sat.
Sun.
""")

# --------------------------------------------------------------------------
# Role words: phrase | category
# --------------------------------------------------------------------------

OFFICIAL = rows("""
president
vice president
vice-president
president-elect
vice president-elect
former president
acting president
interim president
prime minister
deputy prime minister
acting prime minister
interim prime minister
first minister
deputy first minister
chief minister
premier
vice premier
state premier
minister
deputy minister
junior minister
minister of state
cabinet minister
foreign minister
deputy foreign minister
defence minister
defense minister
deputy defence minister
deputy defense minister
interior minister
home minister
finance minister
economy minister
economic minister
trade minister
commerce minister
industry minister
health minister
justice minister
education minister
energy minister
environment minister
climate minister
agriculture minister
culture minister
transport minister
labour minister
labor minister
immigration minister
migration minister
security minister
digital minister
housing minister
science minister
sports minister
tourism minister
information minister
communications minister
development minister
europe minister
veterans minister
oil minister
petroleum minister
water minister
women's minister
social affairs minister
foreign affairs minister
home affairs minister
home secretary
foreign secretary
defence secretary
defense secretary
health secretary
business secretary
justice secretary
education secretary
culture secretary
environment secretary
transport secretary
energy secretary
northern ireland secretary
scotland secretary
wales secretary
work and pensions secretary
levelling up secretary
chancellor
vice chancellor
vice-chancellor
chancellor of the exchequer
chief secretary to the treasury
secretary of state
deputy secretary of state
assistant secretary of state
under secretary
undersecretary
under-secretary
assistant secretary
deputy secretary
permanent secretary
cabinet secretary
secretary
treasury secretary
commerce secretary
interior secretary
labor secretary
labour secretary
agriculture secretary
homeland security secretary
veterans affairs secretary
housing secretary
press secretary
deputy press secretary
attorney general
attorney-general
deputy attorney general
assistant attorney general
solicitor general
advocate general
surgeon general
inspector general
auditor general
comptroller
secretary-general
secretary general
deputy secretary-general
under-secretary-general
assistant secretary-general
director general
director-general
deputy director general
director
deputy director
executive director
managing director
regional director
country director
programme director
program director
communications director
campaign director
campaign manager
head
deputy head
chief
deputy chief
chief of staff
deputy chief of staff
chief executive
chief executive officer
chief operating officer
chief financial officer
chief technology officer
chief strategy officer
chief scientific officer
chief medical officer
chief scientific adviser
chief scientist
ceo
cfo
coo
cto
chairman
chairwoman
chairperson
chair
vice chairman
vice chairwoman
vice chair
deputy chairman
co-chair
co-chairman
president and chief executive
founder
co-founder
owner
board member
executive
senior executive
commissioner
high commissioner
deputy commissioner
european commissioner
eu commissioner
high representative
special representative
special envoy
special coordinator
special rapporteur
envoy
peace envoy
climate envoy
ambassador
deputy ambassador
former ambassador
consul
consul general
consul-general
diplomat
senior diplomat
top diplomat
chargé d'affaires
charge d'affaires
attaché
attache
negotiator
chief negotiator
lead negotiator
mediator
trade representative
delegate
spokesman
spokeswoman
spokesperson
spokesmen
spokeswomen
spokespeople
deputy spokesman
deputy spokeswoman
chief spokesman
press officer
press spokesman
adviser
advisor
senior adviser
senior advisor
special adviser
special advisor
chief adviser
economic adviser
policy adviser
political adviser
foreign policy adviser
national security adviser
national security advisor
deputy national security adviser
security adviser
aide
senior aide
top aide
close aide
presidential aide
official
officials
senior official
top official
government official
administration official
state department official
white house official
defence official
defense official
military official
intelligence official
security official
health official
election official
elections official
police official
party official
un official
eu official
nato official
local official
regional official
city official
public official
civil servant
bureaucrat
lawmaker
lawmakers
legislator
parliamentarian
senator
state senator
congressman
congresswoman
congressperson
member of congress
representative
state representative
assemblyman
assemblywoman
assembly member
councillor
councilor
city councillor
city councilor
council member
councilman
councilwoman
alderman
mayor
deputy mayor
mayor-elect
lord mayor
governor
lieutenant governor
deputy governor
governor-elect
regional governor
provincial governor
state governor
governor-general
governor general
central bank governor
bank governor
central banker
mp
mps
member of parliament
mep
msp
tánaiste
taoiseach
peer
speaker
house speaker
deputy speaker
majority leader
minority leader
senate majority leader
senate minority leader
house majority leader
house minority leader
leader
deputy leader
party leader
opposition leader
leader of the opposition
whip
chief whip
majority whip
minority whip
shadow chancellor
shadow foreign secretary
shadow home secretary
shadow health secretary
shadow defence secretary
shadow secretary
shadow minister
head of state
head of government
supreme leader
king
queen
prince
princess
crown prince
emir
sultan
monarch
pope
ayatollah
dictator
general
lieutenant general
lieutenant-general
major general
major-general
brigadier general
brigadier
colonel
lieutenant colonel
lieutenant-colonel
captain
lieutenant
second lieutenant
sergeant
staff sergeant
corporal
admiral
vice admiral
rear admiral
air marshal
air chief marshal
commodore
commander
deputy commander
commander-in-chief
commander in chief
field commander
military commander
army commander
top commander
field marshal
marshal
chief of the general staff
chief of general staff
chief of defence staff
chief of the defence staff
chairman of the joint chiefs of staff
army chief
military chief
defence chief
defense chief
intelligence chief
spy chief
security chief
police chief
chief constable
deputy chief constable
assistant chief constable
police commissioner
police superintendent
chief superintendent
detective superintendent
detective chief inspector
detective inspector
detective sergeant
detective constable
detective
inspector
superintendent
constable
police officer
officer
sheriff
deputy sheriff
marshal
prison governor
warden
fire chief
judge
chief judge
presiding judge
district judge
federal judge
high court judge
circuit judge
magistrate
chief justice
justice
associate justice
prosecutor
chief prosecutor
public prosecutor
prosecutor general
prosecutor-general
crown prosecutor
special counsel
district attorney
state attorney
u.s. attorney
us attorney
attorney
lawyer
defence lawyer
defense lawyer
defense attorney
defence barrister
barrister
solicitor
counsel
general counsel
legal counsel
kc
qc
coroner
regulator
ombudsman
auditor
registrar
clerk
nominee
candidate
presidential candidate
running mate
first lady
first gentleman
""")

ANALYST = rows("""
analyst
analysts
coauthor
co-author
lead author
study author
senior analyst
chief analyst
lead analyst
political analyst
military analyst
defence analyst
defense analyst
security analyst
intelligence analyst
policy analyst
foreign policy analyst
research analyst
financial analyst
market analyst
markets analyst
energy analyst
oil analyst
equity analyst
credit analyst
industry analyst
economist
economists
chief economist
senior economist
lead economist
political economist
professor
professors
associate professor
assistant professor
full professor
visiting professor
adjunct professor
emeritus professor
professor emeritus
professor emerita
distinguished professor
honorary professor
clinical professor
research professor
lecturer
senior lecturer
principal lecturer
reader
researcher
researchers
senior researcher
lead researcher
principal researcher
research scientist
senior research scientist
research fellow
senior research fellow
postdoctoral researcher
postdoctoral fellow
postdoc
research associate
research director
director of research
head of research
fellow
senior fellow
visiting fellow
nonresident fellow
non-resident fellow
nonresident senior fellow
non-resident senior fellow
distinguished fellow
associate fellow
adjunct fellow
scholar
senior scholar
visiting scholar
resident scholar
academic
academics
expert
experts
specialist
specialists
historian
military historian
political scientist
scientist
scientists
social scientist
sociologist
anthropologist
demographer
geographer
criminologist
epidemiologist
virologist
immunologist
climatologist
climate scientist
meteorologist
seismologist
volcanologist
physicist
chemist
biologist
ecologist
economic historian
psychologist
psychiatrist
philosopher
theologian
linguist
legal scholar
legal expert
constitutional expert
constitutional lawyer
law professor
commentator
political commentator
pundit
columnist
observer
analyst and author
strategist
political strategist
military strategist
consultant
senior consultant
pollster
forecaster
think tank
think-tank
dean
emeritus
phd candidate
doctoral candidate
doctoral researcher
""")

NEUTRAL = rows("""
reporter
correspondent
foreign correspondent
chief correspondent
political correspondent
journalist
editor
editor-in-chief
deputy editor
photographer
photojournalist
cameraman
producer
presenter
anchor
news anchor
host
broadcaster
blogger
author
writer
novelist
poet
filmmaker
film director
student
students
graduate student
undergraduate
pupil
teacher
headteacher
head teacher
principal
tutor
doctor
physician
surgeon
gp
nurse
paramedic
midwife
pharmacist
dentist
vet
veterinarian
carer
caregiver
social worker
patient
resident
residents
local
locals
villager
villagers
farmer
farmers
worker
workers
aid worker
health worker
factory worker
employee
staff member
labourer
laborer
miner
fisherman
fishermen
builder
carpenter
electrician
plumber
mechanic
engineer
software engineer
programmer
developer
designer
architect
accountant
banker
trader
investor
businessman
businesswoman
entrepreneur
shopkeeper
shop owner
restaurant owner
landlord
tenant
homeowner
chef
cook
waiter
waitress
driver
taxi driver
truck driver
lorry driver
pilot
passenger
passengers
sailor
firefighter
rescuer
rescue worker
medic
coach
head coach
manager
player
players
athlete
footballer
cricketer
boxer
swimmer
runner
cyclist
golfer
tennis player
goalkeeper
striker
defender
midfielder
fan
fans
supporter
spectator
artist
musician
singer
rapper
actor
actress
comedian
dancer
model
designer
priest
imam
rabbi
pastor
vicar
bishop
archbishop
cardinal
monk
nun
cleric
preacher
activist
activists
campaigner
campaigners
protester
protesters
demonstrator
organiser
organizer
volunteer
volunteers
soldier
soldiers
serviceman
servicewoman
veteran
conscript
recruit
fighter
fighters
militant
militants
rebel
rebels
civilian
civilians
refugee
refugees
migrant
migrants
asylum seeker
asylum seekers
immigrant
immigrants
survivor
survivors
victim
victims
witness
witnesses
eyewitness
bystander
hostage
hostages
detainee
prisoner
inmate
suspect
defendant
accused
plaintiff
claimant
complainant
juror
voter
voters
citizen
citizens
taxpayer
consumer
customer
shopper
tourist
visitor
traveller
traveler
commuter
pedestrian
neighbour
neighbor
neighbours
neighbors
friend
friends
colleague
colleagues
classmate
teammate
partner
boyfriend
girlfriend
fiancé
fiancée
spouse
wife
husband
widow
widower
mother
father
parent
parents
mum
mom
dad
son
daughter
child
children
brother
sister
sibling
grandmother
grandfather
grandson
granddaughter
grandparent
aunt
uncle
cousin
nephew
niece
relative
relatives
family member
boy
girl
man
woman
teenager
baby
pensioner
retiree
member
members
participant
winner
runner-up
contestant
""")

HONORIFIC = rows("""
mr
mr.
mrs
mrs.
ms
ms.
miss
mx
mx.
messrs
messrs.
dr
dr.
prof
prof.
sir
dame
lord
lady
baron
baroness
viscount
viscountess
earl
countess
count
duke
duchess
marquess
rev
rev.
revd
reverend
the reverend
rt rev
fr
fr.
sheikh
shaikh
sayyid
hon
hon.
the hon
rt hon
the rt hon
right honourable
his excellency
her excellency
his majesty
her majesty
his royal highness
her royal highness
hrh
mme
mme.
mlle
monsieur
madame
mademoiselle
herr
frau
señor
señora
senor
senora
signor
signora
sr
sr.
sra
sra.
jr
jr.
""")

# Abbreviated titles of office, matched before a name ("Sen. Warren").
OFFICIAL_ABBREVIATIONS = rows("""
pres.
sen.
rep.
reps.
gov.
lt. gov.
atty. gen.
gen.
lt. gen.
maj. gen.
brig. gen.
col.
lt. col.
lt.
maj.
capt.
cmdr.
cdr.
adm.
sgt.
cpl.
pvt.
amb.
supt.
insp.
det.
det. sgt.
det. insp.
cllr
cllr.
""")

# --------------------------------------------------------------------------
# Speech verbs: how quotations are attributed.
# --------------------------------------------------------------------------

SPEECH_VERBS = rows("""
say
says
reads
said
saying
tell
tells
told
telling
add
adds
added
adding
warn
warns
warned
warning
note
notes
noted
noting
explain
explains
explained
explaining
argue
argues
argued
arguing
stated
stating
claim
claims
claimed
claiming
insist
insists
insisted
insisting
ask
asks
asked
asking
write
writes
wrote
written
writing
posts
posted
tweet
tweets
tweeted
announce
announces
announced
announcing
declare
declares
declared
declaring
comment
comments
commented
remark
remarks
remarked
reply
replies
replied
respond
responds
responded
continue
continues
continued
conclude
concludes
concluded
suggest
suggests
suggested
suggesting
acknowledge
acknowledges
acknowledged
acknowledging
admit
admits
admitted
admitting
confirm
confirms
confirmed
confirming
caution
cautions
cautioned
cautioning
predict
predicts
predicted
observe
observes
observed
emphasise
emphasises
emphasised
emphasising
emphasize
emphasizes
emphasized
emphasizing
stress
stresses
stressed
stressing
urge
urges
urged
urging
recall
recalls
recalled
recalling
describe
describes
described
describing
assert
asserts
asserted
contend
contends
contended
maintain
maintains
maintained
counters
countered
objected
protested
complain
complains
complained
lament
laments
lamented
concede
concedes
conceded
deny
denies
denied
allege
alleges
alleged
report
reports
reported
reveal
reveals
revealed
disclose
disclosed
repeat
repeated
reiterate
reiterates
reiterated
recount
recounts
recounted
estimates
estimated
vow
vows
vowed
promise
promises
promised
pledge
pledges
pledged
threaten
threatened
demand
demands
demanded
wonder
wondered
muse
mused
joke
joked
quip
quipped
laugh
laughed
sigh
sighed
shout
shouted
scream
screamed
yell
yelled
cry
cried
whisper
whispered
murmur
murmured
mutter
muttered
exclaim
exclaimed
boast
boasted
brag
bragged
agree
agrees
agreed
disagree
disagreed
answer
answers
answered
testify
testifies
testified
affirm
affirmed
assure
assured
reassure
reassured
advise
advises
advised
recommend
recommends
recommended
propose
proposed
accuse
accused
criticise
criticised
criticize
criticized
praise
praised
welcome
welcomed
hail
hailed
condemn
condemned
slam
slammed
blast
blasted
dismiss
dismissed
reject
rejected
texted
emailed
messaged
blogged
write
according to
as quoted by
quoted as saying
pointed out
points out
point out
went on
goes on
go on
told reporters
told journalists
said in a statement
said in a post
wrote in a post
wrote on x
posted on x
wrote on social media
posted on social media
said on x
said on television
told a news conference
told a press conference
told the bbc
told parliament
told the court
told the jury
in a statement
in an interview
in a post
in a speech
speaking to
speaking at
speaking on
speaking after
speaking before
speaking in
told an audience
added that
said that
""")

# --------------------------------------------------------------------------
# Words that, inside a capitalised name, mark an organisation.
# --------------------------------------------------------------------------

ORGANIZATION_WORDS = rows("""
academy
nations
administration
agency
agencies
airline
airlines
airways
alliance
army
assembly
association
associates
authority
bancorp
bank
battalion
board
brigade
broadcaster
broadcasting
bureau
cabinet
caucus
center
centre
chamber
channel
charity
chronicle
church
clinic
club
co
co.
coalition
college
command
commission
committee
commonwealth
communications
company
confederation
conference
congress
consortium
corp
corp.
corporation
corps
council
court
courier
daily
department
diocese
directorate
division
embassy
enterprise
enterprises
exchange
federation
fleet
forces
forum
foundation
front
fund
gazette
gmbh
government
group
guard
herald
holdings
hospital
inc
inc.
industries
infirmary
initiative
institute
institution
insurance
intelligence
international
journal
junta
laboratories
laboratory
labs
league
legion
llc
llp
ltd
ltd.
magazine
marines
media
militia
ministry
mission
monitor
motors
movement
museum
navy
network
news
newspaper
observatory
office
organisation
organization
parliament
partners
partnership
party
pharmaceuticals
plc
police
post
press
program
programme
project
radio
railway
railways
regiment
registry
reserve
school
secretariat
securities
senate
service
services
society
squad
squadron
studio
studios
synod
systems
technologies
telegraph
television
times
tribunal
tribune
trust
tv
union
unit
university
watch
weekly
wire
""")

# --------------------------------------------------------------------------
# Places: world regions and geographic areas (kind = region).
# Name | aliases (semicolon separated)
# --------------------------------------------------------------------------

REGIONS = fields("""
Middle East | Mideast
Near East
Far East
Southeast Asia | South-East Asia;South East Asia
East Asia
South Asia
Central Asia
West Asia
Asia-Pacific | Asia Pacific
Indo-Pacific
Eurasia
Western Europe
Eastern Europe
Central Europe
Northern Europe
Southern Europe
Central and Eastern Europe
Scandinavia
Nordic countries | Nordics
Baltic states | Baltics
Balkans | Western Balkans
Caucasus | South Caucasus;North Caucasus
Latin America
Central America
Caribbean
Andes
Amazon rainforest | Amazon basin;Amazonia
Patagonia
Sub-Saharan Africa
North Africa
West Africa
East Africa
Southern Africa
Central Africa
Horn of Africa
Sahel
Sahara
Maghreb
Levant
Gulf | Persian Gulf;Arabian Gulf;Gulf region
Arabian Peninsula
Arab world
Korean Peninsula
Indian subcontinent
Siberia
Arctic
Antarctic
Himalayas
Alps
Urals
Pacific | Pacific Ocean
Atlantic | Atlantic Ocean
Indian Ocean
Mediterranean | Mediterranean Sea
Black Sea
Baltic Sea
Red Sea
Caspian Sea
North Sea
Aegean Sea | Aegean
Adriatic Sea | Adriatic
South China Sea
East China Sea
Sea of Azov
Sea of Japan
Gulf of Aden
Gulf of Mexico
Strait of Hormuz
Taiwan Strait
Bosphorus
English Channel
Suez Canal
Panama Canal
Gaza Strip | Gaza
West Bank
Golan Heights
East Jerusalem
Sinai | Sinai Peninsula
Kurdistan | Iraqi Kurdistan;Kurdistan Region
Kashmir
Donbas | Donbass
Transnistria
South Ossetia
Nagorno-Karabakh | Karabakh
Darfur
Tibet
Western Sahara
Anatolia
Iberian Peninsula | Iberia
Benelux
Scandinavian Peninsula
Balkan Peninsula
Australasia
Polynesia
Melanesia
Midwest
New England
Deep South
Pacific Northwest
Great Lakes
Appalachia
Rust Belt
Sun Belt
Silicon Valley
Midlands
East Anglia
Highlands
Ruhr
Lapland
Mesopotamia
Persian Gulf states | Gulf states
Global South
""")

# English names for first-level subdivisions whose ISO 3166-2 name is in a
# local language or romanisation. ISO code | English name | extra aliases
SUBDIVISION_EXONYMS = fields("""
DE-BY | Bavaria | Bayern
DE-HE | Hesse | Hessen
DE-NI | Lower Saxony | Niedersachsen
DE-NW | North Rhine-Westphalia | Nordrhein-Westfalen
DE-RP | Rhineland-Palatinate | Rheinland-Pfalz
DE-SN | Saxony | Sachsen
DE-ST | Saxony-Anhalt | Sachsen-Anhalt
DE-TH | Thuringia | Thüringen
DE-MV | Mecklenburg-Western Pomerania | Mecklenburg-Vorpommern
AT-9 | Vienna | Wien
AT-3 | Lower Austria | Niederösterreich
AT-4 | Upper Austria | Oberösterreich
AT-6 | Styria | Steiermark
AT-2 | Carinthia | Kärnten
AT-7 | Tyrol | Tirol
IT-21 | Piedmont | Piemonte
IT-23 | Aosta Valley | Valle d'Aosta
IT-25 | Lombardy | Lombardia
IT-32 | Trentino-South Tyrol | Trentino-Alto Adige
IT-36 | Friuli-Venezia Giulia
IT-52 | Tuscany | Toscana
IT-57 | Marche | the Marches
IT-62 | Lazio | Latium
IT-75 | Apulia | Puglia
IT-82 | Sicily | Sicilia
IT-88 | Sardinia | Sardegna
ES-AN | Andalusia | Andalucía
ES-AR | Aragon | Aragón
ES-AS | Asturias
ES-CL | Castile and León | Castilla y León
ES-CM | Castilla-La Mancha | Castile-La Mancha
ES-CN | Canary Islands | Canaries;Canarias
ES-CT | Catalonia | Catalunya;Cataluña
ES-GA | Galicia
ES-IB | Balearic Islands | Balearics;Illes Balears
ES-MC | Murcia
ES-MD | Community of Madrid
ES-NC | Navarre | Navarra
ES-PV | Basque Country | Euskadi;País Vasco
ES-VC | Valencian Community | Comunitat Valenciana
BE-BRU | Brussels-Capital Region | Brussels Capital Region
BE-VLG | Flanders | Flemish Region;Vlaanderen
BE-WAL | Wallonia | Walloon Region;Wallonie
CH-ZH | Zurich | Zürich
CH-GE | Geneva | Genève
CH-BE | Bern | Berne
NL-NH | North Holland | Noord-Holland
NL-ZH | South Holland | Zuid-Holland
GB-WLS | Wales | Cymru
CN-XZ | Tibet | Xizang;Tibet Autonomous Region
CN-NM | Inner Mongolia | Nei Mongol
CN-XJ | Xinjiang | Xinjiang Uyghur Autonomous Region
CN-GX | Guangxi
CN-NX | Ningxia
CN-HK | Hong Kong
CN-MO | Macau | Macao
CN-TW | Taiwan Province
UA-43 | Crimea | Crimean peninsula;Autonomous Republic of Crimea;Krym
UA-40 | Sevastopol
UA-30 | Kyiv
RU-CE | Chechnya | Chechen Republic;Chechnya Republic
RU-DA | Dagestan | Daghestan
RU-IN | Ingushetia
RU-SE | North Ossetia | North Ossetia-Alania
RU-TA | Tatarstan
RU-BA | Bashkortostan | Bashkiria
RU-SA | Yakutia | Sakha;Sakha Republic
RU-KR | Karelia
RU-KB | Kabardino-Balkaria
RU-KC | Karachay-Cherkessia
RU-AD | Adygea
RU-BU | Buryatia
RU-CU | Chuvashia
RU-KL | Kalmykia
RU-MO | Mordovia
RU-TY | Tuva
RU-UD | Udmurtia
RU-KK | Khakassia
RU-AL | Altai Republic
RU-KO | Komi
RU-ME | Mari El
RU-MOW | Moscow | Moskva
RU-SPE | Saint Petersburg | St Petersburg;St. Petersburg
RU-KDA | Krasnodar Krai | Krasnodar region
RU-STA | Stavropol Krai | Stavropol region
RU-KYA | Krasnoyarsk Krai | Krasnoyarsk region
RU-PRI | Primorsky Krai | Primorye
RU-KHA | Khabarovsk Krai | Khabarovsk region
RU-ALT | Altai Krai
RU-PER | Perm Krai
RU-KAM | Kamchatka | Kamchatka Krai
RU-ZAB | Zabaykalsky Krai
RU-CHU | Chukotka
RU-KHM | Khanty-Mansi Autonomous Okrug | Khanty-Mansi
RU-YAN | Yamalo-Nenets Autonomous Okrug | Yamal
RU-NEN | Nenets Autonomous Okrug
RU-YEV | Jewish Autonomous Oblast
UA-09 | Luhansk Oblast | Luhansk region;Luhanska oblast
UA-14 | Donetsk Oblast | Donetsk region;Donetska oblast
UA-23 | Zaporizhzhia Oblast | Zaporizhzhia region;Zaporizka oblast
UA-65 | Kherson Oblast | Kherson region;Khersonska oblast
UA-63 | Kharkiv Oblast | Kharkiv region;Kharkivska oblast
UA-59 | Sumy Oblast | Sumy region;Sumska oblast
UA-74 | Chernihiv Oblast | Chernihiv region;Chernihivska oblast
UA-32 | Kyiv Oblast | Kyiv region;Kyivska oblast
UA-12 | Dnipropetrovsk Oblast | Dnipropetrovsk region;Dnipropetrovska oblast
UA-48 | Mykolaiv Oblast | Mykolaiv region;Mykolaivska oblast
UA-51 | Odesa Oblast | Odesa region;Odessa region;Odeska oblast
UA-46 | Lviv Oblast | Lviv region;Lvivska oblast
UA-18 | Zhytomyr Oblast | Zhytomyr region;Zhytomyrska oblast
UA-05 | Vinnytsia Oblast | Vinnytsia region;Vinnytska oblast
UA-07 | Volyn Oblast | Volyn region;Volynska oblast
UA-21 | Zakarpattia Oblast | Zakarpattia;Transcarpathia
UA-26 | Ivano-Frankivsk Oblast | Ivano-Frankivsk region;Ivano-Frankivska oblast
UA-35 | Kirovohrad Oblast | Kirovohrad region;Kirovohradska oblast
UA-53 | Poltava Oblast | Poltava region;Poltavska oblast
UA-56 | Rivne Oblast | Rivne region;Rivnenska oblast
UA-61 | Ternopil Oblast | Ternopil region;Ternopilska oblast
UA-68 | Khmelnytskyi Oblast | Khmelnytskyi region;Khmelnytska oblast
UA-71 | Cherkasy Oblast | Cherkasy region;Cherkaska oblast
UA-77 | Chernivtsi Oblast | Chernivtsi region;Chernivetska oblast
PL-02 | Lower Silesia | Lower Silesian Voivodeship;Dolnośląskie
PL-14 | Masovia | Masovian Voivodeship;Mazowieckie
PL-12 | Lesser Poland | Lesser Poland Voivodeship;Małopolskie
PL-30 | Greater Poland | Greater Poland Voivodeship;Wielkopolskie
PL-24 | Silesia | Silesian Voivodeship;Śląskie
PL-22 | Pomerania | Pomeranian Voivodeship;Pomorskie
PL-32 | West Pomerania | West Pomeranian Voivodeship;Zachodniopomorskie
PL-06 | Lublin Voivodeship | Lubelskie
PL-18 | Subcarpathia | Subcarpathian Voivodeship;Podkarpackie
PL-20 | Podlaskie | Podlasie
PL-28 | Warmia-Masuria | Warmian-Masurian Voivodeship
PL-10 | Łódź Voivodeship | Łódzkie
PL-04 | Kuyavia-Pomerania | Kuyavian-Pomeranian Voivodeship
PL-08 | Lubusz | Lubusz Voivodeship;Lubuskie
PL-16 | Opole Voivodeship | Opolskie
PL-26 | Holy Cross Voivodeship | Świętokrzyskie
SY-DI | Damascus Governorate | Dimashq
SY-RD | Rif Dimashq | Damascus countryside;Rural Damascus
SY-HL | Aleppo Governorate | Halab
SY-HM | Hama Governorate | Hamah
SY-HI | Homs Governorate | Hims
SY-LA | Latakia Governorate | Al Ladhiqiyah
SY-DY | Deir ez-Zor Governorate | Deir ez-Zor;Dayr az Zawr
SY-RA | Raqqa Governorate | Ar Raqqah
SY-HA | Hasakah Governorate | Al Hasakah
SY-DR | Daraa Governorate | Daraa;Dar'a
SY-SU | Suwayda Governorate | Sweida;As Suwayda
SY-QU | Quneitra Governorate | Al Qunaytirah
SY-TA | Tartus Governorate | Tartous
SY-ID | Idlib Governorate
IQ-AN | Anbar | Al Anbar;Anbar province
IQ-BA | Basra Governorate | Al Basrah
IQ-NI | Nineveh | Ninawa;Nineveh province
IQ-SD | Salahuddin | Salah al-Din;Salah ad Din
IQ-AR | Erbil Governorate | Arbil
IQ-SU | Sulaymaniyah Governorate | As Sulaymaniyah
IQ-DA | Duhok Governorate | Dahuk
IQ-NA | Najaf Governorate | An Najaf
IQ-KA | Karbala Governorate
IQ-BG | Baghdad Governorate
IQ-KI | Kirkuk Governorate
IQ-DI | Diyala
SA-01 | Riyadh Province | Ar Riyad
SA-02 | Mecca Province | Makkah Province
SA-03 | Medina Province | Al Madinah
SA-04 | Eastern Province | Ash Sharqiyah
LB-BA | Beirut Governorate | Bayrut
LB-BI | Bekaa | Beqaa;Bekaa Valley;Al Biqa'
LB-JL | Mount Lebanon | Jabal Lubnan
LB-JA | South Lebanon | Al Janub;southern Lebanon
LB-NA | Nabatieh | An Nabatiyah
LB-AS | North Lebanon | Ash Shimal
LB-AK | Akkar
YE-AD | Aden Governorate | Adan
YE-SA | Sanaa | Amanat al Asimah
YE-SN | Sanaa Governorate
YE-HU | Hodeidah | Al Hudaydah;Hudaydah
YE-TA | Taiz | Ta'izz
YE-MA | Marib | Ma'rib
YE-HD | Hadramawt | Hadramout;Hadhramaut
IL-D | Southern District
IL-HA | Haifa District
IL-JM | Jerusalem District
IL-M | Central District
IL-TA | Tel Aviv District
IL-Z | Northern District
MX-CMX | Mexico City | Ciudad de México;CDMX
MX-MEX | State of Mexico | Estado de México
KR-11 | Seoul | Seoul-teukbyeolsi
KR-26 | Busan | Busan-gwangyeoksi
KR-27 | Daegu
KR-28 | Incheon
KR-29 | Gwangju
KR-30 | Daejeon
KR-31 | Ulsan
KR-41 | Gyeonggi | Gyeonggi Province
KR-42 | Gangwon
KR-49 | Jeju | Jeju Island
IN-DL | Delhi | National Capital Territory of Delhi
IN-JK | Jammu and Kashmir
GE-AB | Abkhazia
GE-AJ | Adjara | Ajaria
MD-GA | Gagauzia | Găgăuzia
ET-TI | Tigray
ET-AM | Amhara
ET-OR | Oromia
SD-DN | North Darfur
SD-DS | South Darfur
SD-DW | West Darfur
PK-KP | Khyber Pakhtunkhwa | KP
PK-BA | Balochistan | Baluchistan
PK-JK | Azad Kashmir | Azad Jammu and Kashmir;Pakistan-administered Kashmir
FR-IDF | Île-de-France | Ile-de-France;Paris region
FR-20R | Corsica | Corse
FR-BRE | Brittany | Bretagne
FR-NOR | Normandy | Normandie
FR-OCC | Occitania | Occitanie
FR-GES | Grand Est | Grand-Est
FR-BFC | Bourgogne-Franche-Comté | Burgundy-Franche-Comté
FR-PDL | Pays de la Loire | Pays-de-la-Loire
FR-PAC | Provence-Alpes-Côte d'Azur | PACA
FR-GF | French Guiana | Guyane
FR-RE | Réunion | La Réunion;Reunion
FR-NC | New Caledonia | Nouvelle-Calédonie
FR-PF | French Polynesia | Polynésie française
""")

# Country names: ISO alpha-2 | usual English short name | extra aliases.
# The ISO name, its common name and its official name become aliases too.
COUNTRY_NAMES = fields("""
US | United States | US;U.S.;USA;U.S.A.;America;United States of America;the States
GB | United Kingdom | UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland
RU | Russia | Russian Federation
IR | Iran | Islamic Republic of Iran;Persia
SY | Syria | Syrian Arab Republic
VN | Vietnam | Viet Nam
BO | Bolivia
TZ | Tanzania
VE | Venezuela
MD | Moldova
LA | Laos | Lao PDR
KP | North Korea | DPRK;Democratic People's Republic of Korea
KR | South Korea | Republic of Korea;ROK;Korea
CZ | Czech Republic | Czechia
TR | Turkey | Türkiye;Turkiye
PS | Palestine | State of Palestine;Palestinian territories;occupied Palestinian territories
TW | Taiwan | Republic of China
FM | Micronesia | Federated States of Micronesia
CD | Democratic Republic of the Congo | DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo
CG | Republic of the Congo | Congo-Brazzaville;Congo;Republic of Congo
CI | Ivory Coast | Côte d'Ivoire;Cote d'Ivoire
VA | Vatican City | Vatican;Holy See
BN | Brunei | Brunei Darussalam
CV | Cape Verde | Cabo Verde
SZ | Eswatini | Swaziland
MM | Myanmar | Burma
TL | East Timor | Timor-Leste
MK | North Macedonia | Macedonia
NL | Netherlands | the Netherlands;Holland
BS | Bahamas | the Bahamas
GM | Gambia | the Gambia
AE | United Arab Emirates | UAE;U.A.E.;Emirates
SA | Saudi Arabia | KSA
CN | China | People's Republic of China;PRC;mainland China
HK | Hong Kong | Hong Kong SAR
MO | Macau | Macao
PH | Philippines | the Philippines
FK | Falkland Islands | Falklands;Malvinas
VG | British Virgin Islands
VI | US Virgin Islands | U.S. Virgin Islands
MF | Saint Martin
SX | Sint Maarten
SH | Saint Helena
KN | Saint Kitts and Nevis | St Kitts and Nevis
LC | Saint Lucia | St Lucia
VC | Saint Vincent and the Grenadines | St Vincent and the Grenadines
CC | Cocos Islands | Cocos (Keeling) Islands
BQ | Caribbean Netherlands | Bonaire
DE | Germany | Federal Republic of Germany
FR | France | French Republic
IE | Ireland | Republic of Ireland;Eire
BA | Bosnia and Herzegovina | Bosnia;Bosnia-Herzegovina
TT | Trinidad and Tobago | Trinidad
AG | Antigua and Barbuda | Antigua
ST | São Tomé and Príncipe | Sao Tome and Principe
GW | Guinea-Bissau
PG | Papua New Guinea | PNG
NZ | New Zealand | Aotearoa
ZA | South Africa
CF | Central African Republic | CAR
DO | Dominican Republic
AU | Australia
CA | Canada
IN | India | Bharat
JP | Japan
MX | Mexico
BR | Brazil
UA | Ukraine
BY | Belarus | Belorussia
KG | Kyrgyzstan | Kyrgyz Republic;Kirghizia
""")

# Historic or unlisted states that news still names. Name | aliases
EXTRA_COUNTRIES = fields("""
Kosovo | Republic of Kosovo
Soviet Union | USSR;U.S.S.R.;Union of Soviet Socialist Republics
Yugoslavia
Czechoslovakia
East Germany | German Democratic Republic;GDR
West Germany
Somaliland
Northern Cyprus | Turkish Republic of Northern Cyprus
""")

# Cities known in English by a former or alternative name. Name | aliases
CITY_ALIASES = fields("""
Kyiv | Kiev
Kharkiv | Kharkov
Odesa | Odessa
Lviv | Lvov;Lwów
Mykolayiv | Mykolaiv;Nikolaev;Nikolayev
Zaporizhzhya | Zaporizhzhia;Zaporizhia;Zaporozhye
Dnipro | Dnipropetrovsk;Dnepr
Luhansk | Lugansk
Kropyvnytskyi | Kirovohrad;Kirovograd
Chernihiv | Chernigov
Mumbai | Bombay
Chennai | Madras
Kolkata | Calcutta
Bengaluru | Bangalore
Beijing | Peking
Yangon | Rangoon
Ho Chi Minh City | Saigon
Almaty | Alma-Ata
Astana | Nur-Sultan
New York City | New York;NYC
Washington | Washington DC;Washington D.C.
Kraków | Krakow;Cracow
Gaza | Gaza City
Sanaa | Sana'a
Tel Aviv | Tel Aviv-Yafo
Saint Petersburg | St Petersburg;St. Petersburg;Petersburg
Nizhniy Novgorod | Nizhny Novgorod
Hanoi | Ha Noi
Guangzhou | Canton
Chongqing | Chungking
Xi'an | Xian
Islamabad
Kabul
Tehran | Teheran
""")

# Demonym fixes and additions (adjective or people noun | place name).
DEMONYMS_EXTRA = fields("""
American | United States
Americans | United States
British | United Kingdom
Briton | United Kingdom
Britons | United Kingdom
Brit | United Kingdom
Brits | United Kingdom
English | England
Englishman | England
Englishmen | England
Englishwoman | England
Scottish | Scotland
Scot | Scotland
Scots | Scotland
Welsh | Wales
Welshman | Wales
Northern Irish | Northern Ireland
Irish | Ireland
Irishman | Ireland
Irishmen | Ireland
French | France
Frenchman | France
Frenchmen | France
Frenchwoman | France
Dutch | Netherlands
Dutchman | Netherlands
Danish | Denmark
Dane | Denmark
Danes | Denmark
Swedish | Sweden
Swede | Sweden
Swedes | Sweden
Finnish | Finland
Finn | Finland
Finns | Finland
Polish | Poland
Pole | Poland
Poles | Poland
Spanish | Spain
Spaniard | Spain
Spaniards | Spain
Turkish | Turkey
Turk | Turkey
Turks | Turkey
Icelandic | Iceland
Icelander | Iceland
Icelanders | Iceland
Swiss | Switzerland
Luxembourgish | Luxembourg
Luxembourger | Luxembourg
Luxembourgers | Luxembourg
Tajik | Tajikistan
Tajiks | Tajikistan
Tajikistani | Tajikistan
Kyrgyz | Kyrgyzstan
Uzbek | Uzbekistan
Uzbeks | Uzbekistan
Kazakh | Kazakhstan
Kazakhs | Kazakhstan
Turkmen | Turkmenistan
Turkmenistani | Turkmenistan
Afghan | Afghanistan
Afghans | Afghanistan
Afghani | Afghanistan
Slovenian | Slovenia
Slovenians | Slovenia
Slovene | Slovenia
Slovenes | Slovenia
Slovak | Slovakia
Slovaks | Slovakia
Slovakian | Slovakia
Czech | Czech Republic
Czechs | Czech Republic
Filipino | Philippines
Filipinos | Philippines
Filipina | Philippines
Philippine | Philippines
Argentine | Argentina
Argentines | Argentina
Argentinian | Argentina
Argentinians | Argentina
Argentinean | Argentina
Argentineans | Argentina
Ecuadorian | Ecuador
Ecuadorians | Ecuador
Cape Verdean | Cape Verde
Cape Verdeans | Cape Verde
Comorian | Comoros
Comorians | Comoros
Maldivian | Maldives
Maldivians | Maldives
Djiboutian | Djibouti
Djiboutians | Djibouti
Gibraltarian | Gibraltar
Motswana | Botswana
Batswana | Botswana
Burkinabe | Burkina Faso
Burkinabé | Burkina Faso
Surinamese | Suriname
Emirati | United Arab Emirates
Emiratis | United Arab Emirates
Saudi | Saudi Arabia
Saudis | Saudi Arabia
Saudi Arabian | Saudi Arabia
Lao | Laos
Laotian | Laos
Laotians | Laos
Burmese | Myanmar
Myanmarese | Myanmar
Nepali | Nepal
Nepalis | Nepal
Nepalese | Nepal
Vietnamese | Vietnam
Thai | Thailand
Thais | Thailand
Chinese | China
Japanese | Japan
Korean | South Korea
Koreans | South Korea
South Korean | South Korea
South Koreans | South Korea
North Korean | North Korea
North Koreans | North Korea
Iranian | Iran
Iranians | Iran
Persian | Iran
Israeli | Israel
Israelis | Israel
Palestinian | Palestine
Palestinians | Palestine
Congolese | Democratic Republic of the Congo
Ivorian | Ivory Coast
Ivorians | Ivory Coast
Timorese | East Timor
East Timorese | East Timor
Macedonian | North Macedonia
North Macedonian | North Macedonia
Bosnian | Bosnia and Herzegovina
Bosnians | Bosnia and Herzegovina
Herzegovinian | Bosnia and Herzegovina
Swazi | Eswatini
Emirian | United Arab Emirates
Kosovar | Kosovo
Kosovan | Kosovo
Kosovars | Kosovo
Soviet | Soviet Union
Soviets | Soviet Union
Yugoslav | Yugoslavia
Yugoslavian | Yugoslavia
Czechoslovak | Czechoslovakia
East German | East Germany
East Germans | East Germany
West German | West Germany
Somalilander | Somaliland
Greek Cypriot | Cyprus
Turkish Cypriot | Northern Cyprus
Taiwanese | Taiwan
Hong Konger | Hong Kong
Hongkonger | Hong Kong
Hong Kongers | Hong Kong
Macanese | Macau
Puerto Rican | Puerto Rico
Puerto Ricans | Puerto Rico
Greenlandic | Greenland
Greenlander | Greenland
Greenlanders | Greenland
Faroese | Faroe Islands
Kiwi | New Zealand
Kiwis | New Zealand
New Zealander | New Zealand
New Zealanders | New Zealand
Aussie | Australia
Aussies | Australia
Belarusian | Belarus
Belarusians | Belarus
Belarussian | Belarus
Moldovan | Moldova
Moldovans | Moldova
Ukrainian | Ukraine
Ukrainians | Ukraine
Russian | Russia
Russians | Russia
Georgian | Georgia
Georgians | Georgia
Guinean | Guinea
Papua New Guinean | Papua New Guinea
Bissau-Guinean | Guinea-Bissau
Equatoguinean | Equatorial Guinea
Sahrawi | Western Sahara
Sahrawis | Western Sahara
Vatican | Vatican City
Monegasque | Monaco
Sammarinese | San Marino
Liechtensteiner | Liechtenstein
Andorran | Andorra
Maltese | Malta
Cypriot | Cyprus
Cypriots | Cyprus
Kuwaiti | Kuwait
Kuwaitis | Kuwait
Qatari | Qatar
Qataris | Qatar
Omani | Oman
Omanis | Oman
Bahraini | Bahrain
Bahrainis | Bahrain
Yemeni | Yemen
Yemenis | Yemen
Iraqi | Iraq
Iraqis | Iraq
Syrian | Syria
Syrians | Syria
Lebanese | Lebanon
Jordanian | Jordan
Jordanians | Jordan
Egyptian | Egypt
Egyptians | Egypt
Libyan | Libya
Libyans | Libya
Tunisian | Tunisia
Tunisians | Tunisia
Algerian | Algeria
Algerians | Algeria
Moroccan | Morocco
Moroccans | Morocco
Sudanese | Sudan
South Sudanese | South Sudan
Somali | Somalia
Somalis | Somalia
Somalian | Somalia
Ethiopian | Ethiopia
Ethiopians | Ethiopia
Eritrean | Eritrea
Eritreans | Eritrea
Kenyan | Kenya
Kenyans | Kenya
Nigerien | Niger
Nigeriens | Niger
Nigerian | Nigeria
Nigerians | Nigeria
Pakistani | Pakistan
Pakistanis | Pakistan
Bangladeshi | Bangladesh
Bangladeshis | Bangladesh
Sri Lankan | Sri Lanka
Sri Lankans | Sri Lanka
Indian | India
Indians | India
Azerbaijani | Azerbaijan
Azerbaijanis | Azerbaijan
Azeri | Azerbaijan
Azeris | Azerbaijan
Armenian | Armenia
Armenians | Armenia
Mongolian | Mongolia
Mongolians | Mongolia
Mongol | Mongolia
Singaporean | Singapore
Singaporeans | Singapore
Malaysian | Malaysia
Malaysians | Malaysia
Indonesian | Indonesia
Indonesians | Indonesia
Cambodian | Cambodia
Cambodians | Cambodia
Khmer | Cambodia
Bruneian | Brunei
Australian | Australia
Australians | Australia
Canadian | Canada
Canadians | Canada
Mexican | Mexico
Mexicans | Mexico
Brazilian | Brazil
Brazilians | Brazil
Colombian | Colombia
Colombians | Colombia
Venezuelan | Venezuela
Venezuelans | Venezuela
Peruvian | Peru
Peruvians | Peru
Chilean | Chile
Chileans | Chile
Bolivian | Bolivia
Bolivians | Bolivia
Paraguayan | Paraguay
Paraguayans | Paraguay
Uruguayan | Uruguay
Uruguayans | Uruguay
Cuban | Cuba
Cubans | Cuba
Haitian | Haiti
Haitians | Haiti
Dominican | Dominican Republic
Dominicans | Dominican Republic
Jamaican | Jamaica
Jamaicans | Jamaica
Guatemalan | Guatemala
Guatemalans | Guatemala
Honduran | Honduras
Hondurans | Honduras
Salvadoran | El Salvador
Salvadorans | El Salvador
Salvadorean | El Salvador
Nicaraguan | Nicaragua
Nicaraguans | Nicaragua
Costa Rican | Costa Rica
Costa Ricans | Costa Rica
Panamanian | Panama
Panamanians | Panama
German | Germany
Germans | Germany
Austrian | Austria
Austrians | Austria
Italian | Italy
Italians | Italy
Portuguese | Portugal
Belgian | Belgium
Belgians | Belgium
Norwegian | Norway
Norwegians | Norway
Estonian | Estonia
Estonians | Estonia
Latvian | Latvia
Latvians | Latvia
Lithuanian | Lithuania
Lithuanians | Lithuania
Hungarian | Hungary
Hungarians | Hungary
Romanian | Romania
Romanians | Romania
Bulgarian | Bulgaria
Bulgarians | Bulgaria
Serbian | Serbia
Serb | Serbia
Serbs | Serbia
Croatian | Croatia
Croat | Croatia
Croats | Croatia
Montenegrin | Montenegro
Montenegrins | Montenegro
Albanian | Albania
Albanians | Albania
Greek | Greece
Greeks | Greece
# regions and continents
European | Europe
Europeans | Europe
African | Africa
Africans | Africa
Asian | Asia
Asians | Asia
North American | North America
North Americans | North America
South American | South America
South Americans | South America
Latin American | Latin America
Latin Americans | Latin America
Central American | Central America
Central Americans | Central America
Caribbean | Caribbean
Middle Eastern | Middle East
Southeast Asian | Southeast Asia
East Asian | East Asia
South Asian | South Asia
Central Asian | Central Asia
West African | West Africa
East African | East Africa
North African | North Africa
Sub-Saharan | Sub-Saharan Africa
Scandinavian | Scandinavia
Scandinavians | Scandinavia
Nordic | Nordic countries
Baltic | Baltic states
Balkan | Balkans
Arctic | Arctic
Antarctic | Antarctica
Arab | Arab world
Arabs | Arab world
Kurdish | Kurdistan
Kurd | Kurdistan
Kurds | Kurdistan
Kashmiri | Kashmir
Kashmiris | Kashmir
Tibetan | Tibet
Tibetans | Tibet
Uyghur | Xinjiang
Uyghurs | Xinjiang
Uighur | Xinjiang
Uighurs | Xinjiang
Chechen | Chechnya
Chechens | Chechnya
Crimean | Crimea
Siberian | Siberia
Catalan | Catalonia
Catalans | Catalonia
Basque | Basque Country
Basques | Basque Country
Bavarian | Bavaria
Flemish | Flanders
Walloon | Wallonia
Sicilian | Sicily
Sardinian | Sardinia
Corsican | Corsica
Tuscan | Tuscany
Andalusian | Andalusia
Galician | Galicia
Quebecer | Quebec
Quebecker | Quebec
Québécois | Quebec
Texan | Texas
Texans | Texas
Californian | California
Californians | California
Floridian | Florida
Hawaiian | Hawaii
Alaskan | Alaska
New Yorker | New York City
New Yorkers | New York City
Londoner | London
Londoners | London
Parisian | Paris
Parisians | Paris
Muscovite | Moscow
Muscovites | Moscow
Berliner | Berlin
Berliners | Berlin
Gazan | Gaza Strip
Gazans | Gaza Strip
Transnistrian | Transnistria
Abkhaz | Abkhazia
Ossetian | South Ossetia
Darfuri | Darfur
Tigrayan | Tigray
Tigrayans | Tigray
Punjabi | Punjab
""")

# Words that must never be emitted as given names even though the name
# dictionary lists them (grammatical words that are capitalised at sentence
# starts far more often than they name a person).
NOT_GIVEN_NAMES = set(rows("""
The
An
And
In
On
Of
To
As
At
By
Be
Do
Go
He
It
No
Oh
Or
So
Up
We
Me
My
If
Is
El
La
Le
Les
Los
Las
De
Des
Da
Di
Du
Del
Della
Van
Von
Der
Den
Dos
Das
Bin
Ibn
Mac
Mc
""")) | {"I", "A", "O"}

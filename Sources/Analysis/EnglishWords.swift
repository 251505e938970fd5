/// Small closed classes of English that need no data set.
enum EnglishWords {
    /// Lowercase words that may join the capitalised words of one name ("University of Chicago").
    static let connectors: Set<String> = ["of", "for", "and", "the", "on", "&", "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "y", "dos", "das"]
    /// Particles of people's names.
    static let nameParticles: Set<String> = ["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "dos", "das", "y"]
    /// Words that end a place's name or start one ("Gulf of Mexico", "Kursk region").
    static let placeWords: Set<String> = ["republic", "kingdom", "gulf", "sea", "bay", "isle", "isles", "island", "islands", "city", "province", "state", "states", "district", "cape", "lake", "mount", "mountains", "strait", "river", "valley", "coast", "peninsula", "region", "county", "oblast", "territory", "territories", "emirates", "desert", "ocean", "canal", "strip", "bank", "heights", "plain", "basin", "delta", "highlands", "sound"]
    /// Lowercase words after a place that stay part of how it is named ("Kursk region").
    static let placeSuffixes: Set<String> = ["region", "province", "oblast", "state", "county", "district", "governorate", "prefecture", "territory", "city"]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Months and weekdays, for the rules that treat both alike.
    static let calendarWords = months.union(weekdays)
    /// Names of things that are not entities: events, documents, laws, holidays.
    static let eventWords: Set<String> = ["conference", "summit", "war", "games", "cup", "championship", "championships", "olympics", "award", "awards", "prize", "act", "bill", "treaty", "accord", "accords", "agreement", "convention", "declaration", "protocol", "article", "amendment", "day", "week", "festival", "election", "elections", "questions", "revolution", "crisis", "budget", "plan", "program", "programme", "scheme", "report", "index", "survey", "study", "law", "code", "rule", "rules", "doctrine", "initiative", "strategy", "policy", "system", "version", "edition", "series", "model", "assessment", "assessments", "hurricane", "storm", "typhoon", "cyclone", "earthquake", "flight"]
    /// Buildings and structures: named places, never people or bodies.
    static let facilityWords: Set<String> = ["bridge", "tower", "towers", "building", "airport", "stadium", "arena", "dam", "station", "square", "street", "road", "avenue", "park", "palace", "temple", "mosque", "cathedral", "courthouse", "hall", "plaza", "harbour", "harbor", "port", "prison", "camp", "base", "resort", "hotel", "mall", "highway", "motorway", "tunnel"]
    /// Groups of people named by faith or people that are not organisations ("Muslims", "Jews", "Arabs").
    static let groupNouns: Set<String> = ["muslim", "muslims", "jew", "jews", "jewish", "christian", "christians", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs", "arab", "arabs", "catholic", "catholics", "protestant", "protestants", "shia", "shias", "shiite", "shiites", "sunni", "sunnis", "islamist", "islamists", "evangelical", "evangelicals", "orthodox", "mormon", "mormons", "democrat", "democrats", "republican", "republicans", "conservative", "conservatives", "liberal", "liberals", "socialist", "socialists", "communist", "communists", "kurd", "kurds", "pashtun", "pashtuns", "latino", "latinos", "hispanic", "hispanics", "aboriginal", "indigenous", "westerners", "asians", "africans", "europeans", "americans", "allies"]
    /// Prefixes of a role word that keep its meaning ("then-girlfriend", "ex-minister").
    static let rolePrefixes = ["then-", "ex-", "former-", "co-"]
    /// Pronouns that stand for a person, with their grammatical gender.
    static let personPronouns: [String: String] = ["he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"]
    /// Words before a capitalised name that say it is a place.
    static let placePrepositions: Set<String> = ["in", "near", "outside", "across", "throughout", "from", "to", "into", "towards", "toward", "around", "visited", "via"]
    /// Determiners and other words that never belong to a role before a name.
    static let roleStoppers: Set<String> = ["the", "a", "an", "and", "or", "but", "with", "by", "said", "says", "told", "like", "as", "to", "that", "this", "these", "those", "when", "while", "who", "which", "where", "after", "before", "including", "among", "between", "from", "at", "in", "on", "for", "its", "their", "his", "her", "our", "also", "then", "now", "both"]
    /// Words of a lowercase role phrase that may come before a role word ("special envoy", "immigration barrister").
    static let articles: Set<String> = ["a", "an", "the"]
}

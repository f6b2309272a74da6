#include "ner/NerGazetteer.h"

#include <atomic>
#include <string>

#include "ner/LexiconLines.h"

namespace entgraph::ner {

namespace {

const char* const kTitles[] = {
    "president", "prime",    "minister", "mr",         "mr.",         "mrs",        "mrs.",
    "ms",        "ms.",      "dr",       "dr.",        "gen",         "gen.",       "general",
    "senator",   "sen.",     "rep.",     "governor",   "gov.",        "king",       "queen",
    "prince",    "princess", "pope",     "chancellor", "secretary",   "ambassador", "lt.",
    "col.",      "colonel",  "major",    "captain",    "capt.",       "commander",  "admiral",
    "adm.",      "sergeant", "sgt.",     "chief",      "judge",       "justice",    "sheikh",
    "ayatollah", "mayor",    "premier",  "vice",       "professor",   "prof.",      "sir",
    "lord",      "lady",     "director", "spokesman",  "spokeswoman", "leader",     "emperor",
    "bishop",    "cardinal", "rev.",     "reverend",   "lieutenant",  "marshal",    "gov",
    "sen",       "rep",      "chairman", "chairwoman", "ceo",         "envoy",      "foreign",
    "defence",   "defense",  "deputy"};
const char* const kOrgSuffixes[] = {
    "inc",         "inc.",       "corp",         "corp.",        "corporation", "co",
    "co.",         "ltd",        "ltd.",         "llc",          "plc",         "ag",
    "gmbh",        "group",      "company",      "bank",         "university",  "institute",
    "ministry",    "party",      "council",      "agency",       "association", "foundation",
    "committee",   "commission", "organization", "organisation", "union",       "army",
    "navy",        "force",      "forces",       "airlines",     "airways",     "news",
    "times",       "post",       "fund",         "federation",   "league",      "club",
    "department",  "office",     "court",        "college",      "school",      "hospital",
    "church",      "network",    "systems",      "technologies", "industries",  "holdings",
    "partners",    "press",      "service",      "board",        "assembly",    "parliament",
    "congress",    "senate",     "brigade",      "battalion",    "regiment",    "division",
    "corps",       "authority",  "bureau",       "reserve",      "exchange",    "media",
    "institution", "society",    "academy"};

uint64_t nextGeneration() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
}

}  // namespace

NerGazetteer::NerGazetteer() : m_keys(1024, 0), m_masks(1024, 0), m_generation(nextGeneration()) {}

void NerGazetteer::grow() {
    std::vector<uint64_t> keys(m_keys.size() * 2, 0);
    std::vector<uint16_t> masks(keys.size(), 0);
    const size_t mask = keys.size() - 1;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (!m_keys[i]) continue;
        size_t p = m_keys[i] & mask;
        while (keys[p]) p = (p + 1) & mask;
        keys[p] = m_keys[i];
        masks[p] = m_masks[i];
    }
    m_keys.swap(keys);
    m_masks.swap(masks);
}

void NerGazetteer::add(std::string_view phrase, GazetteerCategory category) {
    m_generation = nextGeneration();
    uint64_t h = kPhraseSeed;
    size_t words = 0, pos = 0;
    while (pos < phrase.size()) {
        while (pos < phrase.size() && (phrase[pos] == ' ' || phrase[pos] == '\t')) ++pos;
        size_t end = pos;
        while (end < phrase.size() && phrase[end] != ' ' && phrase[end] != '\t') ++end;
        if (end > pos) {
            h = phraseHashStep(h, phrase.substr(pos, end - pos));
            ++words;
        }
        pos = end;
    }
    if (words == 0 || words > kMaxPhraseWords) return;
    insertMask(h, static_cast<uint16_t>(1u << category));
    // Mark every shorter prefix, so that matching can stop as soon as no entry continues.
    h = kPhraseSeed;
    for (size_t pos = 0, w = 0; w + 1 < words; ++w) {
        while (phrase[pos] == ' ' || phrase[pos] == '\t') ++pos;
        size_t end = pos;
        while (end < phrase.size() && phrase[end] != ' ' && phrase[end] != '\t') ++end;
        h = phraseHashStep(h, phrase.substr(pos, end - pos));
        insertMask(h, kPrefixBit);
        pos = end;
    }
}

void NerGazetteer::insertMask(uint64_t h, uint16_t bits) {
    if (h == 0) h = 1;
    if ((m_count + 1) * 2 > m_keys.size()) grow();
    const size_t mask = m_keys.size() - 1;
    size_t p = h & mask;
    while (m_keys[p] && m_keys[p] != h) p = (p + 1) & mask;
    if (!m_keys[p]) {
        m_keys[p] = h;
        ++m_count;
    }
    m_masks[p] |= bits;
}

const NerGazetteer& NerGazetteer::embedded() {
    static const NerGazetteer gaz = [] {
        NerGazetteer g;
        auto load = [&g](const char* name, GazetteerCategory category) {
            forEachLexiconLine(std::string("assets/lexicons/") + name,
                               [&g, category](std::string_view line) {
                                   line = line.substr(0, line.find('\t'));
                                   g.add(line, category);
                                   const size_t space = line.rfind(' ');
                                   if (category == kGazKnownPerson &&
                                       space != std::string_view::npos && space + 2 < line.size())
                                       g.add(line.substr(space + 1), kGazSurname);
                               });
        };
        load("countries.tsv", kGazCountry);
        load("demonyms.tsv", kGazDemonym);
        load("capitals.tsv", kGazCapital);
        load("subdivisions.tsv", kGazSubdivision);
        load("cities.tsv", kGazCity);
        load("first-names.txt", kGazFirstName);
        load("known-people.txt", kGazKnownPerson);
        load("known-orgs.txt", kGazKnownOrg);
        load("media-orgs.txt", kGazKnownOrg);
        // "name<TAB>KIND": the kind picks the category.
        forEachLexiconLine("assets/lexicons/wordnet-names.tsv", [&g](std::string_view line) {
            const size_t tab = line.find('\t');
            if (tab == std::string_view::npos) return;
            const std::string_view kind = line.substr(tab + 1);
            const GazetteerCategory category = kind == "PERSON"         ? kGazWordNetPerson
                                               : kind == "LOCATION"     ? kGazWordNetLocation
                                               : kind == "ORGANIZATION" ? kGazWordNetGroup
                                                                        : kGazWordNetOther;
            g.add(line.substr(0, tab), category);
        });
        for (const char* t : kTitles) g.add(t, kGazTitle);
        for (const char* s : kOrgSuffixes) g.add(s, kGazOrgSuffix);
        return g;
    }();
    return gaz;
}

}  // namespace entgraph::ner

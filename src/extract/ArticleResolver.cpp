#include "extract/ArticleResolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "extract/ExtractLexicons.h"
#include "extract/RuleTagger.h"

namespace entgraph {

namespace {

// ASCII only, no lower-case letter, and a word of four or more letters ("WARSAW", "NEW
// YORK"; not "UK" or "U.S.").
bool isShoutedName(std::string_view name) {
    size_t run = 0, longest = 0;
    for (const char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z')) return false;
        run = (c >= 'A' && c <= 'Z') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest >= 4;
}

// "NEW YORK" -> "New York", "ST. PETERSBURG" -> "St. Petersburg".
std::string titleCased(std::string_view name) {
    std::string out(name);
    bool wordStart = true;
    for (char& c : out) {
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (letter && !wordStart && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        wordStart = !letter && c != '\'';
    }
    return out;
}

bool isNamed(EntityType t) {
    return t != EntityType::Date && t != EntityType::Money && t != EntityType::Quantity;
}

void appendAsciiLower(std::string_view s, std::string& out) {
    const size_t at = out.size();
    out.resize(at + s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        out[at + i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
}

size_t wordCount(std::string_view s) {
    return 1 + std::count(s.begin(), s.end(), ' ');
}

// Calls fn with each name token of a person, the space-separated parts longer than an
// initial: "kim jong-un" -> "kim", "jong-un".
template <class Fn>
void forEachNamePart(std::string_view lowerName, Fn&& fn) {
    size_t pos = 0;
    while (pos <= lowerName.size()) {
        size_t sp = lowerName.find(' ', pos);
        if (sp == std::string_view::npos) sp = lowerName.size();
        const std::string_view p = lowerName.substr(pos, sp - pos);
        if (p.size() > 2 || (p.size() == 2 && p[1] != '.')) fn(p);
        pos = sp + 1;
    }
}

struct UnionFind {
    std::vector<size_t> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    size_t find(size_t a) { return parent[a] == a ? a : parent[a] = find(parent[a]); }
    void unite(size_t a, size_t b) {
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

// "European Union (EU)", "Korea (DPRK)": letters in brackets after a name define its acronym,
// except a news agency's ("VILNIUS, Lithuania (AP) -" credits the agency) and, for a person,
// letters that are not the person's initials.
bool definesAcronym(const ArticleTokens& art, const Mention& m, std::string_view letters) {
    if (ExtractLexicons::get().mediaOrgs.contains(letters)) return false;
    if (m.type != EntityType::Person) return true;
    size_t next = 0;
    for (size_t k = m.begin; k < m.end; ++k)
        if (next < letters.size() && art.views[k][0] == letters[next]) ++next;
    return next == letters.size();
}

// "African Development Bank (AfDB)": a mixed-case acronym whose capitals open the name's
// capitalised words in order, each with more letters of its word ("Af" of "African");
// lower-case connectors are skipped.
bool mixedCaseAcronymOf(const ArticleTokens& art, const Mention& m, std::string_view letters) {
    if (letters.size() < 2 || !std::isupper(static_cast<unsigned char>(letters[0]))) return false;
    std::vector<std::string> groups;  // "af", "d", "b"
    for (const char ch : letters) {
        const auto c = static_cast<unsigned char>(ch);
        if (!std::isalpha(c)) return false;
        if (std::isupper(c)) groups.emplace_back();
        groups.back().push_back(static_cast<char>(std::tolower(c)));
    }
    if (groups.size() < 2) return false;
    size_t g = 0;
    for (size_t k = m.begin; k < m.end; ++k) {
        if (!art.info[k].cap) continue;  // "of", "and"
        if (g == groups.size() || !art.lower[k].starts_with(groups[g])) return false;
        ++g;
    }
    return g == groups.size();
}

}  // namespace

namespace {
// mentionName's text appended to out.
void appendMentionName(const ArticleTokens& art, const Mention& m, std::string& out) {
    for (size_t k = m.begin; k < m.end; ++k) {
        if (k > m.begin && art.tokens[k].spaceBefore) out.push_back(' ');
        out.append(art.views[k]);
    }
}
}  // namespace

std::string mentionName(const ArticleTokens& art, const Mention& m) {
    // the text as written, whitespace runs as one space
    std::string out;
    appendMentionName(art, m, out);
    return out;
}

void addRepeatedNameMentions(const ArticleTokens& art, std::vector<Mention>& mentions) {
    // lower-case single-token names -> type; person name parts -> count of people using it
    std::unordered_map<std::string, EntityType> names;
    std::unordered_map<std::string, int> personParts;
    std::unordered_set<std::string> companyFirstWords;  // "Castellar" of "Castellar Sistemas"
    std::unordered_map<std::string, std::string> acronymOf;
    std::unordered_map<std::string, EntityType> acronymType;  // the expansion's type
    for (const Mention& m : mentions) {
        if (!isNamed(m.type) || m.synthetic || m.fromTitle) continue;
        // a one-token name's lower case is the token's (art.lower); longer ones only matter
        // for people
        if (m.end - m.begin == 1) names.try_emplace(art.lower[m.begin], m.type);
        // "Apple Inc." -> "Apple" is a short name of it
        if (m.type == EntityType::Organization && m.end - m.begin == 2) {
            std::string suffix = art.lower[m.end - 1];
            if (!suffix.empty() && suffix.back() == '.') suffix.pop_back();
            if (suffix == "inc" || suffix == "corp" || suffix == "ltd" || suffix == "llc" ||
                suffix == "plc" || suffix == "corporation" || suffix == "co" || suffix == "group" ||
                suffix == "ag" || suffix == "gmbh")
                names.try_emplace(art.lower[m.begin], m.type);
            // "Nordvik Energy" -> "Nordvik chief executive X": a coined first word before a
            // company suffix (org-words.tsv) is its short name; a common word is not
            // ("National Grid" -> "national")
            const auto& orgWords = ExtractLexicons::get().orgWords;
            if (auto it = orgWords.find(suffix);
                it != orgWords.end() && it->second != OrgWordPosition::Head &&
                art.info[m.begin].word == nullptr && art.info[m.begin].demonymWords == 0 &&
                !Lexicons::get().countries.contains(art.views[m.begin])) {
                names.try_emplace(art.lower[m.begin], m.type);
                companyFirstWords.insert(art.lower[m.begin]);
            }
        }
        if (m.type == EntityType::Person && m.end - m.begin >= 2)
            forEachNamePart(asciiLower(mentionName(art, m)),
                            [&](std::string_view p) { ++personParts[std::string(p)]; });
    }
    // a single-token place name that is part of exactly one person's name is that person
    // ("Bennett" is also a town)
    for (Mention& m : mentions) {
        if (m.end - m.begin != 1 || m.type != EntityType::Location || !m.canonical.empty() ||
            m.capital)
            continue;
        auto pp = personParts.find(art.lower[m.begin]);
        if (pp != personParts.end() && pp->second == 1) m.type = EntityType::Person;
    }
    // "Castellar's factory" with "Castellar Sistemas" named: the company, though a town is
    // called so too (a place with a possessive is the company's short name only then)
    for (Mention& m : mentions)
        if (m.end - m.begin == 1 && m.type == EntityType::Location && !m.capital && !m.asCountry &&
            m.end < art.tokens.size() && isPossessive(art.views[m.end]) &&
            companyFirstWords.count(art.lower[m.begin]) &&
            !Lexicons::get().countries.contains(art.views[m.begin])) {
            m.type = EntityType::Organization;
            m.canonical.clear();
        }
    // a byte per token, this thread's (a bit vector costs a shift and mask per access)
    thread_local std::vector<uint8_t> covered;
    covered.assign(art.tokens.size(), 0);
    for (const Mention& m : mentions)
        if (m.type != EntityType::Quantity)
            for (size_t k = m.begin; k < m.end; ++k) covered[k] = 1;
    // acronyms defined in brackets right after a mention: "... Korea (DPRK)"
    std::vector<Mention> added;
    for (const Mention& m : mentions) {
        const size_t k = m.end;
        if (!isNamed(m.type) || k + 2 >= art.tokens.size() || art.views[k] != "(" ||
            art.views[k + 2] != ")")
            continue;
        if (!art.tokens[k + 1].allUpper && !mixedCaseAcronymOf(art, m, art.views[k + 1])) continue;
        if (!definesAcronym(art, m, art.views[k + 1])) continue;
        const std::string expansion = m.canonical.empty() ? mentionName(art, m) : m.canonical;
        acronymOf.try_emplace(asciiLower(art.views[k + 1]), expansion);
        acronymType.try_emplace(asciiLower(art.views[k + 1]), m.type);
        if (covered[k + 1]) continue;  // already a mention: it gets the expansion below
        Mention a = m;
        a.begin = k + 1;
        a.end = k + 2;
        a.canonical = m.canonical.empty() ? mentionName(art, m) : m.canonical;
        a.capital = false;
        added.push_back(a);
        covered[k + 1] = 1;
        names.try_emplace(asciiLower(art.views[k + 1]), m.type);
        acronymOf.try_emplace(asciiLower(art.views[k + 1]), a.canonical);
    }
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        const Sentence& s = art.sentences[si];
        for (size_t i = s.firstToken; i < s.endToken; ++i) {
            if (covered[i] || !art.info[i].cap) continue;
            const std::string& lower = art.lower[i];
            const bool sentenceStart = i == s.firstToken;
            const bool common = art.info[i].word != nullptr;
            if (art.info[i].stopCap) continue;
            if (common && sentenceStart) continue;
            // the first word of a longer name ("Baltic" in "the Baltic Link 3 cable")
            if (i + 1 < s.endToken && art.info[i + 1].cap && !covered[i + 1] &&
                std::isalpha(static_cast<unsigned char>(art.views[i + 1][0])))
                continue;
            Mention m;
            m.sentence = si;
            m.begin = i;
            m.end = i + 1;
            auto pp = personParts.find(lower);
            if (pp != personParts.end() && pp->second == 1 && (!common || !sentenceStart)) {
                m.type = EntityType::Person;
            } else if (auto it = names.find(lower); it != names.end()) {
                m.type = it->second;
                if (auto ac = acronymOf.find(lower); ac != acronymOf.end())
                    m.canonical = ac->second;
            } else {
                continue;
            }
            covered[i] = 1;
            added.push_back(m);
        }
    }
    mentions.insert(mentions.end(), added.begin(), added.end());
    for (Mention& m : mentions) {
        if (m.end - m.begin != 1 || !m.canonical.empty() || !isNamed(m.type)) continue;
        if (auto ac = acronymOf.find(art.lower[m.begin]); ac != acronymOf.end()) {
            m.canonical = ac->second;
            // "UNIFIL, whose headquarters ..." after "... Force in Lebanon (UNIFIL)": the
            // acronym is what it abbreviates, whatever the tagger took it for ("UNMISS" after
            // the force "UN Mission in South Sudan", though taggers read acronyms as bodies)
            const EntityType expansion = acronymType.at(art.lower[m.begin]);
            if (m.type == EntityType::Person || m.type == EntityType::Location ||
                (m.type == EntityType::Organization && expansion == EntityType::MilitaryUnit))
                m.type = expansion;
        }
    }
    sortInTextOrder(mentions);
}

void retypeOrganisationShortForms(const ArticleTokens& art, std::vector<Mention>& mentions) {
    auto lonePerson = [&](const Mention& m) {
        return m.type == EntityType::Person && m.end - m.begin == 1 && !m.synthetic &&
               !art.info[m.begin].firstName;
    };
    if (std::none_of(mentions.begin(), mentions.end(), lonePerson)) return;
    std::unordered_map<std::string_view, size_t> organisationsByFirstWord;  // -> count
    std::set<std::string_view> personWords;
    std::set<std::string_view> seenOrganisations;
    for (const Mention& o : mentions) {
        if (o.end - o.begin < 2) continue;
        if (o.type == EntityType::Person) {
            for (size_t k = o.begin; k < o.end; ++k) personWords.insert(art.lower[k]);
        } else if (o.type == EntityType::Organization) {
            const std::string_view whole(
                art.text.data() + art.tokens[o.begin].span.start,
                art.tokens[o.end - 1].span.end - art.tokens[o.begin].span.start);
            if (seenOrganisations.insert(whole).second)
                ++organisationsByFirstWord[art.lower[o.begin]];
        }
    }
    for (Mention& m : mentions) {
        if (!lonePerson(m) || personWords.count(art.lower[m.begin])) continue;
        const auto it = organisationsByFirstWord.find(art.lower[m.begin]);
        if (it != organisationsByFirstWord.end() && it->second == 1)
            m.type = EntityType::Organization;
    }
}

std::vector<ExtractedEntity> resolveMentions(const ArticleTokens& art,
                                             std::vector<Mention>& mentions) {
    const size_t n = mentions.size();
    UnionFind uf(n);
    // Mentions with the same key are one entity: mention numbers sorted by key, each joining
    // the first of its run -- the groups a hash map from key to first mention gave, without a
    // node per mention.  The names and keys are this thread's: their strings keep their
    // memory from one article to the next.
    thread_local std::vector<std::string> names, keys;
    names.resize(n);
    keys.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Mention& m = mentions[i];
        names[i].clear();
        appendMentionName(art, m, names[i]);
        std::string& key = keys[i];
        key.clear();
        if (!isNamed(m.type)) {  // "May" the date is no name
            key += entityTypeName(m.type);
            key += ':';
        }
        if (m.asCountry || (!m.canonical.empty() && isNamed(m.type))) {
            appendAsciiLower(m.asCountry ? m.country : m.canonical, key);
        } else if (m.type == EntityType::Nationality) {
            key += "nationality:";
            appendAsciiLower(m.country, key);
        } else {
            appendAsciiLower(names[i], key);
            // "a Patriot battery" and "Patriot batteries": one weapon, counted or not
            if (m.type == EntityType::Weapon && key.size() > 4) {
                if (key.ends_with("ies"))
                    key.replace(key.size() - 3, 3, "y");
                else if (key.ends_with('s') && !key.ends_with("ss"))
                    key.pop_back();
            }
        }
    }
    std::vector<size_t> byKey(n);
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&](size_t a, size_t b) {
        const int c = keys[a].compare(keys[b]);
        return c != 0 ? c < 0 : a < b;
    });
    for (size_t k = 0; k < n;) {
        size_t end = k + 1;
        for (; end < n && keys[byKey[end]] == keys[byKey[k]]; ++end) uf.unite(byKey[k], byKey[end]);
        k = end;
    }
    // Short forms: a single-token person/organisation name joins the one multi-token entity
    // of its type that contains it ("Kim" -> "Kim Jong-un", "RAND" -> "RAND Corporation").
    // Not places: "Kharkiv" (the city) is not "Kharkiv region".  The longer names are
    // indexed by the words a short form may be (a person's name parts, an organisation's
    // first word), so a long article costs no mention-by-mention comparison.
    // An organisation's first words are a short form too ("Suakin Refining" -> "Suakin
    // Refining Company").
    auto isShortForm = [&](const Mention& m) {
        return isNamed(m.type) && !m.asCountry && m.canonical.empty() &&
               ((m.type == EntityType::Person && m.end - m.begin == 1) ||
                m.type == EntityType::Organization);
    };
    const bool anyShortForm = std::any_of(mentions.begin(), mentions.end(), isShortForm);
    std::unordered_map<std::string, std::vector<size_t>> longerByWord[2];  // person, org
    for (size_t j = 0; j < n && anyShortForm; ++j) {
        const Mention& o = mentions[j];
        if (o.end - o.begin < 2) continue;
        const std::string other = asciiLower(names[j]);
        if (o.type == EntityType::Person) {
            forEachNamePart(other, [&](std::string_view p) {
                std::vector<size_t>& js = longerByWord[0][std::string(p)];
                if (js.empty() || js.back() != j) js.push_back(j);
            });
        } else if (o.type == EntityType::Organization) {
            if (const size_t sp = other.find(' '); sp != std::string::npos)
                longerByWord[1][other.substr(0, sp)].push_back(j);
        }
    }
    for (size_t i = 0; i < n; ++i) {
        const Mention& m = mentions[i];
        if (!isShortForm(m)) continue;
        const auto& index = longerByWord[m.type == EntityType::Person ? 0 : 1];
        const std::string shortName = asciiLower(names[i]);
        const size_t firstSpace = shortName.find(' ');
        const auto candidates = index.find(shortName.substr(0, firstSpace));
        if (candidates == index.end()) continue;
        size_t found = kNone;
        bool ambiguous = false;
        for (const size_t j : candidates->second) {
            if (uf.find(j) == uf.find(i)) continue;
            // several words: all of them begin the longer name
            if (firstSpace != std::string::npos &&
                (mentions[j].end - mentions[j].begin <= m.end - m.begin ||
                 !asciiLower(names[j]).starts_with(shortName + ' ')))
                continue;
            if (found != kNone && uf.find(found) != uf.find(j)) ambiguous = true;
            found = j;
        }
        if (found != kNone && !ambiguous) uf.unite(found, i);
    }
    // Entities in order of first mention.
    std::vector<size_t> entityOfRoot(n, kNone);
    size_t entityCount = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t& entity = entityOfRoot[uf.find(i)];
        if (entity == kNone) entity = entityCount++;
        mentions[i].entity = entity;
    }
    // Each entity's mentions in order, back to back (one array, not one vector per entity):
    // entity e's are memberList[memberStart[e] .. memberStart[e + 1]).
    std::vector<size_t> memberStart(entityCount + 1, 0), memberList(n);
    for (size_t i = 0; i < n; ++i) ++memberStart[mentions[i].entity + 1];
    for (size_t e = 0; e < entityCount; ++e) memberStart[e + 1] += memberStart[e];
    {
        std::vector<size_t> next(memberStart.begin(), memberStart.end() - 1);
        for (size_t i = 0; i < n; ++i) memberList[next[mentions[i].entity]++] = i;
    }
    std::vector<ExtractedEntity> entities(entityCount);
    for (size_t e = 0; e < entities.size(); ++e) {
        const std::span<const size_t> group(memberList.data() + memberStart[e],
                                            memberStart[e + 1] - memberStart[e]);
        ExtractedEntity& ent = entities[e];
        // type: majority over real mentions (ties: the first)
        std::array<int, kEntityTypeCount> votes{};
        for (size_t i : group)
            votes[static_cast<size_t>(mentions[i].type)] += mentions[i].synthetic ? 0 : 2;
        for (size_t i : group) votes[static_cast<size_t>(mentions[i].type)] += 1;
        size_t best = static_cast<size_t>(mentions[group[0]].type);
        for (size_t t = 0; t < kEntityTypeCount; ++t)
            if (votes[t] > votes[best]) best = t;
        ent.type = static_cast<EntityType>(best);
        // name: a canonical country name, else the fullest surface form
        std::string name;
        for (size_t i : group) {
            const Mention& m = mentions[i];
            if (!m.canonical.empty() || m.asCountry) {
                if (name.empty() || wordCount(name) < 99)
                    name = m.asCountry ? m.country : m.canonical;
                break;
            }
        }
        if (name.empty()) {
            for (size_t i : group) {
                if (mentions[i].synthetic) continue;
                const std::string& c = names[i];
                auto allUpper = [](const std::string& t) {
                    return std::none_of(t.begin(), t.end(),
                                        [](char ch) { return ch >= 'a' && ch <= 'z'; });
                };
                if (name.empty() || wordCount(c) > wordCount(name) ||
                    (wordCount(c) == wordCount(name) && c.size() > name.size()) ||
                    (wordCount(c) == wordCount(name) && c.size() == name.size() && allUpper(name) &&
                     !allUpper(c)))
                    name = c;
            }
            if (ent.type == EntityType::Nationality) {  // the singular form: "North Korean"
                for (size_t i : group)
                    if (!names[i].ends_with("s") && !mentions[i].synthetic) {
                        name = names[i];
                        break;
                    }
            }
        }
        if (name.empty()) name = names[group[0]];
        // A place or person seen only in capitals (a dateline "WARSAW", a shouted headline)
        // is named in title case; organisations keep theirs (acronyms: "NATO", "RAND").
        if ((ent.type == EntityType::Location || ent.type == EntityType::Person) &&
            isShoutedName(name))
            name = titleCased(name);
        ent.name = name;
        for (size_t i : group) {
            const Mention& m = mentions[i];
            if (m.synthetic || m.fromTitle || names[i] == ent.name) continue;
            if (std::find(ent.aliases.begin(), ent.aliases.end(), names[i]) == ent.aliases.end())
                ent.aliases.push_back(names[i]);
        }
    }
    return entities;
}

}  // namespace entgraph

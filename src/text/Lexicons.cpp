#include "text/Lexicons.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/Resources.h"

namespace entgraph {

std::string normalizePhrase(std::string_view phrase) {
    std::string out;
    normalizePhraseInto(phrase, out);
    return out;
}

void normalizePhraseInto(std::string_view phrase, std::string& out) {
    // Written through a pointer into room for the whole phrase (the result is never longer):
    // the phrase look-ups of the rule stages normalise several candidates a token, and a
    // push_back per byte checked the capacity every time.
    out.resize(phrase.size());
    char* const begin = out.data();
    char* to = begin;
    bool pendingSpace = false;
    for (size_t i = 0; i < phrase.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(phrase[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = to != begin;
            continue;
        }
        if (pendingSpace) {
            *to++ = ' ';
            pendingSpace = false;
        }
        // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) and U+2018 -> '
        if (c == 0xE2 && i + 2 < phrase.size() &&
            static_cast<unsigned char>(phrase[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(phrase[i + 2]) == 0x99 ||
             static_cast<unsigned char>(phrase[i + 2]) == 0x98)) {
            *to++ = '\'';
            i += 2;
            continue;
        }
        *to++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    }
    out.resize(static_cast<size_t>(to - begin));
}

void Gazetteer::add(std::string_view phrase, std::string_view value) {
    std::string key = normalizePhrase(phrase);
    if (key.empty()) return;
    m_maxWords = std::max<size_t>(m_maxWords, 1 + std::count(key.begin(), key.end(), ' '));
    m_entries.try_emplace(std::move(key), value);
}

const std::string* Gazetteer::findNormalized(std::string_view key) const {
    auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second;
}

const std::string* Gazetteer::find(std::string_view phrase) const {
    auto it = m_entries.find(normalizePhrase(phrase));
    return it == m_entries.end() ? nullptr : &it->second;
}

Gazetteer Gazetteer::fromTsv(std::string_view text, size_t valueColumn) {
    Gazetteer g;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        if (line.empty() || line[0] == '#') continue;
        std::string_view columns[4];
        size_t n = 0, start = 0;
        while (n < 4) {
            size_t tab = line.find('\t', start);
            columns[n++] =
                line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        g.add(columns[0],
              valueColumn && valueColumn < n ? columns[valueColumn] : std::string_view{});
    }
    return g;
}

const Lexicons& Lexicons::get() {
    static const Lexicons lexicons = [] {
        auto load = [](const char* name, size_t valueColumn = 1) {
            return Gazetteer::fromTsv(resource(std::string("assets/lexicons/") + name),
                                      valueColumn);
        };
        Lexicons l;
        l.countries = load("countries.tsv");
        l.demonyms = load("demonyms.tsv");
        l.capitals = load("capitals.tsv");
        l.subdivisions = load("subdivisions.tsv");
        l.cities = load("cities.tsv");
        l.firstNames = load("first-names.txt", 0);
        l.knownPeople = load("known-people.txt", 0);
        l.knownOrgs = load("known-orgs.txt", 0);
        // companies a sentence may name with no other cue ("Saab delivered..."): matched like
        // the listed organisations, but no feature of the trained model (it never saw them)
        load("companies.txt", 0).forEachPhrase([&](std::string_view phrase) {
            l.knownOrgs.add(phrase);
        });
        return l;
    }();
    return lexicons;
}

}  // namespace entgraph

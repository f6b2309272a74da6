// Name shapes the trained tagger misses or mistypes (issue #4, session 13): company words at
// either end of a name, "Royal" before a state's force, a demonym before a ministry, a person
// in apposition to a title, Arabic surnames, numbered units, a service owning a unit, missions
// named with their country, connectors inside company names, camps and named operations.
// Called by sentenceMentions (EntityRules.cpp) for each tagger span before its other rules;
// tests in tests/extract/EntityNameShapesTest.cpp.
#include <algorithm>
#include <cctype>
#include <string>

#include "extract/EntityRules.h"
#include "extract/ExtractLexicons.h"
#include "extract/RuleTagger.h"
#include "text/Lexicons.h"

namespace entgraph {

void reshapeNamedSpan(const ArticleTokens& art, size_t b0, size_t e0, Mention& m,
                      std::vector<Mention>& out, size_t& extendedTo) {
    const ExtractLexicons& x = ExtractLexicons::get();
    const Lexicons& lex = Lexicons::get();
    const auto& V = art.views;
    const LowerViews L{art.lower};
    auto unitHead = [&](size_t k) {
        return art.info[k].entry && art.info[k].entry->militaryUnitHead;
    };
    // "Hanul Defence", "Kyranis Maritime", "Castleton Marine": a name that ends in a
    // company word is a company, not a person or a place ("Ella Marine" keeps her first
    // name; a place's own head, "Gulf", is no company word; a listed place may be that
    // long: "Brooklyn Center")
    if ((m.type == EntityType::Person || m.type == EntityType::Location) && m.end - m.begin >= 2 &&
        !art.info[m.begin].firstName && art.info[m.begin].phraseWords < m.end - m.begin) {
        const WordEntry* last = art.info[m.end - 1].entry;
        if (last && last->orgWord && last->orgPosition != OrgWordPosition::Head &&
            !last->locationHead)
            m.type = EntityType::Organization;
    }
    // "Banco Meseta", "Grupo Rocha": a name opened by a word that only heads company
    // names (org-words.tsv "head"; "Bank Street" ends in a place's head)
    auto listedPlace = [&](const Mention& p) {
        std::string name(V[p.begin]);
        for (size_t k = p.begin + 1; k < p.end; ++k) (name += ' ') += V[k];
        return lex.cities.contains(name) || lex.subdivisions.contains(name) ||
               lex.countries.contains(name);
    };
    if ((m.type == EntityType::Person || m.type == EntityType::Location) && m.end - m.begin >= 2) {
        const WordEntry* first = art.info[m.begin].entry;
        const WordEntry* last = art.info[m.end - 1].entry;
        // the gazetteer look-up last: it builds the name
        if (first && first->orgWord && first->orgPosition == OrgWordPosition::Head &&
            !(last && last->locationHead) && !listedPlace(m))
            m.type = EntityType::Organization;
    }
    // "the Royal Thai Air Force", "Royal Saudi Navy": the tagger often leaves "Royal" out
    if ((m.type == EntityType::MilitaryUnit || m.type == EntityType::Organization) &&
        m.begin > b0 && V[m.begin - 1] == "Royal" && art.info[m.begin].demonymWords > 0)
        --m.begin;
    // "Italian Defence Ministry": the demonym is the country (the demonym rule above),
    // the ministry's name is the rest
    if (m.type == EntityType::Organization && m.end - m.begin >= 3 &&
        art.info[m.begin].demonymWords > 0 && lex.demonyms.contains(V[m.begin])) {
        bool ministry = false;
        for (size_t k = m.begin + 1; k < m.end && !ministry; ++k) ministry = L[k] == "ministry";
        if (ministry) ++m.begin;
    }
    // "Ghana's Defence Minister, Kofi Asante-Boateng,": a first name after a title opens
    // a person's name, whatever the tagger took the hyphenated surname for
    // (an apposition between commas needs no listed first name: "Minister, Kofi X,")
    if ((m.type == EntityType::Organization || m.type == EntityType::Location) &&
        m.end - m.begin >= 2 && m.end - m.begin <= 3 && m.begin >= b0 + 2 &&
        !art.info[m.end - 1].stopCap &&
        (art.info[m.begin].firstName || (V[m.begin - 1] == "," && m.end < e0 && V[m.end] == ","))) {
        const size_t t = V[m.begin - 1] == "," ? m.begin - 2 : m.begin - 1;
        const WordEntry* last = art.info[m.end - 1].entry;
        if (x.titles.count(std::string(L[t])) &&
            !(last && (last->orgWord || last->locationHead || last->militaryUnitHead)))
            m.type = EntityType::Person;
    }
    // "Faisal al-Rashed", "Ahmed el-Sayed": an Arabic surname's particle and hyphen
    // (one token: the tokenizer keeps a hyphenated word whole)
    if (m.type == EntityType::Person && m.end < e0 && V[m.end].size() > 3 &&
        (V[m.end].starts_with("al-") || V[m.end].starts_with("el-")) &&
        std::isupper(static_cast<unsigned char>(V[m.end][3])))
        ++m.end;
    // "Standing NATO Maritime Group 2", "Task Force 51", "Air Defence Missile Wing 1": a
    // short number ends the name
    if ((m.type == EntityType::Organization || m.type == EntityType::MilitaryUnit) && m.end < e0 &&
        (L[m.end - 1] == "group" || L[m.end - 1] == "force" || unitHead(m.end - 1)) &&
        V[m.end].size() <= 2 && std::all_of(V[m.end].begin(), V[m.end].end(), [](unsigned char c) {
            return std::isdigit(c);
        })) {
        if (unitHead(m.end - 1)) m.type = EntityType::MilitaryUnit;
        ++m.end;
    }
    // "the U.S. Navy's Fifth Fleet": a service owning a unit is a unit of its own
    if ((m.type == EntityType::MilitaryUnit || m.type == EntityType::Organization) &&
        m.end - m.begin >= 4)
        for (size_t p = m.begin + 2; p + 1 < m.end; ++p) {
            if (!isPossessive(V[p]) || !unitHead(p - 1)) continue;
            Mention owner = m;
            owner.end = p;
            owner.type = EntityType::MilitaryUnit;
            out.push_back(std::move(owner));
            m.begin = p + 1;
            m.type = EntityType::MilitaryUnit;
            break;
        }
    // "UN Mission in South Sudan", "United Nations Interim Force in Lebanon": a mission
    // named with its country is a force, the country part of its name
    if ((m.type == EntityType::Organization || m.type == EntityType::MilitaryUnit) &&
        m.end + 1 < e0 && (V[m.end - 1] == "Mission" || V[m.end - 1] == "Force") &&
        L[m.end] == "in" && art.info[m.end + 1].cap && !art.info[m.end + 1].stopCap) {
        size_t e = m.end + 1;
        while (e < e0 && e < m.end + 4 && art.info[e].cap) ++e;
        m.end = extendedTo = e;
        m.type = EntityType::MilitaryUnit;
    }
    // "Banco Atlantico do Norte", "Langostera del Atlantico": a connector and a
    // capitalised word go on with a company's name (the tagger often stops before)
    if ((m.type == EntityType::Organization ||
         (m.type == EntityType::Person && m.end - m.begin >= 2)) &&
        m.end + 1 < e0 && !art.info[m.end + 1].stopCap && art.info[m.end + 1].cap &&
        (L[m.end] == "do" || L[m.end] == "da" || L[m.end] == "dos" || L[m.end] == "das" ||
         L[m.end] == "del")) {
        size_t e = m.end + 1;
        while (e < e0 && e < m.end + 3 && art.info[e].cap) ++e;
        m.end = extendedTo = e;
        m.type = EntityType::Organization;
    }
    // "Camp Shamrock", "Camp Lemonnier": a named camp is a place
    if (m.end - m.begin >= 2 && V[m.begin] == "Camp") m.type = EntityType::Location;
    // "Operation Irini", "Operation Halcyon": a named military operation is a force
    if (m.type != EntityType::MilitaryUnit && m.end - m.begin >= 2 && L[m.begin] == "operation" &&
        V[m.begin] == "Operation")
        m.type = EntityType::MilitaryUnit;
}

}  // namespace entgraph

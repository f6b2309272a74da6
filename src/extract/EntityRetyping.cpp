// The types the article's own words give its mentions (ArticleResolver.h): ships, described
// organisations, names before an acronym that spells them with their place, places a noun
// introduces, capitals that speak for their country.  Run after tagging, before resolution.
#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "extract/ArticleResolver.h"
#include "extract/ExtractLexicons.h"
#include "extract/RuleTagger.h"
#include "extract/WordList.h"
#include "text/Lexicons.h"

namespace entgraph {

void typeShipNames(const ArticleTokens& art, std::vector<Mention>& mentions) {
    // what a tagger may have made of a ship's name: a person, an organisation, an unknown place
    auto mayBeShip = [](const Mention& m) {
        return m.type == EntityType::Person || m.type == EntityType::Organization ||
               (m.type == EntityType::Location && m.canonical.empty() && !m.capital);
    };
    // navy and ship-type prefixes ("USS Ralph Johnson", "HMS Prince of Wales", "BRP Datu
    // Sumkad", "MV Marisol Dawn"): part of the ship's name
    static const std::set<std::string, std::less<>> kShipPrefixes = {
        "USS", "USNS", "HMS",  "HMAS", "HMCS", "HMNZS", "HNLMS", "HDMS", "HNoMS", "HSwMS",
        "FGS", "ORP",  "BRP",  "INS",  "JS",   "ROKS",  "TCG",   "KRI",  "RFS",   "MV",
        "ITS", "SPS",  "NRP",  "KNM",  "ARC",  "ARM",   "BAP",   "ARA",  "BNS",   "PNS",
        "KD",  "RSS",  "HTMS", "HS",   "NNS",  "GNS",   "ENS",   "CCGS", "USCGC"};
    std::vector<bool> covered(art.tokens.size(), false);
    for (const Mention& m : mentions)
        for (size_t k = m.begin; k < m.end; ++k) covered[k] = true;
    for (Mention& m : mentions) {
        if (!mayBeShip(m) && m.type != EntityType::Vessel) continue;
        if (m.begin > 0 && !covered[m.begin - 1] && kShipPrefixes.count(art.views[m.begin - 1]) &&
            m.begin > art.sentences[m.sentence].firstToken)
            --m.begin;  // the prefix joins the name
        if (m.end - m.begin >= 2 && kShipPrefixes.count(art.views[m.begin]))
            m.type = EntityType::Vessel;
    }
    // "Qatar will ship LNG", "Turkey agreed to ferry grain": a verb after a name, a modal
    // or "to", not a ship noun before the ship's name
    auto shipVerbAt = [&](size_t k, size_t sentenceStart) {
        if (art.lower[k] != "ship" && art.lower[k] != "ferry") return false;
        if (k == sentenceStart) return false;
        static const std::set<std::string, std::less<>> kBefore = {
            "to",   "will",  "would",  "can", "could", "may", "might",
            "must", "shall", "should", "did", "does",  "do",  "not"};
        return covered[k - 1] || kBefore.count(art.lower[k - 1]) > 0;
    };
    // a ship's name no tagger found, tokens [begin, end) of sentence si
    bool added = false;
    auto addShip = [&](size_t si, size_t begin, size_t end) {
        Mention m;
        m.sentence = si;
        m.begin = begin;
        m.end = end;
        m.type = EntityType::Vessel;
        for (size_t c = begin; c < end; ++c) covered[c] = true;
        mentions.push_back(m);
        added = true;
    };
    // "the research ship Havbris": a capitalised name no tagger found after a ship noun
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        const size_t e = art.sentences[si].endToken;
        int titleCase = -1;  // isTitleCase of the sentence, asked once, when a ship noun is found
        for (size_t k = art.sentences[si].firstToken; k + 1 < e; ++k) {
            // a name, not a capitalised function word ("the ship In total"); the cheap test
            // first, as most words are followed by a lower-case one
            if (!art.info[k + 1].cap) continue;
            const WordInfo* w = art.info[k + 1].word;
            // "the Liberia-flagged Ocean Star": a flag names a ship too
            const bool flagged =
                std::string_view(art.lower[k]) == "flagged" && k > 0 && art.views[k - 1] == "-";
            if ((!isVesselNoun(art.lower[k]) && !flagged) ||
                shipVerbAt(k, art.sentences[si].firstToken) || covered[k + 1] ||
                !art.info[k + 1].cap || art.info[k + 1].stopCap ||
                !std::isalpha(static_cast<unsigned char>(art.views[k + 1][0])) ||
                (w && w->cls != WordClass::Noun && w->cls != WordClass::Adjective &&
                 w->cls != WordClass::PluralNoun))
                continue;
            // a title-case headline capitalises every word: "... as Tanker Captain Is
            // Charged" names no ship (asked only here, where a ship noun was found)
            if (titleCase < 0) {
                const size_t first = art.sentences[si].firstToken;
                titleCase =
                    isTitleCase(std::span<const TokenInfo>(art.info).subspan(first, e - first));
            }
            if (titleCase == 1) continue;
            size_t end = k + 2;
            while (end < e && end < k + 4 && !covered[end] && art.info[end].cap &&
                   std::isalpha(static_cast<unsigned char>(art.views[end][0])))
                ++end;
            // "the corvette Admiral Lobov": the tagger's person after the title is the rest
            // of the ship's name
            auto person = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
                return m.begin == end && m.type == EntityType::Person;
            });
            if (person != mentions.end()) {
                for (size_t c = k + 1; c < end; ++c) covered[c] = true;
                person->begin = k + 1;
                person->type = EntityType::Vessel;
                continue;
            }
            addShip(si, k + 1, end);
        }
    }
    // "two frigates, the Picardie and the Vendee": the names listed after a ship noun (a
    // region or a city is a common ship's name, so a place the tagger found is taken too)
    std::vector<size_t> listedShips;  // first tokens of names the tagger already had
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        const size_t e = art.sentences[si].endToken;
        for (size_t k = art.sentences[si].firstToken; k + 3 < e; ++k) {
            const std::string_view w = art.lower[k];
            if (art.views[k + 1] != "," || art.lower[k + 2] != "the" || !art.info[k + 3].cap ||
                !(isVesselNoun(w) || (w.ends_with('s') && isVesselNoun(w.substr(0, w.size() - 1)))))
                continue;
            for (size_t j = k + 3; j < e && art.info[j].cap && !art.info[j].stopCap;) {
                size_t end = j + 1;
                while (end < e && end < j + 3 && art.info[end].cap && !covered[end] == !covered[j])
                    ++end;
                // "the Marshall Islands-flagged Nordic Amber": the flag is no ship
                if (end < e && art.views[end] == "-") break;
                if (covered[j])
                    listedShips.push_back(j);
                else
                    addShip(si, j, end);
                // "the Picardie and the Vendee", "the X, the Y"
                if (end + 2 >= e || (art.lower[end] != "and" && art.views[end] != ",") ||
                    art.lower[end + 1] != "the")
                    break;
                j = end + 2;
            }
        }
    }
    // a name listed so is the ship's wherever the article uses it ("the Rio Escondido had
    // been escorting ..."), though a place is called so too
    std::set<std::string, std::less<>> listedNames;
    auto listedShip = [&](const Mention& m) {
        return m.end - m.begin <= 3 && m.type != EntityType::Vessel &&
               (mayBeShip(m) || (m.type == EntityType::Location && !m.asCountry && !m.capital &&
                                 !Lexicons::get().countries.contains(mentionName(art, m))));
    };
    for (Mention& m : mentions)
        if (std::find(listedShips.begin(), listedShips.end(), m.begin) != listedShips.end() &&
            listedShip(m)) {
            m.type = EntityType::Vessel;
            listedNames.insert(mentionName(art, m));
        }
    for (Mention& m : mentions)
        if (!listedNames.empty() && m.type != EntityType::Vessel &&
            listedNames.count(mentionName(art, m)) && listedShip(m))
            m.type = EntityType::Vessel;
    // "The Marisol Trader, a ro-ro vessel flying ...": a name no tagger found before an
    // apposition headed by a ship noun ("a Liberia-flagged tanker": the flag is a modifier)
    auto vesselApposition = [&](size_t comma, size_t sentenceEnd) {
        if (comma + 2 >= sentenceEnd || art.views[comma] != ",") return false;
        const size_t a = comma + 1;
        if (art.lower[a] != "a" && art.lower[a] != "an") return false;
        for (size_t k = a + 1; k < sentenceEnd && k <= a + 6; ++k) {
            if (art.info[k].cap && k + 2 < sentenceEnd && art.views[k + 1] == "-" &&
                art.lower[k + 2] == "flagged") {
                k += 2;
                continue;
            }
            if (art.info[k].cap || art.views[k] == ",") return false;
            if (isVesselNoun(art.lower[k])) return true;
        }
        return false;
    };
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        const size_t e = art.sentences[si].endToken;
        for (size_t k = art.sentences[si].firstToken; k + 2 < e; ++k) {
            if (!art.info[k + 1].cap || std::string_view(art.lower[k]) != "the" || covered[k + 1] ||
                art.info[k + 1].stopCap)
                continue;
            size_t end = k + 1;
            while (end < e && end < k + 4 && !covered[end] && art.info[end].cap &&
                   std::isalpha(static_cast<unsigned char>(art.views[end][0])))
                ++end;
            if (!vesselApposition(end, e)) continue;
            addShip(si, k + 1, end);
        }
    }
    if (added)  // mentions stay in text order
        sortInTextOrder(mentions);
    // "the Admiral Lobov", "the Marshal Ustinov": warships named after a flag officer (people
    // are "Admiral Lobov", not "the Admiral Lobov"; "the President X" is sloppy, no ship)
    for (Mention& m : mentions)
        if (m.type == EntityType::Person && m.begin >= 2 &&
            m.begin - 2 >= art.sentences[m.sentence].firstToken && !covered[m.begin - 1] &&
            art.info[m.begin - 1].cap && art.lower[m.begin - 2] == "the" &&
            (art.lower[m.begin - 1] == "admiral" || art.lower[m.begin - 1] == "marshal")) {
            --m.begin;
            m.type = EntityType::Vessel;
        }
    std::set<std::string, std::less<>> ships;
    for (const Mention& m : mentions) {
        if (m.begin == 0 || !mayBeShip(m)) continue;
        // "a Panama-flagged bulk carrier, the Aegean Dawn": the ship noun before ", the"
        const size_t first = art.sentences[m.sentence].firstToken;
        const bool nounBefore = m.begin >= first + 3 && art.lower[m.begin - 1] == "the" &&
                                art.views[m.begin - 2] == "," &&
                                isVesselNoun(art.lower[m.begin - 3]);
        // "the Marshall Islands-flagged Nordic Amber": a flag before the name
        const bool flaggedBefore = m.begin >= first + 2 && art.lower[m.begin - 1] == "flagged" &&
                                   art.views[m.begin - 2] == "-";
        const bool vesselNoun =
            nounBefore || flaggedBefore ||
            (isVesselNoun(art.lower[m.begin - 1]) && !shipVerbAt(m.begin - 1, first));
        if (m.type != EntityType::Person && !vesselNoun) continue;  // only a person takes "the X."
        // "the tanker Marisol Dawn"; "of the Marisol Dawn." (a person's name takes no
        // article unless it modifies a noun: "the Obama administration")
        bool articleAlone = false;
        if (art.lower[m.begin - 1] == "the" && m.end - m.begin >= 2) {
            const WordInfo* next = m.end < art.tokens.size() ? art.info[m.end].word : nullptr;
            const bool nounNext =
                m.end < art.tokens.size() &&
                (!next || next->cls == WordClass::Noun || next->cls == WordClass::PluralNoun) &&
                std::isalpha(static_cast<unsigned char>(art.views[m.end][0]));
            articleAlone = !nounNext;
        }
        if (vesselNoun || articleAlone) ships.insert(mentionName(art, m));
    }
    // "The Marisol Trader, a ro-ro vessel flying ...": an apposition headed by a ship noun
    for (const Mention& m : mentions) {
        if (mayBeShip(m) && vesselApposition(m.end, art.sentences[m.sentence].endToken))
            ships.insert(mentionName(art, m));
    }
    if (ships.empty()) return;
    for (Mention& m : mentions)
        if (mayBeShip(m) && ships.count(mentionName(art, m))) m.type = EntityType::Vessel;
}

void retypeDescribedOrganizations(const ArticleTokens& art, std::vector<Mention>& mentions) {
    const auto& descriptors = ExtractLexicons::get().orgDescriptors;
    const size_t n = art.tokens.size();
    auto retypable = [](const Mention& m) {
        return (m.type == EntityType::Person || m.type == EntityType::Location) &&
               m.canonical.empty() && !m.capital && !m.asCountry && m.country.empty();
    };
    // "X, a Danish power company," / "X, the country's largest lender ...": the apposition's
    // head is the descriptor, not a noun after it ("X, a company spokesman").
    auto appositionDescribes = [&](const Mention& m) {
        if (m.end + 2 >= n || art.views[m.end] != ",") return false;
        size_t k = m.end + 1;
        if (art.lower[k] != "a" && art.lower[k] != "an" && art.lower[k] != "the") return false;
        const size_t sentenceEnd = art.sentences[m.sentence].endToken;
        for (++k; k < sentenceEnd && k <= m.end + 9; ++k) {
            // "X, a London-based investment bank": the seat is a modifier
            if (art.info[k].cap && k + 2 < sentenceEnd && art.views[k + 1] == "-" &&
                (art.lower[k + 2] == "based" || art.lower[k + 2] == "headquartered")) {
                k += 2;
                continue;
            }
            // "X, a maintenance contractor based in Brindisi": a noun that also names a job
            // describes a company when it has a seat
            const std::string& w = art.lower[k];
            if ((w == "contractor" || w == "supplier" || w == "producer" || w == "developer" ||
                 w == "miner") &&
                k + 1 < sentenceEnd &&
                (art.lower[k + 1] == "based" || art.lower[k + 1] == "headquartered"))
                return true;
            if (!descriptors.count(art.lower[k])) {
                // only modifiers may come first: "a Danish power company", not "a senior
                // analyst at the RAND Corporation"
                const WordInfo* w = art.info[k].word;
                const bool modifier = art.info[k].cap ? art.info[k].demonymWords > 0
                                                      : !w || w->cls == WordClass::Adjective ||
                                                            w->cls == WordClass::Noun ||
                                                            w->cls == WordClass::Gerund ||
                                                            w->cls == WordClass::Adverb;
                if (!modifier) return false;
                continue;
            }
            if (k + 1 >= sentenceEnd) return true;
            const WordInfo* next = art.info[k + 1].word;
            return !(next && (next->cls == WordClass::Noun || next->cls == WordClass::PluralNoun));
        }
        return false;
    };
    // "Saab's chief executive", "Lumiq's shareholders": things only an organisation has
    auto ownsOrganisationThings = [&](const Mention& m) {
        if (m.end + 1 >= n || !isPossessive(art.views[m.end])) return false;
        const std::string& w = art.lower[m.end + 1];
        return w == "ceo" || w == "shareholders" || w == "headquarters" || w == "subsidiary" ||
               w == "employees" || w == "workforce" || w == "shares" || w == "chairman" ||
               (w == "chief" && m.end + 2 < n && art.lower[m.end + 2] == "executive");
    };
    // "the chief executive of Kilwa Midstream", "shareholders of X": the same things named
    // before the organisation
    auto organisationThingOf = [&](const Mention& m) {
        if (m.begin < 3 || art.lower[m.begin - 1] != "of") return false;
        const std::string& w = art.lower[m.begin - 2];
        return w == "ceo" || w == "shareholders" || w == "headquarters" || w == "subsidiary" ||
               w == "employees" || w == "chairman" || w == "chairwoman" ||
               (w == "executive" && art.lower[m.begin - 3] == "chief");
    };
    // "The Kremlin declined to comment" (RuleTagger.h institutionWithArticle)
    auto institutionNamed = [&](const Mention& m) {
        return m.type == EntityType::Person && m.end - m.begin == 1 &&
               institutionWithArticle(art.lower, art.info, m.begin);
    };
    // "Salar Andino, which is based in Antofagasta,": a person would take "who"
    auto relativeWhich = [&](const Mention& m) {
        return m.type == EntityType::Person && m.end + 1 < n && art.views[m.end] == "," &&
               art.lower[m.end + 1] == "which";
    };
    // "researchers at Mandiant", "an analyst at Berenson Capital": people who work there
    // (not a listed place: "engineers at Kursk")
    auto staffBefore = [&](const Mention& m) {
        if (m.begin < 2 || art.lower[m.begin - 1] != "at" || art.info[m.begin].phraseWords > 0)
            return false;
        const std::string_view w = art.lower[m.begin - 2];
        static constexpr std::string_view kStaff[] = {
            "analyst",    "analysts",    "researcher", "researchers", "economist", "economists",
            "strategist", "strategists", "scientist",  "scientists",  "engineer",  "engineers",
            "executive",  "executives",  "employee",   "employees"};
        return std::find(std::begin(kStaff), std::end(kStaff), w) != std::end(kStaff);
    };
    auto descriptorBefore = [&](const Mention& m) {  // within the mention's sentence
        const Sentence& s = art.sentences[m.sentence];
        const size_t count = s.endToken - s.firstToken;
        return describedAsOrganisation(std::span(art.lower).subspan(s.firstToken, count),
                                       std::span(art.info).subspan(s.firstToken, count),
                                       m.begin - s.firstToken);
    };
    // "Automaker Vellora cut ...": a capitalised descriptor opening the sentence is no part
    // of the name
    for (Mention& m : mentions)
        if (retypable(m) && m.end - m.begin >= 2 && descriptors.count(art.lower[m.begin]) &&
            m.begin == art.sentences[m.sentence].firstToken)
            ++m.begin, m.type = EntityType::Organization;
    std::set<std::string, std::less<>> organisations;  // names and their first words
    for (const Mention& m : mentions) {
        if (!retypable(m) || !(descriptorBefore(m) || appositionDescribes(m) || staffBefore(m) ||
                               ownsOrganisationThings(m) || organisationThingOf(m) ||
                               institutionNamed(m) || relativeWhich(m)))
            continue;
        organisations.insert(asciiLower(mentionName(art, m)));
        if (m.end - m.begin >= 2) organisations.insert(art.lower[m.begin]);
    }
    if (organisations.empty()) return;
    for (Mention& m : mentions)
        if (retypable(m) && organisations.count(asciiLower(mentionName(art, m))))
            m.type = EntityType::Organization;
}

namespace {

// Whether `letters` are the initials of words [b, e) in order; lower-case connectors ("in",
// "of") may give their initial or not ("UNIFIL", "UNHCR").
bool spellsInitials(const ArticleTokens& art, size_t b, size_t e, std::string_view letters) {
    if (letters.empty()) {
        for (size_t k = b; k < e; ++k)
            if (art.info[k].cap) return false;
        return true;
    }
    if (b == e) return false;
    const bool connector = !art.info[b].cap;
    const bool initial = std::toupper(static_cast<unsigned char>(art.views[b][0])) == letters[0];
    if (initial && spellsInitials(art, b + 1, e, letters.substr(1))) return true;
    return connector && spellsInitials(art, b + 1, e, letters);
}

}  // namespace

void joinNamesBeforeAcronyms(const ArticleTokens& art, std::vector<Mention>& mentions) {
    const size_t n = art.tokens.size();
    for (size_t i = 0; i + 1 < mentions.size(); ++i) {
        Mention& o = mentions[i];
        const Mention& p = mentions[i + 1];
        if ((o.type != EntityType::Organization && o.type != EntityType::MilitaryUnit) ||
            p.type != EntityType::Location || p.begin != o.end + 1 || p.end + 2 >= n ||
            o.sentence != p.sentence)
            continue;
        const std::string& connector = art.lower[o.end];
        if (connector != "in" && connector != "for" && connector != "of" && connector != "on")
            continue;
        if (art.views[p.end] != "(" || art.views[p.end + 2] != ")" ||
            !art.tokens[p.end + 1].allUpper ||
            !spellsInitials(art, o.begin, p.end, art.views[p.end + 1]))
            continue;
        o.end = p.end;
        mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
}

void retypeNamedPlaces(const ArticleTokens& art, std::vector<Mention>& mentions) {
    const size_t n = art.tokens.size();
    // "Bucha, a town northwest of Kyiv": an apposition headed by a place noun
    auto placeApposition = [&](const Mention& m) {
        if (m.end + 2 >= n || art.views[m.end] != "," ||
            (art.lower[m.end + 1] != "a" && art.lower[m.end + 1] != "the"))
            return false;
        if (art.info[m.begin].firstName) return false;  // "Anna Berg, a city councillor"
        for (size_t k = m.end + 2; k < n && k < m.end + 5; ++k) {
            if (isPlaceNoun(art.lower[k])) {
                // the head of the apposition, not a modifier of it
                const WordInfo* next = k + 1 < n ? art.info[k + 1].word : nullptr;
                return !(next && !isCompassWord(art.lower[k + 1]) &&
                         (next->cls == WordClass::Noun || next->cls == WordClass::PluralNoun));
            }
            const WordInfo* w = art.info[k].word;
            if (art.info[k].cap || !w ||
                (w->cls != WordClass::Adjective && w->cls != WordClass::Noun))
                return false;
        }
        return false;
    };
    // "an air base at Kant, near Bishkek": a name placed near a place, or a base's site
    std::vector<char> locationStarts(n, 0);
    for (const Mention& m : mentions)
        if (m.type == EntityType::Location) locationStarts[m.begin] = 1;
    auto placedNear = [&](const Mention& m) {
        return m.end + 2 < n && !art.info[m.begin].firstName && art.views[m.end] == "," &&
               art.lower[m.end + 1] == "near" && locationStarts[m.end + 2];
    };
    auto baseSite = [&](const Mention& m) {
        return m.begin >= 2 && !art.info[m.begin].firstName &&
               (art.lower[m.begin - 1] == "at" || art.lower[m.begin - 1] == "in") &&
               art.lower[m.begin - 2] == "base";
    };
    std::set<std::string, std::less<>> places;
    for (const Mention& m : mentions)
        if (m.type == EntityType::Person && ((m.begin >= 2 && art.lower[m.begin - 1] == "of" &&
                                              isPlaceNoun(art.lower[m.begin - 2])) ||
                                             placeApposition(m) || placedNear(m) || baseSite(m)))
            places.insert(asciiLower(mentionName(art, m)));
    // "Karen State", "Ouaka Prefecture": a subdivision's head word ends no person's name
    static constexpr WordList kSubdivisionHeads(
        std::to_array<std::string_view>({"state", "province", "region", "district", "county",
                                         "prefecture", "oblast", "governorate"}));
    for (Mention& m : mentions)
        if (m.type == EntityType::Person && m.end - m.begin >= 2 && art.info[m.end - 1].cap &&
            kSubdivisionHeads.contains(art.lower[m.end - 1]))
            m.type = EntityType::Location;
    // "near the village of Kok-Tash": a name no tagger found after a settlement noun (the
    // tokens mentions cover are marked only once a candidate turns up)
    std::vector<bool> covered;
    auto isCovered = [&](size_t k) {
        if (covered.empty()) {
            covered.assign(n, false);
            for (const Mention& m : mentions)
                for (size_t c = m.begin; c < m.end; ++c) covered[c] = true;
        }
        return static_cast<bool>(covered[k]);
    };
    bool added = false;
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        const size_t e = art.sentences[si].endToken;
        for (size_t k = art.sentences[si].firstToken; k + 2 < e; ++k) {
            if (!art.info[k + 2].cap) continue;  // the cheap test first
            const std::string_view noun = art.lower[k];
            if ((noun != "village" && noun != "town" && noun != "city") ||
                std::string_view(art.lower[k + 1]) != "of" || art.info[k + 2].stopCap ||
                isCovered(k + 2))
                continue;
            size_t end = k + 3;  // "Kok-Tash": capitalised parts joined by hyphens
            while (end + 1 < e && art.views[end] == "-" && !art.tokens[end].spaceBefore &&
                   art.info[end + 1].cap && !isCovered(end + 1))
                end += 2;
            Mention m;
            m.sentence = si;
            m.begin = k + 2;
            m.end = end;
            m.type = EntityType::Location;
            for (size_t c = m.begin; c < m.end; ++c) covered[c] = true;
            mentions.push_back(m);
            added = true;
        }
    }
    if (added) sortInTextOrder(mentions);
    if (places.empty()) return;
    for (Mention& m : mentions)
        if (m.type == EntityType::Person && places.count(asciiLower(mentionName(art, m))))
            m.type = EntityType::Location;
}

void capitalsThatSpeak(const ArticleTokens& art, std::vector<Mention>& mentions) {
    // stances only a government takes; "said" and the other speech verbs come from the tagger
    static const std::set<std::string, std::less<>> kStanceVerbs = {
        "condemned", "rejected",   "protested",  "accused",    "blamed",   "urged",
        "demanded",  "insisted",   "responded",  "retaliated", "vowed",    "threatened",
        "welcomed",  "criticised", "criticized", "summoned",   "expelled", "recalled"};
    const size_t n = art.tokens.size();
    for (Mention& m : mentions) {
        if (!m.capital || m.country.empty() || m.asCountry || m.end >= n) continue;
        // "the court in Belgrade said": the place is not the subject
        if (m.begin > 0 && art.info[m.begin - 1].word &&
            art.info[m.begin - 1].word->cls == WordClass::Preposition)
            continue;
        size_t v = m.end;
        if (v + 1 < n && art.info[v].word && art.info[v].word->cls == WordClass::Adverb)
            ++v;  // "Moscow quickly denied"
        if (v + 1 < n && (art.lower[v] == "has" || art.lower[v] == "have")) ++v;
        if (isSpeechVerb(art.lower[v]) || kStanceVerbs.count(art.lower[v])) m.asCountry = true;
    }
}

}  // namespace entgraph

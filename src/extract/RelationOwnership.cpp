// Ownership and movement rules of the sentence parser (RelationParser.h; issue #4, session
// 13): who owns, operates or runs a ship, a facility or a company when a participle says so
// ("a tanker owned by X", "is operated by Y", "run by Z"), the partners of a joint venture,
// and where ships and units sail or fly. Tests in tests/extract/RelationsOwnershipTest.cpp.
#include <algorithm>

#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

namespace {

// The act a participle before "by" names, as the owner's relation label; nullptr for others.
// "owned" after an auxiliary is the predicate's passive ("is owned by") and not read here.
const char* ownershipLabel(std::string_view participle) {
    if (participle == "owned") return "owns";
    if (participle == "operated") return "operates";
    if (participle == "run") return "runs";
    if (participle == "controlled") return "controls";
    if (participle == "managed") return "manages";
    return nullptr;
}

}  // namespace

void SentenceParser::ownedOrRunBy(size_t mi) {
    const Mention& A = M(mi);
    const bool owned = A.type == EntityType::Vessel || A.type == EntityType::Organization ||
                       (A.type == EntityType::Location && !isCountry(mi) && !A.capital);
    if (!owned || A.end + 2 >= m_e) return;
    size_t k = A.end;
    // the cheap test first: a comma, an auxiliary, an adverb or the participle follows
    {
        const std::string_view next = L(k);
        if (next != "," && !isAux(next) && cls(k) != WordClass::Adverb && !ownershipLabel(next))
            return;
    }
    bool auxiliary = false;
    if (k + 2 < m_e && V(k) == ",") {
        ++k;
        // "the Helios Spirit, a Liberia-flagged tanker owned by": past a short description
        if (L(k) == "a" || L(k) == "an") {
            const size_t start = k;
            for (++k; k < m_e && k < start + 7 && !ownershipLabel(L(k)); ++k) {
                if (startsUpper(V(k)) && k + 2 < m_e && V(k + 1) == "-" && L(k + 2) == "flagged") {
                    k += 2;
                    continue;
                }
                if (const size_t o = mentionAt(k);
                    o != kNone && M(o).begin == k && M(o).type == EntityType::Nationality) {
                    k = M(o).end - 1;
                    continue;
                }
                if (!startsLowerLetter(V(k)) || isVerbNotNoun(k) || L(k) == "by") return;
            }
        } else if (L(k) == "which" || L(k) == "that") {
            ++k;  // ", which is operated by"
        }
    }
    while (k < m_e && (isAux(L(k)) || cls(k) == WordClass::Adverb)) {
        auxiliary = auxiliary || isAux(L(k));
        ++k;
    }
    if (k + 2 >= m_e || L(k + 1) != "by") return;
    const char* label = ownershipLabel(L(k));
    if (!label || (auxiliary && L(k) == "owned")) return;
    for (size_t q = L(k + 2) == "the" ? k + 3 : k + 2; q < m_e;) {
        size_t b = mentionAt(q);
        if (b == kNone) return;
        // "operated by Copenhagen-based Nordhavn Lines": the company, not its seat
        if (const size_t org = M(b).type == EntityType::Location ? organisationAfterSeat(b) : kNone;
            org != kNone)
            b = org;
        if (M(b).type != EntityType::Organization) return;
        // owning or running is a business; managing a ship is a service done for its owner
        // (the gold articles' convention: ACTION)
        emit(b, mi, label, L(k) == "managed" ? RelationType::Action : RelationType::Economic);
        // "owned by A and B"
        q = M(b).end;
        if (q + 1 >= m_e || L(q) != "and") return;
        ++q;
    }
}

void SentenceParser::jointVenturePartners(size_t mi) {
    const Mention& A = M(mi);
    if (A.type != EntityType::Organization) return;
    size_t k = A.end;
    if (k + 5 >= m_e || V(k) != ",") return;
    ++k;
    if (L(k) != "a" && L(k) != "an" && L(k) != "the") return;
    ++k;
    if (L(k) != "joint" || L(k + 1) != "venture" || (L(k + 2) != "between" && L(k + 2) != "of"))
        return;
    // "between Saudi state oil firm Sahel Petroleum and China's Hualong Energy": each partner
    // after its description or its country's possessive
    for (size_t q = k + 3; q < m_e && q < k + 20;) {
        const size_t b = mentionAt(q);
        if (b == kNone) {
            if (V(q) == "," || isClauseBreak(L(q)) || isQuote(V(q))) return;
            ++q;
            continue;
        }
        if (M(b).type == EntityType::Organization && b != mi)
            emit(b, mi, "joint venture partner in", RelationType::Economic);
        q = M(b).end;
    }
}

namespace {

// Verbs of a ship's or a unit's journey ("arrive" is typed with the forces' acts).
bool isMotionLemma(std::string_view lemma) {
    return lemma == "sail" || lemma == "fly" || lemma == "leave" || lemma == "depart" ||
           lemma == "return" || lemma == "head" || lemma == "travel" || lemma == "steam" ||
           lemma == "dock" || lemma == "reach" || lemma == "enter";
}

}  // namespace

void SentenceParser::movedTo(size_t mi) {
    const Mention& A = M(mi);
    if (A.type != EntityType::Vessel && A.type != EntityType::MilitaryUnit) return;
    size_t k = A.end;
    // "the Picardie and the Vendee, which sailed": both ships
    const bool relative = k + 1 < m_e && V(k) == "," && (L(k + 1) == "which" || L(k + 1) == "that");
    if (relative) k += 2;
    while (k < m_e && (isAux(L(k)) || cls(k) == WordClass::Adverb)) ++k;
    if (k + 1 >= m_e || !(isVerb(k) || cls(k) == WordClass::PluralNoun)) return;
    const std::string lemma = m_x.verbLemma(L(k));
    if (!isMotionLemma(lemma)) return;
    std::vector<size_t> movers{mi};
    if (relative) {
        size_t before = A.begin;
        if (before > m_b && L(before - 1) == "the") --before;
        if (before > m_b + 1 && L(before - 1) == "and")
            if (const size_t other = insideAt(before - 2);
                other != kNone && M(other).type == A.type)
                movers.push_back(other);
    }
    const std::string verb(V(k));
    // "left Den Helder", "reached Aden": the place right after the verb
    const bool direct = lemma == "leave" || lemma == "reach" || lemma == "enter";
    for (size_t q = k + 1; q < m_e && q < k + 12;) {
        if (isClauseBreak(L(q)) || V(q) == "," || isQuote(V(q))) return;
        std::string prep;
        size_t at = q;
        if (L(q) == "from" || L(q) == "to" || L(q) == "into" || L(q) == "for" ||
            L(q) == "towards" || L(q) == "toward") {
            prep = L(q);
            at = q + 1;
        } else if (!(direct && q == k + 1)) {
            ++q;
            continue;
        }
        const size_t place = mentionAt(skipPlaceModifiers(at));
        if (place == kNone || M(place).type != EntityType::Location) {
            ++q;
            continue;
        }
        for (const size_t mover : movers)
            emit(mover, place, prep.empty() ? verb : verb + " " + prep, RelationType::Location);
        q = M(place).end;
    }
}

void SentenceParser::contractedArms(const std::vector<size_t>& buyers, size_t seller,
                                    bool negated) {
    const Mention& S = M(seller);
    if (S.type != EntityType::Organization && !isCountry(seller)) return;
    // the contract named before "with": "a $1.4 billion contract with", "a deal with"
    bool contract = false;
    for (size_t k = S.begin; k > m_b && k + 10 > S.begin && !contract; --k)
        contract = L(k - 1) == "contract" || L(k - 1) == "deal" || L(k - 1) == "order" ||
                   L(k - 1) == "agreement";
    if (!contract || S.end + 2 >= m_e || L(S.end) != "for") return;
    // "for six batteries of the W and 36 V": counts, units of arms and the named arms
    for (size_t k = S.end + 1; k < m_e && k < S.end + 24;) {
        if (const size_t w = mentionAt(k); w != kNone) {
            if (M(w).type != EntityType::Weapon) return;
            for (const size_t b : buyers) emit(b, w, "ordered", RelationType::Military, negated);
            emit(seller, w, "to supply", RelationType::Military, negated);
            k = M(w).end;
            continue;
        }
        const std::string_view v = L(k);
        if (isClauseBreak(v) || isQuote(V(k))) return;
        if (v != "," && v != "and" && v != "of" && v != "the" && insideAt(k) == kNone &&
            !isNumber(k) && cls(k) != WordClass::Adjective && !isUnitNoun(v) &&
            cargoKind(v) != CargoKind::Military)
            return;
        ++k;
    }
}

void SentenceParser::cityOfPeople(size_t mi) {
    const Mention& N = M(mi);
    if (N.begin <= m_b || L(N.begin - 1) != "the" || N.country.empty()) return;
    size_t k = N.end;
    if (k + 2 < m_e && startsLowerLetter(V(k)) && !isPlaceNoun(L(k))) ++k;  // "border town"
    if (k + 2 >= m_e || !isPlaceNoun(L(k)) || L(k + 1) != "of") return;
    const size_t place = mentionAt(k + 2);
    if (place == kNone || M(place).type != EntityType::Location || isCountry(place)) return;
    // only a state the article names (a demonym alone invents no country)
    const bool named = std::any_of(m_mentions.begin(), m_mentions.end(), [&](const Mention& c) {
        return c.type == EntityType::Location && !c.synthetic && !c.fromTitle &&
               c.canonical == N.country;
    });
    if (named) emit(place, mi, "located in", RelationType::Location, false, true);
}

void SentenceParser::whereBased(size_t mi) {
    const size_t k = M(mi).end;
    if (k + 5 >= m_e || V(k) != "," || L(k + 1) != "where" || L(k + 2) != "the" ||
        (L(k + 4) != "is" && L(k + 4) != "was") ||
        (L(k + 5) != "based" && L(k + 5) != "headquartered"))
        return;
    const std::string_view noun = L(k + 3);
    size_t o = describedEntity(m_art, m_mentions, k + 3, noun);
    if (o == kNone && isCompanyDescriptionNoun(noun))
        o = storyOrganization(m_art, m_mentions, k + 3);
    if (o != kNone && M(o).type == EntityType::Organization)
        emit(o, mi, "based in", RelationType::Location);
}

void SentenceParser::describedWhereabouts() {
    // the cheap test first: "The <noun>, which" opens the sentence or follows its dateline
    // (an all-capitals place: "BAMAKO (Reuters) - The regiment, which ...")
    if (m_e - m_b < 7) return;
    const size_t k = L(m_b) == "the" ? m_b : m_art.tokens[m_b].allUpper ? datelineEnd() : m_e;
    if (k == m_e) return;
    if (k + 6 >= m_e || L(k) != "the" || !startsLowerLetter(V(k + 1)) || V(k + 2) != "," ||
        (L(k + 3) != "which" && L(k + 3) != "that"))
        return;
    size_t q = k + 4;
    while (q < m_e && (isAux(L(q)) || cls(q) == WordClass::Adverb)) ++q;
    if (q + 2 >= m_e || (L(q) != "based" && L(q) != "headquartered" && L(q) != "stationed") ||
        (L(q + 1) != "in" && L(q + 1) != "at" && L(q + 1) != "near"))
        return;
    const size_t place = mentionAt(skipPlaceModifiers(q + 2));
    if (place == kNone || M(place).type != EntityType::Location) return;
    const size_t o = describedEntity(m_art, m_mentions, k + 1, L(k + 1));
    if (o == kNone || o == place) return;
    emit(o, place, std::string(L(q)) + " " + std::string(L(q + 1)), RelationType::Location);
}

}  // namespace entgraph::relparse

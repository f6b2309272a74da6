// Forces named by nouns rather than by a clause (RelationParser.h): "the deployment of British
// troops to Estonia", "the arrival of North Korean troops in Russia", "Germany's brigade in
// Lithuania".  The country or nationality whose forces they are gets a MILITARY relation to
// the place; tests in tests/extract/RelationsRecallTest.cpp.
#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

namespace {

// Nouns of forces moving or being somewhere: "the deployment of ...".
bool isForceMovementNoun(std::string_view w) {
    return w == "deployment" || w == "redeployment" || w == "arrival" || w == "dispatch" ||
           w == "presence" || w == "withdrawal" || w == "stationing" || w == "rotation";
}

}  // namespace

void SentenceParser::forceNamedByNoun(size_t mi) {
    const Mention& A = M(mi);
    const bool nationality = A.type == EntityType::Nationality && !A.country.empty();
    if (!nationality && !isCountry(mi)) return;
    size_t k = A.end;
    std::string movement;
    if (!nationality && k < m_e && isPossessive(V(k))) {
        ++k;  // "Germany's brigade in Lithuania"
    } else {
        // "the deployment of (the) British troops to": the movement before the owner
        size_t b = A.begin;
        if (b > m_b && L(b - 1) == "the") --b;
        if (b < m_b + 2 || L(b - 1) != "of" || !isForceMovementNoun(L(b - 2))) return;
        movement = Ls(b - 2);
    }
    // one or two lower-case words ending in a force noun: "troops", "special forces"
    size_t force = kNone;
    for (size_t n = k; n < m_e && n < k + 2 && mentionAt(n) == kNone && startsLowerLetter(V(n));
         ++n)
        if (isForceNoun(L(n))) force = n;
    if (force == kNone || force + 2 >= m_e) return;
    const std::string_view prep = L(force + 1);
    if (prep != "to" && prep != "in" && prep != "into" && prep != "from") return;
    const size_t place = mentionAt(skipPlaceModifiers(force + 2));
    if (place == kNone || M(place).type != EntityType::Location || place == mi) return;
    std::string label = movement.empty() ? Ls(force) : movement + " of " + Ls(force);
    emit(mi, place, label + " " + std::string(prep), RelationType::Military);
}

}  // namespace entgraph::relparse

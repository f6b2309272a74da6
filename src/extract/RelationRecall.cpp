// Arms changing hands and arms placed somewhere, for the sentence parser (RelationParser.h):
// defence reporting names the transfer by its noun ("completed the delivery of 18 F-16 jets
// to Romania"), lists the arms after the recipient ("provide Ukraine with four IRIS-T
// systems") and says where arms are kept ("station four drones at an air base in central
// Greece").  Each rule reads a few tokens after a mention the predicate already found, so it
// costs nothing on sentences without one.
#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

bool SentenceParser::transferOfWeapon(size_t q) const {
    size_t k = q;
    // the count is outside the weapon mention ("18" before "F-16 jets"), maybe a quantity
    while (k > m_b && k + 3 > q &&
           (isNumber(k - 1) ||
            (insideAt(k - 1) != kNone && M(insideAt(k - 1)).type == EntityType::Quantity)))
        --k;
    if (k < m_b + 2 || L(k - 1) != "of") return false;
    return isTransferNoun(L(k - 2)) || isWeaponUnitNoun(L(k - 2));
}

void SentenceParser::withWeapons(const std::vector<size_t>& subjects, size_t w,
                                 const std::string& label, bool negated) {
    if (w >= m_e || L(w) != "with") return;
    for (size_t k = w + 1; k < m_e && k < w + 24;) {
        if (const size_t mi = mentionAt(k); mi != kNone) {
            if (M(mi).type != EntityType::Weapon) return;
            for (size_t sj : subjects) emit(sj, mi, label, RelationType::Military, negated);
            k = M(mi).end;
            continue;
        }
        // counts, "and", commas and the generic arms between the named ones ("20,000
        // artillery shells and 50 Leopard tanks"); anything else ends the list
        const std::string_view v = L(k);
        if (isClauseBreak(v) || isQuote(V(k))) return;
        if (v != "," && v != "and" && insideAt(k) == kNone && !isNumber(k) &&
            cls(k) != WordClass::Adjective && cargoKind(v) != CargoKind::Military)
            return;
        ++k;
    }
}

void SentenceParser::weaponPlace(const std::vector<size_t>& subjects, size_t r,
                                 const std::string& label, bool negated) {
    // "two Patriot batteries at": the unit noun after the weapon's name
    if (r + 1 < m_e && mentionAt(r) == kNone &&
        (isWeaponUnitNoun(L(r)) || cargoKind(L(r)) == CargoKind::Military || L(r) == "launchers"))
        ++r;
    if (r + 1 >= m_e) return;
    const std::string_view prep = L(r);
    if (prep != "at" && prep != "in" && prep != "near" && prep != "on") return;
    size_t q = r + 1;
    if (q < m_e && (L(q) == "a" || L(q) == "an")) ++q;
    // "an air base in central Poland": the base is on the way to the place
    size_t n = q;
    while (n < m_e && n < q + 3 && mentionAt(n) == kNone && insideAt(n) == kNone &&
           !isBaseNoun(L(n)) && (cls(n) == WordClass::Noun || cls(n) == WordClass::Adjective))
        ++n;
    if (n + 1 < m_e && isBaseNoun(L(n)) && mentionAt(n) == kNone &&
        (L(n + 1) == "in" || L(n + 1) == "near"))
        q = n + 2;
    const size_t place = mentionAt(skipPlaceModifiers(q));
    if (place == kNone || M(place).type != EntityType::Location) return;
    for (size_t sj : subjects)
        emit(sj, place, label + " " + std::string(prep), RelationType::Military, negated);
    // "at Larissa air base in central Greece": the base's country too
    const size_t e = M(place).end;
    if (e + 1 < m_e && L(e) == "in")
        if (const size_t outer = mentionAt(skipPlaceModifiers(e + 1));
            outer != kNone && M(outer).type == EntityType::Location)
            for (size_t sj : subjects)
                emit(sj, outer, label + " in", RelationType::Military, negated);
}

}  // namespace entgraph::relparse

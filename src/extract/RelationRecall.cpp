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
    // "thousands of", "millions of": counts in words
    return isTransferNoun(L(k - 2)) || isWeaponUnitNoun(L(k - 2)) || L(k - 2) == "thousands" ||
           L(k - 2) == "millions" || L(k - 2) == "tens";
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

namespace entgraph::relparse {

void SentenceParser::announcedAct(const std::vector<size_t>& subjects, size_t q,
                                  const std::string& label, bool negated) {
    ObjectFacts facts;
    bool act = false;  // an aid, money or measure noun: what is announced is an act
    for (size_t k = q; k < m_e && k < q + 12; ++k) {
        if (const size_t i = insideAt(k); i != kNone && mentionAt(k) == kNone) {
            facts.money = facts.money || M(i).type == EntityType::Money;
            continue;
        }
        if (const size_t i = mentionAt(k); i != kNone) {
            if (M(i).type == EntityType::Money || M(i).type == EntityType::Quantity) {
                facts.money = facts.money || M(i).type == EntityType::Money;
                k = M(i).end - 1;
                continue;
            }
            return;  // a name before any preposition: a claim, not an act
        }
        const std::string_view w = L(k);
        if (isClauseBreak(w) || V(k) == "," || isQuote(V(k))) return;
        if (w == "for" || w == "to" || w == "on" || w == "against" || w == "in") {
            if (w == "in" && facts.money && !act) continue;  // "$400 million in military aid"
            const size_t t = mentionAt(skipPlaceModifiers(k + 1));
            if (!act || t == kNone || !relationTarget(M(t).type) ||
                M(t).type == EntityType::Nationality)
                return;
            const RelationType type = facts.military || facts.adjective == RelationType::Military
                                          ? RelationType::Military
                                          : RelationType::Economic;
            for (size_t sj : subjects) emit(sj, t, label + " " + std::string(w), type, negated);
            return;
        }
        facts.note(w);
        act = act || isFundingNoun(w) || isLevyNoun(w) || isEconomicObjectNoun(w) ||
              w == "package" || w == "sanctions";
    }
}

void SentenceParser::passiveTransfer(size_t mi) {
    const Mention& X = M(mi);
    if (X.begin < m_b + 3 || L(X.begin - 1) != "by" ||
        (X.type != EntityType::Organization && X.type != EntityType::Location &&
         X.type != EntityType::MilitaryUnit))
        return;
    // "delivered to Lithuania by Germany": the recipient between the verb and "by"
    size_t v = X.begin - 2, recipient = kNone;
    if (const size_t y = insideAt(v); y != kNone && relationTarget(M(y).type)) {
        size_t k = M(y).begin;
        if (k > m_b && L(k - 1) == "the") --k;
        if (k < m_b + 2 || (L(k - 1) != "to" && L(k - 1) != "for")) return;
        recipient = y;
        v = k - 2;
    } else if (X.end + 1 < m_e && (L(X.end) == "to" || L(X.end) == "for")) {
        // "delivered by Germany to Lithuania"
        if (const size_t y = mentionAt(skipPlaceModifiers(X.end + 1));
            y != kNone && relationTarget(M(y).type) && M(y).type != EntityType::Nationality)
            recipient = y;
    }
    const WordClass c = cls(v);
    if (c != WordClass::Participle && c != WordClass::VerbPast) return;
    const std::string lemma = m_x.verbLemma(L(v));
    const bool made =
        lemma == "build" || lemma == "make" || lemma == "manufacture" || lemma == "produce";
    if (!isTransferLemma(lemma) && lemma != "sell" && !made) return;
    // what was handed over: a weapon named before the verb ("Aster missiles supplied by"),
    // else the noun before the auxiliaries ("the tanks were delivered")
    size_t k = v;
    while (k > m_b && k + 4 > v && (isAux(L(k - 1)) || cls(k - 1) == WordClass::Adverb)) --k;
    if (k > m_b && (L(k - 1) == "which" || L(k - 1) == "that")) --k;
    if (k > m_b && V(k - 1) == ",") --k;
    const size_t weapon = k > m_b ? insideAt(k - 1) : kNone;
    const bool armed = (weapon != kNone && M(weapon).type == EntityType::Weapon) ||
                       (k > m_b && cargoKind(L(k - 1)) == CargoKind::Military);
    const bool goods = k > m_b && cargoKind(L(k - 1)) == CargoKind::Goods;
    const std::string form(V(v));
    if (weapon != kNone && M(weapon).type == EntityType::Weapon)
        emit(mi, weapon, form, RelationType::Military, false);
    if (recipient == kNone || made || (!armed && !goods)) return;
    emit(mi, recipient, form + " to", armed ? RelationType::Military : RelationType::Economic,
         false);
}

}  // namespace entgraph::relparse

namespace entgraph::relparse {

void SentenceParser::companyOfCountry(size_t mi) {
    if (!isCountry(mi) || M(mi).fromTitle) return;
    size_t k = M(mi).end;
    while (k < m_e && k < M(mi).end + 4 && mentionAt(k) == kNone && insideAt(k) == kNone &&
           startsLowerLetter(V(k)))
        ++k;
    if (k == M(mi).end || k >= m_e || !isCompanyDescriptionNoun(L(k - 1))) return;
    if (const size_t o = mentionAt(k); o != kNone && M(o).type == EntityType::Organization)
        emit(o, mi, "based in", RelationType::Location);
}

}  // namespace entgraph::relparse

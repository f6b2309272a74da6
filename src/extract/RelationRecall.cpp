// Recall rules of the sentence parser (RelationParser.h) for defence, security and trade
// reporting (issue #4, relations 9; tests in tests/extract/RelationsArmsTradeTest.cpp):
//  - arms and goods changing hands: a transfer named by its noun ("completed the delivery of
//    18 F-16 jets to Romania"), arms listed after the recipient ("provide Ukraine with four
//    IRIS-T systems"), kept at a base ("station four drones at an air base in central
//    Greece"), fired at a target, passive transfers ("supplied by X"), announced packages;
//  - subjects: "the company", a sentence opening with "It", a country's body ("China's coast
//    guard"), acts decided ("Germany's decision to send");
//  - places and trade: companies described by a country, "X is based in Y", places within
//    places, trade flows and takeovers named by their nouns.
// Each rule starts from a mention or a token the predicate already reached and reads a few
// tokens around it: no allocation per token, no scan over the article's mentions per token.
#include <optional>

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
    if (k > m_b && L(k - 1) == "the") --k;  // "four batteries of the Nordvakt system"
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
    // "deployed six Rafale jets to an air base in Jordan": "to" only on the way to a base
    // (a place right after "to" is the destination the caller already related)
    const bool toBase = prep == "to";
    if (prep != "at" && prep != "in" && prep != "near" && prep != "on" && !toBase) return;
    size_t q = r + 1;
    if (q < m_e && (L(q) == "a" || L(q) == "an")) ++q;
    // "an air base in central Poland": the base is on the way to the place
    size_t n = q;
    // "at Larissa air base in central Greece" with the base's name typed as a person
    if (const size_t named = mentionAt(n); named != kNone && M(named).type != EntityType::Location)
        n = M(named).end;
    while (n < m_e && n < q + 3 && mentionAt(n) == kNone && insideAt(n) == kNone &&
           !isBaseNoun(L(n)) && (cls(n) == WordClass::Noun || cls(n) == WordClass::Adjective))
        ++n;
    if (n + 1 < m_e && isBaseNoun(L(n)) && mentionAt(n) == kNone &&
        (L(n + 1) == "in" || L(n + 1) == "near"))
        q = n + 2;
    else if (toBase)
        return;
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
    if (X.begin < m_b + 4) return;
    // "supplied by (the) X"
    const size_t by = L(X.begin - 1) == "the" ? X.begin - 2 : X.begin - 1;
    if (L(by) != "by" || (X.type != EntityType::Organization && X.type != EntityType::Location &&
                          X.type != EntityType::MilitaryUnit))
        return;
    // "delivered to Lithuania by Germany": the recipient between the verb and "by"
    size_t v = by - 1, recipient = kNone;
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
    if (weapon != kNone && M(weapon).type == EntityType::Weapon) {
        emit(mi, weapon, form, RelationType::Military, false);
    } else if (armed) {
        // "The Garuda Battalion, a unit of 850 soldiers sent by Indonesia,": the unit the
        // apposition describes
        for (size_t c = k; c > m_b + 1 && c + 8 > k; --c) {
            if (V(c - 1) != ",") continue;
            if (const size_t u = insideAt(c - 2);
                u != kNone && M(u).type == EntityType::MilitaryUnit && M(u).end == c - 1)
                emit(mi, u, form, RelationType::Military, false);
            break;
        }
    }
    if (recipient == kNone || made || (!armed && !goods)) return;
    emit(mi, recipient, form + " to", armed ? RelationType::Military : RelationType::Economic,
         false);
}

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

void SentenceParser::firedAt(const std::vector<size_t>& subjects, size_t r,
                             const std::string& label, bool negated) {
    if (r + 1 < m_e && (L(r) == "overnight" || L(r) == "again")) ++r;
    if (r + 1 >= m_e) return;
    const std::string_view prep = L(r);
    if (prep != "at" && prep != "against" && prep != "on" && prep != "into") return;
    const size_t t = mentionAt(skipPlaceModifiers(r + 1));
    if (t == kNone || !relationTarget(M(t).type) || M(t).type == EntityType::Nationality) return;
    for (size_t sj : subjects)
        emit(sj, t, label + " " + std::string(prep), RelationType::Conflict, negated);
}

size_t SentenceParser::withAfter(size_t e) const {
    for (size_t k = e; k < m_e && k < e + 8; ++k) {
        if (L(k) == "with") return k;
        if (isClauseBreak(L(k)) || V(k) == "," || isQuote(V(k)) || isVerbNotNoun(k)) return e;
    }
    return e;
}

void SentenceParser::transferRecipient(size_t mi) {
    const Mention& W = M(mi);
    if (W.type != EntityType::Weapon || !transferOfWeapon(W.begin)) return;
    // the noun phrase opens a clause or follows a preposition ("objected to the sale of"):
    // with a verb and subject before it, the predicate has the transfer's agent instead
    size_t n = W.begin;
    while (n > m_b && L(n - 1) != "of") --n;
    if (n < m_b + 2) return;
    size_t d = n - 2;  // the transfer noun
    if (d > m_b && (cls(d - 1) == WordClass::Determiner || cls(d - 1) == WordClass::Number ||
                    insideAt(d - 1) != kNone))
        --d;
    if (d > m_b && insideAt(d - 1) != kNone && M(insideAt(d - 1)).type == EntityType::Money)
        d = M(insideAt(d - 1)).begin;  // "a $23 billion sale of"
    if (d > m_b && (L(d - 1) == "a" || L(d - 1) == "the")) --d;
    const bool opens = d == m_b || V(d - 1) == "," || cls(d - 1) == WordClass::Preposition ||
                       cls(d - 1) == WordClass::To;
    if (!opens || W.end + 1 >= m_e || (L(W.end) != "to" && L(W.end) != "for")) return;
    const size_t y = mentionAt(skipPlaceModifiers(W.end + 1));
    if (y == kNone || !relationTarget(M(y).type) || M(y).type == EntityType::Nationality) return;
    emit(y, mi, "receives", RelationType::Military);
}

void SentenceParser::describedSubject() {
    size_t k = datelineEnd();
    // "Last month the company won": an opening date
    if (k + 1 < m_e && (L(k) == "last" || L(k) == "this" || L(k) == "next") &&
        (L(k + 1) == "month" || L(k + 1) == "week" || L(k + 1) == "year"))
        k += 2;
    if (const size_t i = insideAt(k);
        i != kNone && M(i).type == EntityType::Date && M(i).begin == k)
        k = M(i).end;
    if (k < m_e && V(k) == ",") ++k;
    if (k + 2 >= m_e || L(k) != "the" || mentionAt(k + 1) != kNone || isSpeechForm(L(k + 2)))
        return;
    // "The ministry (also) accused ...", "The division fired ...": the one body named before
    // whose name holds the noun
    if (!isCompanyDescriptionNoun(L(k + 1))) {
        size_t v = k + 2;
        while (v + 1 < m_e && cls(v) == WordClass::Adverb) ++v;
        if (!isVerb(v) && !isAux(L(v))) return;
        const size_t body = describedEntity(m_art, m_mentions, k, L(k + 1));
        if (body != kNone) predicate({body}, k + 2, 0);
        return;
    }
    const size_t org = storyOrganization(m_art, m_mentions, k);
    if (org == kNone) return;
    predicate({org}, k + 2, 0);
}

void SentenceParser::armsAfterTarget(const std::vector<size_t>& subjects, size_t e,
                                     const std::string& lemma, const std::string& form,
                                     bool negated) {
    if (isTransferLemma(lemma) || lemma == "equip" || lemma == "arm")
        withWeapons(subjects, e, form, negated);
    else if (verbType(lemma) == "CONFLICT")
        withWeapons(subjects, withAfter(e), form + " with", negated);
}

size_t SentenceParser::stateBodyAfter(size_t s0, size_t p, size_t* said) const {
    if (!isCountry(s0)) return kNone;
    size_t k = p + 1;
    bool body = false;
    for (size_t n = 0; k < m_e && n < 3 && mentionAt(k) == kNone && insideAt(k) == kNone &&
                       startsLowerLetter(V(k));
         ++n, ++k) {
        const std::string_view w = L(k);
        const bool bodyWord = isStateBodyNoun(w) || isGovernmentWord(w) || w == "military" ||
                              w == "forces" || isForceNoun(w) ||
                              isTroopNoun(w);  // "Pakistan's battalion is based in"
        if (body && !bodyWord && (isAux(w) || isVerb(k))) break;  // "coast guard"
        body = bodyWord;
        if (!body && cls(k) != WordClass::Adjective && cls(k) != WordClass::Noun &&
            w != "defence" && w != "defense")
            return kNone;
    }
    if (!body || k >= m_e) return kNone;
    size_t v = k;
    while (v < m_e && (isAux(L(v)) || cls(v) == WordClass::Adverb)) ++v;
    if (v < m_e && isSpeechForm(L(v)) && said) *said = v;
    if (v >= m_e || !isVerb(v) || isSpeechForm(L(v)) ||
        verbType(m_x.verbLemma(L(v))) == "STATEMENT")
        return kNone;
    return k;
}

void SentenceParser::bodyClaim(size_t s0, size_t said) {
    size_t r = said + 1;
    if (r + 1 < m_e && L(r) == "on" && insideAt(r + 1) != kNone &&
        M(insideAt(r + 1)).type == EntityType::Date)
        r = M(insideAt(r + 1)).end;
    if (r < m_e && L(r) == "that") ++r;
    if (r + 1 < m_e && (L(r) == "it" || L(r) == "they") && opensClause(r + 1))
        predicate({s0}, r + 1, 1);
}

void SentenceParser::tradeFlow(size_t mi) {
    const Mention& A = M(mi);
    if (!relationTarget(A.type) || A.type == EntityType::Nationality) return;
    auto takeoverNoun = [](std::string_view w) {
        return w == "acquisition" || w == "takeover" || w == "purchase" || w == "buyout";
    };
    if (A.type == EntityType::Organization) {
        // "Siemens's $10 billion takeover of Altair"
        if (A.end + 3 < m_e && isPossessive(V(A.end))) {
            size_t n = A.end + 1;
            if (const size_t money = insideAt(n);
                money != kNone && M(money).type == EntityType::Money)
                n = M(money).end;
            if (n + 2 < m_e && takeoverNoun(L(n)) && L(n + 1) == "of")
                if (const size_t b = mentionAt(skipPlaceModifiers(n + 2));
                    b != kNone && M(b).type == EntityType::Organization)
                    emit(mi, b, "acquires", RelationType::Economic);
        }
        // "the acquisition of Altair by Siemens", "the takeover of lithium producer Salar
        // Andino by Northbay Minerals"
        if (A.begin > m_b + 4 && L(A.begin - 1) == "by")
            if (const size_t b = insideAt(A.begin - 2);
                b != kNone && M(b).type == EntityType::Organization && M(b).begin > m_b + 1) {
                size_t of = M(b).begin - 1;
                while (of > m_b + 1 && of + 3 > M(b).begin && insideAt(of) == kNone &&
                       startsLowerLetter(V(of)) && L(of) != "of" &&
                       (cls(of) == WordClass::Noun || cls(of) == WordClass::Unknown ||
                        isCompanyDescriptionNoun(L(of))))
                    --of;
                if (L(of) == "of" && takeoverNoun(L(of - 1)))
                    emit(mi, b, "acquires", RelationType::Economic);
            }
    }
    auto tradeNoun = [](std::string_view w) {
        return w == "exports" || w == "imports" || w == "trade" || w == "investment" ||
               w == "investments" || w == "sales" || w == "shipments" || w == "deliveries";
    };
    size_t k = kNone;  // the preposition before the other party
    if (A.end + 2 < m_e && isPossessive(V(A.end)) && tradeNoun(L(A.end + 1)))
        k = A.end + 2;  // "Germany's exports to China"
    else if (A.begin > m_b + 1 && L(A.begin - 1) == "from" && tradeNoun(L(A.begin - 2)) &&
             A.end + 1 < m_e && L(A.end) == "to")
        k = A.end;  // "exports from Russia to India"
    if (k == kNone || (L(k) != "to" && L(k) != "with" && L(k) != "in" && L(k) != "from")) return;
    const size_t b = mentionAt(skipPlaceModifiers(k + 1));
    if (b == kNone || !relationTarget(M(b).type) || M(b).type == EntityType::Nationality) return;
    // "arms exports to": what is traded decides
    const size_t noun = k == A.end ? A.begin - 2 : A.end + 1;
    const bool arms = noun > m_b && cargoKind(L(noun - 1)) == CargoKind::Military;
    emit(mi, b, std::string(L(noun)) + " " + std::string(L(k)),
         arms ? RelationType::Military : RelationType::Economic);
}

void SentenceParser::statedWhereabouts(size_t mi) {
    const Mention& A = M(mi);
    if ((A.type != EntityType::Organization && A.type != EntityType::MilitaryUnit &&
         A.type != EntityType::Location) ||
        isCountry(mi))
        return;
    size_t k = A.end;
    // "Kestrel, which supplies radar modules to X, is based in Y": past the clause
    if (k + 1 < m_e && V(k) == "," && (L(k + 1) == "which" || L(k + 1) == "that"))
        if (const size_t close = relativeClauseEnd(k); close < m_e && V(close) == ",")
            k = close + 1;
    const size_t verbGroup = k;
    while (k < m_e && k < verbGroup + 4 && (isAux(L(k)) || cls(k) == WordClass::Adverb)) ++k;
    if (k == verbGroup || k + 2 >= m_e) return;  // the comma forms are whereabouts()'
    const std::string_view w = L(k);
    if (w != "based" && w != "headquartered" && w != "located" && w != "stationed") return;
    const std::string_view prep = L(k + 1);
    if (prep != "in" && prep != "near" && prep != "at") return;
    const size_t b = mentionAt(skipPlaceModifiers(k + 2));
    if (b == kNone || M(b).type != EntityType::Location ||
        (M(b).end < m_e && isPossessive(V(M(b).end))))
        return;
    emit(mi, b, std::string(w) + " " + std::string(prep), RelationType::Location);
}

namespace {

// The nouns a copula states a relation with ("X is Y's largest trading partner"): the
// relation's type, or nullopt.  "partner" is an economic one after "trading" or "trade".
std::optional<RelationType> statedRelationNoun(std::string_view w, bool trade) {
    if (w == "member" || w == "members") return RelationType::Membership;
    if (w == "ally" || w == "allies") return RelationType::Alliance;
    if (w == "partner" || w == "partners")
        return trade ? RelationType::Economic : RelationType::Alliance;
    if (w == "supplier" || w == "buyer" || w == "customer" || w == "importer" || w == "exporter" ||
        w == "creditor" || w == "investor" || w == "lender" || w == "shareholder")
        return RelationType::Economic;
    if (w == "rival" || w == "adversary" || w == "enemy") return RelationType::Conflict;
    return std::nullopt;
}

}  // namespace

void SentenceParser::statedRelation(size_t mi) {
    const Mention& A = M(mi);
    if (A.type != EntityType::Location && A.type != EntityType::Organization) return;
    size_t k = A.end;
    bool copula = false, negated = false;
    // an apposition states it as a copula does: "Turkey, Azerbaijan's closest ally, did not"
    if (k + 1 < m_e && V(k) == "," &&
        (L(k + 1) == "a" || L(k + 1) == "an" || L(k + 1) == "the" ||
         (mentionAt(k + 1) != kNone && M(mentionAt(k + 1)).end < m_e &&
          isPossessive(V(M(mentionAt(k + 1)).end))))) {
        copula = true;
        ++k;
    }
    for (const bool apposition = copula; !apposition && k < m_e && k < A.end + 4; ++k) {
        const std::string_view w = L(k);
        if (isNeg(w)) {
            negated = true;
        } else if (isBe(w) || w == "became" || w == "become" || w == "becomes" || w == "remains" ||
                   w == "remain") {
            copula = true;
        } else if (!isAux(w) && cls(k) != WordClass::Adverb) {
            break;
        }
    }
    if (!copula || k + 2 >= m_e) return;
    // "NATO's 32nd member", "Germany's largest trading partner": the other party, then the
    // relation noun
    size_t other = kNone;
    if (const size_t o = mentionAt(k); o != kNone &&
                                       (M(o).type == EntityType::Organization || isCountry(o)) &&
                                       M(o).end < m_e && isPossessive(V(M(o).end))) {
        other = o;
        k = M(o).end + 1;
    } else if (L(k) == "a" || L(k) == "an" || L(k) == "the") {
        ++k;
    }
    // ordinals and other modifiers: "32nd", "founding", "largest", "trading"; the
    // organisation itself: "a NATO member"
    bool trade = false, ranked = false;
    std::optional<RelationType> type;
    for (size_t steps = 0; steps < 3 && k < m_e; ++steps) {
        if ((type = statedRelationNoun(L(k), trade))) break;
        ranked = ranked || L(k).ends_with("largest") || L(k).ends_with("biggest");
        if (const size_t o = mentionAt(k); o != kNone) {
            if (other != kNone || M(o).type != EntityType::Organization) return;
            other = o;
            k = M(o).end;
            continue;
        }
        if (V(k) == "," || isClauseBreak(L(k)) || startsUpper(V(k))) return;
        trade = trade || L(k) == "trading" || L(k) == "trade";
        ++k;
    }
    if (!type) return;
    // "Banco Meseta, Spain's fourth-largest lender": a company ranked among its country's
    // own (where it is based: companyOfCountry), no trade with that country
    if (ranked && A.type == EntityType::Organization && other != kNone && isCountry(other)) return;
    const std::string noun = Ls(k);
    ++k;
    if (k < m_e && L(k) == "state") ++k;  // "an EU member state"
    bool toParty = false;                 // "supplier of gas to Hungary"
    if (other == kNone) {
        if (k + 1 >= m_e || L(k) != "of") return;
        ++k;
        if (L(k) == "the" && mentionAt(k) == kNone) ++k;
        // "the largest supplier of gas to Hungary": the goods, then the party
        if (*type == RelationType::Economic && mentionAt(k) == kNone &&
            cargoKind(L(k)) == CargoKind::Goods && k + 2 < m_e && L(k + 1) == "to") {
            k += 2;
            toParty = true;
        }
        other = mentionAt(k);
        if (other == kNone || (M(other).type != EntityType::Organization && !isCountry(other)))
            return;
        if (M(other).end < m_e && isPossessive(V(M(other).end))) return;  // "of NATO's council"
    } else if (k < m_e && L(k) == "of") {
        return;  // "NATO's member of parliament": no membership of NATO
    }
    // membership is of an organisation ("a member of the panel" names none)
    if (*type == RelationType::Membership && M(other).type != EntityType::Organization) return;
    if (other == mi) return;
    std::string label = (trade && *type == RelationType::Economic ? "trading " : "") + noun;
    if (label.ends_with("s") && label != "allies") label.pop_back();  // "members of" -> "member of"
    if (label == "allies") label = "ally";
    emit(mi, other, label + (toParty ? " to" : " of"), *type, negated);
}

void SentenceParser::pronounSubject() {
    const size_t k = datelineEnd();
    if (k + 2 >= m_e || V(k) != "It" || mentionAt(k) != kNone ||
        !(isAux(L(k + 1)) || isVerb(k + 1) || cls(k + 1) == WordClass::Adverb))
        return;
    // the sentence before this one, and the name it opens with (past its dateline)
    const auto& ss = m_art.sentences;
    const auto it = std::upper_bound(ss.begin(), ss.end(), m_b, [](size_t tok, const Sentence& s) {
        return tok < s.firstToken;
    });
    const size_t si = static_cast<size_t>(it - ss.begin()) - 1;
    if (si == 0 || si >= ss.size()) return;
    const Sentence& prev = ss[si - 1];
    size_t open = prev.firstToken;
    for (size_t t = prev.firstToken; t < prev.endToken && t < prev.firstToken + 10; ++t)
        if (isDashToken(t)) {
            open = t + 1;
            break;
        }
    if (open < prev.endToken && m_art.lower[open] == "the") ++open;
    size_t ante = kNone;
    for (size_t i = 0; i < m_mentions.size() && ante == kNone; ++i) {
        const Mention& m = m_mentions[i];
        if (m.synthetic || m.sentence != si - 1 || m.begin != open) continue;
        if (m.type == EntityType::Organization || m.type == EntityType::MilitaryUnit ||
            isCountry(i))
            ante = i;
        else
            return;  // a person or place opens it: "it" is something else
    }
    if (ante == kNone || (M(ante).end < prev.endToken && isPossessive(V(M(ante).end)))) return;
    predicate({ante}, k + 1, 0);
}

void SentenceParser::placeWithin(size_t mi) {
    const Mention& A = M(mi);
    const size_t e = A.end;
    if (e + 2 >= m_e) return;
    // "NATO headquarters in Brussels", "the EU's headquarters in Brussels"
    if (A.type == EntityType::Organization) {
        const size_t h = isPossessive(V(e)) ? e + 1 : e;
        if (h + 2 < m_e && L(h) == "headquarters" && L(h + 1) == "in")
            if (const size_t b = mentionAt(skipPlaceModifiers(h + 2));
                b != kNone && M(b).type == EntityType::Location)
                emit(mi, b, "headquartered in", RelationType::Location);
        return;
    }
    if (A.type != EntityType::Location || isCountry(mi) || A.capital) return;
    size_t b = kNone;
    if (L(e) == "of") {
        // "the Kursk region of Russia" (not "the Bank of England": a place, then a country)
        if (const size_t c = mentionAt(e + 1);
            c != kNone && isCountry(c) && (M(c).end >= m_e || !isPossessive(V(M(c).end))))
            b = c;
    } else if (V(e) == "," && L(e + 1) == "in") {
        b = mentionAt(skipPlaceModifiers(e + 2));
        // "in Ukraine's Donetsk region": the place owned
        if (b != kNone && M(b).end + 1 < m_e && isPossessive(V(M(b).end)))
            b = mentionAt(M(b).end + 1);
    }
    if (b == kNone || M(b).type != EntityType::Location || b == mi) return;
    emit(mi, b, "located in", RelationType::Location);
}

void SentenceParser::intendedAct(size_t mi) {
    const Mention& A = M(mi);
    if (A.type != EntityType::Organization && A.type != EntityType::MilitaryUnit &&
        A.type != EntityType::Person && !isCountry(mi) && !A.capital)
        return;
    auto intentNoun = [](std::string_view w) {
        return w == "decision" || w == "plan" || w == "plans" || w == "pledge" || w == "offer" ||
               w == "promise" || w == "move" || w == "bid" || w == "commitment" ||
               w == "agreement" || w == "effort" || w == "efforts" || w == "attempt" ||
               w == "push" || w == "readiness";
    };
    size_t to = kNone;
    if (A.end + 3 < m_e && isPossessive(V(A.end))) {
        size_t n = A.end + 1;
        if (cls(n) == WordClass::Adjective) ++n;  // "Germany's surprise decision"
        if (n + 2 < m_e && intentNoun(L(n))) to = n + 1;
    } else if (A.begin > m_b + 1 && L(A.begin - 1) == "by" && intentNoun(L(A.begin - 2))) {
        to = A.end;  // "the move by Britain to send"
    }
    if (to == kNone || to + 1 >= m_e || L(to) != "to" || !isVerb(to + 1) ||
        mentionAt(to + 1) != kNone)
        return;
    const std::string type = verbType(m_x.verbLemma(L(to + 1)));
    if (type.empty() || type == "LIGHT" || type == "STATEMENT") return;
    predicate({mi}, to, 1);
}

void SentenceParser::ledBy(size_t mi) {
    const Mention& A = M(mi);
    if (A.type != EntityType::Organization && A.type != EntityType::MilitaryUnit) return;
    // the organisation's own noun may follow its name: "the Forward Bulgaria alliance,"
    size_t k = A.end;
    while (k < m_e && k < A.end + 2 && insideAt(k) == kNone && startsLowerLetter(V(k)) &&
           (cls(k) == WordClass::Noun || isCompanyDescriptionNoun(L(k)) ||
            m_x.orgDescriptors.count(Ls(k))))
        ++k;
    if (k < m_e && V(k) == ",") ++k;
    if (k + 2 >= m_e || L(k + 1) != "by") return;
    const std::string_view verb = L(k);
    const char* label = verb == "led"         ? "leads"
                        : verb == "headed"    ? "heads"
                        : verb == "commanded" ? "commands"
                        : verb == "chaired"   ? "chairs"
                                              : nullptr;
    if (!label) return;
    // "led by Prime Minister X": the person after the title
    size_t b = mentionAt(k + 2);
    if (b == kNone && titleAt(k + 2)) b = mentionAt(k + 2 + titleAt(k + 2));
    if (b == kNone || M(b).type != EntityType::Person) return;
    emit(b, mi, label, RelationType::Role);
}

void SentenceParser::namedCompound(size_t mi) {
    const Mention& A = M(mi);
    if (A.type != EntityType::Location && A.type != EntityType::Nationality) return;
    const size_t k = A.end;
    if (k + 1 >= m_e || V(k) != "-" || m_art.tokens[k].spaceBefore ||
        m_art.tokens[k + 1].spaceBefore)
        return;
    const std::string_view participle = L(k + 1);
    const bool based =
        participle == "based" || participle == "headquartered" || participle == "registered";
    const bool led = participle == "led";
    const bool backed = participle == "backed" || participle == "funded";
    if (!based && !led && !backed) return;
    if (based && A.type != EntityType::Location) return;
    // the organisation named after the compound ("Almaty-based Steppe Logistics", "the
    // Russian-led Collective Security Treaty Organization"), or the one the apposition
    // describes ("Halcyon Maritime, a Dubai-based shipping company")
    size_t org = kNone;
    size_t n = k + 2;
    while (n < m_e && n < k + 5 && mentionAt(n) == kNone && startsLowerLetter(V(n))) ++n;
    if (const size_t o = mentionAt(n); o != kNone && (M(o).type == EntityType::Organization ||
                                                      M(o).type == EntityType::MilitaryUnit))
        org = o;
    const size_t b = A.begin;
    if (org == kNone && b >= m_b + 3 &&
        (L(b - 1) == "a" || L(b - 1) == "an" || L(b - 1) == "the") && V(b - 2) == ",")
        if (const size_t o = insideAt(b - 3);
            o != kNone && M(o).end == b - 2 &&
            (M(o).type == EntityType::Organization || M(o).type == EntityType::MilitaryUnit))
            org = o;
    // "the Cairo-based lender said": the one organisation so described
    if (org == kNone && based && b > m_b && L(b - 1) == "the" && k + 2 < m_e &&
        mentionAt(k + 2) == kNone &&
        (isCompanyDescriptionNoun(L(k + 2)) || m_x.orgDescriptors.count(Ls(k + 2)))) {
        org = describedEntity(m_art, m_mentions, k + 2, L(k + 2));
        if (org == kNone && isCompanyDescriptionNoun(L(k + 2)))
            org = storyOrganization(m_art, m_mentions, k + 2);
        if (org != kNone && M(org).type != EntityType::Organization) org = kNone;
    }
    if (org == kNone) return;
    const bool nationality = A.type == EntityType::Nationality;
    if (based)
        emit(org, mi, "based in", RelationType::Location);
    else if (led)
        emit(mi, org, "leads", RelationType::Membership, false, nationality);
    else
        emit(mi, org, "backs", RelationType::Alliance, false, nationality);
}

void SentenceParser::flagState(size_t mi) {
    if (M(mi).type != EntityType::Vessel) return;
    // "X, a ro-ro vessel flying the flag of Y," / "X, which flies the flag of Y,": within the
    // apposition or relative clause after the name
    if (const size_t e = M(mi).end; e + 4 < m_e && V(e) == ",")
        for (size_t k = e + 1; k + 2 < m_e && k < e + 10 && V(k) != ","; ++k)
            if (L(k) == "flag" && L(k + 1) == "of") {
                const size_t flag = mentionAt(L(k + 2) == "the" ? k + 3 : k + 2);
                if (flag != kNone && isCountry(flag))
                    emit(mi, flag, "flies flag of", RelationType::Membership);
                return;
            }
    // "a Panama-flagged bulk carrier, the Aegean Dawn," / "the Panama-flagged Aegean Dawn"
    size_t k = M(mi).begin;
    if (k >= m_b + 2 && V(k - 1) == "," && L(k - 2) != "flag") k -= 1;  // past the comma
    for (size_t steps = 0; k > m_b + 2 && steps < 5; ++steps, --k) {
        if (L(k - 1) != "flagged" || V(k - 2) != "-") continue;
        const size_t flag = insideAt(k - 3);
        if (flag != kNone && isCountry(flag))
            emit(mi, flag, "flies flag of", RelationType::Membership);
        return;
    }
}

}  // namespace entgraph::relparse

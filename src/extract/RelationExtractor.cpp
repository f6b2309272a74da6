// Relations inside one sentence (RelationExtractor.h): the pass order and the patterns of
// roles, possessives and places; reported speech is in RelationSpeech.cpp, subjects in
// RelationSubject.cpp, verb groups and objects in RelationPredicate.cpp.
#include "extract/RelationExtractor.h"

#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

void SentenceParser::run(size_t si, std::span<const size_t> inSentence) {
    start(si, inSentence);
    for (size_t mi : m_sentenceMentions) {
        appositionRole(mi);
        titleRole(mi);
        possessive(mi);
        placeOf(mi);
        whereabouts(mi);
        companyOfCountry(mi);
        tradeFlow(mi);
        statedWhereabouts(mi);
        statedRelation(mi);
        forceNamedByNoun(mi);
        placeWithin(mi);
        intendedAct(mi);
        ledBy(mi);
        namedCompound(mi);
        if (M(mi).type == EntityType::Vessel) flagState(mi);
        ownedOrRunBy(mi);
        jointVenturePartners(mi);
        movedTo(mi);
        if (M(mi).type == EntityType::Nationality) cityOfPeople(mi);
        if (M(mi).type == EntityType::Location) whereBased(mi);
    }
    between();
    accordingTo();
    for (size_t k = m_b; k < m_e; ++k) speech(k);
    describedSubject();
    describedWhereabouts();
    pronounSubject();
    for (size_t mi : m_sentenceMentions) {
        relativeClause(mi);
        subjectVerbObject(mi);
        passiveTransfer(mi);
        transferRecipient(mi);
    }
}

// "X, Ukraine's ambassador to South Korea" / "X, a defense analyst at the RAND Corporation"
void SentenceParser::appositionRole(size_t p) {
    if (M(p).type != EntityType::Person) return;
    size_t k = M(p).end;
    // "Lieutenant General Babacar Thiaw of Senegal, MINUSCA's force commander": past the
    // country the person is from
    if (k + 2 < m_e && L(k) == "of")
        if (const size_t from = mentionAt(k + 1); from != kNone && isCountry(from)) k = M(from).end;
    if (k >= m_e || V(k) != ",") return;
    ++k;
    if (k < m_e && (L(k) == "a" || L(k) == "an" || L(k) == "the")) ++k;
    size_t owner = kNone;
    if (size_t o = mentionAt(k); o != kNone && M(o).end < m_e && isPossessive(V(M(o).end))) {
        owner = o;
        k = M(o).end + 1;
    } else if (k + 2 < m_e && L(k - 1) == "the" && mentionAt(k) == kNone &&
               startsLowerLetter(V(k)) && isPossessive(V(k + 1))) {
        // "the brigade's commander", "the committee's chairwoman": the one body so named
        if (const size_t o = describedEntity(m_art, m_mentions, k, L(k)); o != kNone) {
            owner = o;
            k += 2;
        }
    }
    size_t orgBefore = kNone;
    // modifiers before the title: adjectives, nouns, an organisation ("a RAND analyst")
    size_t t = 0, tlen = 0;
    for (size_t steps = 0; k < m_e && steps < 4; ++steps) {
        bool role = false;
        if ((tlen = titleAt(k, &role)) && role) {
            t = k;
            // the longest title run: "defense analyst", "senior fellow"
            while (t + tlen < m_e) {
                bool r2 = false;
                size_t more = titleAt(t + tlen, &r2);
                if (!more || !r2) break;
                t = t + tlen, tlen = more;
            }
            break;
        }
        if (size_t o = mentionAt(k); o != kNone && orgBefore == kNone) {
            orgBefore = o;
            k = M(o).end;
            continue;
        }
        const WordClass c = cls(k);
        // "the EU's sanctions envoy": a plural noun modifies the title too
        if (c != WordClass::Adjective && c != WordClass::Noun && c != WordClass::Unknown &&
            c != WordClass::PluralNoun)
            return;
        if (startsUpper(V(k))) return;
        ++k;
    }
    if (tlen == 0) return;
    const std::string title = titleLabel(t, tlen);
    if (owner != kNone) emit(p, owner, title + " of", RelationType::Role);
    if (orgBefore != kNone && owner == kNone) {
        const EntityType ot = M(orgBefore).type;
        if (ot == EntityType::Nationality || ot == EntityType::Location)
            emit(p, orgBefore, title + " of", RelationType::Role);
        else
            emit(p, orgBefore, title + " at", RelationType::Role);
    }
    size_t q = t + tlen;
    if (q < m_e && (L(q) == "of" || L(q) == "at" || L(q) == "to" || L(q) == "for" || L(q) == "in" ||
                    L(q) == "with")) {
        const std::string prep = Ls(q);
        ++q;
        if (q < m_e && L(q) == "the") ++q;
        size_t o = mentionAt(q);
        // "a spokeswoman for the navy": the one body whose name holds the noun
        if (o == kNone && L(q - 1) == "the" && q + 1 <= m_e && startsLowerLetter(V(q)) &&
            (q + 1 == m_e || V(q + 1) == "," || V(q + 1) == "." || isSpeechForm(L(q + 1))))
            o = describedEntity(m_art, m_mentions, q, L(q));
        // "an economist at Nairobi-based Sentinel Research": the organisation, not its seat
        if (o != kNone && organisationAfterSeat(o) != kNone) o = organisationAfterSeat(o);
        // "leader of the opposition party Free Georgia": a description of the name before it
        if (o == kNone) o = describedOrganisationAt(q);
        // "a spokesman for Poland's Ministry of National Defence": the ministry
        if (o != kNone && M(o).end + 1 < m_e && isPossessive(V(M(o).end)))
            if (const size_t owned = mentionAt(M(o).end + 1);
                owned != kNone && M(owned).type != EntityType::Person)
                o = owned;
        // "commander of U.S. Forces Korea": the name goes on past the mention
        if (o != kNone && M(o).end < m_e && startsUpper(V(M(o).end)) &&
            mentionAt(M(o).end) == kNone)
            o = kNone;
        if (o != kNone && relationTarget(M(o).type) && M(o).type != EntityType::Person)
            emit(p, o, title + " " + prep, RelationType::Role);
    }
}

// "German Chancellor Olaf Scholz", "Russia's President Vladimir Putin", "RAND analyst X"
void SentenceParser::titleRole(size_t p) {
    if (M(p).type != EntityType::Person) return;
    possessiveTitleApposition(p);
    const size_t b = M(p).begin;
    for (size_t n = 1; n <= m_x.titleMaxWords && n <= b - m_b; ++n) {
        bool role = false;
        if (titleAt(b - n, &role) != n || !role) continue;
        size_t t = b - n;
        if (t > m_b && titleAt(t - 1, &role) && role) --t;  // "defense minister"
        // a portfolio of one or two words before the title, after its owner: "Italian
        // Industry Minister", "French Armed Forces Minister"
        size_t portfolio = t;
        while (portfolio > m_b + 1 && t - portfolio < 2 && insideAt(portfolio - 1) == kNone &&
               startsUpper(V(portfolio - 1)))
            --portfolio;
        if (portfolio < t && insideAt(portfolio - 1) != kNone &&
            M(insideAt(portfolio - 1)).type != EntityType::Person)
            t = portfolio;
        // "Deputy Prime Minister X", "vice chairman X", "police chief X"
        if (t > m_b && isRankWord(L(t - 1))) --t;
        for (size_t steps = 0;
             steps < 2 && t > m_b + 1 && insideAt(t - 1) == kNone && startsLowerLetter(V(t - 1)) &&
             cls(t - 1) == WordClass::Noun && insideAt(t - 2) != kNone;
             ++steps)
            --t;
        size_t k = t;
        if (k > m_b && isPossessive(V(k - 1))) --k;
        const std::string title = titleLabel(t, b - t);
        // "Lieutenant General Diego Ferrer of Spain": the owner after the name
        if ((k == m_b || insideAt(k - 1) == kNone) && M(p).end + 1 < m_e && L(M(p).end) == "of")
            if (const size_t o = mentionAt(M(p).end + 1);
                o != kNone && (isCountry(o) || M(o).type == EntityType::Organization) &&
                (M(o).end >= m_e || !isPossessive(V(M(o).end)))) {
                emit(p, o, title + " of", RelationType::Role);
                return;
            }
        if (k == m_b || insideAt(k - 1) == kNone) return ownerlessTitle(p, t, k, title);
        const size_t o = insideAt(k - 1);
        if (!relationTarget(M(o).type) || M(o).type == EntityType::Person) return;
        const EntityType ot = M(o).type;
        if (ot == EntityType::Organization || ot == EntityType::MilitaryUnit)
            emit(p, o, title + " at", RelationType::Role);
        else if (ot == EntityType::Location || ot == EntityType::Nationality)
            emit(p, o, title + " of", RelationType::Role);
        return;
    }
}

// A title before person p with no name before it (title at t, phrase from k): "institute
// director X" -> the one institute named lately; "..., chief executive X said" -> the company
// the story is about.
void SentenceParser::ownerlessTitle(size_t p, size_t t, size_t k, const std::string& title) {
    if (k > m_b && k == t && (startsLowerLetter(V(k - 1)) || k - 1 == datelineEnd()) &&
        (cls(k - 1) == WordClass::Noun || cls(k - 1) == WordClass::Unknown)) {
        if (const size_t o = describedEntity(m_art, m_mentions, k - 1, L(k - 1)); o != kNone)
            emit(p, o, title + " at", RelationType::Role);
        return;
    }
    const bool corporate = title == "chief executive" || title == "chief executive officer" ||
                           title == "ceo" || title == "chairman" || title == "chairwoman" ||
                           title == "founder" || title == "chief financial officer" ||
                           title == "managing director";
    if (!corporate || !startsLowerLetter(V(t))) return;
    if (k != m_b && k != datelineEnd() && V(k - 1) != "," && L(k - 1) != "and") return;
    if (const size_t o = storyOrganization(m_art, m_mentions, t); o != kNone)
        emit(p, o, title + " at", RelationType::Role);
}

// "Germany's ambassador to Russia, X," / "Baku recalled its ambassador to France, X,": the
// owner of the title (a possessive, or the clause's subject for "its") and the place where
// the envoy serves.
void SentenceParser::envoyApposition(size_t p) {
    const size_t b = M(p).begin;
    if (b < m_b + 5 || V(b - 1) != ",") return;
    const size_t d = insideAt(b - 2);
    if (d == kNone || M(d).end != b - 1 || M(d).type != EntityType::Location) return;
    const size_t prep = M(d).begin - 1;
    if (prep <= m_b + 1 || (L(prep) != "to" && L(prep) != "in")) return;
    size_t t = kNone, n = 0;
    for (size_t len = 1; len <= 3 && prep >= m_b + len + 1; ++len) {
        bool role = false;
        if (titleAt(prep - len, &role) == len && role) {
            t = prep - len, n = len;
            break;
        }
    }
    if (t == kNone) return;
    size_t owner = kNone;
    if (L(t - 1) == "its" || L(t - 1) == "their") {
        // the clause's subject: the sentence's first mention, a state or an organisation
        for (size_t k = datelineEnd(); k + 1 < t && owner == kNone; ++k) owner = mentionAt(k);
        if (owner != kNone && !isCountry(owner) && !M(owner).capital &&
            M(owner).type != EntityType::Organization)
            owner = kNone;
    } else if (isPossessive(V(t - 1)) && t >= m_b + 2) {
        owner = insideAt(t - 2);
        if (owner != kNone && M(owner).end != t - 1) owner = kNone;
    }
    const std::string title = titleLabel(t, n);
    if (owner != kNone && owner != d && relationTarget(M(owner).type)) {
        capitalAsCountry(owner);
        emit(p, owner, title + (M(owner).type == EntityType::Organization ? " at" : " of"),
             RelationType::Role);
    }
    emit(p, d, title + " " + Ls(prep), RelationType::Role);
}

// "Saab's chief executive, Per Ekstrom," / "Havmark's founder, Mads Kjeldsen" -> ROLE
void SentenceParser::possessiveTitleApposition(size_t p) {
    envoyApposition(p);
    size_t b = M(p).begin;
    // "The mission's commander, Colonel James Otieno,": a rank before the name (of two
    // words: "Lieutenant Colonel")
    if (b > m_b + 5 && V(b - 2) != "," && titleAt(b - 2) == 2 && startsUpper(V(b - 2)))
        b -= 2;
    else if (b > m_b + 4 && V(b - 1) != "," && titleAt(b - 1) == 1 && startsUpper(V(b - 1)))
        --b;
    if (b < m_b + 3 || V(b - 1) != ",") return;
    const size_t e = M(p).end;
    if (e < m_e && V(e) != "," && V(e) != ".") return;
    // "his Latvian counterpart, Ivars Ozols,": a minister's peer, named by his country
    if (L(b - 2) == "counterpart")
        if (const size_t o = insideAt(b - 3);
            o != kNone && M(o).end == b - 2 &&
            (M(o).type == EntityType::Nationality || isCountry(o))) {
            // (a nationality stands for its state where the article names it)
            emit(p, o, "counterpart from", RelationType::Role, false,
                 M(o).type == EntityType::Nationality);
            return;
        }
    for (size_t n = std::min<size_t>(4, b - 1 - m_b - 1); n >= 1; --n) {
        const size_t t = b - 1 - n;
        bool role = false;
        size_t len = titleAt(t, &role);
        if (!len || !role) continue;
        if (len < n) {
            bool r2 = false;
            const size_t more = titleAt(t + len, &r2);
            if (!more || !r2 || len + more != n) continue;
        } else if (len != n) {
            continue;
        }
        // "The company's chief information officer, X," / "Its chief executive, X,": the
        // company the story is about
        const bool companyOwner = t >= m_b + 2 && isPossessive(V(t - 1)) &&
                                  isCompanyDescriptionNoun(L(t - 2)) && L(t - 3) == "the";
        if (companyOwner || L(t - 1) == "its") {
            if (const size_t o = storyOrganization(m_art, m_mentions, t); o != kNone)
                emit(p, o, titleLabel(t, n) + " at", RelationType::Role);
            return;
        }
        // "The mission's commander, X,": the one named entity "the mission" can mean
        if (t >= m_b + 3 && isPossessive(V(t - 1)) && L(t - 3) == "the" &&
            insideAt(t - 2) == kNone) {
            if (const size_t o = describedEntity(m_art, m_mentions, t, L(t - 2)); o != kNone)
                emit(p, o, titleLabel(t, n) + " of", RelationType::Role);
            return;
        }
        // "according to a UNIFIL spokesman, Marco Bellini": the organisation naming the title
        if (const size_t o = t > m_b ? insideAt(t - 1) : kNone;
            o != kNone && M(o).end == t && M(o).begin > m_b &&
            (M(o).type == EntityType::Organization || M(o).type == EntityType::MilitaryUnit) &&
            (L(M(o).begin - 1) == "a" || L(M(o).begin - 1) == "an" || L(M(o).begin - 1) == "the")) {
            emit(p, o, titleLabel(t, n) + " at", RelationType::Role);
            return;
        }
        size_t s = t;  // "Bulgaria's outgoing prime minister": the owner before its tenure
        while (s > m_b + 2 && isTenureWord(L(s - 1))) --s;
        if (s < m_b + 2 || !isPossessive(V(s - 1))) return;
        const size_t o = insideAt(s - 2);
        if (o == kNone || M(o).end != s - 1 || !relationTarget(M(o).type) || o == p) return;
        const EntityType ot = M(o).type;
        emit(p, o, titleLabel(s, n + (t - s)) + (ot == EntityType::Organization ? " at" : " of"),
             RelationType::Role);
        return;
    }
}

// "Russia's Kursk region" -> Kursk region located in Russia;
// "North Korea's military support for Russia" -> "military support for"
void SentenceParser::possessive(size_t a) {
    const Mention& A = M(a);
    if (A.end >= m_e || !isPossessive(V(A.end))) return;
    size_t k = A.end + 1;
    // "Beijing's strategic ambitions": a capital with a will of its own is its government
    if (A.capital) {
        size_t n = k;
        while (n < m_e && n < k + 2 && cls(n) == WordClass::Adjective) ++n;
        if (n < m_e && isPolicyNoun(L(n))) capitalAsCountry(a);
    }
    if (size_t b = mentionAt(k); b != kNone) {
        if (A.type == EntityType::Location && M(b).type == EntityType::Location && !A.capital)
            emit(b, a, "located in", RelationType::Location);
        // "Manila's National Maritime Council": a capital owning a state body is its
        // government (the capital rule, Extractor.h)
        if (A.capital &&
            (M(b).type == EntityType::Organization || M(b).type == EntityType::MilitaryUnit) &&
            isGovernmentBody(b)) {
            capitalAsCountry(a);
            emit(b, a, "part of", RelationType::Membership);
            return;
        }
        // "NATO's Allied Air Command": an organisation's own body; "the U.S. Navy's Fifth
        // Fleet": a service's own unit
        if ((A.type == EntityType::Organization ||
             (A.type == EntityType::MilitaryUnit && M(b).type == EntityType::MilitaryUnit)) &&
            (M(b).type == EntityType::Organization || M(b).type == EntityType::MilitaryUnit)) {
            emit(b, a, "part of", RelationType::Membership);
            return;
        }
        // "Russia's GRU", "Belgium's State Security Service": a country's body
        if (isCountry(a) &&
            (M(b).type == EntityType::Organization || M(b).type == EntityType::MilitaryUnit))
            emit(b, a, isGovernmentBody(b) ? "part of" : "based in",
                 isGovernmentBody(b) ? RelationType::Membership : RelationType::Location);
        return;
    }
    // "North Korea's state news agency KCNA"
    // "Pakistan's state-owned Indus Gas Holdings": a state company
    if (isCountry(a)) {
        bool gov = false, stateOwned = false;
        size_t n = k;
        while (n < m_e && n < k + 4 && mentionAt(n) == kNone && insideAt(n) == kNone &&
               !startsUpper(V(n)) &&
               (cls(n) == WordClass::Adjective || cls(n) == WordClass::Noun ||
                cls(n) == WordClass::Unknown || L(n).find('-') != std::string_view::npos)) {
            gov = gov || isGovernmentWord(L(n));
            stateOwned =
                stateOwned || L(n) == "state-owned" || L(n) == "state-run" || L(n) == "state";
            ++n;
        }
        if (const size_t b = mentionAt(n);
            n > k && b != kNone &&
            (M(b).type == EntityType::Organization || M(b).type == EntityType::MilitaryUnit)) {
            gov = gov || isGovernmentBody(b);
            if (stateOwned && !gov)
                emit(b, a, "state-owned by", RelationType::Membership);
            else
                emit(b, a, gov ? "part of" : "based in",
                     gov ? RelationType::Membership : RelationType::Location);
            return;
        }
    }
    // "Kartal's factory in Ankara", "Russia's naval base at Tartus": where the owner has it
    {
        size_t n = k;
        while (n < m_e && n < k + 2 && mentionAt(n) == kNone && startsLowerLetter(V(n)) &&
               cls(n) == WordClass::Adjective)
            ++n;
        if (n + 1 < m_e && n < k + 3 && mentionAt(n) == kNone && L(n) == "naval") ++n;
        const std::string_view site = n < m_e ? L(n) : std::string_view{};
        const bool base = isBaseNoun(site);
        const bool seat = site == "factory" || site == "plant" || site == "site" ||
                          site == "headquarters" || site == "office" || site == "offices" ||
                          site == "shipyard" || site == "warehouse" || site == "refinery";
        if ((base || seat) && n + 2 < m_e &&
            (L(n + 1) == "in" || L(n + 1) == "at" || L(n + 1) == "near"))
            if (const size_t place = mentionAt(skipPlaceModifiers(n + 2));
                place != kNone && M(place).type == EntityType::Location && place != a) {
                if (base && (isCountry(a) || A.type == EntityType::MilitaryUnit))
                    emit(a, place, "has base " + Ls(n + 1), RelationType::Military);
                else if (seat && (A.type == EntityType::Organization || isCountry(a)))
                    emit(a, place, Ls(n) + " " + Ls(n + 1), RelationType::Location);
                return;
            }
    }
    std::string adjectives;
    RelationType adjType = RelationType::Action;
    for (size_t steps = 0; k < m_e && steps < 3; ++steps, ++k) {
        const std::string& w = Ls(k);
        if (w == "military")
            adjType = RelationType::Military;
        else if (w == "economic" || w == "financial")
            adjType = RelationType::Economic;
        else if (w == "political" || w == "diplomatic")
            adjType = RelationType::Diplomatic;
        else
            break;
        adjectives += w + " ";
    }
    if (k + 2 >= m_e) return;
    const std::string& noun = Ls(k);
    const std::string& prep = Ls(k + 1);
    if (prep != "for" && prep != "to" && prep != "with" && prep != "against" && prep != "on")
        return;
    size_t target = mentionAt(k + 2);
    if (target == kNone || !relationTarget(M(target).type)) return;
    RelationType type;
    if (auto rn = m_x.relationNouns.find(noun); rn != m_x.relationNouns.end()) {
        type = rn->second;
    } else {
        const std::string vt = verbType(noun);
        if (vt.empty() || vt == "LIGHT" || vt == "STATEMENT" || cls(k) != WordClass::Noun) return;
        type = typeOf(vt);
    }
    if (adjType != RelationType::Action) type = adjType;
    emit(a, target, adjectives + noun + " " + prep, type);
}

// "the G20 summit in Rio de Janeiro" -> held in; "Kharkiv, Ukraine" -> located in
void SentenceParser::placeOf(size_t a) {
    const Mention& A = M(a);
    if (A.end + 1 >= m_e) return;
    const size_t b = mentionAt(A.end + 1);
    if (b == kNone || M(b).type != EntityType::Location) return;
    if (A.type == EntityType::Event && L(A.end) == "in")
        emit(a, b, "held in", RelationType::Location);
    // "Kharkiv, Ukraine", datelines "TALLINN, Estonia (Reuters) -", "Austin, Texas":
    // a country or a state after the place; a capital only before its own country
    // (lists of capitals are no containment)
    if (A.type == EntityType::Location && V(A.end) == "," && A.canonical.empty()) {
        const Mention& B = M(b);
        const bool country = !B.canonical.empty();
        const bool ok =
            A.capital ? country && A.country == B.canonical : country || isSubdivision(b);
        const std::string_view after = B.end < m_e ? V(B.end) : std::string_view(".");
        if (ok && (after == "," || after == "." || after == "(" || after == "-" ||
                   after == "\xE2\x80\x94" || after == "\xE2\x80\x93"))
            emit(a, b, "located in", RelationType::Location);
    }
}

// Where an organisation, unit or place is: "Europol in The Hague", "Aleppo in Syria",
// "Camp Shamrock near Tiri",
// "Malatya province in eastern Turkey", "X, which is based in Y", "stationed near Y",
// "Havmark Wind of Denmark", "Nordvik Energy, Norway's largest power producer".
void SentenceParser::whereabouts(size_t a) {
    const Mention& A = M(a);
    const EntityType at = A.type;
    if (at != EntityType::Organization && at != EntityType::MilitaryUnit &&
        at != EntityType::Location)
        return;
    if (at == EntityType::Location && !A.canonical.empty()) return;  // a country
    size_t k = A.end;
    // "The African Export-Import Bank (Afreximbank), based in Cairo,": past the acronym
    if (k + 3 < m_e && V(k) == "(" && V(k + 2) == ")" && V(k + 3) == ",") k += 3;
    if (k >= m_e) return;
    auto place = [&](size_t q) -> size_t {
        // "Scarborough Shoal in the South China Sea" (not "in The Hague")
        if (q < m_e && L(q) == "the" && mentionAt(q) == kNone) ++q;
        if (q < m_e && (L(q) == "eastern" || L(q) == "western" || L(q) == "northern" ||
                        L(q) == "southern" || L(q) == "central" || L(q) == "northeastern" ||
                        L(q) == "northwestern" || L(q) == "southeastern" || L(q) == "southwestern"))
            ++q;
        const size_t b = mentionAt(q);
        if (b == kNone || M(b).type != EntityType::Location) return kNone;
        if (A.capital && (M(b).canonical.empty() || M(b).canonical != A.country)) return kNone;
        if (b + 0 < m_mentions.size() && M(b).end < m_e && isPossessive(V(M(b).end)))
            return kNone;  // "in Russia's Kursk region"
        return b;
    };
    // "Camp Shamrock near Tiri", "an air base at Kant, near Bishkek"
    if (L(k) == "near" || (V(k) == "," && k + 1 < m_e && L(k + 1) == "near")) {
        if (size_t b = place(L(k) == "near" ? k + 1 : k + 2); b != kNone)
            emit(a, b, "located near", RelationType::Location);
        return;
    }
    // "the Czech Air Force's 21st Tactical Air Force Wing at Caslav": a unit at its base
    if (L(k) == "at" && at == EntityType::MilitaryUnit) {
        if (size_t b = place(k + 1); b != kNone) emit(a, b, "based at", RelationType::Location);
        return;
    }
    if (L(k) == "in" && at != EntityType::Location) {
        if (size_t b = place(k + 1); b != kNone) emit(a, b, "located in", RelationType::Location);
        return;
    }
    if (L(k) == "in") {
        if (size_t b = place(k + 1); b != kNone) emit(a, b, "located in", RelationType::Location);
        return;
    }
    if (L(k) == "of" && at == EntityType::Organization && k + 1 < m_e) {
        const size_t b = mentionAt(k + 1);
        if (b != kNone && isCountry(b) && (M(b).end >= m_e || !isPossessive(V(M(b).end)))) {
            if (isGovernmentBody(a))
                emit(a, b, "part of", RelationType::Membership);
            else
                emit(a, b, "based in", RelationType::Location);
        }
        // "owned by Kyranis Maritime of Athens": a company named with its city
        else if (b != kNone && M(b).type == EntityType::Location && !isGovernmentBody(a) &&
                 (M(b).end >= m_e || !isPossessive(V(M(b).end))))
            emit(a, b, "based in", RelationType::Location);
        return;
    }
    if (V(k) != ",") return;
    size_t q = k + 1;
    // "ICSID, the World Bank tribunal in Washington": a described body and its seat
    if (at == EntityType::Organization && q + 3 < m_e && (L(q) == "the" || L(q) == "a")) {
        size_t n = q + 1;
        while (n < m_e && n < q + 7 && L(n) != "in") {
            if (const size_t o = mentionAt(n);
                o != kNone && M(o).begin == n &&
                (M(o).type == EntityType::Organization || M(o).type == EntityType::Nationality))
                n = M(o).end;
            else if (mentionAt(n) == kNone && startsLowerLetter(V(n)) &&
                     (cls(n) == WordClass::Adjective || cls(n) == WordClass::Noun ||
                      cls(n) == WordClass::Unknown))
                ++n;
            else
                break;
        }
        if (n + 1 < m_e && L(n) == "in" && m_x.orgDescriptors.count(Ls(n - 1)))
            if (const size_t b = place(n + 1); b != kNone && !isCountry(b)) {
                emit(a, b, "based in", RelationType::Location);
                return;
            }
    }
    // apposition: ", (one of) Norway's largest power producer(s),"
    if (at == EntityType::Organization) {
        size_t r = q;
        if (r + 1 < m_e && L(r) == "one" && L(r + 1) == "of") r += 2;
        if (const size_t b = mentionAt(r);
            b != kNone && isCountry(b) && M(b).end + 1 < m_e && isPossessive(V(M(b).end))) {
            size_t n = M(b).end + 1, words = 0;
            // "Bulgaria's main centre-right party", "Oman's state-owned oil company": a
            // party or a state company belongs to the country, a company is based there
            bool party = false, stateOwned = false;
            // lower-case words only: punctuation is of class Unknown too
            while (n < m_e && words < 6 && mentionAt(n) == kNone && insideAt(n) == kNone &&
                   startsLowerLetter(V(n)) &&
                   (cls(n) == WordClass::Adjective || cls(n) == WordClass::Noun ||
                    cls(n) == WordClass::PluralNoun || cls(n) == WordClass::Unknown ||
                    L(n).find('-') != std::string_view::npos ||  // "state-owned"
                    (L(n) == "and" && words > 0))) {             // "oil and gas company"
                party = party || L(n) == "party";
                // "Turkmenistan's state gas company": "state" before the company's noun
                // ("Kazakhstan's sovereign wealth fund": the state's too)
                stateOwned = stateOwned || L(n) == "state-owned" || L(n) == "state-run" ||
                             L(n) == "sovereign" ||
                             (L(n) == "state" && n + 1 < m_e && startsLowerLetter(V(n + 1)));
                ++n, ++words;
            }
            if (words > 0 && n < m_e && (V(n) == "," || V(n) == ".")) {
                if (isGovernmentBody(a))
                    emit(a, b, "part of", RelationType::Membership);
                else if (party)
                    emit(a, b, "party of", RelationType::Membership);
                else if (stateOwned)
                    emit(a, b, "state-owned by", RelationType::Membership);
                else
                    emit(a, b, "based in", RelationType::Location);
            }
            return;
        }
    }
    // ", the state-owned mining company of the United Arab Emirates,": the same with "of"
    if (at == EntityType::Organization && q + 3 < m_e && L(q) == "the") {
        size_t n = q + 1;
        bool stateOwned = false, described = false;
        while (n < m_e && n < q + 6 && mentionAt(n) == kNone && insideAt(n) == kNone &&
               startsLowerLetter(V(n)) && L(n) != "of") {
            stateOwned = stateOwned || L(n) == "state-owned" || L(n) == "state-run";
            described = isCompanyDescriptionNoun(L(n));
            ++n;
        }
        if (described && n + 1 < m_e && L(n) == "of")
            if (const size_t b = mentionAt(L(n + 1) == "the" ? n + 2 : n + 1);
                b != kNone && isCountry(b))
                emit(a, b, stateOwned ? "state-owned by" : "based in",
                     stateOwned ? RelationType::Membership : RelationType::Location);
    }
    if (at == EntityType::Location && placeApposition(a, q)) return;
    // ", which is (already) based in Y"
    const bool relative = q < m_e && (L(q) == "which" || L(q) == "that");
    if (relative) ++q;
    // ", a joint venture based in Y": past a short description
    if (!relative && q + 2 < m_e && (L(q) == "a" || L(q) == "an")) {
        size_t n = q + 1;
        // ("a Canadian miner headquartered in": a nationality in the description)
        while (n < m_e && n < q + 5 && L(n) != "based" && L(n) != "headquartered") {
            if (const size_t o = mentionAt(n); o != kNone && M(o).type == EntityType::Nationality)
                n = M(o).end;
            else if (mentionAt(n) == kNone && startsLowerLetter(V(n)))
                ++n;
            else
                break;
        }
        if (n < m_e && (L(n) == "based" || L(n) == "headquartered")) q = n;
    }
    const size_t verbGroup = q;
    while (q < m_e && (isAux(L(q)) || cls(q) == WordClass::Adverb)) ++q;
    if (q + 1 >= m_e) return;
    // "The troops, drawn from the X Brigade in Y, will be based at Z": without "which" a
    // verb group after the comma is the main clause, whose subject is not Y
    if (!relative && q != verbGroup) return;
    const std::string& w = Ls(q);
    if (w != "based" && w != "headquartered" && w != "located" && w != "stationed") return;
    const std::string& prep = Ls(q + 1);
    if (prep != "in" && prep != "near" && prep != "at") return;
    if (size_t b = place(q + 2); b != kNone) emit(a, b, w + " " + prep, RelationType::Location);
}

// A place described after its comma at q: "Beira, a port city in central Mozambique" /
// "Nagorno-Karabakh, a region of Azerbaijan" / "Port-au-Prince, the capital of Haiti" /
// "Beira, Mozambique's second-largest city" -> located in; "Buzi, a town 30 km west of
// Beira" -> near.  Only with a place noun ("city", "region") in the description.
bool SentenceParser::placeApposition(size_t a, size_t q) {
    size_t r = q;
    size_t owner = kNone;
    if (r < m_e && (L(r) == "a" || L(r) == "an" || L(r) == "the")) {
        ++r;
    } else if (const size_t b = mentionAt(r);
               b != kNone && isCountry(b) && M(b).end < m_e && isPossessive(V(M(b).end))) {
        owner = b;
        r = M(b).end + 1;
    } else {
        return false;
    }
    bool placeNoun = false;
    for (size_t words = 0; r < m_e && words < 5; ++words) {
        if (const size_t d = insideAt(r); d != kNone && M(d).type == EntityType::Quantity) {
            r = M(d).end;  // a distance: "30 km"
            continue;
        }
        // "Riyadh, the Saudi capital": the country a demonym names owns the place
        if (const size_t d = mentionAt(r);
            d != kNone && owner == kNone && d != a &&
            ((M(d).type == EntityType::Nationality && !M(d).country.empty()) || isCountry(d))) {
            if (M(d).type == EntityType::Nationality) {
                // the demonym stands for its country here, as before a title
                Mention& nationality = m_mentions[d];
                nationality.type = EntityType::Location;
                nationality.canonical = nationality.country;
                nationality.fromTitle = true;
            }
            owner = d;
            r = M(d).end;
            continue;
        }
        if (mentionAt(r) != kNone || startsUpper(V(r)) || isCompassWord(L(r))) break;
        const WordClass c = cls(r);
        if (c != WordClass::Adjective && c != WordClass::Noun && c != WordClass::Unknown &&
            c != WordClass::Number && c != WordClass::Adverb)
            break;
        placeNoun = placeNoun || isPlaceNoun(L(r));
        ++r;
    }
    if (!placeNoun) return false;
    if (owner != kNone) {
        if (r < m_e && (V(r) == "," || V(r) == "."))
            emit(a, owner, "located in", RelationType::Location);
        return true;
    }
    if (r + 1 >= m_e) return false;
    std::string_view rel = "located in";
    // "a town 30 km west of Y", "a town northwest of Y": near Y
    if (isCompassWord(L(r)) && L(r + 1) == "of") {
        rel = "near";
        ++r;
    } else if (L(r) != "in" && L(r) != "of") {
        return false;
    }
    const size_t b = mentionAt(skipPlaceModifiers(r + 1));
    if (b == kNone || M(b).type != EntityType::Location || b == a) return false;
    if (M(b).end < m_e && isPossessive(V(M(b).end))) return false;  // "in Russia's Kursk region"
    emit(a, b, std::string(rel), RelationType::Location);
    return true;
}

// "a strategic partnership between X and Y" -> X "partnership with" Y
void SentenceParser::between() {
    for (size_t k = m_b + 1; k + 3 < m_e; ++k) {
        if (L(k) != "between") continue;
        size_t q = k + 1;
        if (L(q) == "the") ++q;
        const size_t x = mentionAt(q);
        if (x == kNone || M(x).end + 1 >= m_e || L(M(x).end) != "and") continue;
        size_t r = M(x).end + 1;
        if (r < m_e && L(r) == "the") ++r;
        const size_t y = mentionAt(r);
        if (y == kNone || !relationTarget(M(x).type) || !relationTarget(M(y).type)) continue;
        // the relation noun, possibly after an adjective: "strategic partnership between"
        for (size_t n = k; n > m_b && n + 3 > k; --n) {
            auto it = m_x.relationNouns.find(Ls(n - 1));
            if (it == m_x.relationNouns.end()) continue;
            capitalAsCountry(x);
            capitalAsCountry(y);
            emit(x, y, Ls(n - 1) + " with", it->second);
            break;
        }
    }
}

}  // namespace entgraph::relparse

namespace entgraph {

std::vector<RelationCandidate> extractRelations(const ArticleTokens& art,
                                                std::vector<Mention>& mentions) {
    std::vector<RelationCandidate> out;
    // Each sentence's mentions in order, back to back (one array, not a vector per sentence):
    // sentence si's are bySentence[first[si] .. first[si + 1]).
    const size_t sentences = art.sentences.size();
    thread_local std::vector<size_t> first, next, bySentence;
    first.assign(sentences + 1, 0);
    for (const Mention& m : mentions)
        if (m.sentence < sentences) ++first[m.sentence + 1];
    for (size_t si = 0; si < sentences; ++si) first[si + 1] += first[si];
    next.assign(first.begin(), first.end() - 1);
    bySentence.resize(first[sentences]);
    for (size_t i = 0; i < mentions.size(); ++i)
        if (mentions[i].sentence < sentences) bySentence[next[mentions[i].sentence]++] = i;
    relparse::SentenceParser parser(art, mentions, out);
    for (size_t si = 0; si < sentences; ++si)
        parser.run(
            si, std::span<const size_t>(bySentence).subspan(first[si], first[si + 1] - first[si]));
    return out;
}

}  // namespace entgraph

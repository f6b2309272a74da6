// Verb group and object patterns of the sentence parser (RelationParser.h): coordinated
// objects, negation, passives, weapons and cargo, and the typing of an act by its verb, cargo
// and object words (RelationPatterns.h).  Subjects are found in RelationSubject.cpp.
#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

// The verb group at p and its object; a coordinated verb phrase ("has described it as
// ... and plans to discuss the issue with Y") is parsed in turn.
// "has described it as ... and plans to discuss the issue with Y": the next verb phrase
// after `from` with the same subjects, when nothing but counts and dates comes between.
// The token before the place modifiers ("southeastern", "the") that end at k.
size_t SentenceParser::skipBackModifiers(size_t k) const {
    while (k > m_b && (L(k - 1) == "the" || isCompassWord(L(k - 1)) ||
                       L(k - 1).ends_with("ern")))  // "southeastern"
        --k;
    return k > m_b ? k - 1 : k;
}

void SentenceParser::nextConjunct(const std::vector<size_t>& subjects, size_t from, int depth) {
    for (size_t k = from; k < m_e && k < from + 14; ++k) {
        // ("... and end at Multan": a line's route verb the word list has as a noun)
        if (L(k) == "and" && k + 1 < m_e &&
            (isAux(L(k + 1)) ||
             (isVerb(k + 1) && cls(k + 1) != WordClass::Noun &&
              cls(k + 1) != WordClass::Adjective) ||
             (isRouteLemma(L(k + 1)) && !subjects.empty() && namesALine(subjects[0]))) &&
            mentionAt(k + 1) == kNone)
            return predicate(subjects, k + 1, depth + 1);
        // "will start at X, pass through Y and end at Z": a series of bare verb phrases
        if (V(k) == "," && k + 1 < m_e && cls(k + 1) == WordClass::Verb &&
            mentionAt(k + 1) == kNone && !isSpeechForm(L(k + 1)))
            return predicate(subjects, k + 1, depth + 1);
        // "gave ... to Ukraine in 2022 and has ordered": counts and dates on the way, and
        // where the object is ("at the X gas field in southeastern Turkmenistan, pass ...")
        if (const size_t o = mentionAt(k);
            o != kNone && M(o).type != EntityType::Quantity && M(o).type != EntityType::Date &&
            !(M(o).type == EntityType::Location && k > from && L(skipBackModifiers(k)) == "in"))
            return;
        if (const size_t o = mentionAt(k); o != kNone) {
            k = M(o).end - 1;
            continue;
        }
        if (isClauseBreak(L(k)) && !isQuote(V(k)) && L(k) != "as") return;
    }
}

void SentenceParser::predicate(const std::vector<size_t>& subjects, size_t p, int depth) {
    if (depth > 2) return;
    VerbGroup verb;
    if (!verbGroup(p, verb)) return;
    const std::string& mainLemma = verb.lemma;
    const std::string& mainForm = verb.form;
    const bool negated = verb.negated;
    const size_t q = verb.end;
    // "Spain competes with Italy and Greece to sell frigates to Egypt": the rivals share
    // the purpose
    if ((mainLemma == "compete" || mainLemma == "vie") && q + 1 < m_e && L(q) == "with") {
        std::vector<size_t> rivals = subjects;
        size_t k = q + 1;
        for (size_t o = mentionAt(k);
             o != kNone && relationTarget(M(o).type) && M(o).type != EntityType::Nationality;
             o = mentionAt(k)) {
            rivals.push_back(o);
            k = M(o).end;
            if (k + 1 >= m_e || (L(k) != "and" && L(k) != ",")) break;
            ++k;
            if (L(k) == "and") ++k;
        }
        if (rivals.size() > subjects.size() && k + 1 < m_e && L(k) == "to" && isVerb(k + 1))
            predicate(rivals, k + 1, depth + 1);
        return;
    }
    std::string vtype = verbType(mainLemma);
    // "Kyrgyz and Tajik border troops exchanged fire", "X and Y clashed near Z": the
    // coordinated subjects fought each other
    if (subjects.size() >= 2 && (mainLemma == "clash" || (mainLemma == "exchange" && q < m_e &&
                                                          (L(q) == "fire" || L(q) == "gunfire" ||
                                                           L(q) == "shots" || L(q) == "blows"))))
        for (size_t i = 0; i < subjects.size(); ++i)
            for (size_t j = i + 1; j < subjects.size(); ++j)
                emit(subjects[i], subjects[j],
                     mainLemma == "clash" ? mainForm + " with" : mainForm + " " + Ls(q) + " with",
                     RelationType::Conflict, negated);
    // "X and Y have fought each other": the subjects are each other's object
    if (subjects.size() >= 2 && q + 1 < m_e &&
        ((L(q) == "each" && L(q + 1) == "other") || (L(q) == "one" && L(q + 1) == "another"))) {
        if (vtype.empty() || vtype == "STATEMENT" || vtype == "LIGHT") return;
        for (size_t i = 0; i < subjects.size(); ++i)
            for (size_t j = i + 1; j < subjects.size(); ++j)
                emit(subjects[i], subjects[j], mainForm, typeOf(vtype), negated);
        return;
    }
    // speech verbs: "X notes that ..." -> statement about the claim's entities
    if (vtype == "STATEMENT") return speechAct(subjects, q, mainLemma, mainForm, negated, depth);
    ObjectPhrase object;
    objectPhrase(p, vtype, verb, object);
    ownBase(subjects, verb.end);
    // "shot down 24 of the Shaheds": air defence at work, not a fight with the drones' makers
    if (mainLemma == "shoot" && verb.form.ends_with(" down")) vtype = "MILITARY";
    if (!object.weapons.empty()) {
        weaponObjects(subjects, vtype, verb, object);
        // "gave its S-300 system to Ukraine in 2022 and has ordered Barak MX systems from":
        // the next verb phrase of the subjects, past the arms and their recipient
        size_t from = std::max(object.end, M(object.weapons.back()).end);
        if (object.target != kNone) from = std::max(from, M(object.target).end);
        if (from + 1 < m_e && (L(from) == "to" || L(from) == "for"))
            if (const size_t t = mentionAt(skipPlaceModifiers(from + 1)); t != kNone)
                from = M(t).end;
        return nextConjunct(subjects, from, depth);
    }
    relateObject(subjects, vtype, verb, object, depth);
}

void SentenceParser::ownBase(const std::vector<size_t>& subjects, size_t from) {
    if (subjects.size() != 1) return;
    const size_t sj = subjects[0];
    const bool state = isCountry(sj);
    if (!state && M(sj).type != EntityType::MilitaryUnit && M(sj).type != EntityType::Organization)
        return;
    for (size_t k = from; k + 3 < m_e && k < from + 20; ++k) {
        // the cheap test first: most tokens are no "its"; the clause is checked only then
        if (L(k).size() != 3 || L(k) != "its" ||
            (L(k + 1) != "base" && L(k + 1) != "headquarters") ||
            (L(k + 2) != "in" && L(k + 2) != "at"))
            continue;
        for (size_t c = from; c < k; ++c)
            if (isClauseBreak(L(c)) || isQuote(V(c))) return;
        const size_t b = mentionAt(skipPlaceModifiers(k + 3));
        if (b == kNone || M(b).type != EntityType::Location || isCountry(b)) return;
        // a state's base abroad is a military holding, a unit's or a company's its seat
        emit(sj, b, std::string(L(k + 1)) + " in",
             state ? RelationType::Military : RelationType::Location, false);
        return;
    }
}

// The verb group at p: auxiliaries, negation, passive voice and the main verb (a light
// verb when no other follows), then the adverbs after it.  False when there is no verb.
bool SentenceParser::verbGroup(size_t p, VerbGroup& verb) {
    bool negated = false, passive = false, sawBe = false;
    std::string mainForm, mainLemma;
    WordClass mainClass = WordClass::Unknown;
    size_t q = p;
    bool expectVerb = true;
    // a light verb with no verb after it ("began their annual X exercise") is the main
    // verb only for a military exercise object (checked below)
    std::string lightLemma, lightForm;
    WordClass lightClass = WordClass::Unknown;
    size_t lightEnd = 0;
    bool lightMain = false;
    bool jointly = false;  // "are jointly funding": the subjects act together
    bool each = false;     // "are each providing": one object per subject
    for (; q < m_e; ++q) {
        const std::string_view w = L(q);  // literals compare inline (Ls(q) for keyed look-ups)
        // "The European Union on Thursday imposed": a date before the verb
        if (const size_t d = datedVerbGroup(q); d != q) {
            q = d - 1;
            continue;
        }
        if (insideAt(q) != kNone) break;
        if (isNeg(w)) {
            negated = true;
            continue;
        }
        if (isAux(w)) {
            sawBe = sawBe || isBe(w);
            // "Britain has about 900 troops in Estonia": "have" as the (light) main verb
            if (lightLemma.empty() && haveAsMainVerb(q))
                lightLemma = "have", lightForm = w, lightClass = WordClass::Verb, lightEnd = q + 1;
            continue;
        }
        if (w == "to" && q + 1 < m_e && isVerb(q + 1)) continue;
        jointly = jointly || w == "jointly";
        each = each || w == "each";
        if (w == "each" || w == "both" || w == "jointly") continue;  // "will each send"
        // a capitalised word is no verb ("Trade"), except in a headline
        if (q > m_b && startsUpper(V(q)) && !titleCaseSentence()) break;
        const WordClass c = cls(q);
        if (c == WordClass::Adverb) continue;
        // "agreed to resume talks in Geneva": after a light verb, a relation noun is its object
        if (!lightLemma.empty() && (c == WordClass::PluralNoun || c == WordClass::Noun) &&
            m_x.relationNouns.count(Ls(q)))
            break;
        // "will close its assembly plant": after a modal, a word the list has as an adjective
        // or noun is the verb when an object opens after it
        const bool verbAfterModal = q > p && q + 1 < m_e && isModal(L(q - 1)) &&
                                    (c == WordClass::Adjective || c == WordClass::Noun) &&
                                    (cls(q + 1) == WordClass::Determiner || L(q + 1) == "its" ||
                                     L(q + 1) == "their" || isNumber(q + 1));
        if ((isVerb(q) || verbAfterModal) && expectVerb) {
            const std::string lemma = m_x.verbLemma(w);
            const std::string vt = verbType(lemma);
            if (vt == "LIGHT" || lemma == "be" || lemma == "have") {
                sawBe = sawBe || lemma == "be";
                if (c == WordClass::Participle && sawBe) passive = false;
                if (vt == "LIGHT")
                    lightLemma = lemma, lightForm = w, lightClass = c, lightEnd = q + 1;
                continue;
            }
            mainLemma = lemma;
            mainClass = c;
            passive = sawBe && (c == WordClass::Participle || c == WordClass::VerbPast);
            if (c == WordClass::Gerund)
                mainForm = thirdPerson(lemma);
            else if (passive && c == WordClass::VerbPast)
                mainForm = w;
            else
                mainForm = w;
            ++q;
            break;
        }
        break;
    }
    if (mainLemma.empty() && !lightLemma.empty() && !passive) {
        mainLemma = lightLemma, mainForm = lightForm, mainClass = lightClass;
        q = lightEnd;
        lightMain = true;
    }
    if (mainLemma.empty()) return false;
    // particles right after the verb: "pulled out of" stays simple; skip adverbs
    while (q < m_e && cls(q) == WordClass::Adverb && insideAt(q) == kNone && !isNeg(L(q))) ++q;
    verb = {negated,   passive, lightMain, jointly, std::move(mainForm), std::move(mainLemma),
            mainClass, q,       each};
    return true;
}

// The object phrase after the verb group (from verb.end): its preposition, the party
// (target), weapons, cargo, an intended act ("agreed to sell") and what its words say
// about the act.  A particle ("carried out") joins verb.form.
void SentenceParser::objectPhrase(size_t p, const std::string& vtype, VerbGroup& verb,
                                  ObjectPhrase& object) {
    const std::string& mainLemma = verb.lemma;
    std::string& mainForm = verb.form;
    object = ObjectPhrase{};
    std::string &prep = object.prep, &jointNoun = object.jointNoun;
    std::string &purposeLemma = object.purposeLemma, &cargo = object.cargo;
    std::string_view& transferNoun = object.transferNoun;
    ObjectFacts& facts = object.facts;
    size_t& q = object.end;
    q = verb.end;
    bool missedName = false;  // a capitalised word no mention covers
    for (size_t steps = 0; q < m_e && steps < 16; ++steps) {
        const std::string_view w = L(q);  // literals compare inline (Ls(q) for keyed look-ups)
        if (const size_t mi = mentionAt(q); mi != kNone) {
            if (objectMention(mi, vtype, mainLemma, missedName, object)) continue;
            break;
        }
        if (const size_t qi = insideAt(q); qi != kNone) {
            // a quantity object: "100,000 soldiers"
            const Mention& qm = M(qi);
            if (qm.type == EntityType::Quantity && m_x.cargoNouns.count(Ls(qm.end - 1)) &&
                cargo.empty())
                cargo = L(qm.end - 1);
            if (qm.type == EntityType::Money) facts.money = true;
            if (qm.type == EntityType::Quantity)
                for (size_t k = qm.begin; k < qm.end; ++k) facts.note(L(k));
            if (qm.type == EntityType::Date || qm.type == EntityType::Money) {
                q = qm.end;
                continue;
            }
            // a nested mention (nationality inside a quantity) is no object; a weapon is
            // ("18 F-16 jets" counted as one quantity)
            size_t next = qm.end;
            for (size_t k = q + 1; k < qm.end && next == qm.end; ++k)
                if (const size_t n = mentionAt(k); n != kNone && M(n).type == EntityType::Weapon)
                    next = k;
            q = next;
            continue;
        }
        // "imposed sanctions on three companies: A, B and C": the list names the object (the
        // count may be a quantity mention, "two firms:")
        if (object.target == kNone && object.weapons.empty()) {
            size_t colon = kNone;
            if (V(q) == ":" && q > m_b && insideAt(q - 1) != kNone &&
                M(insideAt(q - 1)).type == EntityType::Quantity)
                colon = q;
            else if (q + 1 < m_e && V(q + 1) == ":" && startsLowerLetter(V(q)) &&
                     insideAt(q) == kNone)
                colon = q + 1;
            if (colon != kNone && colon + 1 < m_e && mentionAt(colon + 1) != kNone) {
                q = colon + 1;
                continue;
            }
        }
        // "is contributing two frigates, the Picardie and the Vendee": the ships named
        if (w == "," && q > verb.end && q + 2 < m_e && object.target == kNone &&
            (isVesselNoun(L(q - 1)) ||
             (L(q - 1).ends_with('s') && isVesselNoun(L(q - 1).substr(0, L(q - 1).size() - 1))))) {
            const size_t at = L(q + 1) == "the" ? q + 2 : q + 1;
            if (const size_t ship = mentionAt(at);
                ship != kNone && M(ship).type == EntityType::Vessel) {
                q = at;
                continue;
            }
        }
        if (isClauseBreak(w) || w == "," || isQuote(V(q))) break;
        // "a stake in a fuel terminal and pipeline operated by Kilwa Midstream": the operator
        // holds what the stake is in
        if (facts.stake && q + 2 < m_e && L(q + 1) == "by" && mentionAt(q + 2) != kNone &&
            (w == "operated" || w == "owned" || w == "run" || w == "controlled")) {
            prep = "in";
            q += 2;
            continue;
        }
        // "includes both Kyrgyzstan and Tajikistan"
        if ((w == "both" || w == "either") && q + 1 < m_e && mentionAt(q + 1) != kNone) {
            ++q;
            continue;
        }
        // "sanctions on four Iranian nationals and on Pars Data Services": the same
        // preposition again after a counted object names the party
        if (w == "and" && !prep.empty() && q + 2 < m_e && L(q + 1) == prep && q > m_b &&
            insideAt(q - 1) != kNone && M(insideAt(q - 1)).type == EntityType::Quantity) {
            q += 2;
            continue;
        }
        // "has 28,500 troops stationed in": where the counted force is placed
        if (prep.empty() && !cargo.empty() && q > m_b && insideAt(q - 1) != kNone &&
            (w == "stationed" || w == "based" || w == "deployed" || w == "positioned")) {
            ++q;
            continue;
        }
        // "300 soldiers and eight tanks to": a second count before any preposition
        if (w == "and" && prep.empty() && (!cargo.empty() || facts.money || facts.military) &&
            q + 1 < m_e &&
            ((insideAt(q + 1) != kNone && M(insideAt(q + 1)).type == EntityType::Quantity) ||
             (mentionAt(q + 1) != kNone && M(mentionAt(q + 1)).type == EntityType::Weapon) ||
             isNumber(q + 1) ||
             // "two frigates and a submarine"
             (q + 2 < m_e && (L(q + 1) == "a" || L(q + 1) == "an") &&
              cargoKind(L(q + 2)) == CargoKind::Military))) {
            ++q;
            continue;
        }
        if (w == "to" && q + 1 < m_e && isVerb(q + 1) && mentionAt(q + 1) == kNone) {
            const std::string lemma = m_x.verbLemma(L(q + 1));
            if (!purposeLemma.empty()) break;
            purposeLemma = lemma;
            prep.clear();
            q += 2;
            continue;
        }
        const WordClass c = cls(q);
        // "carried out strikes on": the verb's particle; "staged exercises off Taiwan": a
        // particle before a name is its preposition
        // "shot down 24 drones": "down" right after the verb is its particle
        if ((w == "out" || (w == "down" && q == verb.end)) && prep.empty() && cargo.empty() &&
            q + 1 < m_e && mentionAt(q + 1) == kNone) {
            mainForm += ' ';
            mainForm += w;
            ++q;
            continue;
        }
        if (w == "off" && q + 1 < m_e &&
            (mentionAt(q + 1) != kNone || (L(q + 1) == "the" && mentionAt(q + 2) != kNone))) {
            prep = w;
            ++q;
            continue;
        }
        if (c == WordClass::Preposition || c == WordClass::To) {
            // "about 300 soldiers", "over 2 million euros": an approximation, no preposition
            // ("around Taiwan" is one)
            const size_t counted = q + 1 < m_e ? insideAt(q + 1) : kNone;
            if ((w == "about" || w == "around" || w == "over" || w == "nearly" ||
                 w == "approximately") &&
                q + 1 < m_e &&
                ((counted != kNone && (M(counted).type == EntityType::Quantity ||
                                       M(counted).type == EntityType::Money)) ||
                 isNumber(q + 1))) {
                ++q;
                continue;
            }
            // "shot down 24 of the drones", "buys most of its gas from": a part of the
            // object, no preposition
            if (w == "of" && prep.empty() && q > verb.end &&
                (isNumber(q - 1) ||
                 ((L(q - 1) == "most" || L(q - 1) == "all" || L(q - 1) == "half" ||
                   L(q - 1) == "part" || L(q - 1) == "much" || L(q - 1) == "some") &&
                  q + 1 < m_e &&
                  (L(q + 1) == "the" || L(q + 1) == "its" || L(q + 1) == "their")))) {
                ++q;
                continue;
            }
            // "to keep a brigade of 4,800 troops in": a force counted goes on to its place
            // ("to supply 14 billion cubic metres of gas": the goods measured go on too)
            if (w == "of" && prep.empty() && cargo.empty() && !purposeLemma.empty() &&
                !(q > m_b && isForceNoun(L(q - 1))) &&
                !(q + 1 < m_e && cargoKind(L(q + 1)) == CargoKind::Goods))
                break;
            // "banned the export of machine tools to", "funding the purchase of tanks for":
            // the transfer's own object follows, and the party after it (not for a verb
            // reacting to someone else's transfer: "condemned the sale of")
            if (w == "of" && prep.empty() && q > m_b && insideAt(q - 1) == kNone &&
                isTransferNoun(L(q - 1)) && actsOnTransfer(vtype)) {
                transferNoun = L(q - 1);
                ++q;
                continue;
            }
            prep = w;
            ++q;
            continue;
        }
        // a count the word list lacks ("18" before "F-16 jets") is a number too
        if (c == WordClass::Determiner || c == WordClass::Adjective || c == WordClass::Number ||
            c == WordClass::Adverb || w == "up" || w == "her" || w == "his" || w == "their" ||
            (c == WordClass::Unknown && isNumber(q)) ||
            // "supply liquefied natural gas to": a participle modifying the object's noun
            ((c == WordClass::Participle || c == WordClass::VerbPast) && prep.empty() && q > p &&
             (cls(q - 1) == WordClass::Determiner || isNumber(q - 1) || isVerb(q - 1)) &&
             q + 1 < m_e && insideAt(q + 1) == kNone &&
             (cls(q + 1) == WordClass::Adjective || cls(q + 1) == WordClass::Noun ||
              cls(q + 1) == WordClass::PluralNoun))) {
            facts.note(w);
            ++q;
            continue;
        }
        // "led since March by General Anna Berg": a title before the person named
        if (const size_t tl = titleAt(q); tl && !prep.empty() && mentionAt(q + tl) != kNone &&
                                          M(mentionAt(q + tl)).type == EntityType::Person) {
            q += tl;
            continue;
        }
        // "boarded the oil tanker Marisol Dawn": a noun naming the ship's kind, no cargo
        if (q + 1 < m_e && isVesselNoun(L(q + 1)) && insideAt(q) == kNone) {
            ++q;
            continue;
        }
        // "the purchase of", "the export of": a transfer noun the word list has as a verb
        if (c == WordClass::Noun || c == WordClass::PluralNoun || c == WordClass::Unknown ||
            (isTransferNoun(w) && q > m_b && cls(q - 1) == WordClass::Determiner)) {
            // "struck the port of Odesa", "shelled the town of Bakhmut": the place named
            if (prep.empty() && q + 2 < m_e && L(q + 1) == "of" && mentionAt(q + 2) != kNone &&
                M(mentionAt(q + 2)).type == EntityType::Location &&
                (w == "port" || w == "city" || w == "town" || w == "village" || w == "region" ||
                 w == "province" || w == "island" || w == "capital")) {
                q += 2;
                continue;
            }
            // "banned rice exports to Bangladesh": the transfer noun heads the object
            if (prep.empty() && transferNoun.empty() && isTransferNoun(w) && q + 1 < m_e &&
                (L(q + 1) == "to" || L(q + 1) == "from") && actsOnTransfer(vtype))
                transferNoun = w;
            facts.note(w);
            missedName = missedName || startsUpper(V(q));
            // "invest $2 billion in a new battery plant in Hungary": the facility is a
            // waypoint to the place; so is a unit ("contribute 400 soldiers to the new
            // battalion in Finland") and a base ("deploy 800 soldiers to a base in Lithuania")
            if (prep == "in" || prep == "at" || prep == "to") {
                auto waypoint = [&](size_t i) {
                    return isBaseNoun(L(i)) ||
                           (prep == "to" ? isUnitNoun(L(i)) : isFacilityNoun(L(i)));
                };
                size_t n = q;
                while (n < q + 3 && n + 1 < m_e && !waypoint(n) && insideAt(n) == kNone &&
                       cls(n) == WordClass::Noun)
                    ++n;
                if (waypoint(n) && n + 1 < m_e &&
                    (L(n + 1) == "in" || L(n + 1) == "near" || L(n + 1) == "across")) {
                    prep.clear();
                    q = n + 1;
                    continue;
                }
            }
            // "to support the war in X" (but "to supply 14 billion cubic metres of gas")
            if (!prep.empty() && !purposeLemma.empty() &&
                !(prep == "of" && cargoKind(w) != CargoKind::None))
                break;
            // "tariffs on steel from China": the goods a levy falls on, then the party
            if (prep == "on" && cargoKind(w) == CargoKind::Goods && q > m_b + 1 &&
                isLevyNoun(L(q - 2))) {
                prep.clear();
                ++q;
                // "tariffs on cars, steel and textiles from China": the rest of the goods
                while (q + 1 < m_e && (V(q) == "," || L(q) == "and")) {
                    const size_t next = V(q) == "," && L(q + 1) == "and" ? q + 2 : q + 1;
                    if (next >= m_e || cargoKind(L(next)) != CargoKind::Goods) break;
                    q = next + 1;
                }
                continue;
            }
            // "were hit by ships of the China Coast Guard": the agent owns the vessels
            if (prep == "by" && q + 2 < m_e && (L(q + 1) == "of" || L(q + 1) == "from") &&
                (isForceNoun(w) || cargoKind(w) == CargoKind::Military || w == "ships" ||
                 w == "vessels" || w == "boats" || w == "aircraft")) {
                q += L(q + 2) == "the" && mentionAt(q + 2) == kNone ? 3 : 2;
                continue;
            }
            if (jointNoun.empty() && m_x.relationNouns.count(Ls(q))) jointNoun = w;
            // "$400 million in tax incentives to", "2 billion won in bribes from": what the
            // money is, not where it goes
            if (prep == "in" && facts.money && q > m_b && insideAt(q - 1) == kNone &&
                L(q - 1) == "in") {
                prep.clear();
                ++q;
                continue;
            }
            if (!prep.empty() && cargo.empty() && purposeLemma.empty() &&
                !m_x.cargoNouns.count(Ls(q))) {
                // "in emergency aid to": a cargo noun right after this modifier
                if (q + 1 < m_e && m_x.cargoNouns.count(Ls(q + 1)) && insideAt(q + 1) == kNone) {
                    cargo = L(q + 1);
                    prep.clear();
                    q += 2;
                    continue;
                }
            }
            // "a stake in a fuel terminal and pipeline operated by X": on to the operator
            if (facts.stake && prep == "in") {
                size_t n = q;
                while (n < m_e && n < q + 5 && insideAt(n) == kNone && startsLowerLetter(V(n)) &&
                       (cls(n) == WordClass::Noun || cls(n) == WordClass::PluralNoun ||
                        cls(n) == WordClass::Adjective || cls(n) == WordClass::Unknown ||
                        L(n) == "and"))
                    ++n;
                if (n + 2 < m_e && L(n + 1) == "by" &&
                    (L(n) == "operated" || L(n) == "owned" || L(n) == "run" ||
                     L(n) == "controlled")) {
                    q = n;
                    continue;
                }
            }
            if (m_x.cargoNouns.count(Ls(q)) && cargo.empty())
                cargo = w;
            else if (!prep.empty())
                break;  // "in the conflict over X": too far
            prep.clear();
            ++q;
            continue;
        }
        break;
    }
}

// A mention in the object phrase (at object.end): weapons join object.weapons (true: the
// list goes on after "," or "and"); the first mention that can be a party becomes
// object.target.  False ends the phrase.
bool SentenceParser::objectMention(size_t mi, const std::string& vtype,
                                   const std::string& mainLemma, bool missedName,
                                   ObjectPhrase& object) {
    std::string& prep = object.prep;
    const ObjectFacts& facts = object.facts;
    size_t& target = object.target;
    std::vector<size_t>& weapons = object.weapons;
    size_t& q = object.end;
    const Mention& m = M(mi);
    // "a battery of Hawk missiles": the weapons after a unit noun
    // "completed the delivery of 18 F-16 jets to": the transfer named by its noun,
    // not when the verb reacts to someone else's transfer ("condemned the sale of")
    if (m.type == EntityType::Weapon && prep == "of" && transferOfWeapon(q) &&
        actsOnTransfer(vtype))
        prep.clear();
    // "will pay 2.9 billion euros for 54 Leopard tanks": what the money buys
    if (m.type == EntityType::Weapon && prep == "for" && facts.money &&
        (mainLemma == "pay" || mainLemma == "spend" || mainLemma == "bid"))
        prep.clear();
    // "will spend 8 billion euros on Patriot systems"
    if (m.type == EntityType::Weapon && prep == "on" && facts.money && mainLemma == "spend")
        prep.clear();
    if (m.type == EntityType::Weapon && prep.empty()) {
        weapons.push_back(mi);
        q = m.end;
        if (q + 1 < m_e && (L(q) == "," || L(q) == "and")) {
            ++q;
            if (q < m_e && L(q) == "and") ++q;
            return true;
        }
        return false;
    }
    if (!relationTarget(m.type)) return false;
    // "buys Spanish air defence systems": the makers' nationality modifies the arms
    if (m.type == EntityType::Nationality && m.end < m_e && mentionAt(m.end) != kNone &&
        M(mentionAt(m.end)).type == EntityType::Weapon) {
        q = m.end;
        return true;
    }
    // "met his Azerbaijani counterpart, Jeyhun Bayramov,": the person
    if (m.end + 2 < m_e && L(m.end) == "counterpart" && V(m.end + 1) == "," &&
        mentionAt(m.end + 2) != kNone && M(mentionAt(m.end + 2)).type == EntityType::Person) {
        target = mentionAt(m.end + 2);
        return false;
    }
    // "tariffs on Chinese cars", "new duties on Mexican steel": the goods' state is the party
    if (m.type == EntityType::Nationality && prep == "on" && m.end < m_e && m.begin >= m_b + 2 &&
        cargoKind(L(m.end)) == CargoKind::Goods && isLevyNoun(L(m.begin - 2))) {
        target = mi;
        object.byState = true;
        return false;
    }
    // "called the Swedish deployment ...": a nationality modifying a noun the
    // lexicon does not know is no object either
    if (m.type == EntityType::Nationality && m.end < m_e && startsLowerLetter(V(m.end)) &&
        cls(m.end) == WordClass::Unknown && !isCompanyDescriptionNoun(L(m.end)))
        return false;
    if ((m.type == EntityType::Nationality || (m.type == EntityType::Location && !m.fromTitle)) &&
        m.end < m_e && !startsUpper(V(m.end)) && !isPossessive(V(m.end))) {
        // "Danish wind developer (X)", "U.S. technology group Lumiq"
        size_t n = m.end;
        while (n < m_e && n < m.end + 4 && mentionAt(n) == kNone && insideAt(n) == kNone &&
               (cls(n) == WordClass::Noun || cls(n) == WordClass::Adjective ||
                cls(n) == WordClass::PluralNoun || titleAt(n) ||  // "police chief"
                isCompanyDescriptionNoun(L(n))))                  // "Italian shipbuilder X"
            ++n;
        if (n > m.end) {
            if (const size_t later = mentionAt(n);
                later != kNone && relationTarget(M(later).type)) {
                target = later;
                return false;
            }
            // "alongside Russian troops": the nationality's forces are the object
            if (m.type == EntityType::Nationality && !isForceNoun(L(m.end))) return false;
        }
    }
    // "is moving from Aweil to Wau": where the move goes is the object, not where it starts
    // (a line "runs from A to B" links both)
    if (prep == "from" &&
        (mainLemma == "move" || mainLemma == "relocate" || mainLemma == "redeploy") &&
        m.type == EntityType::Location && m.end + 1 < m_e && L(m.end) == "to" &&
        mentionAt(m.end + 1) != kNone && M(mentionAt(m.end + 1)).type == EntityType::Location) {
        prep = "to";
        q = m.end + 1;
        return true;
    }
    // "acquire Havmark Wind of Denmark" with "Havmark Wind" not found: the place
    // belongs to the missed name, it is no object
    if (prep == "of" && missedName) return false;
    // "is owned by Copenhagen-based Nordhaven Ports": the company, not its seat
    if (const size_t org = m.type == EntityType::Location ? organisationAfterSeat(mi) : kNone;
        org != kNone) {
        target = org;
        return false;
    }
    // "supplies about a third of Cambodia's petrol": the goods after the party
    if (m.end + 1 < m_e && isPossessive(V(m.end))) object.facts.note(L(m.end + 1));
    target = mi;
    return false;
}

// Weapons as the object ("buy 180 K2 tanks", "provided artillery shells to Russia"): a
// military relation to each, then to the sellers, the recipient, the base or the target.
void SentenceParser::weaponObjects(const std::vector<size_t>& subjects, const std::string& vtype,
                                   const VerbGroup& verb, const ObjectPhrase& object) {
    const std::string& mainLemma = verb.lemma;
    const std::string& mainForm = verb.form;
    const bool negated = verb.negated;
    const std::string& prep = object.prep;
    const std::string& purposeLemma = object.purposeLemma;
    const bool jointly = verb.jointly;
    const size_t target = object.target;
    const std::vector<size_t>& weapons = object.weapons;
    for (size_t sj : subjects) {
        if (vtype != "" && vtype != "LIGHT") {
            if (vtype != "LOCATION" && vtype != "ACTION") capitalAsCountry(sj);
        }
        // a weapon as the object is a military matter whatever the verb ("buy 180
        // K2 tanks", "attacked with missiles"); what is said about it is a statement
        for (size_t wmi : weapons)
            emit(sj, wmi, purposeLemma.empty() ? mainForm : mainForm + " to " + purposeLemma,
                 vtype == "STATEMENT" ? RelationType::Statement : RelationType::Military, negated);
    }
    // "signed a contract to buy 180 K2 tanks and 212 K9 howitzers from Hyundai Rotem and
    // Hanwha Aerospace": the sellers, an economic relation when the verb is one
    size_t r = M(weapons.back()).end;
    // "ordered four batteries of X for 290 million euros from Y": past the price
    if (r + 2 < m_e && L(r) == "for")
        if (const size_t price = insideAt(r + 1);
            price != kNone && M(price).type == EntityType::Money && M(price).begin == r + 1)
            r = M(price).end;
    // "moved Gripen fighters from Korat to its base in Ubon": the start of a move is no
    // seller; on to where the arms go
    if (r + 2 < m_e && L(r) == "from" &&
        (mainLemma == "move" || mainLemma == "relocate" || mainLemma == "redeploy"))
        if (const size_t start = mentionAt(L(r + 1) == "the" ? r + 2 : r + 1);
            start != kNone && M(start).type == EntityType::Location)
            r = M(start).end;
    // "donate 12 Caesar howitzers bought from France": the arms were bought from the seller
    const bool boughtFrom = r + 2 < m_e && L(r + 1) == "from" &&
                            (L(r) == "bought" || L(r) == "purchased" || L(r) == "acquired");
    if ((r + 1 < m_e && L(r) == "from") || boughtFrom) {
        const std::string lemma = purposeLemma.empty() ? mainLemma : purposeLemma;
        const RelationType type =
            verbType(lemma) == "ECONOMIC" ? RelationType::Economic : RelationType::Military;
        const std::string label =
            boughtFrom
                ? std::string("bought arms from")
                : (purposeLemma.empty() ? mainForm : mainForm + " to " + purposeLemma) + " from";
        const size_t from = boughtFrom ? r + 1 : r;
        // "from the United States"
        for (size_t k = from + 1 < m_e && L(from + 1) == "the" ? from + 2 : from + 1; k < m_e;) {
            const size_t t = mentionAt(k);
            if (t == kNone || !relationTarget(M(t).type) || M(t).type == EntityType::Weapon) break;
            // arms bought from a state are a military matter, from a company a trade
            const RelationType sellerType = isCountry(t) ? RelationType::Military : type;
            for (size_t sj : subjects) emit(sj, t, label, sellerType, negated);
            k = M(t).end;  // coordinated sellers: "A, B and C"
            if (k + 1 >= m_e || (L(k) != "and" && L(k) != ",")) break;
            ++k;
            if (k < m_e && L(k) == "and") ++k;
        }
        return;
    }
    // "provided artillery shells to Russia"
    if (r + 1 < m_e && (L(r) == "to" || L(r) == "for")) {
        const size_t t = mentionAt(skipPlaceModifiers(r + 1));
        if (t != kNone && relationTarget(M(t).type)) {
            std::string label = mainForm;
            for (size_t k = M(weapons[0]).begin; k < M(weapons[0]).end; ++k) label += " " + Ls(k);
            for (size_t sj : subjects)
                emit(sj, t, label + " " + Ls(r), RelationType::Military, negated);
        }
    } else if (target != kNone && (prep == "to" || prep == "for") &&
               relationTarget(M(target).type) && vtype != "STATEMENT") {
        // "deployed two frigates and a submarine to the North Sea": the destination
        // after the last item of the cargo
        for (size_t sj : subjects)
            emit(sj, target, mainForm + " " + prep, RelationType::Military, negated);
    }
    // "will station four drones at an air base in central Greece"
    if (target == kNone && isBasingLemma(mainLemma)) weaponPlace(subjects, r, mainForm, negated);
    // "will station six jets and 250 personnel at the Mihail Kogalniceanu air base": the
    // place past the rest of the cargo
    if (target != kNone && isBasingLemma(mainLemma) && M(target).type == EntityType::Location &&
        (prep == "at" || prep == "in" || prep == "near" || prep == "on"))
        for (size_t sj : subjects)
            emit(sj, target, mainForm + " " + prep, RelationType::Military, negated);
    // "launched 40 Kalibr missiles at Ukraine"
    if (target == kNone && isFiringLemma(mainLemma)) firedAt(subjects, r, mainForm, negated);
    // "Denmark and the Netherlands are jointly funding the purchase of 14 tanks"
    if (jointly) jointPartners(subjects, mainForm, RelationType::Military, negated);
    return;
}

// The relation to the object's party (target): joint acts of coordinated subjects,
// exercises, second objects ("give Latvia 12 howitzers"), passive agents, and the type
// of the act (actType) with the cases that override it.
void SentenceParser::relateObject(const std::vector<size_t>& subjects, const std::string& vtype,
                                  const VerbGroup& verb, ObjectPhrase& object, int depth) {
    const std::string& mainLemma = verb.lemma;
    const std::string& mainForm = verb.form;
    const bool negated = verb.negated;
    const std::string& prep = object.prep;
    const std::string& purposeLemma = object.purposeLemma;
    const std::string& cargo = object.cargo;
    const std::string& jointNoun = object.jointNoun;
    const std::string_view transferNoun = object.transferNoun;
    const WordClass mainClass = verb.cls;
    const bool passive = verb.passive, lightMain = verb.lightMain, jointly = verb.jointly;
    ObjectFacts& facts = object.facts;
    size_t& target = object.target;
    const std::vector<size_t>& weapons = object.weapons;
    const size_t q = object.end;
    bool weaponRequest = false;
    // "Armenia and Azerbaijan agreed to resume talks in Geneva": the venue is no party
    // ("Guyana, Britain and France hold naval drills off Essequibo": nor where drills are)
    const bool venue = target != kNone && M(target).type == EntityType::Location &&
                       (prep == "in" || prep == "at" ||
                        (facts.exercise && (prep == "off" || prep == "near" || prep == "around")));
    if ((target == kNone || venue) && subjects.size() >= 2 && !jointNoun.empty() &&
        (isJointActVerb(mainLemma) || isJointActVerb(purposeLemma))) {
        // coordinated subjects of a joint act: each pair "signed trade with"
        RelationType jt = m_x.relationNouns.at(jointNoun);
        // "signed a supply agreement worth $5 billion": a priced agreement is a deal
        if (facts.money || facts.economicNoun) jt = RelationType::Economic;
        // each coordinated agreement with its own kind: "signed a defence cooperation
        // agreement and a trade deal" (a "defence" or "trade" modifier types its own noun)
        std::vector<std::pair<std::string, RelationType>> acts;
        {
            std::string noun;
            RelationType type = jt, modifier = RelationType::Action;
            auto flush = [&] {
                if (noun.empty()) return;
                if (modifier != RelationType::Action) type = modifier;
                acts.emplace_back(noun, type);
                noun.clear();
                modifier = RelationType::Action;
            };
            for (size_t k = verb.end; k < m_e && k < verb.end + 14; ++k) {
                const std::string_view w = L(k);
                // the coordinated objects end at a name, a comma, a clause or a preposition
                if (mentionAt(k) != kNone || V(k) == "," || isClauseBreak(w) ||
                    (cls(k) == WordClass::Preposition && w != "of"))
                    break;
                if (w == "and" && !noun.empty()) {
                    flush();
                    continue;
                }
                if (w == "defence" || w == "defense" || w == "military" || w == "security")
                    modifier = RelationType::Military;
                else if (w == "trade" && noun.empty() && k + 1 < m_e &&
                         m_x.relationNouns.count(Ls(k + 1)))
                    modifier = RelationType::Economic;
                if (noun.empty() && m_x.relationNouns.count(Ls(k))) {
                    noun = w;
                    type = m_x.relationNouns.at(noun);
                    if (facts.money || facts.economicNoun) type = RelationType::Economic;
                }
            }
            flush();
        }
        if (acts.empty()) acts.emplace_back(jointNoun, jt);
        for (const auto& [noun, type] : acts)
            for (size_t i = 0; i < subjects.size(); ++i)
                for (size_t j = i + 1; j < subjects.size(); ++j) {
                    // "Japanese and Philippine troops began joint drills": the peoples are no
                    // parties
                    if (M(subjects[i]).type == EntityType::Nationality ||
                        M(subjects[j]).type == EntityType::Nationality)
                        continue;
                    emit(subjects[i], subjects[j], mainForm + " " + noun + " with", type, negated);
                }
    }
    // "began their annual Ulchi Freedom Shield exercise": the exercise's noun types the
    // relation, and coordinated subjects hold it together
    std::string exerciseNoun;
    if (target != kNone && M(target).type == EntityType::Event && M(target).end < m_e &&
        isExerciseNoun(L(M(target).end)))
        exerciseNoun = L(M(target).end);
    // "will hold Carpathian Sky, a two-week air exercise that": named before its noun
    if (target != kNone && M(target).type == EntityType::Event && exerciseNoun.empty() &&
        M(target).end + 2 < m_e && V(M(target).end) == "," &&
        (L(M(target).end + 1) == "a" || L(M(target).end + 1) == "an"))
        for (size_t k = M(target).end + 2; k < m_e && k < M(target).end + 7; ++k) {
            if (isExerciseNoun(L(k))) {
                exerciseNoun = L(k);
                break;
            }
            if (startsUpper(V(k)) || V(k) == ",") break;
        }
    // "France keeps about 1,500 troops in Niger": a light verb with a force where it is
    const bool lightForce =
        lightMain && !prep.empty() && (facts.military || cargoKind(cargo) == CargoKind::Military);
    // "the pipeline will start at": a light verb, but where a line runs
    const bool route =
        isRouteLemma(mainLemma) && !subjects.empty() &&
        std::all_of(subjects.begin(), subjects.end(), [&](size_t sj) { return namesALine(sj); });
    if (lightMain && exerciseNoun.empty() && !lightForce && !facts.exercise && !facts.attack &&
        !route)
        return;
    if (target == kNone) return nextConjunct(subjects, q, depth);
    // "in Russia's Kursk region", "to Pakistan's state-owned Indus Gas Holdings": the one
    // owned, not the owner
    if (M(target).end + 1 < m_e && isPossessive(V(M(target).end))) {
        size_t n = M(target).end + 1;
        while (n < m_e && n < M(target).end + 3 && mentionAt(n) == kNone &&
               L(n).find('-') != std::string_view::npos && startsLowerLetter(V(n)))
            ++n;
        if (const size_t owned = mentionAt(n); owned != kNone && relationTarget(M(owned).type))
            target = owned;
    }
    // "with Chinese President Xi Jinping": the person, not the country before the title
    target = personAfterTitle(target);
    // "asked Saab for 40 Gripen E fighters": the weapon, and a military request
    // ("signed a contract with Kartal Aerospace for 18 Simsek jets": past the count)
    if (const size_t te = M(target).end; te + 1 < m_e && L(te) == "for")
        if (const size_t w = mentionAt(te + 2 < m_e && isNumber(te + 1) ? te + 2 : te + 1);
            w != kNone && M(w).type == EntityType::Weapon && vtype != "STATEMENT") {
            for (size_t sj : subjects)
                emit(sj, w, mainForm + " for", RelationType::Military, negated);
            weaponRequest = true;
        }
    // "give Latvia 12 howitzers", "lend Moldova 800 million euros": the second object
    std::vector<size_t> secondWeapons;  // "sell Romania 54 Abrams tanks"
    if (prep.empty())
        for (size_t k = M(target).end, with = 0; k < m_e && k < M(target).end + 16; ++k) {
            // "give Ukraine a NASAMS system, 50 armoured vehicles and 2,000 CRV7 rockets": a
            // comma inside a list of arms goes on; elsewhere it ends the second object
            const bool listGoesOn = V(k) == "," && !secondWeapons.empty() && k + 1 < m_e &&
                                    (insideAt(k + 1) != kNone || isNumber(k + 1));
            if (isClauseBreak(L(k)) || (V(k) == "," && !listGoesOn)) break;
            // "... in a new aid package": past the arms, no more of them
            if (k > M(target).end + 6 && secondWeapons.empty()) break;
            with = with || L(k) == "with";  // "provide X with <arms>": withWeapons below
            if (const size_t i = insideAt(k); i != kNone) {
                if (M(i).type == EntityType::Money) facts.money = true;
                if (M(i).type == EntityType::Weapon) facts.military = true;
                if (M(i).type == EntityType::Weapon && !with &&
                    (secondWeapons.empty() || secondWeapons.back() != i))
                    secondWeapons.push_back(i);
            }
            facts.note(L(k));
        }
    // "ask the IMF for a new loan": a request for money is an economic matter
    if (const size_t te = M(target).end; te + 1 < m_e && L(te) == "for") {
        size_t n = te + 1;
        while (n < m_e && n < te + 4 &&
               (cls(n) == WordClass::Determiner || cls(n) == WordClass::Adjective))
            ++n;
        if (n < m_e && isFundingNoun(L(n))) facts.economicNoun = true;
    }
    std::vector<size_t> targets{target};
    // "A in Sanaa, B in Sharjah and C": a company's seat between the listed companies
    auto pastSeat = [&](size_t k) {
        if (k + 2 < m_e && L(k) == "in" && M(targets.back()).type == EntityType::Organization)
            if (const size_t seat = mentionAt(k + 1);
                seat != kNone && M(seat).type == EntityType::Location && M(seat).end < m_e &&
                (L(M(seat).end) == "and" || V(M(seat).end) == ","))
                return M(seat).end;
        return k;
    };
    for (size_t k = pastSeat(M(target).end); k + 1 < m_e && (L(k) == "and" || L(k) == ",");) {
        // "the Picardie and the Vendee": ships keep their article
        if (k + 2 < m_e && L(k + 1) == "the" && M(target).type == EntityType::Vessel &&
            mentionAt(k + 2) != kNone && M(mentionAt(k + 2)).type == EntityType::Vessel)
            ++k;
        const size_t o = mentionAt(k + 1);
        if (o == kNone || !relationTarget(M(o).type)) break;
        // "to Oliver Brandreth, Britain's charge d'affaires", "at Bridgetown, Barbados": an
        // apposition (the owner of a title, a place's country), no second party
        if (L(k) == "," && ((M(o).end < m_e && isPossessive(V(M(o).end))) ||
                            (isCountry(o) && M(targets.back()).type == EntityType::Location &&
                             !isCountry(targets.back()))))
            break;
        // "met Finland's minister X and German Defence Minister Y": Y, not Germany
        const size_t t = personAfterTitle(o);
        targets.push_back(t);
        k = pastSeat(M(t).end);
    }
    purposeAfterTarget(subjects, M(targets.back()).end, mainForm, cargo, negated);
    // "provide Ukraine with four IRIS-T systems", "struck X targets in Y with F-35 jets"
    if (!passive) armsAfterTarget(subjects, M(targets.back()).end, mainLemma, mainForm, negated);
    // "signed a contract with Castellar Sistemas for six batteries of the Centinela system"
    if (!passive && prep == "with") contractedArms(subjects, target, negated);
    std::string label = mainForm;
    const bool byAgent = passive && prep == "by";
    // "Y was attacked by X with 14 Iskander missiles and dozens of Shahed drones"
    if (byAgent && M(target).end < m_e && L(M(target).end) == "with") {
        for (size_t k = M(target).end + 1; k < m_e && k < M(target).end + 12; ++k) {
            if (isClauseBreak(L(k)) || V(k) == ",") break;
            const size_t w = mentionAt(k);
            if (w == kNone) continue;
            if (M(w).type != EntityType::Weapon) break;
            emit(target, w, mainForm + " with", RelationType::Military, negated);
            k = M(w).end - 1;
        }
    }
    // "pledged to keep a brigade of troops in": the promise, the act, then what it moves
    const bool promise = isCommitmentLemma(mainLemma) && !purposeLemma.empty();
    if (!cargo.empty() && !byAgent && !promise) label += " " + cargo;
    // "banned exports to", "suspended deliveries to": the transfer the act is about
    if (cargo.empty() && !transferNoun.empty() && !byAgent && !promise)
        label += " " + std::string(transferNoun);
    if (!purposeLemma.empty()) label += " to " + purposeLemma;
    if (!cargo.empty() && !byAgent && promise) label += " " + cargo;
    if (!prep.empty() && !byAgent) label += " " + prep;
    std::string type = actType(
        {vtype, mainLemma, purposeLemma, cargo, prep, transferNoun, mainClass, facts, target});
    // "The Trans-Afghan Gas Pipeline will start at the Galkynysh gas field, pass through
    // Herat": where a line runs
    if (route && M(target).type == EntityType::Location &&
        (prep.empty() || prep == "at" || prep == "through" || prep == "in" || prep == "across" ||
         prep == "into" || prep == "to" || prep == "from"))
        type = "LOCATION";
    if ((type.empty() || type == "LIGHT") && !lightForce) {
        // unknown verb: only a verb the lexicon knows as a verb, with a direct object
        if (mainClass == WordClass::Unknown ||
            (!prep.empty() && prep != "with" && prep != "against"))
            return;
        type = "ACTION";
    }
    if (mainLemma == "call" && prep == "on") type = "STATEMENT";
    // "UNIFIL has been commanded by X", "X leads the party": a person in charge holds a role
    const bool leadVerb = mainLemma == "command" || mainLemma == "lead" || mainLemma == "head" ||
                          mainLemma == "chair" || mainLemma == "run";
    const size_t leader = byAgent ? target : subjects.size() == 1 ? subjects[0] : kNone;
    const size_t led = byAgent ? (subjects.size() == 1 ? subjects[0] : kNone) : target;
    if (leadVerb && leader != kNone && led != kNone && M(leader).type == EntityType::Person &&
        (M(led).type == EntityType::Organization || M(led).type == EntityType::MilitaryUnit)) {
        emit(leader, led, mainLemma + "s", RelationType::Role, negated);
        return;
    }
    // "runs the import terminal at Dar es Salaam's port": a place reached by "at"/"in" is
    // where the membership verb's object is, no body joined
    if (type == "MEMBERSHIP" && (prep == "at" || prep == "in") &&
        M(target).type == EntityType::Location)
        type = "LOCATION";
    // "are fighting alongside Russian troops", "deployed alongside U.S. forces": allies
    if (prep == "alongside" && type != "STATEMENT") type = "ALLIANCE";
    // (arms that hit a place are an attack on it: "Russian missiles hit Odesa")
    if (m_armsSubject && type == "ACTION" && M(target).type == EntityType::Location)
        type = "CONFLICT";
    else if (lightForce || (m_forceSubject && type == "ACTION"))
        type = "MILITARY";
    if (!exerciseNoun.empty()) {
        type = "MILITARY";
        for (size_t i = 0; i < subjects.size(); ++i)
            for (size_t j = i + 1; j < subjects.size(); ++j)
                emit(subjects[i], subjects[j], "held " + exerciseNoun + " with",
                     RelationType::Military, negated);
    }
    // "asked Saab for 40 Gripen jets" (but a contract signed with a company for arms is trade,
    // as arms bought from a company are)
    if (weaponRequest && type != "STATEMENT" &&
        !(type == "ECONOMIC" && M(target).type == EntityType::Organization &&
          !isGovernmentBody(target)))
        type = "MILITARY";
    // "Denmark and the Netherlands are jointly funding the purchase of ...": partners
    if (jointly && type != "STATEMENT") jointPartners(subjects, label, typeOf(type), negated);
    if (!cargo.empty() && m_x.weaponWords.count(cargo) && (type == "ECONOMIC" || type == "ACTION"))
        type = "MILITARY";  // "sell defensive weapons to Taiwan"
    // "agreed to sell Romania 54 Abrams tanks": named arms as the second object
    if (!secondWeapons.empty() && type != "STATEMENT") {
        if (type == "ECONOMIC" || type == "ACTION") type = "MILITARY";
        for (size_t sj : subjects)
            for (size_t wi : secondWeapons) emit(sj, wi, mainForm, RelationType::Military, negated);
    }
    // "Airbus delivered 20 jets to IndiGo": a transfer between companies is trade unless
    // named arms or a state body take part
    if (type == "MILITARY" && weapons.empty() && secondWeapons.empty() && prep == "to" &&
        M(target).type == EntityType::Organization && !isGovernmentBody(target) &&
        std::all_of(subjects.begin(), subjects.end(), [&](size_t sj) {
            return M(sj).type == EntityType::Organization && !isGovernmentBody(sj);
        }))
        type = "ECONOMIC";
    // "HMS Portreath will call at Bridgetown", "the tanker docked at Primorsk": where a ship
    // goes
    if (M(target).type == EntityType::Location && type != "CONFLICT" && type != "STATEMENT" &&
        type != "MILITARY" && std::all_of(subjects.begin(), subjects.end(), [&](size_t sj) {
            return M(sj).type == EntityType::Vessel;
        }))
        type = "LOCATION";
    if (type != "ACTION" && type != "LOCATION")
        for (size_t sj : subjects) capitalAsCountry(sj);
    // "sold drones to Abuja", "lend Kyiv 800 million euros": a capital that buys or is given
    // something is its government (troops sent to a capital go to the city; "sell bonds in
    // London" names the market)
    const std::string& handOver = purposeLemma.empty() ? mainLemma : purposeLemma;
    if (!byAgent && prep != "in" && prep != "at" &&
        (handOver == "sell" || handOver == "supply" || handOver == "give" ||
         handOver == "deliver" || handOver == "lend" || handOver == "export" ||
         handOver == "provide" || handOver == "donate"))
        for (size_t tj : targets) capitalAsCountry(tj);
    // "Greece and Denmark are each providing a frigate, the HS Lefkada and the HDMS
    // Tordenskjold": the objects in the subjects' order
    const bool respectively = verb.each && subjects.size() > 1 && subjects.size() == targets.size();
    // (the last of such subjects read alone has no object of its own to tell)
    const bool unknownShare = verb.each && subjects.size() == 1 && targets.size() > 1;
    for (size_t si = 0; si < subjects.size() && !unknownShare; ++si)
        for (size_t ti = 0; ti < targets.size(); ++ti) {
            if (respectively && si != ti) continue;
            const size_t sj = subjects[si], tj = targets[ti];
            if (byAgent)
                emit(tj, sj, label, typeOf(type), negated);
            else
                // "German troops will be stationed at": a people's forces are its state's
                emit(sj, tj, label, typeOf(type), negated,
                     object.byState || (m_forceSubject && M(sj).type == EntityType::Nationality &&
                                        type == "MILITARY"));
        }
    // "thanked Berlin and said Ukraine needed ...": the next verb phrase of the subjects
    nextConjunct(subjects, M(targets.back()).end, depth);
}

}  // namespace entgraph::relparse

// Subjects of the sentence parser (RelationParser.h): the clause-initial subject with its
// title, owner and coordinated conjuncts, relative clauses, the person after a title, and a
// purpose after the destination; the verb group and object are RelationPredicate.cpp's.
#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

// The person a title names when mention t is the country or nationality before the
// title ("Chinese President Xi Jinping", "Finland's Defence Minister Aleksi Venho"), else t.
size_t SentenceParser::personAfterTitle(size_t t) const {
    if (M(t).type == EntityType::Person) return t;
    size_t k = M(t).end;
    if (k < m_e && isPossessive(V(k))) ++k;
    bool role = false;
    for (size_t steps = 0;
         steps < 2 && k + 1 < m_e && startsUpper(V(k)) && insideAt(k) == kNone && !titleAt(k);
         ++steps)
        ++k;  // portfolio: "Industry"
    if (size_t tl = titleAt(k, &role); tl && role) {
        size_t k2 = k + tl;
        if (size_t tl2 = titleAt(k2, &role); tl2) k2 += tl2;
        if (const size_t pm = mentionAt(k2); pm != kNone && M(pm).type == EntityType::Person)
            return pm;
    }
    return t;
}

// "Brodmark Shipyards, which builds corvettes for the Chilean Navy, ...": the clause's
// predicate with the name as its subject, bounded by the clause (whatever the name's
// role in the sentence).
void SentenceParser::relativeClause(size_t s0) {
    // "Pinecrest Lithium of Australia, which had bid for X": the company, not its country
    if (M(s0).type == EntityType::Location && M(s0).begin >= m_b + 2 && L(M(s0).begin - 1) == "of")
        if (const size_t owner = insideAt(M(s0).begin - 2);
            owner != kNone && M(owner).type == EntityType::Organization)
            s0 = owner;
    const Mention& S = M(s0);
    if (!relationTarget(S.type) || S.type == EntityType::Event || S.type == EntityType::Nationality)
        return;
    size_t p = S.end;
    p = pastAcronym(p);  // "the Collective Security Treaty Organization (CSTO), which"
    // "the Central Asia-China pipeline, which crosses": past the line's head word
    if (p + 1 < m_e && V(p + 1) == "," && mentionAt(p) == kNone && namesALine(s0)) ++p;
    if (p + 2 >= m_e || V(p) != ",") return;
    const size_t close = relativeClauseEnd(p);
    const size_t sentenceEnd = m_e;
    // "X, a Russian-led bloc that includes Y,": a relative clause on a short description
    if ((L(p + 1) == "a" || L(p + 1) == "an") && S.type != EntityType::Person) {
        size_t n = p + 2;
        // lower-case words, a nationality or place ("a British company that supplies", "a
        // Russian-led bloc that": "Russian" "-" "led", the tokenizer splits such compounds)
        while (n < close && n < p + 7 && L(n) != "that" && L(n) != "which") {
            if (const size_t o = mentionAt(n);
                o != kNone &&
                (M(o).type == EntityType::Nationality || M(o).type == EntityType::Location)) {
                n = M(o).end;
                continue;
            }
            if (insideAt(n) != kNone || !(startsLowerLetter(V(n)) || V(n) == "-")) break;
            ++n;
        }
        if (n > p + 2 && n + 1 < close && (L(n) == "that" || L(n) == "which")) {
            m_e = close;
            predicate({s0}, n + 1, 0);
            m_e = sentenceEnd;
        }
        return;
    }
    // "Ireland, whose soldiers are stationed at Camp Shamrock,", "Estonia, whose navy patrols
    // the Gulf of Finland": the owner's forces act
    if (L(p + 1) == "whose" && p + 3 < close &&
        (S.type == EntityType::Location || S.type == EntityType::Organization) &&
        (isForceNoun(L(p + 2)) || L(p + 2) == "military" || L(p + 2) == "navy" ||
         L(p + 2) == "navies" || L(p + 2) == "army" || L(p + 2) == "armies")) {
        m_e = close;
        m_forceSubject = true;
        predicate(withPartnerBefore(s0), p + 3, 0);  // "Finland and Estonia, whose navies"
        m_forceSubject = false;
        m_e = sentenceEnd;
        return;
    }
    if (L(p + 1) != "which" && L(p + 1) != "who") return;
    // "Aerotecnica Sud, a maintenance contractor based in Brindisi, which said": the
    // company whose seat the place is
    if (const size_t b = S.begin; L(p + 1) == "which" && S.type == EntityType::Location &&
                                  b >= m_b + 4 && L(b - 1) == "in" &&
                                  (L(b - 2) == "based" || L(b - 2) == "headquartered"))
        for (size_t k = b - 3; k > m_b && k + 8 > b; --k) {
            if (V(k) != "," || (L(k + 1) != "a" && L(k + 1) != "an")) continue;
            if (const size_t owner = insideAt(k - 1);
                owner != kNone && M(owner).end == k && M(owner).type == EntityType::Organization) {
                m_e = close;
                predicate({owner}, p + 2, 0);
                m_e = sentenceEnd;
                return;
            }
            break;
        }
    if ((L(p + 1) == "who") != (S.type == EntityType::Person)) return;
    // "Italy and Turkey, which have also sold drones to Abuja,": a plural verb after the
    // relative pronoun acts for the pair before it
    const bool plural =
        p + 2 < close && (L(p + 2) == "have" || L(p + 2) == "are" || L(p + 2) == "were");
    m_e = close;
    predicate(plural ? withPartnerBefore(s0) : std::vector<size_t>{s0}, p + 2, 0);
    m_e = sentenceEnd;
}

// "Germany will send 800 soldiers to Estonia next spring to reinforce NATO's eastern flank":
// the purpose's own object (after token e, past a date) gets the purpose verb's relation.
void SentenceParser::purposeAfterTarget(const std::vector<size_t>& subjects, size_t e,
                                        const std::string& mainForm, const std::string& cargo,
                                        bool negated) {
    for (size_t steps = 0; steps < 3 && e < m_e; ++steps) {  // "next spring", "by March"
        if (insideAt(e) != kNone && M(insideAt(e)).type == EntityType::Date)
            e = M(insideAt(e)).end;
        else if ((L(e) == "on" || L(e) == "in" || L(e) == "since") && e + 1 < m_e &&
                 insideAt(e + 1) != kNone && M(insideAt(e + 1)).type == EntityType::Date)
            e = M(insideAt(e + 1)).end;  // "arrived in Lebanon on Wednesday to join X"
        else if (L(e) == "next" || L(e) == "this" || L(e) == "year" || L(e) == "month" ||
                 L(e) == "week" || L(e) == "spring" || L(e) == "summer" || L(e) == "autumn" ||
                 L(e) == "winter")
            ++e;
        else
            break;
    }
    if (e + 2 >= m_e || L(e) != "to" || !isVerb(e + 1) || mentionAt(e + 1) != kNone) return;
    const std::string lemma = m_x.verbLemma(L(e + 1));
    const std::string type = verbType(lemma);
    if (type.empty() || type == "LIGHT" || type == "STATEMENT" || type == "ACTION") return;
    size_t k = e + 2;
    if (k < m_e && (L(k) == "the" || L(k) == "a")) ++k;
    const size_t o = mentionAt(k);
    if (o == kNone || !relationTarget(M(o).type) || M(o).type == EntityType::Nationality) return;
    const std::string label = mainForm + (cargo.empty() ? "" : " " + cargo) + " to " + lemma;
    for (size_t sj : subjects) emit(sj, o, label, typeOf(type), negated);
}

// s0 with the name of its type joined to it by "and" just before ("Finland and Estonia").
std::vector<size_t> SentenceParser::withPartnerBefore(size_t s0) const {
    const Mention& S = M(s0);
    if (S.begin >= m_b + 2 && L(S.begin - 1) == "and")
        if (const size_t o = insideAt(S.begin - 2);
            o != kNone && M(o).end == S.begin - 1 && M(o).type == S.type)
            return {o, s0};
    return {s0};
}

// Where the list of names that mention s0 opens ends: "Kenya and the United Arab Emirates".
size_t SentenceParser::coordinationEnd(size_t s0) const {
    size_t e = M(s0).end;
    while (e + 1 < m_e && (L(e) == "and" || L(e) == ",")) {
        const size_t at = L(e + 1) == "the" && e + 2 < m_e ? e + 2 : e + 1;
        const size_t o = mentionAt(at);
        if (o == kNone || M(o).type != M(s0).type) break;
        e = M(o).end;
    }
    return e;
}

// Subject - verb group - (object words) - prep - object mention.
void SentenceParser::subjectVerbObject(size_t s0) {
    const Mention& S = M(s0);
    if (!relationTarget(S.type) || S.type == EntityType::Event) return;
    // clause-initial subject; a title and its owner before it belong to the subject
    // ("German Chancellor Olaf Scholz has ...")
    size_t start = S.begin;
    if (S.type == EntityType::Person) {
        for (size_t n = std::min(m_x.titleMaxWords, start - m_b); n >= 1; --n) {
            bool role = false;
            if (titleAt(start - n, &role) == n) {
                start -= n;
                if (start > m_b && insideAt(start - 1) != kNone)
                    start = M(insideAt(start - 1)).begin;
                // "Norway's Prime Minister Jonas Store told NRK"
                else if (start > m_b + 1 && isPossessive(V(start - 1)) &&
                         insideAt(start - 2) != kNone)
                    start = M(insideAt(start - 2)).begin;
                break;
            }
        }
    }
    if (S.type == EntityType::Person) start = std::min(start, speakerPhraseBegin(s0));
    // "Russia's Africa Corps, which ..., has deployed": the owner opens the subject
    if (start == S.begin && start > m_b + 1 && isPossessive(V(start - 1)) &&
        insideAt(start - 2) != kNone && M(insideAt(start - 2)).end == start - 1)
        start = M(insideAt(start - 2)).begin;
    // "Russian energy giant Gazprom": a demonym or place and common nouns before the name
    if (start > m_b + 1 && insideAt(start - 1) == kNone && !startsUpper(V(start - 1))) {
        size_t n = start;
        while (n > m_b && n + 3 > start && insideAt(n - 1) == kNone && !startsUpper(V(n - 1)) &&
               (cls(n - 1) == WordClass::Noun || cls(n - 1) == WordClass::Adjective ||
                (cls(n - 1) == WordClass::Unknown && startsLowerLetter(V(n - 1)))))
            --n;
        // "North Korea's state news agency KCNA"
        if (n < start && n > m_b + 1 && isPossessive(V(n - 1))) --n;
        if (n < start && n > m_b)
            if (const size_t mod = insideAt(n - 1);
                mod != kNone && M(mod).end == n &&
                (M(mod).type == EntityType::Nationality || isCountry(mod)))
                start = M(mod).begin;
    }
    // "Engineers from Bangladesh are stationed in Bangui": a country's forces named by
    // where they come from act for it
    bool forcesFrom = false;
    if (start == S.begin && isCountry(s0) && start > m_b + 1 && L(start - 1) == "from" &&
        insideAt(start - 2) == kNone && isServiceNoun(L(start - 2))) {
        start -= 2;
        while (start > m_b && insideAt(start - 1) == kNone &&
               (cls(start - 1) == WordClass::Adjective || isNumber(start - 1)))
            --start;
        forcesFrom = true;
    }
    if (start > m_b &&
        (L(start - 1) == "the" || L(start - 1) == "around" || L(start - 1) == "about"))
        --start;  // "the European Union", "around 11,000 North Korean soldiers"
    if (start > m_b && insideAt(start - 1) != kNone &&
        M(insideAt(start - 1)).type == EntityType::Quantity)
        start = M(insideAt(start - 1)).begin;
    else if (start > m_b && insideAt(start - 1) == kNone && isNumber(start - 1) && S.end < m_e &&
             (isForceNoun(L(S.end)) ||
              (mentionAt(S.end) != kNone && M(mentionAt(S.end)).type == EntityType::Weapon)))
        --start;  // "About 28,500 U.S. troops are", "Two German Patriot batteries": a count
    if (start > m_b &&
        (L(start - 1) == "the" || L(start - 1) == "around" || L(start - 1) == "about" ||
         L(start - 1) == "some" || L(start - 1) == "nearly" || L(start - 1) == "roughly"))
        --start;
    // where the subject's phrase ends: past the count a people's forces are named in
    // ("said 150 Canadian soldiers would be deployed")
    size_t phraseEnd = coordinationEnd(s0);
    if (const size_t count = insideAt(S.begin);
        count != kNone && M(count).type == EntityType::Quantity && M(count).end > phraseEnd)
        phraseEnd = M(count).end;
    else if (phraseEnd < m_e && S.type == EntityType::Nationality && isTroopNoun(L(phraseEnd)))
        ++phraseEnd;
    if (start > m_b) {
        const std::string& prev = Ls(start - 1);
        const bool ok =
            prev == "," || prev == "and" || prev == "but" || prev == "while" || prev == "that" ||
            prev == "when" || prev == "after" || isQuote(V(start - 1)) ||
            V(start - 1) == "\xE2\x80\x94" || V(start - 1) == "\xE2\x80\x93" || prev == "--" ||
            prev == "-" ||
            // "Kivi said Estonia would ...": the claim's own subject
            (isSpeechForm(prev) && prev != "told" && prev != "tells" && opensClause(phraseEnd));
        if (!ok) return;
        // "X and Y sent" continues a list; ", and Russia still keeps" opens a clause
        if (prev == "and" && start - 1 > m_b && mentionAt(start - 2) == kNone &&
            V(start - 2) != ",")
            return;
        // "from Britain, Norway and Denmark": a later item of a list; the first item's
        // parse takes the whole list as subjects when the list is one
        if (prev == "," && start - 1 > m_b && insideAt(start - 2) != kNone &&
            M(insideAt(start - 2)).type != EntityType::Date)
            return;
        if (prev == "and" && start - 1 > m_b && V(start - 2) != ",") {
            const size_t c = insideAt(start - 2);
            if (c == kNone) return;
            size_t cs = M(c).begin;
            if (cs > m_b && L(cs - 1) == "the") --cs;
            // "from Britain, Norway and Denmark": back to the list's first item
            while (cs > m_b + 1 && V(cs - 1) == "," && insideAt(cs - 2) != kNone &&
                   M(insideAt(cs - 2)).type != EntityType::Date) {
                cs = M(insideAt(cs - 2)).begin;
                if (cs > m_b && L(cs - 1) == "the") --cs;
            }
            if (cs > m_b) {
                const std::string& cp = Ls(cs - 1);
                if (cp != "," && cp != "and" && cp != "but" && cp != "while" && cp != "that" &&
                    cp != "when" && cp != "after" && !isQuote(V(cs - 1)) &&
                    V(cs - 1) != "\xE2\x80\x94" && V(cs - 1) != "\xE2\x80\x93" && cp != "--" &&
                    cp != "-")
                    return;
            }
        }
    }
    // coordinated subjects: "X and Y sent"
    std::vector<size_t> subjects{s0};
    size_t p = S.end;
    p = pastAcronym(p);  // "The African Development Bank (AfDB) will lend"
    // "China's coast guard deployed ships near X": the country acts through its body
    bool ownForces = forcesFrom;  // the subject acts through its forces
    if (p < m_e && isPossessive(V(p))) {
        size_t said = kNone;  // "Poland's defence ministry said it would buy ...": the act
        p = stateBodyAfter(s0, p, &said);
        if (said != kNone) bodyClaim(s0, said);
        if (p == kNone) return;
        // "Pakistan's battalion is based in"
        ownForces = isForceNoun(L(p - 1)) || isServiceNoun(L(p - 1));
    }
    while (p + 1 < m_e && (L(p) == "and" || L(p) == ",")) {
        // "South Korea and the United States began"
        const size_t at = L(p + 1) == "the" && p + 2 < m_e ? p + 2 : p + 1;
        const size_t o = mentionAt(at);
        if (o == kNone || !relationTarget(M(o).type)) break;
        // "Kaneda Motors, Japan's second-largest carmaker, will", "Vellora Group, the Italian
        // carmaker, will": an apposition, no conjunct
        if (M(o).end < m_e && isPossessive(V(M(o).end))) break;
        if (L(p) == "," && M(o).type == EntityType::Nationality && M(o).end < m_e &&
            startsLowerLetter(V(M(o).end)))
            break;
        // "A and Australian Trade Minister B said": B, not the country before the title
        const size_t c = personAfterTitle(o);
        subjects.push_back(c);
        p = M(c).end;
    }
    if (subjects.size() > 1) {
        size_t before = M(subjects.back()).begin - 1;
        if (L(before) == "the") --before;
        if (L(before) != "and") return;
    }
    // "Kyrgyz border troops", "Russian ground forces": one modifier before the troops
    if ((S.type == EntityType::Nationality || S.type == EntityType::Location) && p + 1 < m_e &&
        insideAt(p) == kNone && startsLowerLetter(V(p)) &&
        (cls(p) == WordClass::Noun || cls(p) == WordClass::Adjective) && isForceNoun(L(p + 1)))
        ++p;
    // "Turkish troops entered", not "Chinese officials visited"
    const bool forceSubject =
        p < m_e && (isForceNoun(L(p)) || L(p) == "military" || L(p) == "fighters");
    // "Russian missiles and drones struck", "German Patriot batteries and 280 soldiers will be
    // stationed": a country's arms (and the troops with them) act for it
    bool armsSubject = false;
    if ((S.type == EntityType::Nationality || isCountry(s0)) && p + 1 < m_e &&
        mentionAt(p) != kNone && M(mentionAt(p)).type == EntityType::Weapon) {
        p = M(mentionAt(p)).end;
        if (p + 1 < m_e && insideAt(p) == kNone && isWeaponUnitNoun(L(p))) ++p;
        // "and 280 soldiers"
        if (p + 2 < m_e && L(p) == "and")
            if (const size_t count = insideAt(p + 1);
                count != kNone && M(count).type == EntityType::Quantity && M(count).begin == p + 1)
                p = M(count).end;
        armsSubject = true;
    }
    if ((S.type == EntityType::Nationality || isCountry(s0)) && p + 1 < m_e &&
        insideAt(p) == kNone && cargoKind(L(p)) == CargoKind::Military && !isTroopNoun(L(p)) &&
        L(p).ends_with("s")) {
        ++p;
        if (p + 2 < m_e && L(p) == "and" && cargoKind(L(p + 1)) == CargoKind::Military) p += 2;
        armsSubject = true;
    }
    if (S.type == EntityType::Nationality && p < m_e && isTroopNoun(L(p)))
        ++p;
    else if (S.type == EntityType::Location && p < m_e && isTroopNoun(L(p)) && L(p) != "military")
        ++p;
    // "NATO allies agreed to send", "EU leaders imposed": the organisation acts through them
    else if (S.type == EntityType::Organization && p + 1 < m_e &&
             (L(p) == "allies" || L(p) == "members" || L(p) == "leaders" || L(p) == "forces" ||
              L(p) == "troops" || L(p) == "ministers") &&
             !isSpeechForm(L(p + 1)))
        ++p;
    else if ((S.type == EntityType::Nationality ||
              (S.type == EntityType::Location && (!S.canonical.empty() || !S.country.empty()))) &&
             p < m_e && isStateBodyNoun(L(p))) {
        // "The Swedish government announced", "British warships will patrol", "the Chinese
        // coast guard said": the country acts through it
        ++p;
        if (p < m_e && isStateBodyNoun(L(p))) ++p;
    }
    // a relative clause: "Latvia, which borders Russia, hosts ..." -- the clause's own
    // predicate (bounded by its closing comma), then the main one
    if (subjects.size() == 1 && p + 1 < m_e && V(p) == "," &&
        (L(p + 1) == "which" || L(p + 1) == "who" || L(p + 1) == "whose")) {
        const size_t close = relativeClauseEnd(p);
        if (close >= m_e || V(close) != ",") return;
        p = close + 1;
    } else if (p + 1 < m_e && V(p) == "," && start > m_b && V(start - 1) == "," &&
               S.type == EntityType::Person && opensClause(p + 1)) {
        // "The head of the mission, Godfrey Otunge, met ...": the name is the apposition
        ++p;
    } else if (const size_t close = insertedParticipleEnd(p); close != kNone) {
        // "Turkey, seeking to modernise its air force, asked ...": past the inserted clause
        p = close + 1;
    } else if (p < m_e && V(p) == ",") {
        // apposition: ", a defense analyst at the RAND Corporation,"
        size_t q = p + 1;
        // "X, the state-owned mining company of Y, will": a gerund or a compound
        // modifying a noun
        // ("X, Oman's state-owned oil and gas company, has": an owner's noun phrase too)
        const bool nounPhrase = L(p + 1) == "the" || L(p + 1) == "a" || L(p + 1) == "an" ||
                                (mentionAt(p + 1) != kNone && M(mentionAt(p + 1)).end < m_e &&
                                 isPossessive(V(M(mentionAt(p + 1)).end)));
        while (q < m_e && V(q) != "," && q - p < 18) {
            if (isVerb(q) && cls(q) != WordClass::Participle && cls(q) != WordClass::Noun &&
                cls(q) != WordClass::PluralNoun && insideAt(q) == kNone && !titleAt(q) &&
                !(nounPhrase &&
                  (cls(q) == WordClass::Gerund || L(q).find('-') != std::string_view::npos)))
                return;
            ++q;
        }
        if (q >= m_e || V(q) != ",") return;
        p = q + 1;
    }
    m_forceSubject = (forceSubject && p > S.end) || ownForces || armsSubject ||
                     S.type == EntityType::MilitaryUnit;
    m_armsSubject = armsSubject;
    predicate(subjects, p, 0);
    m_armsSubject = false;
    m_forceSubject = false;
}

}  // namespace entgraph::relparse

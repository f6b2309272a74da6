#pragma once
// Internal to src/extract: the shallow sentence parser behind extractRelations()
// (RelationExtractor.h), shared by the files that define its patterns.  Not thread-safe: one
// parser per sentence, used by one thread.
//
// Besides the patterns listed in Extractor.h, the parser reads (tests/extract/
// RelationsRecallTest.cpp has one test per family):
//   objects     past counts, money and compass words ("deploy about 300 soldiers and eight
//               tanks to northern X", "a battery of <weapon> to X", "invest $2 billion in a
//               plant in X", "contribute 200 soldiers to the battalion in X", "give X 12
//               howitzers"); the act typed by what it carries (RelationPatterns.h ObjectFacts:
//               civilians DIPLOMATIC, goods and money ECONOMIC, arms MILITARY)
//   clauses     relative clauses ("X, which builds corvettes for Y,"), a subject's inserted
//               clause skipped, "X said (on Monday) it would <verb>", the claim's own subject
//               after a speech verb, rivals sharing a purpose ("competes with Y to sell")
//   speakers    apposition ("Its chief executive, X, said"; "X, an analyst at Y, said"),
//               introductory phrases, "a spokesman for X said", "he"/"she" and "the Swedish
//               company"/"the court" resolved to the one entity they can mean, court findings
//   roles       counterparts, rank words, ownerless titles resolved to the story's company or
//               the one entity a description names ("the institute's director, X")
//   places      descriptions in apposition ("X, a port city in central Y"; "X, a town 30 km
//               west of Y" -> near)
//   forces      what a country's or nationality's troops do is military ("Turkish troops
//               entered"), a count before them ("About 28,500 U.S. troops are stationed
//               in"), forces kept or stationed ("has 28,500 troops stationed in"), acting
//               "alongside" someone is an alliance, subjects acting on "each other",
//               forces named by a noun ("the deployment of British troops to X",
//               "Germany's brigade in X"; RelationForces.cpp), attacks and exercises named
//               by their noun ("carried out strikes on X", "held drills around X")
//   copulas     membership, alliance, trade and rivalry stated by a copula and a noun
//               ("Sweden became NATO's 32nd member", "is Germany's largest trading partner")
//   arms, trade transfers named by their noun ("completed the delivery of 18 F-16 jets to X",
//               "banned the export of machine tools to X", not "condemned the sale of"), arms
//               after the recipient ("sell X 54 Abrams tanks", "provide X with IRIS-T
//               systems"), arms kept somewhere ("station drones at an air base in X"), levies
//               on goods ("tariffs on steel from X"), promises typed by the act ("pledged to
//               deploy"), an owner before the subject ("Russia's Africa Corps, which ..., has"),
//               passive transfers ("were delivered to X by Y", "missiles supplied by Y"),
//               acts announced ("announced $400 million in military aid for X"), companies
//               described by a country ("U.S. technology group X" -> based in), arms fired
//               at a target, a country acting through its body ("China's coast guard
//               deployed"), forces a party has somewhere ("Britain has 900 troops in X"),
//               trade flows ("Germany's exports to X"), "X is based in Y", takeovers and
//               acts decided ("Germany's decision to send ... to X"); the methods are in
//               RelationRecall.cpp, tests in RelationsArmsTradeTest.cpp
#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ExtractLexicons.h"
#include "extract/RelationExtractor.h"
#include "extract/RelationPatterns.h"
#include "extract/RuleTagger.h"
#include "extract/WordList.h"
#include "text/Lexicons.h"

namespace entgraph::relparse {

// A modal before a bare verb ("will close", "could end").
inline bool isModal(std::string_view w) {
    static constexpr WordList kModals(std::to_array<std::string_view>(
        {"will", "would", "could", "can", "may", "might", "must", "should", "shall"}));
    return kModals.contains(w);
}

inline bool isAux(std::string_view w) {
    static constexpr WordList kAux(std::to_array<std::string_view>(
        {"is",    "are",  "was",   "were",  "be",  "been", "being", "has",  "have",
         "had",   "will", "would", "could", "can", "may",  "might", "must", "should",
         "shall", "do",   "does",  "did",   "'s",  "'ve",  "'ll",   "'d"}));
    return kAux.contains(w);
}
inline bool isBe(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "being";
}
inline bool isNeg(std::string_view w) {
    return w == "not" || w == "n't" || w == "never" || w == "no";
}
inline bool startsLowerLetter(std::string_view t) {
    return !t.empty() && t[0] >= 'a' && t[0] <= 'z';
}

inline bool isPossessive(std::string_view t) {
    return t == "'s" || t == "\xE2\x80\x99s";
}
inline bool isQuote(std::string_view t) {
    return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "'" ||
           t == "\xE2\x80\x98" || t == "\xE2\x80\x99";
}
inline bool isClauseBreak(std::string_view w) {
    static constexpr WordList kBreaks(std::to_array<std::string_view>(
        {"that", "which",   "who",      "whom",   "whose",        "while",
         "but",  "because", "although", "though", "whereas",      "if",
         "when", "where",   ";",        ":",      "until",        "(",
         ")",    ".",       "?",        "!",      "\xE2\x80\x94", "\xE2\x80\x93",
         "-",    "--",      "unless",   "as"}));
    return kBreaks.contains(w);
}
inline bool relationTarget(EntityType t) {
    return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Location ||
           t == EntityType::Nationality || t == EntityType::MilitaryUnit ||
           t == EntityType::Event || t == EntityType::Vessel;
}
inline bool isTroopNoun(std::string_view w) {
    return w == "troops" || w == "soldiers" || w == "forces" || w == "fighters" ||
           w == "officials" || w == "diplomats" || w == "workers" || w == "personnel" ||
           w == "leaders" || w == "authorities" || w == "officers" || w == "units" ||
           w == "military";
}

// People who serve in a country's forces ("engineers from Bangladesh are stationed in").
inline bool isServiceNoun(std::string_view w) {
    return w == "troops" || w == "soldiers" || w == "forces" || w == "peacekeepers" ||
           w == "engineers" || w == "marines" || w == "paratroopers" || w == "sailors" ||
           w == "pilots" || w == "instructors" || w == "trainers" || w == "personnel";
}

// Nouns after a demonym or country through which the country acts ("the Swedish government",
// "British warships", "the Chinese coast guard").
inline bool isStateBodyNoun(std::string_view w) {
    return w == "government" || w == "cabinet" || w == "navy" || w == "army" || w == "coast" ||
           w == "guard" || w == "warships" || w == "ships" || w == "vessels" || w == "jets" ||
           w == "aircraft" || w == "warplanes" || w == "frigates" || w == "air";
}
// Units a contribution goes to ("to the new battalion in Finland").
inline bool isUnitNoun(std::string_view w) {
    return w == "battalion" || w == "brigade" || w == "battlegroup" || w == "mission" ||
           w == "force" || w == "contingent" || w == "division" || w == "fleet";
}

inline std::string thirdPerson(const std::string& lemma) {
    if (lemma.empty()) return lemma;
    const char last = lemma.back();
    if (lemma.ends_with("s") || lemma.ends_with("sh") || lemma.ends_with("ch") ||
        lemma.ends_with("x") || lemma.ends_with("z") || lemma.ends_with("o"))
        return lemma + "es";
    if (last == 'y' && lemma.size() > 1 &&
        std::string_view("aeiou").find(lemma[lemma.size() - 2]) == std::string_view::npos)
        return lemma.substr(0, lemma.size() - 1) + "ies";
    return lemma + "s";
}

inline RelationType typeOf(const std::string& name) {
    auto t = parseRelationType(name);
    return t ? *t : RelationType::Action;
}

// One sentence's relations, appended to `out` by run().  Member definitions live in
// RelationExtractor.cpp (roles, possessives, places), RelationSpeech.cpp (reported speech) and
// RelationSubject.cpp + RelationPredicate.cpp (subject-verb-object); the patterns are listed
// in Extractor.h and above.
class SentenceParser {
public:
    // One parser per article, run sentence by sentence: its per-token tables keep their
    // memory from one sentence to the next.
    SentenceParser(const ArticleTokens& art, std::vector<Mention>& mentions,
                   std::vector<RelationCandidate>& out)
        : m_art(art), m_mentions(mentions), m_x(ExtractLexicons::get()), m_out(out) {}

    // Emits the relations of sentence si, whose mentions (indices) are inSentence.
    void run(size_t si, std::span<const size_t> inSentence);

private:
    void start(size_t si, std::span<const size_t> inSentence) {
        const Sentence& s = m_art.sentences[si];
        m_b = s.firstToken;
        m_e = s.endToken;
        m_startAt.assign(m_e - m_b, kNone);
        m_inside.assign(m_e - m_b, kNone);
        m_cls.assign(m_e - m_b, WordClass::Other);
        m_clsKnown.assign(m_e - m_b, 0);
        m_titleCase = -1;
        m_sentenceMentions.clear();
        for (size_t i : inSentence) {
            const Mention& m = m_mentions[i];
            if (m.sentence != si || m.synthetic) continue;
            if (m.type == EntityType::Quantity || m.type == EntityType::Money ||
                m.type == EntityType::Date) {
                for (size_t k = m.begin; k < m.end; ++k)
                    if (m_inside[k - m_b] == kNone) m_inside[k - m_b] = i;
                continue;
            }
            m_startAt[m.begin - m_b] = i;
            for (size_t k = m.begin; k < m.end; ++k) m_inside[k - m_b] = i;
            m_sentenceMentions.push_back(i);
        }
    }

    // A view: comparisons with literals then check the length first (no memcmp call).
    std::string_view L(size_t i) const { return m_art.lower[i]; }
    const std::string& Ls(size_t i) const { return m_art.lower[i]; }  // for keyed look-ups
    std::string_view V(size_t i) const { return m_art.views[i]; }
    // A headline capitalises its verbs too ("North Korea Could Send 100,000 Soldiers to X").
    bool titleCaseSentence() const {
        if (m_titleCase < 0)
            m_titleCase =
                isTitleCase(std::span<const TokenInfo>(m_art.info).subspan(m_b, m_e - m_b)) ? 1 : 0;
        return m_titleCase == 1;
    }
    const Mention& M(size_t mi) const { return m_mentions[mi]; }
    size_t mentionAt(size_t i) const { return i >= m_b && i < m_e ? m_startAt[i - m_b] : kNone; }
    size_t insideAt(size_t i) const { return i >= m_b && i < m_e ? m_inside[i - m_b] : kNone; }

    WordClass cls(size_t i) const {
        if (i >= m_b && i < m_e) {
            WordClass& cached = m_cls[i - m_b];
            if (cached == WordClass::Other && !m_clsKnown[i - m_b]) {
                cached = computeCls(i);
                m_clsKnown[i - m_b] = 1;
            }
            return cached;
        }
        return computeCls(i);
    }
    WordClass computeCls(size_t i) const {
        if (const WordInfo* w = m_art.info[i].word) return w->cls;
        const std::string& s = Ls(i);
        // punctuation is no word of unknown class: patterns that skip unknown modifiers
        // must stop at a comma
        if (std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c); }))
            return WordClass::Other;
        if (s.size() > 5 && s.ends_with("ing")) return WordClass::Gerund;
        if (s.size() > 4 && s.ends_with("ed")) return WordClass::VerbPast;
        return WordClass::Unknown;
    }
    bool isVerb(size_t i) const {
        const WordClass c = cls(i);
        if (c == WordClass::Verb || c == WordClass::Verb3sg || c == WordClass::VerbPast ||
            c == WordClass::Participle || c == WordClass::Gerund)
            return true;
        // nouns that are also relation verbs ("plans", "support") after an auxiliary/subject;
        // relation verbs the word list lacks ("lend", "summon")
        return (c == WordClass::PluralNoun || c == WordClass::Noun ||
                (c == WordClass::Unknown && !startsUpper(V(i)))) &&
               m_x.verbTypes.count(m_x.verbLemma(L(i)));
    }
    std::string verbType(const std::string& lemma) const {
        auto it = m_x.verbTypes.find(lemma);
        return it == m_x.verbTypes.end() ? std::string() : it->second;
    }

    // A title (role noun) at i: its length, 0 when none.
    size_t titleAt(size_t i, bool* isRole = nullptr) const {
        // only titles that start with this word (TokenInfo::titleWords), key built in place
        std::string& key = m_key;
        for (size_t n = std::min<size_t>(m_art.info[i].titleWords, m_e - i); n >= 1; --n) {
            key = L(i);
            for (size_t k = 1; k < n; ++k) {
                key += ' ';
                key += L(i + k);
            }
            auto it = m_x.titles.find(key);
            if (it != m_x.titles.end()) {
                if (isRole) *isRole = it->second;
                return n;
            }
        }
        return 0;
    }
    std::string titleLabel(size_t i, size_t n) const {
        std::string label;
        for (size_t k = i; k < i + n; ++k) {
            if (k == i && n > 1 &&
                (L(k) == "defense" || L(k) == "defence" || L(k) == "military" ||
                 L(k) == "political"))
                continue;
            if (!label.empty()) label += ' ';
            label += L(k);
        }
        if (label.ends_with(".")) label.pop_back();
        return label;
    }

    // byState: a nationality end stands for its state (RelationCandidate::byState).
    void emit(size_t src, size_t tgt, std::string label, RelationType type, bool negated = false,
              bool byState = false) {
        if (src == tgt || src == kNone || tgt == kNone) return;
        const Mention& a = M(src);
        const Mention& b = M(tgt);
        if (a.begin < b.end && b.begin < a.end) return;
        m_out.push_back({src, tgt, std::move(label), type, negated, byState});
    }

    // Capital rule: a capital acting as a political agent stands for its country.
    void capitalAsCountry(size_t mi) {
        Mention& m = m_mentions[mi];
        if (m.capital && !m.country.empty()) m.asCountry = true;
    }

    void appositionRole(size_t p);
    // The type of the act a predicate states, "" or "LIGHT" when nothing types it
    // (RelationTyping.cpp).
    std::string actType(const PredicateAct& act) const;
    // A speech verb's predicate (RelationSpeech.cpp) and the verb phrase coordinated after
    // `from` (RelationPredicate.cpp), both with `subjects` and predicate()'s depth.
    void speechAct(const std::vector<size_t>& subjects, size_t q, const std::string& mainLemma,
                   const std::string& mainForm, bool negated, int depth);
    void nextConjunct(const std::vector<size_t>& subjects, size_t from, int depth);
    size_t skipBackModifiers(size_t k) const;
    // predicate()'s steps (RelationPredicate.cpp).
    bool verbGroup(size_t p, VerbGroup& verb);
    void objectPhrase(size_t p, const std::string& vtype, VerbGroup& verb, ObjectPhrase& object);
    bool objectMention(size_t mi, const std::string& vtype, const std::string& mainLemma,
                       bool missedName, ObjectPhrase& object);
    void weaponObjects(const std::vector<size_t>& subjects, const std::string& vtype,
                       const VerbGroup& verb, const ObjectPhrase& object);
    void relateObject(const std::vector<size_t>& subjects, const std::string& vtype,
                      const VerbGroup& verb, ObjectPhrase& object, int depth);
    // "was moving reinforcements from its base in Siem Reap": the subject's own base,
    // in the clause from `from` on.
    void ownBase(const std::vector<size_t>& subjects, size_t from);
    // The organisation named after a short lower-case description ending in an organisation
    // noun at q: "the [opposition party] Free Georgia", "the [state broadcaster] RTS".
    size_t describedOrganisationAt(size_t q) const {
        for (size_t n = q; n < m_e && n < q + 3 && startsLowerLetter(V(n)); ++n) {
            if (!m_x.orgDescriptors.count(Ls(n))) continue;
            const size_t o = mentionAt(n + 1);
            return o != kNone && M(o).type == EntityType::Organization ? o : kNone;
        }
        return kNone;
    }

    void titleRole(size_t p);
    void ownerlessTitle(size_t p, size_t t, size_t k, const std::string& title);

    // Verbs whose object two subjects share as parties: "X and Y signed an agreement"
    // (not "X and Y welcomed the meeting").
    static bool isJointActVerb(std::string_view lemma) {
        return lemma == "sign" || lemma == "agree" || lemma == "hold" || lemma == "conduct" ||
               lemma == "begin" || lemma == "launch" || lemma == "reach" || lemma == "conclude" ||
               lemma == "negotiate" || lemma == "start" || lemma == "stage" ||
               lemma == "finalize" || lemma == "finalise" || lemma == "forge" || lemma == "seal" ||
               lemma == "renew" || lemma == "strike" || lemma == "resume" || lemma == "open";
    }
    static bool isPolicyNoun(std::string_view w) {
        return w == "ambitions" || w == "ambition" || w == "interests" || w == "policy" ||
               w == "policies" || w == "influence" || w == "strategy" || w == "stance" ||
               w == "position" || w == "response" || w == "decision" || w == "plans" ||
               w == "demands" || w == "support" || w == "goals" || w == "aims" ||
               w == "intentions" || w == "leadership" || w == "diplomacy" || w == "claims" ||
               // a state's forces and programmes ("Pyongyang's military modernisation")
               w == "military" || w == "forces" || w == "army" || w == "navy" || w == "troops" ||
               w == "arsenal" || w == "modernization" || w == "modernisation" || w == "program" ||
               w == "programme" || w == "buildup" || w == "build-up" || w == "sanctions" ||
               w == "regime";
    }

    void possessiveTitleApposition(size_t p);
    void envoyApposition(size_t p);

    void possessive(size_t a);

    void placeOf(size_t a);

    bool isSubdivision(size_t mi) const {
        std::string key;
        for (size_t k = M(mi).begin; k < M(mi).end; ++k) {
            if (!key.empty()) key += ' ';
            key += L(k);
        }
        return Lexicons::get().subdivisions.containsNormalized(normalizePhrase(key));
    }
    bool isCountry(size_t mi) const {
        return M(mi).type == EntityType::Location && !M(mi).canonical.empty();
    }
    static bool isGovernmentWord(std::string_view w) {
        return w == "ministry" || w == "agency" || w == "service" || w == "department" ||
               w == "council" || w == "government" || w == "office" || w == "court" ||
               w == "parliament" || w == "police" || w == "army" || w == "navy" || w == "forces" ||
               w == "force" || w == "guard" || w == "commission" || w == "bureau" ||
               w == "directorate" || w == "gru" || w == "fsb" || w == "treasury" ||
               w == "administration" || w == "authority" || w == "assembly" || w == "senate" ||
               w == "congress" || w == "cabinet" || w == "security" || w == "intelligence";
    }
    // "Nairobi-based Sentinel Research": the mention after place mi's "-based" or
    // "-headquartered" (the organisation that has its seat there), kNone when none.
    size_t organisationAfterSeat(size_t mi) const {
        const size_t e = M(mi).end;
        if (e + 2 >= m_e || V(e) != "-" || (L(e + 1) != "based" && L(e + 1) != "headquartered"))
            return kNone;
        return mentionAt(e + 2);
    }
    // "the Trans-Afghan Gas Pipeline", "the Central Asia-China pipeline": a place that is a
    // line (a head word of infrastructure-words.tsv ends it or follows it)
    bool namesALine(size_t mi) const {
        if (M(mi).type != EntityType::Location) return false;
        auto head = [&](size_t k) {
            const auto it = m_x.infrastructureWords.find(Ls(k));
            return it != m_x.infrastructureWords.end() && it->second;
        };
        return head(M(mi).end - 1) || (M(mi).end < m_e && head(M(mi).end));
    }
    bool isGovernmentBody(size_t mi) const {
        if (M(mi).type == EntityType::MilitaryUnit) return true;
        for (size_t k = M(mi).begin; k < M(mi).end; ++k)
            if (isGovernmentWord(L(k))) return true;
        return false;
    }

    void whereabouts(size_t a);
    bool placeApposition(size_t a, size_t q);

    void between();

    void accordingTo();

    static bool isSpeechForm(std::string_view w) {
        return w == "said" || w == "says" || w == "told" || w == "tells" || w == "stated" ||
               w == "warned" || w == "added" || w == "announced" || w == "claimed" ||
               w == "argued" || w == "noted" || w == "reported" || w == "confirmed" ||
               w == "insisted";
    }
    bool isSpeaker(size_t mi) const {
        const EntityType t = M(mi).type;
        return t == EntityType::Person || t == EntityType::Organization ||
               t == EntityType::MilitaryUnit ||
               (t == EntityType::Location &&
                (M(mi).capital || !M(mi).country.empty() || !M(mi).canonical.empty()));
    }
    // Words of tenure between a title's owner and the title ("Bulgaria's outgoing prime
    // minister, X,"): part of the role's label, no owner.
    static bool isTenureWord(std::string_view w) {
        return w == "outgoing" || w == "incoming" || w == "new" || w == "former" || w == "acting" ||
               w == "interim" || w == "current" || w == "longtime" || w == "long-time";
    }
    static bool isRankWord(std::string_view w) {
        return w == "deputy" || w == "vice" || w == "acting" || w == "former" || w == "first" ||
               w == "interim" || w == "senior" || w == "assistant";
    }
    // Where the noun phrase of speaker `mi` begins: its title and the title's owner
    // ("Ukraine's Energy Minister X", "German Defence Minister X"), "the".
    size_t speakerPhraseBegin(size_t mi) const;
    // The first token after a dateline ("TALLINN, Estonia (Reuters) - "): a dash among
    // the sentence's first tokens ends it; the place and agency are no part of a claim.
    size_t datelineEnd() const {
        for (size_t k = m_b; k < m_e && k < m_b + 10; ++k) {
            const std::string_view v = V(k);
            if (v == "-" || v == "--" || v == "\xE2\x80\x94" || v == "\xE2\x80\x93") return k + 1;
            if (k > m_b && !startsUpper(v) && v != "," && v != "(" && v != ")" &&
                !(v.size() <= 4 && std::isdigit(static_cast<unsigned char>(v[0]))))
                break;  // "SEOUL, Aug 19 (Yonhap) --"
        }
        return m_b;
    }

    void speech(size_t k);

    // Whether a clause starts at token e ("Norway was", "Norway remained"): the name before
    // it is the claim's subject, not an inverted speaker.
    bool opensClause(size_t e) const {
        if (e >= m_e) return false;
        const WordClass c = cls(e);
        return isAux(L(e)) || c == WordClass::Modal || c == WordClass::Verb3sg ||
               c == WordClass::VerbPast;
    }

    void claimBefore(size_t src, size_t pb) {
        size_t end = pb;
        while (end > m_b && (V(end - 1) == "," || isQuote(V(end - 1)))) --end;
        capitalAsCountry(src);
        claimLinks(src, datelineEnd(), end);
    }

    void reportedClaim(const std::vector<size_t>& speakers, size_t pb, size_t k);

    void appositiveSpeaker(size_t k);
    // "Azerbaijan's Foreign Ministry condemned the agreement, saying Paris was ...": the
    // subject of the clause before ", saying" at k speaks (RelationSpeech.cpp).
    void subjectSaying(size_t k);
    bool claimHasSubject(size_t q) const;

    void describedSpeaker(size_t k);

    static bool pronounFits(std::string_view w, EntityType t) {
        if (t == EntityType::Person) return w == "he" || w == "she";
        return (w == "it" || w == "they") &&
               (t == EntityType::Organization || t == EntityType::Location ||
                t == EntityType::MilitaryUnit);
    }
    bool isNumber(size_t i) const {
        return cls(i) == WordClass::Number || std::isdigit(static_cast<unsigned char>(V(i)[0]));
    }
    bool isVerbNotNoun(size_t i) const {
        const WordClass c = cls(i);
        return c == WordClass::Verb || c == WordClass::Verb3sg || c == WordClass::VerbPast;
    }
    bool isDashToken(size_t i) const {
        return V(i) == "-" || V(i) == "--" || V(i) == "\xE2\x80\x94" || V(i) == "\xE2\x80\x93";
    }

    // The claim's named people, organisations, places and units (README of the gold set);
    // a demonym before a title ("Chinese Foreign Minister") belongs to the person named.
    void claimLinks(size_t src, size_t from, size_t to);

    size_t personAfterTitle(size_t t) const;

    // The token ending the relative clause opened by the comma at p (", which ..."): its
    // closing comma, else the sentence end.
    size_t relativeClauseEnd(size_t p) const {
        size_t close = p + 2;
        while (close < m_e && close < p + 18 && V(close) != "," && V(close) != ";" &&
               !isQuote(V(close)))
            ++close;
        return close;
    }

    void relativeClause(size_t s0);

    // Past "the" and a compass adjective before a name: "to the Chilean Navy", "to northern
    // Lithuania".
    size_t skipPlaceModifiers(size_t q) const {
        if (q < m_e && L(q) == "the") ++q;
        if (q < m_e && (L(q) == "eastern" || L(q) == "western" || L(q) == "northern" ||
                        L(q) == "southern" || L(q) == "central" || L(q) == "northeastern" ||
                        L(q) == "northwestern" || L(q) == "southeastern" || L(q) == "southwestern"))
            ++q;
        return q;
    }

    void subjectVerbObject(size_t s0);
    size_t coordinationEnd(size_t s0) const;
    std::vector<size_t> withPartnerBefore(size_t s0) const;
    // Past an acronym in brackets at p ("the African Development Bank (AfDB) will"): p when
    // there is none.
    size_t pastAcronym(size_t p) const {
        return p + 3 < m_e && V(p) == "(" && V(p + 2) == ")" && startsUpper(V(p + 1)) ? p + 3 : p;
    }

    void predicate(const std::vector<size_t>& subjects, size_t p, int depth);
    void purposeAfterTarget(const std::vector<size_t>& subjects, size_t e,
                            const std::string& mainForm, const std::string& cargo, bool negated);

    // Arms changing hands and arms placed somewhere (RelationRecall.cpp).
    // Whether the weapon mention at q follows "<transfer or unit noun> of (count)": "the
    // delivery of 18 F-16 jets", "the purchase of 14 Leopard tanks".
    bool transferOfWeapon(size_t q) const;
    // "provide Ukraine with four IRIS-T systems and 50 tanks": each weapon listed after the
    // "with" at w is what the subjects hand over.
    void withWeapons(const std::vector<size_t>& subjects, size_t w, const std::string& label,
                     bool negated);
    // "station four drones at Larissa air base in central Greece": the place after the
    // preposition at r (past "an air base in"), and the place that one lies in.
    void weaponPlace(const std::vector<size_t>& subjects, size_t r, const std::string& label,
                     bool negated);
    // "announced a $400 million military aid package for Ukraine", "unveiled sanctions on X":
    // the aid, money or measure announced (object from q) and the party after its preposition.
    void announcedAct(const std::vector<size_t>& subjects, size_t q, const std::string& label,
                      bool negated);
    // Agent mi after "by" of a passive transfer: "were delivered to Lithuania by Germany",
    // "delivered by Germany to Lithuania", "Aster missiles supplied by X".
    void passiveTransfer(size_t mi);
    // "U.S. technology group Lumiq": a country mention mi, a company noun, the company ->
    // "based in" (the demonym form is Extractor.cpp's linkCompanyCountries).
    void companyOfCountry(size_t mi);
    // "launched 40 missiles at Ukraine": the target after the arms (r: the token after them).
    void firedAt(const std::vector<size_t>& subjects, size_t r, const std::string& label,
                 bool negated);
    // The "with" a few words after token e ("struck X targets in Y with"), else e.
    size_t withAfter(size_t e) const;
    // The arms listed after "with" past the target ending at e: handed over by a transfer
    // verb ("provide Ukraine with"), used by an attack ("struck X targets in Y with").
    void armsAfterTarget(const std::vector<size_t>& subjects, size_t e, const std::string& lemma,
                         const std::string& form, bool negated);
    // "Denmark and the Netherlands are jointly funding ...": each subject with the next.
    void jointPartners(const std::vector<size_t>& subjects, const std::string& label,
                       RelationType type, bool negated) {
        for (size_t i = 0; i + 1 < subjects.size(); ++i)
            emit(subjects[i], subjects[i + 1], label + " jointly with", type, negated);
    }
    // "The sale of 40 F-16 jets to Turkey was approved": weapon mention mi, named by a
    // transfer noun with no agent, and its recipient.
    void transferRecipient(size_t mi);
    // Past "on Thursday" / a date at q inside a verb group ("The EU on Thursday imposed");
    // q itself when there is none.
    size_t datedVerbGroup(size_t q) const {
        size_t d = q;
        if (d + 1 < m_e && L(d) == "on" && mentionAt(d + 1) == kNone) ++d;
        const size_t i = insideAt(d);
        if (i == kNone || M(i).type != EntityType::Date || M(i).begin != d) return q;
        return M(i).end;
    }
    // Whether the "has"/"have"/"had" at q is the main verb ("Britain has 900 troops in X").
    bool haveAsMainVerb(size_t q) const {
        const std::string_view w = L(q);
        if ((w != "has" && w != "have" && w != "had") || q + 1 >= m_e) return false;
        const std::string_view n = L(q + 1);
        return !isAux(n) && !isNeg(n) && n != "to" && !isVerb(q + 1) &&
               cls(q + 1) != WordClass::Adverb && mentionAt(q + 1) == kNone;
    }
    // After country mention s0 and its possessive at p, the end of a state body it acts
    // through ("China's coast guard deployed", "Turkey's army shelled"); kNone when there is
    // none or the body speaks ("Poland's defence ministry said" names no speaker of its own).
    // When the body speaks, `said` gets the speech verb's index.
    size_t stateBodyAfter(size_t s0, size_t p, size_t* said = nullptr) const;
    // "Poland's defence ministry said (on Monday) (that) it would buy ...": the claimed act,
    // with country s0 as its subject (no statement: the ministry is not named).
    void bodyClaim(size_t s0, size_t said);
    // "Germany's exports to China", "exports from Russia to India": trade between two parties
    // named around a trade noun, from mention mi.
    void tradeFlow(size_t mi);
    // "The 2nd Cavalry Regiment is based in Vilseck": where an organisation, unit or place
    // is, said by a main clause (whereabouts() reads the comma forms).
    void statedWhereabouts(size_t mi);
    // "Sweden became NATO's 32nd member", "Finland is a member of the European Union",
    // "Serbia is not a member of NATO", "China is Germany's largest trading partner",
    // "Japan is a close ally of the United States", "Turkey, Azerbaijan's closest ally,": a
    // relation a copula or an apposition states with its noun.
    void statedRelation(size_t mi);
    // "the deployment of British troops to Estonia", "Germany's brigade in Lithuania": forces
    // a noun names, with mention mi (a country or nationality) as their owner
    // (RelationForces.cpp).
    void forceNamedByNoun(size_t mi);
    // "the Kursk region of Russia", "Pokrovsk, in Ukraine's Donetsk region", "Zaporizhzhia,
    // in southern Ukraine", "NATO headquarters in Brussels": where place or body mi lies.
    void placeWithin(size_t mi);
    // "Germany's decision to send 800 soldiers to Estonia", "the move by Britain to send
    // tanks to Ukraine": the act a party decides, plans or offers, with mi as its subject.
    void intendedAct(size_t mi);
    // "the Forward Bulgaria alliance, led by Desislava Petrova", "the mission, headed by
    // X": who leads organisation or unit mi (RelationRecall.cpp).
    void ledBy(size_t mi);
    // "Almaty-based Steppe Logistics", "the Russian-led bloc", "Iran-backed militias": a place
    // or people joined to a participle (split by the tokenizer) before an organisation
    // (RelationRecall.cpp).
    void namedCompound(size_t mi);
    // "the Marisol Trader, a ro-ro vessel flying the flag of Sierra Leone", "a Panama-flagged
    // bulk carrier, the Aegean Dawn": the flag state of ship mi (RelationRecall.cpp).
    void flagState(size_t mi);
    // "the Helios Spirit, a tanker owned by X", "the Nordic Amber is operated by Y", "the
    // refinery, run by Z": who owns or runs ship, facility or company mi; "Tihama Refining, a
    // joint venture between A and B": its partners (RelationOwnership.cpp).
    void ownedOrRunBy(size_t mi);
    void jointVenturePartners(size_t mi);
    // "the Picardie and the Vendee, which sailed from Toulon", "the battalion flew into Juba
    // from Ulaanbaatar", "returns to Kigali": where ship or unit mi moves from or to
    // (RelationOwnership.cpp).
    void movedTo(size_t mi);
    // "the Iranian city of Tabriz", "the Kazakh border town of Dostyk": the place is in the
    // people's state, when the article names that state (RelationOwnership.cpp).
    void cityOfPeople(size_t mi);
    // "rose in Paris, where the company is based": the described organisation's seat
    // (RelationOwnership.cpp).
    void whereBased(size_t mi);
    // "signed a $1.4 billion contract with seller for six batteries of the W and 36 V": the
    // buyers order the arms, the seller supplies them (RelationOwnership.cpp).
    void contractedArms(const std::vector<size_t>& buyers, size_t seller, bool negated);
    // "Last month the company won ...": a sentence opening with a description of the story's
    // organisation as the subject of an act.
    void describedSubject();
    // "The regiment, which is based at Camp de Gaulle": where the one body a sentence-opening
    // description names sits (RelationOwnership.cpp).
    void describedWhereabouts();
    // The end of a reported claim that starts at q: the sentence's end, a semicolon,
    // "according to", or a comma before "and", "but" or "while" (RelationSpeech.cpp).
    size_t claimEnd(size_t q) const;
    // "Poland bought 250 tanks. It will also buy 96 helicopters from Boeing.": a sentence
    // opening with "It" continues the organisation or country that opens the sentence before.
    void pronounSubject();
    // The closing comma of a participle clause opened by the comma at p ("Turkey, seeking to
    // modernise its air force, asked"); kNone when none.
    size_t insertedParticipleEnd(size_t p) const {
        if (p + 2 >= m_e || V(p) != "," || cls(p + 1) != WordClass::Gerund) return kNone;
        for (size_t k = p + 2; k < m_e && k < p + 14; ++k) {
            if (V(k) == ",") return k + 1 < m_e && opensClause(k + 1) ? k : kNone;
            if (isClauseBreak(L(k)) || isQuote(V(k))) return kNone;
        }
        return kNone;
    }

    const ArticleTokens& m_art;
    std::vector<Mention>& m_mentions;
    const ExtractLexicons& m_x;
    std::vector<RelationCandidate>& m_out;
    // The per-sentence working arrays are this thread's, reused from one article to the next
    // (their memory is allocated once, not per article); one parser at a time per thread.
    struct Scratch {
        std::string key;
        std::vector<size_t> startAt, inside, sentenceMentions;
        std::vector<WordClass> cls;
        std::vector<uint8_t> clsKnown;
    };
    static Scratch& threadScratch() {
        thread_local Scratch scratch;
        return scratch;
    }
    Scratch& m_scratch = threadScratch();
    std::string& m_key = m_scratch.key;  // titleAt scratch
    size_t m_b = 0, m_e = 0;
    std::vector<size_t>& m_startAt = m_scratch.startAt;
    std::vector<size_t>& m_inside = m_scratch.inside;
    std::vector<size_t>& m_sentenceMentions = m_scratch.sentenceMentions;
    std::vector<WordClass>& m_cls = m_scratch.cls;  // per-token cache of cls()
    std::vector<uint8_t>& m_clsKnown = m_scratch.clsKnown;
    mutable int m_titleCase = -1;  // isTitleCase of the sentence, computed when first asked
    // The subject being parsed acts through its troops ("Turkish troops entered ..."): its
    // acts are military ones.  Set by subjectVerbObject around its predicate() call.
    bool m_forceSubject = false;
    bool m_armsSubject = false;  // "Russian missiles hit Odesa": the subject's arms act
};

}  // namespace entgraph::relparse

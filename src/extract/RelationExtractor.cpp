#include "extract/RelationExtractor.h"

#include <algorithm>
#include <cctype>

#include "extract/ExtractLexicons.h"
#include "extract/RelationPatterns.h"
#include "extract/RuleTagger.h"
#include "text/Lexicons.h"

namespace entgraph {

namespace {

bool isAux(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "being" || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" ||
           w == "could" || w == "can" || w == "may" || w == "might" || w == "must" ||
           w == "should" || w == "shall" || w == "do" || w == "does" || w == "did" || w == "'s" ||
           w == "'ve" || w == "'ll" || w == "'d";
}
bool isBe(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "being";
}
bool isNeg(std::string_view w) {
    return w == "not" || w == "n't" || w == "never" || w == "no";
}
bool startsLowerLetter(std::string_view t) {
    return !t.empty() && t[0] >= 'a' && t[0] <= 'z';
}

bool isPossessive(std::string_view t) {
    return t == "'s" || t == "\xE2\x80\x99s";
}
bool isQuote(std::string_view t) {
    return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "'" ||
           t == "\xE2\x80\x98" || t == "\xE2\x80\x99";
}
bool isClauseBreak(std::string_view w) {
    return w == "that" || w == "which" || w == "who" || w == "whom" || w == "whose" ||
           w == "while" || w == "but" || w == "because" || w == "although" || w == "though" ||
           w == "whereas" || w == "if" || w == "when" || w == "where" || w == ";" || w == ":" ||
           w == "until" || w == "(" || w == ")" || w == "." || w == "?" || w == "!" ||
           w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-" || w == "--" || w == "unless" ||
           w == "as";
}
bool relationTarget(EntityType t) {
    return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Location ||
           t == EntityType::Nationality || t == EntityType::MilitaryUnit || t == EntityType::Event;
}
bool isTroopNoun(std::string_view w) {
    return w == "troops" || w == "soldiers" || w == "forces" || w == "fighters" ||
           w == "officials" || w == "diplomats" || w == "workers" || w == "personnel" ||
           w == "leaders" || w == "authorities" || w == "officers" || w == "units" ||
           w == "military";
}

std::string thirdPerson(const std::string& lemma) {
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

RelationType typeOf(const std::string& name) {
    auto t = parseRelationType(name);
    return t ? *t : RelationType::Action;
}

class SentenceParser {
public:
    SentenceParser(const ArticleTokens& art, std::vector<Mention>& mentions, size_t si,
                   const std::vector<size_t>& inSentence, std::vector<RelationCandidate>& out)
        : m_art(art), m_mentions(mentions), m_x(ExtractLexicons::get()), m_out(out) {
        const Sentence& s = art.sentences[si];
        m_b = s.firstToken;
        m_e = s.endToken;
        m_startAt.assign(m_e - m_b, kNone);
        m_inside.assign(m_e - m_b, kNone);
        m_cls.assign(m_e - m_b, WordClass::Other);
        m_clsKnown.assign(m_e - m_b, false);
        for (size_t i : inSentence) {
            const Mention& m = mentions[i];
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

    void run() {
        for (size_t mi : m_sentenceMentions) {
            appositionRole(mi);
            titleRole(mi);
            possessive(mi);
            placeOf(mi);
            whereabouts(mi);
        }
        between();
        accordingTo();
        for (size_t k = m_b; k < m_e; ++k) speech(k);
        for (size_t mi : m_sentenceMentions) {
            relativeClause(mi);
            subjectVerbObject(mi);
        }
    }

private:
    const std::string& L(size_t i) const { return m_art.lower[i]; }
    std::string_view V(size_t i) const { return m_art.views[i]; }
    const Mention& M(size_t mi) const { return m_mentions[mi]; }
    size_t mentionAt(size_t i) const { return i >= m_b && i < m_e ? m_startAt[i - m_b] : kNone; }
    size_t insideAt(size_t i) const { return i >= m_b && i < m_e ? m_inside[i - m_b] : kNone; }

    WordClass cls(size_t i) const {
        if (i >= m_b && i < m_e) {
            WordClass& cached = m_cls[i - m_b];
            if (cached == WordClass::Other && !m_clsKnown[i - m_b]) {
                cached = computeCls(i);
                m_clsKnown[i - m_b] = true;
            }
            return cached;
        }
        return computeCls(i);
    }
    WordClass computeCls(size_t i) const {
        if (const WordInfo* w = m_art.info[i].word) return w->cls;
        const std::string& s = L(i);
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

    void emit(size_t src, size_t tgt, std::string label, RelationType type, bool negated = false) {
        if (src == tgt || src == kNone || tgt == kNone) return;
        const Mention& a = M(src);
        const Mention& b = M(tgt);
        if (a.begin < b.end && b.begin < a.end) return;
        m_out.push_back({src, tgt, std::move(label), type, negated});
    }

    // Capital rule: a capital acting as a political agent stands for its country.
    void capitalAsCountry(size_t mi) {
        Mention& m = m_mentions[mi];
        if (m.capital && !m.country.empty()) m.asCountry = true;
    }

    // "X, Ukraine's ambassador to South Korea" / "X, a defense analyst at the RAND Corporation"
    void appositionRole(size_t p) {
        if (M(p).type != EntityType::Person) return;
        size_t k = M(p).end;
        if (k >= m_e || V(k) != ",") return;
        ++k;
        if (k < m_e && (L(k) == "a" || L(k) == "an" || L(k) == "the")) ++k;
        size_t owner = kNone;
        if (size_t o = mentionAt(k); o != kNone && M(o).end < m_e && isPossessive(V(M(o).end))) {
            owner = o;
            k = M(o).end + 1;
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
            if (c != WordClass::Adjective && c != WordClass::Noun && c != WordClass::Unknown)
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
        if (q < m_e && (L(q) == "of" || L(q) == "at" || L(q) == "to" || L(q) == "for" ||
                        L(q) == "in" || L(q) == "with")) {
            const std::string prep = L(q);
            ++q;
            if (q < m_e && L(q) == "the") ++q;
            size_t o = mentionAt(q);
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
    void titleRole(size_t p) {
        if (M(p).type != EntityType::Person) return;
        possessiveTitleApposition(p);
        const size_t b = M(p).begin;
        for (size_t n = 1; n <= m_x.titleMaxWords && n <= b - m_b; ++n) {
            bool role = false;
            if (titleAt(b - n, &role) != n || !role) continue;
            size_t t = b - n;
            if (t > m_b && titleAt(t - 1, &role) && role) --t;  // "defense minister"
            // a portfolio before the title: "Italian Industry Minister", "Trade Minister"
            for (size_t steps = 0;
                 steps < 2 && t > m_b + 1 && insideAt(t - 1) == kNone && startsUpper(V(t - 1)) &&
                 insideAt(t - 2) != kNone && M(insideAt(t - 2)).type != EntityType::Person;
                 ++steps)
                --t;
            size_t k = t;
            if (k > m_b && isPossessive(V(k - 1))) --k;
            if (k == m_b) return;
            const size_t o = insideAt(k - 1);
            if (o == kNone || !relationTarget(M(o).type) || M(o).type == EntityType::Person) return;
            const std::string title = titleLabel(t, b - t);
            const EntityType ot = M(o).type;
            if (ot == EntityType::Organization || ot == EntityType::MilitaryUnit)
                emit(p, o, title + " at", RelationType::Role);
            else if (ot == EntityType::Location || ot == EntityType::Nationality)
                emit(p, o, title + " of", RelationType::Role);
            return;
        }
    }

    // Verbs whose object two subjects share as parties: "X and Y signed an agreement"
    // (not "X and Y welcomed the meeting").
    static bool isJointActVerb(std::string_view lemma) {
        return lemma == "sign" || lemma == "agree" || lemma == "hold" || lemma == "conduct" ||
               lemma == "begin" || lemma == "launch" || lemma == "reach" || lemma == "conclude" ||
               lemma == "negotiate" || lemma == "start" || lemma == "stage" ||
               lemma == "finalize" || lemma == "finalise" || lemma == "forge" || lemma == "seal" ||
               lemma == "renew" || lemma == "strike";
    }
    static bool isPolicyNoun(std::string_view w) {
        return w == "ambitions" || w == "ambition" || w == "interests" || w == "policy" ||
               w == "policies" || w == "influence" || w == "strategy" || w == "stance" ||
               w == "position" || w == "response" || w == "decision" || w == "plans" ||
               w == "demands" || w == "support" || w == "goals" || w == "aims" ||
               w == "intentions" || w == "leadership" || w == "diplomacy" || w == "claims";
    }

    // "Saab's chief executive, Per Ekstrom," / "Havmark's founder, Mads Kjeldsen" -> ROLE
    void possessiveTitleApposition(size_t p) {
        const size_t b = M(p).begin;
        if (b < m_b + 3 || V(b - 1) != ",") return;
        const size_t e = M(p).end;
        if (e < m_e && V(e) != "," && V(e) != ".") return;
        // "his Latvian counterpart, Ivars Ozols,": a minister's peer, named by his country
        if (L(b - 2) == "counterpart")
            if (const size_t o = insideAt(b - 3);
                o != kNone && M(o).end == b - 2 &&
                (M(o).type == EntityType::Nationality || isCountry(o))) {
                emit(p, o, "counterpart from", RelationType::Role);
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
                                      isCompanyNoun(L(t - 2)) && L(t - 3) == "the";
            if (companyOwner || L(t - 1) == "its") {
                if (const size_t o = storyOrganization(m_art, m_mentions, t); o != kNone)
                    emit(p, o, titleLabel(t, n) + " at", RelationType::Role);
                return;
            }
            if (t < m_b + 2 || !isPossessive(V(t - 1))) return;
            const size_t o = insideAt(t - 2);
            if (o == kNone || M(o).end != t - 1 || !relationTarget(M(o).type) || o == p) return;
            const EntityType ot = M(o).type;
            emit(p, o, titleLabel(t, n) + (ot == EntityType::Organization ? " at" : " of"),
                 RelationType::Role);
            return;
        }
    }

    static bool isCompanyNoun(std::string_view w) {
        return w == "company" || w == "group" || w == "firm" || w == "bank" || w == "carmaker" ||
               w == "insurer" || w == "lender" || w == "airline" || w == "manufacturer";
    }

    // "Russia's Kursk region" -> Kursk region located in Russia;
    // "North Korea's military support for Russia" -> "military support for"
    void possessive(size_t a) {
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
            // "Russia's GRU", "Belgium's State Security Service": a country's body
            if (isCountry(a) &&
                (M(b).type == EntityType::Organization || M(b).type == EntityType::MilitaryUnit))
                emit(b, a, isGovernmentBody(b) ? "part of" : "based in",
                     isGovernmentBody(b) ? RelationType::Membership : RelationType::Location);
            return;
        }
        // "North Korea's state news agency KCNA"
        if (isCountry(a)) {
            bool gov = false;
            size_t n = k;
            while (n < m_e && n < k + 4 && mentionAt(n) == kNone && insideAt(n) == kNone &&
                   !startsUpper(V(n)) &&
                   (cls(n) == WordClass::Adjective || cls(n) == WordClass::Noun ||
                    cls(n) == WordClass::Unknown)) {
                gov = gov || isGovernmentWord(L(n));
                ++n;
            }
            if (const size_t b = mentionAt(n);
                n > k && b != kNone &&
                (M(b).type == EntityType::Organization || M(b).type == EntityType::MilitaryUnit)) {
                gov = gov || isGovernmentBody(b);
                emit(b, a, gov ? "part of" : "based in",
                     gov ? RelationType::Membership : RelationType::Location);
                return;
            }
        }
        std::string adjectives;
        RelationType adjType = RelationType::Action;
        for (size_t steps = 0; k < m_e && steps < 3; ++steps, ++k) {
            const std::string& w = L(k);
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
        const std::string& noun = L(k);
        const std::string& prep = L(k + 1);
        if (prep != "for" && prep != "to" && prep != "with" && prep != "against" && prep != "on")
            return;
        size_t target = mentionAt(k + 2);
        if (target == kNone || !relationTarget(M(target).type)) return;
        RelationType type;
        if (auto rn = m_x.relationNouns.find(noun); rn != m_x.relationNouns.end()) {
            type = rn->second;
        } else {
            const std::string vt = verbType(noun);
            if (vt.empty() || vt == "LIGHT" || vt == "STATEMENT" || cls(k) != WordClass::Noun)
                return;
            type = typeOf(vt);
        }
        if (adjType != RelationType::Action) type = adjType;
        emit(a, target, adjectives + noun + " " + prep, type);
    }

    // "the G20 summit in Rio de Janeiro" -> held in; "Kharkiv, Ukraine" -> located in
    void placeOf(size_t a) {
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
               w == "directorate" || w == "gru" || w == "fsb";
    }
    bool isGovernmentBody(size_t mi) const {
        if (M(mi).type == EntityType::MilitaryUnit) return true;
        for (size_t k = M(mi).begin; k < M(mi).end; ++k)
            if (isGovernmentWord(L(k))) return true;
        return false;
    }

    // Where an organisation, unit or place is: "Europol in The Hague", "Aleppo in Syria",
    // "Malatya province in eastern Turkey", "X, which is based in Y", "stationed near Y",
    // "Havmark Wind of Denmark", "Nordvik Energy, Norway's largest power producer".
    void whereabouts(size_t a) {
        const Mention& A = M(a);
        const EntityType at = A.type;
        if (at != EntityType::Organization && at != EntityType::MilitaryUnit &&
            at != EntityType::Location)
            return;
        if (at == EntityType::Location && !A.canonical.empty()) return;  // a country
        size_t k = A.end;
        if (k >= m_e) return;
        auto place = [&](size_t q) -> size_t {
            if (q < m_e &&
                (L(q) == "eastern" || L(q) == "western" || L(q) == "northern" ||
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
        if (L(k) == "in" && at != EntityType::Location) {
            if (size_t b = place(k + 1); b != kNone)
                emit(a, b, "located in", RelationType::Location);
            return;
        }
        if (L(k) == "in") {
            if (size_t b = place(k + 1); b != kNone)
                emit(a, b, "located in", RelationType::Location);
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
            return;
        }
        if (V(k) != ",") return;
        size_t q = k + 1;
        // apposition: ", (one of) Norway's largest power producer(s),"
        if (at == EntityType::Organization) {
            size_t r = q;
            if (r + 1 < m_e && L(r) == "one" && L(r + 1) == "of") r += 2;
            if (const size_t b = mentionAt(r);
                b != kNone && isCountry(b) && M(b).end + 1 < m_e && isPossessive(V(M(b).end))) {
                size_t n = M(b).end + 1, words = 0;
                while (n < m_e && words < 5 && mentionAt(n) == kNone && insideAt(n) == kNone &&
                       !startsUpper(V(n)) &&
                       (cls(n) == WordClass::Adjective || cls(n) == WordClass::Noun ||
                        cls(n) == WordClass::PluralNoun || cls(n) == WordClass::Unknown))
                    ++n, ++words;
                if (words > 0 && n < m_e && (V(n) == "," || V(n) == "."))
                    emit(a, b, isGovernmentBody(a) ? "part of" : "based in",
                         isGovernmentBody(a) ? RelationType::Membership : RelationType::Location);
                return;
            }
        }
        // ", which is (already) based in Y"
        const bool relative = q < m_e && (L(q) == "which" || L(q) == "that");
        if (relative) ++q;
        const size_t verbGroup = q;
        while (q < m_e && (isAux(L(q)) || cls(q) == WordClass::Adverb)) ++q;
        if (q + 1 >= m_e) return;
        // "The troops, drawn from the X Brigade in Y, will be based at Z": without "which" a
        // verb group after the comma is the main clause, whose subject is not Y
        if (!relative && q != verbGroup) return;
        const std::string& w = L(q);
        if (w != "based" && w != "headquartered" && w != "located" && w != "stationed") return;
        const std::string& prep = L(q + 1);
        if (prep != "in" && prep != "near" && prep != "at") return;
        if (size_t b = place(q + 2); b != kNone) emit(a, b, w + " " + prep, RelationType::Location);
    }

    // "a strategic partnership between X and Y" -> X "partnership with" Y
    void between() {
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
                auto it = m_x.relationNouns.find(L(n - 1));
                if (it == m_x.relationNouns.end()) continue;
                capitalAsCountry(x);
                capitalAsCountry(y);
                emit(x, y, L(n - 1) + " with", it->second);
                break;
            }
        }
    }

    // "..., according to X" -> X "statement about" the named entities of the claim
    void accordingTo() {
        for (size_t k = m_b + 1; k + 2 < m_e; ++k) {
            if (L(k) != "according" || L(k + 1) != "to") continue;
            const size_t src = mentionAt(k + 2);
            if (src == kNone ||
                (M(src).type != EntityType::Person && M(src).type != EntityType::Organization))
                return;
            claimLinks(src, m_b, k);
            return;
        }
    }

    // The claim's named people, organisations, places and units (README of the gold set);
    // a demonym before a title ("Chinese Foreign Minister") belongs to the person named.
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
    // Where the noun phrase of speaker `mi` begins: its title and the title's owner
    // ("Ukraine's Energy Minister X", "German Defence Minister X"), "the".
    static bool isRankWord(std::string_view w) {
        return w == "deputy" || w == "vice" || w == "acting" || w == "former" || w == "first" ||
               w == "interim" || w == "senior" || w == "assistant";
    }
    size_t speakerPhraseBegin(size_t mi) const {
        size_t start = M(mi).begin;
        for (size_t n = std::min(m_x.titleMaxWords, start - m_b); n >= 1; --n) {
            if (titleAt(start - n) == n) {
                start -= n;
                if (start > m_b && titleAt(start - 1)) --start;
                // a portfolio: "Commerce Minister X", "Australian Trade Minister X"
                for (size_t steps = 0;
                     steps < 2 && start > m_b + 1 && insideAt(start - 1) == kNone &&
                     startsUpper(V(start - 1)) && !titleAt(start - 1);
                     ++steps)
                    --start;
                // "competition commissioner", "foreign policy chief"
                for (size_t steps = 0;
                     steps < 2 && start > m_b + 1 && insideAt(start - 1) == kNone &&
                     !startsUpper(V(start - 1)) && cls(start - 1) == WordClass::Noun;
                     ++steps)
                    --start;
                // "Deputy Finance Minister X", "former Prime Minister X"
                if (start > m_b && isRankWord(L(start - 1))) --start;
                break;
            }
        }
        if (start > m_b && isPossessive(V(start - 1)) && start - 1 > m_b &&
            insideAt(start - 2) != kNone)
            start = M(insideAt(start - 2)).begin;
        else if (start > m_b && insideAt(start - 1) != kNone &&
                 M(insideAt(start - 1)).type != EntityType::Person)
            start = M(insideAt(start - 1)).begin;  // "Nordvik chief executive X"
        if (start > m_b && L(start - 1) == "the") --start;
        return start;
    }
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

    // Reported speech around a speech verb at k:
    //   "<claim>, X said [on Tuesday]."  /  "\"<claim>,\" said X, ..."  -> claim before;
    //   "X said (that) <claim>"  /  "X told Y that <claim>"                -> claim after.
    void speech(size_t k) {
        // "X called it \"a historic partnership\" between Y and Z": a characterisation
        const bool calledIt = (L(k) == "called" || L(k) == "described") && k + 1 < m_e &&
                              (L(k + 1) == "it" || L(k + 1) == "this" || L(k + 1) == "them");
        // "the Tartu District Court found that ...": a court's finding is its statement
        const bool courtFinding = (L(k) == "found" || L(k) == "ruled" || L(k) == "concluded") &&
                                  k + 1 < m_e && L(k + 1) == "that" && k > m_b &&
                                  insideAt(k - 1) != kNone &&
                                  isCourtMention(m_art, M(insideAt(k - 1)));
        if ((!isSpeechForm(L(k)) && !calledIt && !courtFinding) || insideAt(k) != kNone) return;
        // inverted: "..., said X" -- unless X opens the claim ("..., said Norway was safe")
        if (k > m_b + 1 && (V(k - 1) == "," || isQuote(V(k - 1))) && k + 1 < m_e) {
            size_t q = k + 1;
            if (size_t tl = titleAt(q); tl) q += tl;
            if (size_t tl = titleAt(q); tl) q += tl;
            if (const size_t s = mentionAt(q);
                s != kNone && isSpeaker(s) && !opensClause(M(s).end)) {
                claimBefore(s, k);
                return;
            }
            if (V(k - 1) == ",") appositiveSpeaker(k);
            return;
        }
        if (k == m_b) return;
        size_t before = k;  // the speaker's phrase ends here
        // "the Disaster and Emergency Management Authority (AFAD) said"
        if (V(before - 1) == ")" && before >= m_b + 4 && V(before - 3) == "(") before -= 3;
        size_t s = insideAt(before - 1);
        if (s == kNone) return describedSpeaker(k);  // "he said", "the Swedish company said"
        if (M(s).end != before) return;
        // "the Higher Court in Belgrade said"
        if (M(s).type == EntityType::Location && M(s).begin >= m_b + 2 && L(M(s).begin - 1) == "in")
            if (const size_t o = insideAt(M(s).begin - 2);
                o != kNone && M(o).end == M(s).begin - 1 && M(o).type == EntityType::Organization)
                s = o;
        if (!isSpeaker(s)) return;
        size_t pb = speakerPhraseBegin(s);
        std::vector<size_t> speakers{s};
        // "Commerce Minister Piyush Rao and Australian Trade Minister Clare Hennessy said"
        if (pb > m_b + 1 && L(pb - 1) == "and")
            if (const size_t o = insideAt(pb - 2);
                o != kNone && M(o).end == pb - 1 && isSpeaker(o) && M(o).type == M(s).type) {
                speakers.push_back(o);
                pb = speakerPhraseBegin(o);
            }
        reportedClaim(speakers, pb, k);
    }

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

    // The claim of `speakers`, whose phrase begins at pb, of the speech verb at k: before the
    // phrase when a clause ends there, else after the verb when the phrase opens a clause.
    void reportedClaim(const std::vector<size_t>& speakers, size_t pb, size_t k) {
        if (pb > m_b + 1 && (V(pb - 1) == "," || isQuote(V(pb - 1)))) {
            for (size_t sp : speakers) claimBefore(sp, pb);
            return;
        }
        bool thatFollows = false;
        for (size_t r = k + 1; r < m_e && r < k + 6 && !thatFollows; ++r)
            thatFollows = L(r) == "that";
        if (pb != m_b && !thatFollows) {
            const std::string& prev = L(pb - 1);
            if (prev != "and" && prev != "but" && prev != "that" && prev != "while" &&
                prev != "when" && prev != "after" && prev != "-" && prev != "--" &&
                V(pb - 1) != "\xE2\x80\x94" && V(pb - 1) != "\xE2\x80\x93")
                return;
        }
        // claim after the verb: past "told Y" and an adverbial, after "that" when present
        size_t q = k + 1;
        for (size_t r = q; r < m_e && r < k + 8; ++r) {
            if (L(r) == "that") {
                q = r + 1;
                break;
            }
            if (V(r) == "," || V(r) == ".") break;
        }
        if (q == k + 1 && (L(k) == "told" || L(k) == "tells") && mentionAt(q) != kNone)
            q = M(mentionAt(q)).end;
        size_t end = q;
        while (end < m_e && V(end) != ";" && L(end) != "according" &&
               !(V(end) == "," && end + 1 < m_e &&
                 (L(end + 1) == "and" || L(end + 1) == "but" || L(end + 1) == "while")))
            ++end;
        for (size_t sp : speakers) {
            capitalAsCountry(sp);
            claimLinks(sp, q, end);
        }
    }

    // "Its chief executive, Per Lind, said ..." / "Lena Holm, an analyst at the Oslo Institute,
    // said ..." / "X, who hosted the talks, said ...": the speaker before the comma at k - 1.
    void appositiveSpeaker(size_t k) {
        size_t open = kNone;  // the comma that opens the inserted phrase
        for (size_t j = k - 2; j > m_b && j + 16 > k; --j) {
            if (V(j) == ",") {
                open = j;
                break;
            }
            if (isQuote(V(j)) || V(j) == ";") return;
        }
        if (open == kNone || open + 1 >= k - 1) return;
        // "The mission's commander, Colonel James Otieno, said"
        const size_t name = mentionAt(open + 1 + titleAt(open + 1));
        if (name != kNone && M(name).end == k - 1 && M(name).type == EntityType::Person) {
            // the name is the apposition: a title phrase opens the clause before it
            size_t pb = open;
            bool title = false;
            while (pb > m_b && pb + 8 > open && V(pb - 1) != "," && !isQuote(V(pb - 1)) &&
                   !isDashToken(pb - 1)) {
                --pb;
                if (isVerbNotNoun(pb) && insideAt(pb) == kNone) return;  // "X met his counterpart"
                title = title || titleAt(pb) != 0 || isPossessive(V(pb));
            }
            // "Her campaign manager, X,": a role named after a possessive determiner
            title = title || L(pb) == "his" || L(pb) == "her" || L(pb) == "its" || L(pb) == "their";
            if (!title) return;
            reportedClaim({name}, pb, k);
            return;
        }
        // the apposition or relative clause follows the speaker's name
        const size_t s = insideAt(open - 1);
        if (s == kNone || M(s).end != open || !isSpeaker(s)) return;
        const std::string& w = L(open + 1);
        if (w != "who" && w != "a" && w != "an" && w != "the" && !titleAt(open + 1) &&
            !(mentionAt(open + 1) != kNone && M(mentionAt(open + 1)).end < m_e &&
              isPossessive(V(M(mentionAt(open + 1)).end))))
            return;
        reportedClaim({s}, speakerPhraseBegin(s), k);
    }

    // "He said ...", "..., she added", "The Swedish company said ...": the speaker named in a
    // sentence before, only when there is exactly one it can be.
    void describedSpeaker(size_t k) {
        const std::string& w = L(k - 1);
        if (w == "he" || w == "she") {
            const size_t p = pronounAntecedent(m_art, m_mentions, k - 1);
            if (p != kNone) reportedClaim({p}, k - 1, k);
            return;
        }
        if (!isCompanyDescriptionNoun(w)) return;
        size_t pb = k - 1;
        while (pb > m_b && pb + 4 > k && L(pb - 1) != "the" &&
               (cls(pb - 1) == WordClass::Adjective || cls(pb - 1) == WordClass::Noun ||
                (insideAt(pb - 1) != kNone && M(insideAt(pb - 1)).type == EntityType::Nationality)))
            --pb;
        if (pb == m_b || L(pb - 1) != "the") return;
        --pb;
        // only when the phrase opens its sentence: the organisation is a sentence before
        if (pb != datelineEnd()) return;
        const size_t o = storyOrganization(m_art, m_mentions, m_b);
        if (o != kNone) reportedClaim({o}, pb, k);
    }

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

    void claimLinks(size_t src, size_t from, size_t to) {
        int count = 0;
        for (size_t mi : m_sentenceMentions) {
            const Mention& m = M(mi);
            if (m.begin < from || m.end > to || count >= 6) continue;
            if (!relationTarget(m.type) || mi == src) continue;
            if (m.type == EntityType::Nationality || m.fromTitle) continue;
            // "the Federal Office for Cybersecurity" found as "Federal Office": the name goes
            // on, so the mention names something else
            if (m.end + 1 < m_e && (L(m.end) == "for" || L(m.end) == "of") &&
                startsUpper(V(m.end + 1)) && insideAt(m.end + 1) == kNone)
                continue;
            // "Wang warned that Beijing would respond": the capital acts, so the government
            if (m.capital && m.end < m_e &&
                (isAux(L(m.end)) || cls(m.end) == WordClass::Verb3sg ||
                 cls(m.end) == WordClass::VerbPast))
                capitalAsCountry(mi);
            emit(src, mi, "statement about", RelationType::Statement);
            ++count;
        }
    }

    // The person a title names when mention t is the country or nationality before the
    // title ("Chinese President Xi Jinping", "Finland's Defence Minister Aleksi Venho"), else t.
    size_t personAfterTitle(size_t t) const {
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

    // The token ending the relative clause opened by the comma at p (", which ..."): its
    // closing comma, else the sentence end.
    size_t relativeClauseEnd(size_t p) const {
        size_t close = p + 2;
        while (close < m_e && close < p + 18 && V(close) != "," && V(close) != ";" &&
               !isQuote(V(close)))
            ++close;
        return close;
    }

    // "Brodmark Shipyards, which builds corvettes for the Chilean Navy, ...": the clause's
    // predicate with the name as its subject, bounded by the clause (whatever the name's
    // role in the sentence).
    void relativeClause(size_t s0) {
        const Mention& S = M(s0);
        if (!relationTarget(S.type) || S.type == EntityType::Event ||
            S.type == EntityType::Nationality)
            return;
        const size_t p = S.end;
        if (p + 2 >= m_e || V(p) != "," || (L(p + 1) != "which" && L(p + 1) != "who")) return;
        if ((L(p + 1) == "who") != (S.type == EntityType::Person)) return;
        const size_t close = relativeClauseEnd(p);
        const size_t sentenceEnd = m_e;
        m_e = close;
        predicate({s0}, p + 2, 0);
        m_e = sentenceEnd;
    }

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

    // Subject - verb group - (object words) - prep - object mention.
    void subjectVerbObject(size_t s0) {
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
                    break;
                }
            }
        }
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
        if (start > m_b &&
            (L(start - 1) == "the" || L(start - 1) == "around" || L(start - 1) == "about"))
            --start;  // "the European Union", "around 11,000 North Korean soldiers"
        if (start > m_b && insideAt(start - 1) != kNone &&
            M(insideAt(start - 1)).type == EntityType::Quantity)
            start = M(insideAt(start - 1)).begin;
        if (start > m_b &&
            (L(start - 1) == "the" || L(start - 1) == "around" || L(start - 1) == "about"))
            --start;
        if (start > m_b) {
            const std::string& prev = L(start - 1);
            const bool ok =
                prev == "," || prev == "and" || prev == "but" || prev == "while" ||
                prev == "that" || prev == "when" || prev == "after" || isQuote(V(start - 1)) ||
                V(start - 1) == "\xE2\x80\x94" || V(start - 1) == "\xE2\x80\x93" || prev == "--" ||
                prev == "-" ||
                // "Kivi said Estonia would ...": the claim's own subject
                (isSpeechForm(prev) && prev != "told" && prev != "tells" && opensClause(S.end));
            if (!ok) return;
            if (prev == "and" && start - 1 > m_b && mentionAt(start - 2) == kNone) return;
            if (prev == "and" && start - 1 > m_b) {
                const size_t c = insideAt(start - 2);
                if (c == kNone) return;
                size_t cs = M(c).begin;
                if (cs > m_b && L(cs - 1) == "the") --cs;
                if (cs > m_b) {
                    const std::string& cp = L(cs - 1);
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
        if (p < m_e && isPossessive(V(p))) return;
        while (p + 1 < m_e && (L(p) == "and" || L(p) == ",")) {
            // "South Korea and the United States began"
            const size_t at = L(p + 1) == "the" && p + 2 < m_e ? p + 2 : p + 1;
            const size_t o = mentionAt(at);
            if (o == kNone || !relationTarget(M(o).type)) break;
            subjects.push_back(o);
            p = M(o).end;
        }
        if (subjects.size() > 1) {
            size_t before = M(subjects.back()).begin - 1;
            if (L(before) == "the") --before;
            if (L(before) != "and") return;
        }
        if (S.type == EntityType::Nationality && p < m_e && isTroopNoun(L(p)))
            ++p;
        else if (S.type == EntityType::Location && p < m_e && isTroopNoun(L(p)) &&
                 L(p) != "military")
            ++p;
        // a relative clause: "Latvia, which borders Russia, hosts ..." -- the clause's own
        // predicate (bounded by its closing comma), then the main one
        if (subjects.size() == 1 && p + 1 < m_e && V(p) == "," &&
            (L(p + 1) == "which" || L(p + 1) == "who")) {
            const size_t close = relativeClauseEnd(p);
            if (close >= m_e || V(close) != ",") return;
            p = close + 1;
        } else if (p < m_e && V(p) == ",") {
            // apposition: ", a defense analyst at the RAND Corporation,"
            size_t q = p + 1;
            while (q < m_e && V(q) != "," && q - p < 14) {
                if (isVerb(q) && cls(q) != WordClass::Participle && cls(q) != WordClass::Noun &&
                    cls(q) != WordClass::PluralNoun && insideAt(q) == kNone && !titleAt(q))
                    return;
                ++q;
            }
            if (q >= m_e || V(q) != ",") return;
            p = q + 1;
        }
        predicate(subjects, p, 0);
    }

    // The verb group at p and its object; a coordinated verb phrase ("has described it as
    // ... and plans to discuss the issue with Y") is parsed in turn.
    void predicate(const std::vector<size_t>& subjects, size_t p, int depth) {
        if (depth > 2) return;
        auto nextConjunct = [&](size_t from) {
            for (size_t k = from; k < m_e && k < from + 14; ++k) {
                if (L(k) == "and" && k + 1 < m_e &&
                    (isAux(L(k + 1)) || (isVerb(k + 1) && cls(k + 1) != WordClass::Noun &&
                                         cls(k + 1) != WordClass::Adjective)) &&
                    mentionAt(k + 1) == kNone)
                    return predicate(subjects, k + 1, depth + 1);
                if (mentionAt(k) != kNone && M(mentionAt(k)).type != EntityType::Quantity) return;
                if (isClauseBreak(L(k)) && !isQuote(V(k)) && L(k) != "as") return;
            }
        };
        // verb group
        bool negated = false, passive = false, sawBe = false;
        std::string mainForm, mainLemma, purposeLemma, cargo;
        WordClass mainClass = WordClass::Unknown;
        size_t q = p;
        bool expectVerb = true;
        // a light verb with no verb after it ("began their annual X exercise") is the main
        // verb only for a military exercise object (checked below)
        std::string lightLemma, lightForm;
        WordClass lightClass = WordClass::Unknown;
        size_t lightEnd = 0;
        bool lightMain = false;
        for (; q < m_e; ++q) {
            const std::string& w = L(q);
            if (insideAt(q) != kNone) break;
            if (isNeg(w)) {
                negated = true;
                continue;
            }
            if (isAux(w)) {
                sawBe = sawBe || isBe(w);
                continue;
            }
            if (w == "to" && q + 1 < m_e && isVerb(q + 1)) continue;
            if (w == "each" || w == "both" || w == "jointly") continue;  // "will each send"
            const WordClass c = cls(q);
            if (c == WordClass::Adverb) continue;
            if (isVerb(q) && expectVerb) {
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
        if (mainLemma.empty()) return;
        // particles right after the verb: "pulled out of" stays simple; skip adverbs
        while (q < m_e && cls(q) == WordClass::Adverb && insideAt(q) == kNone && !isNeg(L(q))) ++q;
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
        // speech verbs: "X notes that ..." -> statement about the claim's entities
        const std::string vtype = verbType(mainLemma);
        if (vtype == "STATEMENT") {
            // "Norway said on Monday (that) it would deploy ...": the pronoun is the speaker
            size_t r = q;
            if (r + 1 < m_e && L(r) == "on" && insideAt(r + 1) != kNone &&
                M(insideAt(r + 1)).type == EntityType::Date)
                r = M(insideAt(r + 1)).end;
            if (r < m_e && L(r) == "that") ++r;
            if (r + 1 < m_e && subjects.size() == 1 && pronounFits(L(r), M(subjects[0]).type) &&
                opensClause(r + 1))
                predicate(subjects, r + 1, depth + 1);
            if (q < m_e && L(q) == "that") {
                size_t end = q + 1;
                while (end < m_e && V(end) != ";") ++end;
                for (size_t sj : subjects) claimLinks(sj, q + 1, end);
            } else {
                // "X told Y", "X warned Y"
                const size_t o = mentionAt(q);
                // "said Chinese vessels had ...": a demonym opening the claim is no addressee
                const bool claimModifier =
                    o != kNone && (M(o).type == EntityType::Nationality || M(o).fromTitle) &&
                    mainLemma == "say";
                if (o != kNone && relationTarget(M(o).type) && M(o).type != EntityType::Event &&
                    !claimModifier) {
                    for (size_t sj : subjects) {
                        capitalAsCountry(sj);  // "Beijing warned Washington"
                        emit(sj, o, mainForm, RelationType::Statement, negated);
                    }
                } else if (depth > 0 && q < m_e && mentionAt(q) == kNone) {
                    // "Minsk called the move ... and said it would sell potash to China"
                    size_t end = q;
                    while (end < m_e && V(end) != ";" && L(end) != "according") ++end;
                    for (size_t sj : subjects) {
                        capitalAsCountry(sj);
                        claimLinks(sj, q, end);
                    }
                } else {
                    nextConjunct(q);
                }
            }
            return;
        }
        // object path
        std::string prep, jointNoun;
        bool weaponRequest = false;
        ObjectFacts facts;  // what the object words say about the act's type
        size_t target = kNone;
        std::vector<size_t> weapons;
        for (size_t steps = 0; q < m_e && steps < 12; ++steps) {
            const std::string& w = L(q);
            if (const size_t mi = mentionAt(q); mi != kNone) {
                const Mention& m = M(mi);
                // "a battery of Hawk missiles": the weapons after a unit noun
                if (m.type == EntityType::Weapon && prep == "of" && q > m_b + 1 &&
                    isWeaponUnitNoun(L(q - 2)))
                    prep.clear();
                if (m.type == EntityType::Weapon && prep.empty()) {
                    weapons.push_back(mi);
                    q = m.end;
                    if (q + 1 < m_e && (L(q) == "," || L(q) == "and")) {
                        ++q;
                        if (q < m_e && L(q) == "and") ++q;
                        continue;
                    }
                    break;
                }
                if (!relationTarget(m.type)) break;
                // "called the Swedish deployment ...": a nationality modifying a noun the
                // lexicon does not know is no object either
                if (m.type == EntityType::Nationality && m.end < m_e &&
                    startsLowerLetter(V(m.end)) && cls(m.end) == WordClass::Unknown)
                    break;
                if ((m.type == EntityType::Nationality ||
                     (m.type == EntityType::Location && !m.fromTitle)) &&
                    m.end < m_e && !startsUpper(V(m.end)) && !isPossessive(V(m.end))) {
                    // "Danish wind developer (X)", "U.S. technology group Lumiq"
                    size_t n = m.end;
                    while (n < m_e && n < m.end + 4 && mentionAt(n) == kNone &&
                           insideAt(n) == kNone &&
                           (cls(n) == WordClass::Noun || cls(n) == WordClass::Adjective ||
                            cls(n) == WordClass::PluralNoun))
                        ++n;
                    if (n > m.end) {
                        if (const size_t later = mentionAt(n);
                            later != kNone && relationTarget(M(later).type)) {
                            target = later;
                            break;
                        }
                        if (m.type == EntityType::Nationality) break;
                    }
                }
                target = mi;
                break;
            }
            if (const size_t qi = insideAt(q); qi != kNone) {
                // a quantity object: "100,000 soldiers"
                const Mention& qm = M(qi);
                if (qm.type == EntityType::Quantity && m_x.cargoNouns.count(L(qm.end - 1)) &&
                    cargo.empty())
                    cargo = L(qm.end - 1);
                if (qm.type == EntityType::Money) facts.money = true;
                if (qm.type == EntityType::Quantity)
                    for (size_t k = qm.begin; k < qm.end; ++k) facts.note(L(k));
                if (qm.type == EntityType::Date || qm.type == EntityType::Money) {
                    q = qm.end;
                    continue;
                }
                // a nested mention (nationality inside a quantity) is no object
                q = qm.end;
                continue;
            }
            if (isClauseBreak(w) || w == "," || isQuote(V(q))) break;
            // "300 soldiers and eight tanks to": a second count before any preposition
            if (w == "and" && prep.empty() && (!cargo.empty() || facts.money) && q + 1 < m_e &&
                ((insideAt(q + 1) != kNone && M(insideAt(q + 1)).type == EntityType::Quantity) ||
                 (mentionAt(q + 1) != kNone && M(mentionAt(q + 1)).type == EntityType::Weapon) ||
                 isNumber(q + 1))) {
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
            if (c == WordClass::Preposition || c == WordClass::To) {
                // "about 300 soldiers", "over 2 million euros": an approximation, no preposition
                if ((w == "about" || w == "around" || w == "over" || w == "nearly" ||
                     w == "approximately") &&
                    q + 1 < m_e && (insideAt(q + 1) != kNone || isNumber(q + 1))) {
                    ++q;
                    continue;
                }
                if (w == "of" && prep.empty() && cargo.empty() && !purposeLemma.empty()) break;
                prep = w;
                ++q;
                continue;
            }
            if (c == WordClass::Determiner || c == WordClass::Adjective || c == WordClass::Number ||
                c == WordClass::Adverb || w == "up") {
                facts.note(w);
                ++q;
                continue;
            }
            if (c == WordClass::Noun || c == WordClass::PluralNoun || c == WordClass::Unknown) {
                facts.note(w);
                // "invest $2 billion in a new battery plant in Hungary": the facility is a
                // waypoint to the place
                if (prep == "in") {
                    size_t n = q;
                    while (n < q + 3 && n + 1 < m_e && !isFacilityNoun(L(n)) &&
                           insideAt(n) == kNone && cls(n) == WordClass::Noun)
                        ++n;
                    if (isFacilityNoun(L(n)) && n + 1 < m_e &&
                        (L(n + 1) == "in" || L(n + 1) == "near")) {
                        prep.clear();
                        q = n + 1;
                        continue;
                    }
                }
                if (!prep.empty() && !purposeLemma.empty()) break;  // "to support the war in X"
                if (jointNoun.empty() && m_x.relationNouns.count(w)) jointNoun = w;
                if (!prep.empty() && cargo.empty() && purposeLemma.empty() &&
                    !m_x.cargoNouns.count(w)) {
                    // "in emergency aid to": a cargo noun right after this modifier
                    if (q + 1 < m_e && m_x.cargoNouns.count(L(q + 1)) && insideAt(q + 1) == kNone) {
                        cargo = L(q + 1);
                        prep.clear();
                        q += 2;
                        continue;
                    }
                }
                if (m_x.cargoNouns.count(w) && cargo.empty())
                    cargo = w;
                else if (!prep.empty())
                    break;  // "in the conflict over X": too far
                prep.clear();
                ++q;
                continue;
            }
            break;
        }
        if (!weapons.empty()) {
            for (size_t sj : subjects) {
                if (vtype != "" && vtype != "LIGHT") {
                    if (vtype != "LOCATION" && vtype != "ACTION") capitalAsCountry(sj);
                }
                // a weapon as the object is a military matter whatever the verb ("buy 180
                // K2 tanks", "attacked with missiles"); what is said about it is a statement
                for (size_t wmi : weapons)
                    emit(sj, wmi,
                         purposeLemma.empty() ? mainForm : mainForm + " to " + purposeLemma,
                         vtype == "STATEMENT" ? RelationType::Statement : RelationType::Military,
                         negated);
            }
            // "signed a contract to buy 180 K2 tanks and 212 K9 howitzers from Hyundai Rotem and
            // Hanwha Aerospace": the sellers, an economic relation when the verb is one
            const size_t r = M(weapons.back()).end;
            if (r + 1 < m_e && L(r) == "from") {
                const std::string lemma = purposeLemma.empty() ? mainLemma : purposeLemma;
                const RelationType type =
                    verbType(lemma) == "ECONOMIC" ? RelationType::Economic : RelationType::Military;
                const std::string label =
                    (purposeLemma.empty() ? mainForm : mainForm + " to " + purposeLemma) + " from";
                for (size_t k = r + 1; k < m_e;) {
                    const size_t t = mentionAt(k);
                    if (t == kNone || !relationTarget(M(t).type) || M(t).type == EntityType::Weapon)
                        break;
                    for (size_t sj : subjects) emit(sj, t, label, type, negated);
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
                    for (size_t k = M(weapons[0]).begin; k < M(weapons[0]).end; ++k)
                        label += " " + L(k);
                    for (size_t sj : subjects)
                        emit(sj, t, label + " " + L(r), RelationType::Military, negated);
                }
            }
            return;
        }
        if (target == kNone && subjects.size() >= 2 && !jointNoun.empty() &&
            isJointActVerb(mainLemma)) {
            // coordinated subjects of a joint act: each pair "signed trade with"
            const RelationType jt = m_x.relationNouns.at(jointNoun);
            for (size_t i = 0; i < subjects.size(); ++i)
                for (size_t j = i + 1; j < subjects.size(); ++j)
                    emit(subjects[i], subjects[j], mainForm + " " + jointNoun + " with", jt,
                         negated);
        }
        // "began their annual Ulchi Freedom Shield exercise": the exercise's noun types the
        // relation, and coordinated subjects hold it together
        std::string exerciseNoun;
        if (target != kNone && M(target).type == EntityType::Event && M(target).end < m_e &&
            isExerciseNoun(L(M(target).end)))
            exerciseNoun = L(M(target).end);
        if (lightMain && exerciseNoun.empty()) return;
        if (target == kNone) return nextConjunct(q);
        // "in Russia's Kursk region": the place owned, not the owner
        if (M(target).end + 1 < m_e && isPossessive(V(M(target).end)))
            if (const size_t owned = mentionAt(M(target).end + 1);
                owned != kNone && relationTarget(M(owned).type))
                target = owned;
        // "with Chinese President Xi Jinping": the person, not the country before the title
        target = personAfterTitle(target);
        // "asked Saab for 40 Gripen E fighters": the weapon, and a military request
        if (const size_t te = M(target).end; te + 1 < m_e && L(te) == "for")
            if (const size_t w = mentionAt(te + 1);
                w != kNone && M(w).type == EntityType::Weapon && vtype != "STATEMENT") {
                for (size_t sj : subjects)
                    emit(sj, w, mainForm + " for", RelationType::Military, negated);
                weaponRequest = true;
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
        for (size_t k = M(target).end; k + 1 < m_e && (L(k) == "and" || L(k) == ",");) {
            const size_t o = mentionAt(k + 1);
            if (o == kNone || !relationTarget(M(o).type)) break;
            // "met Finland's minister X and German Defence Minister Y": Y, not Germany
            const size_t t = personAfterTitle(o);
            targets.push_back(t);
            k = M(t).end;
        }
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
        if (!cargo.empty() && !byAgent) label += " " + cargo;
        if (!purposeLemma.empty()) label += " to " + purposeLemma;
        if (!prep.empty() && !byAgent) label += " " + prep;
        std::string type = vtype;
        if ((type.empty() || type == "LIGHT" || type == "ACTION") && !purposeLemma.empty() &&
            !verbType(purposeLemma).empty() && verbType(purposeLemma) != "LIGHT")
            type = verbType(purposeLemma);  // "signed a contract to buy ... from"
        if (type == "ACTION" && (cargo == "gas" || cargo == "oil" || cargo == "food" ||
                                 cargo == "sanctions" || cargo == "money" || cargo == "funds"))
            type = "ECONOMIC";  // "stopped gas deliveries to Austria"
        if (mainClass != WordClass::Unknown) type = facts.retype(type, mainLemma);
        // "sell frigates to Egypt": arms sold to a buyer are a military matter (the seller
        // of arms bought is an economic one: "buy K2 tanks from")
        if (type == "ECONOMIC" && facts.military && prep == "to" &&
            (mainLemma == "sell" || mainLemma == "export"))
            type = "MILITARY";
        // "Lithuania hosts a NATO battle group": a foreign force on its soil
        if (isHostLemma(mainLemma) && prep.empty() && M(target).end < m_e &&
            isForceNoun(L(M(target).end)))
            type = "MILITARY";
        if (type.empty() || type == "LIGHT") {
            // unknown verb: only a verb the lexicon knows as a verb, with a direct object
            if (mainClass == WordClass::Unknown ||
                (!prep.empty() && prep != "with" && prep != "against"))
                return;
            type = "ACTION";
        }
        if (mainLemma == "call" && prep == "on") type = "STATEMENT";
        if (!exerciseNoun.empty()) {
            type = "MILITARY";
            for (size_t i = 0; i < subjects.size(); ++i)
                for (size_t j = i + 1; j < subjects.size(); ++j)
                    emit(subjects[i], subjects[j], "held " + exerciseNoun + " with",
                         RelationType::Military, negated);
        }
        if (weaponRequest && type != "STATEMENT") type = "MILITARY";  // "called on X to ..."
        if (!cargo.empty() && m_x.weaponWords.count(cargo) &&
            (type == "ECONOMIC" || type == "ACTION"))
            type = "MILITARY";  // "sell defensive weapons to Taiwan"
        if (type != "ACTION" && type != "LOCATION")
            for (size_t sj : subjects) capitalAsCountry(sj);
        for (size_t sj : subjects)
            for (size_t tj : targets) {
                if (byAgent)
                    emit(tj, sj, label, typeOf(type), negated);
                else
                    emit(sj, tj, label, typeOf(type), negated);
            }
    }

    const ArticleTokens& m_art;
    std::vector<Mention>& m_mentions;
    const ExtractLexicons& m_x;
    std::vector<RelationCandidate>& m_out;
    mutable std::string m_key;  // titleAt scratch
    size_t m_b = 0, m_e = 0;
    std::vector<size_t> m_startAt, m_inside, m_sentenceMentions;
    mutable std::vector<WordClass> m_cls;  // per-token cache of cls()
    mutable std::vector<bool> m_clsKnown;
};

}  // namespace

std::vector<RelationCandidate> extractRelations(const ArticleTokens& art,
                                                std::vector<Mention>& mentions) {
    std::vector<RelationCandidate> out;
    std::vector<std::vector<size_t>> bySentence(art.sentences.size());
    for (size_t i = 0; i < mentions.size(); ++i)
        if (mentions[i].sentence < bySentence.size()) bySentence[mentions[i].sentence].push_back(i);
    for (size_t si = 0; si < art.sentences.size(); ++si) {
        SentenceParser parser(art, mentions, si, bySentence[si], out);
        parser.run();
    }
    return out;
}

}  // namespace entgraph

// Reported speech patterns of the sentence parser (RelationParser.h): "X said (that) ...",
// "<claim>, X said", "\"...,\" said X", apposition and pronoun speakers, "according to X".
#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

// "..., according to X" / "According to a statement from X, ..." -> X "statement about" the
// named entities of the claim
void SentenceParser::accordingTo() {
    for (size_t k = m_b; k + 2 < m_e; ++k) {
        if (L(k) != "according" || L(k + 1) != "to") continue;
        size_t at = k + 2;
        // "according to a statement from Statkraft", "according to figures by the UN"
        for (size_t r = k + 2; r < m_e && r < k + 7 && mentionAt(r) == kNone; ++r)
            if ((L(r) == "from" || L(r) == "by") && r + 1 < m_e) {
                at = r + 1 + (L(r + 1) == "the" && mentionAt(r + 1) == kNone ? 1 : 0);
                break;
            }
        // "according to the World Health Organization", "according to Major Tomasz Wrona"
        if (at + 1 < m_e && mentionAt(at) == kNone && L(at) == "the") ++at;
        if (mentionAt(at) == kNone) at += titleAt(at);
        size_t src = mentionAt(at);
        // "according to a statement from the ministry": the one body so named
        if (src == kNone && at > k + 2 && L(at - 1) == "the" && at < m_e &&
            startsLowerLetter(V(at)) && (at + 1 == m_e || V(at + 1) == "," || V(at + 1) == "."))
            src = describedEntity(m_art, m_mentions, at, L(at));
        if (src == kNone ||
            (M(src).type != EntityType::Person && M(src).type != EntityType::Organization))
            return;
        if (k == datelineEnd()) {
            // sentence-initial: the claim follows the source's comma
            size_t from = M(src).end;
            while (from < m_e && V(from) != ",") ++from;
            claimLinks(src, from, m_e);
        } else {
            claimLinks(src, m_b, k);
        }
        return;
    }
}

size_t SentenceParser::speakerPhraseBegin(size_t mi) const {
    size_t start = M(mi).begin;
    for (size_t n = std::min(m_x.titleMaxWords, start - m_b); n >= 1; --n) {
        if (titleAt(start - n) == n) {
            start -= n;
            if (start > m_b && titleAt(start - 1)) --start;
            // a portfolio: "Commerce Minister X", "Australian Trade Minister X"
            for (size_t steps = 0; steps < 2 && start > m_b + 1 && insideAt(start - 1) == kNone &&
                                   startsUpper(V(start - 1)) && !titleAt(start - 1);
                 ++steps)
                --start;
            // "competition commissioner", "foreign policy chief"
            for (size_t steps = 0; steps < 2 && start > m_b + 1 && insideAt(start - 1) == kNone &&
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

// Reported speech around a speech verb at k:
//   "<claim>, X said [on Tuesday]."  /  "\"<claim>,\" said X, ..."  -> claim before;
//   "X said (that) <claim>"  /  "X told Y that <claim>"                -> claim after.
void SentenceParser::speech(size_t k) {
    // "X called it \"a historic partnership\" between Y and Z": a characterisation
    const bool calledIt = (L(k) == "called" || L(k) == "described") && k + 1 < m_e &&
                          (L(k + 1) == "it" || L(k + 1) == "this" || L(k + 1) == "them");
    // "the Tartu District Court found that ...": a court's finding is its statement
    const bool courtFinding =
        (L(k) == "found" || L(k) == "ruled" || L(k) == "concluded") && k + 1 < m_e &&
        L(k + 1) == "that" && k > m_b &&
        ((insideAt(k - 1) != kNone && isCourtMention(m_art, M(insideAt(k - 1)))) ||
         (insideAt(k - 1) == kNone && (L(k - 1) == "court" || L(k - 1) == "tribunal")));
    // "..., with President Elena Marchetti saying inflation ...": an attached speaker
    const bool withSaying = L(k) == "saying" && k > m_b && insideAt(k - 1) != kNone &&
                            M(insideAt(k - 1)).type == EntityType::Person;
    // "..., saying ...", "gave the opposite account, accusing Thailand of shelling ...": the
    // sentence's subject speaks
    // (every token comes here: the "-ing" test first)
    const bool speechParticiple =
        L(k).ends_with("ing") && (L(k) == "saying" || L(k) == "accusing" || L(k) == "blaming" ||
                                  L(k) == "warning" || L(k) == "claiming" || L(k) == "insisting");
    if (speechParticiple && !withSaying && k > m_b + 2 && V(k - 1) == ",") return subjectSaying(k);
    if ((!isSpeechForm(L(k)) && !calledIt && !courtFinding && !withSaying) || insideAt(k) != kNone)
        return;
    // inverted: "..., said X" -- unless X opens the claim ("..., said Norway was safe"); after
    // "told" the name is who was told ("X, the company's manager, told Reuters ...")
    const bool told = L(k) == "told" || L(k) == "tells";
    if (told && k > m_b + 1 && V(k - 1) == "," && k + 1 < m_e) return appositiveSpeaker(k);
    if (k > m_b + 1 && (V(k - 1) == "," || isQuote(V(k - 1))) && k + 1 < m_e && !told) {
        size_t q = k + 1;
        if (size_t tl = titleAt(q); tl) q += tl;
        if (size_t tl = titleAt(q); tl) q += tl;
        if (const size_t s = mentionAt(q); s != kNone && isSpeaker(s) && !opensClause(M(s).end)) {
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
    // "..., the two banks said": a count of speakers is no speaker mention
    if (s != kNone && M(s).type == EntityType::Quantity) s = kNone;
    // "..., a Pentagon spokesman said", "U.S. officials said": the body named before its
    // spokesman speaks
    if (s == kNone && before >= m_b + 2 &&
        (L(before - 1) == "spokesman" || L(before - 1) == "spokeswoman" ||
         L(before - 1) == "spokesperson" || L(before - 1) == "official" ||
         L(before - 1) == "officials"))
        if (const size_t body = insideAt(before - 2);
            body != kNone && M(body).end == before - 1 &&
            (M(body).type == EntityType::Organization || M(body).type == EntityType::MilitaryUnit ||
             isCountry(body)))
            s = body, before = before - 1;
    if (s == kNone) return describedSpeaker(k);  // "he said", "the Swedish company said"
    if (M(s).end != before) return;
    // "the Higher Court in Belgrade said"
    if (M(s).type == EntityType::Location && M(s).begin >= m_b + 2 && L(M(s).begin - 1) == "in")
        if (const size_t o = insideAt(M(s).begin - 2);
            o != kNone && M(o).end == M(s).begin - 1 && M(o).type == EntityType::Organization)
            s = o;
    // "Russia's embassy in Oslo said": the country speaks through its mission
    if (M(s).type == EntityType::Location && M(s).begin >= m_b + 4 && L(M(s).begin - 1) == "in" &&
        (L(M(s).begin - 2) == "embassy" || L(M(s).begin - 2) == "consulate" ||
         L(M(s).begin - 2) == "mission") &&
        isPossessive(V(M(s).begin - 3)))
        if (const size_t o = insideAt(M(s).begin - 4);
            o != kNone && M(o).end == M(s).begin - 3 && isCountry(o))
            s = o;
    if (!isSpeaker(s)) return;
    size_t pb = speakerPhraseBegin(s);
    if (pb > m_b && (L(pb - 1) == "a" || L(pb - 1) == "an")) --pb;  // "a Pentagon spokesman"
    // "A spokesman for the Water Resources Directorate said": the body speaks
    if (pb >= m_b + 2 && L(pb - 1) == "for" && titleAt(pb - 2) == 1) {
        pb -= 2;
        if (pb > m_b && (L(pb - 1) == "a" || L(pb - 1) == "the")) --pb;
    }
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

size_t SentenceParser::claimEnd(size_t q) const {
    // "X said it had diverted two flights, while Y said ...": the next speaker's clause is no
    // part of the claim
    size_t end = q;
    while (end < m_e && V(end) != ";" && L(end) != "according" &&
           !(V(end) == "," && end + 1 < m_e &&
             (L(end + 1) == "and" || L(end + 1) == "but" || L(end + 1) == "while")))
        ++end;
    return end;
}

void SentenceParser::subjectSaying(size_t k) {
    size_t s = kNone;
    for (size_t j = datelineEnd(); j < k && s == kNone; ++j) s = mentionAt(j);
    // "Azerbaijan's Foreign Ministry": the body owned speaks
    while (s != kNone && M(s).end + 1 < k && isPossessive(V(M(s).end)) &&
           mentionAt(M(s).end + 1) != kNone)
        s = mentionAt(M(s).end + 1);
    if (s == kNone || M(s).end >= k || !isSpeaker(s) || !isVerb(M(s).end)) return;
    size_t end = k + 1;
    while (end < m_e && V(end) != ";") ++end;
    capitalAsCountry(s);
    claimLinks(s, k + 1, end);
}

// The claim of `speakers`, whose phrase begins at pb, of the speech verb at k: before the
// phrase when a clause ends there, else after the verb when the phrase opens a clause.
void SentenceParser::reportedClaim(const std::vector<size_t>& speakers, size_t pb, size_t k) {
    // "Speaking to reporters in Oslo, X said <claim>" / "In a statement, X said <claim>": an
    // introductory phrase before the speaker, the claim after the verb
    const size_t open = datelineEnd();
    // ("Separately, X said <claim>", "Meanwhile, X said": a lone adverb)
    bool introduced = pb > open + 1 && V(pb - 1) == "," && !isQuote(V(open)) &&
                      (cls(open) == WordClass::Gerund || L(open) == "in" || L(open) == "asked" ||
                       (pb == open + 2 && cls(open) == WordClass::Adverb));
    for (size_t r = open; introduced && r + 1 < pb; ++r) introduced = V(r) != "," && !isQuote(V(r));
    if (!introduced && pb > m_b + 1 && (V(pb - 1) == "," || isQuote(V(pb - 1)))) {
        for (size_t sp : speakers) claimBefore(sp, pb);
        return;
    }
    bool thatFollows = false;
    for (size_t r = k + 1; r < m_e && r < k + 6 && !thatFollows; ++r) thatFollows = L(r) == "that";
    if (pb != m_b && !thatFollows && !introduced) {
        const std::string& prev = Ls(pb - 1);
        if (prev != "and" && prev != "but" && prev != "that" && prev != "while" && prev != "when" &&
            prev != "after" && prev != "-" && prev != "--" && V(pb - 1) != "\xE2\x80\x94" &&
            V(pb - 1) != "\xE2\x80\x93" && !(prev == "with" && L(k) == "saying"))
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
    const size_t end = claimEnd(q);
    for (size_t sp : speakers) {
        capitalAsCountry(sp);
        claimLinks(sp, q, end);
    }
}

// "Its chief executive, Per Lind, said ..." / "Lena Holm, an analyst at the Oslo Institute,
// said ..." / "X, who hosted the talks, said ...": the speaker before the comma at k - 1.
void SentenceParser::appositiveSpeaker(size_t k) {
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
    const std::string& w = Ls(open + 1);
    // ("Denmark, whose navy tracked the corvette, said")
    if (w != "who" && w != "whose" && w != "which" && w != "a" && w != "an" && w != "the" &&
        !titleAt(open + 1) && cls(open + 1) != WordClass::Gerund &&
        !(mentionAt(open + 1) != kNone && M(mentionAt(open + 1)).end < m_e &&
          isPossessive(V(M(mentionAt(open + 1)).end))))
        return;
    reportedClaim({s}, speakerPhraseBegin(s), k);
}

// "He said ...", "..., she added", "The Swedish company said ...": the speaker named in a
// sentence before, only when there is exactly one it can be.
void SentenceParser::describedSpeaker(size_t k) {
    const std::string& w = Ls(k - 1);
    if (w == "he" || w == "she") {
        const size_t p = pronounAntecedent(m_art, m_mentions, k - 1);
        if (p != kNone) reportedClaim({p}, k - 1, k);
        return;
    }
    // "..., the two companies said": the two organisations (or states) the claim names
    if (k >= m_b + 4 && L(k - 2) == "two" && L(k - 3) == "the" && V(k - 4) == ",") {
        const bool states = w == "governments" || w == "countries" || w == "sides";
        if (!states && w != "companies" && w != "firms" && w != "groups" && w != "banks") return;
        std::vector<size_t> pair;
        const size_t opens = datelineEnd();  // not the agency of "LUSAKA (Reuters) -"
        for (size_t mi : m_sentenceMentions) {
            if (M(mi).end > k - 4) break;
            if (M(mi).begin < opens) continue;
            const bool fits = states ? isCountry(mi) : M(mi).type == EntityType::Organization;
            if (fits) pair.push_back(mi);
        }
        if (pair.size() == 2)
            for (size_t sj : pair) claimLinks(sj, opens, k - 4);
        return;
    }
    // "..., the bank said (in a statement)": the one body so named speaks of what came
    // before the comma ("the peacekeeping mission said": one modifier may come between)
    {
        size_t the = k >= m_b + 3 && L(k - 2) == "the" ? k - 2 : kNone;
        if (the == kNone && k >= m_b + 4 && L(k - 3) == "the" && insideAt(k - 2) == kNone &&
            startsLowerLetter(V(k - 2)))
            the = k - 3;
        if (the != kNone && the > m_b && V(the - 1) == "," && insideAt(k - 1) == kNone) {
            size_t o = describedEntity(m_art, m_mentions, the, w);
            if (o == kNone && isCompanyDescriptionNoun(w))
                o = storyOrganization(m_art, m_mentions, the);
            if (o != kNone) claimLinks(o, datelineEnd(), the - 1);
            return;
        }
    }
    // "the court found that", "the mission said": the one entity so named
    if (k >= m_b + 2 && L(k - 2) == "the" && k - 2 == datelineEnd() &&
        !isCompanyDescriptionNoun(w)) {
        if (const size_t o = describedEntity(m_art, m_mentions, k - 2, w); o != kNone)
            reportedClaim({o}, k - 2, k);
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

void SentenceParser::claimLinks(size_t src, size_t from, size_t to) {
    int count = 0;
    for (size_t mi : m_sentenceMentions) {
        const Mention& m = M(mi);
        if (m.begin < from || m.end > to || count >= 6) continue;
        if (!relationTarget(m.type) || mi == src) continue;
        // the claim's parties are people, organisations, places and units (the gold
        // convention, tests/data/relations/README.md): not a ship it mentions
        if (m.type == EntityType::Nationality || m.type == EntityType::Vessel || m.fromTitle)
            continue;
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

// A speech verb's predicate from q: the act announced, the claim's own subject after the
// verb, "that" clauses and addressees ("X told Y", "accused Iran of supplying ...").
void SentenceParser::speechAct(const std::vector<size_t>& subjects, size_t q,
                               const std::string& mainLemma, const std::string& mainForm,
                               bool negated, int depth) {
    // "announced a $400 million aid package for Ukraine": the act announced, besides
    // what is said about its parties
    if (mainLemma == "announce" || mainLemma == "unveil")
        announcedAct(subjects, q, mainForm, negated);
    // "Norway said on Monday (that) it would deploy ...": the pronoun is the speaker
    size_t r = q;
    if (r + 1 < m_e && L(r) == "on" && insideAt(r + 1) != kNone &&
        M(insideAt(r + 1)).type == EntityType::Date)
        r = M(insideAt(r + 1)).end;
    if (r < m_e && L(r) == "that") ++r;
    const bool pronounClaim = r + 1 < m_e && subjects.size() == 1 &&
                              pronounFits(L(r), M(subjects[0]).type) && opensClause(r + 1);
    if (pronounClaim) predicate(subjects, r + 1, depth + 1);
    // "said on Wednesday it had agreed to buy Kestrel Avionics": what the claim names too
    if (pronounClaim && L(q) != "that") claimLinks(subjects[0], r + 1, claimEnd(r + 1));
    // "told reporters (in Bangkok) that", "told journalists that": on to the claim
    if (mainLemma == "tell" && q < m_e && mentionAt(q) == kNone && startsLowerLetter(V(q)))
        for (size_t t = q + 1; t < m_e && t < q + 5; ++t) {
            if (L(t) == "that") {
                q = t;
                break;
            }
            const size_t o = mentionAt(t);
            if (V(t) == "," ||
                (o != kNone && !(M(o).type == EntityType::Location && L(t - 1) == "in")))
                break;
            if (o != kNone) t = M(o).end - 1;
        }
    if (q < m_e && L(q) == "that") {
        const size_t end = claimEnd(q + 1);
        for (size_t sj : subjects) claimLinks(sj, q + 1, end);
    } else {
        // "X told Y", "X warned Y"
        const size_t o = mentionAt(q);
        // "said Chinese vessels had ...", "accused Chinese vessels of": a demonym
        // opening a noun phrase is no addressee
        const bool claimModifier =
            o != kNone && (M(o).type == EntityType::Nationality || M(o).fromTitle) &&
            (mainLemma == "say" || (M(o).end < m_e && startsLowerLetter(V(M(o).end)) &&
                                    cls(M(o).end) != WordClass::Preposition));
        if (o != kNone && relationTarget(M(o).type) && M(o).type != EntityType::Event &&
            !claimModifier) {
            capitalAsCountry(o);  // the addressee too: "accused Bishkek of starting"
            for (size_t sj : subjects) {
                capitalAsCountry(sj);  // "Beijing warned Washington"
                emit(sj, o, mainForm, RelationType::Statement, negated);
            }
            // "accused Eritrea's 52nd Division, which ..., of firing": the body owned, past
            // a relative clause on it
            size_t accused = o;
            if (M(o).end + 1 < m_e && isPossessive(V(M(o).end)))
                if (const size_t owned = mentionAt(M(o).end + 1);
                    owned != kNone && relationTarget(M(owned).type)) {
                    accused = owned;
                    for (size_t sj : subjects)
                        emit(sj, owned, mainForm, RelationType::Statement, negated);
                }
            size_t k = M(accused).end;
            if (k + 1 < m_e && V(k) == "," && (L(k + 1) == "which" || L(k + 1) == "who"))
                if (const size_t close = relativeClauseEnd(k); close < m_e && V(close) == ",")
                    k = close + 1;
            // "accused Iran of supplying drones to Russia": the act charged
            if (k + 1 < m_e && L(k) == "of" && cls(k + 1) == WordClass::Gerund)
                predicate({accused}, k + 1, depth + 1);
        } else if (depth > 0 && q < m_e && mentionAt(q) == kNone) {
            // "Minsk called the move ... and said it would sell potash to China"
            size_t end = q;
            while (end < m_e && V(end) != ";" && L(end) != "according") ++end;
            for (size_t sj : subjects) {
                capitalAsCountry(sj);
                claimLinks(sj, q, end);
            }
        } else if (!claimHasSubject(q)) {
            nextConjunct(subjects, q, depth);
        }
    }
}

// "said the company had restored ... and had not paid X": a noun phrase and a verb after the
// speech verb at q-1 are the claim's own clause, so its verbs are not the speaker's.
bool SentenceParser::claimHasSubject(size_t q) const {
    size_t n = q;
    while (n < m_e && n < q + 4 && mentionAt(n) == kNone &&
           (cls(n) == WordClass::Determiner || cls(n) == WordClass::Noun ||
            cls(n) == WordClass::PluralNoun || cls(n) == WordClass::Adjective || L(n) == "it" ||
            L(n) == "they" || L(n) == "he" || L(n) == "she" || L(n) == "we"))
        ++n;
    return n > q && opensClause(n);
}

}  // namespace entgraph::relparse

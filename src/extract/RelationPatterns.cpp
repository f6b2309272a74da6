#include "extract/RelationPatterns.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "extract/ExtractLexicons.h"
#include "extract/WordList.h"

namespace entgraph {

namespace {

bool anyOf(std::string_view w, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

size_t sentenceOf(const ArticleTokens& art, size_t t) {
    const auto it =
        std::upper_bound(art.sentences.begin(), art.sentences.end(), t,
                         [](size_t tok, const Sentence& s) { return tok < s.firstToken; });
    return it == art.sentences.begin() ? 0 : static_cast<size_t>(it - art.sentences.begin()) - 1;
}

bool isDash(std::string_view v) {
    return v == "-" || v == "--" || v == "\xE2\x80\x94" || v == "\xE2\x80\x93";
}

// The first token of sentence si after a dateline ("OSLO, Norway (Reuters) - "), so that the
// dateline's place is not taken for the sentence's subject.
size_t openingToken(const ArticleTokens& art, size_t si) {
    const Sentence& s = art.sentences[si];
    for (size_t k = s.firstToken; k < s.endToken && k < s.firstToken + 10; ++k) {
        const std::string_view v = art.views[k];
        if (isDash(v)) return k + 1;
        if (k > s.firstToken && !art.info[k].cap && v != "," && v != "(" && v != ")" &&
            !(v.size() <= 4 && std::isdigit(static_cast<unsigned char>(v[0]))))
            break;
    }
    return s.firstToken;
}

bool relationEndpoint(EntityType t) {
    return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Location ||
           t == EntityType::Nationality || t == EntityType::MilitaryUnit || t == EntityType::Event;
}

}  // namespace

bool isWeaponUnitNoun(std::string_view w) {
    static constexpr WordList kWords(std::to_array<std::string_view>(
        {"battery",  "batteries", "squadron",    "squadrons", "shipment",   "shipments", "batch",
         "batches",  "fleet",     "consignment", "delivery",  "deliveries", "pair",      "dozens",
         "hundreds", "number",    "package",     "sale",      "system",     "systems"}));
    return kWords.contains(w);
}

bool isFacilityNoun(std::string_view w) {
    static constexpr WordList kWords(std::to_array<std::string_view>(
        {"plant",     "factory",   "facility",   "mine",     "refinery",  "terminal",
         "port",      "project",   "projects",   "site",     "hub",       "complex",
         "plants",    "factories", "facilities", "centre",   "center",    "campus",
         "smelter",   "shipyard",  "works",      "pipeline", "pipelines", "mines",
         "terminals", "field",     "fields",     "farm",     "farms"}));
    return kWords.contains(w);
}

bool isEconomicObjectNoun(std::string_view w) {
    static constexpr WordList kWords(std::to_array<std::string_view>(
        {"contract",  "contracts", "loan",    "loans",  "order", "orders",   "investment",
         "grant",     "credit",    "bailout", "tender", "deal",  "purchase", "subsidy",
         "subsidies", "tariff",    "tariffs", "debt",   "jobs",  "venture",  "supply"}));
    return kWords.contains(w);
}

bool isFundingNoun(std::string_view w) {
    static constexpr WordList kWords(std::to_array<std::string_view>(
        {"loan", "loans", "credit", "bailout", "funding", "financing", "funds", "money", "grant",
         "aid", "assistance", "investment"}));
    return kWords.contains(w);
}

CargoKind cargoKind(std::string_view w) {
    static constexpr WordList kMilitary(std::to_array<std::string_view>(
        {"troops", "soldiers", "forces", "fighters", "weapons", "arms", "ammunition", "munitions",
         "shells", "missiles", "drones", "warships", "military", "marines", "paratroopers",
         "battalion", "battalions", "brigade", "tanks", "jets", "warplanes", "frigates",
         "destroyers", "submarines", "combat", "armed", "corvettes", "howitzers", "helicopters",
         "armoured", "armored", "artillery", "rifles", "rockets", "radars", "warship", "submarine",
         "frigate", "corvette", "naval", "battlegroup",
         // "keeps a separate force in", "sent a contingent of engineers to"
         "force", "contingent", "detachment", "garrison", "peacekeepers", "shell", "round",
         "rounds"}));
    static constexpr WordList kCivilian(std::to_array<std::string_view>(
        {"monitors", "observers", "diplomats", "officials", "delegation", "delegates", "envoys",
         "envoy", "experts", "doctors", "medics", "nurses", "inspectors", "rescuers", "volunteers",
         "civilian", "civilians", "mediators", "negotiators"}));
    static constexpr WordList kGoods(std::to_array<std::string_view>(
        {"aid", "food", "money", "funds", "oil", "gas", "grain", "wheat", "medicine", "medicines",
         "humanitarian", "cash", "fuel", "vaccines", "tents", "water", "coal", "loans", "goods",
         "batteries", "components", "chips", "semiconductors", "electricity", "steel", "fertiliser",
         "fertilizer", "potash", "lng", "cars", "parts", "products", "ore", "copper", "lithium",
         "cobalt",
         // civilian plant and produce ("supply turbines to Egypt" is a trade)
         "turbines", "generators", "transformers", "machinery", "medical", "pharmaceuticals",
         "textiles", "timber", "rice", "corn", "soybeans", "sugar", "cotton", "aluminium",
         "aluminum", "nickel", "petrol", "diesel", "gasoline", "crude", "kerosene"}));
    if (kMilitary.contains(w)) return CargoKind::Military;
    if (kCivilian.contains(w)) return CargoKind::Civilian;
    if (kGoods.contains(w)) return CargoKind::Goods;
    return CargoKind::None;
}

void ObjectFacts::note(std::string_view w) {
    switch (cargoKind(w)) {
        case CargoKind::Military:
            military = true;
            break;
        case CargoKind::Civilian:
            civilian = true;
            break;
        case CargoKind::Goods:
            goods = true;
            break;
        case CargoKind::None:
            break;
    }
    // "keeps an air base at Kant": a base is a military holding
    if (w == "base" || w == "bases" || w == "airbase" || w == "airbases") military = true;
    if (isEconomicObjectNoun(w)) economicNoun = true;
    if (w == "protest" || w == "complaint" || w == "demarche" || w == "note") protest = true;
    if (isFacilityNoun(w)) facility = true;
    if (isAttackNoun(w)) attack = true;
    if (isExerciseNoun(w)) exercise = true;
    if (w == "stake" || w == "stakes" || w == "shareholding") stake = true;
    if (w == "refugees" || w == "migrants" || w == "asylum-seekers" || w == "deportees")
        displaced = true;
    if (w == "diplomatic")
        adjective = RelationType::Diplomatic;
    else if (w == "military" || w == "defence" || w == "defense")
        adjective = RelationType::Military;
    else if (w == "economic" || w == "financial" || w == "trade")
        adjective = RelationType::Economic;
}

std::string ObjectFacts::retype(const std::string& verbType, std::string_view lemma) const {
    // a transfer is what it carries: "sent 120 civilian monitors" is a diplomatic mission,
    // "shipped oil", "gave 4 million euros" trade or aid; arms keep it military
    const bool untyped = verbType.empty() || verbType == "LIGHT" || verbType == "ACTION";
    if ((verbType == "MILITARY" || untyped) && isTransferLemma(lemma) && !military &&
        adjective != RelationType::Military) {
        if (protest) return "DIPLOMATIC";  // "handed a protest note to"
        if (money || goods) return "ECONOMIC";
        if (civilian) return "DIPLOMATIC";
        if (displaced) return "ACTION";
    }
    // "will receive 800 million euros from the IMF", "offered $2 billion to": money changing
    // hands is economic whatever the verb's usual type
    if (money && !military && adjective != RelationType::Military &&
        (lemma == "receive" || lemma == "offer" || lemma == "grant" || lemma == "promise" ||
         lemma == "allocate" || lemma == "approve" || lemma == "accept" || lemma == "pledge"))
        return "ECONOMIC";
    // "will receive 12 howitzers from Norway", "contribute 400 soldiers": arms change hands
    if (military && (lemma == "receive" || lemma == "get" || lemma == "obtain" ||
                     (untyped && isTransferLemma(lemma))))
        return "MILITARY";
    // "received a $3 billion loan from the IMF": a deal or loan obtained is economic
    if (economicNoun && !military && adjective != RelationType::Military &&
        (lemma == "receive" || lemma == "get" || lemma == "obtain" || lemma == "secure"))
        return "ECONOMIC";
    if (!untyped) return verbType;
    // "builds corvettes for the Chilean Navy": making or running arms is a military matter
    if (military && (lemma == "build" || lemma == "make" || lemma == "produce" ||
                     lemma == "manufacture" || lemma == "operate" || lemma == "maintain"))
        return "MILITARY";
    if (adjective == RelationType::Diplomatic) return "DIPLOMATIC";
    if (adjective == RelationType::Economic) return "ECONOMIC";
    if (protest) return "DIPLOMATIC";
    if (money || economicNoun) return "ECONOMIC";
    if (adjective == RelationType::Military && lemma == "give") return "MILITARY";
    return verbType;
}

bool isTransferLemma(std::string_view lemma) {
    return anyOf(lemma, {"send", "deploy", "dispatch", "deliver", "supply", "provide", "ship",
                         "transfer", "export", "fly", "airlift", "give", "contribute", "donate",
                         "lend", "loan", "hand"});
}

bool isTransferNoun(std::string_view w) {
    return anyOf(w,
                 {"delivery",    "deliveries", "sale",     "sales",     "transfer",  "transfers",
                  "purchase",    "purchases",  "shipment", "shipments", "supply",    "supplies",
                  "export",      "exports",    "donation", "handover",  "provision", "acquisition",
                  "procurement", "order",      "orders"});
}

bool actsOnTransfer(std::string_view verbType) {
    return verbType.empty() || verbType == "LIGHT" || verbType == "ACTION" ||
           verbType == "MILITARY" || verbType == "ECONOMIC";
}

std::string ObjectFacts::objectActType(const std::string& type, std::string_view lemma,
                                       std::string_view transferNoun, std::string_view prep,
                                       bool countryTarget) const {
    if ((type.empty() || type == "ECONOMIC") && military && prep == "from" && countryTarget &&
        isBuyLemma(lemma))
        return "MILITARY";
    // "launched missiles at Odesa": arms fired at a target
    if ((type.empty() || type == "MILITARY") && military && isFiringLemma(lemma) &&
        (prep == "at" || prep == "on" || prep == "against" || prep == "into"))
        return "CONFLICT";
    // "will build an ammunition plant in Lithuania": an industrial investment
    if (type.empty() && facility && (prep == "in" || prep == "near") && isBuildLemma(lemma))
        return "ECONOMIC";
    if (!transferNoun.empty() && (type.empty() || type == "LIGHT" || type == "ACTION")) {
        if (military) return "MILITARY";
        if (goods || money || isTradeNoun(transferNoun)) return "ECONOMIC";
    }
    return type;
}

bool isTradeNoun(std::string_view w) {
    return anyOf(
        w, {"sale", "sales", "purchase", "purchases", "export", "exports", "supply", "supplies",
            "shipment", "shipments", "acquisition", "order", "orders", "procurement"});
}

bool isLevyNoun(std::string_view w) {
    return anyOf(w, {"tariff", "tariffs", "duty", "duties", "levy", "levies", "ban", "bans",
                     "sanctions", "restrictions", "quotas", "taxes", "curbs", "embargo"});
}

bool isCommitmentLemma(std::string_view lemma) {
    return anyOf(lemma, {"pledge", "promise", "vow", "offer", "commit", "undertake"});
}

bool isBasingLemma(std::string_view lemma) {
    return anyOf(
        lemma, {"station", "deploy", "base", "position", "install", "place", "keep", "move", "send",
                "redeploy", "locate", "relocate", "rotate", "fly", "transfer"});
}

bool isRouteLemma(std::string_view lemma) {
    return anyOf(lemma, {"start", "begin", "end", "pass", "cross", "run", "traverse", "link",
                         "connect", "reach", "stretch", "terminate", "enter"});
}

bool isBuyLemma(std::string_view lemma) {
    return anyOf(lemma, {"buy", "order", "purchase", "procure", "acquire", "import"});
}

bool isBuildLemma(std::string_view lemma) {
    // (and what else a company does with a plant somewhere: "close its assembly plant in
    // Ghent", "move production to a new factory in Hungary")
    return anyOf(lemma, {"build", "open", "construct", "establish", "expand", "set", "close",
                         "shut", "move", "relocate", "shift"});
}

bool isFiringLemma(std::string_view lemma) {
    return anyOf(lemma, {"fire", "launch", "shoot", "lob", "drop", "hurl", "aim", "direct"});
}

bool isBaseNoun(std::string_view w) {
    return anyOf(w, {"base", "airbase", "airfield", "bases", "port", "camp", "garrison"});
}

bool isHostLemma(std::string_view lemma) {
    return anyOf(lemma, {"host", "house", "station", "welcome", "receive", "accept"});
}

bool isAttackNoun(std::string_view w) {
    return anyOf(
        w, {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids",
            "offensive", "bombardment", "assault", "barrage", "shelling", "incursion"});
}

bool isForceNoun(std::string_view w) {
    return anyOf(w, {"battle", "battlegroup", "troops", "forces", "brigade", "battalion",
                     "contingent", "soldiers", "base", "bases", "garrison", "division", "squadron",
                     "warships", "fighter", "missile"});
}

bool isCompanyDescriptionNoun(std::string_view w) {
    // org-descriptors.txt leaves out nouns that also name a person's job, since a name
    // after them may be a person's ("the developer Anna Berg"); after a known organisation
    // or nationality ("Swedish miner Lundgren") they describe the company.
    static constexpr WordList kJobNouns(std::to_array<std::string_view>(
        {"miner", "producer", "contractor", "developer", "supplier"}));
    static const auto& descriptors = ExtractLexicons::get().orgDescriptors;
    return kJobNouns.contains(w) || descriptors.count(std::string(w)) > 0;
}

bool isCourtMention(const ArticleTokens& art, const Mention& m) {
    if (m.type != EntityType::Organization) return false;
    for (size_t k = m.begin; k < m.end; ++k)
        if (anyOf(art.lower[k], {"court", "tribunal", "judge", "jury", "panel", "inquiry"}))
            return true;
    return false;
}

size_t describedEntity(const ArticleTokens& art, const std::vector<Mention>& mentions, size_t t,
                       std::string_view noun) {
    if (art.sentences.empty() || noun.size() < 4) return kNone;
    // the whole article before t: news names its ministry or mission once and then says "the
    // ministry" paragraphs later; two different ones named make it ambiguous
    const size_t from = 0;
    size_t found = kNone;
    auto text = [&](const Mention& m) {
        std::string s;
        for (size_t k = m.begin; k < m.end; ++k) s += art.lower[k] + " ";
        return s;
    };
    for (size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
        if (m.synthetic || m.begin < from || m.end > t ||
            (m.type != EntityType::Organization && m.type != EntityType::MilitaryUnit &&
             m.type != EntityType::Event))
            continue;
        bool holds = false;
        for (size_t k = m.begin; k < m.end && !holds; ++k) holds = art.lower[k] == noun;
        if (!holds) continue;
        // "the mission" with two missions named: ambiguous (a shorter form of the same name,
        // "Support Mission" after "Haiti Support Mission", is the same one)
        if (found != kNone) {
            const std::string a = text(mentions[found]), b = text(m);
            if (a.find(b) == std::string::npos && b.find(a) == std::string::npos) return kNone;
            if (b.size() < a.size()) continue;
        }
        found = i;
    }
    return found;
}

size_t storyOrganization(const ArticleTokens& art, const std::vector<Mention>& mentions, size_t t) {
    if (art.sentences.empty()) return kNone;
    const size_t si = sentenceOf(art, t);
    const size_t fromSentence = si >= 2 ? si - 2 : 0;
    const size_t from = art.sentences[fromSentence].firstToken;
    // the subject of the nearest sentence that opens with a name
    for (size_t s = si + 1; s-- > fromSentence;) {
        const size_t open = openingToken(art, s);
        for (size_t i = 0; i < mentions.size(); ++i) {
            const Mention& m = mentions[i];
            if (m.synthetic || m.sentence != s || m.end > t || !relationEndpoint(m.type)) continue;
            if (m.begin == open || (m.begin == open + 1 && art.lower[open] == "the"))
                return m.type == EntityType::Organization ? i : kNone;
        }
    }
    size_t latest = kNone;
    for (size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
        if (m.type == EntityType::Organization && !m.synthetic && m.begin >= from && m.end <= t)
            latest = i;
    }
    return latest;
}

// Whether person mention m is the subject of its clause ("X said", "X, a minister, met") or
// the speaker of an inverted quote ("..., said Minister X").
bool subjectOrSpeaker(const ArticleTokens& art, const Mention& m) {
    const Sentence& s = art.sentences[m.sentence];
    auto cls = [&](size_t k) {
        return art.info[k].word ? art.info[k].word->cls : WordClass::Unknown;
    };
    size_t e = m.end;
    if (e + 1 < s.endToken && art.lower[e] == "and" && art.info[e + 1].cap) {
        // "A and B said": past the second name
        for (++e; e < s.endToken && e < m.end + 6 && art.info[e].cap;) ++e;
    }
    if (e < s.endToken && art.views[e] == ",") {  // past an apposition
        size_t c = e + 1;
        while (c < s.endToken && c < e + 16 && art.views[c] != ",") ++c;
        if (c < s.endToken && art.views[c] == ",") e = c + 1;
    }
    if (e < s.endToken) {
        const WordClass c = cls(e);
        if (c == WordClass::Verb3sg || c == WordClass::VerbPast || c == WordClass::Modal ||
            anyOf(art.lower[e], {"is", "was", "has", "had", "will", "would", "could", "did"}))
            return true;
    }
    // "said Foreign Minister X"
    for (size_t k = m.begin; k > s.firstToken && k + 5 > m.begin; --k) {
        if (anyOf(art.lower[k - 1], {"said", "says", "added", "told", "wrote"})) return true;
        if (!art.info[k - 1].cap) break;
    }
    return false;
}

size_t pronounAntecedent(const ArticleTokens& art, const std::vector<Mention>& mentions, size_t t) {
    if (art.sentences.empty()) return kNone;
    const size_t si = sentenceOf(art, t);
    // the nearest sentence (this one before t, then up to two before) naming a person as
    // subject or speaker decides: one person there, else nothing
    for (size_t s = si + 1; s-- > 0 && s + 2 >= si;) {
        size_t found = kNone;
        for (size_t i = 0; i < mentions.size(); ++i) {
            const Mention& m = mentions[i];
            if (m.synthetic || m.type != EntityType::Person || m.sentence != s || m.end > t ||
                !subjectOrSpeaker(art, m))
                continue;
            // "Lappi" and "Juha Lappi" are one person
            if (found != kNone && art.lower[mentions[found].end - 1] != art.lower[m.end - 1])
                return kNone;
            found = i;
        }
        if (found != kNone) return found;
    }
    return kNone;
}

}  // namespace entgraph

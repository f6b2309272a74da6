// Relation typing of the sentence parser (RelationParser.h): the type of the act a
// predicate states, from its verb, the act it promises or intends, what its object carries
// and the preposition before the party (PredicateAct in RelationPatterns.h).
#include "extract/RelationParser.h"
#include "extract/RelationPatterns.h"

namespace entgraph::relparse {

std::string SentenceParser::actType(const PredicateAct& act) const {
    std::string type(act.verbType);
    const std::string purposeType =
        act.purposeLemma.empty() ? std::string() : verbType(std::string(act.purposeLemma));
    if ((type.empty() || type == "LIGHT" || type == "ACTION") && !purposeType.empty() &&
        purposeType != "LIGHT")
        type = purposeType;  // "signed a contract to buy ... from"
    // "pledged to deploy 200 soldiers to": a promise is typed by the act promised
    std::string_view actLemma = act.mainLemma;
    if (isCommitmentLemma(act.mainLemma) && !act.purposeLemma.empty()) {
        const std::string& pt = purposeType;
        if (!pt.empty() && pt != "LIGHT" && pt != "STATEMENT")
            type = pt, actLemma = act.purposeLemma;
        // "pledged to keep 4,800 troops in": a promise about forces whatever its verb
        else if (act.facts.military)
            type = "MILITARY";
    }
    if ((type.empty() || type == "ACTION") &&
        (act.cargo == "gas" || act.cargo == "oil" || act.cargo == "food" ||
         act.cargo == "sanctions" || act.cargo == "money" || act.cargo == "funds"))
        type = "ECONOMIC";  // "stopped gas deliveries to Austria", "unveiled sanctions on"
    // a verb the word list lacks ("exports", "airlifts") is typed by its cargo too when the
    // lexicon knows it moves things ("Kazakhstan exports grain to")
    if (act.mainClass != WordClass::Unknown || isTransferLemma(actLemma))
        type = act.facts.retype(type, actLemma);
    // "orders four frigates from Italy", "banned the export of machine tools to Belarus"
    type =
        act.facts.objectActType(type, actLemma, act.transferNoun, act.prep, isCountry(act.target));
    // "sell frigates to Egypt": arms sold to a buyer are a military matter (the seller
    // of arms bought is an economic one: "buy K2 tanks from")
    if (type == "ECONOMIC" && act.facts.military && act.prep == "to" &&
        (act.mainLemma == "sell" || act.mainLemma == "export"))
        type = "MILITARY";
    // "Lithuania hosts a NATO battle group": a foreign force on its soil
    if (isHostLemma(act.mainLemma) && act.prep.empty() && M(act.target).end < m_e &&
        isForceNoun(L(M(act.target).end)))
        type = "MILITARY";
    // "will lead the operation from the Northern Waters Coordination Centre", "will command
    // the deployment from Suwalki": where it is run from, not whom it belongs to
    if (type == "MEMBERSHIP" && act.prep == "from") type = "LOCATION";
    // "Kask spoke with Venho by telephone": a conversation ("spoke about" stays untyped)
    if (act.mainLemma == "speak" && (act.prep == "with" || act.prep == "to") &&
        M(act.target).type != EntityType::Nationality)
        type = "DIPLOMATIC";
    // "will cut 4,000 jobs at plants in Germany", "created 1,200 jobs in": jobs somewhere
    if (type.empty() && act.facts.economicNoun && (act.prep == "in" || act.prep == "at"))
        type = "ECONOMIC";
    // "holds a 19 percent stake in Salar Andino", "bought a stake in": ownership is trade
    if (act.facts.stake && act.prep == "in" && type != "STATEMENT") type = "ECONOMIC";
    // "launched airstrikes on Gaza", "carried out a raid against": an attack made on its
    // act.target; "held live-fire drills near Taiwan": an exercise somewhere
    if (act.facts.attack && type != "STATEMENT" &&
        (act.prep == "on" || act.prep == "against" || act.prep == "at" || act.prep == "into" ||
         act.prep == "in"))
        type = "CONFLICT";
    else if (act.facts.exercise && (type.empty() || type == "LIGHT" || type == "ACTION") &&
             (act.prep == "near" || act.prep == "around" || act.prep == "off" || act.prep == "in"))
        type = "MILITARY";
    // "The Garuda Battalion ... arrived in southern Lebanon": where a force goes or acts
    if ((type.empty() || type == "LIGHT") && m_forceSubject &&
        act.mainClass != WordClass::Unknown &&
        (act.prep == "in" || act.prep == "to" || act.prep == "at" || act.prep == "into" ||
         act.prep == "near"))
        type = "MILITARY";
    return type;
}

}  // namespace entgraph::relparse

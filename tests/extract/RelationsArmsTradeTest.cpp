// Relation recall for defence and trade reporting (issue #4, relations 9): arms and goods
// changing hands named by nouns, listed after the recipient, kept at bases, fired at targets;
// levies, loans and announced packages; companies described by their country.  Each test is
// written with other names and wording than the development articles 25-32 (and the held-out
// articles stay unseen).  Rule tagger only (ExtractTestUtil.h), like RelationsRecallTest.cpp.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

namespace {

// A military relation from `a` to an entity whose name holds `part` ("Patriot systems").
bool armsTo(const ArticleExtraction& x, std::string_view a, std::string_view part) {
    for (const ExtractedRelation& r : x.relations)
        if (r.type == RelationType::Military && x.entities[r.source].name == a &&
            x.entities[r.target].name.find(part) != std::string::npos)
            return true;
    return false;
}

}  // namespace

// ---- arms and trade named by their nouns, lists and places ---------------------------------

TEST(RelationsArmsTrade, ATransferNamedByItsNoun) {
    const auto x = extractRules(
        "Norway has completed the delivery of 24 Leopard tanks to Slovakia. Canada and Belgium "
        "are funding the purchase of 8 Patriot systems for Moldova.");
    EXPECT_NE(typed(x, "Norway", "Slovakia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Belgium", "Moldova", RelationType::Military), nullptr) << dumpRelations(x);
    // a verb reacting to someone else's transfer is no transfer
    const auto y = extractRules("Iran condemned the sale of 30 Leopard tanks to Qatar.");
    EXPECT_EQ(typed(y, "Iran", "Qatar", RelationType::Military), nullptr) << dumpRelations(y);
}

TEST(RelationsArmsTrade, APromiseIsTypedByTheActPromised) {
    const auto x = extractRules("Portugal pledged to deploy 150 soldiers to Moldova.");
    EXPECT_NE(typed(x, "Portugal", "Moldova", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_EQ(typed(x, "Portugal", "Moldova", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, NamedArmsAfterTheRecipient) {
    const auto x = extractRules(
        "Sweden agreed to sell Croatia 12 Leopard tanks. Belgium will provide Moldova with two "
        "Patriot systems, 5,000 shells and 30 HIMARS launchers.");
    EXPECT_NE(typed(x, "Sweden", "Croatia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_EQ(typed(x, "Sweden", "Croatia", RelationType::Economic), nullptr) << dumpRelations(x);
    bool leopard = false, himars = false;
    for (const ExtractedRelation& r : x.relations) {
        const std::string& s = x.entities[r.source].name;
        const std::string& t = x.entities[r.target].name;
        if (r.type != RelationType::Military) continue;
        leopard = leopard || (s == "Sweden" && t.find("Leopard") != std::string::npos);
        himars = himars || (s == "Belgium" && t.find("HIMARS") != std::string::npos);
    }
    EXPECT_TRUE(leopard) << dumpRelations(x);
    EXPECT_TRUE(himars) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ArmsKeptAtABase) {
    const auto x = extractRules(
        "The United States will station two Patriot batteries at an air base in eastern "
        "Slovakia.");
    EXPECT_NE(typed(x, "United States", "Slovakia", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, APossessiveOwnerOpensTheSubject) {
    const auto x = extractRules(
        "Russia's Wagner Group, which recruited in Syria, has deployed 300 fighters in Libya.");
    EXPECT_NE(typed(x, "Wagner Group", "Libya", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, TradeBansLeviesAndLoans) {
    const auto x = extractRules(
        "Japan banned the export of semiconductors to Iran. India raised tariffs on steel from "
        "Vietnam. Pakistan received a new loan from the IMF.");
    EXPECT_NE(typed(x, "Japan", "Iran", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "India", "Vietnam", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Pakistan", "IMF", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, JointDrillsBetweenStatesNotPeoples) {
    const auto x = extractRules(
        "Greece and Egypt will stage joint drills. Greek and Egyptian troops began joint "
        "exercises.");
    EXPECT_NE(typed(x, "Greece", "Egypt", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Greek", "Egyptian"), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, PassiveTransfersAndTheirAgents) {
    const auto x = extractRules(
        "The howitzers were delivered to Estonia by France in May. The frigates will carry "
        "Patriot missiles supplied by Norway.");
    EXPECT_NE(typed(x, "France", "Estonia", RelationType::Military), nullptr) << dumpRelations(x);
    bool supplied = false;
    for (const ExtractedRelation& r : x.relations)
        supplied = supplied || (x.entities[r.source].name == "Norway" &&
                                x.entities[r.target].name.find("Patriot") != std::string::npos &&
                                r.type == RelationType::Military);
    EXPECT_TRUE(supplied) << dumpRelations(x);
    // an agent of another act is no supplier
    const auto y = extractRules("The plan was criticised by Estonia.");
    EXPECT_TRUE(y.relations.empty()) << dumpRelations(y);
}

TEST(RelationsArmsTrade, AnAnnouncedPackageOrMeasure) {
    const auto x = extractRules(
        "Spain announced 300 million euros in military aid for Moldova. Canada unveiled new "
        "sanctions on Belarus.");
    EXPECT_NE(typed(x, "Spain", "Moldova", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Canada", "Belarus", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ACompanyDescribedByItsCountry) {
    const auto x = extractRules(
        "Chile said Chilean copper miner Tamarugal Holdings had sold the mine. Peru fined U.S. "
        "mining group Halvard Metals.");
    EXPECT_NE(typed(x, "Tamarugal Holdings", "Chile", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Halvard Metals", "United States", RelationType::Location), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, SellersAfterTheAndCountsOfArms) {
    const auto x = extractRules(
        "Romania bought 54 Leopard tanks from the Netherlands. Belarus has shipped thousands "
        "of Patriot missiles to Serbia.");
    // arms bought from a state are a military matter (from a company, a trade)
    EXPECT_NE(typed(x, "Romania", "Netherlands", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Belarus", "Serbia", RelationType::Military), nullptr) << dumpRelations(x);
}

// ---- attacks, dates, partners, descriptions ------------------------------------------------

TEST(RelationsArmsTrade, ArmsFiredAtATargetAndTheArmsOfAnAttack) {
    const auto x = extractRules(
        "Belarus launched 30 Iskander missiles at Moldova overnight. Serbia struck rebel "
        "positions in northern Kosovo with Patriot missiles.");
    EXPECT_NE(typed(x, "Belarus", "Moldova", RelationType::Conflict), nullptr) << dumpRelations(x);
    EXPECT_TRUE(armsTo(x, "Serbia", "Patriot")) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ATransferNounWithoutAnAgentNamesTheRecipient) {
    const auto x = extractRules("The sale of 12 Leopard tanks to Chile was approved on Monday.");
    EXPECT_TRUE(armsTo(x, "Chile", "Leopard")) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ADateBeforeTheVerbAndActsDoneJointly) {
    const auto x = extractRules(
        "The African Union on Friday imposed sanctions on Gabon. Austria and Ireland are "
        "jointly funding the purchase of 20 Patriot missiles for Moldova.");
    EXPECT_NE(typed(x, "African Union", "Gabon", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(between(x, "Austria", "Ireland"), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, AContractWithACompanyDescribedByItsPeople) {
    const auto x = extractRules(
        "Chile signed a 900 million dollar contract with Spanish shipbuilder Navalia "
        "Astilleros to build two patrol ships.");
    EXPECT_NE(typed(x, "Chile", "Navalia Astilleros", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, TheCompanyAsASubjectIsTheStorysOrganisation) {
    const auto x = extractRules(
        "Halvard Industries reported higher profits on Monday. Last month the company won a "
        "contract from Marisco Group.");
    EXPECT_NE(typed(x, "Halvard Industries", "Marisco Group", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, ACountryActsThroughItsBodyButDoesNotSpeakForIt) {
    const auto x = extractRules(
        "Vietnam's coast guard deployed ships near Pratas Island. Egypt's army launched "
        "rockets at Gaza. Chile's government signed a contract with Marisco Group.");
    EXPECT_NE(typed(x, "Vietnam", "Pratas Island", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Egypt", "Gaza", RelationType::Conflict), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Chile", "Marisco Group", RelationType::Economic), nullptr)
        << dumpRelations(x);
    const auto y = extractRules("Peru's defence ministry said Chile had bought new tanks.");
    EXPECT_EQ(between(y, "Peru", "Chile"), nullptr) << dumpRelations(y);
}

TEST(RelationsArmsTrade, ForcesAPartyHasSomewhereAndTradeFlows) {
    const auto x = extractRules(
        "Canada has about 700 troops in Latvia. Norway's exports to Japan rose 5 percent. "
        "Exports from Chile to India fell. Marisco Group will build a new plant in Peru.");
    EXPECT_NE(typed(x, "Canada", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Norway", "Japan", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Chile", "India", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Marisco Group", "Peru", RelationType::Economic), nullptr)
        << dumpRelations(x);
    // "has" as an auxiliary keeps its verb
    const auto y = extractRules("Canada has no troops in Latvia.");
    EXPECT_EQ(typed(y, "Canada", "Latvia", RelationType::Military), nullptr) << dumpRelations(y);
}

TEST(RelationsArmsTrade, WhereAUnitIsSaidByAMainClauseAndMembersActForTheirAlliance) {
    const auto x = extractRules(
        "The 4th Rifle Brigade is stationed near Narva. Marisco Group, which sells copper to "
        "Peru, is headquartered in Lima. NATO allies agreed to send 300 soldiers to Moldova.");
    EXPECT_NE(typed(x, "4th Rifle Brigade", "Narva", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Marisco Group", "Lima", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "NATO", "Moldova", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ASentenceOpeningWithItContinuesTheNameBefore) {
    const auto x = extractRules(
        "Norway sent 12 howitzers to Latvia. It will also deploy 200 soldiers to Estonia.");
    EXPECT_NE(typed(x, "Norway", "Estonia", RelationType::Military), nullptr) << dumpRelations(x);
    // a person opening the sentence before is no antecedent of "it"
    const auto y = extractRules(
        "Anna Berg visited Latvia on Monday. It will also deploy 200 soldiers to Estonia.");
    EXPECT_EQ(between(y, "Anna Berg", "Estonia"), nullptr) << dumpRelations(y);
}

TEST(RelationsArmsTrade, PlacesWithinPlacesAndHeadquarters) {
    const auto x = extractRules(
        "Shelling hit the Tigray region of Ethiopia. Drones struck Kramatorsk, in Ukraine's "
        "Donetsk region. Envoys met at NATO headquarters in Brussels.");
    EXPECT_NE(typed(x, "Tigray region", "Ethiopia", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Kramatorsk", "Donetsk region", RelationType::Location), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "NATO", "Brussels", RelationType::Location), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, AnInsertedParticipleClauseKeepsTheSubjectsVerb) {
    const auto x =
        extractRules("Greece, seeking to renew its navy, asked France for four Patriot systems.");
    EXPECT_TRUE(armsTo(x, "Greece", "Patriot")) << dumpRelations(x);
    EXPECT_NE(between(x, "Greece", "France"), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, TakeoversNamedByTheirNoun) {
    const auto x = extractRules(
        "Marisco Group's $2 billion takeover of Halvard Industries was approved. The "
        "acquisition of Tamarugal Holdings by Andes Group closed on Monday.");
    EXPECT_NE(typed(x, "Marisco Group", "Halvard Industries", RelationType::Economic), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Andes Group", "Tamarugal Holdings", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, AnActDecidedOrPlannedByAParty) {
    const auto x = extractRules(
        "Norway's decision to send 200 soldiers to Latvia was welcomed. The move by Spain to "
        "deploy 300 troops to Slovakia surprised analysts.");
    EXPECT_NE(typed(x, "Norway", "Latvia", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Spain", "Slovakia", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, WhatAStatesBodySaysItWillDoIsTheStatesAct) {
    const auto x = extractRules(
        "Latvia's defence ministry said on Monday that it would buy 12 HIMARS launchers from "
        "Norway.");
    EXPECT_TRUE(armsTo(x, "Latvia", "HIMARS")) << dumpRelations(x);
    EXPECT_NE(typed(x, "Latvia", "Norway", RelationType::Military), nullptr) << dumpRelations(x);
    // the unnamed ministry is no speaker of the country
    EXPECT_EQ(typed(x, "Latvia", "Norway", RelationType::Statement), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, CivilianGoodsSuppliedAreTrade) {
    const auto x = extractRules(
        "Germany supplied medical equipment to Ukraine. Poland supplied military equipment to "
        "Ukraine.");
    EXPECT_NE(typed(x, "Germany", "Ukraine", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Poland", "Ukraine", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ATransferBetweenCompaniesIsTrade) {
    const auto x = extractDefault(
        "Airbus delivered 20 jets to IndiGo. Sweden's Saab delivered two Gripen jets to the "
        "Hungarian Air Force.");
    EXPECT_NE(typed(x, "Airbus", "IndiGo", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Saab", "Gripen jets", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, AStakeHeldInACompany) {
    const auto x = extractDefault(
        "State copper giant Codelco, which holds a 19 percent stake in Vantor Systems, will keep "
        "its shares.");
    const ExtractedRelation* r = typed(x, "Codelco", "Vantor Systems", RelationType::Economic);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "holds stake in");
}

TEST(RelationsArmsTrade, AParticipleModifyingWhatIsSent) {
    const auto x = extractRules(
        "Qatar will supply liquefied natural gas to Germany from 2026. Poland sent 40 "
        "refurbished tanks to Ukraine.");
    EXPECT_NE(typed(x, "Qatar", "Germany", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Poland", "Ukraine", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, ArmsOrderedFromAState) {
    const auto x = extractRules("Greece orders four frigates from Italy.");
    EXPECT_NE(typed(x, "Greece", "Italy", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsArmsTrade, JobsCutSomewhere) {
    const auto x = extractRules("Vellora Group will cut 4,000 jobs in Germany.");
    const ExtractedRelation* r = typed(x, "Vellora Group", "Germany", RelationType::Economic);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "cut jobs in");
}

TEST(RelationsArmsTrade, ASecondPartyAfterACountAndAStakeInAFacility) {
    const auto x = extractDefault(
        "The Foreign Office imposed sanctions on four Iranian nationals and on Pars Data "
        "Services. Sahil Energy bought a 20 percent stake in a gas pipeline in Mozambique in "
        "2022.");
    const ExtractedRelation* r =
        typed(x, "Foreign Office", "Pars Data Services", RelationType::Economic);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "imposed sanctions on");
    EXPECT_NE(typed(x, "Sahil Energy", "Mozambique", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, AListOfArmsAfterTheRecipientAndArmouredVehicles) {
    const auto x = extractRules(
        "Canada will give Ukraine a NASAMS air defence system, 50 Senator armoured vehicles and "
        "2,000 CRV7 rockets in a new aid package. Tesla sold 500 electric vehicles.");
    for (const char* arms :
         {"NASAMS air defence system", "Senator armoured vehicles", "CRV7 rockets"}) {
        const ExtractedRelation* r = typed(x, "Canada", arms, RelationType::Military);
        EXPECT_NE(r, nullptr) << arms << "\n" << dumpRelations(x);
    }
    EXPECT_EQ(entity(x, "electric vehicles"), nullptr) << dumpEntities(x);
    expectType(x, "500 electric vehicles", EntityType::Quantity);
}

TEST(RelationsArmsTrade, ThePairBeforeWhichHaveSoldToACapitalsGovernment) {
    const auto x = extractRules(
        "Nigeria bought drones. Italy and Turkey, which have also sold drones to Abuja, were "
        "criticised. Armenia has not left the bloc, and Russia still keeps a military base at "
        "Gyumri. Britain sent troops to Kyiv.");
    EXPECT_NE(typed(x, "Italy", "Nigeria", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Türkiye", "Nigeria", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Russia", "Gyumri", RelationType::Military), nullptr) << dumpRelations(x);
    // troops sent to a capital go to the city
    EXPECT_NE(typed(x, "United Kingdom", "Kyiv", RelationType::Military), nullptr)
        << dumpRelations(x);
}

TEST(RelationsArmsTrade, ArmsBoughtFromASellerBeforeTheyAreGiven) {
    const auto x =
        extractRules("Norway said it would donate 12 Caesar howitzers bought from France.");
    const ExtractedRelation* r = typed(x, "Norway", "France", RelationType::Military);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "bought arms from");
}

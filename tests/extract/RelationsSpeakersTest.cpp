// Speakers the relation parser must find (issue #4, session 13): a body named before its
// spokesman, "told reporters that", a participle of accusation after the clause, and a
// person named in apposition to a title. Each written anew, not copied from a gold article.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(RelationsSpeakers, ABodyNamedBeforeItsSpokesman) {
    const auto x =
        extractRules("The frigates will share radar data with Estonia, a NATO spokesman said.");
    EXPECT_NE(typed(x, "NATO", "Estonia", RelationType::Statement), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsSpeakers, ToldReportersThatAndAnAccusingParticiple) {
    const auto x = extractRules(
        "Admiral Marta Silva, who told reporters in Lisbon that Spain would join, will lead the "
        "mission. Laos gave the opposite account, accusing Vietnam of shelling a post near "
        "Attapeu.");
    EXPECT_NE(typed(x, "Marta Silva", "Spain", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_NE(typed(x, "Laos", "Vietnam", RelationType::Statement), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Laos", "Attapeu", RelationType::Statement), nullptr) << dumpRelations(x);
}

TEST(RelationsSpeakers, APersonInAppositionToATitle) {
    // a hyphenated surname the tagger may take for an organisation
    const auto x = extractDefault(
        "Ghana's Interior Minister, Yaw Owusu-Mensah, said in Accra that the border would stay "
        "open.");
    expectType(x, "Yaw Owusu-Mensah", EntityType::Person);
    EXPECT_NE(typed(x, "Yaw Owusu-Mensah", "Ghana", RelationType::Role), nullptr)
        << dumpRelations(x);
}

TEST(RelationsSpeakers, WhoWasToldIsNoSpeaker) {
    // "X, the company's manager, told Reuters <claim>": X speaks, Reuters listens
    const auto x = extractRules(
        "Maria Ortega, the union's leader, told Reuters that Chile had broken the deal.");
    EXPECT_NE(typed(x, "Maria Ortega", "Chile", RelationType::Statement), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Reuters", "Chile"), nullptr) << dumpRelations(x);
}

TEST(RelationsSpeakers, AClaimEndsWhereTheNextSpeakersClauseBegins) {
    const auto x = extractDefault(
        "Tana Airways, a Nairobi-based carrier, said it had diverted two flights to Kisumu, while "
        "Lake Petroleum, which is owned by Kampala-based Savanna Energy, said loadings at "
        "Mombasa had not been hit.");
    EXPECT_NE(typed(x, "Tana Airways", "Kisumu", RelationType::Statement), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_EQ(between(x, "Tana Airways", "Mombasa"), nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Tana Airways", "Savanna Energy"), nullptr) << dumpRelations(x);
}

TEST(RelationsSpeakers, TheTwoBanksSaidAndARankedLenderIsNoTrade) {
    const auto x = extractDefault(
        "Banco Meseta, Spain's fourth-largest lender, has agreed to buy Lisbon-based Banco "
        "Atlantico do Norte, the two banks said on Monday.");
    expectType(x, "Banco Atlantico do Norte", EntityType::Organization);
    EXPECT_NE(typed(x, "Banco Meseta", "Banco Atlantico do Norte", RelationType::Statement),
              nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_EQ(typed(x, "Banco Meseta", "Spain", RelationType::Economic), nullptr)
        << dumpRelations(x);
}

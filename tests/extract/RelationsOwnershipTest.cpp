// Who owns or runs what (issue #4, session 13; src/extract/RelationOwnership.cpp), and
// object lists after a colon or with each company's seat. Each written anew, not copied
// from a gold article. The default tagger runs, as the rule tagger finds few company names.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(RelationsOwnership, ParticiplesNameTheOwnerOrOperator) {
    const auto x = extractDefault(
        "The Ocean Lark, a Panama-flagged tanker owned by Delos Shipping, was hit. The second "
        "ship, the Silver Tern, is operated by Oslo-based Fjordline Ports. The Kessel power "
        "station, run by Varna Energy Holdings, was shut.");
    EXPECT_NE(typed(x, "Delos Shipping", "Ocean Lark", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Fjordline Ports", "Silver Tern", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_EQ(between(x, "Oslo", "Silver Tern"), nullptr) << dumpRelations(x);
}

TEST(RelationsOwnership, TheCompaniesOfAJointVenture) {
    const auto x = extractDefault(
        "The plant is run by Baltic Polymers, a joint venture between Polish state refiner "
        "Orlen Nafta and Japan's Mitsuda Chemicals.");
    EXPECT_NE(typed(x, "Orlen Nafta", "Baltic Polymers", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Mitsuda Chemicals", "Baltic Polymers", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsOwnership, ListsAfterAColonAndPartsOfTheGoods) {
    const auto x = extractDefault(
        "Britain imposed sanctions on two firms: Qamar Trading in Dubai and Sable Logistics in "
        "Istanbul. Moldova still buys most of its gas from Russia.");
    EXPECT_NE(typed(x, "United Kingdom", "Qamar Trading", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "United Kingdom", "Sable Logistics", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Moldova", "Russia", RelationType::Economic), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsOwnership, WhereShipsAndUnitsSailOrFly) {
    const auto x = extractDefault(
        "Spain is sending two frigates, the Navarra and the Almirante Lobo, which sailed from "
        "Rota on Friday. The troops of Chile's 3rd Engineer Battalion flew into Bor from "
        "Santiago. Uruguay's 2nd Infantry Battalion returns to Montevideo next week.");
    EXPECT_NE(typed(x, "Navarra", "Rota", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Almirante Lobo", "Rota", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "3rd Engineer Battalion", "Bor", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "3rd Engineer Battalion", "Santiago", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "2nd Infantry Battalion", "Montevideo", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

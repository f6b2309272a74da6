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

TEST(RelationsOwnership, ArmsOrderedUnderAContractWithTheirSeller) {
    const auto x = extractDefault(
        "Colombia has signed a $900 million contract with Swedish arms maker Norrvik Defence for "
        "four batteries of the Skjold air defence system and 24 Vidar howitzers.");
    EXPECT_NE(typed(x, "Colombia", "Skjold air defence system", RelationType::Military), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Norrvik Defence", "Vidar howitzers", RelationType::Military), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsOwnership, ShipsNamedAfterTheirNounAndOneEach) {
    const auto x = extractDefault(
        "Spain is contributing two frigates, the Navarra and the Almirante Lobo. Norway and "
        "Denmark are each providing a corvette, the KNM Gjoa and the HDMS Absalon.");
    EXPECT_NE(typed(x, "Spain", "Navarra", RelationType::Military), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Spain", "Almirante Lobo", RelationType::Military), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Norway", "KNM Gjoa", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Denmark", "HDMS Absalon", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Norway", "HDMS Absalon"), nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Denmark", "KNM Gjoa"), nullptr) << dumpRelations(x);
}

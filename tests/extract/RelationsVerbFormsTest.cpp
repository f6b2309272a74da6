// Verb forms the relation parser must read (issue #4, session 13): particles, counted parts
// of the object, irregular pasts the treebanks show as nouns, and where a capital is a market
// rather than its government. Each written anew, not copied from a gold article.
// Rule tagger only (ExtractTestUtil.h), so these do not move with the trained model.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(RelationsVerbForms, ShotDownIsAirDefenceAtWork) {
    // "shot" is a noun in the treebanks ("a shot"); "shot down" is the verb with its particle
    const auto x = extractRules("Latvia shot down 11 Shahed drones over Daugavpils.");
    const auto* r = typed(x, "Latvia", "Shahed drones", RelationType::Military);
    ASSERT_NE(r, nullptr) << dumpRelations(x) << dumpEntities(x);
    EXPECT_EQ(r->label, "shot down");
}

TEST(RelationsVerbForms, ACountedPartOfTheObject) {
    const auto x = extractRules(
        "The Moldovan army said it had intercepted 9 of the Shahed drones. Finland sent 400 of "
        "its soldiers to Estonia.");
    EXPECT_NE(typed(x, "Finland", "Estonia", RelationType::Military), nullptr) << dumpRelations(x);
}

TEST(RelationsVerbForms, BondsSoldInACapitalAreSoldInItsMarket) {
    // the capital rule (Extractor.h) makes a buyer capital its government, but not a market
    const auto x = extractRules(
        "Zambia will sell $900 million of Eurobonds in London next month, Finance Minister "
        "Grace Mwale said.");
    EXPECT_NE(typed(x, "Zambia", "London", RelationType::Economic), nullptr) << dumpRelations(x);
    EXPECT_EQ(between(x, "Zambia", "United Kingdom"), nullptr) << dumpRelations(x);
}

TEST(RelationsVerbForms, AMoveGoesWhereItEndsNotWhereItStarts) {
    const auto x = extractRules(
        "Nepal's Kumari Battalion is moving from Torit to Yambio. Chile moved 12 Leopard tanks "
        "from Iquique to its base in Arica.");
    EXPECT_NE(typed(x, "Kumari Battalion", "Yambio", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Kumari Battalion", "Torit"), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Chile", "Leopard tanks", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Chile", "Iquique"), nullptr) << dumpRelations(x);
}

TEST(RelationsVerbForms, GoodsNamedAfterTheBuyersPossessive) {
    // "supply" is a military verb; fuel makes it a trade
    const auto x =
        extractRules("Mekong Refining, a Thai company, supplies about a third of Laos's diesel.");
    const auto* r = between(x, "Mekong Refining", "Laos");
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->type, RelationType::Economic) << dumpRelations(x);
}

TEST(RelationsVerbForms, ATreebankMisspellingGivesNoWordItsClass) {
    // EWT has one "buys" annotated as a misspelt "busy" (Typo=Yes): the verb must stay a verb
    const auto x = extractRules("Moldova buys most of its gas from Russia.");
    EXPECT_NE(typed(x, "Moldova", "Russia", RelationType::Economic), nullptr) << dumpRelations(x);
}

TEST(RelationsVerbForms, BlamingIsAnAccusation) {
    // the gold articles' convention (tests/data/relations/README.md): an accusation is a
    // statement, whatever it accuses of
    const auto x = extractRules("The Philippines blamed Vietnam for the collision.");
    const auto* r = between(x, "Philippines", "Vietnam");
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->type, RelationType::Statement) << dumpRelations(x);
}

TEST(RelationsVerbForms, TheMakersNationalityBeforeArmsIsNoParty) {
    const auto x = extractRules("Chile buys Swedish Archer howitzers.");
    EXPECT_NE(typed(x, "Chile", "Archer howitzers", RelationType::Military), nullptr)
        << dumpRelations(x);
    EXPECT_EQ(between(x, "Chile", "Swedish"), nullptr) << dumpRelations(x);
}

TEST(RelationsVerbForms, StatesHoldingDrillsOffACoastHoldThemTogether) {
    const auto x = extractRules("Chile, Peru and Ecuador hold naval drills off Arica.");
    EXPECT_NE(typed(x, "Chile", "Peru", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Peru", "Ecuador", RelationType::Military), nullptr) << dumpRelations(x);
    EXPECT_NE(typed(x, "Chile", "Arica", RelationType::Military), nullptr) << dumpRelations(x);
}

// Where organisations and units sit (issue #4, session 13): a seat after an acronym, a city
// after "of", a described body's seat, a subject's own base, and a company's short name that
// is also a town. Each written anew, not copied from a gold article.
// The rule tagger finds none of the longer names, so the first two run the default tagger.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(RelationsSeats, ASeatAfterAnAcronymAndACityAfterOf) {
    const auto x = extractDefault(
        "The Sahel Investment Bank (SIB), based in Niamey, will lend Chad $50 million. The "
        "cargo was sold by Pelagos Maritime of Piraeus.");
    EXPECT_NE(typed(x, "Sahel Investment Bank", "Niamey", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Pelagos Maritime", "Piraeus", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsSeats, ADescribedBodyInACity) {
    const auto x = extractDefault(
        "Tellhaven filed a claim at the Permanent Court of Arbitration (PCA), the arbitration "
        "tribunal in The Hague.");
    EXPECT_NE(typed(x, "Permanent Court of Arbitration", "The Hague", RelationType::Location),
              nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsSeats, TheSubjectsOwnBase) {
    const auto x = extractRules(
        "Armenia's 5th Mountain Brigade was moving tanks from its base in Goris to Kapan.");
    EXPECT_NE(typed(x, "5th Mountain Brigade", "Goris", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsSeats, ACompanysShortNameThatIsAlsoATown) {
    // "Castellar" is a Spanish town too; with "Castellar Sistemas" named, "Castellar's
    // factory" is the company's
    const auto x = extractRules(
        "Peru ordered howitzers from Castellar Sistemas. They will be built at Castellar's "
        "factory in Valladolid.");
    EXPECT_NE(typed(x, "Castellar Sistemas", "Valladolid", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsSeats, AUnitAtItsBaseAndADescribedUnitsBase) {
    const auto x = extractDefault(
        "Hungary sent four jets from the Hungarian Air Force's 59th Air Wing at Kecskemet. The 3rd "
        "Paratroop Battalion seized the airport. The battalion, which is based at Camp Kigoma in "
        "Bujumbura, was disarmed.");
    EXPECT_NE(typed(x, "59th Air Wing", "Kecskemet", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "3rd Paratroop Battalion", "Camp Kigoma", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

TEST(RelationsSeats, ACityOfAPeopleIsInItsStateWhenTheArticleNamesIt) {
    const auto x = extractRules(
        "Turkey denied it. He met his handlers during trips to the Turkish city of Van.");
    EXPECT_NE(typed(x, "Van", "Türkiye", RelationType::Location), nullptr) << dumpRelations(x);
    // a demonym alone invents no country
    const auto y = extractRules("He met his handlers in the Turkish city of Van.");
    EXPECT_EQ(entity(y, "Türkiye"), nullptr) << dumpEntities(y);
}

TEST(RelationsSeats, ADescribedCompanysSeat) {
    const auto x = extractDefault(
        "Nordvik Energy will sell its stake. Shares in Nordvik Energy rose 3 percent in Oslo, "
        "where the company is based. The Sahel Investment Bank will lend Chad $50 million, the "
        "Niamey-based lender said.");
    EXPECT_NE(typed(x, "Nordvik Energy", "Oslo", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
    EXPECT_NE(typed(x, "Sahel Investment Bank", "Niamey", RelationType::Location), nullptr)
        << dumpRelations(x) << dumpEntities(x);
}

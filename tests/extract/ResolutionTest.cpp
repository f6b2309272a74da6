// Entity resolution inside one article.
#include "ExtractTestUtil.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(Resolution, SurnameAndFirstNameMentionsJoinTheFullName) {
    const auto x = extractRules(
        "Bruce W. Bennett and Kim Jong-un were named. Bennett said more. Observers watched Kim "
        "closely.");
    const ExtractedEntity* bennett = entity(x, "Bruce W. Bennett");
    ASSERT_NE(bennett, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*bennett, "Bennett"));
    const ExtractedEntity* kim = entity(x, "Kim Jong-un");
    ASSERT_NE(kim, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*kim, "Kim"));
    EXPECT_EQ(entity(x, "Bennett"), nullptr);
    EXPECT_EQ(entity(x, "Kim"), nullptr);
}

TEST(Resolution, AmbiguousShortNamesStayApart) {
    const auto x =
        extractRules("Kim Jong-un and Kim Yo-jong arrived. Observers watched Kim closely.");
    ASSERT_NE(entity(x, "Kim Jong-un"), nullptr) << dumpEntities(x);
    ASSERT_NE(entity(x, "Kim Yo-jong"), nullptr) << dumpEntities(x);
    EXPECT_FALSE(hasAlias(*entity(x, "Kim Jong-un"), "Kim"));
    EXPECT_FALSE(hasAlias(*entity(x, "Kim Yo-jong"), "Kim"));
}

TEST(Resolution, AcronymsDefinedInBracketsAndCountryAliases) {
    const auto x = extractRules(
        "The Democratic People's Republic of Korea (DPRK) fired a missile. The DPRK denied it. "
        "North Korea "
        "later confirmed.");
    const ExtractedEntity* nk = entity(x, "North Korea");
    ASSERT_NE(nk, nullptr) << dumpEntities(x);
    EXPECT_EQ(nk->type, EntityType::Location);
    EXPECT_TRUE(hasAlias(*nk, "DPRK"));
    EXPECT_TRUE(hasAlias(*nk, "Democratic People's Republic of Korea"));
    EXPECT_EQ(entity(x, "DPRK"), nullptr);
}

TEST(Resolution, OrganisationAcronymDefinedInText) {
    const auto x = extractRules(
        "The International Atomic Energy Agency (IAEA) sent inspectors. Later the IAEA said the "
        "site was closed.");
    const ExtractedEntity* iaea = entity(x, "International Atomic Energy Agency");
    ASSERT_NE(iaea, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*iaea, "IAEA"));
}

TEST(Resolution, CapitalAsAgentResolvesToItsCountry) {
    const auto x =
        extractRules("Pyongyang has provided artillery shells. Tourists rarely visit Pyongyang.");
    const ExtractedEntity* nk = entity(x, "North Korea");
    ASSERT_NE(nk, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*nk, "Pyongyang"));
    EXPECT_NE(relation(x, "North Korea", "provided", "artillery shells"), nullptr)
        << dumpRelations(x);
    // the second Pyongyang is a place: it stays a LOCATION of its own
    const ExtractedEntity* city = entity(x, "Pyongyang");
    ASSERT_NE(city, nullptr) << dumpEntities(x);
    EXPECT_EQ(city->type, EntityType::Location);
}

TEST(Resolution, CapitalsInBetweenResolveToCountries) {
    const auto x =
        extractRules("Analysts see a strategic partnership between Pyongyang and Moscow.");
    EXPECT_NE(relation(x, "North Korea", "partnership with", "Russia"), nullptr)
        << dumpRelations(x);
}

// A capital owning a state's forces or programmes is its government, also after a preposition.
TEST(Resolution, CapitalOwningForcesOrProgrammesIsItsCountry) {
    const auto x = extractRules(
        "Seoul worries about the implications for Tehran's military modernisation. Tokyo "
        "watches Ankara's nuclear programme.");
    const ExtractedEntity* iran = entity(x, "Iran");
    ASSERT_NE(iran, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*iran, "Tehran"));
    const ExtractedEntity* turkey = entity(x, "Türkiye");
    ASSERT_NE(turkey, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*turkey, "Ankara"));
    // "Tehran's streets" are the city's
    const auto y = extractRules("Protesters filled Tehran's streets.");
    EXPECT_EQ(entity(y, "Iran"), nullptr) << dumpEntities(y);
}

TEST(Resolution, CapitalInPlainLocationUseStaysLocation) {
    const auto x = extractRules("The delegation arrived in Moscow on Monday.");
    ASSERT_NE(entity(x, "Moscow"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Russia"), nullptr);
}

// The city is not the region named after it (issue #4: "Kharkiv was attacked" is no
// mention of "the Kharkiv region").
TEST(Resolution, PlaceWithHeadWordStaysApartFromItsShortForm) {
    const auto x = extractRules("Troops entered the Kursk region. Fighting in Kursk continued.");
    const ExtractedEntity* region = entity(x, "Kursk region");
    ASSERT_NE(region, nullptr) << dumpEntities(x);
    EXPECT_FALSE(hasAlias(*region, "Kursk"));
    ASSERT_NE(entity(x, "Kursk"), nullptr) << dumpEntities(x);
}

TEST(Resolution, OneEntityPerNameWithDistinctIds) {
    const auto x =
        extractRules("Russia and Ukraine talk. Russia\xE2\x80\x99s army and Ukraine's army wait.");
    size_t russia = 0;
    for (const ExtractedEntity& e : x.entities) russia += e.name == "Russia";
    EXPECT_EQ(russia, 1u);
    size_t mentions = 0;
    for (const ExtractedMention& m : x.mentions) mentions += x.entities[m.entity].name == "Russia";
    EXPECT_EQ(mentions, 2u);
}

TEST(Resolution, CompanyShortNameAndWordSurnames) {
    const auto x = extractRules(
        "Apple Inc. unveiled a phone as Chief Executive Tim Cook spoke. \"We are ready,\" Cook "
        "told reporters. "
        "Shares of Apple rose.");
    const ExtractedEntity* apple = entity(x, "Apple Inc.");
    ASSERT_NE(apple, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*apple, "Apple"));
    const ExtractedEntity* cook = entity(x, "Tim Cook");
    ASSERT_NE(cook, nullptr) << dumpEntities(x);
    EXPECT_EQ(cook->type, EntityType::Person);
    EXPECT_TRUE(hasAlias(*cook, "Cook"));
    EXPECT_EQ(entity(x, "Tim"), nullptr);
}

TEST(Resolution, ShipsAreVesselsNotPeople) {
    const auto x = extractRules(
        "Finland's coast guard boarded the oil tanker Marisol Dawn on Monday. Prosecutors charged "
        "the captain of the Marisol Dawn with mischief. Maria Lopez said the Lopez family and the "
        "Obama administration disagreed.");
    for (const ExtractedEntity& e : x.entities)
        EXPECT_FALSE(e.type == EntityType::Person && e.name.find("Marisol") != std::string::npos)
            << dumpEntities(x);
    const ExtractedEntity* ship = entity(x, "Marisol Dawn");
    ASSERT_NE(ship, nullptr) << dumpEntities(x);
    EXPECT_EQ(ship->type, EntityType::Vessel);
    // a person's name before a noun is still a person ("the Obama administration")
    const ExtractedEntity* maria = entity(x, "Maria Lopez");
    ASSERT_NE(maria, nullptr) << dumpEntities(x);
    EXPECT_EQ(maria->type, EntityType::Person);
}

namespace {
// A stand-in for the statistical tagger: "Kestivar Dynamics" an organisation, a lone
// "Kestivar" a person (what the model did with "Vantor chief executive X said").
class LoneWordAsPersonTagger : public EntityTagger {
public:
    std::vector<TaggedSpan> tagSentence(std::span<const std::string_view> tokens) const override {
        std::vector<TaggedSpan> spans;
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i] == "Kestivar" || tokens[i] == "Marsh") {
                const bool org = i + 1 < tokens.size() &&
                                 (tokens[i + 1] == "Dynamics" || tokens[i + 1] == "Logistics");
                spans.push_back({i, i + (org ? 2 : 1),
                                 org ? EntityType::Organization : EntityType::Person, 0.9f});
                if (org) ++i;
            }
            if (tokens[i] == "Fiona") {
                spans.push_back({i, i + 2, EntityType::Person, 0.9f});
                ++i;
            }
        }
        return spans;
    }
};
}  // namespace

// A lone word taken for a person is the short form of the one organisation it begins
// ("Kestivar" after "Kestivar Dynamics"), unless a person's name has it.
TEST(Resolution, OrganisationShortFormTakenForAPerson) {
    const Extractor extractor(std::make_shared<LoneWordAsPersonTagger>());
    const auto x = extractor.extract(article(
        "The shipbuilder Kestivar Dynamics said on Monday it would hire 300 welders. Kestivar "
        "chief executive Nadia Brandt said the yard was full. Kestivar also bought a crane."));
    const ExtractedEntity* org = entity(x, "Kestivar Dynamics");
    ASSERT_NE(org, nullptr) << dumpEntities(x);
    EXPECT_EQ(org->type, EntityType::Organization);
    EXPECT_EQ(entity(x, "Kestivar"), nullptr) << dumpEntities(x);
    const auto y = extractor.extract(
        article("Marsh Logistics hired Fiona Marsh in May. Marsh said she would stay."));
    const ExtractedEntity* person = entity(y, "Fiona Marsh");
    ASSERT_NE(person, nullptr) << dumpEntities(y);
    EXPECT_EQ(person->type, EntityType::Person);
}

TEST(Resolution, AnAcronymSpellingANameWithItsPlace) {
    // the bracket comes after "Lebanon": the acronym names the whole force, not the country
    const auto x = extractDefault(
        "The battalion will join the United Nations Interim Force in Lebanon (UNIFIL) on "
        "Monday. The UN Security Council extended UNIFIL's mandate.");
    const ExtractedEntity* force = entity(x, "United Nations Interim Force in Lebanon");
    ASSERT_NE(force, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*force, "UNIFIL"));
    if (const ExtractedEntity* lebanon = entity(x, "Lebanon")) {
        EXPECT_FALSE(hasAlias(*lebanon, "UNIFIL"));
    }
}

TEST(Resolution, ShipPrefixesNameVessels) {
    const auto x = extractDefault(
        "The USS Ralph Johnson sailed through the Taiwan Strait on Tuesday. The boats carried "
        "food to the BRP Datu Sumkad, a patrol ship.");
    expectType(x, "USS Ralph Johnson", EntityType::Vessel);
    expectType(x, "BRP Datu Sumkad", EntityType::Vessel);
}

TEST(Resolution, AMixedCaseAcronymInBracketsJoinsItsName) {
    const auto x = extractDefault(
        "The African Development Bank (AfDB) will lend Kilwa Midstream $250 million. The loan "
        "was approved by the AfDB's board in Abidjan.");
    const ExtractedEntity* bank = entity(x, "African Development Bank");
    ASSERT_NE(bank, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*bank, "AfDB")) << dumpEntities(x);
    EXPECT_EQ(entity(x, "AfDB"), nullptr) << dumpEntities(x);
    // the subject's verb comes after the acronym
    EXPECT_NE(typed(x, "African Development Bank", "Kilwa Midstream", RelationType::Economic),
              nullptr)
        << dumpRelations(x);
}

TEST(Resolution, ACompanysCoinedFirstWordIsItsShortNameBeforeRelations) {
    const auto x = extractDefault(
        "Nordvik Energy agreed to buy Havmark Wind. Nordvik chief executive Ingrid Solberg said "
        "the purchase would double capacity. Later, Nordvik said profits rose.");
    const ExtractedEntity* nordvik = entity(x, "Nordvik Energy");
    ASSERT_NE(nordvik, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*nordvik, "Nordvik")) << dumpEntities(x);
    const ExtractedRelation* r = typed(x, "Ingrid Solberg", "Nordvik Energy", RelationType::Role);
    ASSERT_NE(r, nullptr) << dumpRelations(x);
    EXPECT_EQ(r->label, "chief executive at");
}

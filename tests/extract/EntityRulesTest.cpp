// Entity rules and the rule tagger, one rule per test.
#include "ExtractTestUtil.h"
#include "extract/EntityRules.h"

using namespace entgraph;
using namespace entgraph::test;

TEST(EntityRules, PeopleFromFirstNamesTitlesAndNameShapes) {
    const auto x = extractRules(
        "Officials met Bruce W. Bennett in Seoul. Later, President Lee Jae-myung spoke with Dmytro "
        "Ponomarenko.");
    for (const char* name : {"Bruce W. Bennett", "Lee Jae-myung", "Dmytro Ponomarenko"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Person) << name;
    }
    EXPECT_EQ(entity(x, "President Lee Jae-myung"), nullptr);
}

TEST(EntityRules, OrganisationsFromSuffixesHeadsListsAndAcronyms) {
    const auto x = extractRules(
        "He works at the RAND Corporation. The Ministry of Defence and the Center for Strategic "
        "and International "
        "Studies disagreed, Reuters and KCNA reported.");
    for (const char* name : {"RAND Corporation", "Ministry of Defence",
                             "Center for Strategic and International Studies", "Reuters", "KCNA"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Organization) << name;
    }
}

TEST(EntityRules, LocationsFromGazetteersAndPlaceWords) {
    const auto x = extractRules(
        "Troops moved from Rio de Janeiro to Russia's Kursk region and the Indo-Pacific region.");
    for (const char* name : {"Rio de Janeiro", "Russia", "Kursk region", "Indo-Pacific region"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Location) << name;
    }
}

TEST(EntityRules, MoneyQuantityDate) {
    const auto x = extractRules(
        "On November 5, 2024, Ukraine received $40 billion and 500 million euros for 100,000 "
        "soldiers, a 5 percent "
        "rise since 2022. Talks resume on Monday.");
    const std::pair<const char*, EntityType> expected[] = {
        {"November 5, 2024", EntityType::Date},
        {"$40 billion", EntityType::Money},
        {"500 million euros", EntityType::Money},
        {"100,000 soldiers", EntityType::Quantity},
        {"5 percent", EntityType::Quantity},
        {"2022", EntityType::Date},
        {"Monday", EntityType::Date}};
    for (const auto& [name, type] : expected) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, type) << name;
    }
}

TEST(EntityRules, NationalitiesAndDemonymsBeforeTitles) {
    const auto x = extractRules(
        "North Korean troops left North Korea. German Chancellor Olaf Scholz "
        "objected.");
    const ExtractedEntity* nk = entity(x, "North Korean");
    ASSERT_NE(nk, nullptr) << dumpEntities(x);
    EXPECT_EQ(nk->type, EntityType::Nationality);
    // "German" before a title is the country, so the role attaches to Germany
    const ExtractedEntity* de = entity(x, "Germany");
    ASSERT_NE(de, nullptr) << dumpEntities(x);
    EXPECT_EQ(de->type, EntityType::Location);
    EXPECT_EQ(entity(x, "German"), nullptr);
    EXPECT_NE(relation(x, "North Korean", "nationality of", "North Korea"), nullptr)
        << dumpRelations(x);
    // a demonym alone invents no country (issue #4): the NATIONALITY stays, unlinked
    const auto alone = extractRules("Russian officials arrived in Vienna.");
    ASSERT_NE(entity(alone, "Russian"), nullptr) << dumpEntities(alone);
    EXPECT_EQ(entity(alone, "Russian")->type, EntityType::Nationality);
    EXPECT_EQ(entity(alone, "Russia"), nullptr) << dumpEntities(alone);
    // a currency is no nationality
    const auto francs = extractRules("The Red Cross asked for 8 million Swiss francs.");
    EXPECT_EQ(entity(francs, "Swiss"), nullptr) << dumpEntities(francs);
}

TEST(EntityRules, MilitaryUnitsAndWeapons) {
    const auto x = extractRules(
        "Units such as the \xE2\x80\x9CStorm Corps\xE2\x80\x9D and the 1st Armored Division "
        "received artillery shells, "
        "intercontinental ballistic missile systems and ICBMs, but no other weapons.");
    for (const char* name : {"Storm Corps", "1st Armored Division"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::MilitaryUnit);
    }
    for (const char* name :
         {"artillery shells", "intercontinental ballistic missile systems", "ICBMs"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Weapon);
    }
    EXPECT_EQ(entityNamed(x, "weapons"), nullptr);
    EXPECT_EQ(entityNamed(x, "other weapons"), nullptr);
}

TEST(EntityRules, EventsWithNamesOrLowerCaseHeads) {
    const auto x =
        extractRules("Leaders met at the G20 summit and later at the Munich Security Conference.");
    for (const char* name : {"G20 summit", "Munich Security Conference"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Event);
    }
}

TEST(EntityRules, NoJunkFromHeadlinesAndSentenceStarts) {
    const auto x = extractRules(
        "Breaking News\nNorth Korea Could Send 100,000 Soldiers to Russia to Support War in "
        "Ukraine\n"
        "Despite the risk, talks go on. Currently, nothing moves. Analysts doubt it. Additionally, "
        "Defectors "
        "argue otherwise (Picture source: KCNA). However, Units wait.");
    for (const char* junk : {"Breaking News", "Breaking", "News", "Could Send", "Support War",
                             "War", "Soldiers", "Despite", "Currently", "Analysts", "Additionally",
                             "Defectors", "Picture", "However", "Units"})
        EXPECT_EQ(entityNamed(x, junk), nullptr) << junk << "\n" << dumpEntities(x);
    EXPECT_NE(entity(x, "North Korea"), nullptr);
    EXPECT_NE(entity(x, "Ukraine"), nullptr);
    EXPECT_NE(entity(x, "KCNA"), nullptr);
}

TEST(EntityRules, ATrainedTaggersJunkIsFiltered) {
    // a stand-in for a statistical tagger that tags every capitalised word
    struct EagerTagger : EntityTagger {
        std::vector<TaggedSpan> tagSentence(
            std::span<const std::string_view> tokens) const override {
            std::vector<TaggedSpan> out;
            for (size_t i = 0; i < tokens.size(); ++i)
                if (startsUpper(tokens[i])) out.push_back({i, i + 1, EntityType::Event, 0.5f});
            return out;
        }
    };
    const Extractor extractor(std::make_shared<EagerTagger>());
    const auto x = extractor.extract(
        article("Breaking News\nDespite talks, the Kremlin met Scholz in Berlin."));
    EXPECT_EQ(entityNamed(x, "News"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entityNamed(x, "Despite"), nullptr) << dumpEntities(x);
    ASSERT_NE(entity(x, "Berlin"), nullptr);
    EXPECT_EQ(entity(x, "Berlin")->type, EntityType::Location);  // the gazetteer wins
    EXPECT_NE(entity(x, "Scholz"), nullptr);                     // the model's own find stays
}

TEST(EntityRules, LongerModelNameBeatsAPlaceOrShortNameInsideIt) {
    // The model's "Gulf of Finland" and "Baltic Centre for Defence Studies" against the
    // rules' "Finland" and "Baltic Centre": the whole names win, no "Gulf" is left over.
    const std::vector<std::string_view> tokens = {
        "ships", "in",     "the",    "Gulf", "of",      "Finland", "and",
        "the",   "Baltic", "Centre", "for",  "Defence", "Studies"};
    const std::vector<TaggedSpan> model = {{3, 6, EntityType::Location, 1.0f},
                                           {8, 13, EntityType::Organization, 1.0f}};
    const std::vector<TaggedSpan> rules = {{5, 6, EntityType::Location, kHeadRule},
                                           {8, 10, EntityType::Organization, kHeadRule}};
    const auto out = combineTaggers(tokens, model, rules);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].begin, 3u);
    EXPECT_EQ(out[0].end, 6u);
    EXPECT_EQ(out[1].begin, 8u);
    EXPECT_EQ(out[1].end, 13u);
    // A place the model's span merely touches still wins over it.
    const std::vector<std::string_view> plain = {"Finland", "said"};
    const auto kept = combineTaggers(plain, {{0, 2, EntityType::Person, 1.0f}},
                                     {{0, 1, EntityType::Location, kHeadRule}});
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0].type, EntityType::Location);
}

TEST(EntityRules, PersonSpansLoseTheirTitles) {
    const std::vector<std::string_view> tokens = {"and",    "Maj.",       "Gen.",
                                                  "Tomasz", "Wierzbicki", "said"};
    const auto out = combineTaggers(tokens, {{1, 5, EntityType::Person, 1.0f}}, {});
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].begin, 3u);
    EXPECT_EQ(out[0].end, 5u);
}

TEST(EntityRules, NamedWeaponsKeepTheirNames) {
    const auto x = extractRules(
        "Poland will buy 40 K2 tanks, Krab howitzers and Piorun air defence missiles, and "
        "Germany will deliver IRIS-T SLM air defence systems. Berlin also sent German tanks.");
    for (const char* name : {"K2 tanks", "Krab howitzers", "Piorun air defence missiles",
                             "IRIS-T SLM air defence systems"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Weapon) << name;
    }
    EXPECT_EQ(entity(x, "German tanks"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "K2"), nullptr) << dumpEntities(x);
}

TEST(EntityRules, PlacesFromDatelinesArticlesAndPlainSpellings) {
    const auto x = extractRules(
        "WARSAW, Feb 12 - Poland will command the deployment from Suwalki, near the border. "
        "Europol, based in The Hague, said Caspian Meridian Shipping is registered in Dubai. "
        "The Baltic Link 3 cable was cut.");
    const ExtractedEntity* warsaw = entity(x, "Warsaw");
    ASSERT_NE(warsaw, nullptr) << dumpEntities(x);
    EXPECT_TRUE(hasAlias(*warsaw, "WARSAW"));
    for (const char* name : {"Suwalki", "The Hague"}) {
        const ExtractedEntity* e = entity(x, name);
        ASSERT_NE(e, nullptr) << name << "\n" << dumpEntities(x);
        EXPECT_EQ(e->type, EntityType::Location) << name;
    }
    const ExtractedEntity* company = entity(x, "Caspian Meridian Shipping");
    ASSERT_NE(company, nullptr) << dumpEntities(x);
    EXPECT_EQ(company->type, EntityType::Organization);
    EXPECT_EQ(entity(x, "Meridian"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Hague"), nullptr) << dumpEntities(x);
    EXPECT_EQ(entity(x, "Baltic"), nullptr) << dumpEntities(x);  // a town's name, but a cable's
}

TEST(EntityRules, TownNamesYieldToTheModelsPeople) {
    // "Clinton" and "Campbell" are towns in the city list, but the model's people win; a
    // capital still beats the model, and a town fills a gap the model left.
    struct PeopleModel : EntityTagger {
        std::vector<TaggedSpan> tagSentence(std::span<const std::string_view>) const override {
            return {{0, 1, EntityType::Person, 1.0f},
                    {2, 3, EntityType::Person, 1.0f},
                    {4, 5, EntityType::Person, 1.0f}};
        }
    };
    const auto tagger = withRuleLayer(std::make_shared<PeopleModel>());
    const std::vector<std::string_view> tokens = {"Clinton", "met", "Campbell", "in",
                                                  "Paris",   "and", "Suwalki",  "."};
    const auto spans = tagger->tagSentence(tokens);
    ASSERT_EQ(spans.size(), 4u);
    EXPECT_EQ(spans[0].type, EntityType::Person);
    EXPECT_EQ(spans[1].type, EntityType::Person);
    EXPECT_EQ(spans[2].begin, 4u);
    EXPECT_EQ(spans[2].type, EntityType::Location);
    EXPECT_EQ(spans[3].begin, 6u);
    EXPECT_EQ(spans[3].type, EntityType::Location);
}

TEST(EntityRules, UnknownDatelinePlacesAndCompaniesBeforeDates) {
    // a stand-in for the trained tagger, which takes the dateline for an organisation
    struct DatelineTagger : EntityTagger {
        std::vector<TaggedSpan> tagSentence(
            std::span<const std::string_view> tokens) const override {
            if (!tokens.empty() && tokens[0] == "BRENNESUND")
                return {{0, 1, EntityType::Organization, 1.0f}};
            return {};
        }
    };
    const Extractor extractor(std::make_shared<DatelineTagger>());
    const auto x = extractor.extract(
        article("BRENNESUND \xE2\x80\x94 Petter Lunde signed an agreement with the Nordkyst Ferry "
                "Company on Thursday."));
    const ExtractedEntity* place = entity(x, "Brennesund");
    ASSERT_NE(place, nullptr) << dumpEntities(x);
    EXPECT_EQ(place->type, EntityType::Location);
    const ExtractedEntity* company = entity(x, "Nordkyst Ferry Company");
    ASSERT_NE(company, nullptr) << dumpEntities(x);
    EXPECT_EQ(company->type, EntityType::Organization);
}

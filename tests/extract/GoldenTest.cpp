// Golden tests of the `extract --json` output: the shared sample article (required actors,
// relations and absent junk, with the product's default tagger), our own test articles
// (tests/data/extract/*.txt, required facts), and one full golden JSON file for a small
// article extracted with the rule tagger (tests/data/extract/baltic-deployment.json,
// reviewed by hand).  Set ENTGRAPH_UPDATE_GOLDEN=1 to rewrite the full golden file.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "ExtractTestUtil.h"
#include "extract/ExtractionJson.h"

using namespace entgraph;
using namespace entgraph::test;

namespace {

const std::string kData = std::string(ENTGRAPH_TEST_DATA) + "/extract/";

ArticleExtraction extractFile(const Extractor& extractor, const std::string& path,
                              std::string& text) {
    text = readFile(path);
    return extractor.extract(article(text, path));
}

void expectEntity(const ArticleExtraction& x, std::string_view name, EntityType type) {
    const ExtractedEntity* e = entity(x, name);
    ASSERT_NE(e, nullptr) << name << " missing:\n" << dumpEntities(x);
    EXPECT_EQ(e->type, type) << name;
}

void expectRelation(const ArticleExtraction& x, std::string_view s, std::string_view label,
                    std::string_view t, RelationType type) {
    const ExtractedRelation* r = relation(x, s, label, t);
    ASSERT_NE(r, nullptr) << s << " -" << label << "-> " << t << " missing:\n" << dumpRelations(x);
    EXPECT_EQ(r->type, type) << label;
}

}  // namespace

TEST(Golden, SharedSampleHoldsTheMainActorsAndRelations) {
    const std::string path = std::string(ENTGRAPH_SHARED_DIR) + "/samples/north-korea-troops.txt";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shared sample at " << path;
    const Extractor extractor;  // the product's default: trained model + rules when embedded
    std::string text;
    const ArticleExtraction x = extractFile(extractor, path, text);
    expectContract(x, text);

    for (const char* n :
         {"North Korea", "Russia", "Ukraine", "South Korea", "China", "Germany", "Rio de Janeiro"})
        expectEntity(x, n, EntityType::Location);
    for (const char* n : {"Dmytro Ponomarenko", "Bruce W. Bennett", "Kim Jong-un", "Vladimir Putin",
                          "Olaf Scholz", "Xi Jinping"})
        expectEntity(x, n, EntityType::Person);
    for (const char* n : {"RAND Corporation", "Bloomberg", "KCNA"})
        expectEntity(x, n, EntityType::Organization);
    expectEntity(x, "Storm Corps", EntityType::MilitaryUnit);
    expectEntity(x, "G20 summit", EntityType::Event);
    expectEntity(x, "North Korean", EntityType::Nationality);
    expectEntity(x, "$40 billion", EntityType::Money);
    expectEntity(x, "$2,000", EntityType::Money);
    expectEntity(x, "100,000 soldiers", EntityType::Quantity);
    expectEntity(x, "artillery shells", EntityType::Weapon);
    const ExtractedEntity* kursk = entityNamed(x, "Kursk region");
    if (!kursk) kursk = entityNamed(x, "Kursk");
    ASSERT_NE(kursk, nullptr) << dumpEntities(x);
    EXPECT_EQ(kursk->type, EntityType::Location);
    // aliases merged: one entity per person, the short forms as aliases
    EXPECT_TRUE(hasAlias(*entity(x, "North Korea"), "Pyongyang"));
    EXPECT_TRUE(hasAlias(*entity(x, "Russia"), "Moscow"));
    EXPECT_TRUE(hasAlias(*entity(x, "North Korean"), "North Koreans"));

    expectRelation(x, "North Korea", "deploys soldiers to support", "Russia",
                   RelationType::Military);
    expectRelation(x, "Dmytro Ponomarenko", "ambassador of", "Ukraine", RelationType::Role);
    expectRelation(x, "Dmytro Ponomarenko", "ambassador to", "South Korea", RelationType::Role);
    expectRelation(x, "Bruce W. Bennett", "analyst at", "RAND Corporation", RelationType::Role);
    expectRelation(x, "Olaf Scholz", "chancellor of", "Germany", RelationType::Role);
    expectRelation(x, "Xi Jinping", "president of", "China", RelationType::Role);
    expectRelation(x, "Olaf Scholz", "discuss with", "Xi Jinping", RelationType::Diplomatic);
    expectRelation(x, "Kim Jong-un", "partnership with", "Vladimir Putin", RelationType::Alliance);
    expectRelation(x, "North Korea", "partnership with", "Russia", RelationType::Alliance);
    expectRelation(x, "North Korea", "provided", "artillery shells", RelationType::Military);
    expectRelation(x, "North Korean", "nationality of", "North Korea", RelationType::Membership);
    expectRelation(x, "G20 summit", "held in", "Rio de Janeiro", RelationType::Location);

    for (const char* junk :
         {"Breaking News", "Breaking", "News", "Despite", "Currently", "Analysts", "Units",
          "Defectors", "Additionally", "Picture", "Could Send", "Support War", "War", "However",
          "Western", "Asian", "This", "Many", "The"})
        EXPECT_EQ(entityNamed(x, junk), nullptr) << "junk entity " << junk << "\n"
                                                 << dumpEntities(x);
    // precision: no relation between two places pulled from unrelated clauses
    EXPECT_EQ(relation(x, "North Korea", "deploys soldiers to support", "Ukraine"), nullptr);
    for (const ExtractedRelation& r : x.relations) EXPECT_FALSE(r.negated);
}

TEST(Golden, OurArticlesHoldTheirFacts) {
    std::string text;
    const auto baltic = extractFile(ruleExtractor(), kData + "baltic-deployment.txt", text);
    expectContract(baltic, text);
    expectEntity(baltic, "Mark Rutte", EntityType::Person);
    expectEntity(baltic, "NATO", EntityType::Organization);
    expectRelation(baltic, "France", "sent troops to", "Estonia", RelationType::Military);
    expectRelation(baltic, "Germany", "sent troops to", "Estonia", RelationType::Military);
    expectRelation(baltic, "Kristen Michal", "prime minister of", "Estonia", RelationType::Role);
    ASSERT_NE(relation(baltic, "Italy", "send troops to", "Estonia"), nullptr);
    EXPECT_TRUE(relation(baltic, "Italy", "send troops to", "Estonia")->negated);
    EXPECT_TRUE(hasAlias(*entity(baltic, "Mark Rutte"), "Rutte"));
    expectRelation(baltic, "Kristen Michal", "met", "Mark Rutte", RelationType::Diplomatic);
    EXPECT_EQ(entityNamed(baltic, "Baltic"), nullptr);  // an adjective in a headline

    const auto korea = extractFile(ruleExtractor(), kData + "korea-summit.txt", text);
    expectContract(korea, text);
    expectEntity(korea, "Lee Jae-myung", EntityType::Person);
    expectEntity(korea, "Center for Strategic and International Studies", EntityType::Organization);
    expectRelation(korea, "Lee Jae-myung", "president of", "South Korea", RelationType::Role);
    expectRelation(korea, "Shigeru Ishiba", "prime minister of", "Japan", RelationType::Role);
    expectRelation(korea, "Victor Cha", "senior fellow at",
                   "Center for Strategic and International Studies", RelationType::Role);
    expectRelation(korea, "North Korea", "provided artillery shells to", "Russia",
                   RelationType::Military);
    expectRelation(korea, "South Korea", "partnership with", "Japan", RelationType::Alliance);
    const ExtractedEntity* nk = entity(korea, "North Korea");
    ASSERT_NE(nk, nullptr);
    EXPECT_TRUE(hasAlias(*nk, "DPRK"));
    EXPECT_TRUE(hasAlias(*nk, "Pyongyang"));
    EXPECT_TRUE(hasAlias(*entity(korea, "Lee Jae-myung"), "Lee"));

    const auto eu = extractFile(ruleExtractor(), kData + "sanctions-economy.txt", text);
    expectContract(eu, text);
    expectEntity(eu, "Ursula von der Leyen", EntityType::Person);
    expectEntity(eu, "European Union", EntityType::Organization);
    expectEntity(eu, "$2.5 billion", EntityType::Money);
    expectEntity(eu, "March 2025", EntityType::Date);
    expectEntity(eu, "20 percent", EntityType::Quantity);
    expectRelation(eu, "European Union", "imposed sanctions on", "Russia", RelationType::Economic);
    expectRelation(eu, "Ursula von der Leyen", "president of", "European Commission",
                   RelationType::Role);
    EXPECT_EQ(entity(eu, "The European Union"), nullptr);
}

TEST(Golden, FullJsonOfASmallArticle) {
    const std::string input = kData + "baltic-deployment.txt";
    const std::string goldenPath = kData + "baltic-deployment.json";
    std::string text;
    const ArticleExtraction x = extractFile(ruleExtractor(), input, text);
    ArticleExtraction named = x;
    named.doc = "baltic-deployment.txt";
    const std::string actual = extractionToJson(named).dump(2) + "\n";
    if (std::getenv("ENTGRAPH_UPDATE_GOLDEN")) {
        std::ofstream(goldenPath, std::ios::binary) << actual;
        GTEST_SKIP() << "golden file rewritten";
    }
    EXPECT_EQ(actual, readFile(goldenPath));
}

TEST(Golden, JsonContractIsValid) {
    std::string text;
    const ArticleExtraction x = extractFile(ruleExtractor(), kData + "korea-summit.txt", text);
    ArticleExtraction named = x;
    named.doc = "korea";
    Article a = article(text, "korea");
    a.title = "South Korea Hosts Trilateral Talks";
    const nlohmann::json j = nlohmann::json::parse(extractionToJson(named, &a).dump());
    EXPECT_EQ(j["doc"], "korea");
    EXPECT_EQ(j["title"], a.title);
    EXPECT_EQ(j["text"], text);
    std::set<std::string> ids;
    for (const auto& e : j["entities"]) {
        EXPECT_TRUE(ids.insert(e["id"].get<std::string>()).second);
        EXPECT_TRUE(parseEntityType(e["type"].get<std::string>()).has_value());
        EXPECT_EQ(e["type"].get<std::string>(),
                  std::string(entityTypeName(*parseEntityType(e["type"].get<std::string>()))));
        EXPECT_TRUE(e["aliases"].is_array());
    }
    EXPECT_EQ(ids.size(), x.entities.size());
    ASSERT_FALSE(j["mentions"].empty());
    for (const auto& m : j["mentions"]) {
        EXPECT_TRUE(ids.count(m["entity"].get<std::string>()));
        const size_t s = m["start"], e = m["end"];
        ASSERT_LT(s, e);
        ASSERT_LE(e, text.size());
        EXPECT_EQ(m["text"].get<std::string>(), text.substr(s, e - s));
    }
    ASSERT_FALSE(j["relations"].empty());
    for (const auto& r : j["relations"]) {
        EXPECT_TRUE(ids.count(r["source"].get<std::string>()));
        EXPECT_TRUE(ids.count(r["target"].get<std::string>()));
        EXPECT_FALSE(r["label"].get<std::string>().empty());
        EXPECT_TRUE(parseRelationType(r["type"].get<std::string>()).has_value());
        for (const char* k : {"evidence", "source_mention", "target_mention"}) {
            ASSERT_TRUE(r.contains(k));
            EXPECT_LE(r[k]["end"].get<size_t>(), text.size());
        }
        if (r.contains("negated")) {
            EXPECT_TRUE(r["negated"].get<bool>());  // written only when true
        }
    }
}

TEST(Golden, HostileInputNeverCrashes) {
    std::string noise;
    for (int i = 0; i < 20000; ++i) noise.push_back(static_cast<char>((i * 131 + i / 3) & 0xFF));
    noise += " Russia\xFF's army \xE2\x80 met NATO (N\xC3 ATO) $ $ 1, Mr. . U.S. (";
    for (const std::string& text :
         {noise, std::string(), std::string("\n\n\n"), std::string(5000, '.'),
          std::string(3000, 'A') + " said", std::string("(DPRK)"), std::string("$")}) {
        const ArticleExtraction x = ruleExtractor().extract(article(text));
        expectContract(x, text);
        const std::string dumped =
            extractionToJson(x).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        EXPECT_FALSE(dumped.empty());
    }
}

// The CoNLL scorer on hand-made examples with known P/R/F1, and tagged-file parsing.
#include <gtest/gtest.h>

#include "core/Error.h"
#include "ner/ConllScorer.h"
#include "ner/NerCorpus.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {
std::vector<std::string_view> tags(std::initializer_list<const char*> list) {
    return std::vector<std::string_view>(list.begin(), list.end());
}
}  // namespace

TEST(ConllScorer, ChunksFollowConllevalRules) {
    // I- after O starts a chunk; I- of another type starts a new chunk; B- splits.
    auto chunks =
        chunksFromTags(tags({"I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-LOC", "B-LOC", "I-LOC"}));
    ASSERT_EQ(chunks.size(), 5u);
    EXPECT_EQ(chunks[0], (Chunk{0, 2, "PERSON"}));
    EXPECT_EQ(chunks[1], (Chunk{3, 4, "LOCATION"}));
    EXPECT_EQ(chunks[2], (Chunk{4, 5, "ORGANIZATION"}));
    EXPECT_EQ(chunks[3], (Chunk{5, 6, "LOCATION"}));
    EXPECT_EQ(chunks[4], (Chunk{6, 8, "LOCATION"}));
}

TEST(ConllScorer, BoundaryAndTypeErrorsCountAsWrong) {
    // gold: [John Smith]PER visited [New York]LOC and [IBM]ORG
    auto gold = chunksFromTags(tags({"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-ORG"}));
    // predicted: [John]PER (boundary error), [New York]LOC (right), [IBM]LOC (type error), [and]ORG
    // (spurious)
    auto pred = chunksFromTags(tags({"B-PER", "O", "O", "B-LOC", "I-LOC", "B-ORG", "B-LOC"}));
    ConllScorer scorer;
    scorer.add(gold, pred);
    const TypeCounts m = scorer.micro();
    EXPECT_EQ(m.gold, 3u);
    EXPECT_EQ(m.predicted, 4u);
    EXPECT_EQ(m.correct, 1u);
    EXPECT_DOUBLE_EQ(m.precision(), 0.25);
    EXPECT_DOUBLE_EQ(m.recall(), 1.0 / 3.0);
    EXPECT_NEAR(m.f1(), 2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), 1e-12);
    const auto& per = scorer.perType();
    EXPECT_EQ(per.at("PERSON").correct, 0u);
    EXPECT_EQ(per.at("LOCATION").gold, 1u);
    EXPECT_EQ(per.at("LOCATION").predicted, 2u);
    EXPECT_EQ(per.at("LOCATION").correct, 1u);
    EXPECT_DOUBLE_EQ(per.at("LOCATION").f1(), 2 * 0.5 * 1.0 / 1.5);
    EXPECT_EQ(per.at("ORGANIZATION").predicted, 1u);
    EXPECT_EQ(per.at("ORGANIZATION").correct, 0u);
}

TEST(ConllScorer, OnlyRequestedTypesCount) {
    auto gold = chunksFromTags(tags({"B-PER", "O", "B-DATE"}));
    auto pred = chunksFromTags(tags({"B-PER", "O", "B-EVENT"}));
    ConllScorer scorer({"PERSON"});
    scorer.add(gold, pred);
    EXPECT_EQ(scorer.micro().gold, 1u);
    EXPECT_EQ(scorer.micro().predicted, 1u);
    EXPECT_DOUBLE_EQ(scorer.micro().f1(), 1.0);
}

TEST(ConllScorer, PerfectAndEmpty) {
    TypeCounts none;
    EXPECT_EQ(none.f1(), 0.0);  // no division by zero
    auto gold = chunksFromTags(tags({"B-ORG", "I-ORG"}));
    ConllScorer scorer;
    scorer.add(gold, gold);
    EXPECT_DOUBLE_EQ(scorer.micro().f1(), 1.0);
}

TEST(TaggedFiles, ParsesTsvWithCommentsAndHashtagTokens) {
    auto file = parseTagged("# doc: d1\n# text: A b\n#MH17\tO\nParis\tB-LOC\n\t\nx\tO\n",
                            TaggedFormat::Tsv, "t.tsv");
    ASSERT_EQ(file.sentences.size(), 2u);
    EXPECT_EQ(file.sentences[0].tokens[0], "#MH17");
    EXPECT_EQ(file.sentences[0].tags[1], "B-LOC");
    EXPECT_EQ(file.tokenCount(), 3u);
}

TEST(TaggedFiles, ParsesConllColumnsAndSkipsDocstart) {
    auto file = parseTagged(
        "-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP I-PER\n",
        TaggedFormat::Conll, "t.conll");
    ASSERT_EQ(file.sentences.size(), 2u);
    EXPECT_EQ(file.sentences[0].tokens[0], "EU");
    EXPECT_EQ(file.sentences[0].tags[0], "B-ORG");
    EXPECT_EQ(file.sentences[1].tags[0], "I-PER");
}

TEST(TaggedFiles, BadInputGetsClearErrors) {
    EXPECT_THROW(parseTagged("", TaggedFormat::Tsv, "empty.tsv"), Error);
    EXPECT_THROW(parseTagged(std::string("a\tO\n\0\x01", 6), TaggedFormat::Tsv, "bin.tsv"), Error);
    EXPECT_THROW(parseTagged("word\tX-PER\n", TaggedFormat::Tsv, "bad.tsv"), Error);
    EXPECT_THROW(parseTagged("just words\n", TaggedFormat::Tsv, "bad.tsv"), Error);
    EXPECT_THROW(readTaggedFile("/nonexistent/file.tsv", TaggedFormat::Tsv), Error);
    try {
        parseTagged("a\tO\nb\tQ\n", TaggedFormat::Tsv, "bad.tsv");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("bad.tsv:2"), std::string::npos) << e.what();
    }
}

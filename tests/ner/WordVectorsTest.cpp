// Pre-trained word vectors: reading GloVe's text format (and rejecting what is not), and
// clustering them into the ids the model stores.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "core/Error.h"
#include "ner/NerFeatures.h"
#include "ner/NerTrainer.h"
#include "ner/WordClusters.h"
#include "ner/WordVectors.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {
std::string writeTemp(const std::string& name, const std::string& text) {
    const std::string path = testing::TempDir() + "/" + name;
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return path;
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    return path;
}

// Two families pointing in different directions, each word slightly off its family's axis.
const char* kFamilies =
    "paris 1.0 0.1 0.0\n"
    "rome 0.9 0.0 0.1\n"
    "oslo 1.0 0.0 -0.1\n"
    "bread 0.0 1.0 0.1\n"
    "soup 0.1 0.9 0.0\n"
    "cake 0.0 1.0 -0.1\n"
    "Paris -1.0 -1.0 -1.0\n";  // same lower-cased word again: the earlier row wins
}  // namespace

TEST(WordVectors, ReadsGloveTextFormat) {
    const std::string path = writeTemp("vectors_ok.txt", kFamilies);
    const WordVectors all = WordVectors::readText(path);
    ASSERT_EQ(all.size(), 7u);
    EXPECT_EQ(all.dimensions, 3u);
    EXPECT_EQ(all.words[1], "rome");
    EXPECT_FLOAT_EQ(all.row(1)[0], 0.9f);
    EXPECT_FLOAT_EQ(all.row(2)[2], -0.1f);
    const WordVectors first = WordVectors::readText(path, 2);
    EXPECT_EQ(first.size(), 2u);
    EXPECT_EQ(first.values.size(), 6u);
    std::remove(path.c_str());
}

TEST(WordVectors, RejectsMalformedFiles) {
    EXPECT_THROW(WordVectors::readText(testing::TempDir() + "/no-such-vectors.txt"), Error);
    const std::string empty = writeTemp("vectors_empty.txt", "");
    EXPECT_THROW(WordVectors::readText(empty), Error);
    const std::string ragged = writeTemp("vectors_ragged.txt", "a 1 2 3\nb 1 2\n");
    EXPECT_THROW(WordVectors::readText(ragged), Error);
    const std::string text = writeTemp("vectors_text.txt", "a 1 2 3\nb 1 x 3\n");
    EXPECT_THROW(WordVectors::readText(text), Error);
    const std::string bare = writeTemp("vectors_bare.txt", "lonely\n");
    EXPECT_THROW(WordVectors::readText(bare), Error);
    for (const std::string& p : {empty, ragged, text, bare}) std::remove(p.c_str());
}

TEST(WordVectors, SimilarVectorsShareClusters) {
    const std::string path = writeTemp("vectors_families.txt", kFamilies);
    const WordVectors vectors = WordVectors::readText(path);
    std::remove(path.c_str());
    WordClusters::Options opt;
    opt.clusters[0] = 2;
    opt.clusters[1] = 2;
    opt.clusters[2] = 2;
    const WordClusters c = WordClusters::fromVectors(vectors, opt);
    EXPECT_EQ(c.size(), 6u);  // "Paris" repeats "paris"
    auto fine = [&](const char* w) {
        const uint32_t packed = c.lookup(hashLowerAscii(w));
        EXPECT_NE(packed, WordClusters::kNone) << w;
        return WordClusters::level(packed, 2);
    };
    EXPECT_EQ(fine("Paris"), fine("oslo"));
    EXPECT_EQ(fine("rome"), fine("oslo"));
    EXPECT_EQ(fine("bread"), fine("cake"));
    EXPECT_NE(fine("paris"), fine("soup"));
    EXPECT_EQ(c.lookup(hashLowerAscii("berlin")), WordClusters::kNone);
    std::string a, b;
    c.appendBytes(a);
    WordClusters::fromVectors(vectors, opt).appendBytes(b);
    EXPECT_EQ(a, b);  // deterministic
}

TEST(WordVectors, TrainerTakesTextOrVectorsNotBoth) {
    const std::string path = writeTemp("vectors_trainer.txt", kFamilies);
    NerTrainOptions opt;
    opt.epochs = 1;
    opt.clusterVectors = WordVectors::readText(path);
    opt.clusterText.push_back(parseTagged("to\tO\nParis\tO\n\n", TaggedFormat::Tsv, "t.tsv"));
    std::vector<TrainingSet> data{
        {parseTagged("Anna\tB-PER\nwent\tO\nto\tO\nParis\tB-LOC\n\n", TaggedFormat::Tsv, "c.tsv"),
         1.0}};
    EXPECT_THROW(trainNerModel(data, opt), Error);
    opt.clusterText.clear();
    opt.minFeatureCount = 1;
    const NerModel model = trainNerModel(data, opt);
    EXPECT_EQ(model.clusters().size(), 6u);
    std::remove(path.c_str());
}

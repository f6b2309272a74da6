// Word-cluster induction (words with the same contexts share clusters), its serialisation
// inside model files, corpus weights above 1, and titles left out of person spans.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/Error.h"
#include "ner/NerCorpus.h"
#include "ner/NerFeatures.h"
#include "ner/NerModel.h"
#include "ner/NerTagger.h"
#include "ner/NerTrainer.h"
#include "ner/WordClusters.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {
// Two word families in disjoint contexts: towns follow "in"/"to" and precede "yesterday";
// foods follow "ate"/"cooked" and precede "slowly".
std::vector<std::vector<std::string_view>> familyText(std::vector<std::string>& storage) {
    const char* towns[] = {"tarnow", "quellon", "bexa", "morvik", "lanst", "ovra"};
    const char* foods[] = {"rice", "bread", "soup", "pasta", "beans", "cake"};
    for (int i = 0; i < 300; ++i) {
        storage.push_back(std::string((i / 6) % 2 ? "in " : "to ") + towns[i % 6] + " yesterday");
        storage.push_back(std::string((i / 6) % 2 ? "ate " : "cooked ") + foods[i % 6] + " slowly");
    }
    std::vector<std::vector<std::string_view>> sentences;
    for (const std::string& s : storage) {
        std::vector<std::string_view> tokens;
        size_t pos = 0;
        while (pos < s.size()) {
            size_t end = s.find(' ', pos);
            if (end == std::string::npos) end = s.size();
            tokens.push_back(std::string_view(s).substr(pos, end - pos));
            pos = end + 1;
        }
        sentences.push_back(tokens);
    }
    return sentences;
}
}  // namespace

TEST(WordClusters, SimilarContextsShareClusters) {
    std::vector<std::string> storage;
    auto sentences = familyText(storage);
    WordClusters::Options opt;
    // Six groups of words with identical contexts: the finest level has room for each.
    opt.clusters[0] = 2;
    opt.clusters[1] = 3;
    opt.clusters[2] = 6;
    const WordClusters c = WordClusters::induce(sentences, opt);
    ASSERT_FALSE(c.empty());
    auto fine = [&](const char* w) {
        const uint32_t packed = c.lookup(hashLowerAscii(w));
        EXPECT_NE(packed, WordClusters::kNone) << w;
        return WordClusters::level(packed, 2);
    };
    EXPECT_EQ(fine("tarnow"), fine("ovra"));
    EXPECT_EQ(fine("Quellon"), fine("bexa"));  // lookup is case-insensitive
    EXPECT_EQ(fine("rice"), fine("cake"));
    EXPECT_NE(fine("tarnow"), fine("rice"));
    EXPECT_EQ(c.lookup(hashLowerAscii("neverseen")), WordClusters::kNone);
    // Deterministic.
    std::string a, b;
    c.appendBytes(a);
    WordClusters::induce(sentences, opt).appendBytes(b);
    EXPECT_EQ(a, b);
    // Round trip and truncation.
    size_t pos = 0;
    const WordClusters back = WordClusters::fromBytes(a, pos);
    EXPECT_EQ(pos, a.size());
    EXPECT_EQ(back.lookup(hashLowerAscii("soup")), c.lookup(hashLowerAscii("soup")));
    pos = 0;
    EXPECT_THROW(WordClusters::fromBytes(std::string_view(a).substr(0, a.size() - 5), pos), Error);
}

TEST(WordClusters, ModelFileKeepsClustersAndTheirFeatures) {
    std::string corpus, text;
    const char* towns[] = {"Tarnow", "Quellon", "Bexa", "Morvik"};
    for (int i = 0; i < 60; ++i)
        corpus += std::string("Anna\tB-PER\nwent\tO\nto\tO\n") + towns[i % 4] + "\tB-LOC\n.\tO\n\n";
    // Unlabelled text puts the unseen town "Lanst" in the towns' contexts.
    for (int i = 0; i < 30; ++i)
        text += std::string("to\tO\n") + (i % 2 ? "Lanst" : towns[i % 4]) + "\tO\n.\tO\n\n";
    NerTrainOptions opt;
    opt.epochs = 3;
    opt.minFeatureCount = 1;
    opt.clusterText.push_back(parseTagged(text, TaggedFormat::Tsv, "text.tsv"));
    opt.clusterOptions.clusters[0] = 2;
    opt.clusterOptions.clusters[1] = 3;
    opt.clusterOptions.clusters[2] = 4;
    opt.clusterOptions.minCount = 2;
    std::vector<TrainingSet> data{{parseTagged(corpus, TaggedFormat::Tsv, "c.tsv"), 1.0}};
    const NerModel model = trainNerModel(data, opt);
    EXPECT_FALSE(model.clusters().empty());
    const std::string bytes = model.toBytes();
    EXPECT_EQ(bytes.substr(0, 8), "EGNERM02");
    const NerModel loaded = NerModel::fromBytes(bytes);
    EXPECT_EQ(loaded.toBytes(), bytes);
    EXPECT_EQ(loaded.clusters().size(), model.clusters().size());
    EXPECT_THROW(NerModel::fromBytes(bytes.substr(0, bytes.size() - 4)), Error);
    EXPECT_THROW(NerModel::fromBytes(bytes + "xx"), Error);
    // The extractor emits cluster features only when given clusters.
    FeatureExtractor plain(NerGazetteer::embedded()),
        clustered(NerGazetteer::embedded(), &loaded.clusters());
    std::vector<std::string_view> tokens{"to", "Lanst", "."};
    plain.extract(tokens);
    clustered.extract(tokens);
    EXPECT_GT(clustered.features(1).size(), plain.features(1).size());
}

TEST(NerTrainer, CorpusWeightsAboveOneAreAccepted) {
    EXPECT_THROW(loadTrainingSet(std::string(ENTGRAPH_TEST_DATA) + "/no-such.tsv@2"), Error);
    // Weights are parsed before the path is needed; 9 is out of range, 0 too.
    EXPECT_THROW(loadTrainingSet("x.tsv@9"), Error);
    EXPECT_THROW(loadTrainingSet("x.tsv@0"), Error);
    EXPECT_THROW(loadTrainingSet("x.tsv@abc"), Error);
    const std::string path = testing::TempDir() + "/ner_weight_test.tsv";
    {
        FILE* f = std::fopen(path.c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fputs("Anna\tB-PER\nleft\tO\n\n", f);
        std::fclose(f);
    }
    const TrainingSet set = loadTrainingSet(path + "@2.5");
    EXPECT_DOUBLE_EQ(set.weight, 2.5);
    EXPECT_EQ(set.file.sentences.size(), 1u);
    std::remove(path.c_str());
}

TEST(NerTrainer, PersonSpansAreTrainedWithoutLeadingTitles) {
    const TaggedFile f = parseTagged(
        "Pope\tB-PER\nFrancis\tI-PER\nmet\tO\nPrime\tB-PER\nMinister\tI-PER\nAnna\tI-PER\n"
        "Berg\tI-PER\nand\tO\nKing\tB-PER\n.\tO\n\n",
        TaggedFormat::Tsv, "titles.tsv");
    const auto& s = f.sentences.at(0);
    const std::vector<std::string_view> tags =
        withoutLeadingTitles(s.tokens, s.tags, NerGazetteer::embedded());
    const std::vector<std::string_view> expected = {"O",     "B-PER", "O", "O",     "O",
                                                    "B-PER", "I-PER", "O", "B-PER", "O"};
    EXPECT_EQ(tags, expected);  // a lone "King" (a title only) stays as annotated
}

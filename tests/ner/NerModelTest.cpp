// Feature extraction, BIO-constrained decoding, the perceptron on synthetic tasks, masking
// of unannotated types, and model save/load.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/Error.h"
#include "ner/NerCorpus.h"
#include "ner/NerFeatures.h"
#include "ner/NerModel.h"
#include "ner/NerTagger.h"
#include "ner/NerTrainer.h"

using namespace entgraph;
using namespace entgraph::ner;

namespace {
std::vector<std::string_view> words(std::initializer_list<const char*> list) {
    return std::vector<std::string_view>(list.begin(), list.end());
}

std::vector<uint64_t> featuresOf(FeatureExtractor& ex, size_t i) {
    auto f = ex.features(i);
    return {f.begin(), f.end()};
}

// A synthetic corpus: "<First> <Last> visited <City> ." with names and places drawn from
// small pools, written as TSV.
std::string syntheticCorpus(size_t sentences) {
    const char* first[] = {"Anna", "Boris", "Carl", "Dana", "Emil", "Fay"};
    const char* last[] = {"Kowal", "Ridder", "Stane", "Ulm", "Vesk", "Wirt"};
    const char* city[] = {"Tarnow", "Quellon", "Bexa", "Morvik", "Lanst"};
    const char* verb[] = {"visited", "left", "reached"};
    std::string out;
    for (size_t i = 0; i < sentences; ++i) {
        out += std::string(first[i % 6]) + "\tB-PER\n" + last[(i / 6) % 6] + "\tI-PER\n" +
               verb[i % 3] + "\tO\n" + city[(i * 7) % 5] + "\tB-LOC\n.\tO\n\n";
    }
    return out;
}

std::vector<std::string> labelNames(const NerTagger& tagger,
                                    std::span<const std::string_view> tokens) {
    std::vector<int> labels;
    tagger.tagLabels(tokens, labels);
    std::vector<std::string> names;
    for (int l : labels) names.push_back(labelName(l));
    return names;
}
}  // namespace

TEST(NerFeatures, ExtractionIsDeterministicAndContextual) {
    NerGazetteer gaz;
    gaz.add("new york", kGazCity);
    FeatureExtractor a(gaz), b(gaz);
    auto s1 = words({"Officials", "in", "New", "York", "said"});
    a.extract(s1);
    b.extract(s1);
    ASSERT_EQ(a.tokenCount(), 5u);
    for (size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(featuresOf(a, i), featuresOf(b, i));
        EXPECT_GT(a.features(i).size(), 20u);
    }
    // Re-extracting after another sentence gives the same ids (no state leaks between calls).
    const auto before = featuresOf(a, 2);
    a.extract(words({"x"}));
    a.extract(s1);
    EXPECT_EQ(featuresOf(a, 2), before);
    // A neighbour's change changes the token's features; a far token's does not change its word id.
    b.extract(words({"Officials", "in", "New", "Jersey", "said"}));
    EXPECT_NE(featuresOf(b, 2), before);
    // The gazetteer match is a feature: without it the features differ.
    NerGazetteer empty;
    FeatureExtractor c(empty);
    c.extract(s1);
    EXPECT_LT(featuresOf(c, 2).size(), before.size());
}

TEST(NerFeatures, SentenceCaseModes) {
    EXPECT_EQ(classifySentenceCase(words({"ROME", "1996-12-06"})), SentenceCase::AllCaps);
    EXPECT_EQ(classifySentenceCase(words({"PUTIN", "MEETS", "XI", "IN", "BEIJING"})),
              SentenceCase::AllCaps);
    EXPECT_EQ(classifySentenceCase(words({"Putin", "Meets", "Chinese", "Leader", "in", "Beijing"})),
              SentenceCase::Title);
    EXPECT_EQ(classifySentenceCase(words({"Putin", "met", "the", "leader", "in", "Beijing", "."})),
              SentenceCase::Normal);
    EXPECT_EQ(classifySentenceCase(words({"lol", "going", "to", "paris", "tmrw"})),
              SentenceCase::Lower);
}

TEST(NerDecoding, ViterbiRespectsBioConstraints) {
    const size_t n = 3;
    std::vector<float> emissions(n * kLabelCount, 0.0f);
    // Emissions prefer I-PER everywhere and I-ORG in the middle: illegal starts and switches.
    for (size_t i = 0; i < n; ++i) emissions[i * kLabelCount + insideLabel(0)] = 5.0f;
    emissions[1 * kLabelCount + insideLabel(1)] = 20.0f;
    std::array<float, (kLabelCount + 1) * kLabelCount> trans{};
    std::vector<int> out(n);
    viterbi(emissions.data(), n, trans.data(), nullptr, out.data());
    int prev = -1;
    for (int l : out) {
        EXPECT_TRUE(transitionAllowed(prev, l)) << labelName(prev) << " -> " << labelName(l);
        prev = l;
    }
    // With I- illegal at the start, the best path is O or B- first.
    EXPECT_FALSE(isInside(out[0]));
    // The allowed-label masks restrict the path.
    std::vector<uint16_t> allowed(n, 1u << kLabelO);
    viterbi(emissions.data(), n, trans.data(), allowed.data(), out.data());
    EXPECT_EQ(out, (std::vector<int>{0, 0, 0}));
}

TEST(NerDecoding, LabelsToSpans) {
    std::vector<int> labels = {beginLabel(0), insideLabel(0), kLabelO,
                               beginLabel(2), beginLabel(2),  insideLabel(1)};
    auto spans = labelsToSpans(labels);
    ASSERT_EQ(spans.size(), 4u);
    EXPECT_EQ(spans[0].begin, 0u);
    EXPECT_EQ(spans[0].end, 2u);
    EXPECT_EQ(spans[0].type, EntityType::Person);
    EXPECT_EQ(spans[1].begin, 3u);
    EXPECT_EQ(spans[2].begin, 4u);
    EXPECT_EQ(spans[2].end, 5u);
    EXPECT_EQ(spans[3].type, EntityType::Organization);  // stray I- starts a span
}

TEST(NerTrainer, PerceptronLearnsSyntheticTask) {
    std::vector<TrainingSet> data{
        {parseTagged(syntheticCorpus(120), TaggedFormat::Tsv, "synthetic.tsv"), 1.0}};
    NerTrainOptions opt;
    opt.epochs = 5;
    opt.minFeatureCount = 1;
    NerTagger tagger(trainNerModel(data, opt));
    // Unseen combination of seen names, and the same pattern with unseen words.
    auto tokens = words({"Fay", "Stane", "reached", "Quellon", "."});
    EXPECT_EQ(labelNames(tagger, tokens),
              (std::vector<std::string>{"B-PERSON", "I-PERSON", "O", "B-LOCATION", "O"}));
    auto spans = tagger.tagSentence(tokens);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_GT(spans[0].confidence, 0.5f);
    EXPECT_LE(spans[0].confidence, 1.0f);
    EXPECT_TRUE(tagger.tagSentence({}).empty());
}

TEST(NerTrainer, TrainingIsDeterministic) {
    std::vector<TrainingSet> data{
        {parseTagged(syntheticCorpus(60), TaggedFormat::Tsv, "synthetic.tsv"), 1.0}};
    NerTrainOptions opt;
    opt.epochs = 3;
    opt.minFeatureCount = 1;
    EXPECT_EQ(trainNerModel(data, opt).toBytes(), trainNerModel(data, opt).toBytes());
}

TEST(NerTrainer, MasksUnannotatedTypes) {
    // Corpus A annotates PERSON only; corpus B annotates EVENT too.
    TaggedFile a = parseTagged("Olympics\tO\nx\tO\n\nAnna\tB-PER\n", TaggedFormat::Tsv, "a.tsv");
    TaggedFile b = parseTagged("Games\tB-EVENT\nBoris\tB-PERSON\n", TaggedFormat::Tsv, "b.tsv");
    const unsigned personBit = 1u << nerTypeIndex(EntityType::Person);
    const unsigned eventBit = 1u << nerTypeIndex(EntityType::Event);
    EXPECT_EQ(annotatedTypesOf(a), personBit);
    EXPECT_EQ(annotatedTypesOf(b), personBit | eventBit);
    const int bEvent = beginLabel(nerTypeIndex(EntityType::Event));
    const int bPerson = beginLabel(nerTypeIndex(EntityType::Person));
    auto masksA = allowedLabelMasks(a.sentences[0].tags, annotatedTypesOf(a));
    EXPECT_TRUE(masksA[0] >> kLabelO & 1);
    EXPECT_TRUE(masksA[0] >> bEvent & 1);    // an O in A may be an event
    EXPECT_FALSE(masksA[0] >> bPerson & 1);  // ... but never a person: A annotates persons
    auto masksB = allowedLabelMasks(std::vector<std::string_view>{"O"}, annotatedTypesOf(b));
    EXPECT_TRUE(masksB[0] >> kLabelO & 1);
    EXPECT_FALSE(masksB[0] >> bEvent & 1);  // B annotates events: its O is not an event

    // Training: the event "Expo" is an EVENT in an events-annotating corpus and O (unannotated)
    // many times in a persons-only corpus.  With masking the model still tags it EVENT.
    std::string persons, events;
    for (int i = 0; i < 40; ++i) {
        persons += "Anna\tB-PER\nsaw\tO\nthe\tO\nExpo\tO\n.\tO\n\n";
        persons += "Boris\tB-PER\nsaw\tO\nthe\tO\nlake\tO\n.\tO\n\n";
    }
    for (int i = 0; i < 5; ++i) events += "Carl\tB-PER\nsaw\tO\nthe\tO\nExpo\tB-EVENT\n.\tO\n\n";
    events += "the\tO\nlake\tO\n\n";
    std::vector<TrainingSet> data{{parseTagged(persons, TaggedFormat::Tsv, "persons.tsv"), 1.0},
                                  {parseTagged(events, TaggedFormat::Tsv, "events.tsv"), 1.0}};
    NerTrainOptions opt;
    opt.epochs = 5;
    opt.minFeatureCount = 1;
    opt.upperCaseFraction = opt.titleCaseFraction = 0;
    NerTagger tagger(trainNerModel(data, opt));
    auto tokens = words({"Dana", "saw", "the", "Expo", "."});
    EXPECT_EQ(labelNames(tagger, tokens)[3], "B-EVENT");
    EXPECT_EQ(labelNames(tagger, tokens)[0], "B-PERSON");
}

TEST(NerModelFile, SaveLoadRoundTripKeepsPredictions) {
    std::vector<TrainingSet> data{
        {parseTagged(syntheticCorpus(80), TaggedFormat::Tsv, "synthetic.tsv"), 1.0}};
    NerTrainOptions opt;
    opt.epochs = 3;
    opt.minFeatureCount = 1;
    NerModel model = trainNerModel(data, opt);
    const std::string bytes = model.toBytes();
    NerModel loaded = NerModel::fromBytes(bytes);
    EXPECT_EQ(loaded.featureCount(), model.featureCount());
    EXPECT_EQ(loaded.toBytes(), bytes);
    NerTagger before(std::move(model)), after(std::move(loaded));
    for (auto tokens :
         {words({"Emil", "Vesk", "left", "Bexa", "."}),
          words({"Dana", "Ulm", "visited", "Lanst", "."}), words({"nothing", "here"})}) {
        std::vector<int> x, y;
        before.tagLabels(tokens, x);
        after.tagLabels(tokens, y);
        EXPECT_EQ(x, y);
    }
    // Corrupt files are refused with a clear error.
    EXPECT_THROW(NerModel::fromBytes(""), Error);
    EXPECT_THROW(NerModel::fromBytes("not a model at all, just text"), Error);
    EXPECT_THROW(NerModel::fromBytes(bytes.substr(0, bytes.size() - 3)), Error);
    std::string badMagic = bytes;
    badMagic[0] = 'X';
    EXPECT_THROW(NerModel::fromBytes(badMagic), Error);
}

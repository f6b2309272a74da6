#pragma once
// Trains the NER model: an averaged structured perceptron over NerFeatures with Viterbi
// decoding under BIO constraints.
//
// Partial annotation: a training file teaches only the learned types it annotates (those
// with at least one gold chunk in that file).  For a type T it does not annotate, an `O`
// token may also be B-T/I-T: the "gold" path of each sentence is the best-scoring path
// consistent with the partial annotation, so such a file never teaches `O` for T.
//
// Titles: a person's span starts at the name ("Pope [Francis]", "Mr [Lee]"), as extraction
// and UNER have it; the few corpus spans that include a leading title (the gazetteer's
// title words) are trained without it.
//
// Casing augmentation: a seeded fraction of sentences is also trained upper-cased and
// title-cased with the same labels (headlines, all-caps lines and datelines).
//
// Word clusters: with clusterVectors (pre-trained word vectors) or clusterText (tokens of
// unlabelled files), WordClusters are built first and stored in the model (features of the
// token's and its neighbours' clusters).
//
// Ensemble: `ensemble` models (seeds seed, seed+1, ...) each keep their best dev epoch and
// are averaged into one model of the same size and speed.
//
// Deterministic: the same inputs, options and seed give a byte-identical model.
//
// The embedded model (assets/models/ner.bin) is trained, from the repository root, with
// (about 3 minutes on 2 cores; never pass uner_pud, the held-out test set; the vectors file
// is GloVe 6B 100d, written by scripts/wink-vectors-to-glove.py, see README):
//   C=../shared/corpora/ner
//   entgraph train-ner --corpus $C/gum $C/uner_ewt $C/wikigold
//     $C/crossner/train.tsv $C/crossner/dev.tsv $C/crossner/test.tsv $C/wnut17@0.5 $C/btc@0.5
//     --dev $C/gum/dev.tsv $C/uner_ewt/dev.tsv $C/wikigold/dev.tsv --epochs 12 --seed 1
//     --cluster-vectors ../glove-100d.txt --ensemble 5 --max-features 65000
//     -o assets/models/ner.bin
// then re-run cmake configure so that the build embeds it.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ner/NerCorpus.h"
#include "ner/NerFeatures.h"
#include "ner/NerModel.h"
#include "ner/WordVectors.h"

namespace entgraph::ner {

struct TrainingSet {
    TaggedFile file;
    // Sentences used per epoch, as a multiple of the file: (0, 1] a random fraction, above 1
    // whole extra copies plus a random fraction (at most 8).
    double weight = 1.0;
};

struct NerTrainOptions {
    int epochs = 12;
    uint64_t seed = 1;
    double upperCaseFraction = 0.08;  // sentences also trained upper-cased
    double titleCaseFraction = 0.08;  // ... and title-cased
    uint32_t minFeatureCount = 2;     // features seen fewer times are dropped
    size_t maxFeatures = 120000;  // the model keeps the strongest features (file ~26 B each, ~3 MB)
    // Model selection: when dev files are given, the epoch with the best micro F1 over
    // them is kept (else the last epoch).
    std::vector<TaggedFile> devFiles;
    // With dev files, each epoch's model is also scored with its O label's bias lowered by
    // each of these amounts (recall for precision); the best combination is kept.
    // Trains this many models (seeds seed, seed+1, ...; each picks its best dev epoch) and
    // averages them: less variance from the shuffling order.
    int ensemble = 1;
    std::vector<float> oBiasShifts;  // e.g. {2, 4, 6, 9, 13}: measured +-0.3 F1, so off
    // Unlabelled text for word clusters (only the tokens are read); none: no clusters.
    std::vector<TaggedFile> clusterText;
    // Or pre-trained word vectors to cluster (WordClusters::fromVectors); not both.
    WordVectors clusterVectors;
    WordClusters::Options clusterOptions;
    std::function<void(const std::string&)> log;  // progress lines (optional)
};

// "DIR" (its train.tsv) or "FILE", optionally suffixed "@WEIGHT" (0 < WEIGHT <= 8).
// Throws entgraph::Error for a missing path or a bad weight.
TrainingSet loadTrainingSet(const std::string& spec);

NerModel trainNerModel(const std::vector<TrainingSet>& data, const NerTrainOptions& options);

// The per-token permitted-label masks for a sentence of gold tags from a file annotating
// `annotatedTypes` (bit k = learned type k): see the partial-annotation rule above.
std::vector<uint16_t> allowedLabelMasks(const std::vector<std::string_view>& tags,
                                        unsigned annotatedTypes);
// The tags with each PERSON chunk's leading title words (NerGazetteer's titles) made O,
// the chunk's B- tag moved to its first name word; a chunk of titles only is kept.
std::vector<std::string_view> withoutLeadingTitles(const std::vector<std::string_view>& tokens,
                                                   const std::vector<std::string_view>& tags,
                                                   const NerGazetteer& gaz);
// The learned types (bit mask) that a file annotates.
unsigned annotatedTypesOf(const TaggedFile& file);

}  // namespace entgraph::ner

// entgraph train-ner: trains the NER model from tagged corpora (see ner/NerTrainer.h).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "core/Error.h"
#include "ner/NerCorpus.h"
#include "ner/NerTrainer.h"

namespace entgraph::cli {

namespace {
struct TrainNerArgs {
    std::vector<std::string> corpora;
    std::vector<std::string> dev;
    std::vector<std::string> clusterText;
    std::vector<uint32_t> clusterSizes;
    std::string clusterVectors;
    size_t clusterVectorWords = 0;
    uint32_t clusterMinCount = 3;
    int ensemble = 1;
    int clusterWindow = 1;
    std::string output;
    int epochs = 12;
    uint64_t seed = 1;
    size_t maxFeatures = 120000;
    uint32_t minCount = 2;
    double upperFraction = 0.08;
    double titleFraction = 0.08;
};
}  // namespace

void addTrainNerCommand(CLI::App& app, int& exitCode) {
    auto args = std::make_shared<TrainNerArgs>();
    auto* cmd = app.add_subcommand("train-ner", "Train the named-entity model from tagged corpora");
    cmd->add_option("--corpus", args->corpora,
                    "Training data: a corpus folder (its train.tsv) or a .tsv file; PATH@W uses a "
                    "fraction W of its "
                    "sentences per epoch")
        ->required()
        ->expected(1, -1);
    cmd->add_option("--dev", args->dev, "Dev .tsv files for choosing the epoch (best micro F1)")
        ->expected(1, -1);
    cmd->add_option("--cluster-text", args->clusterText,
                    "Unlabelled text (.tsv token files) for word-cluster features; never pass a "
                    "file that you evaluate on")
        ->expected(1, -1);
    cmd->add_option("--cluster-vectors", args->clusterVectors,
                    "Pre-trained word vectors (GloVe text format) to cluster instead of "
                    "--cluster-text");
    cmd->add_option("--cluster-vector-words", args->clusterVectorWords,
                    "Read only this many (most frequent) words of --cluster-vectors; 0: all");
    cmd->add_option("--clusters", args->clusterSizes,
                    "Cluster counts of the three granularities (default 32 160 640)")
        ->expected(3)
        ->check(CLI::Range(2u, 1023u));
    cmd->add_option("--cluster-min-count", args->clusterMinCount,
                    "Words seen fewer times get no cluster")
        ->check(CLI::Range(1u, 1000u));
    cmd->add_option("--cluster-window", args->clusterWindow,
                    "Neighbours on each side that define a word's contexts for clustering")
        ->check(CLI::Range(1, 4));
    cmd->add_option("--ensemble", args->ensemble,
                    "Average this many models trained with seeds SEED, SEED+1, ...")
        ->check(CLI::Range(1, 16));
    cmd->add_option("-o,--output", args->output, "Model file to write (e.g. assets/models/ner.bin)")
        ->required();
    cmd->add_option("--epochs", args->epochs, "Training epochs")->check(CLI::Range(1, 1000));
    cmd->add_option("--seed", args->seed, "Random seed (shuffling, casing augmentation)");
    cmd->add_option("--max-features", args->maxFeatures,
                    "Keep at most this many features (model size)")
        ->check(CLI::Range(size_t{1000}, size_t{10000000}));
    cmd->add_option("--min-count", args->minCount, "Drop features seen fewer times than this")
        ->check(CLI::Range(1u, 1000u));
    cmd->add_option("--upper-fraction", args->upperFraction,
                    "Fraction of sentences also trained upper-cased")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--title-fraction", args->titleFraction,
                    "Fraction of sentences also trained title-cased")
        ->check(CLI::Range(0.0, 1.0));
    cmd->final_callback([args, &exitCode] {
        const auto start = std::chrono::steady_clock::now();
        // Fail before minutes of training, not after.
        const auto parent = std::filesystem::absolute(args->output).parent_path();
        if (!std::filesystem::is_directory(parent))
            throw Error("cannot write NER model " + args->output + ": folder " + parent.string() +
                        " does not exist");
        std::vector<ner::TrainingSet> data;
        for (const std::string& spec : args->corpora) {
            data.push_back(ner::loadTrainingSet(spec));
            std::fprintf(stderr, "corpus %s: %zu sentences, %zu tokens (weight %.2f)\n",
                         data.back().file.path.c_str(), data.back().file.sentences.size(),
                         data.back().file.tokenCount(), data.back().weight);
        }
        ner::NerTrainOptions options;
        options.epochs = args->epochs;
        options.seed = args->seed;
        options.maxFeatures = args->maxFeatures;
        options.minFeatureCount = args->minCount;
        options.upperCaseFraction = args->upperFraction;
        options.titleCaseFraction = args->titleFraction;
        for (const std::string& d : args->dev)
            options.devFiles.push_back(ner::readTaggedFile(d, ner::TaggedFormat::Tsv));
        for (const std::string& f : args->clusterText)
            options.clusterText.push_back(ner::readTaggedFile(f, ner::TaggedFormat::Tsv));
        if (!args->clusterVectors.empty()) {
            if (!args->clusterText.empty())
                throw Error("give --cluster-text or --cluster-vectors, not both");
            options.clusterVectors =
                ner::WordVectors::readText(args->clusterVectors, args->clusterVectorWords);
            std::fprintf(stderr, "word vectors %s: %zu words, %zu dimensions\n",
                         args->clusterVectors.c_str(), options.clusterVectors.size(),
                         options.clusterVectors.dimensions);
        }
        if (args->clusterSizes.size() == 3)
            for (size_t k = 0; k < 3; ++k)
                options.clusterOptions.clusters[k] = args->clusterSizes[k];
        options.clusterOptions.minCount = args->clusterMinCount;
        options.ensemble = args->ensemble;
        options.clusterOptions.window = args->clusterWindow;
        options.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
        const ner::NerModel model = ner::trainNerModel(data, options);
        model.saveFile(args->output);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("wrote %s: %zu features, %.1f MB, trained in %.0f s\n", args->output.c_str(),
                    model.featureCount(), std::filesystem::file_size(args->output) / 1e6, seconds);
        std::printf("re-run cmake configure so that the build embeds the new model\n");
        exitCode = 0;
    });
}

}  // namespace entgraph::cli
